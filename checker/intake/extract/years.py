"""Which year a figure is of, and when the words around it leave that open. The nearest year named
before a figure on its line (not in a title 《…》, not a base after 比/较/与/由) is its year, else the
evaluated year; a school year is the year it begins in (items.py `_YEAR`). That year is not the
figure's, and the figure is left `unattached` with the reason, when the text says otherwise:

    2018年以来,全县学前三年毛入园率提高到92.5%          since_year   (where a span begins)
    全县2020年创建为省级示范县,现有幼儿园45所            year_unclear (the year is its own clause's)
    截至2022年10月,全县一般公共预算教育支出4.1亿元      part_year    (money before the year's end)
    截至2022年6月,全县共有幼儿园45所                     date_in_year (before the autumn statistics)
    前年全县学前三年毛入园率为85.1%                      other_year   (a year the reader gives no number)
    全县学前三年毛入园率为85.1%(2019年统计)              other_year   (a year named after the figure, its label)
    全县学前三年毛入园率为85.1%,系2019年数据             other_year

A year in a parenthesis right after a figure (85.1%(2019年)提高到90.2%) is that figure's label, never the year of
the figures after it.

A mixin of the Extractor (figures.py), which holds the text, the vocabulary and the sentence being read."""

from __future__ import annotations

import re

from checker.intake.extract.items import _BOOK, _YEAR
from checker.intake.extract.outline import Line
from checker.intake.extract.vocab import words

_LABEL = re.compile(r"\s*\(([^()]*)\)")  # a parenthesis (and the spaces before it), its inside as group 1
# a year that is one of several: before it (以前, 之前), one of a list (等年份), or joined to another (和2022年, 、2022年)
_SEVERAL_YEARS_AFTER = re.compile(r"(?:以前|之前|等年份|等年度|\s*(?:和|与|及|、)\s*(?:19|20)\d\d年)")
_YEAR_JOINED_BEFORE = re.compile(r"(?:19|20)\d\d年?\s*(?:和|与|及|、)\s*$")  # (2022、2023年: one 年 for both)
_SPELLED_YEAR = re.compile(r"[两二]千零?[一二三四五六七八九十]{1,3}年")
_GOAL_AFTER = re.compile(r"\s*的?(?:目标|任务|规划)")  # a later year's goal named after a figure: not the figure's year


class YearReading:
    def _year_patterns(self) -> None:
        self.re_since_after = re.compile(words("since_after"))
        self.re_year_head = re.compile(rf"(?:{words('scope_words')}|{words('scope_parts')}|{words('year_head_words')}"
                                       rf"|[\s,:()])*")
        self.re_present = re.compile(words("present_words"))
        self.re_month = re.compile(r"\s*(?:\d{1,2}\s*[-—–~至到]\s*)?(\d{1,2})\s*(?:月|份)")  # 10月, 1—11月: its last
        self.re_spring = re.compile(rf"\s*(?:{words('spring_words')})")
        # 去年/上年末 before a name, not as a base (比上年, 与去年相比, 同上年)
        self.re_last_year_before = re.compile(rf"(?<![比较与由同和跟])(?:{words('last_year_heads')})")
        # 前年, 上学年…: another year than the evaluated one, not as a base (比前年, 与上学年相比)
        self.re_other_year = re.compile(rf"(?<![比较与由同和跟从于])(?:{'|'.join(self.v['other_year_words'])})")  # 高于往年
        self.re_before_change = re.compile(words("other_year_words_before_change"))
        self.re_prior_word = re.compile(rf"{words('prior_labels')}|{words('last_year_heads')}")

    def _past_plan_section(self) -> bool:
        """Whether a section the line stands in tells of a time before the evaluated year: its title names a plan period
        ended before it (一、“十三五”发展成就 in a 2023 report) or the school year before (二、上一学年基本情况). (A plan's
        own ground, 发展基础 and the like, is figures.py's `plan_base` rule: the evaluated year may be its base year.)"""
        for span in self.titles.values():
            if span is None:
                continue
            title = self.text[slice(*span)]
            if any(name in title and end < self.period for name, end in self.v["plan_period_ends"].items()):
                return True
            if self.re_last_school_year.search(title):
                return True  # 二、上一学年基本情况: the school year before's section (h-review35a)
        return False

    def _last_school_year(self, pos: int) -> bool:
        """Whether the figure at `pos` is the school year before's (上一学年… in its sentence, not as a base) in a document
        counting by school year (本学年 named before it): the year before the evaluated one (extract.yaml)."""
        clause = max([self.sentence_start] + [self.text.rfind(c, self.sentence_start, pos) + 1 for c in ",;"])
        last = self.re_last_school_year.search(self.text, clause, pos)
        if last is None:  # 上一学年,全市在园幼儿19.87万人: a clause of the word alone opens the sentence, and governs it
            opening = self.re_last_school_year.match(self.text, re.compile(r"\s*").match(self.text, self.sentence_start).end())
            last = opening if opening and re.match(r"\s*[,:]", self.text[opening.end():opening.end() + 2]) else None
        return bool(last and self.re_this_school_year.search(self.text, 0, pos)
                    and not _YEAR.search(self.text, last.end(), pos)  # 上一学年的2022年…: the year named decides
                    and not self.re_since_after.match(self.text, last.end())  # 上一学年以来, 起: a span begins
                    and not re.match(r"(?:的)?基础上", self.text[last.end():last.end() + 4]))  # 在上一学年基础上: a base

    def _before_change(self, line: Line, pos: int) -> bool:
        """Whether the figure at `pos` is a state before a rectification or at an inspection (整改前:…, 督导时…: extract.yaml
        `other_year_words_before_change`), named in its sentence, in the short lead-in opening its line (整改前:…;…, till
        the next lead-in) or in a lead-in or heading over it (`earlier_until`), with no year between the words and the
        figure (整改前:2023年…: that year's; 整改前:…23个,2023年降至0个: 23 still the earlier state)."""
        lead = re.match(r"[^。;,:\d]{1,12}:(?=[^:]*$)", self.text[line.body:self.sentence_start])
        starts = [m.end() for m in self.re_before_change.finditer(self.text, self.sentence_start, pos)]
        if lead and (m := self.re_before_change.search(self.text, line.body, line.body + lead.end())):
            starts.append(m.end())
        if pos < self.earlier_until[1] and self.earlier_until[0] <= pos:
            starts.append(self.earlier_until[0])
        return any(not _YEAR.search(self.text, at, pos) for at in starts)

    def _year_match(self, line: Line, pos: int) -> re.Match | None:
        books = [m.span() for m in _BOOK.finditer(self.text, line.start, line.end)]
        books += self._labels(line.start, pos)  # 85.1%(2019年)提高到90.2%: 85.1%'s year, not 90.2%'s
        found = [m for m in _YEAR.finditer(self.text, line.start, pos)
                 if not any(a <= m.start() < b for a, b in books)
                 and self.text[m.start() - 1:m.start()] not in ("比", "较", "与", "由", "同")  # 比2010年, 同2022年相比: a base
                 and not (self.text[m.start() - 1:m.start()] == "从" and self.text.startswith("的", m.end()))]  # 从2019年的
        return found[-1] if found else None

    def _labels(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parentheses in text[start:end] right after a figure (85.1%(2019年)): labels of that figure."""
        ends = {f.end for f in self._figures(start, end)}
        return [m.span() for m in _LABEL.finditer(self.text, start, end) if m.start() in ends]

    def _year_after(self, fig, period: int) -> str | None:
        """`other_year` when the words after a figure name another year than `period` as its own (module
        docstring): a parenthesis right after it, holding no figure, naming a year or the year before
        (85.1%(2019年统计), (上年)), or a
        clause after it in its sentence, stating no figure of its own, naming a year not as a base or a start
        (85.1%,系2019年数据; not 比2019年提高…, 为2019年以来最高); else None."""
        stop = self._sentence_end(fig.end)
        label = _LABEL.match(self.text, fig.end, stop)
        if label and self._figures(label.start(1), label.end(1)):
            label = None  # 93.5%(上年为92.1%): another year's figure (whose.py `_parts`), not a label of this one
        if label:
            inside = label.group(1)
            years = [int(m.group(1)) for m in _YEAR.finditer(inside)  # not a base or a part: (以2019年为基数), (含2021年…)
                     if inside[m.start() - 1:m.start()] not in ("以", "含", "括")]
            if any(y != period for y in years) or (not years and self.re_prior_word.search(inside)) \
                    or self.re_other_year.search(inside):
                return "other_year"
        at = label.end() if label else fig.end
        for m in re.finditer(r"[^,]+", self.text[at:stop]):
            a, b = at + m.start(), at + m.end()
            if self._figures(a, b):
                return None  # 2019年为85.1%: that clause's own figure
            for y in _YEAR.finditer(self.text, a, b):
                if int(y.group(1)) != period and self.text[y.start() - 1:y.start()] not in "比较与由从自" \
                        and not self.re_since_after.match(self.text, y.end()) \
                        and not (int(y.group(1)) > period and _GOAL_AFTER.match(self.text, y.end())):  # 提前完成2025年目标
                    return "other_year"
        return None

    def _year(self, line: Line, pos: int) -> int:
        """The year a figure at `pos` is about: the nearest year named before it on its line (not
        in a title 《…》), else the evaluated year."""
        m = self._year_match(line, pos)
        return int(m.group(1)) if m else self.lead_year or self.period

    def _year_doubt(self, line: Line, pos: int, family: str) -> str | None:
        """Why the year `_year` gives a figure at `pos` is not certainly its year (module docstring), or None."""
        if _SPELLED_YEAR.search(self.text, max(line.start, self.sentence_start), pos):
            return "year_unclear"  # 两千零二十一年: a year spelt as a number, which is not folded to digits
        m = self._year_match(line, pos)
        if m is None:  # no year on the line: a section title naming another year (二、2021年教育经费情况) leaves it open
            # the deepest title naming a year decides (一、2023年工作总结 under 2023年工作总结和2024年工作计划)
            named = [found for _, span in sorted(self.titles.items(), reverse=True) if span is not None
                     for found in [[int(t.group(1)) for t in _YEAR.finditer(self.text, *span)]] if found]
            if any(_YEAR_JOINED_BEFORE.search(self.text, span[0], t.start()) for span in self.titles.values() if span
                   for t in _YEAR.finditer(self.text, *span)):
                return "year_unclear"  # 一、2022、2023年工作回顾: two years sharing one 年 (h-review33h)
            if family != "money" and any(
                    (month := self.re_month.match(self.text, t.end())) and int(month.group(1)) < self.v["autumn_month"]
                    or self.re_spring.match(self.text, t.end())
                    for span in self.titles.values() if span for t in _YEAR.finditer(self.text, *span)):
                return "date_in_year"  # 一、2023年春季学期基本情况, 截至2023年6月底…: the school year begun before (h-review33f)
            if self._past_plan_section():
                return "year_unclear"  # 一、“十三五”发展成就, 二、上一学年基本情况: an earlier time's section (stop 35)
            titled = named[0] if named else []
            if any(all(y > self.period for y in found) for found in named[1:]):
                return "year_unclear"  # 三、2024年工作打算 / (一)在2023年基础上…: a later year's section (h-review33b)
            prior = any(re.search(r"上年|去年|上一年", self.text[slice(*span)]) for span in self.titles.values() if span)
            # a lead-in's year over its list (2020年…情况是:) is nearer than a title naming the evaluated year above it
            listed = {self.lead_year or self.period, self.period}
            return "year_unclear" if prior or any(y not in listed for y in titled) else None
        year = int(m.group(1))
        if _SEVERAL_YEARS_AFTER.match(self.text, m.end()) or _YEAR_JOINED_BEFORE.search(self.text, max(0, m.start() - 8),
                                                                                         m.start()):
            return "multi_year"  # 2023年以前…, 2023年等年份…, 2023年和2022年…: several years, not one (h-review33d)
        since = self.re_since_after.match(self.text, m.end()) or self.text[m.start() - 1:m.start()] in self.v["since_before"]
        if since:
            return None if year == self.period else "since_year"
        same_sentence = m.start() >= self.sentence_start
        if same_sentence and not m.group().endswith("学年"):
            month = self.re_month.match(self.text, m.end())
            if month and family == "money" and int(month.group(1)) < 12:
                return "part_year"
            if family != "money" and ((month and int(month.group(1)) < self.v["autumn_month"])
                                      or self.re_spring.match(self.text, m.end())):
                return "date_in_year"
        if year == self.period:
            return None
        between = re.sub(r"\([^()]*\)", "", self.text[m.end():pos])
        if same_sentence and not re.search(r"[,;]", between):
            return None  # the year is the figure's own clause's (全县一般公共预算教育经费2021年为…)
        if self.re_present.search(between):
            return "year_unclear"  # 全县2020年创建为省级示范县,现有幼儿园45所: now, not 2020
        if not same_sentence:  # a year of an earlier sentence stating no figure (全县2020年被评为…。) is an event's
            ends = [e for e in (self.text.find(c, m.end(), self.sentence_start) for c in "。;:") if e >= 0]
            if not any(f.unit for f in self._figures(m.end(), min(ends) if ends else self.sentence_start)):
                return "year_unclear"
        opens = max([line.body] + [self.text.rfind(c, line.start, m.start()) + 1 for c in "。;:"])
        head = self.text[opens:m.start()]
        lead = list(re.finditer(rf"(?:{words('report_leads')})[,:\s]", head))  # 记者从…了解到, 2017年…
        head = head[lead[-1].end():] if lead else head
        return None if self.re_year_head.fullmatch(head) else "year_unclear"
