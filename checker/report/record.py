"""The report: findings, summary, inputs, errors — one canonical record (`to_dict`).

Every renderer is a pure function of that record. Volatile values (the time, the checker
version) live only in `meta`, so two runs over the same inputs differ only there.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any, Callable

from checker.model import STATUS_ORDER, Finding, InputError, Severity, Status

SCHEMA_VERSION = 1
PROBLEMS_FIRST = (Status.ERROR, Status.FAIL, Status.MISSING, Status.WARN, Status.PASS, Status.NOT_APPLICABLE)
EXIT_INTERNAL = 3  # distinct from 2 (bad input): the checker itself is at fault


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    errors: tuple[InputError, ...]
    notices: tuple[InputError, ...]
    inputs: tuple[dict, ...]
    meta: dict
    roster: dict | None = None  # the office's roster: who must submit, who did not
    waivers: dict | None = None  # the waivers file applied: counts and waivers that matched nothing
    diff: dict | None = field(default=None, compare=False)  # `check --against`: the diff record, rendered apart

    @property
    def summary(self) -> dict[str, Any]:
        by_status = {s.value: 0 for s in STATUS_ORDER}
        blocking = {s.value: 0 for s in STATUS_ORDER}
        for f in self.findings:
            by_status[f.status.value] += 1
            if f.severity is Severity.BLOCKING:
                blocking[f.status.value] += 1
        entities = sorted({(f.entity.code, f.period) for f in self.findings})
        return {
            "findings": len(self.findings),
            "entities": len(entities),
            "by_status": by_status,
            "blocking_by_status": blocking,
            "invalid_inputs": len(self.errors),
            # figures no criterion read, and figures for years not evaluated (notices listing them)
            "unchecked_figures": sum(len(n.figures) for n in self.notices if n.kind == "unchecked"),
            "other_year_figures": sum(len(n.figures) for n in self.notices if n.kind == "other_years"),
            "missing_submissions": len(self.roster["missing_submissions"]) if self.roster else 0,
            "exit_code": self.exit_code(),
        } | ({"waived": sum(1 for f in self.findings if _waived(f))} if self.waivers is not None else {})

    def exit_code(self) -> int:
        """3 if the checker met an internal error (a bug) with some file; else 2 if any input was
        invalid; else 1 if a blocking criterion failed, is missing or errored, or an entity on the
        roster did not submit; else 0."""
        if any(e.internal for e in self.errors):
            return EXIT_INTERNAL
        if self.errors:
            return 2
        if self.roster and self.roster["missing_submissions"]:
            return 1
        bad = (Status.FAIL, Status.MISSING, Status.ERROR)
        if any(f.severity is Severity.BLOCKING and f.status in bad and not _waived(f) for f in self.findings):
            return 1
        return 0

    def record(self, only: Collection[str] | None = None, by_status: bool = False) -> dict[str, Any]:
        """The canonical record, with its long lists converted item by item as they are read,
        so that a national report streams to its renderer without being held twice.

        `only` keeps the findings of those statuses (and the entities that have one); `by_status`
        puts the entities with the worst results first and, within each, problems first. The
        summary always counts every finding."""
        record = {
            "schema_version": SCHEMA_VERSION,
            "summary": self.summary,
            "findings": Records(self._selected(only, by_status), lambda f: f.to_dict()),
            "inputs": Records(self.inputs, dict),
            "errors": Records(self.errors, lambda e: e.to_dict()),
            "notices": Records(self.notices, lambda n: n.to_dict()),
            "roster": self.roster,
            "meta": dict(self.meta),
        }
        if self.waivers is not None:  # only when a waivers file was given: other records stay as they were
            record = {k: v for k, v in record.items() if k != "meta"} | {"waivers": self.waivers, "meta": record["meta"]}
        return record

    def _selected(self, only: Collection[str] | None, by_status: bool) -> tuple[Finding, ...]:
        findings = self.findings
        if only:
            findings = tuple(f for f in findings if f.status.value in only)
        if by_status:
            groups: dict[tuple[str, int], list[Finding]] = {}
            for f in findings:
                groups.setdefault((f.entity.code, f.period), []).append(f)
            rank = {s: n for n, s in enumerate(PROBLEMS_FIRST)}
            ordered = sorted(groups.values(), key=lambda g: min(rank[f.status] for f in g))  # stable: report order
            findings = tuple(f for g in ordered for f in sorted(g, key=lambda f: rank[f.status]))
        return findings

    def to_dict(self) -> dict[str, Any]:
        """The canonical record as plain data: what `--format json` prints."""
        return {k: list(v) if isinstance(v, Records) else v for k, v in self.record().items()}


def _waived(f: Finding) -> bool:
    """A finding under a waiver in force: shown with its status, not counted toward the exit code."""
    return f.waiver is not None and f.waiver.get("state") == "active"


class Records(Sequence):
    """A read-only list whose items are converted to plain data when read."""

    def __init__(self, items: tuple, convert: Callable[[Any], dict]):
        self._items = items
        self._convert = convert

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._convert(x) for x in self._items[index]]
        return self._convert(self._items[index])

    def __iter__(self):
        return (self._convert(x) for x in self._items)
