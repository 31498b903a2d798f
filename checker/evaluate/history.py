"""What a submission says about earlier years, compared with what was submitted then (the history pack).

The store (checker/store/) hands the evaluator a `History`: for each entity, the figures it
submitted in earlier rounds for each year, from that year's own submission, and — for the peer
checks, which run once the whole batch is read — the figures of the other entities of the same
province in this round. Nothing here reads a database.

Checks, each decided by the engine as one interval comparison (checker/rules/checks.py):

- `restated_base`: every prior-year figure in this submission against the figure the entity
  submitted for that year before, within the precision written (consistency.py's intervals);
- `restated_flip`: a restated base year of a 只增不减 indicator (a rule `x >= prev(x)` in the packs
  checked) where this year's figure is at least the restated base: is it also at least the base
  first submitted? If not, the restatement is what makes the comparison pass;
- `scale_own`, `scale_peers`: this year's money figure over the entity's own last figure or over
  the province peers' median, against [1/slip_ratio_min, slip_ratio_min] (the 元/万元 slip is 10⁴);
- `yoy_peers`: this year's change on last year against the peers' median change ± yoy_excess_pp.

`supplement` adds last year's figures a submission left out, from the store, with their lineage.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Callable, Iterable

from checker.evaluate.consistency import Detail, _label, _widen, half_unit
from checker.evaluate.messages import both, fact_label, number
from checker.intake.indicators import dictionary, plausible_ranges
from checker.model import Fact, Submission
from checker.rules import expr

PEER_CHECKS = ("scale_peers", "yoy_peers")
OPEN = 1e15  # an interval bound nothing reaches
NOTHING = {check: f"history.nothing.{check}" for check in  # not_applicable: what there was nothing of
           ("restated_base", "restated_flip", "scale_own", "scale_peers", "yoy_peers", "plausible_range")}
# the units a money figure may be written in by mistake: words matched against the unit the county wrote
SLIPS = ((10_000, "万元", "元"), (1 / 10_000, "元", "万元"), (100_000_000, "亿元", "元"),
         (1 / 100_000_000, "元", "亿元"), (10_000, "亿元", "万元"), (1 / 10_000, "万元", "亿元"))


@dataclass(frozen=True)
class Earlier:
    """A figure as the entity submitted it in an earlier round, and where."""

    fact: Fact
    round: str
    file: str
    period: int  # the year of the submission it came from

    def lineage(self) -> dict:
        return {"source": "store", "round": self.round, "file": self.file, "submission_period": self.period,
                "place": str(self.fact.location), "value_as_written": self.fact.value_as_written,
                "unit_as_written": self.fact.unit_as_written}


FigureKey = tuple  # (indicator, stage, period, scope)


@dataclass
class History:
    earlier: dict[str, dict[FigureKey, Earlier]] = field(default_factory=dict)  # entity code -> figures
    peers: dict[tuple, dict[str, float]] = field(default_factory=dict)  # (province, *FigureKey) -> code -> value
    non_decreasing: frozenset[str] = frozenset()  # indicators some rule says may not fall (x >= prev(x))
    positive: dict[tuple, dict[str, float]] = field(default_factory=dict, repr=False, compare=False)  # _peer_values
    ranked: dict[tuple, tuple] = field(default_factory=dict, repr=False, compare=False)  # _ranked


def non_decreasing(criteria: Iterable) -> frozenset[str]:
    """Indicators compared with their own last year's value by `x >= prev(x)` (只增不减)."""
    found = set()
    for c in criteria:
        for cmp in expr.comparisons(c.rule):
            left, right = cmp.left, cmp.right
            if (cmp.op == ">=" and isinstance(left, expr.Ref) and isinstance(right, expr.Ref)
                    and left.indicator == right.indicator and not left.prev and right.prev):
                found.add(left.indicator)
    return frozenset(found)


def key(fact: Fact) -> FigureKey:
    return (fact.indicator, fact.stage, fact.period, fact.scope)


_last: tuple = ((), {})  # (facts, `_numeric` of them): the last submission's, its facts kept alive (never another's)


def _numeric(sub: Submission) -> dict[FigureKey, Fact]:
    """One fact per figure; a figure given twice with different values is left to the consistency pack.
    Made once per submission: each of its history checks asks (nine times a submission in a round),
    each time with the same facts (the dict returned is only read)."""
    global _last
    facts, found = _last  # one tuple, swapped whole: never one submission's facts with another's figures
    if facts is sub.facts:
        return found
    seen: dict[FigureKey, list[Fact]] = {}
    for f in sub.facts:
        if not f.is_claim and not isinstance(f.value, str):
            seen.setdefault(key(f), []).append(f)
    found = {k: v[0] for k, v in seen.items() if len({f.value for f in v}) == 1}
    _last = (sub.facts, found)
    return found


def peers_of(subs: Iterable[Submission]) -> dict[tuple, dict[str, float]]:
    """Every entity's figures in this round by (province, indicator, stage, year, scope), for the peer checks."""
    return peers_from((sub.entity.code, peer_figures(sub)) for sub in subs)


def peer_figures(sub: Submission) -> list[tuple[FigureKey, float]]:
    """A submission's figures as the peers' medians read them: (indicator, stage, year, scope), value."""
    return [(k, float(fact.value)) for k, fact in _numeric(sub).items()]


def peers_from(figures: Iterable[tuple[str, list[tuple[FigureKey, float]]]]) -> dict[tuple, dict[str, float]]:
    """`peers_of` from each submission's `peer_figures`, (code, figures), in the batch's order."""
    peers: dict[tuple, dict[str, float]] = {}
    for code, found in figures:
        province = code[:2]
        for k, value in found:
            peers.setdefault((province, *k), {})[code] = value
    return peers


PEER_FAMILIES = ("money", "count")  # what scale_peers (money) and yoy_peers (money, count) compare


def peer_view(sub: Submission) -> Submission:
    """The submission as the peer checks read it: only its numeric figures of the families they
    compare, for its year and the year before (every fact of such a figure, so `_numeric` sees a
    conflict as before), without its school table; kept for the whole batch, until the peers' medians
    are known, in place of the whole submission."""
    years = (sub.period, sub.period - 1)
    spec = dictionary()
    facts = tuple(f for f in sub.facts if f.period in years and not f.is_claim and not isinstance(f.value, str)
                  and f.indicator in spec and spec[f.indicator].family in PEER_FAMILIES)
    return replace(sub, facts=facts, bad_facts=(), documents=(), schools=(), bad_schools=(), blank_cells=())


def supplement(sub: Submission, history: History) -> Submission:
    """Last year's figures the submission left out, from its own submission of last year in the store."""
    mine = history.earlier.get(sub.entity.code)
    if not mine:
        return sub
    have = {key(f) for f in sub.facts}
    added, lineage = [], []
    for f in sub.facts:
        if f.period != sub.period or f.is_claim:
            continue
        prev = (f.indicator, f.stage, sub.period - 1, f.scope)
        found = mine.get(prev)
        if prev in have or found is None or found.period != sub.period - 1:
            continue
        have.add(prev)
        added.append(found.fact)
        lineage.append(((f.indicator, f.stage, sub.period - 1), (found.lineage(),)))
    if not added:
        return sub
    return replace(sub, facts=sub.facts + tuple(added), derived=sub.derived + tuple(lineage))


def details(check: str, sub: Submission, history: History, param: Callable[[str], float]) -> list[Detail]:
    figures = _numeric(sub)
    from_store = {k for k, lineage in sub.derived if any(d.get("source") == "store" for d in lineage)}
    if check in ("restated_base", "restated_flip"):
        return _restated(check, sub, figures, history, from_store)
    if check == "scale_own":
        return _scale_own(sub, figures, history, param("slip_ratio_min"), _stored(sub))
    if check == "scale_peers":
        return _scale_peers(sub, figures, history, param("slip_ratio_min"), int(param("peers_min")))
    if check == "yoy_peers":
        return _yoy_peers(sub, figures, history, param("yoy_excess_pp"), int(param("peers_min")), _stored(sub))
    if check == "plausible_range":
        return _plausible(sub, figures)
    raise ValueError(f"unknown history check {check!r}")


def _stored(sub: Submission) -> dict[tuple, str]:
    """The round each figure taken from the store (`supplement`) came from, by (indicator, stage, year)."""
    return {k: d["round"] for k, lineage in sub.derived for d in lineage if d.get("source") == "store"}


def _from_round(fact: Fact, round_name: str) -> str:
    """Where a figure taken from the store stands: its round, file and place."""
    return f"{round_name}: {fact.location}"


def _interval(fact: Fact) -> tuple[float, float]:
    e = half_unit(fact)
    return _widen(float(fact.value) - e, float(fact.value) + e)


def _where(fact: Fact, round_name: str | None = None) -> str:
    cite = f" ({fact.citation.locator})" if fact.citation.locator else ""
    return f"{fact_label(fact)}{cite} @ {fact.location}" + (f" [{round_name}]" if round_name else "")


def _restated(check: str, sub: Submission, figures: dict, history: History, from_store: set) -> list[Detail]:
    mine = history.earlier.get(sub.entity.code, {})
    if not mine:  # nothing stored of the entity (a first round): nothing restated
        return []
    out = []
    earlier_years = [(k, fact) for k, fact in figures.items()
                     if fact.period < sub.period and (fact.indicator, fact.stage, fact.period) not in from_store]
    for k, fact in sorted(earlier_years, key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2], kv[0][3] or "")):
        earlier = mine.get(k)
        if earlier is None or earlier.period != fact.period or earlier.fact.is_claim \
                or isinstance(earlier.fact.value, str):
            continue
        old, new = earlier.fact, fact
        places = f"{_where(new)} ≠ {_where(old, earlier.round)}"
        if check == "restated_base":
            d = Detail("restated_base", [new, old], *both("history.restated_what", label=_label(new),
                                                          now=new.value_as_written, first=old.value_as_written),
                       point=float(new.value))
            d.computed, d.stated = _interval(new), _interval(old)
            d.say = _say(partial(both, "history.restated_differs", places=places))
            out.append(d)
            continue
        current = figures.get((fact.indicator, fact.stage, sub.period, fact.scope))
        if fact.indicator not in history.non_decreasing or current is None:
            continue
        lo_new, hi_new = _interval(new)
        lo_old, hi_old = _interval(old)
        if hi_new >= lo_old and lo_new <= hi_old:
            continue  # not restated beyond the precision written
        if float(current.value) < float(new.value):
            continue  # fails against the restated base as well: the restatement does not change the verdict
        c = float(current.value)
        d = Detail("restated_flip", [current, new, old], *both(
            "history.flip_what", label=_label(current), value=current.value_as_written, year=("", fact.period),
            base=new.value_as_written), point=c)
        d.computed, d.stated = _widen(c, c), (lo_old, OPEN)
        d.say = _say(partial(
            both, "history.flip_turns", value=current.value_as_written, first=old.value_as_written, round=earlier.round,
            first_place=old.location, restated=new.value_as_written, restated_place=new.location))
        out.append(d)
    return out


def _money(fact: Fact) -> bool:
    """A positive amount of money: a stored claim (no value) or a text is none (float(None) made every
    criterion of a second round's county an error when last year's stored figure was a claim)."""
    return dictionary()[fact.indicator].family == "money" and isinstance(fact.value, (int, float)) and fact.value > 0


def _this_year(figures: dict, period: int, keep: Callable[[Fact], bool]) -> list[tuple]:
    """The figures of `period` that `keep` takes, in order of indicator, stage and scope (filtered before
    they are sorted: most of a submission's figures are of other years or families)."""
    found = [(k, fact) for k, fact in figures.items() if fact.period == period and keep(fact)]
    return sorted(found, key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][3] or ""))


def _ratio_detail(kind: str, fact: Fact, ratio: float, ref_text: Callable[[], tuple[str, str]], slip: float,
                  others: list[Fact]):
    """A ratio against `slip`; `ref_text()` says what it is a ratio to, made only for the words of a
    verdict that is shown (most pass, and a passing detail's words are never made)."""
    zh, en = _label(fact)
    written = f"{fact.value_as_written} {fact.unit_as_written or ''}".strip()
    d = Detail(kind, [fact, *others], f"{zh} {written}", f"{en} {written}", point=ratio)
    d.computed, d.stated = _widen(ratio, ratio), (1 / slip, slip)

    def words() -> tuple[str, str]:
        return both("history.ratio_slip", ref=ref_text(), ratio=number(ratio, 4) if ratio < 1 else number(ratio, 1))
    d.say = _say(words)
    return d


def _scale_own(sub: Submission, figures: dict, history: History, slip: float, stored: dict) -> list[Detail]:
    mine = history.earlier.get(sub.entity.code, {})
    out = []
    for k, fact in _this_year(figures, sub.period, _money):
        prev_key = (fact.indicator, fact.stage, sub.period - 1, fact.scope)
        ref = figures.get(prev_key)
        round_name = stored.get(prev_key[:3]) if ref is not None else None  # supplemented from the store
        if ref is None and prev_key in mine:
            ref, round_name = mine[prev_key].fact, mine[prev_key].round
        if ref is None or not _money(ref):
            continue
        where = f" [{round_name}]" if round_name else ""
        text = partial(both, "history.own_last_year", year=("", ref.period), value=ref.value_as_written,
                       unit=ref.unit_as_written or "", place=ref.location, round=where)
        d = _ratio_detail("scale_own", fact, float(fact.value) / float(ref.value), text, slip, [ref])
        if round_name:
            d.place = _from_round(ref, round_name)
        out.append(d)
    return out


def _positive(history: History, pk: tuple) -> dict[str, float]:
    """The positive figures of a province's entities for (province, *FigureKey), by code (made once per key)."""
    positive = history.positive.get(pk)
    if positive is None:
        positive = history.positive[pk] = {code: v for code, v in history.peers.get(pk, {}).items() if v > 0}
    return positive


def _changes(now: dict[str, float], prev: dict[str, float]) -> dict[str, float]:
    """Each entity's change on last year in percent, where it has both positive figures."""
    return {c: (now[c] / prev[c] - 1) * 100 for c in now if c in prev}


def _ranked(history: History, key: tuple, values: Callable[[], dict[str, float]]) -> tuple:
    """(values by code, the values sorted) of a province's figure or change, made once per round: every
    entity of the province asks for the median of the others (`_median_without`)."""
    found = history.ranked.get(key)
    if found is None:
        by_code = values()
        found = history.ranked[key] = (by_code, sorted(by_code.values()))
    return found


def _median_without(ranked: tuple, code: str) -> tuple[int, float | None]:
    """(how many, median) of the values of `ranked` but the entity's own: the median read off the
    sorted values with its own one skipped (as statistics.median of the others: the middle one, or
    the mean of the middle two), not a sort per entity."""
    by_code, values = ranked
    skip = bisect_left(values, by_code[code]) if code in by_code else len(values)
    n = len(values) - (skip < len(values))
    if n == 0:
        return 0, None

    def at(i: int) -> float:
        return values[i if i < skip else i + 1]

    half = n // 2
    return n, at(half) if n % 2 else (at(half - 1) + at(half)) / 2


def _scale_peers(sub: Submission, figures: dict, history: History, slip: float, peers_min: int) -> list[Detail]:
    out = []
    for k, fact in _this_year(figures, sub.period, _money):
        count, mid = _median_without(_ranked(history, ("scale", sub.entity.code[:2], k), lambda: _positive(
            history, (sub.entity.code[:2], *k))), sub.entity.code)
        if count < peers_min:
            continue
        text = partial(_peers_median, count, mid)
        out.append(_ratio_detail("scale_peers", fact, float(fact.value) / mid, text, slip, []))
    return out


def _yoy_peers(sub: Submission, figures: dict, history: History, excess: float, peers_min: int,
               stored: dict) -> list[Detail]:
    out = []
    spec = dictionary()
    for k, fact in _this_year(figures, sub.period, lambda f: spec[f.indicator].family in ("money", "count")):
        prev_key = (fact.indicator, fact.stage, sub.period - 1, fact.scope)
        prev = figures.get(prev_key)
        if prev is None or float(prev.value) <= 0:
            continue
        province = sub.entity.code[:2]
        count, mid = _median_without(_ranked(history, ("yoy", province, k, prev_key), lambda: _changes(
            _positive(history, (province, *k)), _positive(history, (province, *prev_key)))), sub.entity.code)
        if count < peers_min:
            continue
        mine = (float(fact.value) / float(prev.value) - 1) * 100
        d = Detail("yoy_peers", [fact, prev], *both("history.yoy_what", label=_label(fact), change=number(mine, 1),
                                                    year=("", prev.period)), point=mine)
        d.computed, d.stated = _widen(mine, mine), (mid - excess, mid + excess)
        if prev_key[:3] in stored:
            d.place = _from_round(prev, stored[prev_key[:3]])
        d.say = _say(partial(both, "history.yoy_far", peers=count, median=number(mid, 1), excess=number(excess)))
        out.append(d)
    return out


def _peers_median(count: int, mid: float) -> tuple[str, str]:
    return both("history.peers_median", peers=count, median=number(mid, 2))


def _money_text(value: float, unit: str) -> str:
    """A bound in the unit a reader expects for its size: 10,000,000 元 as 1,000 万元."""
    for scale, prefix in ((100_000_000, "亿"), (10_000, "万")):  # unit prefixes, as units are written
        if value >= scale and unit.startswith("元"):
            return f"{number(value / scale)} {prefix}{unit}"
    return f"{number(value)} {unit}"


def _plausible(sub: Submission, figures: dict) -> list[Detail]:
    """Every figure of this year (and the year before) with a plausible range for the entity's level
    (checker/data/plausible.yaml) against that range; outside it, the unit that would bring it inside
    is named (64,469 元 for a county's whole education budget is 64,469 万元 written as 元)."""
    ranges = plausible_ranges()
    out = []
    for k, fact in sorted(figures.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", -kv[0][2], kv[0][3] or "")):
        spec = ranges.get(fact.indicator)
        bounds = spec.get(sub.entity.level) if spec else None
        if bounds is None or fact.period not in (sub.period, sub.period - 1):
            continue
        lo, hi = bounds
        value = float(fact.value)
        unit = dictionary()[fact.indicator].unit
        zh, en = _label(fact)
        written = f"{fact.value_as_written} {fact.unit_as_written or ''}".strip()
        d = Detail("plausible_range", [fact], f"{zh} {written}", f"{en} {written}", point=value)
        d.computed, d.stated = _widen(value, value), (lo, hi)
        d.say = _say(partial(_out_of_range, fact, value, lo, hi, unit))
        out.append(d)
    return out


def _range_text(lo: float, hi: float, unit: str) -> str:
    return f"{_money_text(lo, unit)}–{_money_text(hi, unit)}"


def _out_of_range(fact: Fact, value: float, lo: float, hi: float, unit: str) -> tuple[str, str]:
    """A figure outside its plausible range, and the unit that would bring it inside."""
    zh, en = both("history.out_of_range", range=_range_text(lo, hi, unit))
    slip = next(((wrote, meant) for factor, meant, wrote in SLIPS
                 if lo <= value * factor <= hi and (fact.unit_as_written or "").startswith(wrote)), None)
    if not slip:
        return zh, en
    slip_zh, slip_en = both("history.unit_slip", meant=slip[1], wrote=slip[0])
    return zh + slip_zh, en + slip_en


def _say(bad: Callable[[], tuple[str, str]]):
    """The words for a detail that does not pass (`bad()`), rendered only when asked: the evaluator
    asks only for a verdict it shows, and a passing detail's words are never shown
    (checker/evaluate/findings.py `_check_finding`)."""
    def say(detail: Detail) -> tuple[str, str]:
        zh, en = bad()
        return f"{detail.what_zh}: {zh}", f"{detail.what_en}: {en}"
    return say
