"""The report: findings, summary, inputs, errors — one canonical record (`to_dict`).

Every renderer is a pure function of that record. Volatile values (the time, the checker
version) live only in `meta`, so two runs over the same inputs differ only there.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from checker.model import STATUS_ORDER, Finding, InputError, Severity, Status
from checker.report.bundle import FindingRecords, Findings

SCHEMA_VERSION = 1
PROBLEMS_FIRST = (Status.ERROR, Status.FAIL, Status.MISSING, Status.WARN, Status.PASS, Status.NOT_APPLICABLE)
EXIT_INTERNAL = 3  # distinct from 2 (bad input): the checker itself is at fault
# An entity's overall result: its worst binding status; an advisory fail, missing or error counts as a warning.
# The same rule as render/common.py `verdict` (renderers import no record module; tests/test_totals.py
# checks that the two agree).
VERDICT_ORDER = ("error", "fail", "missing", "warn", "pass")
_BAD = frozenset({Status.FAIL.value, Status.MISSING.value, Status.ERROR.value})


def verdict_of(results: Iterable[tuple[str, str]]) -> str:
    """The overall result of an entity's (status, severity) pairs: the worst binding status; an
    advisory problem makes a warning; not applicable counts as nothing."""
    worst = 4  # pass
    for status, severity in results:
        if status in _BAD and severity != Severity.BLOCKING.value:
            status = Status.WARN.value
        rank = _VERDICT_RANK.get(status, 4)
        if rank < worst:
            worst = rank
    return VERDICT_ORDER[worst]


_VERDICT_RANK = {s: n for n, s in enumerate(VERDICT_ORDER)}
_NOT_APPLICABLE = {Status.NOT_APPLICABLE.value}
# a status's rank in VERDICT_ORDER for a binding criterion and for an advisory one (a problem warns)
_RANKS = ({**_VERDICT_RANK, "not_applicable": 4},
          {**_VERDICT_RANK, "error": 3, "fail": 3, "missing": 3, "not_applicable": 4})


@dataclass(frozen=True)
class Report:
    findings: Sequence[Finding]  # a tuple, or `Findings` (in bundles: checker/report/bundle.py)
    errors: tuple[InputError, ...]
    notices: tuple[InputError, ...]
    inputs: tuple[dict, ...]
    meta: dict
    roster: dict | None = None  # the office's roster: who must submit, who did not
    waivers: dict | None = None  # the waivers file applied: counts and waivers that matched nothing
    diff: dict | None = field(default=None, compare=False)  # `check --against`: the diff record, rendered apart

    @cached_property
    def _bundled(self) -> Findings:
        """The findings in bundles (checker/report/bundle.py): the counts read their heads alone."""
        return Findings.of(self.findings)

    @property
    def summary(self) -> dict[str, Any]:
        return dict(self._summary)

    @cached_property
    def _summary(self) -> dict[str, Any]:
        """Counted once per report (the record, the stderr line and the exit code read it)."""
        by_status = {s.value: 0 for s in STATUS_ORDER}
        blocking = {s.value: 0 for s in STATUS_ORDER}
        waived = 0
        worst: dict[tuple[str, int], int] = {}  # each entity's overall result (`verdict_of`), as a rank
        binding, advisory = _RANKS
        for bundle in self._bundled.bundles:
            rank = 4
            for _c, _stage, status, severity, waiver in bundle.heads:
                by_status[status] += 1
                if severity == "blocking":
                    blocking[status] += 1
                    r = binding[status]
                else:
                    r = advisory[status]
                if r < rank:
                    rank = r
                if waiver is not None:
                    waived += waiver == "active"
            key = (bundle.entity.code, bundle.period)
            worst[key] = min(rank, worst.get(key, 4))
        by_verdict = dict.fromkeys(VERDICT_ORDER, 0)
        for rank in worst.values():
            by_verdict[VERDICT_ORDER[rank]] += 1
        return {
            "findings": len(self.findings),
            "entities": sum(by_verdict.values()),
            "entities_by_verdict": by_verdict,
            "by_status": by_status,
            "blocking_by_status": blocking,
            "invalid_inputs": len(self.errors),
            # figures no criterion read, and figures for years not evaluated (notices listing them)
            "unchecked_figures": sum(len(n.figures) for n in self.notices if n.kind == "unchecked"),
            "other_year_figures": sum(len(n.figures) for n in self.notices if n.kind == "other_years"),
            "missing_submissions": len(self.roster["missing_submissions"]) if self.roster else 0,
            "exit_code": self.exit_code(),
        } | ({"waived": waived} if self.waivers is not None else {})

    @property
    def criteria(self) -> list[dict[str, Any]]:
        return [dict(c) for c in self._criteria]

    @cached_property
    def _criteria(self) -> list[dict[str, Any]]:
        """Each criterion's results counted by entity, over every finding (never only those listed):
        `applicable` entities (with a finding other than not applicable), and how many of them
        failed, lacked data, erred or warned in at least one stage; in the order first met."""
        out: dict[str, dict[str, Any]] = {}
        counted = ("fail", "missing", "error", "warn")
        for bundle in self._bundled.bundles:
            seen: dict[int, set[str]] = {}  # by the criterion's index in the bundle
            for c, _stage, status, severity, _waiver in bundle.heads:
                statuses = seen.get(c)
                if statuses is None:
                    statuses = seen[c] = set()
                    cid, title_zh, title_en, pack = bundle.criteria[c]
                    if cid not in out:
                        out[cid] = {"id": cid, "title_zh": title_zh, "title_en": title_en, "pack": pack,
                                    "severity": severity, "applicable": 0, "fail": 0, "missing": 0, "error": 0,
                                    "warn": 0}
                statuses.add(status)
            for c, statuses in seen.items():
                if statuses == _NOT_APPLICABLE:
                    continue
                row = out[bundle.criteria[c][0]]
                row["applicable"] += 1
                for what in counted:
                    if what in statuses:
                        row[what] += 1
        return list(out.values())

    def blocking_problems(self) -> dict[str, int]:
        """Binding findings that fail, lack data or cannot be judged, not under a waiver in force:
        what makes the exit code 1 (with the roster's missing submissions)."""
        out = {s: 0 for s in (Status.FAIL.value, Status.MISSING.value, Status.ERROR.value)}
        for _bundle, (_c, _stage, status, severity, waiver) in self._bundled.heads():
            if severity == Severity.BLOCKING.value and status in _BAD and waiver != "active":
                out[status] += 1
        return out

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
        if any(severity == Severity.BLOCKING.value and status in _BAD and waiver != "active"
               for _bundle, (_c, _stage, status, severity, waiver) in self._bundled.heads()):
            return 1
        return 0

    def record(self, only: Collection[str] | None = None, by_status: bool = False) -> dict[str, Any]:
        """The canonical record, with its long lists converted item by item as they are read,
        so that a national report streams to its renderer without being held twice.

        `only` keeps the findings of those statuses (and the entities that have one); `by_status`
        puts the entities with the worst results first and, within each, problems first. Filtering
        is for the list, never for the statistics: the summary and `criteria` count every finding,
        and the findings' `heads()` (what counts and matrices read) are every finding's, in the
        chosen order."""
        listed = self._selected(only, by_status)
        every = self._selected(None, by_status) if only else listed
        record = {
            "schema_version": SCHEMA_VERSION,
            "summary": self.summary,
            "criteria": self.criteria,
            "findings": FindingRecords(listed, every=every),
            "inputs": Records(self.inputs, dict),
            "errors": Records(self.errors, lambda e: e.to_dict()),
            "notices": Records(self.notices, lambda n: n.to_dict()),
            "roster": self.roster,
            "meta": dict(self.meta),
        }
        if self.waivers is not None:  # only when a waivers file was given: other records stay as they were
            record = {k: v for k, v in record.items() if k != "meta"} | {"waivers": self.waivers, "meta": record["meta"]}
        return record

    def _selected(self, only: Collection[str] | None, by_status: bool) -> Findings:
        """The findings to show, as positions in their bundles (chosen by their heads alone)."""
        findings = self._bundled
        if not only and not by_status:
            return findings
        chosen = [(pos, bundle, status) for pos, (bundle, (_c, _stage, status, _sev, _w))
                  in zip(findings.positions(), findings.heads()) if not only or status in only]
        if by_status:
            groups: dict[tuple[str, int], list[tuple]] = {}
            for item in chosen:
                groups.setdefault((item[1].entity.code, item[1].period), []).append(item)
            rank = {s.value: n for n, s in enumerate(PROBLEMS_FIRST)}
            ordered = sorted(groups.values(), key=lambda g: min(rank[x[2]] for x in g))  # stable: report order
            chosen = [x for g in ordered for x in sorted(g, key=lambda x: rank[x[2]])]
        return findings.take([pos for pos, _bundle, _status in chosen])

    def to_dict(self) -> dict[str, Any]:
        """The canonical record as plain data: what `--format json` prints."""
        return {k: list(v) if isinstance(v, (Records, FindingRecords)) else v for k, v in self.record().items()}


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
