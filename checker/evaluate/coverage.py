"""Which of a submission's figures the criteria in force read, and which none did.

Nothing silent holds for figures too: a figure the county gave that no criterion, consistency
check, history check or derived figure read is listed in a notice ("these figures were not
checked"), and a figure for a year that is neither the evaluated one nor one any criterion reads
(last year's, for 只增不减) is listed apart ("figures for other years, not evaluated").

What is read is declared, not observed (the engine is not instrumented):

- a rule criterion: the keys of its operands for each stage it applies to — entity level, years
  in force, parameters in force — with `prev()` a year back, and a count total's stage figures when
  the total is not given (`totals_from`); checker/rules/compile.py `reads`. At a key, the whole
  entity's figures are read, or every scope's when the whole is not given (as the evaluator
  takes them), and the claims (a missing finding quotes them);
- a consistency check, a stated 差异系数, a history check (with a store): the figures its details
  compare — the same functions the evaluator calls (a figure stated twice alike is compared with
  nothing: `restated` has no detail for it). The peer checks (run once the
  batch is read) count every figure of the evaluated year of the families they screen, and last
  year's for the change on the year before;
- derive: a derived figure taken from the county's reported one (derive.fallbacks) that is read
  makes the reported figure read; so does a growth rate or ratio computed from level figures (or
  taken from a stated change) make the figures it rests on read (their places, in its lineage).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker.evaluate import consistency, history as hist, schoolchecks
from checker.evaluate.cases import STUDENTS, per_pupil
from checker.evaluate.derive import fallbacks
from checker.evaluate.messages import fact_label, place
from checker.i18n import Text, t
from checker.intake.indicators import dictionary
from checker.model import STAGE_ZH, Fact, InputError, Submission
from checker.rules.checks import CHECKS, HISTORY_CHECKS, SCHOOL_CHECKS, STATED_CHECKS
from checker.rules.compile import reads
from checker.rules.criteria import Criterion, Pack

def unread(sub: Submission, evaluated: Submission, packs: list[Pack],
           history: hist.History | None = None) -> tuple[list[Fact], list[Fact]]:
    """(figures of the years read that nothing read, figures of other years) among `sub`'s own
    facts; `evaluated` is `sub` as evaluated (derived, supplemented: its facts start with `sub`'s),
    `packs` the packs in force for its entity (peer checks included)."""
    facts = evaluated.facts
    index: dict[tuple, list[int]] = {}
    for i, f in enumerate(facts):
        index.setdefault(f.key, []).append(i)
    direct, totals, checked, years, pupil_stages = _plan(packs, evaluated.period, evaluated.entity.level,
                                                         evaluated.entity.region)
    keys = direct & index.keys()
    for total, parts in totals:
        if all(facts[i].is_claim for i in index.get(total, ())):
            keys |= set(parts) & index.keys()
    read: set[int] = set()
    for k in keys:
        at = index[k]
        if len(at) == 1:
            read.add(at[0])
            continue
        numeric = [i for i in at if not facts[i].is_claim]
        read.update([i for i in numeric if facts[i].scope is None] or numeric)
        read.update(i for i in at if facts[i].is_claim)
    for stage in pupil_stages:  # a stage's 0 pupils made its per-pupil criteria not_applicable (cases.prepare)
        numeric = [i for i in index.get((STUDENTS.indicator, stage, evaluated.period), ()) if not facts[i].is_claim]
        if len(numeric) == 1 and facts[numeric[0]].value == 0 and facts[numeric[0]].scope is None:
            read.add(numeric[0])
    position = {id(f): i for i, f in enumerate(facts)}
    for c, stage in checked:
        for f in _check_reads(c, stage, evaluated, history):
            if id(f) in position:
                read.add(position[id(f)])
    _reported(facts, index, read)
    if evaluated.derived:
        _computed_from(evaluated, facts, index, read)
    own = len(sub.facts)
    left = [facts[i] for i in range(own) if i not in read]
    return [f for f in left if f.period in years], [f for f in left if f.period not in years]


_PLANS: dict[tuple, tuple] = {}


def _plan(packs: list[Pack], period: int, level: str, region: str | None) -> tuple:
    """(keys the rule criteria read, (total key, its stage keys), the checks in force, the years
    read) for one set of packs, year, level and region: worked out once, not once per submission."""
    key = (tuple(id(p) for p in packs), period, level, region)
    hit = _PLANS.get(key)
    if hit is not None:  # the packs are held by the cache: their ids cannot be reused
        return hit[1]
    direct: set[tuple] = set()
    totals: set[tuple] = set()
    checked: list[tuple[Criterion, str | None]] = []
    pupil_stages: set[str] = set()
    for pack in packs:
        for c in pack.criteria:
            for stage in c.stages:
                if not _applies(c, stage, period, level, region):
                    continue
                if c.check:
                    checked.append((c, stage))
                    continue
                keys, parts = reads(c, stage, period)
                direct.update(keys)
                if per_pupil(c, stage):
                    pupil_stages.add(stage)
                totals.update(parts)
    years = frozenset({period} | {k[2] for k in direct})  # a total's stage keys are of its own year
    plan = (frozenset(direct), tuple(sorted(totals, key=repr)), tuple(checked), years, tuple(sorted(pupil_stages)))
    if len(_PLANS) > 10_000:
        _PLANS.clear()
    _PLANS[key] = (list(packs), plan)
    return plan


def _applies(c: Criterion, stage: str | None, period: int, level: str, region: str | None) -> bool:
    """As the evaluator decides: the entity's level, the years in force, a parameter in force."""
    if level not in c.levels:
        return False
    if (c.valid_from and period < c.valid_from) or (c.valid_to and period > c.valid_to):
        return False
    return all(p.select(period, region, stage) is not None for p in c.params)


def _check_reads(c: Criterion, stage: str | None, sub: Submission, history: hist.History | None) -> list[Fact]:
    """The submission's facts a check compares (its details' facts)."""
    check = c.check
    if check in SCHOOL_CHECKS:  # school checks read the school table, not facts
        return []
    if check in CHECKS:
        return consistency.compared(check, sub)
    if check in STATED_CHECKS:
        return [f for d in schoolchecks.stated_cv_details(check, sub, stage) for f in d.facts]
    if check == "plausible_range":  # a screen of every money figure's size reads none of them for a rule:
        return []                   # a figure only screened is still listed as read by no criterion
    if check in HISTORY_CHECKS:
        if check in hist.PEER_CHECKS:
            if history is None:
                return []
            families = ("money",) if check == "scale_peers" else ("money", "count")
            years = (sub.period,) if check == "scale_peers" else (sub.period, sub.period - 1)
            return [f for f in sub.facts if f.period in years and not f.is_claim
                    and dictionary()[f.indicator].family in families]

        def param(name: str) -> float:
            return c.param(name).select(sub.period, sub.entity.region, stage)[1].value

        return [f for d in hist.details(check, sub, history or hist.History(), param) for f in d.facts]
    return []


@lru_cache(maxsize=1)
def _sources() -> dict[tuple, tuple]:
    """(derived indicator, stage) -> (the reported indicator, stage) it is copied from."""
    return {(key, stage): (reported, reported_stage) for key, stage, reported, reported_stage in fallbacks()}


def _reported(facts: tuple[Fact, ...], index: dict, read: set[int]) -> None:
    """A derived figure read that is a copy of the county's reported one: the reported one is read."""
    source = _sources()
    for i in list(read):
        f = facts[i]
        found = source.get((f.indicator, f.stage))
        if found is None:
            continue
        for j in index.get((found[0], found[1], f.period), ()):
            if facts[j].location == f.location:
                read.add(j)


def _computed_from(sub: Submission, facts: tuple[Fact, ...], index: dict, read: set[int]) -> None:
    """A computed rate read: the level figures it was computed from (its lineage's sources, and the
    same figure written again elsewhere, which it equally rests on) are read."""
    lineage = dict(sub.derived)
    for i in list(read):
        for entry in lineage.get(facts[i].key, ()):
            for src in entry.get("sources", ()) if "computed" in entry else ():
                for j in index.get((src["indicator"], src["stage"], src["period"]), ()):
                    if facts[j].scope is None and not facts[j].is_claim:
                        read.add(j)


# --- the notices ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Both(Text):
    """A field of a catalogue text given in both languages (an indicator's name, a place)."""

    zh: str = ""
    en: str = ""

    def render(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class _Listing(Text):
    """A list of catalogue texts as one field, in the reader's language."""

    items: tuple[Text, ...] = ()

    def render(self, lang: str = "zh") -> str:
        return (";" if lang == "zh" else "; ").join(item.render(lang) for item in self.items)


def figure(entity: str, fact: Fact) -> dict:
    """One figure of a notice, machine-readable."""
    return {"entity": entity, "indicator": fact.indicator, "stage": fact.stage, "period": fact.period,
            **({"scope": fact.scope} if fact.scope else {}), "value": fact.value,
            "value_as_written": fact.value_as_written, "unit_as_written": fact.unit_as_written,
            "place": str(fact.location)}


def _item(fact: Fact, in_report: bool = False) -> Text:
    """One figure of a notice, named by where it stands: its place in the file, or for a figure the
    narrative report states, its place in the report (the draft YAML holding it is only a carrier)."""
    spec = dictionary()[fact.indicator]
    scope = f"[{fact.scope}]" if fact.scope else ""
    name = _Both("input.figure_item", zh=f"{STAGE_ZH.get(fact.stage, '')}{spec.zh}{scope}",
                 en=f"{spec.en}{f' ({fact.stage})' if fact.stage else ''}{scope}")
    value = t("input.figure_claim") if fact.is_claim else fact_label(fact)
    if in_report and fact.citation.locator:
        where = t("input.report_place", locator=fact.citation.locator)
    else:
        where = _Both("input.figure_item", zh=place(fact.location, "zh"), en=place(fact.location, "en"))
    return t("input.figure_item", name=name, period=fact.period, value=value, place=where)


def notices(sub: Submission, unchecked: list[Fact], other_years: list[Fact],
            report_only: list[Fact] = ()) -> list[InputError]:
    """At most three notices for a submission: its figures no criterion read, its figures for other
    years, and the figures its narrative report states that it does not give (`--report`); each
    lists the figures (`figures`) and names them in the message."""
    out = []
    entity = f"{sub.entity.code} {sub.entity.name}"
    for kind, key, found in (("unchecked", "input.unchecked_figures", unchecked),
                             ("other_years", "input.other_year_figures", other_years),
                             ("report_only", "input.report_only_figures", report_only)):
        if not found:
            continue
        listing = _Listing("input.figure_item", items=tuple(_item(f, kind == "report_only") for f in found))
        out.append(InputError(sub.file, "", t(key, entity=entity, period=sub.period, count=len(found), figures=listing),
                              kind=kind, figures=tuple(figure(sub.entity.code, f) for f in found)))
    return out
