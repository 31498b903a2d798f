"""Run compiled criteria over a submission: exactly one finding per entity × criterion × stage.

Python decides only what is not a comparison of numbers — whether a criterion applies to this
entity level and year, which parameter values are in force, whether each operand is present,
conflicting or unreadable — and builds the case facts. The engine decides pass, warn, fail and
(for preconditions) not applicable. Whatever the engine does — no verdict, two verdicts, a
refused fact, an exception in an action — becomes an `error` finding, never a silent gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable

from checker.evaluate import consistency, history as hist, schoolchecks
from checker.rules import expr, planreport
from checker.rules.checks import GROUPS, HISTORY_CHECKS, NAMES, SCHOOL_CHECKS, STATED_CHECKS, group_ref
from checker.rules.compile import CompiledPack
from checker.rules.criteria import Criterion, Pack
from checker.evaluate.engine import Engine
from checker.evaluate.messages import LEVEL_ZH, describe_check, describe_rule, fact_label, place, ref_label
from checker.i18n import render
from checker.intake.indicators import dictionary
from checker.model import REGION_ZH, REGIONS, STAGE_ZH, BadFact, Citation, Fact, Finding, Location, Status, \
    Submission, Threshold

_VERDICT = {"pass": Status.PASS, "warn": Status.WARN, "fail": Status.FAIL, "na": Status.NOT_APPLICABLE}


@dataclass
class _Operand:
    ref: expr.Ref
    period: int
    facts: list[Fact]  # value facts (one value, or several when they conflict)
    claims: list[Fact]
    bad: list[BadFact]
    scopes: tuple[str, ...] = ()  # set when only figures for several parts of the entity exist
    parts: tuple[Fact, ...] = ()  # a total taken as the sum of these stage figures (its lineage)
    missing_parts: tuple[str, ...] = ()  # a total not given, whose stage figures are incomplete

    @property
    def values(self) -> list[float]:
        return sorted({f.value for f in self.facts})

    @property
    def state(self) -> str:
        if self.bad:
            return "bad"
        if self.scopes:
            return "scoped"
        if len(self.values) > 1:
            return "conflict"
        return "present" if self.facts else "missing"


class _Index:
    def __init__(self, submission: Submission):
        self.facts: dict[tuple, list[Fact]] = {}
        self.claims: dict[tuple, list[Fact]] = {}
        self.bad: dict[str | None, list[BadFact]] = {}
        for fact in submission.facts:
            (self.claims if fact.is_claim else self.facts).setdefault(fact.key, []).append(fact)
        for bad in submission.bad_facts:
            self.bad.setdefault(bad.indicator, []).append(bad)

    def operand(self, ref: expr.Ref, stage: str | None, period: int, parts: tuple[str, ...] = ()) -> _Operand:
        p = period - 1 if ref.prev else period
        key = (ref.indicator, stage, p)
        # An unreadable fact taints every operand it might have been: unknown fields match anything.
        bad = [b for b in self.bad.get(ref.indicator, []) if b.stage in (stage, None) and b.period in (p, None)]
        found = self.facts.get(key, [])
        if not found and not bad and stage is None and parts and dictionary()[ref.indicator].family == "count":
            return self._total(ref, period, p, parts)
        whole = [f for f in found if f.scope is None]
        scopes = tuple(sorted({f.scope for f in found if f.scope is not None}))
        if whole or len(scopes) <= 1:  # the whole entity's figure, or the only scope there is
            return _Operand(ref, p, whole or found, self.claims.get(key, []), bad)
        return _Operand(ref, p, found, self.claims.get(key, []), bad, scopes)

    def _total(self, ref: expr.Ref, period: int, p: int, parts: tuple[str, ...]) -> _Operand:
        """A count's entity total not given: the sum of its stage figures, when every stage the
        criterion names is given (in one scope); otherwise missing, naming the stages that are not."""
        claims = self.claims.get((ref.indicator, None, p), [])
        ops = [self.operand(ref, s, period) for s in parts]
        broken = [op for op in ops if op.state in ("bad", "conflict", "scoped")]
        if broken:
            return broken[0]
        absent = tuple(s for s, op in zip(parts, ops) if op.state == "missing")
        facts = [op.facts[0] for op in ops if op.state == "present"]
        if absent or len({f.scope for f in facts}) > 1:
            return _Operand(ref, p, [], claims + [c for op in ops for c in op.claims], [],
                            missing_parts=absent or parts)
        first = facts[0]
        total = Fact(ref.indicator, None, p, sum(f.value for f in facts), first.unit, None, None,
                     Citation(None, "derived: " + " + ".join(STAGE_ZH[s] for s in parts)),
                     Location(first.location.file, path="Σ " + ", ".join(str(f.location) for f in facts)),
                     scope=first.scope)
        return _Operand(ref, p, [total], claims, [], parts=tuple(facts))


@dataclass
class _Pending:
    criterion: Criterion
    stage: str | None
    thresholds: tuple[Threshold, ...]
    operands: list[_Operand]
    missing_rule_refs: list[_Operand]
    case: int | None  # index into the cases list, or None when no fact was asserted
    finding: Finding | None  # decided without the engine
    checks: list[tuple[consistency.Detail, int | None]] = field(default_factory=list)  # consistency details


def evaluate(submission: Submission, packs: Iterable[Pack], compiled: CompiledPack, engine: Engine,
             history: hist.History | None = None) -> list[Finding]:
    """`history` (from a store) is what the history pack's checks compare with; without it they are
    not evaluated at all — the api runs the history pack only when a store is given."""
    index = _Index(submission)
    pending: list[_Pending] = []
    cases: list[tuple[str, dict[str, float]]] = []
    for pack in packs:
        for criterion in pack.criteria:
            for stage in criterion.stages:
                pending.append(_prepare(submission, criterion, stage, index, compiled, cases, history))
    results, session_errors = engine.run(cases) if cases else ([], [])
    findings = []
    for item in pending:
        if item.finding is not None:
            findings.append(item.finding)
            continue
        if item.criterion.check:
            findings.append(_check_finding(submission, item, results, compiled, session_errors))
            continue
        result = results[item.case]
        fired = sorted({compiled.rules[name][2] for name in result.fired})
        errors = result.errors + session_errors
        if errors:
            findings.append(_finding(submission, item, Status.ERROR, *_msg_error(errors)))
        elif len(fired) > 1:
            findings.append(_finding(submission, item, Status.ERROR,
                                     f"引擎给出相互矛盾的结论: {', '.join(fired)}",
                                     f"the engine reached conflicting verdicts: {', '.join(fired)}"))
        elif not fired:
            if item.missing_rule_refs:
                findings.append(_missing(submission, item, item.missing_rule_refs))
            else:
                findings.append(_finding(submission, item, Status.ERROR, "引擎未给出结论(数据均已提供)",
                                         "the engine reached no verdict although every figure was present"))
        else:
            status = _VERDICT[fired[0]]
            zh, en = describe_rule(item.criterion, item.stage, item.operands, item.thresholds, status)
            findings.append(_finding(submission, item, status, zh, en))
    return findings


def _prepare(submission: Submission, criterion: Criterion, stage: str | None, index: _Index,
             compiled: CompiledPack, cases: list, history: hist.History | None = None) -> _Pending:
    item = _Pending(criterion, stage, (), [], [], None, None)
    entity, period = submission.entity, submission.period
    if entity.level not in criterion.levels:
        item.finding = _finding(submission, item, Status.NOT_APPLICABLE,
                                f"适用于{'、'.join(LEVEL_ZH.get(x, x) for x in criterion.levels)},"
                                f"本单位为{LEVEL_ZH.get(entity.level, entity.level)}",
                                f"applies to {'/'.join(criterion.levels)}; this entity is a {entity.level}")
        return item
    if (criterion.valid_from and period < criterion.valid_from) or (criterion.valid_to and period > criterion.valid_to):
        span = f"{criterion.valid_from or '…'}–{criterion.valid_to or '…'}"
        item.finding = _finding(submission, item, Status.NOT_APPLICABLE,
                                f"该标准适用年度为{span},评估年度为{period}",
                                f"in force {span}; the evaluated year is {period}")
        return item
    chosen = _in_force(criterion, stage, period, entity.region)
    if isinstance(chosen[0], str):  # no variant in force: the reason, in zh and en (and missing, if so)
        status = chosen[2] if len(chosen) == 3 else Status.NOT_APPLICABLE
        item.finding = _finding(submission, item, status, chosen[0], chosen[1])
        if status is Status.MISSING:  # the region decides the threshold
            item.finding = replace(item.finding, missing=({"field": "entity.region", "period": period},))
        return item
    combo, thresholds = chosen
    item.thresholds = thresholds
    if criterion.check:
        return _prepare_check(submission, criterion, item, compiled, cases, history)
    slots = compiled.slots[(criterion.pack, criterion.id)]
    item.operands = [index.operand(ref, stage, period, criterion.totals_from) for ref in criterion.refs]
    by_ref = {op.ref: op for op in item.operands}
    broken = [op for op in item.operands if op.state in ("bad", "conflict", "scoped")]
    if broken:
        item.finding = _finding(submission, item, Status.ERROR, *_msg_broken(broken))
        return item
    pre_refs = set(criterion.precondition_refs)
    missing_pre = [by_ref[r] for r in criterion.precondition_refs if by_ref[r].state == "missing"]
    if missing_pre:  # name every absent figure, not only the precondition's
        item.finding = _missing(submission, item, [op for op in item.operands if op.state == "missing"])
        return item
    item.missing_rule_refs = [op for op in item.operands if op.state == "missing" and op.ref not in pre_refs]
    if item.missing_rule_refs and criterion.precondition is None:
        item.finding = _missing(submission, item, item.missing_rule_refs)
        return item
    present = [op for op in item.operands if op.state == "present"
               and (not item.missing_rule_refs or op.ref in pre_refs)]
    operands = {slots[op.ref]: op.facts[0].value for op in present}
    item.case = len(cases)
    cases.append((compiled.kinds[(criterion.pack, criterion.id, combo)], operands))
    return item


_IN_FORCE: dict[tuple, tuple] = {}


def _in_force(criterion: Criterion, stage: str | None, period: int, region: str | None):
    """The parameter variants in force for (criterion, stage, year, region), resolved once per run:
    (combo, thresholds), or the (zh, en) reason none is in force."""
    key = (id(criterion), stage, period, region)
    hit = _IN_FORCE.get(key)
    if hit is not None and hit[0] is criterion:
        return hit[1]
    combo, thresholds = [], []
    result = None
    for param in criterion.params:
        chosen = param.select(period, region, stage)
        if chosen is None and region is None and any(param.select(period, r, stage) for r in REGIONS):
            # the threshold depends on the region and none is given: missing data, never n/a
            result = (f"{period}年{param.title_zh or param.name}按东部/中部/西部而不同,本单位未填地区(entity.region)",
                      f"the {param.title_en or param.name} for {period} depends on the region (east/central/west), "
                      "and the entity gives none (entity.region)", Status.MISSING)
            break
        if chosen is None:
            starts = sorted(v.start for v in param.variants if v.start)
            first_zh = f",最早自{starts[0]}年起有效" if starts and starts[0] > period else ""
            first_en = f"; the first is in force from {starts[0]}" if starts and starts[0] > period else ""
            region_zh = REGION_ZH.get(region, "未填地区")
            region_en = region or "no region given"
            stage_zh = STAGE_ZH.get(stage, "")
            result = (f"{period}年({region_zh}{stage_zh})没有有效的{param.title_zh or param.name}{first_zh}",
                      f"no {param.title_en or param.name} is in force for {period} ({region_en}"
                      f"{', ' + stage if stage else ''}){first_en}")
            break
        i, variant = chosen
        combo.append(i)
        thresholds.append(Threshold(param.name, _plain(variant.value), period, region, stage,
                                    variant.describe(), "; ".join(x for x in (variant.basis, variant.note) if x),
                                    param.unit))
    if result is None:
        result = (tuple(combo), tuple(thresholds))
    if len(_IN_FORCE) > 100_000:
        _IN_FORCE.clear()
    _IN_FORCE[key] = (criterion, result)
    return result


def _prepare_check(submission: Submission, criterion: Criterion, item: _Pending, compiled: CompiledPack,
                   cases: list, history: hist.History | None = None) -> _Pending:
    """A consistency or school check: one engine case per stated figure or school comparison."""
    if criterion.check in SCHOOL_CHECKS:
        if submission.bad_schools:
            places = ", ".join(submission.bad_schools)
            item.finding = _finding(submission, item, Status.ERROR, f"学校表无法完整读取: {places}",
                                    f"the school table could not be read in full: {places}")
            return item
        values = {t.name: t.value for t in item.thresholds}
        found = schoolchecks.school_details(criterion.check, submission, item.stage, values.__getitem__)
        if not found:
            item.finding = replace(
                _finding(submission, item, Status.MISSING, "缺少学校表(tables: schools)或相关学校",
                         "no school table (tables: schools) or no school it concerns"),
                missing=({"table": "schools", "stage": item.stage, "period": submission.period},))
            return item
    elif criterion.check in STATED_CHECKS:  # a stated 差异系数 against the school table's
        found = schoolchecks.stated_cv_details(criterion.check, submission, item.stage)
    elif criterion.check in HISTORY_CHECKS:
        values = {t.name: t.value for t in item.thresholds}
        found = hist.details(criterion.check, submission, history or hist.History(), values.__getitem__)
    else:
        found = consistency.details(criterion.check, submission)
    if not found:
        zh, en = hist.NOTHING[criterion.check] if criterion.check in HISTORY_CHECKS else (
            "未陈述需核对的数值", "no stated figure of this kind to check")
        item.finding = _finding(submission, item, Status.NOT_APPLICABLE, zh, en)
        return item
    kind = compiled.kinds[(criterion.pack, criterion.id, ())]
    slots = compiled.slots[(criterion.pack, criterion.id)]
    groups = GROUPS.get(criterion.check)
    if groups:  # one case per school (its place), each comparison in its group's fields
        fields_of = [[slots[group_ref(g, name)] for name in NAMES] for g in groups]
        case_of: dict[str | None, int] = {}
        for detail in found:
            index = None
            if detail.computed is not None:
                index = case_of.get(detail.place)
                if index is None:
                    index = case_of[detail.place] = len(cases)
                    cases.append((kind, {}))
                cases[index][1].update(zip(fields_of[detail.group],
                                           (*detail.computed, *detail.stated, *detail.truncated)))
            item.checks.append((detail, index))
        return item
    fields = [slots[expr.Ref(name)] for name in NAMES]  # the engine field of each operand
    for detail in found:
        index = None
        if detail.computed is not None:
            index = len(cases)
            cases.append((kind, dict(zip(fields, (*detail.computed, *detail.stated, *detail.truncated)))))
        item.checks.append((detail, index))
    return item


def _check_finding(submission: Submission, item: _Pending, results, compiled: CompiledPack,
                   session_errors: list[str]) -> Finding:
    """Worst of the details: error, fail, warn (truncation), missing, pass."""
    rows, statuses, messages_zh, messages_en, absent = [], [], [], [], []
    # school_resources' finding lists schools (_schools_k_of_n): no text or row per comparison
    per_school = item.criterion.check == "school_resources"
    grouped: dict[int, dict[int, list[str]]] = {}  # a grouped check's case -> its firings by group
    for detail, index in item.checks:
        if index is None:  # nothing to compare: figures absent (missing), or in conflict (error)
            status = Status.ERROR if detail.conflict else Status.MISSING
            if not detail.conflict:
                absent.append(_absent_of(detail))
            zh, en = f"{detail.what_zh}: {detail.missing_zh}", f"{detail.what_en}: {detail.missing_en}"
        else:
            result = results[index]
            if detail.group is None:
                names = result.fired
            else:
                by_group = grouped.get(index)
                if by_group is None:
                    by_group = grouped[index] = {}
                    for name in result.fired:
                        by_group.setdefault(compiled.groups.get(name), []).append(name)
                names = by_group.get(detail.group, ())
            fired = [compiled.rules[names[0]][2]] if len(names) == 1 else \
                sorted({compiled.rules[name][2] for name in names})
            errors = result.errors + session_errors if result.errors or session_errors else ()
            if errors or len(fired) != 1:
                status = Status.ERROR
                text = "; ".join(errors) or f"engine verdicts: {fired or 'none'}"
                zh, en = f"{detail.what_zh}: 规则引擎错误 {text}", f"{detail.what_en}: rule engine error: {text}"
            elif per_school:
                status = _VERDICT[fired[0]]
                statuses.append(status)
                continue
            else:
                status = _VERDICT[fired[0]]
                if detail.say:
                    zh, en = detail.say(detail, status is Status.PASS)
                else:
                    zh, en = describe_check(detail, status) if status is not Status.PASS else ("", "")  # not shown
        statuses.append(status)
        if per_school:
            continue
        if status is not Status.PASS:
            messages_zh.append(zh)
            messages_en.append(en)
        row = {"what_zh": detail.what_zh, "what_en": detail.what_en, "status": status.value,
               "computed": list(detail.computed) if detail.computed else None,
               "stated": list(detail.stated) if detail.stated else None,
               "places": [str(f.location) for f in detail.facts] + ([detail.place] if detail.place else [])}
        rows.append(row)
    if item.criterion.check == "school_resources":
        return replace(_schools_k_of_n(submission, item, statuses), missing=tuple(absent))
    worst = next(s for s in (Status.ERROR, Status.FAIL, Status.WARN, Status.MISSING, Status.PASS) if s in statuses)
    if worst is Status.PASS and item.criterion.check in SCHOOL_CHECKS:
        messages_zh = [f"{len(rows)}所学校均符合"]
        messages_en = [f"all {len(rows)} schools comply"]
    elif worst is Status.PASS and item.criterion.check in HISTORY_CHECKS:
        messages_zh, messages_en = [f"比对{len(rows)}项数据,均无异常"], [f"all {len(rows)} figures compared are in line"]
    elif worst is Status.PASS:
        messages_zh = [f"{len(rows)}处陈述数值均与数据一致"]
        messages_en = ["the stated figure agrees with the data" if len(rows) == 1 else
                       f"all {len(rows)} stated figures agree with the data"]
    item.operands = []
    finding = _finding(submission, item, worst, ";".join(messages_zh), "; ".join(messages_en))
    evidence = tuple(dict.fromkeys(f for detail, _ in item.checks for f in detail.facts))
    return replace(finding, evidence=evidence, details=tuple(rows), missing=tuple(absent))


def _absent_of(detail) -> dict:
    """What a consistency or school check lacks: its indicator, stage and period, or the school's figure."""
    entry = {"what": detail.what_en, **(detail.absent or {})}
    if detail.place and "place" not in entry:
        entry["place"] = detail.place
    return entry


def _schools_k_of_n(submission: Submission, item: _Pending, statuses: list[Status]) -> Finding:
    """教督〔2017〕6号: every school meets at least 6 of the 7 standards, the rest at ≥ 85 % of
    standard. Per indicator the engine decided met (pass), short but ≥ 85 % (warn) or below (fail)."""
    by_school: dict[str, list[tuple[consistency.Detail, Status]]] = {}
    for (detail, _), status in zip(item.checks, statuses):
        by_school.setdefault(detail.place, []).append((detail, status))
    rows, failing, missing, errors = [], [], [], []
    for place, results in by_school.items():
        name = results[0][0].school
        short = [(d, s) for d, s in results if s in (Status.WARN, Status.FAIL)]
        if any(s is Status.ERROR for _, s in results):
            errors.append(name)
            verdict = Status.ERROR
        elif any(s is Status.MISSING for _, s in results):
            missing.append(name)
            verdict = Status.MISSING
        elif len(short) > 1 or any(s is Status.FAIL for _, s in short):
            failing.append(name)
            verdict = Status.FAIL
        else:
            verdict = Status.PASS
        if verdict is not Status.PASS:
            rows.append({"school": name, "row": place, "status": verdict.value, "met": len(results) - len(short),
                         "short": [{"indicator": d.what_en.split(" ", 1)[1], "value": round(d.point, 4),
                                    "standard": d.standard, "percent_of_standard": round(d.point / d.standard * 100, 1),
                                    "below_85_percent": s is Status.FAIL} for d, s in short]})
    worst = Status.ERROR if errors else Status.FAIL if failing else Status.MISSING if missing else Status.PASS
    total = len(by_school)
    if worst is Status.PASS:
        zh, en = f"{total}所学校均至少6项达标且余项不低于85%", f"all {total} schools meet ≥ 6 of 7 standards, the rest ≥ 85 %"
    else:
        names = failing or missing or errors
        zh = f"{len(names)}/{total}所学校未达要求: " + "、".join(names[:10]) + ("等" if len(names) > 10 else "")
        en = f"{len(names)} of {total} schools do not meet it: " + ", ".join(names[:10]) + (" …" if len(names) > 10 else "")
    finding = _finding(submission, item, worst, zh, en)
    return replace(finding, details=tuple(rows))


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


_LAST_LINEAGE: list = [None, {}]


def _lineage(submission: Submission) -> dict:
    """The derived facts' lineage by fact key, built once per submission (not once per finding)."""
    if _LAST_LINEAGE[0] is not submission.derived:
        _LAST_LINEAGE[:] = [submission.derived, dict(submission.derived)]
    return _LAST_LINEAGE[1]


def _finding(submission: Submission, item: _Pending, status: Status, zh: str, en: str) -> Finding:
    c = item.criterion
    evidence: list[Fact] = []
    for op in item.operands:
        evidence.extend(op.parts or op.facts or op.claims)
    details: tuple = ()
    if submission.derived:
        lineage = _lineage(submission)
        details = tuple(d for op in item.operands for f in op.facts if not op.parts for d in lineage.get(f.key, ()))
    details += tuple(_sum_lineage(op) for op in item.operands if op.parts)
    if c.plan is not None:  # a plan target: baseline, target, what this year asks, type and quote
        asks = next((t.value for t in item.thresholds if t.name == "plan_value"), None)
        plan_zh, plan_en = planreport.describe(c.plan, asks)
        zh, en = f"{zh} {plan_zh}", f"{en} {plan_en}"
        details += ({"plan": {**c.plan, "asks": asks}},)
    return Finding(
        entity=submission.entity, period=submission.period, criterion_id=c.id, title_zh=c.title_zh,
        title_en=c.title_en, stage=item.stage, status=status, severity=c.severity, message_zh=zh,
        message_en=en, thresholds=item.thresholds, evidence=tuple(evidence), details=details, basis=c.basis,
        pack=c.pack,
    )


def _sum_lineage(op: _Operand) -> dict:
    """How a total taken from its stage figures was made, and from which places."""
    total = op.facts[0]
    return {"derived": op.ref.indicator, "period": op.period, "value": total.value,
            "formula": " + ".join(f"{STAGE_ZH[f.stage]}({f.stage})" for f in op.parts),
            "parts": [{"stage": f.stage, "value": f.value, "place": str(f.location)} for f in op.parts]}


def _missing(submission: Submission, item: _Pending, absent: list[_Operand]) -> Finding:
    labels_zh, labels_en, claims = [], [], {}
    for op in absent:
        label_zh, label_en = ref_label(op.ref, item.stage, op.period)
        if op.missing_parts:
            stages_zh = "、".join(STAGE_ZH[s] for s in op.missing_parts)
            label_zh += f"(或各学段数值,缺{stages_zh})"
            label_en += f" (or its stage figures: {', '.join(op.missing_parts)} missing)"
        labels_zh.append(label_zh)
        labels_en.append(label_en)
        for fact in op.claims:
            if fact.citation.quote:
                claims.setdefault(fact.citation.quote, fact.citation.locator or "")
    zh = "缺少" + "、".join(labels_zh) + "的数值"
    cells = dict(submission.blank_cells)  # a form's cell to fill, when known
    wanted = tuple({"indicator": op.ref.indicator, "stage": item.stage, "period": op.period,
                    **({"or_stages": list(op.missing_parts)} if op.missing_parts else {}),
                    **({"cell": cells[key]} if (key := (op.ref.indicator, item.stage, op.period)) in cells else {})}
                   for op in absent)
    en = "no figure for " + "; ".join(labels_en)
    for quote, where in claims.items():
        zh += f";报告仅称「{quote}」" + (f"({where})" if where else "")
        en += f"; the report only claims “{quote}”" + (f" ({where})" if where else "")
    return replace(_finding(submission, item, Status.MISSING, zh, en), missing=wanted)


def _msg_broken(broken: list[_Operand]) -> tuple[str, str]:
    zh, en = [], []
    for op in broken:
        label_zh, label_en = ref_label(op.ref, None, op.period)
        if op.state == "scoped":
            zh.append(f"{label_zh}仅有部分范围的数值({'、'.join(op.scopes)}),缺少全域数值")
            en.append(f"{label_en} is given only for parts of the entity ({', '.join(op.scopes)}), not for the whole")
        elif op.state == "conflict":
            zh.append(f"{label_zh}数据冲突: " + ",".join(f"{fact_label(f)} @ {place(f.location)}" for f in op.facts))
            en.append(f"conflicting figures for {label_en}: "
                      + ", ".join(f"{fact_label(f)} @ {place(f.location, 'en')}" for f in op.facts))
        else:
            zh.append(f"{label_zh}无法读取: "
                      + ";".join(f"{place(b.location)}: {render(b.message, 'zh')}" for b in op.bad))
            en.append(f"{label_en} could not be read: "
                      + "; ".join(f"{place(b.location, 'en')}: {render(b.message, 'en')}" for b in op.bad))
    return ";".join(zh), "; ".join(en)


def _msg_error(errors: list[str]) -> tuple[str, str]:
    text = "; ".join(errors)
    return f"规则引擎错误: {text}", f"rule engine error: {text}"

