"""Which stage a figure is of, read from the words around it: a stage named before a name or inside
it (never read out of a longer stage word: 中小学 is not 小学), a sentence's or its section titles'
stage, a clause led by a stage (幼儿园为…, 其中小学2745人, 小学19所 in a counting sentence), a stage
between a name and its figure (生均公用经费小学为800元), and a mix of stages (中小学, 义务教育阶段,
高中阶段, 中小学、幼儿园45所) which is a total or `mixed_stage`, never one stage. A mixin of the
Extractor (figures.py), which holds the text, the vocabulary and the sentence being read."""

from __future__ import annotations

import re

from checker.intake.extract.items import _YEAR, LEAD_IN, Unattached, _Figure, _Subject
from checker.intake.extract.vocab import words
from checker.intake.indicators import dictionary


_TOTAL_WORDS = re.compile(r"各级各类|各类|所有|全部")  # a name said of every kind: the total's
_EVERY_KIND = re.compile(r"各级各类|各类(?:学校|在校|学生)")  # a sentence opening on every kind of school: no stage's topic


class StageReading:
    def _inside_word(self, pos: int) -> bool:
        """Whether a stage word at `pos` is the end of a longer one (中小学, 普通小学 read from 小学)."""
        for back in range(1, 4):
            at = pos - back
            m = self.v.tokens.match(self.text, max(at, 0))
            if at >= 0 and m is not None and m.end() > pos and not any(
                    self.text[at - i:at - i + len(w)] == w for w in self.v["word_ends"] for i in range(1, len(w))):
                return True  # (其中小学生: 其中 ends before 小学, no 中小学 there)
        return False

    def _stage_before(self, start: int, end: int, names, indicator: str | None = None) -> tuple[str | None, str | None]:
        """The stage named last in text[start:end] (outside names): (stage, why not); ("total" when
        it is a mix of stages that is the indicator's whole)."""
        last = None
        for m in self.v.tokens.finditer(self.text, start, end):
            if not any(n[1] <= m.start() < n[2] for n in names):
                last, at = m.group(), m.start()
        if last is None:
            return None, None
        if last in self.v.stage_of and self._listed_before(at, self.v.stage_of[last]):
            return None, "mixed_stage"  # 小学、初中在校生52000人, 小学初中在校生: a total of the stages listed
        if last in self.v.stage_of and re.search(f"(?:{words('mixed_stages')})$", self.text[start:at]):
            return None, "subset"  # 义务教育阶段特殊教育在校学生数: the special pupils of the compulsory stage only
        if last in self.v.mixed:
            return None, "total" if last in self.v["mixed_totals"].get(indicator, ()) else "mixed_stage"
        if last in self.v.other_levels:
            return None, "not_a_stage"
        return self.v.stage_of[last], None

    def _previous_topic(self, start: int) -> tuple[str | None, str | None] | None:
        """A sentence starting bare (招生…,在校生142581人: no place, stage or subject of its own) continues the
        topic of the sentence before it on its line (全市普通高中学校145所。): that sentence's one stage, or
        `mixed_stage`; None when the sentence is not bare or the one before names no stage."""
        head = self.text[start:start + 8].lstrip()
        parts_of = head.startswith("其中")  # 小学共有863个班。其中大班额12个: the parts of the sentence before's (h-review35a)
        scoped = self.re_scope.match(head).end() > 0 and not head.startswith("全部")  # 全部为公办学校: all of them, no scope
        if not head or (scoped and not parts_of) or self.v.tokens.match(head) \
                or head.startswith("另") or _EVERY_KIND.match(head):  # 各类学校在校学生69433人: every kind's (stop 36;
            # never 全部为公办学校, 所有学校开齐…, 各类专业: said of the stage just named, h-review36a)
            return None
        line_start = self.text.rfind("\n", 0, start) + 1
        if start <= line_start:
            return None  # the line's first sentence: nothing before it (rfind's end of -1 would search the line's rest)
        end = start
        while True:  # back over bare sentences (招生…;在校生…) to the one naming the topic
            before = max([line_start] + [self.text.rfind(c, line_start, end - 1) + 1 for c in "。;:"])
            asides = [m.span() for m in re.finditer(r"\([^()]*\)", self.text[before:end])]  # (含在园幼儿): no topic's
            words = [m.group() for m in self.v.tokens.finditer(self.text, before, end)
                     if not any(a <= m.start() - before < b for a, b in asides)]
            said = self.text[before:before + 8].lstrip()
            if words or before <= line_start or self.re_scope.match(said).end() > 0:
                break
            end = before
        if not words:
            return None
        if self.text[before - 1:before] == ":":  # 教职工4303人,包括:中学…: the sentence a lead-in opens is the lead-in's
            before = max([line_start] + [self.text.rfind(c, line_start, before - 1) + 1 for c in "。;"])
        if self._parts_of_a_total(before, end, leads=("其中", "包括"), unread=True):
            # 全县现有各级各类学校142所,其中幼儿园68所…。在校学生51110人: the whole's, as its total; so after a whole no
            # indicator names, broken down by stage (教职工4303人,包括:中学1710人,…。专任教师3022人) (stop 35, 津南 2010)
            return None, None
        if any(w in self.v.mixed or w in self.v.other_levels for w in words):
            return None, "mixed_stage"
        stages = {self.v.stage_of[w] for w in words}
        figure = next(iter(self._figures(start, self._sentence_end(start))), None)
        named = [(n[1], n[2]) for n in self._names(start, figure.start)] if figure is not None else []
        parts = [m for p in (self.re_subset, self.re_sub_entity) for m in p.finditer(self.text, start, figure.start)] \
            if figure is not None else []
        if any(not any(a <= m.start() < b for a, b in named) for m in parts):  # (持证专任教师: a name's own word)
            return None, "subset"  # 全县小学52所。所有制结构中,民办学校2所,在校生1200人: a part of the stage (h-review36a)
        return (stages.pop(), None) if len(stages) == 1 else (None, "stage_unclear")

    def _topic_is_part(self, start: int, cs: int, n_start: int, stage: str | None = None, whole: bool = False) -> bool:
        """Whether a name in a later clause (cs) of a sentence whose topic is a part of a stage (民办幼儿园, 城区小学,
        城关镇小学: a part word before the sentence's first stage word) is about that part, as a stage-less name is
        (`_sentence_stage`); a clause naming its own whole (,全县在园幼儿…) is not."""
        if self.re_scope_whole.search(self.text, cs, n_start):
            return False
        topic = self.text[start:cs]
        if "其中" not in self.text[cs:n_start] and self.v.tokens.search(self.text, cs, n_start):
            return False  # …公办幼儿园学位360个,幼儿园在园幼儿0.93万人: the clause names its stage afresh
        if any(all(w in topic for w in pair) for pair in self.v["complementary_parts"]):
            return False  # 公办幼儿园12所、民办幼儿园18所,在园幼儿…: the parts together are the whole
        if "其中" in self.text[cs:n_start] and not self.v.tokens.search(self.text, cs, n_start):
            head = re.match(r"\D*", topic).group()  # 在编教职工4210人,其中专任教师3890人: the tenured staff's teachers
            return bool(self.re_subset.search(head))
        first = next(self.v.tokens.finditer(self.text, start, cs), None)
        if first is None and not whole:  # no stage: the opening clause's words before its figure (城区学校12所)
            figure = next(iter(self._figures(start, cs)), None)
            opening = self.text[start:figure.start] if figure is not None and "," not in self.text[start:figure.start] else ""
            return bool(self.re_sub_entity.search(opening) or self.re_subset.search(opening))
        if first is None or whole or (stage is not None and self.v.stage_of.get(first.group()) != stage):
            return False  # a rate of the whole (初中阶段毛入学率), or another stage's figure: not the topic's part
        return bool(self.re_sub_entity.search(self.text, start, first.start())
                    or self.re_subset.search(self.text, start, first.start()))

    def _stage_part_of_a_mix(self, start: int, cs: int, names, outside) -> str | None:
        """The stage a 其中 clause names when what it breaks down is several stages (普通中学…,其中高中招生0.42万人,在校生
        1.21万人): the names after it, up to `cs`, are that stage's, when every stage word before the 其中 is such a mix
        and none is named after it but the one."""
        qi = self.text.rfind("其中", start, cs)
        if qi < 0:
            return None
        m = self.v.tokens.match(self.text, re.compile(r"[ :,]*").match(self.text, qi + 2, cs).end())  # 其中:高中…
        if m is None or m.group() not in self.v.stage_of:
            return None
        found = [t for t in self.v.tokens.finditer(self.text, start, cs) if outside(t.start())
                 and not any(n[1] <= t.start() < n[2] for n in names)]
        before = [t.group() for t in found if t.start() < qi]
        after = {t.group() for t in found if t.start() > qi}
        if not before or not all(t in self.v.mixed for t in before) or after != {m.group()} \
                or any(n[3] for n in names if qi < n[1] < cs):
            return None
        figure = next(iter(self._figures(m.end(), cs)), None)
        if figure is None or not re.match(r"[\u4e00-\u9fff]{2}", self.text[m.end():figure.start]):
            return None  # 其中高中1.21万人,专任教师…: a part listed, its clause no topic of what follows
        return self.v.stage_of[m.group()]

    def _parts_of_a_total(self, a: int, b: int, leads: tuple[str, ...] = ("其中",), unread: bool = False) -> bool:
        """Whether every stage named in a..b stands after the first of `leads` (其中; 包括 too) that breaks down a
        stage-less figure read before it (在校生80847人,其中小学33304人;初中36208人) — or, `unread`, one no indicator names (教职工4303人,
        包括:中学…): the stages are that total's parts, no topic of what follows."""
        parts = min((at for at in (self.text.find(w, a, b) for w in leads) if at >= 0), default=-1)
        return parts >= 0 and not self.v.tokens.search(self.text, a, parts) \
            and (any(p.stage is None and p.value is not None and a <= p.figure[0] < parts for p in self.facts)
                 or (unread and any(u.reason == "no_indicator" and a <= u.start < parts for u in self.unattached)))

    def _listed_before(self, pos: int, stage: str) -> bool:
        """Whether the stage word at `pos` (of `stage`) ends a list of stages (小学、初中…, 小学和初中…, 小学初中…);
        the same stage twice (学前教育在园幼儿) is one stage."""
        m = re.search(rf"({self.v.tokens.pattern})\s*(?:、|和|及|与|/|,)?\s*$", self.text[self.sentence_start:pos])
        return m is not None and self.v.stage_of.get(m.group(1)) not in (None, stage)

    def _sentence_stage(self, start: int, cs: int, names, groups, indicator: str) -> tuple[str | None, str | None]:
        """The stage a name without one takes from its sentence (the stages named before it: one
        stage, or unclear), else from the titles of its sections (三、高中阶段教育): (stage, why not)."""
        outside = lambda p: not any(a <= p < b for a, b in groups)  # noqa: E731
        tokens = [m.group() for m in self.v.tokens.finditer(self.text, start, cs)
                  if outside(m.start()) and not any(n[1] <= m.start() < n[2] for n in names)]
        stages = {n[3] for n in names if start <= n[1] < cs and n[3] and outside(n[1])}
        if (tokens or stages) and self.re_school.search(self.text, start, cs):
            return None, "named_school"  # 城关镇中心小学…,专任教师65人: the school's, not the stage's
        school = self.re_school.search(self.text, start, cs) if not (tokens or stages) else None
        if school is not None and not self.re_scope_whole.search(
                self.text, school.end(), min((n[1] for n in names if n[1] >= cs), default=cs) + 1):
            return None, "named_school"  # 桐溪一中有教学班60个,在校生3000人: the school's, not the entity's (stop 36)
        first = next((m.start() for m in self.v.tokens.finditer(self.text, start, cs) if outside(m.start())), cs)
        whole = any(all(w in self.text[start:cs] for w in pair) for pair in self.v["complementary_parts"])
        if (tokens or stages) and not whole and (self.re_sub_entity.search(self.text, start, first)
                                                 or self.re_subset.search(self.text, start, first)):
            return None, "subset"  # 城关镇有小学5所,在校生2100人 / 其中城区小学8所,在校生…: the topic is a part
        if (tokens or stages) and any(p.stage is None and p.value is not None and start <= p.figure[0] < first
                                      for p in self.facts):
            return None, "stage_unclear"  # 全县有学校45所,其中学前教育机构12所,在校生…: a part of a total, not the topic
        part = self._stage_part_of_a_mix(start, cs, names, outside)
        if part is not None:
            return part, None  # 普通中学招生…,在校生…,其中高中招生0.42万人,在校生1.21万人: the 其中 part's stage (stop 36)
        if tokens or stages:
            if tokens and tokens[-1] in self.v["stage_kinds"]:
                return None, "subset"  # 中等专业学校2所: one kind of the stage's schools, not the stage's (鄂州 2011)
            if any(t in self.v.mixed for t in tokens):
                whole = tokens[-1] in self.v["mixed_totals"].get(indicator, ()) and not stages
                return None, None if whole else "mixed_stage"
            if any(t in self.v.other_levels for t in tokens):
                return None, "not_a_stage"
            stages |= {self.v.stage_of[t] for t in tokens}
            return (stages.pop(), None) if len(stages) == 1 else (None, "stage_unclear")
        enclosing = self._enclosing_stages(start)
        if enclosing is not None:  # 初中教职工2150人(专任教师2075人): the part takes the stage of its clause
            return enclosing
        wide = self._continued_from(start)
        named = min((n[1] for n in names if n[1] >= cs), default=cs)
        if wide < start and self.re_scope_whole.search(self.text, start, named) and self._parts_of_a_total(wide, start):
            return None, None  # 在校生80847人,其中小学33304人;初中36208人;…,全县教职工总数6286人,其中专任教师4603人: the
            # stages broke another total down; a name after the entity's whole named again is the whole's (stop 36)
        typed = self._types_of_a_stage(wide, start) if wide < start else None
        if typed is not None:
            return typed, None  # 全市共有初中57所,其中初级中学41所,九年一贯制学校16所;在校生73945人: the stage whose school
            # types the 其中 listed (包头 2024)
        if wide < start:  # …教职工131554人;专任教师141962人: the stage of the sentence the part continues
            asides = [m.span() for m in re.finditer(r"\([^()]*\)", self.text[wide:start])]  # (含…高等教育机构)
            tokens = [m.group() for m in self.v.tokens.finditer(self.text, wide, start)
                      if not any(n[1] <= m.start() < n[2] for n in self._names(wide, start))
                      and not any(a <= m.start() - wide < b for a, b in asides)]
            stages = {n[3] for n in self._names(wide, start) if n[3]
                      and not any(a <= n[1] - wide < b for a, b in asides)}  # 在校生(含在园幼儿)…;专任教师: no stage (stop 35)
            if tokens or stages:
                if any(t in self.v.mixed or t in self.v.other_levels for t in tokens):
                    return None, "mixed_stage" if any(t in self.v.mixed for t in tokens) else "not_a_stage"
                stages |= {self.v.stage_of[t] for t in tokens}
                if self.re_scope_whole.search(self.text, start, named):
                    return None, "stage_unclear"  # 全县小学在校生3万人;全县专任教师3000人: the county's, or its primary
                    # schools'? As for a sentence after a stage's (below)
                return (stages.pop(), None) if len(stages) == 1 else (None, "stage_unclear")
        topic = self._previous_topic(start)
        if topic is not None and self.re_scope_whole.search(self.text, start, named):
            # a sentence naming the entity's whole before its name continues a stage topic only as a doubt: …幼儿园减少47所。
            # 截至…数据显示,全市共有各级各类学校1418所 is a total by its own words (stop 35, 厦门 2023); 全县共有小学52所…。
            # 全县有专任教师1812人: the county's, or its primary schools'? (h-review35a)
            topic = None if topic[0] is None or _TOTAL_WORDS.search(self.text, start, named + 8) else (None, "stage_unclear")
        if topic is not None:
            return topic
        for level in sorted(self.titles, reverse=True):
            span = self.titles[level]
            if span is None:
                continue
            found = [m.group() for m in self.v.tokens.finditer(self.text, *span)
                     if not any(n[1] <= m.start() < n[2] for n in self._names(*span))]
            if not found and level == LEAD_IN and len(named := {n[3] for n in self._names(*span)}) == 1 \
                    and None not in named:
                return named.pop(), None  # 在园幼儿 / 26418人: the stage of a label's one name (h-review34b)
            if not found:
                continue
            if any(t in self.v.mixed for t in found):
                return None, "mixed_stage"
            if any(t in self.v.other_levels for t in found):
                return None, "not_a_stage"
            stages = {self.v.stage_of[t] for t in found}
            # a title listing stages, one of them inside a name (普通小学、普通初中生均…): no one stage
            stages |= {self.v.stage_of[m.group()] for m in self.v.tokens.finditer(self.text, *span)
                       if m.group() in self.v.stage_of}
            return (stages.pop(), None) if len(stages) == 1 else (None, "stage_unclear")
        return None, None

    def _stage_subject(self, head: int, fig: _Figure, context, parent, names, groups, line, carry=None, cs=None):
        """A clause without a name: a stage at its head, followed by the figure, takes the section's
        indicator (or, inside a total's parentheses, the total's; after 其中, the sentence's subject:
        在校中小学生5406人,其中小学2745人; or a stage count such as 小学19所). A stage that ends a list
        of stages (中小学、幼儿园45所) shares its figure with them: the figure is several stages' total."""
        m = self.v.tokens.match(self.text, head, fig.start)
        if m is None or m.group() not in self.v.stage_of:
            return None, head
        listed = cs is not None and cs > self.sentence_start and self.text[cs - 1] in "、和及与" \
            and re.search(f"(?:{self.v.tokens.pattern})$", self.text[self.sentence_start:cs - 1]) is not None
        stage = self.v.stage_of[m.group()]
        after = m.end()
        word = self.re_context_word.match(self._gap(after, fig.start, groups))
        if word and context is not None and parent is None:  # 幼儿园生均支出13248.56元 under its lead-in
            after = self.text.index(word.group(), after) + len(word.group())
        role = self._role(self._gap(after, fig.start, groups))
        if role[0] != "value":
            return None, head
        indicator = parent.indicator if parent is not None else carry or context
        if indicator is not None and parent is None and fig.unit in self.v["stage_counts"] \
                and self.v["stage_counts"][fig.unit] != indicator:
            indicator = None  # 在校学生…,其中:…。职业中学一所; 专任教师61.3万名,普通小学1.2万所: a count of schools
        if indicator is None and role[1][0] == "year" and not self._gap(m.end(), fig.start, groups).startswith("本年") \
                and self._only_counts_before(cs if listed else m.start()):
            indicator = self.v["stage_counts"].get(fig.unit)
        if indicator is None:
            return None, head
        if listed:
            return _Subject(indicator, None, head, "mixed_stage"), after
        if m.group() in self.v["stage_kinds"]:
            return _Subject(indicator, stage, head, "subset"), after  # 中等专业学校2所: one kind's (鄂州 2011)
        spec = dictionary()[indicator]
        blocked = None if spec.allows_stage(stage) else "stage_not_allowed"
        return _Subject(indicator, stage, head, blocked), after

    def _count_then_stage(self, fig: _Figure, gap: str, end: int) -> tuple[_Subject, int] | None:
        """A count of schools written before its stage (全县共有29所小学, 60所小学、22所初中, 29所小学和8所初中): that
        stage's count, with where its words end, when the sentence before only counts (`count_context`) and the list
        of such counts ends its clause (3所小学、2所初中达到省级标准: some schools, not the stage's count) (h-extract8)."""
        indicator = self.v["stage_counts"].get(fig.unit or "")
        m = self.v.tokens.match(self.text, fig.end)
        if indicator is None or m is None or m.group() not in self.v.stage_of:
            return None
        count = rf"\d+\s*(?:{'|'.join(map(re.escape, self.v['stage_counts']))})(?:{self.v.tokens.pattern})"
        joiner = r"[和及与、,]"  # a comma too: 有3所小学,2所初中被评为… is one list, and what follows it decides (review 31b)
        if not (self._role(gap)[0] == "value" or re.fullmatch(rf"(?:{self.v.tokens.pattern}){joiner}", gap)):
            return None
        run = re.match(rf"(?:\s*{joiner}\s*{count})*", self.text[m.end():end])
        if not re.match(r"\s*(?:[,;。:]|$)", self.text[m.end() + run.end():end]):
            return None
        start = self.sentence_start
        before = self.text[start:fig.start]
        before = re.sub(rf"(?:{count}\s*{joiner}\s*)+$", "", before)  # the counts listed before this one
        # the whole sentence before only counts: an opening clause without a figure (通过…验收的学校中,有29所小学) is
        # not skipped here, as it is for a stage named first
        if not self._only_counts_before(start + len(before), allow_opening=False):
            return None
        stage = self.v.stage_of[m.group()]
        blocked = None if dictionary()[indicator].allows_stage(stage) else "stage_not_allowed"
        return _Subject(indicator, stage, fig.start, blocked), m.end()

    def _unknown_kind_counted(self, start: int, cs: int, n_start: int) -> bool:
        """Whether the sentence before `cs` counted a kind of school the reader does not know (全县有工读学校1所,在校生120人):
        a stage-less count after it is that kind's, never the entity's total — unless the entity names itself again
        before the name at `n_start` (…,其中省级示范学校3所,全县在校生36210人: the county's own pupils)."""
        return any(u.reason == "no_indicator" and start <= u.start < cs and re.search(r"\d\s*万?所$", u.figure)
                   and not self.v.tokens.search(self.text, u.start, min(u.end, cs))  # 区属21所中小学校: a known mix
                   and not self.re_scope_whole.search(self.text, u.end, n_start)
                   for u in self.unattached)

    def _enclosing_stages(self, start: int) -> tuple[str | None, str | None] | None:
        """A parenthesis's sentence (starting at `start`, right after its `(`) holding no stage of its own is a part of
        the clause the parenthesis stands in (初中教职工2150人(专任教师2075人)): that clause's one stage, `mixed_stage`
        for a mix (中小学教职工…(专任教师…)), `stage_unclear` for several; None when not in a parenthesis or the clause
        names no stage."""
        if start < 1 or self.text[start - 1] != "(" or start - 1 <= self.sentence_start:
            return None
        before = self.text[self.sentence_start:start - 1]
        depth, cut = 0, 0
        for i, ch in enumerate(before):  # the clause at depth 0 the parenthesis closes
            depth += ch == "("
            depth -= ch == ")" and depth > 0
            # at 、 only after a figure or a parenthesis (…4298人(…)、初中…), never inside a list (小学、初中教职工)
            if depth == 0 and (ch in ",;:" or (ch == "、" and re.search(r"(?:\d[^\d、,]{0,3}|\))$", before[:i]))):
                cut = i + 1
        a, b = self.sentence_start + cut, start - 1
        names = self._names(a, b)
        asides = [m.span() for m in re.finditer(r"\([^()]*\)", self.text[a:b])]
        found = [m.group() for m in self.v.tokens.finditer(self.text, a, b)
                 if not any(n[1] <= m.start() < n[2] for n in names)
                 and not any(x <= m.start() - a < y for x, y in asides)]
        stages = {n[3] for n in names if n[3]}
        if not found and not stages:
            return None
        if any(t in self.v.mixed for t in found):
            return None, "mixed_stage"
        if any(t in self.v.other_levels for t in found):
            return None, "not_a_stage"
        stages |= {self.v.stage_of[t] for t in found}
        return (stages.pop(), None) if len(stages) == 1 else (None, "stage_unclear")

    def _continued_from(self, start: int) -> int:
        """Where the sentence a part starting at `start` belongs to begins: a part after ; continues the
        sentence before it, and so does a line after one ending in a comma (a page that broke a sentence
        in two: …普通高中384所,比上年增加5所, / 招生…,在校生577281人) — back to the last 。 or colon."""
        pos = start
        while True:
            back = pos
            while back > 0 and self.text[back - 1] in " \t\n\u3000":
                back -= 1
            if back == 0 or self.text[back - 1] not in ";," or (self.text[back - 1] == "," and "\n" not in self.text[back:pos]):
                return pos
            at = max(self.text.rfind(c, 0, back - 1) for c in "。:;\n")
            while at >= 0 and self.text[at] == "\n" and self.text[:at].rstrip(" \t\n\u3000")[-1:] == ",":
                at = max(self.text.rfind(c, 0, at) for c in "。:;\n")  # the line before ended in a comma too
            pos = at + 1

    def _only_counts_before(self, pos: int, allow_opening: bool = True) -> bool:
        """Whether the sentence before `pos` only names places, years, stages and school counts (after an opening clause
        stating no figure, unless `allow_opening` is False)."""
        allowed = "|".join([words("count_context"), words("scope_words"), words("scope_parts"), self.v.tokens.pattern,
                            *self.own_alts,
                            _YEAR.pattern, r"\d+(?:\.\d+)?万?(?:所|个班)", r"\d{1,2}月(?:\d{1,2}日)?", r"[,、:()\s]"])
        before = re.sub(r"\([^()]*\)", "", self.text[self.sentence_start:pos])  # (含教学点12个): an aside
        # a reporter's source before the figures (记者从…公报了解到, 2017年全省共有普通小学6172所): not the count's words
        lead = list(re.finditer(rf"(?:{words('report_leads')})[,:\s]", before))
        before = before[lead[-1].end():] if lead else before
        # a sentence opening with a clause that states no figure (普通高中平稳发展,2021年,全省普通高中738所): the count
        # starts after it; a clause with a figure (撤并…88所,其中初中38所) still decides
        opening = re.match(r"(?:[^,\d]*[^,\d\s][^,\d]*,)+", before)
        if opening and allow_opening and not self.re_flow.search(opening.group()):
            before = before[opening.end():]
        return re.fullmatch(f"(?:{allowed})*", before) is not None

    def _stage_after_name(self, subject: _Subject | None, gap: str) -> _Subject | None:
        """A stage between a name without one and its figure (生均公用经费小学为800元): that stage's."""
        if subject is None or subject.stage is not None or subject.blocked not in (None, "no_stage", "mixed_stage") \
                or subject.indicator is None:
            return None
        m = self.v.tokens.fullmatch(gap) or re.fullmatch(rf"({self.v.tokens.pattern})(?:{words('fillers')})", gap)
        word = m.group(1) if m and m.groups() else m.group() if m else None
        stage = self.v.stage_of.get(word) if word else None
        if stage is None or not dictionary()[subject.indicator].allows_stage(stage):
            return None
        return _Subject(subject.indicator, stage, subject.start, phrase=subject.phrase, name_start=subject.name_start)

    @staticmethod
    def _parallel(subject: _Subject | None, fig: _Figure) -> str | None:
        """The indicator a clause led by another stage takes from a staged subject before it, in the same unit
        (全县小学生均公用经费为800元,初中为1000元: junior's; not 初中18所 after pupils: a count of schools)."""
        if subject is None or subject.stage is None or subject.blocked or not subject.facts:
            return None
        last = subject.facts[-1]
        same = last is not None and (last.unit == fig.unit or (not last.unit and fig.unit == "bare"))  # a CV: no unit
        return subject.indicator if same else None

    @staticmethod
    def _carried(carry: _Subject | None, in_parts: bool) -> str | None:
        """The indicator stage-led clauses take from the sentence's subject: after 其中 (在校生5406人,其中
        小学2745人), or when the subject's own figure came first (专任教师3456人,小学1650人,初中980人)."""
        if carry is None or not (in_parts or carry.facts or carry.alone or carry.blocked in ("mixed_stage", "total")):
            return None
        return carry.indicator

    def _types_counted_above(self, start: int, end: int, made: list[Proposed]) -> None:
        """A stage's school count beside school types the statistics count under that stage (…,完全中学5所,…普通初中9
        所): one type's count, not the stage's (extract.yaml `counted_above`)."""
        said = re.sub(r"\([^()]*\)", "", self.text[start:end])  # (含九年一贯制学校109所): counted in, not beside
        stages = {st for kind, covered in self.v["counted_above"].items() if kind in said for st in covered}
        for fact in [p for p in made if p.indicator == "schools" and p.stage in stages and p in self.facts]:
            if self._types_within(fact, end):
                continue  # 初中57所,其中初级中学41所,九年一贯制学校16所: the types break the stage's count down (包头 2024)
            self.facts.remove(fact)
            self.unattached.append(Unattached(self.f.quote(*fact.figure), fact.locator, fact.start, fact.end,
                                              "stage_unclear"))

    def _types_within(self, fact: Proposed, end: int) -> bool:
        """Whether the school types counted under `fact`'s stage stand only in the 其中 list right after its figure (初中57
        所,其中初级中学41所,九年一贯制学校16所): its parts, the stage's count theirs together — every part the stage's own word
        or a type counted under it, the parts together no more than the count (h-review37b: 其中初级中学11所,九年一贯制学校8所
        under 初中17所, or 完全中学 and 九年一贯制 under 普通高中, are not)."""
        after = re.match(r"\s*,\s*其中\s*:?", self.text[fact.figure[1]:end])
        kinds = [k for k, covered in self.v["counted_above"].items() if fact.stage in covered]
        before = re.sub(r"\([^()]*\)", "", self.text[self.sentence_start:fact.figure[1]])
        if after is None or any(k in before for k in kinds):
            return False
        stop = min([i for i in (self.text.find(c, fact.figure[1], end) for c in "。;\n") if i >= 0] or [end])
        parts = []
        for word, n in re.findall(rf"({self.v.tokens.pattern})[^\d,、;。]{{0,4}}?(\d+)所", self.text[fact.figure[1] + after.end():stop]):
            if self.v.stage_of.get(word) == fact.stage or any(word.startswith(k) for k in kinds):
                parts.append((word, n))
            elif self.v.stage_of.get(word) is not None:
                break  # 高中5所,其中完全中学3所,初中17所…: another stage's count, the list ended
            else:
                return False  # 普通高中5所,其中…九年一贯制学校2所: a type counted under another stage
        if not parts:
            return False
        try:
            return sum(int(n) for _, n in parts) <= int(fact.value)  # parts within it, never more than it
        except ValueError:
            return False

    def _types_of_a_stage(self, a: int, b: int) -> str | None:
        """The stage of a school count in a..b broken down right after its figure by a 其中 list of nothing but that stage's
        school types (初中57所,其中初级中学41所,九年一贯制学校16所: 初级中学 the stage's own word, 九年一贯制 counted under it,
        extract.yaml `counted_above`), every stage word in a..b before the list that stage's; else None."""
        counts = [p for p in self.facts if p.indicator == "schools" and p.stage and a <= p.figure[0] < b]
        if not counts:
            return None
        fact = counts[-1]
        if not self._types_within(fact, b):
            return None
        if any(self.v.stage_of.get(m.group()) != fact.stage for m in self.v.tokens.finditer(self.text, a, fact.figure[0])):
            return None  # 全县有小学20所,初中9所,其中…: another stage named before the count
        return fact.stage
