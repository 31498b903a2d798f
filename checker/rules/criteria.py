"""Criteria and packs as values: a pack holds shared parameters (a threshold used by several
criteria is defined once) and criteria. Each criterion has a stable id, zh/en titles, its policy
basis, a severity, the entity levels and years it applies to, the stages it expands to, an optional
precondition, the rule, an optional warn band, parameters that vary by year, region and stage, and
its own examples."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from checker.i18n import Text, render, t
from checker.model import Basis, Severity
from checker.rules import expr


class PackError(ValueError):
    """Problems with criteria or plan files, each naming its file and place: catalogue texts shown in
    the reader's language (`render(lang)`); `problems` holds them in English (logs and tests)."""

    def __init__(self, problems: list[Text | str]):
        self.texts = list(problems)
        self.problems = self.render("en")
        super().__init__("\n".join(self.problems))

    def render(self, lang: str = "zh") -> list[str]:
        return [render(p, lang) for p in self.texts]


def problem(file: str, place: str | Text, key: str, /, **fields: Any) -> Text:
    """One problem of a pack or plan file: the file, the place in it (a YAML path), and what is wrong."""
    message = t(key, **fields)
    return t("pack.at", file=file, place=place, message=message) if place else t("pack.at_file", file=file,
                                                                                  message=message)


@dataclass(frozen=True)
class Variant:
    """One value of a parameter, and when, where and for which stage it is in force."""

    value: float
    start: int | None = None
    end: int | None = None
    regions: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    basis: str = ""
    note: str = ""

    def matches(self, period: int, region: str | None, stage: str | None) -> bool:
        return ((self.start is None or period >= self.start) and (self.end is None or period <= self.end)
                and (not self.regions or region in self.regions) and (not self.stages or stage in self.stages))

    @property
    def specificity(self) -> int:
        return bool(self.regions) + bool(self.stages)

    def describe(self) -> str:
        years = f"{self.start or '…'}–{self.end or '…'}"
        parts = [years, "regions: " + "/".join(self.regions) if self.regions else "all regions"]
        if self.stages:
            parts.append("stages: " + "/".join(self.stages))
        return ", ".join(parts)


@dataclass(frozen=True)
class ParamSpec:
    name: str
    unit: str
    variants: tuple[Variant, ...]
    title_zh: str = ""
    title_en: str = ""

    def select(self, period: int, region: str | None, stage: str | None) -> tuple[int, Variant] | None:
        found = [(i, v) for i, v in enumerate(self.variants) if v.matches(period, region, stage)]
        if not found:
            return None
        return max(found, key=lambda iv: (iv[1].specificity, iv[1].start or 0, -iv[0]))


@dataclass(frozen=True)
class Example:
    name: str
    expect: str
    values: tuple[tuple[str, Any], ...]  # (reference text, value) — value as a county writes it
    period: int
    region: str | None
    level: str
    stage: str | None
    facts: tuple[dict, ...] = ()  # or whole facts, as in a submission (for consistency checks)
    schools: tuple[dict, ...] = ()  # school-table rows (for school checks and derived figures)


@dataclass(frozen=True)
class Criterion:
    id: str
    title_zh: str
    title_en: str
    basis: tuple[Basis, ...]
    severity: Severity
    levels: tuple[str, ...]
    valid_from: int | None
    valid_to: int | None
    stages: tuple[str | None, ...]
    rule_text: str
    rule: expr.Cond
    warn_text: str | None
    warn: expr.Cond | None
    precondition_text: str | None
    precondition: expr.Cond | None
    params: tuple[ParamSpec, ...]
    examples: tuple[Example, ...]
    aliases: tuple[str, ...] = ()
    pack: str = ""
    check: str | None = None  # a consistency check (checker/evaluate/consistency.py) instead of a rule
    # a plan target's row (checker/rules/plan.py): baseline, target, type, quote — shown in its findings
    plan: dict | None = field(default=None, compare=False, hash=False, repr=False)
    # A rule that reads entity totals (no stage) takes a count's total as the sum of these stages'
    # figures when the county gave the stages but not the total (with the parts as lineage).
    totals_from: tuple[str, ...] = ()

    @cached_property
    def refs(self) -> tuple[expr.Ref, ...]:
        """Every indicator reference of precondition, rule and warn, in order of first appearance."""
        nodes = [n for n in (self.precondition, self.rule, self.warn) if n is not None]
        seen: dict[expr.Ref, None] = {}
        for node in nodes:
            for ref in expr.refs(node):
                seen.setdefault(ref)
        return tuple(seen)

    @cached_property
    def precondition_refs(self) -> tuple[expr.Ref, ...]:
        return tuple(expr.refs(self.precondition)) if self.precondition is not None else ()

    @cached_property
    def rule_comparisons(self) -> tuple[expr.Cmp, ...]:
        return tuple(expr.comparisons(self.rule))

    def param(self, name: str) -> ParamSpec:
        return next(p for p in self.params if p.name == name)


@dataclass(frozen=True)
class Pack:
    id: str
    version: str
    title_zh: str
    title_en: str
    source: str
    sha256: str
    criteria: tuple[Criterion, ...]
    raw: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    extends: str | None = None  # a province pack: the base pack it overrides
    provinces: tuple[str, ...] = ()  # the province code prefixes a province pack applies to
    entity: str | None = None  # a plan pack (checker/rules/plan.py): the one entity code it applies to
    overrides: tuple[str, ...] = ()  # a province pack: the criteria whose thresholds it changes

    def meta(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "version": self.version, "sha256": self.sha256, "source": self.source}
        if self.extends:
            d.update(extends=self.extends, provinces=list(self.provinces))
        if self.entity:
            d["entity"] = self.entity
        return d


def packs_for(packs: list[Pack], code: str) -> list[Pack]:
    """The packs an entity is checked against: its province's pack in place of the base it extends,
    and the plan packs of this entity only (beside, never instead of, the national ones)."""
    mine = {p.extends: p for p in packs if p.extends and code[:2] in p.provinces}
    return [mine.get(p.id, p) for p in packs if not p.extends and p.entity in (None, code)]
