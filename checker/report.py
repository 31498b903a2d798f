"""The report: findings, summary, inputs, errors — one canonical record (`to_dict`).

Every renderer is a pure function of that record. Volatile values (the time, the checker
version) live only in `meta`, so two runs over the same inputs differ only there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checker.model import STATUS_ORDER, Finding, InputError, Severity, Status

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    errors: tuple[InputError, ...]
    notices: tuple[InputError, ...]
    inputs: tuple[dict, ...]
    meta: dict

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
            "exit_code": self.exit_code(),
        }

    def exit_code(self) -> int:
        """2 if any input was invalid; else 1 if a blocking criterion failed, is missing or errored; else 0."""
        if self.errors:
            return 2
        bad = (Status.FAIL, Status.MISSING, Status.ERROR)
        if any(f.severity is Severity.BLOCKING and f.status in bad for f in self.findings):
            return 1
        return 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "summary": self.summary,
            "findings": [f.to_dict() for f in self.findings],
            "inputs": [dict(i) for i in self.inputs],
            "errors": [e.to_dict() for e in self.errors],
            "notices": [n.to_dict() for n in self.notices],
            "meta": dict(self.meta),
        }
