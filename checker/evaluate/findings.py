"""Run compiled criteria over a submission: exactly one finding per entity × criterion × stage.

The cases (checker/evaluate/cases.py) are asserted into the engine, which decides pass, warn, fail
and (for preconditions) not applicable; this module turns each verdict, or the verdict reached
before the engine, into its finding with the evidence and messages in both languages. Whatever the
engine does — no verdict, two verdicts, a refused fact, an exception in an action — becomes an
`error` finding, never a silent gap.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from typing import Iterable

from checker.evaluate import consistency, history as hist
from checker.evaluate.cases import Index, Operand, Pending, as_written, plans, prepare
from checker.evaluate.engine import Engine
from checker.evaluate.messages import both, describe_check, describe_computed, describe_implied, describe_rule, \
    ref_label, sep
from checker.i18n import render
from checker.model import STAGE_ZH, Finding, Status, Submission, make_finding
from checker.rules.checks import HISTORY_CHECKS, SCHOOL_CHECKS
from checker.rules.compile import CompiledPack
from checker.rules.criteria import Pack

_VERDICT = {"pass": Status.PASS, "warn": Status.WARN, "fail": Status.FAIL, "na": Status.NOT_APPLICABLE}


def evaluate(submission: Submission, packs: Iterable[Pack], compiled: CompiledPack, engine: Engine,
             history: hist.History | None = None) -> list[Finding]:
    """`history` (from a store) is what the history pack's checks compare with; without it they are
    not evaluated at all — the api runs the history pack only when a store is given.

    The cyclic garbage collector is paused while one submission is evaluated. Evaluation makes
    a few thousand short-lived objects per submission (cases, operands, pending findings) and no
    reference cycles, so reference counting frees all of them; with the collector running, those
    allocations set off a young collection about once per submission, and every object alive at
    that moment (the submission's pending work) is promoted towards the oldest generation, whose
    collections walk every loaded submission and every finding made so far. Paused, only the
    findings that outlive the call are counted when the collector runs next.

    The collector's state is restored even if evaluation raises, and the list returned is made
    once it runs again: a collection that fell due during the pause runs then, as it would at the
    caller's next allocation (so a caller that allocates nothing between two submissions, such as
    a benchmark's loop, does not get a run without the collector).
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        findings = _evaluate(submission, packs, compiled, engine, history)
    finally:
        if paused:
            gc.enable()
    return list(findings)


def _evaluate(submission: Submission, packs: Iterable[Pack], compiled: CompiledPack, engine: Engine,
              history: hist.History | None) -> list[Finding]:
    index = Index(submission)
    cases: list[tuple[str, dict[str, float]]] = []
    pending = [prepare(index, plan, cases, history) for plan in plans(tuple(packs), compiled)]
    results, session_errors = engine.run(cases) if cases else ([], [])
    rules = compiled.rules
    findings = []
    for item in pending:
        if item.status is not None:
            if item.absent is not None:
                findings.append(_missing(submission, item, item.absent))
            else:
                findings.append(_finding(submission, item, item.status, *item.reason, item.missing))
            continue
        if item.criterion.check:
            findings.append(_check_finding(submission, item, results, compiled, session_errors))
            continue
        result = results[item.case]
        fired = result.fired
        if len(fired) == 1 and not result.errors and not session_errors:  # the common case: one verdict
            status = _VERDICT[rules[fired[0]][2]]
            findings.append(_finding(submission, item, status, *_describe(submission, item, status)))
            continue
        fired = sorted({rules[name][2] for name in fired})
        errors = result.errors + session_errors
        if errors:
            findings.append(_finding(submission, item, Status.ERROR, *_msg_error(errors)))
        elif len(fired) > 1:
            findings.append(_finding(submission, item, Status.ERROR, *both("engine.conflicting", verdicts=", ".join(fired))))
        elif not fired:
            if item.missing_rule_refs:
                findings.append(_missing(submission, item, item.missing_rule_refs))
            else:
                findings.append(_finding(submission, item, Status.ERROR, *both("engine.no_verdict")))
        else:
            status = _VERDICT[fired[0]]
            findings.append(_finding(submission, item, status, *_describe(submission, item, status)))
    return findings


def _describe(submission: Submission, item: Pending, status: Status) -> tuple[str, str]:
    """The verdict in words: the comparison with its figures — or, decided on a stated change, the
    statement quoted —, and how any computed rate it read was computed, from which figures where."""
    if item.implied:
        zh, en = describe_implied(item.stage, item.operands, status)
    else:
        zh, en = describe_rule(item.criterion, item.stage, item.operands, item.thresholds, status)
    if submission.derived:
        lineage = _per_submission(submission)[0]
        entries = [d for op in item.operands for f in op.facts[:1] for d in lineage.get(f.key, ()) if "computed" in d]
        if entries:
            note_zh, note_en = describe_computed(entries)
            zh, en = f"{zh}({note_zh})", f"{en} ({note_en})"
    return zh, en


def _check_finding(submission: Submission, item: Pending, results, compiled: CompiledPack,
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
                zh, en = _msg_error(errors) if errors else both("engine.verdicts", verdicts=", ".join(fired) or "—")
                zh, en = f"{detail.what_zh}: {zh}", f"{detail.what_en}: {en}"
            elif per_school:
                status = _VERDICT[fired[0]]
                statuses.append(status)
                continue
            else:
                status = _VERDICT[fired[0]]
                if status is Status.PASS:  # a passing detail's words are never shown: not made
                    zh = en = ""
                elif detail.say:
                    zh, en = detail.say(detail)
                else:
                    zh, en = describe_check(detail, status)
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
    if worst is Status.PASS:  # one line saying what was compared
        check = item.criterion.check
        key = ("check.schools_all_comply" if check in SCHOOL_CHECKS else "check.report_form_agree" if check == "report_form"
               else "check.history_in_line" if check in HISTORY_CHECKS
               else "check.stated_agree_one" if len(rows) == 1 else "check.stated_agree")
        messages_zh, messages_en = ([m] for m in both(key, count=len(rows)))
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


def _schools_k_of_n(submission: Submission, item: Pending, statuses: list[Status]) -> Finding:
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
        zh, en = both("check.schools_six_of_seven", count=total)
    else:
        names = failing or missing or errors
        shown = tuple(s.join(names[:10]) for s in sep("list"))
        zh, en = both("check.schools_short", short=len(names), count=total,
                      names=both("check.names_more", names=shown) if len(names) > 10 else shown)
    finding = _finding(submission, item, worst, zh, en)
    return replace(finding, details=tuple(rows))


_LAST: list = [None, {}, {}]


def _per_submission(submission: Submission) -> tuple[dict, dict]:
    """The derived facts' lineage by fact key and a form's blank cells by key, built once per
    submission (not once per finding)."""
    if _LAST[0] is not submission:
        _LAST[:] = [submission, dict(submission.derived), dict(submission.blank_cells)]
    return _LAST[1], _LAST[2]


def _finding(submission: Submission, item: Pending, status: Status, zh: str, en: str,
             missing: tuple[dict, ...] = ()) -> Finding:
    c = item.criterion
    operands = item.operands
    n = len(operands)
    if n == 0:  # decided before any figure was looked up
        evidence, summed = (), False
    elif n == 1:
        evidence = operands[0].evidence
        summed = operands[0].parts
    elif n == 2:
        evidence = operands[0].evidence + operands[1].evidence
        summed = operands[0].parts or operands[1].parts
    else:
        evidence = tuple(f for op in operands for f in op.evidence)
        summed = any(op.parts for op in operands)
    details: tuple = ()
    if submission.derived:
        lineage = _per_submission(submission)[0]
        details = tuple(d for op in operands for f in op.facts if not op.parts for d in lineage.get(f.key, ()))
    if summed:
        details += tuple(_sum_lineage(op) for op in operands if op.parts)
    if item.implied:
        details += tuple(_implied_lineage(op) for op in operands if op.implied)
    if item.note is not None:  # which source the figures of a comparison came from, and where two disagree
        text, source = item.note
        zh, en = f"{zh};{text.render('zh')}", f"{en}; {text.render('en')}"
        details += ({"sources": source},)
    if c.plan is not None:  # a plan target: baseline, target, what this year asks, type and quote
        asks = next((t.value for t in item.thresholds if t.name == "plan_value"), None)
        from checker.rules import planreport  # plans' modules only when a plan is checked (start-up)

        plan_zh, plan_en = planreport.describe(c.plan, asks, submission.period, _written(item, asks))
        zh, en = f"{zh} {plan_zh}", f"{en} {plan_en}"
        details += ({"plan": {**c.plan, "asks": asks}},)
    return make_finding(submission.entity, submission.period, c.id, c.title_zh, c.title_en, item.stage, status,
                        c.severity, zh, en, item.thresholds, evidence, details, c.basis, c.pack, False, None, missing)


def _written(item: Pending, asks: float | None) -> tuple[str, float, float, bool] | None:
    """A plan path's figure as written, the interval it stands for (cases.as_written) and whether
    that reaches the path, when the comparison was made at that precision and the figure itself
    does not meet the path."""
    if item.plan.written is None or item.case is None or not item.operands or not item.operands[0].facts \
            or asks is None:
        return None
    fact = item.operands[0].facts[0]
    if (fact.value >= asks) if item.plan.written == 1 else (fact.value <= asks):
        return None  # met as it stands: the precision decided nothing
    low, high = as_written(fact)
    reaches = (high >= asks) if item.plan.written == 1 else (low <= asks)
    return (fact.value_as_written or str(fact.value), low, high, reaches)


def _implied_lineage(op: Operand) -> dict:
    """Last year's figure as the county's stated change implies it: the statement and the interval."""
    fact, stated, lo, hi = op.implied
    return {"implied": op.ref.indicator, "stage": fact.stage, "period": op.period, "value": round(op.facts[0].value, 6),
            "interval": [round(lo, 6), round(hi, 6)], "unit": fact.unit,
            "from_stated_change": stated.value_as_written, "of": {"period": fact.period, "value_as_written":
                                                                  fact.value_as_written, "unit_as_written":
                                                                  fact.unit_as_written},
            "locator": fact.citation.locator, "quote": fact.citation.quote, "place": str(fact.location)}


def _sum_lineage(op: Operand) -> dict:
    """How a total taken from its stage figures was made, and from which places."""
    total = op.facts[0]
    return {"derived": op.ref.indicator, "period": op.period, "value": total.value,
            "formula": " + ".join(f"{STAGE_ZH[f.stage]}({f.stage})" for f in op.parts),
            "parts": [{"stage": f.stage, "value": f.value, "place": str(f.location)} for f in op.parts]}


_MISSING_TEXT: dict[tuple, tuple[str, str, tuple[dict, ...]]] = {}


def _missing_text(stage: str | None, absent: list[Operand]) -> tuple[str, str, tuple[dict, ...]]:
    """"缺少…的数值" / "no figure for …" for these absent operands, and what to fill (one entry
    per operand): the same for every county of the year, so made once and shared (no one changes a
    finding's `missing` entries: its record copies them)."""
    key = (stage, *[(op.ref.indicator, op.period, op.missing_parts) for op in absent])
    hit = _MISSING_TEXT.get(key)
    if hit is not None:
        return hit
    labels_zh, labels_en, wanted = [], [], []
    for op in absent:
        label_zh, label_en = ref_label(op.ref, stage, op.period)
        entry = {"indicator": op.ref.indicator, "stage": stage, "period": op.period}
        if op.missing_parts:
            list_zh, list_en = sep("list")
            or_zh, or_en = both("evaluate.or_stages", stages=(list_zh.join(STAGE_ZH[s] for s in op.missing_parts),
                                                              list_en.join(op.missing_parts)))
            label_zh += or_zh
            label_en += or_en
            entry["or_stages"] = list(op.missing_parts)
        labels_zh.append(label_zh)
        labels_en.append(label_en)
        wanted.append(entry)
    if len(_MISSING_TEXT) > 100_000:
        _MISSING_TEXT.clear()
    hit = _MISSING_TEXT[key] = (*both("evaluate.no_figures", labels=(sep("list")[0].join(labels_zh),
                                                                     sep("clause")[1].join(labels_en))), tuple(wanted))
    return hit


def _missing(submission: Submission, item: Pending, absent: list[Operand]) -> Finding:
    zh, en, wanted = _missing_text(item.stage, absent)
    if submission.blank_cells:  # a form's cell to fill
        cells = _per_submission(submission)[1]
        wanted = tuple({**entry, "cell": cells[key]} if (key := (entry["indicator"], entry["stage"], entry["period"]))
                       in cells else entry for entry in wanted)
    claims: dict[str, str] = {}
    for op in absent:
        for fact in op.claims:
            if fact.citation.quote:
                claims.setdefault(fact.citation.quote, fact.citation.locator or "")
    for quote, where in claims.items():
        claim_zh, claim_en = both("evaluate.report_only_claims", quote=quote)
        where_zh, where_en = both("evaluate.parens", what=where) if where else ("", "")
        zh += claim_zh + where_zh
        en += claim_en + where_en
    return _finding(submission, item, Status.MISSING, zh, en, wanted)


def _msg_error(errors: list) -> tuple[str, str]:
    """The engine's errors (catalogue texts) in both languages."""
    return both("engine.error", errors=tuple(s.join(render(e, lang) for e in errors)
                                             for s, lang in zip(sep("clause"), ("zh", "en"))))

