"""The arithmetic an auditor checks by hand, as intervals the engine compares.

Every figure is only as exact as the county wrote it: `5402.99` 元 stands for [5402.985, 5402.995],
`3.9` % for [3.85, 3.95] — XBRL's rule of inferring precision from the decimals written. Counts
(人, 所, 个 …) are exact. A derived figure the county stated (a change on the year before, a share,
a total) is consistent when the interval its inputs allow and the interval it stands for overlap.
If they do not, but the stated figure is the computed one *truncated* (3.96 written as 3.9), that
is reported as truncation, not as an error of the figure's size.

`details(check, submission)` lists, for one check, every stated figure it concerns: the facts it
rests on, and the three intervals the engine compares — computed, stated (rounding) and truncated.
A growth rate or ratio the dictionary declares `computed:` and the county states as a figure of its
own (教育财政拨款增长率 6.2 %) is checked like a stated change or share: against the level figures.

`implied_prior(fact, stated)` is the other way round: last year's figure a stated change implies,
as the interval the precision written allows (11418.09 元 with 下降1.51% → [11592.55, 11593.74]).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable
from decimal import Decimal
from itertools import product

from checker.evaluate.messages import both, conflicting
from checker.rules.checks import NAMES, NO_BAND
from checker.intake.indicators import dictionary
from checker.model import STAGE_ZH, Fact, Stated, Submission
from checker.intake.units import decimals_written, unit_scale


NOTHING = {  # not_applicable: what there was nothing of (a catalogue key)
    "report_form": "consistency.nothing.report_form",
}


@dataclass
class Detail:
    kind: str  # change | share | parts | within | restated
    facts: list[Fact]
    what_zh: str
    what_en: str
    computed: tuple[float, float] | None = None
    stated: tuple[float, float] | None = None
    truncated: tuple[float, float] = NO_BAND
    missing_zh: str = ""
    missing_en: str = ""
    point: float | None = None  # the derived figure computed from the values as written
    school: str | None = None  # school checks: the school, its row, and the standard applied
    place: str | None = None
    standard: float | None = None
    say: Callable[[Any], tuple[str, str]] | None = None  # its own words when it does not pass (history checks)
    absent: dict | None = None  # what is missing, machine-readable: {indicator, stage, period} (or a school figure)
    conflict: tuple[Fact, ...] = ()  # figures it needs that disagree: an `error` naming them all, never `missing`
    group: int | None = None  # a grouped school check (checks.GROUPS): the group whose fields in its school's case it reads

    def operands(self) -> dict[str, float]:
        lo, hi = self.computed
        slo, shi = self.stated
        tlo, thi = self.truncated
        return dict(zip(NAMES, (lo, hi, slo, shi, tlo, thi)))


def half_unit(fact: Fact) -> float:
    """How far the normalised value may be from the true one, from the decimals written."""
    spec = dictionary()[fact.indicator]
    if spec.family == "count" or fact.value_as_written is None:
        return 0.0
    d = decimals_written(fact.value_as_written)
    if d is None:
        return 0.0
    scale = unit_scale(fact.unit_as_written, spec.family) if fact.unit_as_written else Decimal(1)
    return float(Decimal(5) * Decimal(10) ** (-d - 1) * scale)


def _widen(lo: float, hi: float) -> tuple[float, float]:
    """A hair of slack for binary floating point at exact boundaries (10⁻⁹ relative)."""
    pad = max(abs(lo), abs(hi), 1.0) * 1e-9
    return lo - pad, hi + pad


def written_interval(text: str, value: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """(rounding interval, truncation band) of a stated figure from its written decimals."""
    d = decimals_written(text) or 0
    unit = 10.0 ** -d
    rounding = _widen(value - unit / 2, value + unit / 2)
    band = (value, value + unit) if value >= 0 else (value - unit, value)
    return rounding, band


def _ratio_interval(num: Fact, den: Fact, change: bool) -> tuple[float, float] | None:
    a, b = float(num.value), float(den.value)
    ea, eb = half_unit(num), half_unit(den)
    corners = []
    for x, y in product((a - ea, a + ea), (b - eb, b + eb)):
        if y == 0 or (y < 0) != (b < 0):
            return None  # the denominator may be zero: the ratio is undefined
        corners.append(((x - y) / abs(y) if change else x / y) * 100)
    return _widen(min(corners), max(corners))


def _same(index: dict, fact: Fact, indicator: str, stage, period: int) -> Fact | None:
    found = [f for f in index.get((indicator, stage, period), []) if f.scope == fact.scope]
    values = {f.value for f in found}
    return found[0] if len(values) == 1 else None


def _wanted(fact: Fact, indicator: str, stage, period: int) -> dict:
    """What a check lacks, machine-readable."""
    return {"indicator": indicator, "stage": stage, "period": period, **({"scope": fact.scope} if fact.scope else {})}


def _conflicting(index: dict, fact: Fact, indicator: str, stage, period: int) -> tuple[Fact, ...]:
    """The figures for one key (in the scope `fact` concerns) when they disagree; else ()."""
    found = [f for f in index.get((indicator, stage, period), []) if f.scope == fact.scope]
    return tuple(found) if len({f.value for f in found}) > 1 else ()


def _conflict(d: Detail, facts: tuple[Fact, ...]) -> Detail:
    """Two or more figures for what the check needs disagree: the county must say which is right.
    The detail names them all with their places; the finding is `error` (as a rule's operand
    in conflict is: ../shared/design/submission-format.md, Conflicts), never `missing`."""
    d.conflict = facts
    d.facts.extend(f for f in facts if f not in d.facts)
    d.absent = None
    d.missing_zh, d.missing_en = conflicting(_label(facts[0]), facts)
    return d


def _label(fact: Fact, indicator: str | None = None, period: int | None = None) -> tuple[str, str]:
    return _label_of(indicator or fact.indicator, fact.stage, fact.scope, period or fact.period)


@lru_cache(maxsize=8192)
def _label_of(indicator: str, stage: str | None, scope: str | None, year: int) -> tuple[str, str]:
    """A figure's label (stage, name, scope, year): the same for every county, so made once."""
    spec = dictionary()[indicator]
    return both("consistency.label", stage=(STAGE_ZH.get(stage, ""), f" ({stage})") if stage else "",
                name=(spec.zh, spec.en), scope=f"[{scope}]" if scope else "", year=year)


_LAST_INDEX: list = [None, {}, ()]


def _index(submission: Submission) -> tuple[dict[tuple, list[Fact]], tuple[Fact, ...]]:
    """Numeric facts by key, and those that state something: built once per submission (the
    four checks of a submission share it), not once per check."""
    if _LAST_INDEX[0] is not submission.facts:
        index: dict[tuple, list[Fact]] = {}
        for f in submission.facts:
            if not f.is_claim and not isinstance(f.value, str):
                index.setdefault(f.key, []).append(f)
        stating = tuple(f for f in submission.facts if f.stated and not f.is_claim and not isinstance(f.value, str))
        _LAST_INDEX[:] = [submission.facts, index, stating]
    return _LAST_INDEX[1], _LAST_INDEX[2]


def details(check: str, submission: Submission) -> list[Detail]:
    index, stating = _index(submission)
    out: list[Detail] = []
    for fact in stating:  # nothing stated: nothing to do here
        for stated in fact.stated:
            if check == "stated_change" and stated.kind == "change_pct":
                out.append(_change(fact, stated, index))
            elif check == "stated_share" and stated.kind == "share_pct":
                out.append(_share(fact, stated, index))
            elif check == "parts_total" and stated.kind == "parts":
                out.append(_parts(fact, stated, index))
    if check == "stated_change":
        out.extend(_stated_rate(fact, index) for fact in _stated_rates(submission, index))
    if check == "restated":
        out.extend(_restated(index))
    if check == "report_form":
        out.extend(_report_form(submission, index))
    if check == "parts_total":
        out.extend(_stages_within_total(submission, index))
    return out


def compared(check: str, submission: Submission) -> list[Fact]:
    """The facts a check compares, declared without computing anything (checker/evaluate/coverage.py):
    a stated change or share, its figure and the one it is stated on; a stated total, its figure and
    its parts' figures; a count total, its stage figures; a figure given twice with different values."""
    index, stating = _index(submission)
    out: list[Fact] = []

    def at(fact: Fact, indicator: str, stage, period: int) -> list[Fact]:
        return [f for f in index.get((indicator, stage, period), ()) if f.scope == fact.scope]

    if check == "report_form":
        return [f for r in submission.report_facts if not r.is_claim and r.value is not None
                for f in index.get(r.key, ()) if f.scope == r.scope and f not in submission.report_facts]
    if check == "restated":
        for facts in index.values():
            if len(facts) > 1:
                by_scope: dict = {}
                for f in facts:
                    by_scope.setdefault(f.scope, []).append(f)
                out += [f for group in by_scope.values() if len({f.value for f in group}) > 1 for f in group]
        return out
    if check == "stated_change":
        for fact in _stated_rates(submission, index):
            formula = dictionary()[fact.indicator].computed
            keys = ((formula[1], fact.period), (formula[1], fact.period - 1)) if formula[0] == "growth" else \
                ((formula[1], fact.period), (formula[2], fact.period))
            out += [fact, *(f for indicator, period in keys for f in at(fact, indicator, fact.stage, period))]
    for fact in stating:
        for stated in fact.stated:
            if check == "stated_change" and stated.kind == "change_pct":
                out += [fact, *at(fact, fact.indicator, fact.stage, fact.period - 1)]
            elif check == "stated_share" and stated.kind == "share_pct":
                out += [fact, *at(fact, stated.of, fact.stage, fact.period)]
            elif check == "parts_total" and stated.kind == "parts":
                out += [fact, *(f for p in stated.parts if p.stage for f in at(fact, fact.indicator, p.stage, fact.period))]
    if check == "parts_total":  # a count total and its stage figures
        staged: dict[tuple, list[Fact]] = {}
        for (indicator, stage, period), facts in index.items():
            if stage is not None:
                staged.setdefault((indicator, period), []).extend(facts)
        for fact in submission.facts:
            found = staged.get((fact.indicator, fact.period)) if fact.stage is None else None
            if found and not fact.is_claim and not any(x.kind == "parts" for x in fact.stated) \
                    and dictionary()[fact.indicator].family == "count":
                out += [fact, *(f for f in found if f.scope == fact.scope)]
    return out


def _stages_within_total(submission: Submission, index) -> list[Detail]:
    """Without declared parts, a count's stages can still never add up to more than its total."""
    out = []
    done = set()
    for fact in submission.facts:
        if fact.stage is not None or fact.is_claim or any(x.kind == "parts" for x in fact.stated):
            continue
        if dictionary()[fact.indicator].family != "count" or isinstance(fact.value, str):
            continue
        keys = [k for k in index if k[0] == fact.indicator and k[1] is not None and k[2] == fact.period]
        if not keys or (fact.key, fact.scope) in done:
            continue
        done.add((fact.key, fact.scope))
        label = _label(fact)
        clash = _conflicting(index, fact, *fact.key) or next(
            (c for c in (_conflicting(index, fact, *k) for k in keys) if c), ())
        if clash:  # the total or a stage given twice with different values: which is right is the county's to say
            out.append(_conflict(Detail("within", [fact], *both("consistency.within", label=label)), clash))
            continue
        stages = [f for f in (_same(index, fact, *k) for k in keys) if f is not None]
        if not stages:
            continue
        names = "+".join(f.stage for f in stages)
        d = Detail("within", [fact, *stages], *both("consistency.within_stages", label=label,
                                                    value=fact.value_as_written, stages=names))
        d.point = float(sum(float(f.value) for f in stages))
        d.computed = _widen(d.point, d.point)
        d.stated = (-1e15, float(fact.value) + 1e-9 * max(1.0, abs(float(fact.value))))
        out.append(d)
    return out


def _change(fact: Fact, stated, index) -> Detail:
    d = Detail("change", [fact], *both("consistency.stated_change", label=_label(fact),
                                       value=stated.value_as_written))
    prev = _same(index, fact, fact.indicator, fact.stage, fact.period - 1)
    clash = _conflicting(index, fact, fact.indicator, fact.stage, fact.period - 1)
    if clash:
        return _conflict(d, clash)
    d.absent = _wanted(fact, fact.indicator, fact.stage, fact.period - 1)
    return _ratio(d, fact, prev, stated, change=True, absent=both("consistency.no_prior_year", year=fact.period - 1))


def _share(fact: Fact, stated, index) -> Detail:
    d = Detail("share", [fact], *both("consistency.stated_share", label=_label(fact),
                                      value=stated.value_as_written))
    den = _same(index, fact, stated.of, fact.stage, fact.period)
    clash = _conflicting(index, fact, stated.of, fact.stage, fact.period)
    if clash:
        return _conflict(d, clash)
    d.absent = _wanted(fact, stated.of, fact.stage, fact.period)
    return _ratio(d, fact, den, stated, change=False,
                  absent=both("consistency.no_figure", label=_label(fact, stated.of)))


def _ratio(d: Detail, fact: Fact, other: Fact | None, stated, change: bool, absent: tuple[str, str]) -> Detail:
    """A stated change (on `other`, last year's figure) or share (of `other`) as intervals."""
    if other is None:
        d.missing_zh, d.missing_en = absent
        return d
    d.facts.append(other)
    d.computed = _ratio_interval(fact, other, change)
    if d.computed is None:
        d.missing_zh, d.missing_en = both("consistency.zero_base")
        d.absent = None  # present, but zero: nothing to fill
        return d
    a, b = float(fact.value), float(other.value)
    d.point = ((a - b) / abs(b) if change else a / b) * 100
    d.stated, d.truncated = written_interval(stated.value_as_written, stated.value)
    return d


def _parts(fact: Fact, stated, index) -> Detail:
    names_zh = [STAGE_ZH.get(p.stage) if p.stage else p.label for p in stated.parts]
    names_en = [p.stage or p.label for p in stated.parts]
    d = Detail("parts", [fact], *both("consistency.parts", label=_label(fact), value=fact.value_as_written,
                                      parts=(" + ".join(names_zh), " + ".join(names_en))))
    lo = hi = point = 0.0
    for part in stated.parts:
        if part.stage is not None:
            found = _same(index, fact, fact.indicator, part.stage, fact.period)
            clash = _conflicting(index, fact, fact.indicator, part.stage, fact.period)
            if clash:
                return _conflict(d, clash)
            if found is None:
                d.missing_zh, d.missing_en = both("consistency.no_part", stage=part.stage)
                d.absent = _wanted(fact, fact.indicator, part.stage, fact.period)
                return d
            d.facts.append(found)
            e = half_unit(found)
            lo, hi, point = lo + float(found.value) - e, hi + float(found.value) + e, point + float(found.value)
        else:
            e = half_unit(Fact(fact.indicator, None, fact.period, part.value, fact.unit, part.value_as_written,
                               fact.unit_as_written, fact.citation, fact.location))
            lo, hi, point = lo + float(part.value) - e, hi + float(part.value) + e, point + float(part.value)
    d.computed, d.point = _widen(lo, hi), point
    e = half_unit(fact)
    d.stated = _widen(float(fact.value) - e, float(fact.value) + e)
    return d


def _restated(index) -> list[Detail]:
    out = []
    for key in sorted(index, key=lambda k: (k[0], k[1] or "", k[2])):
        by_scope: dict = {}
        for f in index[key]:
            by_scope.setdefault(f.scope, []).append(f)
        for facts in by_scope.values():
            distinct = list({f.value: f for f in facts}.values())
            for a, b in zip(distinct, distinct[1:]):
                d = Detail("restated", [a, b], *both("consistency.stated_twice", label=_label(a),
                                                     first=a.value_as_written, second=b.value_as_written),
                           point=float(a.value))
                ea, eb = half_unit(a), half_unit(b)
                d.computed = _widen(float(a.value) - ea, float(a.value) + ea)
                d.stated = _widen(float(b.value) - eb, float(b.value) + eb)
                out.append(d)
    return out


def _interval(fact: Fact) -> tuple[float, float]:
    e = half_unit(fact)
    return _widen(float(fact.value) - e, float(fact.value) + e)


def report_only(submission: Submission) -> list[Fact]:
    """The figures the narrative report states that the submission does not give at all (a confirmed
    one among them also counts as the county's own figure: checker/api.py `_with_report`)."""
    index, _stating = _index(submission)
    return [r for r in submission.report_facts if not r.is_claim and r.value is not None
            and not any(f.scope == r.scope and f not in submission.report_facts for f in index.get(r.key, ()))]


def _report_form(submission: Submission, index: dict) -> list[Detail]:
    """Each figure both the narrative report and the submission state, the report's against the
    submission's, within the precision each is written to (a draft never replaces a figure)."""
    out = []
    for r in submission.report_facts:
        if r.is_claim or r.value is None or isinstance(r.value, str):
            continue
        for f in index.get(r.key, ()):
            if f.scope != r.scope or f in submission.report_facts:  # one the form lacks, taken as the county's
                continue
            zh, en = _label(f)
            d = Detail("report", [f, r], zh, en, point=float(r.value))
            d.computed, d.stated = _interval(r), _interval(f)
            out.append(d)
    return out
def _stated_rates(submission: Submission, index: dict) -> list[Fact]:
    """The county's own figures for rates the dictionary can compute, when a level figure they rest
    on is given (else there is nothing to check them against): not the ones derive computed."""
    computed = {key for key, _ in submission.derived}
    out = []
    for (indicator, stage, period), facts in index.items():
        formula = dictionary()[indicator].computed
        if formula is None or (indicator, stage, period) in computed:
            continue
        if index.get((formula[1], stage, period)):
            out += facts
    return out


def _stated_rate(fact: Fact, index) -> Detail:
    """A stated growth rate or ratio against the one its level figures give."""
    formula = dictionary()[fact.indicator].computed
    d = Detail("change" if formula[0] == "growth" else "share", [fact],
               *both("consistency.stated_rate", label=_label(fact), value=fact.value_as_written))
    source = Fact(formula[1], fact.stage, fact.period, None, None, None, None, fact.citation, fact.location,
                  scope=fact.scope)
    num = _same(index, source, formula[1], fact.stage, fact.period)
    other = (formula[1], fact.period - 1) if formula[0] == "growth" else (formula[2], fact.period)
    for indicator, period in ((formula[1], fact.period), other):
        clash = _conflicting(index, source, indicator, fact.stage, period)
        if clash:
            return _conflict(d, clash)
    den = _same(index, source, other[0], fact.stage, other[1])
    d.absent = _wanted(fact, other[0], fact.stage, other[1])
    if num is None:  # given only for another scope: nothing whole to compare with
        d.missing_zh, d.missing_en = both("consistency.no_figure", label=_label(source))
        d.absent = _wanted(fact, formula[1], fact.stage, fact.period)
        return d
    stated = Stated("change_pct", float(fact.value), fact.value_as_written)
    d.facts.append(num)
    return _ratio(d, num, den, stated, change=formula[0] == "growth",
                  absent=both("consistency.no_figure", label=_label(source, other[0], other[1])))


def implied_prior(fact: Fact, stated) -> tuple[float, float, float] | None:
    """(point, low, high): last year's figure that `fact` and its stated change on it imply, over
    the interval the decimals written allow for both; None when no positive base can give it (a
    stated fall of 100 % or more, or this year's figure 0 or below: a change on nothing says nothing
    of last year)."""
    x, e = float(fact.value), half_unit(fact)
    (clo, chi), _ = written_interval(stated.value_as_written, stated.value)
    if x <= 0 or min(1 + stated.value / 100, 1 + clo / 100) <= 0:
        return None
    corners = [v / (1 + c / 100) for v in (x - e, x + e) for c in (clo, chi)]
    return x / (1 + stated.value / 100), min(corners), max(corners)
