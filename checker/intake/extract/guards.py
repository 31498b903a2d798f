"""Checks on the facts a document gave, once it has been read whole (prose and tables): what must hold for
ANY document, whatever its wording, so that a figure the reader would attach wrongly is listed `unattached`
with its reason instead of proposed.

- **Two values for one key** (`stated_twice`): one entity has one value of a quantity for one stage, year and
  scope. Two values that differ beyond the precision each is written to (98.5% and 98.91%; 43所 and 45所)
  cannot both be it: either the document contradicts itself or one of them was read wrongly. A value whose
  name (and stage, if it has one) the reader found in its own quote (全区共有民办幼儿园45所) or in a table's
  headers is *stated*; one whose indicator or stage the reader inferred (a stage or a label under a lead-in, a
  stage from the paragraph's subject, a parenthesised part: 民办43所) is *inferred*, the likelier misreading. Where the stated values agree, the inferred ones against them are
  listed, naming the stated one's place; where stated values disagree (or only inferred ones do), nothing
  decides and every value of the key is listed, each naming the others'. Never a silent drop: the checker
  could only report such figures as a conflict, and a person decides from the places named.
- **Implausible for its kind** (`implausible`): a value its indicator cannot take — beyond the dictionary's
  bound (a share over 100 %; a gross enrolment rate has none), a count with a fraction (`whole_families` of
  checker/data/extract.yaml), or outside checker/data/plausible.yaml's range for the entity's level (a total in
  元 where 万元 is meant, a per-student figure in the range of a total; of any level when the level is only
  guessed from the code; an indicator without a range held to another's, extract.yaml `plausible_like`). The
  reason names the bound.

- **Outnumbered** (`implausible`): a count too large beside another of the same stage, year and scope the document
  gives (extract.yaml `outnumbered`: 5.94万 teachers for 14.25万 kindergarten pupils), listed naming the other.

The bounds are data (the indicator dictionary, plausible.yaml, extract.yaml); nothing here names an indicator.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from checker.intake.extract.items import Proposed, Unattached
from checker.intake.indicators import dictionary, plausible_ranges
from checker.intake.units import UnitError, decimals_written, unit_scale


def _normalised(p: Proposed) -> tuple[Decimal, Decimal] | None:
    """The value in the indicator's own unit and how far it may be from the true one (half the last digit
    written, in that unit: 3.25万人 is 32500 ± 50): None when it cannot be read."""
    spec = dictionary()[p.indicator]
    try:
        scale = unit_scale(p.unit, spec.family) if p.unit else Decimal(1)
        value = Decimal(p.value) * scale
    except (UnitError, InvalidOperation):
        return None
    d = decimals_written(p.value)
    half = Decimal(0) if d is None else Decimal(5) * Decimal(10) ** (-d - 1) * scale  # 3.25万人: ±50 人
    return value, half


def _agree(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    """The same figure at the precisions written: closer than their half-units together (92.5 and 92.6,
    touching at 92.55, are two values; 5.2亿元 and 51500万元 one)."""
    diff = abs(a[0] - b[0])
    return diff == 0 or diff < a[1] + b[1]


def _plain(x: float) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _bound(p: Proposed, level: str | None, whole: frozenset, like: dict) -> str | None:
    """Why the value cannot be its indicator's (the bound it breaks, for the reason), or None."""
    spec = dictionary()[p.indicator]
    read = _normalised(p)
    if read is None:
        return None
    value, _ = read
    if spec.family in whole and value != value.to_integral_value():
        return f"implausible: a {spec.family} is a whole number"
    if spec.min is not None and value < Decimal(str(spec.min)):
        return f"implausible: below {_plain(spec.min)}{spec.unit}"
    if spec.max is not None and value > Decimal(str(spec.max)):
        return f"implausible: above {_plain(spec.max)}{spec.unit}"
    ranges = {k: v for k, v in plausible_ranges().get(like.get(p.indicator, p.indicator), {}).items() if k != "basis"}
    if level is None:  # the level not given, only guessed from a code (which may be a parent's): any level's
        where = "any level"
        bounds = (min(lo for lo, _ in ranges.values()), max(hi for _, hi in ranges.values())) if ranges else None
    else:
        where, bounds = f"a {level}", ranges.get(level)
    if bounds and not Decimal(str(bounds[0])) <= value <= Decimal(str(bounds[1])):
        return f"implausible: outside {_plain(bounds[0])}–{_plain(bounds[1])}{spec.unit} for {where}"
    return None


def implausible(run, level: str | None) -> None:
    """List the facts whose value their indicator cannot take (module docstring). `level`: the entity's level as
    given; None when only its code says it (a functional zone is filed under its city's code: 411100 for a
    county-level 示范区), then a value is held to the range of any level."""
    whole = frozenset(run.v["whole_families"])
    for p in [p for p in run.facts if p.value is not None]:
        why = _bound(p, level, whole, run.v["plausible_like"])
        if why is not None:
            run.facts.remove(p)
            run.unattached.append(Unattached(run.f.quote(*_span(p)), p.locator, p.start, p.end, why))


def outnumbered(run) -> None:
    """List the counts too large beside another count of their stage, year and scope (module docstring)."""
    for indicator, rule in run.v["outnumbered"].items():
        by = {(p.stage, p.period, p.scope): p for p in run.facts if p.indicator == rule["by"] and p.value is not None}
        for p in [p for p in run.facts if p.indicator == indicator and p.value is not None and p.stage in rule["stages"]]:
            other = by.get((p.stage, p.period, p.scope))
            mine, theirs = _normalised(p), _normalised(other) if other is not None else None
            if mine is None or theirs is None or mine[0] <= 0 or theirs[0] >= mine[0] * rule["at_least"]:
                continue
            run.facts.remove(p)
            run.unattached.append(Unattached(run.f.quote(*_span(p)), p.locator, p.start, p.end,
                                             f"implausible: under {rule['at_least']} {rule['by']} each beside {run.f.quote(*_span(other))} "
                                             f"{other.locator}".strip()))


def _span(p: Proposed) -> tuple[int, int]:
    return p.figure if p.figure != (0, 0) else (p.start, p.end)


def stated_twice(run, from_grid: set[int]) -> None:
    """List the values of a key that another value of it contradicts (module docstring)."""
    keys: dict[tuple, list[Proposed]] = {}
    for p in run.facts:
        if p.value is not None:
            keys.setdefault((p.indicator, p.stage, p.period, p.scope), []).append(p)
    for facts in keys.values():
        read = {id(p): _normalised(p) for p in facts}
        if len(facts) < 2 or any(r is None for r in read.values()):
            continue
        if all(_agree(read[id(a)], read[id(b)]) for i, a in enumerate(facts) for b in facts[i + 1:]):
            continue  # the same figure stated again (at another precision): the checker accepts it
        stated = [p for p in facts if id(p) in from_grid or _named(run, p)]
        settled = bool(stated) and all(_agree(read[id(a)], read[id(b)]) for a in stated for b in stated)
        for p in facts:
            if settled and (p in stated or all(_agree(read[id(p)], read[id(s)]) for s in stated)):
                continue
            others = [o for o in (stated if settled else facts) if o is not p]
            places = "; ".join(f"{run.f.quote(*_span(o))} {o.locator}".strip() for o in others)
            run.facts.remove(p)
            run.unattached.append(Unattached(run.f.quote(*_span(p)), p.locator, p.start, p.end,
                                             f"stated_twice: {places}"))


def _named(run, p: Proposed) -> bool:
    """Whether the fact's own quote names its indicator and, for a staged fact, its stage (the reader inferred
    neither: 专任教师421人 under a paragraph on 普通高中 names what it counts, not whose; 高中326人 under
    `专任教师…其中:` names whose, not what: neither is stated, and the two are listed, not one kept)."""
    if not any(n.indicator == p.indicator and n.pattern.search(run.text, p.start, p.end) for n in run.v.names):
        return False
    if p.stage is None:
        return True
    return (any(n.stage == p.stage and n.pattern.search(run.text, p.start, p.end) for n in run.v.names)
            or any(run.v.stage_of.get(m.group()) == p.stage for m in run.v.tokens.finditer(run.text, p.start, p.end)))
