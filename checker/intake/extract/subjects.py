"""The subject an indicator's name makes of its clause: the indicator, its stage from the name, the words before it or
the sentence, and — when the figure after it is not the entity's own year's stock — why not (a flow, a part, a named
school, a township, a budget, part of a year, a broader definition, a mix of stages, another kind of school). A
mixin of the Extractor (figures.py)."""

from __future__ import annotations

import re

from checker.intake.extract.items import _Subject
from checker.intake.extract.vocab import words
from checker.intake.indicators import dictionary


class Subjects:
    def _name_subject(self, name, cs: int, start: int, names, groups, stage_end: int | None = None) -> _Subject:
        indicator, n_start, _, stage = name
        spec = dictionary()[indicator]
        why = None
        head = self.re_scope.match(self.text, cs, n_start).end()
        # without the names listed before it (普惠性幼儿园覆盖率和公办园在园幼儿占比分别…: 普惠性 is the first name's own
        # word), keeping the words around them (农村小学专任教师和在校生…: 农村 stays) and a name right before it (民办幼儿园
        # 在园幼儿: the private kindergartens' children, a part) (h-extract8)
        spans = [(n[1], n[2]) for n in names if head <= n[1] and n[2] <= (stage_end or n_start)
                 and self.text[n[2]:n[2] + 1] in ("、", "和", "及", "与")]  # listed, not qualifying (民办幼儿园在园幼儿)
        before = "".join(ch for i, ch in enumerate(self.text[head:stage_end or n_start], head)
                         if not any(a <= i < b for a, b in spans))
        if self.text.startswith("占", n_start):  # 城区学校交流轮岗教师80人,占符合交流条件教师的12%: the share of the count in
            # the clause before, whose qualifiers are its (h-review33b); never the sentence's other clauses (招聘教师235名,…)
            gap = self.text[self.sentence_start:n_start].rstrip(",; ")
            before = gap[max(gap.rfind(","), gap.rfind(";")) + 1:] + before
        if self.re_rate_after.match(self.text, name[2]):
            why = "phrase"  # 毛入园率增幅从上年的2%提高到3%: the name's growth, never its level (review 31b)
        elif (aside := self._aside_says(name[2])) is not None:
            why = aside  # 毛入园率(城区)98%, 在校生(农村)8600人: a part's, or another's (review 31c)
        elif self.re_flow.search(before):
            why = "flow"  # 招收…学生86人: an intake, not the enrolment
        elif self.re_not_done.search(before):
            why = "not_done"  # 启动新建幼儿园3所, 在建…: not done in the year (h-review33b)
        elif self.re_subset.search(re.sub(r"\([^()]*\)", "", before)):  # (不含教学点): an aside, not the name's part
            why = "subset"  # 普惠性幼儿园在园幼儿: a part of the quantity the name stands for
        elif self.re_school.search(self.text, self.re_scope.match(self.text, cs, n_start).end(), name[2]):
            why = "named_school"  # 城关镇中心小学在校生1200人: one school's figure
        elif self.re_sub_entity.search(before):
            why = "sub_entity"  # 城关镇小学在校生2100人: a township's figure
        elif self.re_budget.search(before):
            why = "budget"  # 预算安排一般公共预算教育支出7.13亿元: what the budget arranged, not what was spent
        elif self.re_part_year.search(before):
            why = "part_year"  # 1-11月完成…6.58亿元: part of a year, not the year's figure
        elif self._broader_by_definition(indicator, name[2]):
            why = "definition"  # 公共财政教育经费(包括…从土地出让收益中提取的教育资金): more than the name's quantity
        elif stage is not None and any(t.group() in self.v.mixed for t in self.v.tokens.finditer(before)):
            why = "subset"  # 义务教育阶段特殊教育在校学生数: the special pupils of the compulsory stage only
        if why is None and self._joined_before(name, names):
            why = "mixed_stage"  # 小学专任教师和初中专任教师共2400人, 中小学校及幼儿园班额达标率: one figure for both
        total = any(t.group() in self.v.mixed for t in self.v.tokens.finditer(self.text, n_start, name[2]))
        if why is None and stage is None and not total:  # 在校中小学生: the name itself says it is a total
            stage, why = self._stage_before(cs, stage_end if stage_end is not None else n_start, names, indicator)
            total, why = why == "total", None if why == "total" else why  # 全区中小学超大班额: a total
            if why == "mixed_stage" and spec.stages == "none":
                why = None  # 义务教育阶段残疾儿童少年入学率: the mix is part of the name's meaning
        if why is None and spec.stages == "none" and stage is not None:
            why = "stage_not_allowed"
        if why is None and stage is None and spec.stages != "none" and not total and cs > start \
                and not self.v.tokens.search(self.text, start, cs) and not self.re_subset.search(self.text, start, cs) \
                and self._unknown_kind_counted(start, cs, n_start):
            why = "stage_unclear"  # 特殊教育学校2所,…。工读学校1所,在校学生85人: that kind's, never the stage before (东城
            # 2010: stop 37)
        if why is None and stage is None and spec.stages != "none" and not total:
            stage, why = self._sentence_stage(start, cs, names, groups, indicator)
        if why is None and stage is None and indicator in self.v["needs_stage"] \
                and not re.search(words("whole_population_names"), self.text[n_start:name[2]]):
            why = "no_stage"  # (按在校学生人数平均的…: the name says it is the average over every stage's students)
        if why is None and cs > start and not self.re_subset.search(self.text, n_start, name[2]) \
                and self._topic_is_part(start, cs, n_start, stage, spec.stages == "none"):  # (a name naming the part
            # itself is defined by it)
            why = "subset"  # 全县共有民办幼儿园24所,在园幼儿3600人: the private kindergartens' children
        if why is None and stage is None and not total and spec.stages != "none" and cs > start \
                and self._unknown_kind_counted(start, cs, n_start):
            why = "stage_unclear"  # 全县有工读学校1所,在校生120人: that kind's pupils, never the entity's total
        if why is None and stage is not None and name[3] is not None and self._listed_before(n_start, stage):
            stage, why = None, "mixed_stage"  # 小学和初中专任教师共计3200人: several stages' total, not 初中's
        head = self.re_scope.match(self.text, cs, n_start).end()
        last_year = self.re_last_year_before.search(self.text, cs, n_start) is not None  # 全县去年在园幼儿…
        return _Subject(indicator, stage, cs, why, phrase=(head, name[2]), name_start=n_start, last_year=last_year)

    def _joined_before(self, name, names) -> bool:
        """Whether the name is joined by 和/及/与/、 to a stage or school level right before it, or to the same quantity
        of another stage (小学专任教师和初中专任教师共…, 中小学校及幼儿园班额达标率): one figure for both, unless the
        figures are shared out after it (…分别为…)."""
        if re.match(r"\s*(?:的)?(?:人数|数)?\s*(?:分别|依次)", self.text[name[2]:name[2] + 12]):
            return False
        stage = rf"(?:{self.v.tokens.pattern})(?:学校|阶段)?"
        before = self.text[max(self.sentence_start, name[1] - 30):name[1]]
        if re.search(rf"{stage}\s*(?:和|及|与)\s*$", before):
            return True
        return any(n[0] == name[0] and n[2] <= name[1] and n is not name and re.fullmatch(
            rf"\s*(?:和|及|与|、)\s*(?:{stage})?\s*", self.text[n[2]:name[1]]) for n in names)
