"""Rounds in the store: write one (all or nothing), read one back, and the history a new check needs.

A round is what one `checker check --store URL --round NAME` saw and found: every submission
(entity, year, files with their SHA-256), every fact as written and normalised with its places,
and every finding with the figures it cites and its waiver. It is written in one transaction: a
run that dies leaves no half round. `RoundData` is the same content as plain values, built from
the store or from a run in memory, so that a diff compares like with like.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from checker.evaluate.history import Earlier, History
from checker.i18n import t
from checker.model import Citation, Fact, Finding, Location, Submission
from checker.store.schema import StoreError, Tables, connect

FAILING = frozenset({"fail", "missing", "error"})
STATUSES = ("pass", "fail", "warn", "missing", "not_applicable", "error")


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def file_hashes(sub: Submission) -> list[dict]:
    """Every file the submission's figures come from, with its SHA-256 (None if it is gone)."""
    files = sorted({sub.file} | {f.location.file for f in sub.facts})
    out = []
    for name in files:
        path = Path(name)
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        out.append({"file": name, "sha256": digest})
    return out


def fact_row(f: Fact) -> dict:
    number = float(f.value) if isinstance(f.value, (int, float)) and not isinstance(f.value, bool) else None
    return {"indicator": f.indicator, "stage": f.stage, "period": f.period, "scope": f.scope,
            "value": None if f.value is None else _dump(f.value), "value_number": number, "unit": f.unit,
            "value_as_written": f.value_as_written, "unit_as_written": f.unit_as_written,
            "document": f.citation.document, "locator": f.citation.locator, "quote": f.citation.quote,
            "location": _dump(f.location.to_dict())}


def fact_from_row(r) -> Fact:
    return Fact(r.indicator, r.stage, r.period, None if r.value is None else json.loads(r.value), r.unit,
                r.value_as_written, r.unit_as_written, Citation(r.document, r.locator, r.quote),
                Location(**json.loads(r.location)), r.scope)


def finding_row(f: Finding) -> dict:
    evidence = [{"indicator": e.indicator, "stage": e.stage, "period": e.period, "value_as_written": e.value_as_written,
                 "unit_as_written": e.unit_as_written, "place": str(e.location)} for e in f.evidence]
    return {"entity_code": f.entity.code, "entity_name": f.entity.name, "period": f.period,
            "criterion_id": f.criterion_id, "stage": f.stage, "pack": f.pack, "status": f.status.value,
            "severity": f.severity.value, "title_zh": f.title_zh, "title_en": f.title_en,
            "message_zh": f.message_zh, "message_en": f.message_en, "evidence": _dump(evidence),
            "waiver": _dump(f.waiver) if f.waiver else None}


@dataclass
class RoundData:
    """One round as plain values, keyed on full identities."""

    name: str
    created_at: str
    submissions: dict[tuple, dict] = field(default_factory=dict)  # (code, period) -> code, name, period, file
    facts: dict[tuple, list[dict]] = field(default_factory=dict)  # (code, period, indicator, stage, year, scope)
    findings: dict[tuple, dict] = field(default_factory=dict)  # (code, period, criterion, stage) -> finding row

    def add_fact(self, code: str, period: int, row: dict) -> None:
        k = (code, period, row["indicator"], row["stage"], row["period"], row["scope"])
        self.facts.setdefault(k, []).append(row)


def round_data(name: str, created_at: str, subs: Iterable[Submission], findings: Iterable[Finding]) -> RoundData:
    data = RoundData(name, created_at)
    for sub in subs:
        data.submissions[(sub.entity.code, sub.period)] = {"code": sub.entity.code, "name": sub.entity.name,
                                                           "period": sub.period, "file": sub.file}
        for f in sub.facts:
            data.add_fact(sub.entity.code, sub.period, fact_row(f))
    for f in findings:
        data.findings[(f.entity.code, f.period, f.criterion_id, f.stage)] = finding_row(f)
    return data


class Store:
    """A history store at a URL: SQLite (a path or sqlite:///path) or PostgreSQL (postgresql://…)."""

    def __init__(self, url: str, create: bool = False):
        """Open the store; only with `create` (a run recording a round) is an absent one made."""
        self.url = url
        self.engine, self.t = connect(url, create)

    def close(self) -> None:
        self.engine.dispose()

    def rounds(self) -> list[dict]:
        from sqlalchemy import select

        r = self.t.rounds
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(
                select(r.c.name, r.c.created_at, r.c.checker_version).order_by(r.c.id))]

    def listing(self) -> list[dict]:
        """Every round in the order recorded: name, date, checker version, its submissions (count and
        years) and its findings counted by status (`checker rounds`)."""
        from sqlalchemy import func, select

        tb: Tables = self.t
        r, s, g = tb.rounds, tb.submissions, tb.findings
        with self.engine.connect() as conn:
            subs: dict[int, dict] = {}
            for row in conn.execute(select(s.c.round_id, s.c.period, func.count()).group_by(s.c.round_id, s.c.period)):
                subs.setdefault(row[0], {})[row[1]] = row[2]
            statuses: dict[int, dict] = {}
            for row in conn.execute(select(g.c.round_id, g.c.status, func.count()).group_by(g.c.round_id, g.c.status)):
                statuses.setdefault(row[0], {})[row[1]] = row[2]
            out = []
            for row in conn.execute(select(r.c.id, r.c.name, r.c.created_at, r.c.checker_version).order_by(r.c.id)):
                periods, counts = subs.get(row.id, {}), statuses.get(row.id, {})
                out.append({"name": row.name, "created_at": row.created_at, "checker_version": row.checker_version,
                            "submissions": sum(periods.values()), "periods": sorted(periods),
                            "findings": sum(counts.values()),
                            "by_status": {k: counts.get(k, 0) for k in STATUSES}})
        return out

    def write(self, name: str, created_at: str, version: str, packs: list[dict], subs: list[Submission],
              findings: Iterable[Finding]) -> None:
        """Store a round in one transaction; a round of that name already there is refused."""
        from sqlalchemy import insert, select

        tb: Tables = self.t
        with self.engine.begin() as conn:
            if conn.execute(select(tb.rounds.c.id).where(tb.rounds.c.name == name)).first():
                raise StoreError(t("store.round_exists", name=name))
            round_id = conn.execute(insert(tb.rounds).values(
                name=name, created_at=created_at, checker_version=version, packs=_dump(packs))).inserted_primary_key[0]
            fact_rows = []
            for sub in subs:
                sub_id = conn.execute(insert(tb.submissions).values(
                    round_id=round_id, entity_code=sub.entity.code, entity_name=sub.entity.name,
                    entity_level=sub.entity.level, entity_region=sub.entity.region, period=sub.period,
                    file=sub.file, files=_dump(file_hashes(sub)))).inserted_primary_key[0]
                fact_rows.extend({**fact_row(f), "submission_id": sub_id} for f in sub.facts)
            if fact_rows:
                conn.execute(insert(tb.facts), fact_rows)
            rows = [{**finding_row(f), "round_id": round_id} for f in findings]
            if rows:
                conn.execute(insert(tb.findings), rows)

    def load(self, name: str) -> RoundData:
        """A stored round as plain values; an unknown name is a StoreError listing the rounds there are."""
        from sqlalchemy import select

        tb: Tables = self.t
        with self.engine.connect() as conn:
            row = conn.execute(select(tb.rounds.c.id, tb.rounds.c.created_at).where(tb.rounds.c.name == name)).first()
            if row is None:
                known = ", ".join(r["name"] for r in self.rounds()) or "—"
                raise StoreError(t("store.no_such_round", name=name, known=known))
            round_id, data = row[0], RoundData(name, row[1])
            s, f = tb.submissions, tb.facts
            subs = {}
            for r in conn.execute(select(s.c.id, s.c.entity_code, s.c.entity_name, s.c.period, s.c.file)
                                  .where(s.c.round_id == round_id)):
                subs[r.id] = (r.entity_code, r.period)
                data.submissions[(r.entity_code, r.period)] = {"code": r.entity_code, "name": r.entity_name,
                                                               "period": r.period, "file": r.file}
            query = select(f).join(s, f.c.submission_id == s.c.id).where(s.c.round_id == round_id).order_by(f.c.id)
            for r in conn.execute(query).mappings():  # mappings: a row as a dict without per-column getattr
                code, period = subs[r["submission_id"]]
                data.add_fact(code, period, {c: r[c] for c in _FACT_COLUMNS})
            g = tb.findings
            for r in conn.execute(select(g).where(g.c.round_id == round_id).order_by(g.c.id)).mappings():
                data.findings[(r["entity_code"], r["period"], r["criterion_id"], r["stage"])] = {
                    c: r[c] for c in _FINDING_COLUMNS}
        return data

    def history(self) -> History:
        """Each entity's figures for each year as it submitted them in that year's own submission,
        from the latest round that holds one."""
        from sqlalchemy import func, select

        tb: Tables = self.t
        s, f, r = tb.submissions, tb.facts, tb.rounds
        latest = select(func.max(s.c.id)).group_by(s.c.entity_code, s.c.period)
        query = (select(f, s.c.entity_code, s.c.file.label("sub_file"), s.c.period.label("sub_period"),
                        r.c.name.label("round_name"))
                 .join(s, f.c.submission_id == s.c.id).join(r, s.c.round_id == r.c.id)
                 .where(s.c.id.in_(latest), f.c.period == s.c.period).order_by(f.c.id))
        earlier: dict[str, dict] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                fact = fact_from_row(row)
                mine = earlier.setdefault(row.entity_code, {})
                mine.setdefault((fact.indicator, fact.stage, fact.period, fact.scope),
                                Earlier(fact, row.round_name, row.sub_file, row.sub_period))
        return History(earlier=earlier)


_FACT_COLUMNS = ("indicator", "stage", "period", "scope", "value", "value_number", "unit", "value_as_written",
                 "unit_as_written", "document", "locator", "quote", "location")
_FINDING_COLUMNS = ("entity_code", "entity_name", "period", "criterion_id", "stage", "pack", "status", "severity",
                    "title_zh", "title_en", "message_zh", "message_en", "evidence", "waiver")
