"""The nation at a glance, counted by entity (not by finding): each entity's overall result, the
failure rate of every criterion and of every province, and the roster's missing submissions.

One pass over the findings; what it keeps per entity is a few small values, so a national batch
costs little memory. Every count is of entities: a criterion failing in three stages of one
county is one failing county.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.report.render.common import STATUSES, grouped, heads, province_code, verdict


@dataclass
class Rate:
    """Entities a criterion (or a province's criteria) was assessed for, and how many failed,
    lacked data or errored in at least one stage."""

    key: str
    assessed: int = 0
    fail: int = 0
    missing: int = 0
    error: int = 0

    def share(self, what: str) -> float:
        return getattr(self, what) / self.assessed if self.assessed else 0.0


@dataclass
class Overview:
    entities: int = 0
    findings: int = 0
    by_verdict: dict[str, int] = field(default_factory=lambda: {s: 0 for s in ("error", "fail", "missing", "warn", "pass")})
    at_least_one: dict[str, int] = field(default_factory=lambda: {s: 0 for s in STATUSES})
    criteria: dict[str, Rate] = field(default_factory=dict)
    criterion_info: dict[str, dict] = field(default_factory=dict)
    provinces: dict[str, Rate] = field(default_factory=dict)
    missing_by_province: dict[str, int] = field(default_factory=dict)

    def by_criterion(self) -> list[Rate]:
        """Worst first: by failure rate, then missing data, then id."""
        return sorted(self.criteria.values(), key=lambda r: (-r.share("fail"), -r.share("missing"), r.key))

    def by_province(self) -> list[Rate]:
        return sorted(self.provinces.values(), key=lambda r: r.key)


def overview(record: dict) -> Overview:
    """Entity counts of a report record (the findings' heads are read once, entity by entity)."""
    out = Overview()
    for entity, _period, findings in grouped(heads(record["findings"])):
        out.entities += 1
        out.findings += len(findings)
        out.by_verdict[verdict(findings)] += 1
        for status in {f["status"] for f in findings}:
            out.at_least_one[status] = out.at_least_one.get(status, 0) + 1
        per_criterion: dict[str, set[str]] = {}
        for f in findings:
            cid = f["criterion"]["id"]
            out.criterion_info.setdefault(cid, f["criterion"] | {"severity": f["severity"]})
            per_criterion.setdefault(cid, set()).add(f["status"])
        for cid, statuses in per_criterion.items():
            if statuses <= {"not_applicable"}:
                continue
            rate = out.criteria.setdefault(cid, Rate(cid))
            rate.assessed += 1
            for what in ("fail", "missing", "error"):
                setattr(rate, what, getattr(rate, what) + (what in statuses))
        prov = out.provinces.setdefault(province_code(entity["code"]), Rate(province_code(entity["code"])))
        prov.assessed += 1
        binding = {f["status"] for f in findings if f["severity"] == "blocking"}
        for what in ("fail", "missing", "error"):
            setattr(prov, what, getattr(prov, what) + (what in binding))
    for missing in (record.get("roster") or {}).get("missing_submissions", []):
        prefix = province_code(missing["code"])
        out.missing_by_province[prefix] = out.missing_by_province.get(prefix, 0) + 1
        out.provinces.setdefault(prefix, Rate(prefix))
    return out
