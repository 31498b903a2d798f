"""The document line by line: its headings (一、 (二) 3. (4), 【…】), the titles a line is under (their stage,
their quantity: the `context` of a section, 各级教育生均…增长情况), unit headings (单位:万元), paragraph topics
(义务教育方面,…) and lead-ins (…情况是:, a line only naming a quantity), then each sentence (figures.py). A mixin
of the Extractor (figures.py), which holds the text, the vocabulary and the sentence reader."""

from __future__ import annotations

import re

from checker.intake.extract.items import _UNIT_HEADING, _YEAR, LEAD_IN, Unattached
from checker.intake.extract.outline import BULLETS, outline
from checker.intake.extract.places import places_in, same_place
from checker.intake.extract.tokens import _ITEM_FIGURE, _LABELLED
from checker.intake.extract.vocab import words
from checker.intake.extract.whose import SHORTFALL

# numbered items on the lines right under a line (1.… / (2)… / ③…), as one run
_ITEM_LINES = re.compile(r"(?:\n[ \t\u3000]*(?:\d{1,2}\s*[.、．]|[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[①-⑳]"
                         rf"|[{BULLETS}])[^\n]*)+")  # (and bulleted lines, h-review34d)


def _after(lines: list, at: int):
    """The lines after the one at `at`, in order, without copying the list (a heading's, a title line's or a lead-in's
    reach is found by walking them)."""
    return (lines[k] for k in range(at + 1, len(lines)))


# words ending like a place that name a kind of zone, not another entity (示范区, 开发区, 新区): never a heading's owner
_ZONE = re.compile(r"(?:示范区|开发区|新区|园区|景区|学区|片区|社区|校区|城区|市区|郊区|辖区|林区|矿区|库区|牧区|山区|老区|特区)$")


class DocumentReading:
    def run(self) -> None:
        context: tuple[str | None, int] | None = None
        self.lead_year = None  # the year a lead-in over a list names (2020年全区…支出情况是:), while its list lasts
        label_above = None  # a line that only names a quantity with its stage (全县小学在校生): the line under it its figure's
        # (the label's span, and whether any line under it takes it: a stage alone, 全县小学 / 在校生32000人)
        label_before = False  # whether the last line holding text was such a label (a run of them: a table's labels)
        depth = 0
        titles: dict[int, str] = {}
        lines = outline(self.text)
        for at, line in enumerate(lines):
            if any(a <= line.start <= b for a, b in self.skip):
                continue  # a table's row: read as a grid (grids.py)
            self.goal_until = 0  # the end of a goal's lead-in's reach (发展目标:…), on this line only
            if context and context[1] is None and self.text[line.start:line.end].strip():
                # a lead-in standing on its own line: the numbered list right under it is its own
                # (各级教育生均…支出增长情况 / 1.… 2.…), so only a heading above that list's rank ends it
                context = (context[0], line.level - 1 if line.level is not None else depth)
            if line.level is not None:
                depth = line.level
                if self.unit_heading and line.level <= self.unit_heading[1]:
                    self.unit_heading = None  # its section is over
                titles = {k: v for k, v in titles.items() if k < line.level}
                titles[line.level] = self.text[line.body:line.end][:self.v["title_max_chars"]]
                self.in_targets = any(self._sets_targets(title) for title in titles.values())
                if context and line.level <= context[1]:
                    context = self.lead_year = None
                body = self.text[line.body:line.end].strip()
                is_title = len(body) <= self.v["title_max_chars"] and "。" not in body[:-1] \
                    and not self._figures(line.body, line.end)
                # a heading whose paragraph runs on after its title (2.各级教育生均…增长情况。全县幼儿园为…)
                first = next(self._sentences(line.body, line.end), None)
                run_on = not is_title and first is not None and first[1] < line.end \
                    and first[1] - first[0] <= self.v["title_max_chars"] and not self._figures(first[0], first[1])
                title_end = first[1] if run_on else line.end
                self.titles = {k: v for k, v in self.titles.items() if k < line.level}
                self.titles[line.level] = (line.body, title_end) if is_title or run_on else None
                self._heading_owner(line, _after(lines, at), is_title)
                if is_title or run_on:  # a title naming its section's subject (or nothing: no subject)
                    body_names = {n[0] for n in self._names(line.body, title_end)}
                    if body_names or not (context and context[0] and self._only_stage(line.body, title_end)):
                        context = (body_names.pop() if len(body_names) == 1 else None, line.level)
                        self.lead_year = None
                    # else (1)普通初中。 under (三)生均…公用经费: a stage of the quantity its section names
            if line.level is None and self._short_title(line):
                title = self.text[line.start:line.end]
                self._title_line_owner(line, _after(lines, at))
                if re.search(r"(?:19|20)\d\d年(?!\d{1,2}月)|上年|去年|上一年", title) \
                        or self.re_last_school_year.search(title) or self.re_this_school_year.search(title):
                    # an unnumbered title naming a year, not a date (2020年度教育经费执行情况, 栾川县2020年教育事业统计公报,
                    # 上年情况, 上一学年情况 / 本学年情况; not 2023年1月5日): the figures under it, until the next such
                    # title, take their year's doubt from it (years.py) (review 31c; h-review35a)
                    self.titles = {k: v for k, v in self.titles.items() if k != 0}
                    self.titles[0] = (line.start, line.end)
                # 学前教育第四期行动计划目标: the goals under it (review 31c); a label line (学前三年毛入园率) under a heading
                # setting targets (二、发展目标) leaves them set (h-review34d)
                self.in_targets = self._sets_targets(title) or any(self._sets_targets(t) for t in titles.values())
            heading = _UNIT_HEADING.search(self.text, line.start, line.end)
            if heading:
                self.unit_heading = (heading.group(1), line.level or depth)
                self.labelled = self._plain_heading(line.start, line.end)
                bare = not re.sub(r"[()\s]", "", self.text[line.start:line.end].replace(heading.group(), ""))
                above = self._line_above(line.start) if bare else None
                if above is not None and not self._plain_heading(*above):
                    self.labelled = False  # 生均公用经费定额标准 / (单位:元): the heading's title is the line above
            elif self.unit_heading is not None and self.labelled and not _LABELLED.search(self.text, line.start, line.end) \
                    and not self._plain_heading(line.start, line.end):
                self.labelled = False  # (2021年数据) between the heading and its labels: they are not the year's own
            self.titles.pop(LEAD_IN, None)  # a lead-in's stage holds to the end of its line…
            said_line = self.text[line.body:line.end].strip()
            if label_above is not None and (label_above[1] or re.match(
                    r"(?:(?:19|20)\d\d年(?:底|末)?[:,]?\s*)?(?:为|达到|达|是|共有|有)?\s*[\d.,]+\s*(?:%|[\u4e00-\u9fff/]{1,3})?\s*(?:[。;,(]|$)",
                    said_line)):  # (2022年31000人,2023年32000人: a year opening the figure's line, stop 35)
                self.titles[LEAD_IN] = label_above[0]  # …and a label's alone on its line to its figure opening the line
                # under it (32000人 / 32000人,比上年增加500人)
            was_label = label_before
            if said_line:  # (a blank line between a label and its figure's line keeps the label: h-review34g)
                label_above, label_before = None, False
            topic = self.re_topic.match(self.text, line.body, line.end)
            if topic:  # 义务教育方面,全市…; 高中阶段教育,…: the paragraph's stage (or mix), as a lead-in's
                self.titles[LEAD_IN] = topic.span()
            for start, end, lead_in in self._sentences(line.body, line.end):
                said = self.text[start:end].strip()
                whole_line = line.level is None and self.text[line.body:line.end].strip() == self.text[start:end + 1].strip()
                named = re.sub(r"\((?:计量)?单位:[^()]*\)$", "", self.text[self.re_scope.match(self.text, start, end).end():end].strip())
                if not lead_in and whole_line and len(named) <= self.v["title_max_chars"] // 2 \
                        and not self._figures(start, end) and len(self._names(start, end)) == 1 \
                        and re.fullmatch(r"[\u4e00-\u9fff()]+", named) and not re.search(words("zero_words"), named):
                    # (生均一般公共预算公用经费(单位:元): its unit heading is no word of it, h-extract8; 桐原县2022年…: the
                    # entity and the year opening it are no words of it either)
                    lead_in = True  # a line that only names a quantity (各学段在校生), the lines under it its figures:
                    # decided first, so that its stage (全县小学在校生 / 32000人) and its owner (全市学前三年毛入园率 / 95.4%)
                    # are a lead-in's (h-review34b)
                    label_before = True  # …but never a label of a run of them (小学在校生 / 初中在校生 / 32000人 / 15000人)
                    label_above = ((start, end), False) if self.v.tokens.search(self.text, start, end) and not was_label \
                        else None
                elif whole_line and not lead_in and line.level is None and (self._only_stage(start, end) or re.fullmatch(
                        rf"(?:{self.re_scope.pattern})?(?:(?:{self.v.tokens.pattern})(?:、|和|及|与)?)+", said)):
                    label_above = ((start, end), True)  # 全县小学 / 在校生32000人: the stage alone over its line (or
                    # several: 全县小学和初中 / 在校生47000人, left unclear)
                if lead_in and re.search(words("target_words"), self.text[start:end]):
                    # 发展目标:学前三年毛入园率95%: what follows a lead-in naming a goal is the goal (review 31c); not a lead-in
                    # saying what must hold (确保…逐年只增不减:普通小学…10771.37元: the year's figures against the rule)
                    self.goal_until = line.end
                if lead_in:
                    self._earlier_lead_in(start, end, line, _after(lines, at))
                if lead_in and (whose := self._lead_in_whose(start, end)) is not None:
                    # 2023年全省生均一般公共预算教育经费:幼儿园11206.38元,…: the list is the province's, not the county's
                    stops = [i for i in (self.text.find("。", end), self.text.find("\n\n", end)) if i >= 0]
                    reach = max(line.end, min(stops, default=line.end))  # its list may wrap onto the lines below (a
                    # PDF's text layer): the list ends with its sentence — or, a lead-in ending its line (全省情况:),
                    # with the numbered items under it (h-review33h)
                    if not self.text[end + 1:line.end].strip():
                        items = _ITEM_LINES.match(self.text, line.end)
                        reach = items.end() if items else reach
                    if label_before and reach == line.end:  # a label alone on its line (城关小学在校生): with the
                        below = self.text.find("\n", line.end + 1)  # figure's line under it
                        reach = below if below >= 0 else len(self.text)
                    self.other_until = (reach, whose)
                if not lead_in and said.endswith(tuple(self.v["lead_in_ends"])) and not self._figures(start, end) \
                        and len(said) <= self.v["title_max_chars"]:
                    lead_in = True  # 各级教育生均一般公共预算公用经费增长情况。幼儿园为…: a lead-in without a colon
                if lead_in and self.v.tokens.search(self.text, start, end):
                    self.titles[LEAD_IN] = (start, end)  # 小学教育:学校62所,在校生25620人: the lead-in's stage
                if lead_in:
                    found = {n[0] for n in self._names(start, end)}
                    if found or not (context and context[0] and self._only_stage(start, end)):
                        context = (found.pop() if len(found) == 1 else None, None if whole_line else depth)
                        # only a lead-in ending in a colon, never a heading's own title (二、2021年教育经费情况: years.py)
                        listing = self.text[end:end + 1] == ":" and not (line.level is not None and start <= line.body)
                        self.lead_year = self._lead_year(self._run_on_start(start, line), end) if listing else None
                    # else 1.普通小学:全县为987.65元 under its section's quantity: that stage of it
                self._sentence(start, end, line, context[0] if context else None)
                self._unclear_scopes(line)
            self._unread_items(line)
        self._headline_restated()

    def _heading_owner(self, line, below, is_title: bool) -> None:
        """A heading naming another entity, a township, a school or a kind of school (二、全省情况, (一)城关小学, 三、城关镇,
        三、全县未达标学校情况) or a standard (二、国家标准) makes its section, to the next heading of its rank, that one's
        (`owners`, read by whose.py `_not_own`); one naming the state before a rectification (一、整改前情况) makes it
        other_year (`earlier_until`, years.py) (h-review34d, h-review34g)."""
        self.owners = {k: v for k, v in self.owners.items() if k < line.level}
        if not is_title:
            return
        reach = next((nxt.start for nxt in below if nxt.level is not None and nxt.level <= line.level), len(self.text))
        said = self.text[line.body:line.end]
        whose = self._lead_in_whose(line.body, line.end)
        if whose == "subset" and self.re_scope_whole.search(said) and not re.search(r"学校|小学|中学|初中|高中|园", said):
            whose = None  # 一、我县乡村教师队伍基本情况: the county's, its teachers' kinds among its figures
        if whose is None and self.re_standard.search(SHORTFALL.sub(" ", said)):
            whose = "standard"  # (never …指标未达要求: the entity's shortfall, h-docs37d)
        if whose is None and self.own_name and len(said.strip()) <= 16 and not re.search("[。;,]", said):
            named = places_in(said)
            head = named[0] if named and said.strip().startswith(named[0]) else None
            if head and not _ZONE.search(head) and not any(same_place(p, self.own_name) for p in named):
                whose = "other_entity"  # 二、清河市情况 in 桐溪县's report: another place's section (stop 35, h-review34g)
        if whose is not None:
            self.owners[line.level] = (reach, whose)
        if earlier := self.re_before_change.search(self.text, line.body, line.end):
            self.earlier_until = (earlier.end(), reach)

    def _title_line_owner(self, line, below) -> None:
        """A title line naming another entity, a township or a kind (no heading's number): bulleted (■ 全市情况 over ●
        在校学生 / 112634人), the lines to its next bullet of the same mark; else (城关镇小学 / 在校生2100人) its next line."""
        whose = self._lead_in_whose(line.body, line.end)
        if whose is None:
            return
        mark = self.text[line.start:line.body].strip()
        if mark:
            reach = next((n.start for n in below if n.level is not None or self.text[n.start:n.body].strip() == mark),
                         len(self.text))
        else:
            reach = next((n.end for n in below if self.text[n.start:n.end].strip()), len(self.text))
        self.other_until = (reach, whose)

    def _earlier_lead_in(self, start: int, end: int, line, below) -> None:
        """A lead-in naming the state before a rectification (整改前:): on its line, its sentence; alone on its line, the
        numbered list under it, or the lines under it till the next lead-in, heading or blank line (`earlier_until`)."""
        earlier = self.re_before_change.search(self.text, start, end)
        if earlier is None:
            return
        if self.text[end + 1:line.end].strip():
            self.earlier_until = (earlier.end(), min(self._sentence_end(end + 1), line.end))
            return
        items = _ITEM_LINES.match(self.text, line.end)
        reach = items.end() if items else next(
            (n.start for n in below if n.level is not None or not self.text[n.start:n.end].strip()
             or re.match(r"\s*[^。;,:\d]{1,12}:", self.text[n.body:n.end])), len(self.text))
        self.earlier_until = (earlier.end(), reach)

    def _unread_items(self, line) -> None:
        """A bare figure the reader does not take as its unit heading's, listed with why, never dropped: a label's or an
        item's (教育经费总投入:73728, 1.小学 15230) under a heading whose line says a budget, a standard, a goal, another
        entity or another year (`heading_not_own`); an item's under a line that is not the heading (公办学校 / 小学 20
        … 民办学校 / 小学 20: a section naming a part)."""
        if self.unit_heading is None:
            return
        found = []
        if not self.labelled:
            found += [(m, "heading_not_own") for m in _LABELLED.finditer(self.text, line.start, line.end)
                      if not _YEAR.fullmatch(m.group(1) + "年") and self._plain_label(m.start() - 1)]
        for m in _ITEM_FIGURE.finditer(self.text, line.start, line.end):
            if not self._stage_item(m.start()):
                continue
            if not self.labelled:
                found.append((m, "heading_not_own"))
            elif (section := self._item_section(m.start())) is not None:
                found.append((m, "subset" if self.re_subset.search(section) else "phrase"))
        for m, reason in found:
            self.unattached.append(Unattached(self.f.quote(m.start(1), m.end(1)), line.locator, m.start(1), m.end(1), reason))

    def _run_on_start(self, start: int, line) -> int:
        """Where a lead-in opening its line began: on the line above when that one ends mid-sentence (…2021年全县普通小学、普
        / 通初中…情况是:, a line a page broke), after its last full stop; else at `start`."""
        if start != line.start or line.start == 0:
            return start
        above = self.text.rfind("\n", 0, line.start - 1) + 1
        prev = self.text[above:line.start - 1].rstrip()
        if not prev or prev[-1] in "。;:!?" or re.search(r"\d\s*(?:%|[元人所个名班]|万元|亿元)$", prev):
            return start
        stop = max(prev.rfind(ch) for ch in "。;:")
        return above + stop + 1

    def _lead_year(self, start: int, end: int) -> int | None:
        """The one year a lead-in names at its head, not as a base or a start (2020年全区普通小学…支出情况是:): the year
        of the list under it, whose lines name none (3.…增长情况。2020年…情况是: / (1)全区普通小学为2716.00元,比上年的…)."""
        years = {int(m.group(1)) for m in _YEAR.finditer(self.text, start, end)
                 if self.text[m.start() - 1:m.start()] not in ("比", "较", "与", "由", "从", "自")
                 and not self.re_since_after.match(self.text, m.end())}
        head = self.text[start:m.start()] if (m := _YEAR.search(self.text, start, end)) else ""
        return years.pop() if len(years) == 1 and self.re_year_head.fullmatch(head) else None

    def _short_title(self, line) -> bool:
        """Whether a line without a number reads as a title: short, no sentence, no figure."""
        said = self.text[line.start:line.end].strip()
        return bool(said) and len(said) <= self.v["title_max_chars"] and not re.search(r"[。,;:]", said) \
            and not self._figures(line.start, line.end)

    def _sets_targets(self, title: str) -> bool:
        """Whether a title sets targets (目标任务, …行动计划目标), not one reporting on them (目标完成情况)."""
        return any(w in title for w in self.v["target_words"]) and not any(d in title for d in self.v["done_title_words"])

    def _line_above(self, start: int) -> tuple[int, int] | None:
        """The span of the nearest line above the one starting at `start` that holds any text, or None."""
        end = start - 1
        while end > 0:
            begin = self.text.rfind("\n", 0, end) + 1
            if self.text[begin:end].strip():
                return begin, end
            end = begin - 1
        return None

    def _plain_heading(self, start: int, end: int) -> bool:
        """Whether a unit heading's line says nothing that would make the labelled figures under it other than the
        year's own (h-extract8): no budget, standard, goal or plan (教育经费预算(单位:万元), 生均公用经费标准(单位:元)), no
        other entity, no year but the evaluated one — words of the indicators' names aside (一般公共预算…)."""
        said = self._unnamed(start, end)
        if re.search(words("heading_not_own_words"), said):
            return False
        return all(int(m.group(1)) == self.period for m in _YEAR.finditer(said))

    def _only_stage(self, start: int, end: int) -> bool:
        """Whether text[start:end] is only a stage (with scope words and punctuation): 普通初中。, 全县小学:"""
        said = self.text[self.re_scope.match(self.text, start, end).end():end].strip(" 。.:,")
        return bool(said) and self.v.tokens.fullmatch(said) is not None and said in self.v.stage_of

