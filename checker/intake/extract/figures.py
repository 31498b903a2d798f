"""From a report's folded text to proposed facts, each with its locator and exact quote, and the
figures that could not be attached with certainty.

Sentence by sentence (。；：), clause by clause (，、): an indicator's name makes it the subject;
a figure after it — directly, or after 为/达 — is its value; 上年/比上年的 before a figure makes it
the year before's; 增长/下降 X% and 占比 X% are figures the county stated about the value before;
a parenthesis right after a figure holds its parts. A clause that starts with a stage and no name
takes the indicator of its section's lead-in (`…生均一般公共预算教育经费增长情况是:`). Anything
else — a figure whose name, stage, year or unit is not certain — is `Unattached`, never guessed.
A figure the county left without a unit between period labels (幼儿园上年2709.16,) takes the unit of
its list's heading (单位:元) when there is one; otherwise it is proposed with no unit, and checking
the draft refuses it at that fact until a person writes the unit the report means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.intake.extract.lists import enumerations, stage_enumeration
from checker.intake.extract.normal import Folded
from checker.intake.extract.outline import Line, outline
from checker.intake.extract.vocab import Vocabulary, vocabulary, words
from checker.intake.indicators import dictionary
from checker.intake.units import UnitError, unit_scale

_UNITS = ("个百分点|万平方米|平方米|万人次|人次|万人|万册|亿元|万元|千元|元/生|元|%|‰|人|名|所|个|班|间|台|册|m2")
_NUMBER = re.compile(rf"(?<![\d.A-Za-z/\-])(-?\d+(?:\.\d+)?)({_UNITS})?")
_CN_NUMBER = re.compile(r"(?<![一二两三四五六七八九十百千万零])([一二两三四五六七八九十百千]+)(所|个|名|人|班)")
# a figure whose unit the county left off, between period labels: 幼儿园上年2709.16,本年2845.20元
_BARE = re.compile(r"(?<=上年|本年)(\d+\.\d+)(?=,)")
# a unit heading over a table or list (单位:万元, 计量单位:元): a bare figure below it is in that unit
_UNIT_HEADING = re.compile(r"(?:计量)?单位\s*:\s*(亿元|万元|千元|元|万人|人|所|个)(?![\u4e00-\u9fff])")
# a year, or a school year (2022—2023学年, 2023-2024学年度), which is the year it begins in: the
# statistics of a school year are taken in its autumn (秋季开学), the year reports name it by
# (2023-2024学年(以下简称为2023年))
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?:年|\s*[-—–~至]\s*(?:19|20)\d\d\s*学年|\s*学年)")
_BOOK = re.compile(r"《[^》]*》")


@dataclass
class Proposed:
    indicator: str
    stage: str | None
    period: int
    value: str | None  # as written (digits folded); None for a claim
    unit: str | None
    locator: str
    start: int  # the quote's span in the folded text
    end: int
    stated: dict = field(default_factory=dict)
    scope: str | None = None  # a part of the entity (区属), as the sentence names it; None for the whole
    figure: tuple[int, int] = (0, 0)  # the figure's own span


@dataclass
class Unattached:
    figure: str
    locator: str
    start: int
    end: int
    reason: str


@dataclass
class _Figure:
    start: int
    end: int
    number: str
    unit: str | None


@dataclass
class _Subject:
    indicator: str | None
    stage: str | None
    start: int
    blocked: str | None = None  # why figures about it cannot be attached
    facts: list = field(default_factory=list)
    phrase: tuple[int, int] | None = None  # the words naming it (普惠性幼儿园在园幼儿), its name last
    name_start: int | None = None


class Extractor:
    def __init__(self, folded: Folded, period: int, skip: list[tuple[int, int]] = ()):
        self.f = folded
        self.skip = skip  # spans of the text read otherwise (tables)
        self.text = folded.text
        self.period = period
        self.v: Vocabulary = vocabulary()
        self.facts: list[Proposed] = []
        self.in_targets = False  # inside a section whose title sets targets (目标任务)
        self.sentence_start = 0
        self.unattached: list[Unattached] = []
        self.unit_heading: tuple[str, int] | None = None  # (unit, the heading depth it was met at)
        self.titles: dict[int, str] = {}  # the titles of the sections the current line is in, by level
        self.own = (0, 0)  # a clause holding the entity's own figure after a standard's (_own_clause)
        self._patterns()

    def _patterns(self) -> None:
        filler = f"(?:{words('fillers')})?"
        self.re_prior = re.compile(rf"^(?:{words('prior_labels')}){filler}$")
        self.re_current = re.compile(rf"^(?:{words('current_labels')}|{words('fillers')})?$")
        prefix = f"(?:{words('change_prefixes')})*"
        self.re_change = re.compile(rf"^{prefix}(?:(?P<up>{words('rise_verbs')})|(?P<down>{words('fall_verbs')}))了?$")
        self.re_share = re.compile(rf"^(?:{words('share_words')})(?P<of>.*?)(?:的)?(?:比例|比重)?(?:为|达到|达)?$")
        self.re_share_start = re.compile(rf"(?:{words('share_words')})")
        self.re_not_figure = re.compile(rf"(?:{words('not_figures_after')})")
        self.re_zero = re.compile(rf"(?:{words('zero_words')})(?=$|[,、;。:)])")
        self.re_breaker = re.compile("|".join(self.v["name_breakers"]))
        self.re_scope = re.compile(rf"(?:{words('scope_words')}|[:\s])*")
        self.re_flow = re.compile(words("flow_words"))
        self.re_subset = re.compile(words("subset_words"))
        self.re_standard = re.compile("|".join(self.v["standard_words"]))
        self.re_other = re.compile(words("other_entity_words"))
        self.re_context_word = re.compile(rf"^(?:{words('context_words')})")
        self.re_scope_part = re.compile(words("scope_parts"))
        self.re_scope_whole = re.compile(words("scope_whole"))
        self.re_rate_after = re.compile(rf"(?:的)?(?:{words('rate_after')})")
        self.re_scope_any = re.compile(f"{words('scope_parts')}|{words('scope_whole')}")

    # --- the document, line by line ------------------------------------------------------------

    def run(self) -> None:
        context: tuple[str | None, int] | None = None
        depth = 0
        titles: dict[int, str] = {}
        for line in outline(self.text):
            if any(a <= line.start <= b for a, b in self.skip):
                continue  # a table's row: read as a grid (grids.py)
            if line.level is not None:
                depth = line.level
                if self.unit_heading and line.level <= self.unit_heading[1]:
                    self.unit_heading = None  # its section is over
                titles = {k: v for k, v in titles.items() if k < line.level}
                titles[line.level] = self.text[line.body:line.end][:self.v["title_max_chars"]]
                self.in_targets = any(w in title for title in titles.values() for w in self.v["target_words"])
                if context and line.level <= context[1]:
                    context = None
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
                if is_title or run_on:  # a title naming its section's subject (or nothing: no subject)
                    body_names = {n[0] for n in self._names(line.body, title_end)}
                    context = (body_names.pop() if len(body_names) == 1 else None, line.level)
            heading = _UNIT_HEADING.search(self.text, line.start, line.end)
            if heading:
                self.unit_heading = (heading.group(1), line.level or depth)
            for start, end, lead_in in self._sentences(line.body, line.end):
                said = self.text[start:end].strip()
                if not lead_in and said.endswith(tuple(self.v["lead_in_ends"])) and not self._figures(start, end) \
                        and len(said) <= self.v["title_max_chars"]:
                    lead_in = True  # 各级教育生均一般公共预算公用经费增长情况。幼儿园为…: a lead-in without a colon
                if lead_in:
                    found = {n[0] for n in self._names(start, end)}
                    context = (found.pop() if len(found) == 1 else None, depth)
                self._sentence(start, end, line, context[0] if context else None)
                self._unclear_scopes(line)

    def _sentences(self, start: int, end: int):
        """(start, end, ends_with_colon) for each sentence of a line, split at 。; and at a colon
        outside parentheses (a lead-in). Not at ? or !: scraped pages put ? where a character broke."""
        level, s = 0, start
        for i in range(start, end):
            ch = self.text[i]
            level += ch == "("
            level -= ch == ")" and level > 0
            if ch in "。;" or (ch == ":" and level == 0):
                yield s, i, ch == ":"
                s = i + 1
        if s < end:
            yield s, end, False

    # --- tokens ----------------------------------------------------------------------------------

    def _names(self, start: int, end: int) -> list[tuple[str, int, int, str | None]]:
        """Indicator names in text[start:end]: (indicator, start, end, stage), longest first."""
        found = []
        books = [m.span() for m in _BOOK.finditer(self.text, start, end)]  # names in titles are not names
        for name in self.v.names:
            for m in name.pattern.finditer(self.text, start, end):
                if any(a <= m.start() < b for a, b in books) or self.re_breaker.match(self.text, m.end()):
                    continue
                if name.counted and not (start <= self.sentence_start <= m.start() and self._only_counts_before(m.start())):
                    continue
                if name.staged and self._inside_word(m.start()):
                    continue  # 中小学生均…: 小学 is part of 中小学, not the name's stage
                stage = self.v.stage_of[m.group("stage")] if name.staged else name.stage
                found.append((name.indicator, m.start(), m.end(), stage))
        chosen: list = []
        for item in sorted(found, key=lambda n: (n[1] - n[2], n[1])):
            if all(item[2] <= c[1] or item[1] >= c[2] for c in chosen):
                chosen.append(item)
        return sorted(chosen, key=lambda n: n[1])

    def _inside_word(self, pos: int) -> bool:
        """Whether a stage word at `pos` is the end of a longer one (中小学, 普通小学 read from 小学)."""
        for back in range(1, 4):
            at = pos - back
            m = self.v.tokens.match(self.text, max(at, 0))
            if at >= 0 and m is not None and m.end() > pos and not any(
                    self.text[at - i:at - i + len(w)] == w for w in self.v["word_ends"] for i in range(1, len(w))):
                return True  # (其中小学生: 其中 ends before 小学, no 中小学 there)
        return False

    def _figures(self, start: int, end: int) -> list[_Figure]:
        out = []
        for m in _NUMBER.finditer(self.text, start, end):
            if m.group(2) is None or self.re_not_figure.match(self.text, m.end()):
                continue
            out.append(_Figure(m.start(), m.end(), m.group(1), m.group(2)))
        for m in _BARE.finditer(self.text, start, end):  # no unit: the heading's, or none (never guessed)
            out.append(_Figure(m.start(), m.end(), m.group(1), self.unit_heading[0] if self.unit_heading else None))
        for m in _CN_NUMBER.finditer(self.text, start, end):
            import cn2an

            try:
                number = str(cn2an.cn2an(m.group(1), "strict"))
            except ValueError:
                continue
            out.append(_Figure(m.start(), m.end(), number, m.group(2)))
        return sorted(out, key=lambda f: f.start)

    def _year(self, line: Line, pos: int) -> int:
        """The year a figure at `pos` is about: the nearest year named before it on its line (not
        in a title 《…》), else the evaluated year."""
        books = [m.span() for m in _BOOK.finditer(self.text, line.start, line.end)]
        years = [int(m.group(1)) for m in _YEAR.finditer(self.text, line.start, pos)
                 if not any(a <= m.start() < b for a, b in books)
                 and self.text[m.start() - 1:m.start()] not in ("比", "较", "与", "由")]  # 比2010年: a base
        return years[-1] if years else self.period

    def _stage_before(self, start: int, end: int, names, indicator: str | None = None) -> tuple[str | None, str | None]:
        """The stage named last in text[start:end] (outside names): (stage, why not); ("total" when
        it is a mix of stages that is the indicator's whole)."""
        last = None
        for m in self.v.tokens.finditer(self.text, start, end):
            if not any(n[1] <= m.start() < n[2] for n in names):
                last = m.group()
        if last is None:
            return None, None
        if last in self.v.mixed:
            return None, "total" if last in self.v["mixed_totals"].get(indicator, ()) else "mixed_stage"
        if last in self.v.other_levels:
            return None, "not_a_stage"
        return self.v.stage_of[last], None

    # --- a sentence ------------------------------------------------------------------------------

    def _groups(self, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Clauses at parenthesis depth 0 (split at , 、) and the parenthesised groups."""
        clauses, groups, level, s, open_at = [], [], 0, start, None
        for i in range(start, end):
            ch = self.text[i]
            if ch == "(":
                if level == 0:
                    open_at = i
                level += 1
            elif ch == ")" and level > 0:
                level -= 1
                if level == 0:
                    groups.append((open_at, i + 1))
            elif ch in ",、" and level == 0:
                clauses.append((s, i))
                s = i + 1
        clauses.append((s, end))
        return clauses, groups

    def _sentence(self, start: int, end: int, line: Line, context: str | None,
                  parent: Proposed | None = None, nested: bool = False) -> None:
        if not nested:
            self.sentence_start = start
        clauses, groups = self._groups(start, end)
        inside = lambda p: any(a <= p < b for a, b in groups)  # noqa: E731
        names = [n for n in self._names(start, end) if not inside(n[1])]
        figures = [f for f in self._figures(start, end) if not inside(f.start)]
        relevant = bool(names) or context is not None
        if parent is None:
            names, figures = self._shared_out(names, figures, clauses, groups, start, line)
        subject: _Subject | None = None
        parts: list = []
        attached_at: dict[int, Proposed] = {}
        carry: _Subject | None = None  # the sentence's last named subject without a stage
        in_parts = False  # after 其中: stages followed by figures are parts of that subject
        for cs, ce in clauses:
            c_names = [n for n in names if cs <= n[1] < ce]
            c_figs = [f for f in figures if cs <= f.start < ce]
            anchor = cs
            head = self.re_scope.match(self.text, cs, ce).end()
            in_parts = in_parts or "其中" in self.text[cs:head]
            if c_figs and not c_names and subject is not None and parent is None and self._own_clause(cs, head, c_figs[0]):
                anchor = head  # 国家要求学前三年毛入园率达到85%,我县为83.1%: the entity's own figure of that subject
                self.own = (cs, ce)
            elif c_figs and not c_names:
                gap = self._gap(cs, c_figs[0].start, groups)
                if self._role(gap)[0] == "unknown" or not gap or parent is not None:
                    subject, anchor = self._stage_subject(head, c_figs[0], context, parent, names, groups, line,
                                                          self._carried(carry, in_parts), cs)
            events = sorted([("n", n[1], n) for n in c_names] + [("f", f.start, f) for f in c_figs],
                            key=lambda e: e[1])
            for k, (kind, pos, item) in enumerate(events):
                if kind == "n":
                    if self.re_share_start.match(self.text, anchor, pos) or (subject and subject.start < pos
                                                                           and self._in_share(anchor, pos)):
                        continue  # the name is what a share is of (占…的15.51%)
                    subject = self._name_subject(item, cs, start, names, groups)
                    anchor = item[2]
                    if subject.stage is None:
                        carry, in_parts = subject, False
                    zero = self.re_zero.match(self.text, anchor, ce)
                    if zero and not subject.blocked:
                        self._value(subject, _Figure(anchor, zero.end(), "0", dictionary()[subject.indicator].unit),
                                    line, cs, ce, start)
                    continue
                nxt = events[k + 1] if k + 1 < len(events) else None
                gap = self._gap(anchor, item.start, groups)
                role = self._role(gap)
                staged = self._stage_after_name(subject, gap) if role[0] == "unknown" else None
                if staged is not None:  # 生均公用经费小学为800元,初中为1000元: the name, then the stage
                    subject, gap, role = staged, "", ("value", ("year", None))
                    carry, in_parts = _Subject(subject.indicator, None, subject.start, facts=[None]), False
                if nxt and nxt[0] == "n" and nxt[1] == item.end and (role[0] == "unknown" or role == ("value", ("year", None))) \
                        and self.text[nxt[2][1]:nxt[2][2]] not in self.v["counted_names"]:  # 78所学校接入…: not a count of schools
                    # a figure right before a name (22237个教学班): the name is its subject
                    subject = self._name_subject(nxt[2], cs, start, names, groups, stage_end=item.start)
                    gap = ""
                fact = self._figure(subject, item, gap, line, cs, ce, relevant or subject is not None)
                if fact is not None and nxt and nxt[0] == "n" and nxt[1] == item.end:
                    fact.end = nxt[2][2]
                    attached_at[fact.end] = fact
                if fact is not None:
                    attached_at[item.end] = fact
                if parent is not None:
                    parts.append((self._label(cs, item.start), item, fact))
                anchor = item.end
        if parent is None and not nested:
            self._claims(start, end, line)
        for a, b in groups:
            owner = attached_at.get(a)
            self._sentence(a + 1, b - 1, line, context if owner is None else None, parent=owner, nested=True)
        if parent is not None:
            self._parts(parent, parts)

    def _shared_out(self, names, figures, clauses, groups, start: int, line: Line):
        """Read the lists of names that share out figures (lists.py); the names and figures left."""
        used_names, used_figs = set(), set()
        for share in enumerations(self.text, names, figures):
            first = names[share.names[0]][1]
            for i, k in zip(share.names, share.figures):
                name, fig = names[i], figures[k]
                cs, ce = next((a, b) for a, b in clauses if a <= name[1] < b or a <= name[1] <= b)
                subject = self._name_subject(name, cs, start, names, groups)
                subject.start = first
                self._figure(subject, fig, "", line, first, share.end, True)
            used_names.update(share.names)
            used_figs.update(k for k, f in enumerate(figures) if first <= f.start < share.end)
        for i, name in enumerate(names):  # 小学、初中专任教师分别为2100人、1300人
            found = None if i in used_names else stage_enumeration(self.text, start, name, self.v.tokens, figures)
            if found is None or any(k in used_figs for k in found[1]):
                continue
            words_, chosen, first = found
            cs = max(a for a, _ in clauses if a <= first)
            before = self.text[self.re_scope.match(self.text, start, first).end():name[1]]
            part = "flow" if self.re_flow.search(before) else "subset" if self.re_subset.search(before) else None
            spec = dictionary()[name[0]]
            for word, k in zip(words_, chosen):
                stage = self.v.stage_of.get(word)
                why = part or ("mixed_stage" if stage is None else None if spec.allows_stage(stage) else "stage_not_allowed")
                self._figure(_Subject(name[0], stage, first, why), figures[k], "", line, cs, figures[chosen[-1]].end, True)
            used_names.add(i)
            used_figs.update(found[1])
        return ([n for i, n in enumerate(names) if i not in used_names],
                [f for k, f in enumerate(figures) if k not in used_figs])

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
    def _carried(carry: _Subject | None, in_parts: bool) -> str | None:
        """The indicator stage-led clauses take from the sentence's subject: after 其中 (在校生5406人,其中
        小学2745人), or when the subject's own figure came first (专任教师3456人,小学1650人,初中980人)."""
        if carry is None or not (in_parts or carry.facts or carry.blocked in ("mixed_stage", "total")):
            return None
        return carry.indicator

    def _own_clause(self, cs: int, head: int, fig: _Figure) -> bool:
        """A clause that is only the entity naming itself and a figure (,我县为83.1%), after a clause
        whose figure was a standard or another entity's: the entity's own figure of that subject."""
        return bool(self.re_scope_whole.search(self.text, cs, head)) and self.re_current.match(self.text[head:fig.start].strip()) \
            is not None and bool(self.text[head:fig.start].strip()) \
            and any(u.reason in ("standard", "other_entity") and self.sentence_start <= u.start < cs
                    for u in self.unattached)

    def _in_share(self, anchor: int, pos: int) -> bool:
        return bool(re.search(words("share_words"), self.text[anchor:pos]))

    def _gap(self, a: int, b: int, groups) -> str:
        """The words between two tokens, without spaces and without parentheses holding no figure."""
        text = "".join(self.text[i] for i in range(a, b) if not any(x <= i < y for x, y in groups))
        return re.sub(r"\s+", "", text)

    def _role(self, gap: str) -> tuple[str, object]:
        year = None
        m = re.match(r"^((?:19|20)\d\d)年(?:底|末)?", gap)
        if m:
            year, gap = int(m.group(1)), gap[m.end():]
        named = re.match(r"^(?:比|较|与|由)((?:19|20)\d\d)年(?:的)?$", gap)
        if named and year is None:  # 比2010年的73.12亿元: the value of the year it names
            return "value", ("prior", int(named.group(1)))
        if self.re_current.match(gap):
            return "value", ("year", year)
        if self.re_prior.match(gap):
            return "value", ("prior", year)
        change = self.re_change.match(gap)
        if change:
            return "change", "down" if change.group("down") else "up"
        named = re.match(rf"^(?:比|较|与)((?:19|20)\d\d)年(?:相比)?((?:{words('rise_verbs')})|(?:{words('fall_verbs')}))了?$", gap)
        if named:  # 比2010年增长: a change over the year it names, the year before's only if it is that
            fall = re.fullmatch(words("fall_verbs"), named.group(2)) is not None
            return "change", ("down" if fall else "up", int(named.group(1)))
        share = self.re_share.match(gap)
        if share:
            return "share", share.group("of")
        return "unknown", gap

    def _name_subject(self, name, cs: int, start: int, names, groups, stage_end: int | None = None) -> _Subject:
        indicator, n_start, _, stage = name
        spec = dictionary()[indicator]
        why = None
        before = self.text[self.re_scope.match(self.text, cs, n_start).end():stage_end or n_start]
        if self.re_flow.search(before):
            why = "flow"  # 招收…学生86人: an intake, not the enrolment
        elif self.re_subset.search(before):
            why = "subset"  # 普惠性幼儿园在园幼儿: a part of the quantity the name stands for
        total = any(t.group() in self.v.mixed for t in self.v.tokens.finditer(self.text, n_start, name[2]))
        if why is None and stage is None and not total:  # 在校中小学生: the name itself says it is a total
            stage, why = self._stage_before(cs, stage_end if stage_end is not None else n_start, names, indicator)
            total, why = why == "total", None if why == "total" else why  # 全区中小学超大班额: a total
            if why == "mixed_stage" and spec.stages == "none":
                why = None  # 义务教育阶段残疾儿童少年入学率: the mix is part of the name's meaning
        if why is None and spec.stages == "none" and stage is not None:
            why = "stage_not_allowed"
        if why is None and stage is None and spec.stages != "none" and not total:
            stage, why = self._sentence_stage(start, cs, names, groups, indicator)
        if why is None and stage is None and indicator in self.v["needs_stage"]:
            why = "no_stage"
        head = self.re_scope.match(self.text, cs, n_start).end()
        return _Subject(indicator, stage, cs, why, phrase=(head, name[2]), name_start=n_start)

    def _sentence_stage(self, start: int, cs: int, names, groups, indicator: str) -> tuple[str | None, str | None]:
        """The stage a name without one takes from its sentence (the stages named before it: one
        stage, or unclear), else from the titles of its sections (三、高中阶段教育): (stage, why not)."""
        outside = lambda p: not any(a <= p < b for a, b in groups)  # noqa: E731
        tokens = [m.group() for m in self.v.tokens.finditer(self.text, start, cs)
                  if outside(m.start()) and not any(n[1] <= m.start() < n[2] for n in names)]
        stages = {n[3] for n in names if start <= n[1] < cs and n[3] and outside(n[1])}
        if tokens or stages:
            if any(t in self.v.mixed for t in tokens):
                whole = tokens[-1] in self.v["mixed_totals"].get(indicator, ()) and not stages
                return None, None if whole else "mixed_stage"
            if any(t in self.v.other_levels for t in tokens):
                return None, "not_a_stage"
            stages |= {self.v.stage_of[t] for t in tokens}
            return (stages.pop(), None) if len(stages) == 1 else (None, "stage_unclear")
        for level in sorted(self.titles, reverse=True):
            span = self.titles[level]
            if span is None:
                continue
            found = [m.group() for m in self.v.tokens.finditer(self.text, *span)
                     if not any(n[1] <= m.start() < n[2] for n in self._names(*span))]
            if not found:
                continue
            if any(t in self.v.mixed for t in found):
                return None, "mixed_stage"
            if any(t in self.v.other_levels for t in found):
                return None, "not_a_stage"
            stages = {self.v.stage_of[t] for t in found}
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
        if indicator is None and role[1][0] == "year" and not self._gap(m.end(), fig.start, groups).startswith("本年") \
                and self._only_counts_before(cs if listed else m.start()):
            indicator = self.v["stage_counts"].get(fig.unit)
        if indicator is None:
            return None, head
        if listed:
            return _Subject(indicator, None, head, "mixed_stage"), after
        spec = dictionary()[indicator]
        blocked = None if spec.allows_stage(stage) else "stage_not_allowed"
        return _Subject(indicator, stage, head, blocked), after

    def _only_counts_before(self, pos: int) -> bool:
        """Whether the sentence before `pos` only names places, years, stages and school counts."""
        allowed = "|".join([words("count_context"), words("scope_words"), self.v.tokens.pattern, _YEAR.pattern,
                            r"\d+所", r"[,、:()\s]"])
        before = re.sub(r"\([^()]*\)", "", self.text[self.sentence_start:pos])  # (含教学点12个): an aside
        return re.fullmatch(f"(?:{allowed})*", before) is not None

    # --- figures -------------------------------------------------------------------------------

    def _figure(self, subject: _Subject | None, fig: _Figure, gap: str, line: Line, cs: int, ce: int,
                relevant: bool) -> Proposed | None:
        role, detail = self._role(gap)
        if fig.unit == "个百分点":  # a difference of rates (提高0.4个百分点): never a rate
            self._skip(fig, line, cs, ce, "percentage_points", relevant)
            return None
        if role == "change" and fig.unit not in ("%",):
            return None  # an absolute change (增加8.71亿元): a difference, not a figure of a year
        if fig.unit == "%" and role == "value" and self.re_rate_after.match(self.text, fig.end) and subject \
                and subject.indicator and dictionary()[subject.indicator].family == "money":
            role, detail = "change", "up"  # 财政经常性收入15.20%的增长幅度: the name's rate of growth
        if subject is None or subject.indicator is None:
            self._skip(fig, line, cs, ce, "no_indicator", relevant)
            return None
        if subject.blocked == "subset" and role == "share":  # 普惠性幼儿园在园幼儿…,占总数的67.68%
            share = self._subset_share(subject, detail)
            if share is not None:
                return self._value(share, fig, line, subject.start, ce, None, ("year", None))
        if subject.blocked:
            self._skip(fig, line, cs, ce, subject.blocked, relevant)
            return None
        spec = dictionary()[subject.indicator]
        if role == "unknown":
            self._skip(fig, line, cs, ce, "phrase", relevant)
            return None
        if role == "share" and spec.family == "percent":  # 作业公示学校1725所、占比100%: the rate itself
            return self._value(subject, fig, line, subject.start, ce, None, ("year", None))
        if role == "value":
            return self._value(subject, fig, line, cs, ce, None, detail)
        over = None
        if role == "change" and isinstance(detail, tuple):
            detail, over = detail
        target = next((p for p in reversed(subject.facts) if p.period == self._year(line, fig.start)), None)
        if target is None:
            if role == "change":
                return self._growth(subject, fig, detail, over, line, cs, ce)
            self._skip(fig, line, cs, ce, "stated_without_value", True)
            return None
        if over is not None and over != target.period - 1:
            self._skip(fig, line, cs, ce, "not_the_year_before", True)
            return None
        if role == "change":
            number = fig.number
            if detail == "down":
                if number.startswith("-"):
                    self._skip(fig, line, cs, ce, "phrase", True)
                    return None
                number = "-" + number
            target.stated["change_pct"] = number
            target.end = max(target.end, fig.end)
            return None
        if role == "share":
            of = self._names(cs, fig.start)
            rest = detail or ""
            for _, a, b, _ in of:
                rest = rest.replace(self.text[a:b], "")
            rest = re.sub(words("share_base_words"), "", rest)
            of_id = of[-1][0] if len(of) == 1 else None if of else self.v["share_of"].get(subject.indicator)
            if of_id is None or rest:
                self._skip(fig, line, cs, ce, "share_of_unknown", True)
                return None
            target.stated.update(share_pct=fig.number, of=of_id)
            target.end = max(target.end, fig.end)
            if target.scope == "":  # a share of the base the paragraph gave: the base's scope
                scopes = {p.scope for p in self.facts if p.indicator == of_id and p.locator == line.locator}
                if len(scopes) == 1:
                    target.scope = scopes.pop()
            return None
        self._skip(fig, line, cs, ce, "phrase", relevant)
        return None

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
        number = fig.number
        if direction == "down":
            if number.startswith("-"):
                self._skip(fig, line, cs, ce, "phrase", True)
                return None
            number = "-" + number
        rate = _Subject(growth, None, subject.start)
        return self._value(rate, _Figure(fig.start, fig.end, number, fig.unit), line, cs, ce, None, ("year", year))

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
        if base:
            return None
        for suffix in self.v["share_suffixes"]:
            for name in self.v.names:
                if not name.staged and name.stage is None and name.pattern.fullmatch(phrase + suffix):
                    return _Subject(name.indicator, None, subject.start)
        return None

    def _value(self, subject: _Subject, fig: _Figure, line: Line, cs: int, ce: int, _start,
               detail=("year", None)) -> Proposed | None:
        spec = dictionary()[subject.indicator]
        unit = fig.unit or spec.unit
        try:
            unit_scale(unit, spec.family)
        except UnitError:
            self._skip(fig, line, cs, ce, "unit", True)
            return None
        allowed = self.v["units"].get(subject.indicator)
        kinds = [k for k in self.v["count_kinds"] if spec.unit in k] if spec.family == "count" else []
        if (allowed and unit not in allowed) or (kinds and unit not in kinds[0]):
            self._skip(fig, line, cs, ce, "unit", True)
            return None
        which, year = detail
        if year is None and self.in_targets and not _YEAR.search(self.text, line.start, fig.start):
            self._skip(fig, line, cs, ce, "target", True)
            return None
        period = year or self._year(line, fig.start)
        if which == "prior":
            period -= 1 if year is None else 0
        if period > self.period:
            self._skip(fig, line, cs, ce, "later_year", True)
            return None
        own = self.own[0] <= fig.start < self.own[1]
        if not own and self.re_standard.search(self.text, self.sentence_start, fig.start):
            self._skip(fig, line, cs, ce, "standard", True)  # 按标准…, 不低于…: a standard, not the entity's figure
            return None
        if not own and self.re_other.search(self.text, self.sentence_start, fig.start):
            self._skip(fig, line, cs, ce, "other_entity", True)  # 全国…, 高于平均水平…
            return None
        scope = self._scope(line, cs, fig.start)  # "" (unclear) is settled by a share of a scoped base, or refused
        start = subject.start if subject.start <= fig.start and (subject.start >= cs or own) else cs
        fact = Proposed(subject.indicator, subject.stage, period, fig.number, fig.unit, line.locator, start, fig.end,
                        scope=scope, figure=(fig.start, fig.end))
        subject.facts.append(fact)
        self.facts.append(fact)
        return fact

    def _unclear_scopes(self, line: Line) -> None:
        """Facts whose scope is still unclear at the end of their sentence are not facts."""
        for fact in [p for p in self.facts if p.scope == ""]:
            self.facts.remove(fact)
            figure = self.f.quote(*fact.figure)
            self.unattached.append(Unattached(figure, fact.locator, fact.start, fact.end, "scope_unclear"))

    def _scope(self, line: Line, cs: int, pos: int) -> str | None:
        """The scope of a figure at `pos`: the last scope word of its sentence, a part of the entity
        (区属) or its whole (辖区, 全县: None); "" when a line naming both leaves it unclear (a whole
        named only in an earlier clause of the sentence, or no scope word at all)."""
        found = list(self.re_scope_any.finditer(self.text, self.sentence_start, pos))
        if found and self.re_scope_part.fullmatch(found[-1].group()):
            return found[-1].group()
        if self.re_scope_part.search(self.text, line.start, line.end) and (not found or found[-1].start() < cs):
            return ""
        return None

    def _skip(self, fig: _Figure, line: Line, cs: int, ce: int, reason: str, relevant: bool) -> None:
        if relevant:
            self.unattached.append(Unattached(self.f.quote(fig.start, fig.end), line.locator, cs, ce, reason))

    def _label(self, cs: int, pos: int) -> str:
        return re.sub(r"^(?:其中)?[:\s]*", "", self.text[cs:pos]).strip()

    def _parts(self, parent: Proposed, parts: list) -> None:
        """The figures in a parenthesis right after a total: its parts, by stage or by label."""
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
                                    fig.start - len(label), fig.end, scope=parent.scope)
                    self.facts.append(fact)
        parent.end = max(parent.end, parts[-1][1].end + 1)

    def _claims(self, start: int, end: int, line: Line) -> None:
        sentence = self.text[start:end]
        for indicator, pattern in self.v.claims:
            m = pattern.search(sentence)
            if m is None:
                continue
            year = self._year(line, start + m.start())
            if any(p.indicator == indicator and p.period == year and p.start >= start and p.end <= end
                   for p in self.facts):
                continue
            self.facts.append(Proposed(indicator, None, year, None, None, line.locator, start, end))
