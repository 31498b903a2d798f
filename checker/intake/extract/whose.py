"""Whose a figure is and what goes with it: the scope a sentence gives it (区属 or the whole), a
headline's figure that the body refuses, a name defined more broadly than its indicator, a total's
parts in parentheses, and claims without a figure. A mixin of the Extractor (figures.py), which holds
the text, the vocabulary, the facts and the figures left unattached."""

from __future__ import annotations

import re

from checker.intake.extract.items import _NUMBER, Proposed, Unattached, _Subject, in_range
from checker.intake.extract.outline import Line
from checker.intake.extract.places import same_place
from checker.intake.extract.vocab import words

# places opening a clause (其中甲县…, 丽水市莲都区…): a chain of names each ending in a division's word
_PLACES = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:自治县|自治旗|自治区|自治州|县|区|市|旗|省|州))+")
# a heading saying what falls short ((二)政府保障程度个别指标未达要求): the entity's shortfall, neither a part nor a standard
SHORTFALL = re.compile(r"未达到?要求")
_APPROX = re.compile(r"[万亿]?(?:余|多)(?:万人|万元|亿元|万|人|名|所|个|元|班)")  # 3.2万余人 too
_LEAD = re.compile(r"(?:其中|另外|同期|而)\s*")
# a parenthesis saying what a figure includes (含省属中等职业学校): a part counted in, not the figure's scope
_INCLUDED = re.compile(r"\((?:含|包括|包含)[^()]*\)")

# A lead-in that is one institution's name (澜溪县职业中学:, 童乐幼儿园:, 县第一小学:): its list is that school's
_INSTITUTION = re.compile(r"[\u4e00-\u9fff()]{2,16}?(?P<kind>小学|中学|学校|幼儿园|学院|中心校|教育集团)"
                          r"(?:基本情况|办学情况|情况|概况)?")  # (城关小学基本情况: h-review34g)

class Whose:
    def _bounds(self, start: int, end: int, line: Line, groups) -> None:
        """Figures written as a bound or an approximation (达到95%以上, 8000余人, 45所左右): never a figure of the year,
        listed unattached (`bound`), not dropped."""
        for m in _NUMBER.finditer(self.text, start, end):
            approx = m.group(2) is None and _APPROX.match(self.text, m.end())  # 8000余人, 30多所
            ranged = m.group(2) not in (None, "个百分点") and in_range(self.text, m.start(), m.end())  # 90%—95%
            if not approx and not ranged and (m.group(2) in (None, "个百分点") or not self.re_bound.match(self.text, m.end())):
                continue
            stop = _APPROX.match(self.text, m.end()).end() if approx else m.end()
            if not any(a <= m.start() < b for a, b in groups):
                self.unattached.append(Unattached(self.f.quote(m.start(), stop), line.locator, start, end, "bound"))

    def _broader_by_definition(self, indicator: str, end: int) -> bool:
        """Whether the name ending at `end` is followed by its definition (包括…) naming an item outside
        the indicator's quantity (extract.yaml `outside_definition`)."""
        if self._narrowed(end, indicator):
            return True  # 一般公共预算教育经费(不含基建): narrower, not the indicator's quantity either
        outside = self.v["outside_definition"].get(indicator)
        if not outside or self.text[end:end + 1] != "(":
            return False
        close = self.text.find(")", end)
        return close > 0 and any(w in self.text[end:close] for w in outside)

    def _narrowed(self, end: int, indicator: str | None = None) -> bool:
        """Whether a parenthesis at `end` says what is left out (不含…, 不包括…), other than what the indicator's quantity
        never holds (extract.yaml `excluded_anyway`: 学校共310所(不含9所教学点) is the statistics' own school count)."""
        if self.text[end:end + 1] != "(" or not any(self.text.startswith(w, end + 1) for w in self.v["narrower_words"]):
            return False
        anyway = self.v["excluded_anyway"].get(indicator or "")
        close = self.text.find(")", end)
        if not anyway or close < 0:
            return True
        count = r"(?:\d+\s*(?:所|个|处))?"
        return re.fullmatch(rf"(?:{words('narrower_words')})\s*{count}\s*(?:{'|'.join(map(re.escape, anyway))}){count}"
                            r"(?:[,;、]\s*(?:下同|以下同|下表同))?",  # (不含教学点,下同)
                            self.text[end + 1:close].strip()) is None

    def _not_own(self, fig, own: bool, indicator: str | None = None) -> str | None:
        """Why a figure is not the entity's own figure of the year, from the words before it in its sentence
        (a goal, a sum over several years, a standard, a place inside or above the entity, another entity),
        or None. `own`: the clause is the entity naming itself after a standard's figure (我县为83.1%)."""
        before = (self.text, self.sentence_start, fig.start)
        if self._narrowed(fig.end, indicator) or any(self._narrowed(m.end(), indicator) for m in self.re_scope_whole.finditer(*before)):
            return "definition"  # 为5.2亿元(不含基建), 全市(不含县区)…: a narrower quantity
        aside = self._aside_says(fig.end)
        if aside is not None:
            return aside  # 95%(省定标准), 99%(目标值), 95%(全市): the parenthesis after the figure says whose it is
        if self.school_report and not self.re_scope_whole.search(*before):
            return "named_school"  # 学校…在校生3215人 in a school's own report: the school's
        names = [n[1:3] for n in self._names(*before[1:])]
        # a parenthesis closed before the figure is an aside, another figure's or the name's (98.1%(国家标准95%以上),…
        # 97.0%; 毛入园率(国家标准85%)为92.1%): its words are not this figure's (after the figure: _aside_says)
        asides = [(self.sentence_start + m.start(), self.sentence_start + m.end()) for m in
                  re.finditer(r"\([^()]*\)", self.text[self.sentence_start:fig.start])]
        said = lambda pattern: any(not any(a <= m.start() < b for a, b in names + asides)  # noqa: E731
                                   for m in pattern.finditer(*before))  # a word of an indicator's own name is not one
        # (中小学校教室照明标准达标率, 寄宿生生均公用经费补助标准: the county's own figures of those names)
        if said(self.re_target) or fig.start < self.goal_until or self.re_target_after.match(self.text, fig.end):
            return "target"  # 力争…达到95%, 发展目标:…95%, 达到96.5%的市定目标: a goal, not the year's figure
        clause = max(self.text.rfind(c, self.sentence_start, fig.start) for c in ",;:") + 1
        listed = self.text.rfind(":", self.sentence_start, fig.start) + 1  # the list after the lead-in, when in this sentence
        whole = any(self.re_scope_whole.match(self.text, max(at, self.sentence_start)) for at in (clause, listed))
        if fig.start < self.other_until[0] and not whole:
            # under a lead-in naming another entity (全省…:幼儿园…元,普通小学…元), unless the figure's clause names the
            # entity itself (全省情况(…):全县学前三年毛入园率92.3%)
            return self.other_until[1]
        owner = next((why for reach, why in sorted(self.owners.values()) if fig.start < reach), None)
        if owner is not None and (not whole or re.search(r"唯一|最|之一|中(?!心|学|小|等|职|专)",
                                                         self.text[self.sentence_start:fig.start])):
            # (…全县唯一一所省级示范小学, 全县小学中在校生最多: the section's owner described, h-review34g)
            return owner  # under 二、全省情况 (or (一)城关小学): the province's (the school's), unless its clause names the
            # entity itself (全县…)
        if any(not self.listed_years[0] <= m.start() < self.listed_years[1] and not self._own_year_after(m.end(), fig.start)
               for m in self.re_multi_year.finditer(*before)):
            return "multi_year"  # 累计投入…, "十三五"期间…, 2018—2022年…: several years' sum
        if own:
            return None
        if (said(self.re_standard) and not self._own_after_standard(fig)) or self.re_standard_after.match(self.text, fig.end):
            return "standard"  # 按标准…, 不低于…, 须达到…, …元的省定标准: a standard, not the entity's figure
        if self.re_child and any(not (self.own_name and self.text.endswith(self.own_name, 0, m.end()))
                                 for m in self.re_child.finditer(*before)):
            return "sub_entity"  # 卢氏县…, 灵宝市…, in a prefecture's report: the county's (its own name excepted)
        if self.re_sibling and self._sibling(before):
            return "other_entity"  # 甲县学前三年毛入园率为90.1% in 乙县's report: 甲县's
        if said(self.re_other) or (self.re_parent and said(self.re_parent)):
            return "other_entity"  # 全国…, 高于平均水平…, 全市… in a county's report
        return None

    def _lead_in_whose(self, start: int, end: int) -> str | None:
        """Whose a lead-in's list is when its words name another entity than the report's (全省…:, 全国…:, 城关镇…:), one
        of its schools (以城关小学为例:, 澜溪县职业中学:) or a kind of its schools (民办学校情况:), as for a figure's own
        sentence (`_not_own`): `sub_entity`, `named_school`, `subset`, `other_entity`, or None (the entity's own, or a
        part of its own schools whose scope the sentence's reading gives: 县直学校:)."""
        said = self._unnamed(start, end)  # (words of an indicator's name are its own)
        said = re.sub(r"\((?:含|包括|不含)[^()]*\)", "", said)  # (含…特岗教师229人): what the whole holds, not its kind
        if self.own_name:  # the entity's own name is no kind of school (东城区 holds 城区: 北京市东城区2010年…公报, stop 37)
            said = re.sub(re.escape(self.own_name) + "(?![城镇乡])", " ", said)  # (桐溪县城: the county seat, a part)
        said = SHORTFALL.sub(" ", said)  # (二)政府保障程度个别指标未达要求: a shortfall, no part (h-docs37d)
        if self.re_child and any(not (self.own_name and said.endswith(self.own_name, 0, m.end()))
                                 for m in self.re_child.finditer(said)):
            return "sub_entity"
        if self.re_sub_entity.search(said):
            return "sub_entity"  # 城关镇情况:…, 东溪镇:…: a township's
        if self.re_scope_part.search(said):
            return None  # 县直学校:…: a part of the entity's own schools, its scope read as for any sentence
        named = re.sub(r"^\s*(?:\d+\s*[.、]|\(?[一二三四五六七八九十\d]+[)、])\s*", "", said).strip(" :")
        institution = _INSTITUTION.fullmatch(named)
        prefix = named[:institution.start("kind")] if institution else ""
        if institution and (self.v.tokens.fullmatch(named) or self.v.tokens.search(prefix)
                            or re.search(rf"城乡|各|全|所有|{words('scope_whole')}", prefix)):
            institution = None  # 全县小学:, 4.中等职业学校:, 城乡义务教育学校情况:: the entity's, or a stage's label
        if self.re_school.search(said) or institution or self.re_school.search(self.text, start, end):
            # (澜溪县职业中学:, 童乐幼儿园:: one school's; 城关小学在校生 over its figure, the name's words and all)
            return "named_school"  # 城关镇中心学校情况:…, 澜溪县职业中学:…: one school's (h-review33i)
        if self.re_subset.search(said):
            return "subset"  # 城区学校:…, 民办学校情况:…: a kind of school's (h-review33f)
        if self.re_other.search(said) or (self.re_parent and self.re_parent.search(said)):
            return "other_entity"
        return None

    def _own_year_after(self, start: int, pos: int) -> bool:
        """Whether a later clause, between `start` and the figure at `pos`, opens on the evaluated year alone (2021年以来
        累计新建…17所,2023年新建…5所: the 5 is 2023's, the sum was the clause before)."""
        for m in re.finditer(r"[,;]\s*((?:19|20)\d\d)年", self.text[start:pos]):
            if int(m.group(1)) == self.period and not self.re_multi_year.search(self.text, start + m.end(), pos) \
                    and not self.re_since_after.match(self.text, start + m.end()) \
                    and not re.match(r"\s*(?:至|到|[-—–~]|以前|之前|等|和|与|及|、)", self.text[start + m.end():pos]):
                # (2023年至2025年: a span; 2023年以前, 2023年和2022年: several years)
                return True
        return False

    def _aside_says(self, end: int) -> str | None:
        """Why a short parenthesis at `end` (right after a figure or a name) makes the figure not the entity's own of the
        year: a goal's words (目标值, 预期目标, 计划), a standard's (省定标准), a place above or beside it (全市, 全省平均) or
        a part (城区, 民办, 农村, 女) (review 31c); None for anything else ((不含…) is `_narrowed`'s)."""
        m = re.match(r"\(([^()\d]{1,12})\)", self.text[end:end + 14])
        if m is None:
            return None
        said = m.group(1)
        if _INCLUDED.match(self.text, end) or re.match(rf"(?:其中|{words('narrower_words')})", said):
            return None  # 226所(含民办学校): what the whole holds, not a part; (不含…) is `_narrowed`'s
        if self.re_target.search(said):
            return "target"
        if self.re_standard.search(said):
            return "standard"
        if self.re_other.search(said) or (self.re_parent and self.re_parent.search(said)):
            return "other_entity"
        if self.re_subset.search(said):
            return "subset"
        if self.re_sub_entity.search(said):
            return "sub_entity"  # 6852万元(城关镇): a township's (h-review34g)
        return None

    def _own_after_standard(self, fig) -> bool:
        """Whether the standard's words are all in an earlier clause that states the standard's own figure, and the
        figure's clause opens on the entity (国家标准为85%,全县学前三年毛入园率为98.18%: the county's own; h-extract9).
        A clause of standard words without a figure (按照省定标准,全县…) still makes the figure the standard's."""
        start = self.sentence_start
        clause = max(self.text.rfind(c, start, fig.start) for c in ",;") + 1
        if clause <= start or self.re_standard.search(self.text, clause, fig.start):
            return False
        at = clause + len(self.text[clause:fig.start]) - len(self.text[clause:fig.start].lstrip())
        if not self.re_scope_whole.match(self.text, at):
            return False
        last = list(self.re_standard.finditer(self.text, start, clause))[-1]
        return re.search(r"\d", self.text[last.end():clause]) is not None

    def _sibling(self, before: tuple) -> bool:
        """Whether the subject of a figure's clause is another place than the entity (its name known): going back
        from the figure's clause to its sentence's first, the first clause opening on a subject decides — the
        entity's scope word (全县, 我县) or a place's name (甲县学前三年毛入园率为90.1%; 丽水市莲都区…: the last of
        the chain, 莲都区, the entity's own; 河南省…: the province, in a county's or a prefecture's report)."""
        text, start, end = before
        starts = [start] + [m.end() for m in re.compile(r"[,;]").finditer(text, start, end)]
        for at in reversed(starts):
            at += len(text[at:end]) - len(text[at:end].lstrip())
            lead = _LEAD.match(text, at, end)
            at = lead.end() if lead else at
            if self.re_scope_whole.match(text, at) or self.re_scope_part.match(text, at):
                return False  # 全县…, 其中区属学校…: the entity, or a part of it
            if text.startswith(("据", "根据"), at):
                continue  # 据河南省教育厅统计,…: where the figure comes from, not whose it is
            m = _PLACES.match(text, at, end)
            if m is None:
                continue
            last = list(self.re_sibling.finditer(text, at, m.end()))
            if not last or last[-1].end() != m.end():
                continue  # 县委…, 城区…: no place opens the clause
            before_it = [x for x in re.finditer(r"(?:自治县|自治旗|自治区|县|区|市|旗|省)", text[at:m.end()])][:-1]
            name = text[at + before_it[-1].end() if before_it else at:m.end()]
            return not self.own_name or not same_place(name, self.own_name)  # no name: a province, never its own
        return False

    def _headline_restated(self) -> None:
        """A figure of the document's title line that the body states again and refuses (a budget, part of
        a year, a target…): the headline's figure is the body's, refused the same way (房县…教育支出7.13亿元 /
        全县预算安排…7.13亿元)."""
        first = next((ln for ln in self.text.split("\n") if ln.strip()), "")
        end = self.text.find(first) + len(first)
        for fact in [p for p in self.facts if p.value is not None and p.figure[1] <= end]:
            figure = self.f.quote(*fact.figure)
            why = next((u.reason for u in self.unattached if u.start >= end and u.figure == figure
                        and u.reason in self.v["headline_refusals"]), None)
            if why is not None:
                self.facts.remove(fact)
                self.unattached.append(Unattached(figure, fact.locator, fact.start, fact.end, why))

    def _unclear_scopes(self, line: Line) -> None:
        """Facts whose scope is still unclear at the end of their sentence are not facts."""
        for fact in [p for p in self.facts if p.scope == ""]:
            self.facts.remove(fact)
            figure = self.f.quote(*fact.figure)
            self.unattached.append(Unattached(figure, fact.locator, fact.start, fact.end, "scope_unclear"))

    def _scope(self, line: Line, cs: int, pos: int, end: int | None = None) -> str | None:
        """The scope of a figure at `pos`: a part of the entity named in the parenthesis right after it (6852万元(县本
        级): h-review34d), else the last scope word of its sentence, a part of the entity (区属) or its whole (辖区, 全县:
        None); "" when a line naming both leaves it unclear (a whole named only in an earlier clause of the sentence, or
        no scope word at all)."""
        aside = re.match(r"\(([^()\d]{1,16})\)", self.text[end:end + 18]) if end is not None else None
        if aside and not _INCLUDED.match(self.text, end) \
                and (parts := {m.group() for m in self.re_scope_part.finditer(aside.group(1))}):  # (含省属…): the whole's
            rest = re.sub(r"[、,,和及与\s]", "", self.re_scope_part.sub("", aside.group(1)))
            return parts.pop() if len(parts) == 1 and not rest else ""  # (县本级、城关镇), (县本级、乡镇): unclear
        included = [m.span() for m in _INCLUDED.finditer(self.text, line.start, line.end)]
        outside = lambda m: not any(a <= m.start() < b for a, b in included)  # noqa: E731
        found = [m for m in self.re_scope_any.finditer(self.text, self.sentence_start, pos) if outside(m)]
        if found and self.re_scope_part.fullmatch(found[-1].group()):
            return found[-1].group()
        if any(outside(m) for m in self.re_scope_part.finditer(self.text, line.start, pos)) \
                and (not found or found[-1].start() < cs):  # (a part named only after the figure is another sentence's
            # topic: 全年征收教育费附加6852万元。县本级安排…, h-review34a)
            return ""
        return None

    def _parts(self, parent: Proposed, parts: list, line: Line) -> None:
        """The figures in a parenthesis right after a total: its parts, by stage or by label; or one figure of
        another year in the parent's unit (93.5%(上年为92.1%), 45678人(2021年45210人)): the parent's quantity
        that year."""
        rules = self.v["part_labels"].get(f"{parent.indicator}.{parent.stage}", {})
        if len(parts) == 1 and parts[0][2] is None and parts[0][0] in rules and parts[0][1].unit == parent.unit:
            label, fig, _ = parts[0]  # 幼儿园68所(民办12所): the labelled part is an indicator of its own
            self.facts.append(Proposed(rules[label], None, parent.period, fig.number, fig.unit, parent.locator,
                                       fig.start - len(label), fig.end, scope=parent.scope, figure=(fig.start, fig.end)))
            return
        if len(parts) == 1 and parts[0][2] is None:
            label, fig, _ = parts[0]
            role, detail = self._role(label.replace(" ", ""))
            if role == "value" and fig.unit == parent.unit and (detail[0] == "prior" or detail[1] is not None):
                subject = _Subject(parent.indicator, parent.stage, fig.start - len(label))
                self._value(subject, fig, line, fig.start - len(label), fig.end, None, detail)
            else:
                self._skip(fig, line, fig.start - len(label), fig.end, "phrase", True)
            return
        if len(parts) < 2 or any(f.unit != parts[0][1].unit for _, f, _ in parts):
            return
        if all(p is not None and p.indicator == parent.indicator and p.stage for _, _, p in parts):
            parent.stated["parts"] = [p.stage for _, _, p in parts]
        else:
            parent.stated["parts"] = [{"label": label, "value": f.number} for label, f, _ in parts]
            rules = self.v["part_labels"].get(f"{parent.indicator}.{parent.stage}", {})
            for label, fig, fact in parts:
                if fact is None and label in rules:
                    fact = Proposed(rules[label], None, parent.period, fig.number, fig.unit, parent.locator,
                                    fig.start - len(label), fig.end, scope=parent.scope, figure=(fig.start, fig.end))
                    self.facts.append(fact)
        parent.end = max(parent.end, parts[-1][1].end + 1)

    def _labelled_part(self, parent: Proposed | None, head: int, fig, line: Line) -> bool:
        """A 其中 clause right after a total naming only a part label and its figure (全县幼儿园68所,其中民办12所), the
        label one of extract.yaml `part_labels` for the total: that part's indicator, as in a parenthesis (幼儿园68所(民办
        12所)). Proposed here; False (nothing done) for any other clause (h-extract9)."""
        if parent is None or parent.value is None or parent.start < self.sentence_start or fig.unit != parent.unit:
            return False
        rules = self.v["part_labels"].get(f"{parent.indicator}.{parent.stage}", {})
        written = self.text[head:fig.start]
        label = re.sub(r"(?:为|有|是|共有|共)$", "", written.strip(" :"))
        if label not in rules:
            return False
        at = head + written.index(label)
        clause = max(self.text.rfind(c, self.sentence_start, head) for c in ",;:") + 1
        level = [m.group() for m in self.re_scope_part.finditer(self.text, max(clause, self.sentence_start), at)]
        self.facts.append(Proposed(rules[label], None, parent.period, fig.number, fig.unit, line.locator, at, fig.end,
                                   scope=level[-1] if level else parent.scope, figure=(fig.start, fig.end)))
        return True  # 其中县本级教育支出4.2亿元: the government's own level's part (h-review33h), else the total's scope

    def _claim_not_own(self, start: int, pos: int, year: int) -> bool:
        """Whether a claim at `pos` is a goal or a rule rather than what the entity did (h-extract8): a later year's
        (到2025年…不低于…), after a goal's words in its sentence (确保…, 力争…), or after a standard's words in its own
        clause (国家要求义务教育教师平均工资收入不低于…: the rule; 按照国家要求,全市实现了…: the county's)."""
        if year > self.period or self.re_target.search(self.text, start, pos):
            return True
        clause = max(self.text.rfind(c, start, pos) for c in ",;:") + 1
        return self.re_standard.search(self.text, max(clause, start), pos) is not None

    def _claim_denied(self, start: int, at: int, after: int, end: int) -> bool:
        """Whether words of `claim_negations` deny the claim at text[at:after]: in its clause before it (全县尚未实现…),
        or after it before the next mark (…水平的要求尚未落实)."""
        clause = max(self.text.rfind(c, start, at) for c in ",;:") + 1
        negation = words("claim_negations")
        return re.search(negation, self.text[max(clause, start):at]) is not None \
            or re.match(rf"[^,;。]*?(?:{negation})", self.text[after:end]) is not None

    def _claims(self, start: int, end: int, line: Line) -> None:
        sentence = self.text[start:end]
        if "是否" in sentence or sentence.rstrip().endswith("?") or self.text[end:end + 1] == "?":  # (a ? inside a sentence
            # is as often a mirror's lost character: 當?shù)毓)
            return  # 教育费附加是否全部用于教育?: a question, whatever the answer (h-review33g)
        for indicator, pattern in self.v.claims:
            m = pattern.search(sentence)
            if m is None:
                continue
            year = self._year(line, start + m.start())
            if self._claim_not_own(start, start + m.start(), year) or self._claim_denied(start, start + m.start(),
                                                                                         start + m.end(), end):
                continue
            if any(p.indicator == indicator and p.period == year and p.start >= start and p.end <= end
                   for p in self.facts):
                continue
            self.facts.append(Proposed(indicator, None, year, None, None, line.locator, start, end))
