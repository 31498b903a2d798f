"""Case building: for each entity × criterion × stage, the one fact the engine is asked about, or
the verdict reached before the engine (not applicable, missing, unreadable or conflicting).

Python decides here only what is not a comparison of numbers — whether a criterion applies to this
entity level and year, which parameter values are in force, whether each operand is present,
conflicting or unreadable. What does not depend on the submission is worked out once per run and
kept in a `Plan` per (criterion, stage): its operand keys, the engine field of each, the reasons it
may not apply, and the parameter variants in force per (year, region). Operands are looked up once
per submission (`Index`), however many criteria read them.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.evaluate import consistency, derive, history as hist, schoolchecks
from checker.evaluate.messages import Pair as _Pair, both, broken_operands, fact_label, fact_value, level_zh, place, \
    ref_label, sep
from checker.i18n import Text, t, text
from checker.intake.indicators import dictionary
from checker.model import REGION_ZH, REGIONS, STAGE_ZH, BadFact, Fact, Location, Status, Submission, \
    Threshold
from checker.rules import expr
from checker.rules.checks import GROUPS, HISTORY_CHECKS, NAMES, SCHOOL_CHECKS, STATED_CHECKS, group_ref
from checker.rules.compile import CompiledPack, combos
from checker.rules.criteria import Criterion, Pack


class Operand:
    """One indicator reference as a submission answers it: its value facts (several when they
    conflict), claims, unreadable facts, and its `state` (present, missing, conflict, scoped, bad)."""

    __slots__ = ("ref", "period", "facts", "claims", "bad", "scopes", "parts", "missing_parts", "state",
                 "evidence", "texts", "implied", "against")

    def __init__(self, ref: expr.Ref, period: int, facts: list[Fact], claims: list[Fact], bad: list[BadFact],
                 scopes: tuple[str, ...] = (), parts: tuple[Fact, ...] = (), missing_parts: tuple[str, ...] = (),
                 against: tuple[Fact, ...] = ()):
        self.ref = ref
        self.period = period
        self.facts = facts  # value facts (one value, or several when they conflict)
        self.claims = claims
        self.bad = bad
        self.scopes = scopes  # set when only figures for several parts of the entity exist
        self.parts = parts  # a total taken as the sum of these stage figures (its lineage)
        self.missing_parts = missing_parts  # a total not given, whose stage figures are incomplete
        self.against = against  # the stage figures a given total contradicts (facts[0] is the total)
        if bad:
            self.state = "bad"
        elif scopes:
            self.state = "scoped"
        elif against:
            self.state = "conflict"
        elif len(facts) > 1 and len(self.values) > 1:
            self.state = "conflict"
        else:
            self.state = "present" if facts else "missing"
        self.evidence = tuple(parts or facts or claims)  # what a finding shows for it
        self.texts = None  # how messages show it (checker/evaluate/messages.py keeps it here)
        # last year's figure not given, implied by the county's stated change on this year's:
        # (this year's fact, its Stated change, the implied figure's low, high) — see `_from_stated_change`
        self.implied: tuple | None = None

    @property
    def values(self) -> list[float]:
        return sorted({f.value for f in self.facts})


class Index:
    """A submission's facts by (indicator, stage, period), and each operand once looked up."""

    def __init__(self, submission: Submission):
        self.submission = submission
        self.period = submission.period
        self.facts: dict[tuple, list[Fact]] = {}
        self.claims: dict[tuple, list[Fact]] = {}
        self.bad: dict[str | None, list[BadFact]] = {}
        self.memo: dict[tuple, Operand] = {}  # (indicator, prev, stage, parts) -> its operand
        entity = submission.entity
        self.gate_key = (entity.level, submission.period, entity.region)  # what a plan's gate depends on
        for fact in submission.facts:
            (self.claims if fact.is_claim else self.facts).setdefault(fact.key, []).append(fact)
        for bad in submission.bad_facts:
            self.bad.setdefault(bad.indicator, []).append(bad)

    def operand(self, ref: expr.Ref, stage: str | None, parts: tuple[str, ...] = ()) -> Operand:
        """`ref` for `stage` in the submission's year; an entity total of a count not given is
        the sum of the `parts` stages' figures."""
        key = (ref.indicator, ref.prev, stage, parts)
        op = self.memo.get(key)
        if op is None:
            op = self.memo[key] = self._operand(ref, stage, parts)
        return op

    def _operand(self, ref: expr.Ref, stage: str | None, parts: tuple[str, ...]) -> Operand:
        p = self.period - 1 if ref.prev else self.period
        key = (ref.indicator, stage, p)
        # An unreadable fact taints every operand it might have been: unknown fields match anything.
        bad = [b for b in self.bad.get(ref.indicator, ()) if b.stage in (stage, None) and b.period in (p, None)] \
            if self.bad else []
        found = self.facts.get(key, [])
        if stage is None and parts and not bad and dictionary()[ref.indicator].family == "count":
            if not found:
                return self._total(ref, p, parts)
            clash = self._against_stages(ref, p, parts, found)
            if clash is not None:
                return clash
        claims = self.claims.get(key, [])
        if len(found) == 1 and found[0].scope is None:  # the common case
            return Operand(ref, p, found, claims, bad)
        whole = [f for f in found if f.scope is None]
        scopes = tuple(sorted({f.scope for f in found if f.scope is not None}))
        if whole or len(scopes) <= 1:  # the whole entity's figure, or the only scope there is
            return Operand(ref, p, whole or found, claims, bad)
        return Operand(ref, p, found, claims, bad, scopes)

    def _against_stages(self, ref: expr.Ref, p: int, parts: tuple[str, ...], found: list[Fact]) -> Operand | None:
        """A total the county gives, held against its own stage figures of the same scope: below
        the stages given, or (every stage given) not their sum, it is a conflict (0 super-large
        classes in all, 2 in junior) — never a pass on the total alone."""
        for total in found:
            given, missing = [], []
            for s in parts:
                same = {f.value: f for f in self.facts.get((ref.indicator, s, p), ()) if f.scope == total.scope}
                if len(same) == 1:
                    given.append(next(iter(same.values())))
                else:  # absent, or itself in conflict (the stage's own criteria say so)
                    missing.append(s)
            if not given:
                continue
            added = sum(f.value for f in given)
            if added > total.value or (not missing and added != total.value):
                return Operand(ref, p, [total, *given], self.claims.get((ref.indicator, None, p), []), [],
                               missing_parts=tuple(missing), against=tuple(given))
        return None

    def _total(self, ref: expr.Ref, p: int, parts: tuple[str, ...]) -> Operand:
        """A count's entity total not given: the sum of its stage figures, when every stage the
        criterion names is given (in one scope); otherwise missing, naming the stages that are not."""
        claims = self.claims.get((ref.indicator, None, p), [])
        ops = [self.operand(ref, s) for s in parts]
        broken = [op for op in ops if op.state in ("bad", "conflict", "scoped")]
        if broken:
            return broken[0]
        absent = tuple(s for s, op in zip(parts, ops) if op.state == "missing")
        facts = [op.facts[0] for op in ops if op.state == "present"]
        if absent or len({f.scope for f in facts}) > 1:
            return Operand(ref, p, [], claims + [c for op in ops for c in op.claims], [],
                           missing_parts=absent or parts)
        first = facts[0]
        total = Fact(ref.indicator, None, p, sum(f.value for f in facts), first.unit, None, None,
                     derive.made_here(None, "derive.locator.stage_sum",
                                      parts=(" + ".join(STAGE_ZH[s] for s in parts), " + ".join(parts))),
                     Location(first.location.file, path="Σ " + ", ".join(str(f.location) for f in facts)),
                     scope=first.scope)
        return Operand(ref, p, [total], claims, [], parts=tuple(facts))


class Pending:
    """One entity × criterion × stage on its way to a finding: either an engine case (`case`, an
    index into the cases list; `checks` for a check's several cases) or a verdict reached before
    the engine (`status` with its `reason` in zh and en, or the `absent` operands of a missing one;
    `missing` says what to fill when that is not an operand)."""

    __slots__ = ("plan", "criterion", "stage", "thresholds", "operands", "missing_rule_refs", "case", "status",
                 "reason", "absent", "missing", "checks", "implied", "note")

    def __init__(self, plan: "Plan", thresholds: tuple[Threshold, ...] = (), operands: list[Operand] | None = None,
                 case: int | None = None):
        self.plan = plan
        self.criterion = plan.criterion
        self.stage = plan.stage
        self.thresholds = thresholds
        self.operands: list[Operand] = operands if operands is not None else []
        self.missing_rule_refs: list[Operand] | tuple = ()
        self.case = case
        self.status: Status | None = None
        self.reason: tuple[str, str] = ("", "")
        self.absent: list[Operand] | None = None
        self.missing: tuple[dict, ...] = ()
        self.checks: list[tuple[consistency.Detail, int | None]] | tuple = ()  # a list once a check has cases
        self.implied = False  # decided on a stated change: last year's figure implied by it (`_from_stated_change`)
        self.note: tuple[Text, dict] | None = None  # where the figures of a comparison came from, shown with it

    def decide(self, status: Status, zh: str, en: str, missing: tuple[dict, ...] = ()) -> "Pending":
        self.status, self.reason, self.missing = status, (zh, en), missing
        return self

    def lacking(self, absent: list[Operand]) -> "Pending":
        self.status, self.absent = Status.MISSING, absent
        return self


class Plan:
    """What one (criterion, stage) needs of every submission, worked out once per run: its operand
    keys and engine fields, and per (level, year, region) its gate — the verdict reached without
    looking at any figure (not applicable to this level or year, no threshold in force, the region
    missing), or the case kind and thresholds in force."""

    __slots__ = ("criterion", "stage", "compiled", "refs", "keys", "slots", "is_pre", "pre_index", "parts",
                 "kinds", "gates", "by_change", "sourced", "per_pupil", "written")

    def __init__(self, criterion: Criterion, stage: str | None, compiled: CompiledPack):
        self.criterion, self.stage, self.compiled = criterion, stage, compiled
        self.refs = criterion.refs
        self.parts = criterion.totals_from if stage is None else ()
        self.keys = tuple((ref, (ref.indicator, ref.prev, stage, self.parts)) for ref in self.refs)
        pre = set(criterion.precondition_refs)
        self.is_pre = tuple(r in pre for r in self.refs)
        position = {r: i for i, r in enumerate(self.refs)}
        self.pre_index = tuple(position[r] for r in criterion.precondition_refs)
        self.gates: dict[tuple, tuple] = {}
        if criterion.check:
            self.slots = ()
        else:
            slots = compiled.slots.get((criterion.pack, criterion.id))  # None: not compiled (raised if used)
            self.slots = tuple(slots[r] for r in self.refs) if slots is not None else None
        self.kinds = {combo: compiled.kinds[key] for combo in combos(criterion)
                      if (key := (criterion.pack, criterion.id, combo)) in compiled.kinds}
        self.by_change = _on_last_year(criterion)
        # derived figures with a reported fallback that this rule compares with each other: one source
        reported = {(key, st): (rep, rst) for key, st, rep, rst in derive.fallbacks()}
        sourced = tuple((i, expr.Ref(reported[k][0], r.prev), reported[k][1]) for i, r in enumerate(self.refs)
                        if (k := (r.indicator, stage)) in reported)
        self.sourced = sourced if len(sourced) > 1 else ()
        # a per-pupil figure of a stage: not applicable where the entity has no pupils at that stage
        self.per_pupil = per_pupil(criterion, stage)
        # a plan's path (checker/rules/plan.py): the figure compared at the precision written — the
        # engine is given the end of its interval toward the path (1: the top for ≥, 0: the bottom for ≤)
        info = criterion.plan or {}
        self.written = (1 if info.get("direction") == ">=" else 0) if info.get("precision") == "written" else None

    def gate(self, level: str, period: int, region: str | None) -> tuple:
        """(status, zh, en) when decided without the figures; else (None, kind, thresholds)."""
        c = self.criterion
        if level not in c.levels:
            return (Status.NOT_APPLICABLE, *both("cases.wrong_level", level=(level_zh(level), level), levels=(
                sep("list")[0].join(level_zh(x) for x in c.levels), "/".join(c.levels))))
        if (c.valid_from and period < c.valid_from) or (c.valid_to and period > c.valid_to):
            span = f"{c.valid_from or '…'}–{c.valid_to or '…'}"
            return (Status.NOT_APPLICABLE, *both("cases.not_in_force", span=span, year=period))
        chosen = in_force(c, self.stage, period, region)
        if isinstance(chosen[0], str):  # no variant in force: the reason (missing when the region decides)
            return (chosen[2] if len(chosen) == 3 else Status.NOT_APPLICABLE, chosen[0], chosen[1])
        combo, thresholds = chosen
        return (None, self.kinds.get(combo), thresholds)


_PLANS: dict[tuple, tuple] = {}


def plans(packs: tuple[Pack, ...], compiled: CompiledPack) -> tuple[Plan, ...]:
    """The plan of every (criterion, stage) of these packs, in order; made once per run."""
    key = (tuple(map(id, packs)), id(compiled))
    hit = _PLANS.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], packs)) and hit[1] is compiled:
        return hit[2]
    if len(_PLANS) > 1_000:
        _PLANS.clear()
    made = tuple(Plan(c, stage, compiled) for pack in packs for c in pack.criteria for stage in c.stages)
    _PLANS[key] = (packs, compiled, made)
    return made


_BROKEN = frozenset(("bad", "conflict", "scoped"))


def prepare(index: Index, plan: Plan, cases: list, history: hist.History | None = None) -> Pending:
    """The case of one (criterion, stage) for the index's submission, appended to `cases`, or the
    verdict reached without the engine."""
    key = index.gate_key
    gate = plan.gates.get(key)
    if gate is None:
        gate = plan.gates[key] = plan.gate(*key)
    status, kind, thresholds = gate
    if status is not None:
        # missing: the region decides the threshold
        missing = ({"field": "entity.region", "period": index.period},) if status is Status.MISSING else ()
        return Pending(plan).decide(status, kind, thresholds, missing)
    if plan.criterion.check:
        return _prepare_check(index.submission, plan.criterion, Pending(plan, thresholds), cases, history, kind)
    if plan.per_pupil:
        pupils = index.operand(STUDENTS, plan.stage)
        if pupils.state == "present" and pupils.facts[0].value == 0 and pupils.facts[0].scope is None:
            fact = pupils.facts[0]
            text = t("evaluate.no_pupils", stage=_Pair(STAGE_ZH.get(plan.stage, plan.stage), plan.stage),
                     place=_Pair(place(fact.location), place(fact.location, "en")))
            return Pending(plan, thresholds, [pupils]).decide(Status.NOT_APPLICABLE, text.render("zh"),
                                                               text.render("en"))
    memo = index.memo
    operands = []
    present = True
    for ref, memo_key in plan.keys:
        op = memo.get(memo_key)
        if op is None:  # the key `Index.operand` would make
            op = memo[memo_key] = index._operand(ref, plan.stage, plan.parts)
        if op.state != "present":
            present = False
        operands.append(op)
    if plan.slots is None or kind is None:
        raise KeyError((plan.criterion.pack, plan.criterion.id))
    note = None
    if plan.sourced and index.submission.schools_file:
        operands, note = _one_source(index, plan, operands)
        present = all(op.state == "present" for op in operands)
    if present:  # the common case
        if len(operands) > 1 and _scopes_differ(operands):
            return _scope_mismatch(Pending(plan, thresholds, operands), operands, plan.stage)
        if plan.written is None:
            cases.append((kind, {slot: op.facts[0].value for slot, op in zip(plan.slots, operands)}))
        else:
            cases.append((kind, {slot: as_written(op.facts[0])[plan.written] for slot, op in zip(plan.slots, operands)}))
        item = Pending(plan, thresholds, operands, len(cases) - 1)
        item.note = note
        return item
    item = Pending(plan, thresholds, operands)
    item.note = note
    broken = [op for op in operands if op.state in _BROKEN]
    if broken:
        return item.decide(Status.ERROR, *_broken_text(broken))
    if plan.by_change is not None:
        decided = _from_stated_change(plan, item, kind, cases)
        if decided is not None:
            return decided
    if plan.criterion.precondition is None:  # no operand is the precondition's: every absent one is named
        return item.lacking([op for op in operands if op.state == "missing"])
    states = [op.state for op in operands]
    if any(states[i] == "missing" for i in plan.pre_index):  # name every absent figure, not only the precondition's
        return item.lacking([op for op, s in zip(operands, states) if s == "missing"])
    item.missing_rule_refs = [op for op, s, pre in zip(operands, states, plan.is_pre) if s == "missing" and not pre]
    if item.missing_rule_refs and plan.criterion.precondition is None:
        return item.lacking(item.missing_rule_refs)
    present_ops = [(slot, op) for slot, op, s, pre in zip(plan.slots, operands, states, plan.is_pre)
                   if s == "present" and (not item.missing_rule_refs or pre)]
    if len(present_ops) > 1 and _scopes_differ([op for _, op in present_ops]):
        return _scope_mismatch(item, [op for _, op in present_ops], plan.stage)
    item.case = len(cases)
    cases.append((kind, {slot: op.facts[0].value for slot, op in present_ops}))
    return item


def as_written(fact: Fact) -> tuple[float, float]:
    """The values a figure stands for at the precision it was written to (consistency.half_unit:
    98.9 % → 98.85–98.95; counts exact), in decimal arithmetic so the ends are the decimals shown."""
    half = consistency.half_unit(fact)
    if not half:
        return fact.value, fact.value
    value, half = Decimal(repr(float(fact.value))), Decimal(repr(half))
    return float(value - half), float(value + half)


PER_PUPIL = "per_student_"  # the dictionary's per-pupil figures (生均…) by their id
STUDENTS = expr.Ref("students")


def per_pupil(criterion: Criterion, stage: str | None) -> bool:
    """Does the rule read a per-pupil figure of a stage? Then it is not_applicable where the entity has
    no pupils at that stage (`prepare`), and that pupil count is read (coverage.unread)."""
    return stage is not None and not criterion.check and any(r.indicator.startswith(PER_PUPIL) for r in criterion.refs)


def _label(op: Operand, stage: str | None = None) -> _Pair:
    return _Pair(*ref_label(op.ref, stage, op.period))


def _broken_text(broken: list[Operand]) -> tuple[str, str]:
    """Why figures cannot be compared; a total that contradicts its stages says how."""
    zh, en = [], []
    plain = [op for op in broken if not op.against]
    if plain:
        z, e = broken_operands(plain)
        zh.append(z)
        en.append(e)
    for op in broken:
        if op.against:
            total = op.facts[0]
            added = sum(f.value for f in op.against)
            shown = _Pair(" + ".join(f"{STAGE_ZH[f.stage]} {fact_value(f)}" for f in op.against),
                          " + ".join(f"{f.stage} {fact_value(f)}" for f in op.against))
            parts = t("evaluate.stages_exceed", parts=shown) if op.missing_parts else \
                t("evaluate.stages_sum", parts=shown, sum=fact_value(replace(total, value=added)))
            text = t("evaluate.total_vs_stages", label=_label(op), total=fact_label(total),
                     place=_Pair(place(total.location), place(total.location, "en")), parts=parts)
            zh.append(text.render("zh"))
            en.append(text.render("en"))
    return ";".join(zh), "; ".join(en)


def _scopes_differ(operands: list[Operand]) -> bool:
    first = operands[0].facts[0].scope
    return any(op.facts[0].scope != first for op in operands)


def _scope_mismatch(item: Pending, operands: list[Operand], stage: str | None) -> Pending:
    """Figures of different scopes (区属, the schools a district runs, against 辖区, its whole
    territory) are different quantities: a comparison needs both sides in one scope. The figures
    of a part scope lack their whole-entity counterpart (or, all in parts, those unlike the first)."""
    scopes = [op.facts[0].scope for op in operands]
    target = None if None in scopes else scopes[0]
    whole = t("evaluate.scope_whole")
    sides = [t("evaluate.scope_side", label=_label(op, stage), scope=op.facts[0].scope or whole) for op in operands]
    joined = _Pair(",".join(s.render("zh") for s in sides), "; ".join(s.render("en") for s in sides))
    text = t("evaluate.scope_mismatch", sides=joined)
    wanted = tuple({"indicator": op.ref.indicator, "stage": stage, "period": op.period,
                    **({"scope": target} if target else {})}
                   for op, scope in zip(operands, scopes) if scope != target)
    return item.decide(Status.MISSING, text.render("zh"), text.render("en"), wanted)


def _one_source(index: Index, plan: Plan, operands: list[Operand]) -> tuple[list[Operand], tuple | None]:
    """A comparison between figures the school table derives, or else the county reports
    (kindergarten children against teachers), takes every one of them from ONE source: the
    table when it gives them all, otherwise the reported figures (never 580 children summed from a
    partial table against 150 teachers reported). Where both give a figure and they differ, the
    note says so. Returns the operands and the note (a Text and its machine-readable detail)."""
    table = index.submission.schools_file
    taken = [operands[i].state == "present" and derive.from_table(operands[i].facts[0], table)
             for i, _, _ in plan.sourced]
    if not any(taken):
        return operands, None
    reported = [index.operand(ref, stage) for _, ref, stage in plan.sourced]
    table_ops = [operands[i] for i, _, _ in plan.sourced]
    differ = [(op, r) for op, r, from_table in zip(table_ops, reported, taken)
              if from_table and r.state == "present" and r.facts[0].value != op.facts[0].value]
    parts, detail = [], {"source": "schools" if all(taken) else "reported"}
    if not all(taken):
        absent = [op for op, from_table in zip(table_ops, taken) if not from_table]
        parts.append(t("evaluate.one_source_reported", absent=_Pair(sep("list")[0].join(_label(op).zh for op in absent),
                                                                     ", ".join(_label(op).en for op in absent))))
        operands = list(operands)
        for (i, _, _), r in zip(plan.sourced, reported):
            operands[i] = Operand(operands[i].ref, r.period, r.facts, r.claims, r.bad, r.scopes)
    if differ:
        pairs = [t("evaluate.source_pair", label=_label(op), table=fact_label(op.facts[0]),
                   reported=fact_label(r.facts[0]), place=_Pair(place(r.facts[0].location),
                                                                place(r.facts[0].location, "en")))
                 for op, r in differ]
        parts.append(t("evaluate.sources_disagree", pairs=_Pair(";".join(p.render("zh") for p in pairs),
                                                                 "; ".join(p.render("en") for p in pairs))))
        detail["disagreements"] = [{"indicator": op.ref.indicator, "schools": op.facts[0].value,
                                    "reported": r.facts[0].value, "place": str(r.facts[0].location)}
                                   for op, r in differ]
    if not parts:
        return operands, None
    return operands, (_Pair(";".join(p.render("zh") for p in parts), "; ".join(p.render("en") for p in parts)),
                      detail)


def in_force(criterion: Criterion, stage: str | None, period: int, region: str | None):
    """The parameter variants in force for (criterion, stage, year, region): (combo, thresholds),
    or the (zh, en) reason none is in force (with Status.MISSING when the region is what is missing)."""
    combo, thresholds = [], []
    for param in criterion.params:
        chosen = param.select(period, region, stage)
        if chosen is None and region is None and any(param.select(period, r, stage) for r in REGIONS):
            # the threshold depends on the region and none is given: missing data, never n/a
            return (*both("cases.region_decides", year=period, param=(param.title_zh or param.name,
                                                                    param.title_en or param.name)), Status.MISSING)
        if chosen is None:
            starts = sorted(v.start for v in param.variants if v.start)
            first = both("cases.first_in_force", year=starts[0]) if starts and starts[0] > period else ""
            no_region = both("cases.no_region")
            return both("cases.no_variant", year=period, first=first,
                        param=(param.title_zh or param.name, param.title_en or param.name),
                        region=(REGION_ZH.get(region, no_region[0]), region or no_region[1]),
                        stage=(STAGE_ZH.get(stage, ""), ", " + stage if stage else ""))
        i, variant = chosen
        combo.append(i)
        thresholds.append(Threshold(param.name, _plain(variant.value), period, region, stage,
                                    variant.describe(), "; ".join(x for x in (variant.basis, variant.note) if x),
                                    param.unit))
    return (tuple(combo), tuple(thresholds))


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _on_last_year(criterion: Criterion) -> int | None:
    """For a rule that is one comparison of a figure with its own last year's value, `x >= prev(x)`
    (只增不减) or `x > prev(x)` (逐步增长), the position of `prev(x)` among its refs: the comparison
    the county's stated change on last year answers when last year's figure is not given."""
    rule = criterion.rule
    if criterion.check or criterion.precondition is not None or criterion.warn is not None \
            or not isinstance(rule, expr.Cmp) or rule.op not in (">=", ">"):
        return None
    left, right = rule.left, rule.right
    if isinstance(left, expr.Ref) and isinstance(right, expr.Ref) and left.indicator == right.indicator \
            and not left.prev and right.prev:
        return criterion.refs.index(right)
    return None


def _from_stated_change(plan: Plan, item: Pending, kind: str, cases: list) -> Pending | None:
    """Last year's figure not given, this year's given with the county's stated change on it
    ("同口径比上年下降1.51%"): that statement is the county's own account of the comparison. The
    engine compares this year's figure with the figure the change implies (its sign is the stated
    change's; no change is the rule's boundary); the finding quotes the statement and shows the
    interval the precision written allows for last year. None when there is no such statement."""
    at = plan.by_change
    operands = item.operands
    prev, cur = operands[at], operands[1 - at]
    if prev.state != "missing" or cur.state != "present":
        return None
    stating = [(f, x) for f in cur.facts for x in f.stated if x.kind == "change_pct"]
    if not stating:
        return None
    if len({x.value for _, x in stating}) > 1:
        name_zh, name_en = ref_label(prev.ref, plan.stage, prev.period)
        items = [(text("growth.stated_change_item", "zh", change=x.value_as_written, quote=f.citation.quote or "",
                       place=str(f.location)),
                  text("growth.stated_change_item", "en", change=x.value_as_written, quote=f.citation.quote or "",
                       place=str(f.location))) for f, x in stating]
        zh = text("growth.stated_changes_disagree", "zh", name=name_zh, changes=";".join(z for z, _ in items))
        en = text("growth.stated_changes_disagree", "en", name=name_en, changes="; ".join(e for _, e in items))
        return item.decide(Status.ERROR, zh, en)
    fact, stated = stating[0]
    implied = consistency.implied_prior(fact, stated)
    if implied is None:
        return None
    point, lo, hi = implied
    figure = Fact(fact.indicator, fact.stage, prev.period, point, fact.unit, None, None, fact.citation, fact.location,
                  scope=fact.scope)
    op = Operand(prev.ref, prev.period, [figure], prev.claims, [])
    op.implied = (fact, stated, lo, hi)
    op.evidence = ()  # not a figure of the county's: this year's figure and its quote are the evidence
    operands[at] = op
    item.implied = True
    item.case = len(cases)
    cases.append((kind, {slot: o.facts[0].value for slot, o in zip(plan.slots, operands)}))
    return item


def _prepare_check(submission: Submission, criterion: Criterion, item: Pending, cases: list,
                   history: hist.History | None = None, kind: str | None = None) -> Pending:
    """A consistency or school check: one engine case per stated figure or school comparison,
    carrying the operands its rules read (checks.BOUND_CHECKS: the figure alone; `kind` is then
    the one of the parameter values in force)."""
    if criterion.check in SCHOOL_CHECKS:
        if submission.bad_schools:
            places = t("derive.table_incomplete", places=tuple(submission.bad_schools))
            return item.decide(Status.ERROR, places.render("zh"), places.render("en"))
        values = {t.name: t.value for t in item.thresholds}
        found = schoolchecks.school_details(criterion.check, submission, item.stage, values.__getitem__)
        if not found:
            return item.decide(Status.MISSING, *both("cases.no_school_table"),
                               ({"table": "schools", "stage": item.stage, "period": submission.period},))
    elif criterion.check in STATED_CHECKS:  # a stated 差异系数 against the school table's
        found = schoolchecks.stated_cv_details(criterion.check, submission, item.stage)
    elif criterion.check in HISTORY_CHECKS:
        values = {t.name: t.value for t in item.thresholds}
        found = hist.details(criterion.check, submission, history or hist.History(), values.__getitem__)
    else:
        found = consistency.details(criterion.check, submission)
    if not found:
        nothing = hist.NOTHING[criterion.check] if criterion.check in HISTORY_CHECKS else consistency.NOTHING.get(
            criterion.check, "cases.nothing_stated")
        return item.decide(Status.NOT_APPLICABLE, *both(nothing))
    compiled = item.plan.compiled
    item.checks = []
    kind = kind or compiled.kinds[(criterion.pack, criterion.id, ())]
    slots = compiled.slots[(criterion.pack, criterion.id)]
    groups = GROUPS.get(criterion.check)
    if groups:  # one case per school (its place), each comparison in its group's fields
        fields_of = [[(i, slots[r]) for i, name in enumerate(NAMES) if (r := group_ref(g, name)) in slots]
                     for g in groups]
        case_of: dict[str | None, int] = {}
        for detail in found:
            index = None
            if detail.computed is not None:
                index = case_of.get(detail.place)
                if index is None:
                    index = case_of[detail.place] = len(cases)
                    cases.append((kind, {}))
                operands = (*detail.computed, *detail.stated, *detail.truncated)
                cases[index][1].update([(field, operands[i]) for i, field in fields_of[detail.group]])
            item.checks.append((detail, index))
        return item
    fields = [(i, slots[r]) for i, name in enumerate(NAMES) if (r := expr.Ref(name)) in slots]  # each operand's field
    for detail in found:
        index = None
        if detail.computed is not None:
            operands = (*detail.computed, *detail.stated, *detail.truncated)
            index = len(cases)
            cases.append((kind, {field: operands[i] for i, field in fields}))
        item.checks.append((detail, index))
    return item
