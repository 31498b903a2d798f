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

Past 400 lines for a reason: the clause loop (_sentence), a figure's role (_figure) and a value's checks
(_value) share the sentence being read, its subject and its facts; what can stand apart is in the mixins
(document, tokens, patterns, subjects, roles, stages, relations, whose, years).
"""

from __future__ import annotations

import re

from checker.intake.extract.document import DocumentReading
from checker.intake.extract.items import _BOOK, _YEAR, Proposed, Unattached, _Figure, _Subject
from checker.intake.extract.normal import Folded, _t2s
from checker.intake.extract.outline import Line
from checker.intake.extract.patterns import Patterns
from checker.intake.extract.relations import Relations
from checker.intake.extract.roles import Roles
from checker.intake.extract.stages import StageReading
from checker.intake.extract.subjects import Subjects
from checker.intake.extract.vocab import Vocabulary, included_scope, vocabulary, words
from checker.intake.extract.whose import Whose
from checker.intake.extract.tokens import TokenReading
from checker.intake.extract.years import YearReading
from checker.intake.indicators import dictionary
from checker.intake.units import UnitError, unit_scale

__all__ = ["Extractor", "Proposed", "Unattached", "_YEAR"]

# A sentence's relevance when it names no quantity, stage or level but speaks of schooling (extract.yaml
# `schooling_words`): the figures it writes in digits are listed when not taken; numbers spelt in words there are
# set phrases (“四个意识”, 每一个学生, 十四个五年规划), not figures, and are passed over as in any other sentence.
DIGITS = "digits"
_ANSWER = re.compile(r"\s*(?:答|回答|答复)\s*:")  # an answer line under its question (a 督导 questionnaire's 答:93.2%。)
# a date written out (2023年10月26日), and one alone on its line, in brackets or not (a report's own date)
_DAY = r"((?:19|20)\d\d)\s*年\s*(?:0?[1-9]|1[0-2])\s*月\s*(?:0?[1-9]|[12]\d|3[01])\s*日"
_FULL_DATE = re.compile(_DAY)
_DATE_LINE = re.compile(rf"^[ \t(—-]*{_DAY}(?:在[^\n]{{0,60}}?会议上)?[ \t)]*$", re.MULTILINE)  # (——2023年10月26日在…会议上)
_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)")


_RATIO = re.compile(r"(?<![\d.:])\d+(?:\.\d+)?\s*:\s*\d+(?:\.\d+)?(?![\d.:])")  # 6:4, 1:17.8 (stop 35)


class Extractor(DocumentReading, TokenReading, Patterns, Subjects, Roles, StageReading, Relations, Whose, YearReading):
    """Reads the folded text line by line (document.py) and sentence by sentence, with the patterns compiled for the
    report and its entity (patterns.py): the subject a name makes (subjects.py), the role the words before a figure
    give it (roles.py), stages (stages.py), figures related to a subject other than by "name, figure" (relations.py),
    whose figures they are — scope, a headline's, a broader definition's — parts and claims (whose.py), which year
    (years.py), and the sentences, names and figures in a span (tokens.py)."""

    def __init__(self, folded: Folded, period: int, skip: list[tuple[int, int]] = (), level: str | None = None,
                 code: str | None = None, name: str | None = None):
        self.f = folded
        self.skip = skip  # spans of the text read otherwise (tables)
        self.text = folded.text
        self.period = period
        self.level = level
        self.v: Vocabulary = vocabulary()
        self.facts: list[Proposed] = []
        self.in_targets = False  # inside a section whose title sets targets (目标任务)
        self.goal_until = 0  # the end of a goal's lead-in's reach on its line (document.py)
        self.other_until: tuple[int, str | None] = (0, None)  # a lead-in naming another entity: its reach (to its
        # sentence's end), and why (document.py)
        self.earlier_until = (0, 0)  # a lead-in or heading naming the state before a rectification (整改前): its span
        self.owners: dict[int, tuple[int, str]] = {}  # headings naming another entity, a school…: by level, their
        # section's reach and why (document.py)
        opening = [t for t in folded.text.split("\n") if t.strip()][:3]
        # 根据《…工作方案》: a plan cited, not the document; 关于印发《…行动计划》的通知: the plan itself (h-review33d)
        opening = [t if re.search(r"印发《[^》]*》", t) else _BOOK.sub("", t) for t in opening]
        # only lines set as titles (no clause marks, short) and never a programme's quoted name (推进“彩虹计划”,…)
        opening = [re.sub(r"“[^”]*”|\"[^\"]*\"", "", t) for t in opening
                   if len(t.strip()) <= 2 * self.v["title_max_chars"] and not re.search(r"[,。;]", t)]  # (a notice's
        # title naming the plan it issues runs long: 某县人民政府关于印发《…行动计划(2023—2025年)》的通知)
        # a department's own accounts (某县教育局2023年度部门决算): its money is the department's and its units', not the
        # county's education funding (h-review33e)
        self.department = any(re.search(words("department_account_words"), t) for t in opening)
        # one school's own report (某县职业中等专业学校质量年度报告, which says 我校): its figures are the school's, save
        # those a sentence gives the entity's whole (全县…) (h-review34e)
        self.school_report = bool(opening) and re.search(r"(?:学校|中学|小学|幼儿园|中专|中心校)[^,。;]{0,12}(?:报告|总结)",
                                                         opening[0]) is not None \
            and re.search(r"我校|本校|我园|本园", folded.text) is not None
        # the document is a plan (not a report on one: 规划实施情况, 工作总结和…计划, said on the plan word's own line; a
        # section of the plan summing up the last period (一、“十三五”发展总结) leaves it a plan)
        self.is_plan = any(any(w in t for w in self.v["plan_title_words"])
                           and not any(w in t for w in self.v["done_title_words"]) for t in opening)
        # a plan over several years (“十四五”…规划, …行动计划(2023—2025年)): the year before its first, where it starts
        self.plan_base = self._plan_base([t for t in folded.text.split("\n") if t.strip()][:3]) if self.is_plan else None
        self.sentence_start = 0
        self.unattached: list[Unattached] = []
        self.unit_heading: tuple[str, int] | None = None  # (unit, the heading depth it was met at)
        self.labelled = False  # whether a label's bare figure takes the unit heading's unit (tokens.py)
        self.titles: dict[int, str] = {}  # the titles of the sections the current line is in, by level
        self.listed_years = (0, 0)  # years sharing out a name's figures (2020—2022年…分别为…), being read
        self.previous = None  # (line start, subject, carry, after 其中:) of the sentence read last (_continued_subject)
        self.from_lead = False  # the sentence being read is a part of a 其中 list
        self.own = (0, 0)  # a clause holding the entity's own figure after a standard's (_own_clause), or an amount's
        # span in brackets after its name (`_bracketed`)
        # the entity's name as the text is matched: folded to simplified characters (澐水縣 is a 县: h-review33e)
        self._entity_patterns(level, code, _t2s().convert(name) if name else name)
        self._patterns()
        books = [m.span() for m in _BOOK.finditer(self.text)]
        # a year after the evaluated one named anywhere (a date, a signature, 2023年3月): the text was written later,
        # so 今年/去年 (said from the day of writing) are not certainly the evaluated year and the one before
        later_date = any(int(m.group(1)) > period for m in _DATE.finditer(self.text))  # 发布时间:2023-03-07
        self.later_year_named = later_date or any(int(m.group(1)) > period for m in _YEAR.finditer(self.text)
                                                  if not any(a <= m.start() < b for a, b in books))
        # …unless the text dates itself in the evaluated year, on a line of its own (a report's date under its title or
        # its signature: 2023年10月26日), and no date of a later year stands anywhere: 今年 is then the evaluated year,
        # whatever later years its targets name (到2025年…) (stop 36)
        dated = [int(m.group(1)) for m in _DATE_LINE.finditer(self.text)]
        # the one later year the text is dated in (a news page of 2024-01-18 on 2023): a sentence opening on 去年 is about
        # the year before it — the evaluated year when that is the one before (h-docs37d)
        # (its own date: a date alone on its line or after 发布时间/日期, all of one later year — never a law's, a meeting's
        # or a deadline's date in a text dated in the evaluated year: h-review37c)
        published = set(dated) | {
            int(m.group(1)) for p in (_DATE, _FULL_DATE) for m in p.finditer(self.text)
            if re.search(r"(?:发布|时间|日期)[::\s]*$", self.text[max(0, m.start() - 8):m.start()])}
        self.written_in = published.pop() if len(published) == 1 and max(published) > period else None
        if self.later_year_named and dated and max(dated) == period and not later_date \
                and not any(int(m.group(1)) > period for m in _FULL_DATE.finditer(self.text)):
            self.later_year_named = False

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
        if level > 0 and open_at is not None and re.search(r"\d", self.text[open_at:end]):
            groups.append((open_at, end + 1))  # 基础教育42666人(其中幼儿园8551人,…特殊教育学校37人。: a parenthesis the
            # sentence's end closes (its inside is open_at+1..end, as a closed one's is (..b-1)
        clauses.append((s, end))
        return clauses, groups

    def _sentence(self, start: int, end: int, line: Line, context: str | None,
                  parent: Proposed | None = None, nested: bool = False, inherited: bool | str = False) -> None:
        if not nested:
            self.sentence_start = start
        clauses, groups = self._groups(start, end)
        inside = lambda p: any(a <= p < b for a, b in groups)  # noqa: E731
        names = [n for n in self._names(start, end) if not inside(n[1])]
        cuts = [b for _, b in clauses[:-1]]
        if any(n[1] < cut < n[2] for cut in cuts for n in names):  # a name holding a 、 (新建、改扩建幼儿园) is one
            # clause's, never split in two (h-review34a)
            cuts = [cut for cut in cuts if not any(n[1] < cut < n[2] for n in names)]
            clauses = list(zip([start] + [cut + 1 for cut in cuts], cuts + [end]))
        ratio = any(dictionary()[n[0]].family == "ratio" for n in names) or \
            (context is not None and dictionary()[context].family == "ratio") \
            or "差异系数" in self.text[line.start:end]  # bare decimals only near a coefficient (…差异系数分别为:生均…0.482)
        figures = [f for f in self._figures(start, end, bare=ratio) if not inside(f.start)]
        relevant: bool | str = bool(names) or context is not None or self.v.tokens.search(self.text, start, end) is not None
        if not relevant and (self.re_schooling.search(self.text, start, end) or _ANSWER.match(self.text, line.start, end)):
            relevant = DIGITS  # a sentence about schooling naming no quantity (or the answer to a question above, whose
            # words are the question's: 答:93.2%。): its figures in digits are listed
        relevant = relevant or inherited or (DIGITS if ratio else False)  # a parenthesis is as relevant as its sentence;
        # a line of coefficients (…差异系数分别为:生均…0.482) is about schooling
        if parent is None:
            names, figures = self._shared_out(names, figures, clauses, groups, start, line, context)
        subject: _Subject | None = None
        parts: list = []
        attached_at: dict[int, Proposed] = {}
        carry: _Subject | None = None  # the sentence's last named subject without a stage
        in_parts = False  # after 其中: stages followed by figures are parts of that subject
        made: list[Proposed] = []  # the facts of this sentence, in order
        resume: _Subject | None = None  # the subject to go on with after an aside clause
        used: set[int] = set()  # figures read already (changes stated respectively)
        if parent is None and not nested:
            self.from_lead = False
            subject, carry = self._continued_subject(start, line, names, clauses)
            relevant = True if relevant is True or subject is not None or carry is not None else relevant
        for cs, ce in clauses:
            c_names = [n for n in names if cs <= n[1] < ce]
            c_figs = [f for f in figures if cs <= f.start < ce and f.start not in used]
            if c_figs and not c_names and parent is None and len(made) >= 2:
                rates = self._changes_respectively(made, cs, figures, line, tail=True)
                used |= {figures[k].start for k in rates}
                c_figs = [f for f in c_figs if f.start not in used]
            anchor = cs
            head = self.re_scope.match(self.text, cs, ce).end()
            in_parts = in_parts or "其中" in self.text[cs:head]
            named = bool(self.own_name) and self.text.startswith(self.own_name, head)  # 其中甲县为92.5%: its own name
            head += len(self.own_name) if named else 0
            if c_figs and not c_names and subject is not None and parent is None and self._own_clause(cs, head, c_figs[0], named):
                anchor = head  # 国家要求学前三年毛入园率达到85%,我县为83.1%: the entity's own figure of that subject
                self.own = (cs, ce)
            elif c_figs and not c_names and subject is not None and subject.facts and parent is None \
                    and self.re_scope_part.search(self.text, cs, head) and subject.facts[-1] is not None \
                    and subject.facts[-1].unit == c_figs[0].unit and self._role(self._gap(head, c_figs[0].start, groups))[0] == "value":
                anchor = head  # 一般公共预算教育经费5.2亿元,其中县本级3.1亿元: the same quantity, that part's (scope)
            elif c_figs and not c_names and subject is not None and subject.facts and parent is None and len(c_figs) == 1 \
                    and "其中" in self.text[cs:head] and self._labelled_part(subject.facts[-1], head, c_figs[0], line):
                continue  # 全县幼儿园68所,其中民办12所: the labelled part is an indicator of its own (h-extract9)
            elif c_figs and not c_names:
                gap = self._gap(cs, c_figs[0].start, groups)
                if self._role(gap)[0] == "unknown" or not gap or parent is not None:
                    before = subject
                    subject, anchor = self._stage_subject(head, c_figs[0], context, parent, names, groups, line,
                                                          self._carried(carry, in_parts) or self._parallel(subject, c_figs[0]),
                                                          cs)
                    if subject is None and gap and before is not None and before.facts and parent is None:
                        resume = before  # 在全国31个省…排在第5位: an aside; the subject goes on after it
                    if subject is not None and subject.stage is not None and not subject.blocked \
                            and (in_parts or self.text[max(0, start - 4):start].rstrip().endswith("其中:")) \
                            and self._same_stage_whole(subject, head) and not self.re_scope_part.search(self.text, cs, anchor):
                        subject.blocked = "subset"  # 中等职业学校82所,其中:职业高中25所: a kind within the stage (stop 35)
                if subject is None and cs == start and context is not None and parent is None \
                        and self._role(self._gap(head, c_figs[0].start, groups)) in (("value", ("year", None)),
                                                                                     ("value", ("prior", None))):
                    # (or its year before first: 1.幼儿园:上年8632.15元,本年9126.48元, stop 36)
                    # 1.普通小学:全县为987.65元 — the quantity of the section, the stage of its lead-in or title
                    stage, why = self._sentence_stage(start, cs, names, groups, context)
                    spec = dictionary()[context]
                    if spec.stages == "none" and why in (None, "mixed_stage", "stage_unclear") \
                            and not self.v.tokens.search(self.text, start, cs):
                        stage, why = None, None  # 【学前教育】 / 学前三年毛入园率 / 98.6%: as when named in the line,
                        # a section's stage is no stage-less quantity's (h-review34b)
                    if why is None and stage is not None and not spec.allows_stage(stage):
                        why = "stage_not_allowed"
                    if why is None and stage is None and context in self.v["needs_stage"]:
                        why = "no_stage"
                    subject = _Subject(context, stage, cs, why)
            events = sorted([("n", n[1], n) for n in c_names] + [("f", f.start, f) for f in c_figs],
                            key=lambda e: e[1])
            based: set[int] = set()
            for k, (kind, pos, item) in enumerate(events):
                if kind == "f" and id(item) in based:
                    continue
                if kind == "n":
                    if self.re_share_start.match(self.text, anchor, pos) or (subject and subject.start < pos
                                                                           and self._in_share(anchor, pos)):
                        base = self._share_base(item, events[k + 1] if k + 1 < len(events) else None)
                        if base is not None:  # 占一般公共预算支出6916.71亿元的比例为11.06%: the base's own amount
                            based.add(id(base))
                            fact = self._figure(self._name_subject(item, cs, start, names, groups), base, "", line,
                                                cs, ce, True)
                            if fact is not None:
                                attached_at[base.end] = fact
                                made.append(fact)
                            anchor = base.end
                        continue  # the name is what a share is of (占…的15.51%)
                    subject = self._name_subject(item, cs, start, names, groups)
                    subject.alone = not c_figs
                    anchor = item[2]
                    if subject.stage is None:
                        carry, in_parts = subject, False
                    zero = self.re_zero.match(self.text, anchor, ce)
                    span = (anchor, zero.end()) if zero else self._zero_before(item, cs, end)
                    if span and not subject.blocked:
                        self._value(subject, _Figure(*span, "0", dictionary()[subject.indicator].unit), line, cs, ce, start)
                    continue
                nxt = events[k + 1] if k + 1 < len(events) else None
                gap = self._gap(anchor, item.start, groups)
                role = self._role(gap)
                staged = self._stage_after_name(subject, gap) if role[0] == "unknown" else None
                if staged is not None:  # 生均公用经费小学为800元,初中为1000元: the name, then the stage
                    subject, gap, role = staged, "", ("value", ("year", None))
                    carry, in_parts = _Subject(subject.indicator, None, subject.start, facts=[None]), False
                if subject is not None and subject.stage is not None and gap == "" and k and events[k - 1][0] == "n" \
                        and subject.indicator in self.v["counted_after"].values() and carry is not None \
                        and carry.stage is None and not carry.blocked and carry.facts and carry.facts[-1] is not None \
                        and item.unit == carry.facts[-1].unit and dictionary()[carry.indicator].allows_stage(subject.stage):
                    subject = _Subject(carry.indicator, subject.stage, item.start)  # 在校生…,其中高中94个班5241人: after a
                    # stage's classes, its pupils (the sentence's quantity, in its unit) (stop 36, 凤庆 2016)
                counted = self._count_then_stage(item, gap, end) if parent is None and (
                    subject is None or subject.indicator in self.v["stage_counts"].values()) else None
                if counted is not None:  # 全县共有29所小学: the stage after the count is its subject
                    subject, gap, role = counted[0], "", ("value", ("year", None))
                described = nxt and nxt[0] == "n" and nxt[1] == item.end and item.unit in ("所", "万所") \
                    and not re.match(r"\s*(?:$|[,;。、:()]|和|及|与|等)", self.text[nxt[2][2]:ce + 1])
                if described:  # 7所民办园收费偏高, 3所民办园转为…: some of them, described; never the entity's count (h-review33b)
                    self._skip(item, line, cs, ce, "phrase", True)
                    if parent is not None:
                        parts.append((self._label(cs, item.start), item, None))  # (still one of its parent's parts)
                    anchor = item.end
                    continue
                if nxt and nxt[0] == "n" and nxt[1] == item.end and (role[0] == "unknown" or role == ("value", ("year", None))) \
                        and self.text[nxt[2][1]:nxt[2][2]] not in self.v["counted_names"]:  # 78所学校接入…: not a count of schools
                    # a figure right before a name (22237个教学班): the name is its subject
                    subject = self._name_subject(nxt[2], cs, start, names, groups, stage_end=item.start)
                    gap = ""
                if nxt and nxt[0] == "n" and nxt[1] > item.end and re.fullmatch(r"[\u4e00-\u9fff]{1,8}", between := \
                        self.text[item.end:nxt[1]]) and self.re_subset.search(between):
                    # 7所非普惠性民办园: a count of the qualified kind named after it, a part, never the subject before
                    self._skip(item, line, cs, ce, "subset", True)
                    fact = None
                else:
                    fact = self._figure(subject, item, gap, line, cs, ce, True if subject is not None else relevant)
                if fact is not None and counted is not None:
                    fact.end = max(fact.end, counted[1])  # quoted with its stage (29所小学)
                if fact is not None and nxt and nxt[0] == "n" and nxt[1] == item.end:
                    fact.end = nxt[2][2]
                    attached_at[fact.end] = fact
                if fact is not None:
                    attached_at[item.end] = fact
                    made.append(fact)
                if parent is not None:
                    parts.append((self._label(cs, item.start), item, fact))
                anchor = item.end
            if resume is not None:
                subject, resume = resume, None
        if parent is None and not nested:
            self._wider_word_wholes(start, end, made, line)
        if parent is None and not nested and relevant:
            self._bounds(start, end, line, groups)
            self._types_counted_above(start, end, made)
        if relevant:
            self._other_units(start, end, line, names, figures, groups)
            self._unitless_after_names(end, line, names, figures)
        if parent is None and not nested:
            self._claims(start, end, line)
            said = self.text[start:end].strip(" :,")
            if said == "其中" and self.previous is not None:  # 其中: a lead-in to the parts of the sentence before
                self.previous = (self.previous[0], self.previous[1], self.previous[2], True)
            elif self.from_lead and made:  # one part of a 其中 list read: the list goes on
                pass
            else:
                self.previous = (line.start, subject, carry, False)
        for a, b in groups:
            owner = attached_at.get(a)
            if owner is None and parent is None and self._bracketed(a, b, names, start, groups, line, clauses, made):
                continue
            inner = context if owner is None else None
            if owner is None and parent is None and not nested and self._stages_of_a_part(a, carry, figures, clauses):
                inner = carry.indicator  # 专任教师3273人,其中…,基础教育3222人(其中幼儿园458人,…): the stages of the part
            self._sentence(a + 1, b - 1, line, inner, parent=owner, nested=True, inherited=relevant)
        if parent is not None:
            self._parts(parent, parts, line)

    def _stages_of_a_part(self, at: int, carry: _Subject | None, figures: list, clauses: list) -> bool:
        """Whether the parenthesis opening at `at` lists the stages of a part several stages make (基础教育, 义务教育阶段,
        中小学), itself a part after 其中 of the sentence's stage-less quantity (专任教师3273人,其中中等职业学校51人,
        基础教育3222人(其中幼儿园458人,小学1414人)): its figures, in the quantity's unit, are those stages' own."""
        if carry is None or carry.stage is not None or carry.blocked or not carry.facts or carry.facts[-1] is None:
            return False
        fig = next((f for f in figures if f.end == at), None)
        clause = next(((cs, ce) for cs, ce in clauses if cs <= at - 1 < ce), None)
        if fig is None or clause is None or fig.unit != carry.facts[-1].unit or "其中" not in self.text[carry.start:fig.start]:
            return False
        word = self.text[clause[0]:fig.start].strip(" :")
        word = re.sub(r"^其中[:,]?", "", word)
        first = self.v.tokens.match(self.text, at + 1)
        return word in self.v.mixed and (self.text.startswith("其中", at + 1)
                                         or (first is not None and first.group() in self.v.stage_of))

    def _not_done_after(self, fig) -> bool:
        """Whether the words after a count of what is built say it is not done (新建幼儿园3所均已开工建设, …3所,目前均处于
        主体施工阶段, …3所,其中2所已竣工,1所在建, …3所,开工率100%): up to its sentence's end, past the figures of its own
        parts (其中…) and the rates said of it, never into another count's words (…3所均已竣工,未开工的1所将于2024年开工: the 1's)."""
        stop = self._sentence_end(fig.end)
        at = fig.end
        for nxt in self._figures(fig.end, stop):
            clause = max(self.text.rfind(c, fig.end, nxt.start) for c in ",;") + 1
            if nxt.unit == "%":
                clause = nxt.start  # a rate said of this count (…3所,开工率100%): its words are this count's
            if self.re_not_done_after.search(self.text, at, max(clause, at)):
                return True
            if "其中" not in self.text[max(clause, fig.end):nxt.start] and "其中" not in self.text[fig.end:clause]:
                return False  # another count's: its words are its own
            at = nxt.end
        return self.re_not_done_after.search(self.text, at, stop) is not None

    def _other_units(self, start: int, end: int, line: Line, names, figures, groups) -> None:
        """A number in a sentence about schooling counted in a unit no indicator takes (850亩, 3起, 12批次, 320门, 56处:
        extract.yaml `other_units`), listed with reason `unit`, never passed over; not an ordinal (第3次), nor inside a
        name or a figure read, nor in a parenthesis (read as its own sentence)."""
        taken = [(f.start, f.end) for f in figures] + [(n[1], n[2]) for n in names] + [(a, b) for a, b in groups]
        for m in self.re_other_unit.finditer(self.text, start, end):
            if any(a <= m.start() < b for a, b in taken) or self.text[m.start() - 1:m.start()] == "第":
                continue
            self.unattached.append(Unattached(self.f.quote(m.start(), m.end()), line.locator, m.start(), m.end(), "unit"))
        for m in _RATIO.finditer(self.text, start, end):  # 普职比6:4, 师生比1:17.8: a ratio named as one (not 17:30)
            if "比" in self.text[max(start, m.start() - 8):m.start()] and not any(a <= m.start() < b for a, b in taken) \
                    and not any(u.start <= m.start() < u.end for u in self.unattached):
                self.unattached.append(Unattached(self.f.quote(m.start(), m.end()), line.locator, m.start(), m.end(), "unit"))

    def _unitless_after_names(self, end: int, line: Line, names, figures) -> None:
        """Numbers right after an indicator's name with no unit and no heading giving one (全县小学在校生31000; a table's
        one row, 小学在校生(人) 31000 32000, that no grid reads), ending their clause: no figure the reader can take,
        listed `no_unit`, never passed over (stop 35)."""
        taken = [(f.start, f.end) for f in figures] + [(u.start, u.end) for u in self.unattached]
        for name in names:
            m = self.re_unitless_after.match(self.text, name[2], end)
            if m is None or ":" in self.text[name[2]:m.start(1)]:
                continue  # 教育经费总投入:73728: a label's bare figure, the heading's unit's (tokens.py _LABELLED)
            numbers = list(re.finditer(r"\d+(?:\.\d+)?[万亿]?", m.group(1)))
            # one number with no unit at all; a unit in brackets over several (a table's row): what each is, unread
            why = "no_unit" if len(numbers) == 1 and "(" not in self.text[name[2]:m.start(1)] else "phrase"
            for n in numbers:
                a, b = m.start(1) + n.start(), m.start(1) + n.end()
                if not any(x <= a < y for x, y in taken):
                    self.unattached.append(Unattached(self.f.quote(a, b), line.locator, a, b, why))

    def _bracketed(self, a: int, b: int, names, start: int, groups, line: Line, clauses, made: list) -> bool:
        """An amount alone in brackets right after its name (不低于当地公务员平均工资收入水平(115200元)): that name's
        figure, read as if written after it; True when it was taken (or refused with its reason) here. Only money: a
        rate in brackets after a name is as often another's (高于全省学前三年毛入园率(90.2%)) as the entity's."""
        figs = self._figures(a + 1, b - 1)
        name = next((n for n in reversed(names) if n[2] <= a and re.fullmatch(r"(?:的)?(?:水平)?", self.text[n[2]:a])), None)
        if len(figs) != 1 or name is None or dictionary()[name[0]].family != "money" \
                or self.text[a + 1:b - 1].strip() != self.text[figs[0].start:figs[0].end]:
            return False
        cs, ce = next(((x, y) for x, y in clauses if x <= name[1] < y), (start, b))
        if self.re_other.search(self.text, cs, name[1]) or re.search(rf"其中|{words('prior_labels')}", self.text[cs:name[1]]):
            return False  # 全国公务员平均工资(…元): another's; 比上年…(11.8亿元), 其中…(0.3亿元): the year before's, a part's
        subject = self._name_subject(name, cs, start, names, groups)
        if subject.blocked:
            self._skip(figs[0], line, cs, b, subject.blocked, True)
            return True
        before = self.text[self.sentence_start:name[1]]
        if self._not_own(figs[0], False, subject.indicator) == "standard" and not any(
                p is not None and p.search(before) for p in (self.re_target, self.re_other, self.re_parent, self.re_child)):
            # 教师…不低于当地公务员平均工资收入水平(115200元): the comparison is the words before the name, which say
            # nothing of the figure; the figure is the name's own
            self.own = (figs[0].start, figs[0].end)
        fact = self._value(subject, figs[0], line, cs, b, None, ("year", None))
        if fact is not None:
            made.append(fact)
        return True

    def _plan_base(self, opening: list[str]) -> int | None:
        """The year before a plan's first (“十四五” → 2020, (2023—2025年) → 2022) from its opening lines, or None."""
        for t in opening:
            period = re.search(r"十([一二三四五六])五", t)
            if period:
                return 2005 + 5 * "一二三四五六".index(period.group(1))  # 十一五: 2006–2010, its base 2005
            span = re.search(r"((?:19|20)\d\d)\s*[-—–~至]\s*(?:19|20)\d\d", t)
            if span:
                return int(span.group(1)) - 1
        return None

    def _wider_word_wholes(self, start: int, end: int, made: list, line: Line) -> None:
        """A sentence whose 其中 names a stage by a narrower word than the one its whole was read under (全县高中学校6所,
        在校生15000人,其中普通高中5所,…: 高中 is 普通高中 and 职业高中): the whole's figures read as that stage's are
        several stages', listed `mixed_stage` (h-review35a)."""
        qi = self.text.find("其中", start, end)
        if qi < 0 or not made:
            return
        narrow = [t.group() for t in self.v.tokens.finditer(self.text, qi, end) if t.group() in self.v.stage_of]
        for fact in [p for p in made if p is not None and p.stage is not None and p.figure[1] <= qi and p in self.facts]:
            clause = max(self.text.rfind(c, start, fact.figure[0]) for c in ",;、") + 1
            words = [t.group() for t in self.v.tokens.finditer(self.text, max(clause, start), fact.figure[0])] or \
                [t.group() for t in self.v.tokens.finditer(self.text, start, fact.figure[0])][-1:]
            if words and any(w != words[-1] and w.endswith(words[-1]) and self.v.stage_of[w] == fact.stage for w in narrow):
                self.facts.remove(fact)
                self.unattached.append(Unattached(self.f.quote(*fact.figure), line.locator, fact.start, fact.end,
                                                  "mixed_stage"))

    def _same_stage_whole(self, subject: _Subject, cs: int) -> bool:
        """Whether the 其中 list the clause at `cs` stands in is the parts of a figure of the subject's own indicator and
        stage (全市共有普通中等职业学校82所,其中:职业高中25所,中等专业学校50所): then a part naming a kind within the stage
        is that kind's, never the stage's."""
        part = self.v.tokens.match(self.text, cs)
        for p in self.facts:
            if p.indicator == subject.indicator and p.stage == subject.stage and p.figure[1] <= cs \
                    and "其中" in self.text[p.figure[1]:cs] and not re.search("[。;\n]", self.text[p.figure[1]:cs]):
                whole = [t.group() for t in self.v.tokens.finditer(self.text, p.start, p.figure[0])]
                # 高中6所,其中普通高中5所: the part names the stage itself, the whole is wider (普通高中 and 职业高中):
                # not a kind within it; both stand, and the guards list them (h-review35a)
                return not (part and whole and part.group() != whole[-1] and part.group().endswith(whole[-1]))
        for u in self.unattached:  # the whole listed, not read (全县各类中等职业学校3所,其中职业高中2所: h-review37b)
            if u.end <= cs and "其中" in self.text[u.end:cs] and not re.search("[。;\n]", self.text[u.end:cs]):
                whole = [t.group() for t in self.v.tokens.finditer(self.text, u.start, u.end)
                         if self.v.stage_of.get(t.group()) == subject.stage]
                if whole and part and part.group() != whole[-1] and not part.group().endswith(whole[-1]):
                    return True
        return False

    # --- figures -------------------------------------------------------------------------------

    def _figure(self, subject: _Subject | None, fig: _Figure, gap: str, line: Line, cs: int, ce: int,
                relevant: bool) -> Proposed | None:
        role, detail = self._role(gap)
        if fig.unit == "bare":  # a bare decimal: a coefficient's value, or nothing the reader takes for a figure
            if subject is None or subject.indicator is None or dictionary()[subject.indicator].family != "ratio":
                if "差异系数" in self.text[line.start:ce]:  # …差异系数分别为:生均…面积0.482: a coefficient no name reads
                    self._skip(fig, line, cs, ce, "no_indicator", True)
                return None
            fig = _Figure(fig.start, fig.end, fig.number, None)
        if fig.unit == "个百分点":  # a difference of rates (提高0.4个百分点): never a rate
            self._skip(fig, line, cs, ce, "percentage_points", relevant)
            return None
        if role == "change" and fig.unit not in ("%",):
            self._skip(fig, line, cs, ce, "change_amount", relevant)  # 增加8.71亿元: a difference, not a year's figure
            return None
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
        if role == "unknown":  # 学前三年毛入园率须达到85%: a standard; anything else unread
            self._skip(fig, line, cs, ce, "standard" if self.re_standard.search(gap) else "phrase", relevant)
            return None
        if role == "share" and spec.family == "percent":  # 作业公示学校1725所、占比100%: the rate itself
            return self._value(subject, fig, line, subject.start, ce, None, ("year", None))
        if role == "value" and fig.unit == "%" and spec.family == "money" and detail[0] == "prior" and subject.facts \
                and subject.facts[-1] is not None and "of" in subject.facts[-1].stated:
            ratio = next((key for key, s in dictionary().items()
                          if s.computed == ("ratio", subject.indicator, subject.facts[-1].stated["of"])), None)
            if ratio is not None:  # …的比例为11.32%,比上年的10.54%…: the share the year before
                return self._value(_Subject(ratio, None, subject.start), fig, line, cs, ce, None, detail)
        if role == "value":
            return self._value(subject, fig, line, cs, ce, None, detail)
        over = None
        if role == "change" and isinstance(detail, tuple):
            detail, over = detail
        target = next((p for p in reversed(subject.facts) if p.period == self._year(line, fig.start)), None)
        if target is None:
            if role == "change":
                return self._growth(subject, fig, detail, over, line, cs, ce)
            if role == "share":
                return self._ratio(subject, fig, detail, line, cs, ce)
            self._skip(fig, line, cs, ce, "stated_without_value", True)
            return None
        if over is None and role == "change":  # 比2012年增加173所,增长30.6%: the change continues that comparison
            base = list(re.finditer(r"(?:比|较|与)((?:19|20)\d\d)年", self.text[target.figure[1]:fig.start]))
            over = int(base[-1].group(1)) if base else None
        if over is not None and over != target.period - 1:
            self._skip(fig, line, cs, ce, "not_the_year_before", True)
            return None
        if role == "change":
            number = self._signed(fig, detail, line, cs, ce)
            if number is None:
                return None
            target.stated["change_pct"] = number
            target.end = max(target.end, fig.end)
            return None
        if role == "share" and fig.unit not in ("%", "‰"):  # 占一般公共预算支出29472万元的比例为…: the base's amount
            base = [n for n in self._names(cs, fig.start) if n[1] > (subject.name_start or subject.start)]
            if len(base) == 1 and not (detail or "").replace(self.text[base[0][1]:base[0][2]], ""):
                self._value(_Subject(base[0][0], None, base[0][1]), fig, line, base[0][1], ce, None, ("year", None))
            else:
                self._skip(fig, line, cs, ce, "share_of_unknown", True)
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

    def _value(self, subject: _Subject, fig: _Figure, line: Line, cs: int, ce: int, _start,
               detail=("year", None)) -> Proposed | None:
        spec = dictionary()[subject.indicator]
        if fig.unit == "":  # an amount written without a unit, no heading giving one: never proposed
            self._skip(fig, line, cs, ce, "no_unit", True)
            return None
        unit = fig.unit or spec.unit
        try:
            if unit or spec.family != "ratio":  # a coefficient has no unit
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
        doubt = self._year_doubt(line, fig.start, spec.family) if year is None else None
        if doubt is not None:  # 2018年以来…, 截至2022年6月…: the year named is not certainly the figure's (years.py)
            self._skip(fig, line, cs, ce, doubt, True)
            subject.blocked = doubt  # a change stated after it is that figure's, as uncertain
            return None
        if year is None and self.in_targets and not _YEAR.search(self.text, line.start, fig.start):
            self._skip(fig, line, cs, ce, "target", True)
            return None
        if spec.family == "money" and self.department:
            self._skip(fig, line, cs, ce, "department", True)
            return None
        if spec.family == "count" and self.re_flow.search(spec.zh) and self._not_done_after(fig):  # (a count of additions:
            # 全县共有幼儿园72所,其中…,新建园2所在建 is a stock, h-review33z)
            self._skip(fig, line, cs, ce, "not_done", True)  # 新建幼儿园3所均已开工建设: begun, not done (h-review33d)
            return None
        if year is None and self.is_plan and (self.re_reach.search(self.text, self.sentence_start, fig.start)
                                              or (spec.family == "count" and self.re_flow.search(spec.zh))) \
                and not _YEAR.search(self.text, line.start, fig.start) \
                and not self.re_achieved.search(self.text, self.sentence_start, fig.start) \
                and not any(self.re_review_title.search(self.text, *span) for span in self.titles.values() if span):
            # a plan's 毛入园率达到85%, or an addition it plans (新建幼儿园3所: h-review33b; never a stock it states,
            # 全区有特殊教育学校1所), no year, nothing 现有: a goal
            self._skip(fig, line, cs, ce, "target", True)
            return None
        if year is None and self.plan_base not in (None, self.period) and not _YEAR.search(self.text, line.start, fig.start) \
                and not any(_YEAR.search(self.text, *span) for span in self.titles.values() if span):
            # a “十四五” plan read for 2023: a stock it states (现实基础, 取得的成就…: 全县共有幼儿园72所) is where it starts,
            # 2020's, never 2023's; read for 2020 it is the year's (h-review35a)
            self._skip(fig, line, cs, ce, "year_unclear", True)
            return None
        last_year_said = year is None and (self.re_last_year.match(self.text, self.sentence_start) or subject.last_year)
        written_after = self.written_in == self.period + 1 and last_year_said \
            and re.search(r"(?<![比较与由同和跟到])去年(?!同期|以来|相比)", self.text[self.sentence_start:fig.start]) is not None \
            and "今年" not in self.text[self.sentence_start:fig.start]  # (never 上年: the year before the one reported)
        if year is None and self.later_year_named and not written_after \
                and self.re_deictic.search(self.text, self.sentence_start, fig.start):
            self._skip(fig, line, cs, ce, "year_unclear", True)  # 去年/今年 in a text written after the year: which?
            return None
        if spec.family != "money" and year is None and not _YEAR.search(self.text, self.sentence_start, fig.start) \
                and (self.re_early_month.search(self.text, self.sentence_start, fig.start)
                     or self.re_spring.match(self.text, self.sentence_start)):
            self._skip(fig, line, cs, ce, "date_in_year", True)  # 截至6月底…, 春季学期…: the school year begun before
            return None
        if spec.family == "money" and self.re_part_year.search(self.text, self.sentence_start, fig.start):
            self._skip(fig, line, cs, ce, "part_year", True)  # 2022年1—11月,全县…4.8亿元: not the year's
            return None
        plan_end = self.re_plan_end.search(self.text, self.sentence_start, fig.start) if year is None else None
        if plan_end and self.v["plan_period_ends"][plan_end.group(1)] != self.period:
            self._skip(fig, line, cs, ce, "year_unclear", True)  # “十三五”末…88.6%: 2020's, not the evaluated year's
            return None
        period = year or self._year(line, fig.start)
        if which == "prior":
            period -= 1 if year is None else 0
        elif last_year_said and not written_after \
                and "本年" not in self.text[max(self.text.rfind(",", self.sentence_start, fig.start), self.sentence_start):fig.start]:
            period -= 1  # 去年全县在园幼儿8500人, 全县上年末在园幼儿…: the year before (never a clause of its own 本年:
            # 上年8632.15元,本年9126.48元, stop 36)
        last_school_year = year is None and which != "prior" and self._last_school_year(fig.start)
        if last_school_year:
            period -= 1  # 本学年…。上一学年在园人数是20.9881万人: a document counting by school year, the one before (stop 35)
        if period > self.period:
            self._skip(fig, line, cs, ce, "later_year", True)
            return None
        other = self._year_after(fig, period) or ("other_year" if year is None and not last_school_year and (
            self.re_other_year.search(self.text, self.sentence_start, fig.start)
            or self._before_change(line, fig.start)) else None)  # 前年…, 整改前:… (h-review34a)
        if other is not None:  # 85.1%(2019年统计), 前年…: the words name another year, which the reader cannot take
            self._skip(fig, line, cs, ce, other, True)
            return None
        own = self.own[0] <= fig.start < self.own[1] or (
            which == "prior" and bool(subject.facts) and subject.facts[-1] is not None
            and subject.facts[-1].start >= self.sentence_start)  # …16956.68元,高于全国平均水平,比上年的14976.05元: its own
        why = self._not_own(fig, own, subject.indicator)
        if why is not None:
            self._skip(fig, line, cs, ce, why, True)
            if why == "definition":
                subject.blocked = why  # 5.2亿元(不含基建),比上年增长6.12%: the change is the narrower quantity's
            return None
        scope = self._scope(line, cs, fig.start, fig.end)  # "" (unclear) is settled by a share of a scoped base, or refused
        scope = included_scope(self.v, self.text[self.sentence_start:fig.start], subject.stage) or scope
        start = subject.start if subject.start <= fig.start and (subject.start >= cs or own) else cs
        fact = Proposed(subject.indicator, subject.stage, period, fig.number, fig.unit, line.locator, start, fig.end,
                        scope=scope, figure=(fig.start, fig.end))
        subject.facts.append(fact)
        self.facts.append(fact)
        return fact

    def _skip(self, fig: _Figure, line: Line, cs: int, ce: int, reason: str, relevant: bool | str) -> None:
        if relevant is True or (relevant and any(c.isdigit() for c in self.text[fig.start:fig.end])):
            self.unattached.append(Unattached(self.f.quote(fig.start, fig.end), line.locator, cs, ce, reason))

    def _label(self, cs: int, pos: int) -> str:
        return re.sub(r"^(?:其中)?[:\s]*", "", self.text[cs:pos]).strip()
