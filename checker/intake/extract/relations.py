"""Figures a sentence relates to its subject in other ways than "name, figure": lists of names
sharing out figures (lists.py), a change stated without its figure (the dictionary's computed growth
rate of it), a part's share of the whole (普惠性幼儿园在园幼儿…占总数的X%), and the entity's own figure
after a standard's (国家要求…达到85%,我县为83.1%). A mixin of the Extractor (figures.py)."""

from __future__ import annotations

import re

from checker.intake.extract.items import Proposed, _Figure, _Subject
from checker.intake.extract.lists import enumerations, respectively, several_years_before, stage_enumeration, years_respectively
from checker.intake.extract.outline import Line
from checker.intake.extract.vocab import words
from checker.intake.indicators import dictionary


class Relations:
    def _shared_out(self, names, figures, clauses, groups, start: int, line: Line, context: str | None = None):
        """Read the lists of names that share out figures (lists.py); the names and figures left. Under a lead-in
        naming the quantity (`context`), stages listed then 分别 (其中小学、初中分别为…) are that quantity's."""
        used_names, used_figs = set(), set()
        counted = None
        if context is None and not names:  # 全县幼儿园、小学、初中分别有58所、48所、16所: a counting sentence's stages
            listed = re.search(rf"(?:{self.v.tokens.pattern})(?:(?:、|和|及|与)(?:{self.v.tokens.pattern}))+(?=分别(?:有|为|是)?\s*\d)",
                               self.text[start:start + 80].split("。")[0])
            units = {f.unit for f in figures if listed and f.start > start + listed.end()}
            # the counts end their clause (…分别有61所、45所、17所。): words after them (分别有12所、8所达到省级标准, …被撤并,
            # …完成改扩建) say which schools they are, never all of them
            ended = listed and re.match(r"分别(?:有|为|是)?(?:\s*\d+(?:\.\d+)?\s*万?所\s*(?:、|和|及|与)?)+(?=$|[,;。\n])",
                                        self.text[start + listed.end():start + listed.end() + 80])
            if ended and len(units) == 1 and units <= set(self.v["stage_counts"]) \
                    and self._only_counts_before(start + listed.start()):
                counted = self.v["stage_counts"][units.pop()]
        if (context is not None or counted is not None) and not names:
            listed = re.search(rf"(?:{self.v.tokens.pattern})(?:(?:、|和|及|与)(?:{self.v.tokens.pattern}))+(?=分别)",
                               self.text[start:start + 80].split("。")[0])
            if listed:  # a stand-in name at the end of the list, of the lead-in's quantity (or the count's)
                at = start + listed.end()
                names = [(context or counted, at, at, None)]
                kept, rest = self._shared_out(names, figures, clauses, groups, start, line)
                return ([], rest) if not kept else ([], figures)
        for share in enumerations(self.text, names, figures):
            first = names[share.names[0]][1]
            made = []
            for i, k in zip(share.names, share.figures):
                name, fig = names[i], figures[k]
                cs, ce = next((a, b) for a, b in clauses if a <= name[1] < b or a <= name[1] <= b)
                subject = self._name_subject(name, cs, start, names, groups)
                subject.start = first
                if several_years_before(self.text, start, first):
                    subject.blocked = "year_unclear"  # 2021年、2022年…毛入园率、…巩固率分别为…
                made.append(self._figure(subject, fig, "", line, first, share.end, True))
            used_names.update(share.names)
            for k, f in enumerate(figures):  # a member naming no indicator (…、高等教育毛入学率): its figure listed
                if first <= f.start < share.end and k not in share.figures:
                    self._skip(f, line, first, share.end, "no_indicator", True)
            used_figs.update(k for k, f in enumerate(figures) if first <= f.start < share.end)
            used_figs.update(self._changes_respectively(made, share.end, figures, line))
        for i, name in enumerate(names):  # 小学、初中专任教师分别为2100人、1300人
            found = None if i in used_names else stage_enumeration(self.text, start, name, self.v.tokens, figures)
            if found is None or any(k in used_figs for k in found[1]):
                continue
            words_, chosen, first = found
            cs = max(a for a, _ in clauses if a <= first)
            before = self.text[self.re_scope.match(self.text, start, first).end():name[1]]
            part = "flow" if self.re_flow.search(before) else "subset" if self.re_subset.search(before) else None
            spec = dictionary()[name[0]]
            made = []
            if several_years_before(self.text, start, first):
                part = "year_unclear"  # 2021年、2022年全县小学、初中在校生分别为…: years and stages, which is which?
            for word, k in zip(words_, chosen):
                stage = self.v.stage_of.get(word)
                why = part or ("mixed_stage" if stage is None else None if spec.allows_stage(stage) else "stage_not_allowed")
                made.append(self._figure(_Subject(name[0], stage, first, why), figures[k], "", line, cs,
                                         figures[chosen[-1]].end, True))
            used_names.add(i)
            used_figs.update(found[1])
            used_figs.update(self._changes_respectively(made, figures[chosen[-1]].end, figures, line))
        for i, name in enumerate(names):  # 有幼儿园68所、小学56所…,在校生分别为12345人、25620人…: the stages listed before
            if i in used_names or name[3] is not None:
                continue
            found = self._stages_listed_earlier(start, name, figures)
            if found is None or any(k in used_figs for k in found[1]):
                continue
            stages, chosen = found
            cs = max(a for a, _ in clauses if a <= name[1])
            before = self.text[cs:name[1]]  # 招生分别为…, 其中民办学校在校生分别为…: a flow, a part
            part = "flow" if self.re_flow.search(before) else "subset" if self.re_subset.search(before) else None
            made = []
            for stage, k in zip(stages, chosen):
                spec = dictionary()[name[0]]
                why = part or (None if spec.allows_stage(stage) else "stage_not_allowed")
                made.append(self._figure(_Subject(name[0], stage, cs, why),
                                         figures[k], "", line, cs, figures[chosen[-1]].end, True))
            used_names.add(i)
            used_figs.update(chosen)
            used_figs.update(self._changes_respectively(made, figures[chosen[-1]].end, figures, line))
        for i, name in enumerate(names):  # 2021年、2022年全县一般公共预算教育支出分别为4.9亿元、5.2亿元
            if i in used_names:
                continue
            found = years_respectively(self.text, start, name, figures)
            if found is None or any(k in used_figs for k in found[1]):
                continue
            years, chosen, span = found
            cs = max(a for a, _ in clauses if a <= name[1])
            end = figures[chosen[-1]].end
            self.listed_years = span  # the list of years is not a span of years summed (multi_year)
            for year, k in zip(years, chosen):
                subject = self._name_subject(name, cs, start, names, groups)
                subject.start = span[0]
                if subject.blocked:
                    self._skip(figures[k], line, cs, end, subject.blocked, True)
                else:
                    self._value(subject, figures[k], line, span[0], end, None, ("year", year))
            self.listed_years = (0, 0)
            used_names.add(i)
            used_figs.update(chosen)
        return ([n for i, n in enumerate(names) if i not in used_names],
                [f for k, f in enumerate(figures) if k not in used_figs])

    def _continued_subject(self, start: int, line: Line, names, clauses) -> tuple[_Subject | None, _Subject | None]:
        """A sentence whose first clause names nothing continues the subject of the sentence before it
        (subject, carry): its parts after 其中 (专任教师3012人。其中:幼儿园520人,小学1520人: the teachers'
        stages), another stage in the same unit (小学生均…12345.6元;初中15678.9元), the same quantity the
        year before or another year it names (在校生45678人;上年为45135人; …5.8亿元。2021年为5.5亿元), or its change (…5.2亿元。同比增长3.2%). Only on the same line, or for 其中 the next line."""
        prev = self.previous
        if prev is None or any(clauses[0][0] <= n[1] < clauses[0][1] for n in names):
            return None, None
        at, subject, carry, lead = prev
        head = self.text[start:clauses[0][1]].lstrip(" \t:,")
        if head.startswith("其中") or lead:
            owner = carry if carry is not None and carry.facts and not carry.blocked else \
                subject if subject is not None and subject.stage is None and subject.facts and not subject.blocked else None
            figure = next(iter(self._figures(start, self.text.find("。", start) % (len(self.text) + 1))), None)
            last = owner.facts[-1] if owner is not None else None
            if owner is None and carry is not None and carry.blocked == "mixed_stage" and not carry.facts \
                    and figure is not None and self._counts_in(carry.indicator, figure.unit):
                # 基础教育在校学生24025人(…),比上年减少1461人。其中:幼儿园4033人: the stages of a total several stages
                # make (its own figure listed `mixed_stage`), as within one sentence (stages.py `_carried`)
                self.from_lead = lead
                return None, carry
            if last is None or figure is None or figure.unit != last.unit:
                return None, None  # 巩固率99.74%。其中,小学共717所: not parts of the rate
            self.from_lead = lead  # 其中: on a line of its own, then a part a line (幼儿园520人; / 小学1520人;)
            return None, owner
        if at != line.start or subject is None or subject.blocked or not subject.facts or subject.facts[-1] is None:
            return None, None
        figure = next(iter(self._figures(start, clauses[0][1])), None)
        if figure is None:
            return None, None
        gap = self._gap(start, figure.start, [])
        stage = self.v.tokens.match(gap)
        staged = stage is not None and stage.group() in self.v.stage_of  # the gap opens with a stage (not 义务教育)
        if staged and subject.stage is not None:
            return subject, None  # 初中15678.9元: another stage of the subject (_parallel: the same unit)
        if staged and figure.unit == subject.facts[-1].unit and not subject.alone:
            return None, subject  # 全县在校生45678人。小学25620人,初中13145人: the total's stages
        role = self._role(gap)
        if (role[0] == "value" and (role[1][0] == "prior" or role[1][1] is not None)) or role[0] == "change":
            return subject, None  # 上年为45135人: the subject the year before; 同比增长3.2%: its change
        return None, None

    def _counts_in(self, indicator: str, unit: str | None) -> bool:
        """Whether a figure in `unit` can be a count of `indicator` (人 for pupils, never 所): its count kind."""
        spec = dictionary()[indicator]
        return spec.family == "count" and any(spec.unit in k and unit in k for k in self.v["count_kinds"])

    def _stages_listed_earlier(self, start: int, name, figures) -> tuple[list[str], list[int]] | None:
        """A stage-less name followed by 分别 and one figure per stage listed earlier in its sentence, each stage once
        and nothing else (有幼儿园68所、小学56所、初中18所,在校生分别为12345人、25620人、13145人): (the stages in order,
        the figures' indices), or None."""
        m = re.compile(r"(?:的)?(?:人数|数)?\s*分别(?:为|是|达到|达)?").match(self.text, name[2])
        if m is None:
            return None
        groups = [g.span() for g in re.finditer(r"\([^()]*\)", self.text[start:name[1]])]
        words_ = [t for t in self.v.tokens.finditer(self.text, start, name[1])
                  if not any(a <= t.start() - start < b for a, b in groups)]
        stages = [self.v.stage_of.get(t.group()) for t in words_]
        if len(stages) < 2 or None in stages or len(set(stages)) != len(stages):
            return None  # a mix (义务教育), another level, a stage twice: not a list the figures follow
        chosen = respectively(self.text, m.end(), figures, len(stages))
        return None if chosen is None else (stages, chosen)

    def _changes_respectively(self, made: list, end: int, figures, line: Line, tail: bool = False) -> set[int]:
        """After figures shared out respectively, `比上年分别增长a%、b%…` states each one's change, in
        order, when there is one rate per figure and every figure was attached; the rates' indices. With
        `tail`, the figures are the sentence's last facts, one quantity of as many stages as there are rates
        (小学…为A元,初中为B元,分别比上年增长a%和b%)."""
        m = re.compile(rf"\s*[,,]?(?:{words('change_prefixes')})*分别(?:{words('change_prefixes')})*(?:(?P<up>{words('rise_verbs')})|"
                       rf"(?P<down>{words('fall_verbs')}))了?(?:为|达)?").match(self.text, end)
        if m is None:
            return set()
        if tail:
            count = len(made)
            while count >= 2 and respectively(self.text, m.end(), figures, count) is None:
                count -= 1
            made = made[-count:]
            if count < 2 or len({(p.indicator, p.period) for p in made}) != 1 \
                    or len({p.stage for p in made}) != count or "change_pct" in made[0].stated:
                return set()
        rates = respectively(self.text, m.end(), figures, len(made))
        if rates is None:
            return set()
        for fact, k in zip(made, rates):
            number = figures[k].number
            if fact is None or figures[k].unit != "%" or (m.group("down") and number.startswith("-")):
                for j in rates:  # one rate for a figure not attached, or a fall written -x: none is certain
                    self._skip(figures[j], line, m.start(), figures[rates[-1]].end, "phrase", True)
                return set(rates)
        for fact, k in zip(made, rates):
            number = figures[k].number
            fact.stated["change_pct"] = "-" + number if m.group("down") else number
            fact.end = max(fact.end, figures[k].end)
        return set(rates)

    def _own_clause(self, cs: int, head: int, fig: _Figure, named: bool = False) -> bool:
        """A clause that is only the entity naming itself (,我县为83.1%; by its name, when known: 其中甲县为92.5%)
        and a figure, after a clause whose figure was a standard or another entity's: the entity's own figure of
        that subject."""
        return (named or bool(self.re_scope_whole.search(self.text, cs, head))) \
            and self.re_current.match(self.text[head:fig.start].strip()) \
            is not None and bool(self.text[head:fig.start].strip()) \
            and any(u.reason in ("standard", "other_entity") and self.sentence_start <= u.start < cs
                    for u in self.unattached)

    def _growth(self, subject: _Subject, fig: _Figure, direction: str, over: int | None, line: Line, cs: int,
                ce: int) -> Proposed | None:
        """A change stated without the figure it changes (教育财政拨款比上年增长8.5%): the value of the
        indicator the dictionary computes as that figure's growth rate (`computed: {growth: …}`), for the
        year over the year before only; else unattached."""
        growth = next((key for key, spec in dictionary().items()
                       if spec.computed == ("growth", subject.indicator)), None)
        year = self._year(line, fig.start)
        if growth is None or subject.stage is not None or (over is not None and over != year - 1):
            self._skip(fig, line, cs, ce, "stated_without_value", True)
            return None
        number = self._signed(fig, direction, line, cs, ce)
        if number is None:
            return None
        rate = _Subject(growth, None, subject.start)
        return self._value(rate, _Figure(fig.start, fig.end, number, fig.unit), line, cs, ce, None, ("year", year))

    def _ratio(self, subject: _Subject, fig: _Figure, of: str | None, line: Line, cs: int, ce: int) -> Proposed | None:
        """A share stated without the figure it is of (一般公共预算教育支出占一般公共预算支出的18.2%): the value
        of the indicator the dictionary computes as the ratio of the two (`computed: {ratio: [x, y]}`), when
        the base is named and nothing else is said of it; else unattached."""
        base = self._names(cs, fig.start)
        base = [n for n in base if n[1] > (subject.name_start or subject.start)]
        rest = of or ""
        for _, a, b, _ in base:
            rest = rest.replace(self.text[a:b], "")
        rest = re.sub(words("share_base_words"), "", rest)
        if not base and rest in self.v["share_base_names"]:  # 占财政支出比例: an older name of the base, read only here
            base, rest = [(self.v["share_base_names"][rest], 0, 0, None)], ""
        ratio = next((key for key, spec in dictionary().items()
                      if len(base) == 1 and spec.computed == ("ratio", subject.indicator, base[0][0])), None)
        if ratio is None or rest or subject.stage is not None:
            self._skip(fig, line, cs, ce, "stated_without_value", True)
            return None
        return self._value(_Subject(ratio, None, subject.start), fig, line, cs, ce, None, ("year", None))

    def _signed(self, fig: _Figure, direction: str, line: Line, cs: int, ce: int) -> str | None:
        """A stated change's number with its sign: a fall (下降8.5%) negative; a fall written with a minus
        already (下降-8.5%) says two things at once and is unattached (None)."""
        if direction != "down":
            return fig.number
        if fig.number.startswith("-"):
            self._skip(fig, line, cs, ce, "phrase", True)
            return None
        return "-" + fig.number

    def _subset_share(self, subject: _Subject, of: str | None) -> _Subject | None:
        """A part of a quantity (普惠性幼儿园在园幼儿) stated as a share of the whole (占总数的, 占全县在园
        幼儿的): the indicator named by the part's words followed by a share word (…在园幼儿占比), when
        the dictionary declares one and the base is the whole of the same quantity."""
        if subject.phrase is None:
            return None
        strip = lambda t: re.sub(r"\([^)]*\)", "", t)  # noqa: E731  在园(班)幼儿
        phrase = strip(self.text[slice(*subject.phrase)])
        quantity = strip(self.text[subject.name_start:subject.phrase[1]])
        base = re.sub(f"{words('share_base_words')}|{words('whole_words')}", "", strip(of or "")).replace(quantity, "")
        staged_part = self.v.tokens.search(phrase[:len(phrase) - len(quantity)]) if phrase.endswith(quantity) else None
        if staged_part is not None and not self.v.tokens.search(quantity) and quantity not in self.v["stage_names"]:
            # 学前教育专业毕业的专任教师…: the part names its stage, its quantity does not; the base must be the whole
            # (占总数的) or that stage's quantity (占幼儿园专任教师的), never the territory's (占全县专任教师的: all stages)
            stage = self.v.stage_of.get(staged_part.group())
            whole = re.search(words("whole_words"), of or "") and not re.sub(words("whole_words"), "", strip(of or ""))
            # 总数: the total stated last of that quantity, which must be that stage's (专任教师1356人,…,占总数的)
            last = next((p for p in reversed(self.facts) if p.indicator == subject.indicator and p.start < subject.start), None)
            # …and the quantity not named again since (幼儿园专任教师1185人。中小学专任教师4175人 (refused: mixed_stage),
            # 其中…占总数的: the whole is the refused 4175, not the kindergarten total before it)
            refused = last is not None and any(n[0] == subject.indicator for n in self._names(last.end, subject.start))
            whole = whole and last is not None and last.stage == stage is not None and not refused
            own = base and self.v.stage_of.get(base) == stage is not None
            if not (whole or own):
                return None
            base = ""
        if base:
            return None
        for suffix in self.v["share_suffixes"]:
            for name in self.v.names:
                if not name.staged and name.stage is None and name.pattern.fullmatch(phrase + suffix):
                    return _Subject(name.indicator, None, subject.start)
        return None
