"""Compile criteria (their rule ASTs) into a durable-rules ruleset, as the engine's JSON.

Fact encoding: one *case* fact per entity × criterion × stage, carrying the operands that
criterion reads (`o0`, `o1`, … — current and previous-year values side by side), so no rule
needs a join. Each criterion becomes, per combination of parameter values in force (a
threshold that varies by year, region or stage), up to four rules that are mutually exclusive
and, when every operand is present, exhaustive:

    na   : kind & not precondition
    pass : kind & precondition & rule
    warn : kind & precondition & not rule & warn
    fail : kind & precondition & not rule & not warn

A grouped check (checks.GROUPS: a school's seven 优质均衡 indicators, its music and art rooms)
has one case per school carrying every group's operands in fields of their own (`g0_o0`, …) and
the na/pass/warn/fail rules above once per group, each reading only its group's fields: one fact
per school, and still one verdict per comparison (`CompiledPack.groups` names each rule's group).

The thresholds are constants inside the rules: the engine, not Python, compares the numbers.
A check's parameters reach the engine as case data, except for a check whose bounds are
parameter values (checks.BOUND_CHECKS: a school's standards, caps and floors): its rules are
compiled once per combination of parameter values in force (`in_force_combos`: a standard per
stage), with the bounds as constants, and its cases carry only the school's figure — a seventh of
the numbers a school's 优质均衡 case carried, and cheaper comparisons in the engine.
Negations are pushed down to comparisons (negation normal form) and every comparison is guarded
by the existence of the fields it reads, so a missing operand makes that comparison fail to
match: the verdict is then exactly the reference evaluator's three-valued (Kleene) one.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from checker.intake.indicators import dictionary
from checker.model import REGIONS
from checker.rules import expr
from checker.rules.checks import BOUND_CHECKS, GROUPS, NAMES, POINT, bounds, group_ref
from checker.rules.criteria import Criterion, Pack

OUTCOMES = ("na", "pass", "warn", "fail")
SENTINEL_KIND = "$end"
SENTINEL_RULE = "$end"
_JSON_OP = {">=": "$gte", ">": "$gt", "<=": "$lte", "<": "$lt", "!=": "$neq"}
_JSON_ARITH = {"+": "$add", "-": "$sub", "*": "$mul"}


class CompileError(ValueError):
    pass


@dataclass
class CompiledPack:
    pack_id: str
    ruleset: dict[str, dict] = field(default_factory=dict)  # rule name -> {"all": [{"m": ...}]}
    rules: dict[str, tuple[str, tuple[int, ...], str]] = field(default_factory=dict)  # name -> (cid, combo, outcome)
    slots: dict[tuple[str, str], dict[expr.Ref, str]] = field(default_factory=dict)  # (pack, cid) -> {ref: field}
    kinds: dict[tuple[str, str, tuple[int, ...]], str] = field(default_factory=dict)  # (pack, cid, combo) -> kind
    groups: dict[str, int] = field(default_factory=dict)  # rule name -> its group (grouped checks: checks.GROUPS)


def combos(criterion: Criterion) -> list[tuple[int, ...]]:
    if criterion.check in BOUND_CHECKS:  # its bounds are constants of its rules: the combinations in force
        return in_force_combos(criterion)
    if criterion.check:  # a check's parameters reach the engine as data, not inside its one rule
        return [()]
    return list(itertools.product(*(range(len(p.variants)) for p in criterion.params)))


def in_force_combos(criterion: Criterion) -> list[tuple[int, ...]]:
    """The combinations of parameter variants some (stage, year, region) puts in force, as the
    evaluator chooses them (`ParamSpec.select`): a few (a standard per stage), where every
    combination of a check's seven standards would be 2⁷. Which variant is in force changes only at
    a variant's first year or the year after its last, so those years and one before them all
    stand for every year."""
    edges = {y for p in criterion.params for v in p.variants for y in (v.start, v.end and v.end + 1) if y}
    years = sorted(edges | {min(edges, default=2000) - 1})
    found = set()
    for stage in criterion.stages:
        for region in REGIONS + (None,):
            for year in years:
                chosen = [p.select(year, region, stage) for p in criterion.params]
                if None not in chosen:
                    found.add(tuple(i for i, _ in chosen))
    return sorted(found)


def combo_values(criterion: Criterion, combo: tuple[int, ...]) -> dict[str, float]:
    return {p.name: p.variants[i].value for p, i in zip(criterion.params, combo)} if combo else {}


def compile_packs(packs: list[Pack]) -> CompiledPack:
    out = CompiledPack("+".join(p.id for p in packs))
    bases = {p.id: p for p in packs if not p.extends}
    for pack in packs:
        base = {c.id: c for c in bases[pack.extends].criteria} if pack.extends in bases else {}
        for criterion in pack.criteria:
            same = base.get(criterion.id)
            if same is not None and _signature(same) == _signature(criterion):
                # a province pack's criterion that overrides nothing runs on its base's rules
                out.slots[(pack.id, criterion.id)] = out.slots[(same.pack, same.id)]
                for combo in combos(criterion):
                    out.kinds[(pack.id, criterion.id, combo)] = out.kinds[(same.pack, same.id, combo)]
                continue
            compile_criterion(criterion, out)
    out.ruleset[SENTINEL_RULE] = {"all": [{"m": {"kind": SENTINEL_KIND}}]}
    return out


def _signature(c: Criterion) -> tuple:
    return (c.rule, c.warn, c.precondition, c.params)


def compile_criterion(criterion: Criterion, out: CompiledPack) -> None:
    bound = criterion.check in BOUND_CHECKS
    # a check with constant bounds: its cases carry the school's figure alone (checks.POINT)
    slots = {ref: f"o{i}" for i, ref in enumerate(criterion.refs)} if not bound else \
        {expr.Ref(name): "o0" for name in POINT}
    groups = GROUPS.get(criterion.check) if criterion.check else None
    # a grouped check: one case per school, each group's operands in fields of their own
    per_group = [(None, slots)] if not groups else [
        (j, {ref: f"g{j}_{name}" for ref, name in slots.items()}) for j in range(len(groups))]
    out.slots[(criterion.pack, criterion.id)] = slots if not groups else {
        group_ref(groups[j], ref.indicator): name for j, fields in per_group for ref, name in fields.items()}
    for n, combo in enumerate(combos(criterion)):
        values = combo_values(criterion, combo)
        # a province pack shares its base's criterion ids: the kind names the pack too
        kind = f"{criterion.id}#{n}" if "." not in criterion.pack else f"{criterion.pack}/{criterion.id}#{n}"
        out.kinds[(criterion.pack, criterion.id, combo)] = kind
        pre = expr.substitute(criterion.precondition, values) if criterion.precondition is not None else None
        rule = expr.substitute(criterion.rule, values)
        warn = expr.substitute(criterion.warn, values) if criterion.warn is not None else None
        for group, fields in per_group:
            if bound:  # this group's bounds in force, as constants
                stated, truncated = bounds(criterion.check, groups[group] if groups else None, values.__getitem__)
                constants = dict(zip(NAMES[2:], (*stated, *truncated)))
                # the figure is a point: an empty truncation band (a cap's or a floor's) never warns, and
                # its negation would only make the fail rule fire twice (once per true disjunct)
                band = expr.substitute(warn, values, constants) if truncated[0] < truncated[1] else None
                parts = _outcomes(pre, expr.substitute(rule, values, constants), band)
            else:
                parts = _outcomes(pre, rule, warn)
            for outcome in OUTCOMES:
                conds = parts.get(outcome)
                if not conds:
                    continue
                name = f"{kind}:{outcome}" if group is None else f"{kind}:{groups[group]}:{outcome}"
                terms = [{"kind": kind}] + [condition(expr.nnf(c), fields) for c in conds]
                out.ruleset[name] = {"all": [{"m": {"$and": terms}}]}
                out.rules[name] = (criterion.id, combo, outcome)
                if group is not None:
                    out.groups[name] = group


def _outcomes(pre, rule, warn) -> dict[str, list[expr.Cond]]:
    """The conditions of each outcome's rule (see the module docstring)."""
    parts: dict[str, list[expr.Cond]] = {
        "pass": [rule],
        "warn": [expr.negate(rule), warn] if warn is not None else [],
        "fail": [expr.negate(rule)] + ([expr.negate(warn)] if warn is not None else []),
    }
    if pre is not None:
        parts = {k: ([pre] + v if v else v) for k, v in parts.items()}
        parts["na"] = [expr.negate(pre)]
    return parts


def condition(cond: expr.Cond, slots: dict[expr.Ref, str]) -> dict:
    """One NNF condition as the engine's JSON."""
    if isinstance(cond, expr.And):
        return {"$and": [condition(c, slots) for c in cond.items]}
    if isinstance(cond, expr.Or):
        return {"$or": [condition(c, slots) for c in cond.items]}
    if isinstance(cond, expr.Cmp):
        left, op, right = cond.left, cond.op, cond.right
        if not isinstance(left, expr.Ref):
            if not isinstance(right, expr.Ref):
                raise CompileError(f"comparison '{cond}' needs an indicator alone on one side")
            left, op, right = right, expr.FLIP[op], left
        field_name = slots[left]
        rhs = term(right, slots)
        test = {field_name: rhs} if op == "==" else {_JSON_OP[op]: {field_name: rhs}}
        # Every field the comparison reads must exist: inside an `$and`, the engine lets a
        # comparison against an absent `$m` field match when another term precedes it (found
        # by the agreement test; see tests/test_engine.py::test_absent_field_trap).
        fields = [slots[r] for r in expr.refs(right)]
        return {"$and": [{"$ex": {f: 1}} for f in fields] + [test]} if fields else test
    raise CompileError(f"not in negation normal form: {cond}")


def term(node: expr.Term, slots: dict[expr.Ref, str]):
    """A term as the engine's JSON. Arithmetic between constants is folded here: the engine
    evaluates `$add`/`$sub`/`$mul` only when an operand refers to the fact (found by the
    agreement test), and IEEE double arithmetic gives the same result in Python as in C."""
    if isinstance(node, expr.Num):
        return float(node.value)
    if isinstance(node, expr.Ref):
        return {"$m": slots[node]}
    if isinstance(node, expr.Arith):
        left, right = term(node.left, slots), term(node.right, slots)
        if isinstance(left, float) and isinstance(right, float):
            value = left + right if node.op == "+" else left - right if node.op == "-" else left * right
            if not math.isfinite(value):
                raise CompileError(f"constant arithmetic {node} overflows")
            return value
        return {_JSON_ARITH[node.op]: {"$l": left, "$r": right}}
    raise CompileError(f"cannot compile {node!r}: parameters must be substituted first")


Key = tuple  # (indicator, stage, period)


def reads(criterion: Criterion, stage: str | None, period: int) -> tuple[tuple[Key, ...], tuple[tuple[Key, tuple[Key, ...]], ...]]:
    """The fact keys a rule criterion reads for one stage of the year `period`: every operand of its
    precondition, rule and warn band (a `prev(x)` one year back), and — for an entity total of a
    count that `totals_from` builds from stages — (total key, its stage keys), the stage figures
    being read when the total is not given. Known from the compiled form alone; a check
    (`check:`) reads what its module declares (checker/evaluate/coverage.py)."""
    if criterion.check:
        return (), ()
    keys = tuple((ref.indicator, stage, period - 1 if ref.prev else period) for ref in criterion.refs)
    totals = ()
    if stage is None and criterion.totals_from:
        totals = tuple((k, tuple((k[0], s, k[2]) for s in criterion.totals_from)) for k in keys
                       if dictionary()[k[0]].family == "count")
    return keys, totals
