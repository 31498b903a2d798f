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
from typing import TYPE_CHECKING, Iterable

from checker.evaluate.history import History
from checker.i18n import t
from checker.model import Fact, Finding, Severity, Status, Submission
from checker.store.schema import StoreError, Tables, connect
from checker.store.walk import EMPTY, FACT_COLUMNS, FAILING, FINDING_COLUMNS, Part, Walk  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from checker.store.reader import Driver

STATUSES = ("pass", "fail", "warn", "missing", "not_applicable", "error")


_dump = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # one encoder for every row, not one per value
_string = json.encoder.encode_basestring  # a str as JSON, as _dump writes it (ensure_ascii=False)
_VALUE = {member: member.value for kind in (Status, Severity) for member in kind}  # Enum's .value is a slow property
_PLAIN = frozenset((float, int))


def _value_json(value) -> str:
    """`_dump(value)` of a fact's value; a finite float or an int (not a bool) written directly
    (the same text: JSON's number is Python's repr)."""
    if value.__class__ in _PLAIN and value - value == 0:
        return repr(value)
    return _dump(value)


def _location_json(loc) -> str:
    """`_dump(loc.to_dict())`, written directly for the common place (a file and a YAML path)."""
    if loc.sheet is None and loc.cell is None and loc.row is None:
        if loc.path is None:
            return f'{{"file": {_string(loc.file)}}}'
        return f'{{"file": {_string(loc.file)}, "path": {_string(loc.path)}}}'
    return _dump(loc.to_dict())


def file_hashes(sub: Submission) -> list[dict]:
    """Every file the submission's figures come from, with its SHA-256 (None if it is gone)."""
    files = sorted({sub.file} | {f.location.file for f in sub.facts})
    out = []
    for name in files:
        path = Path(name)
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        out.append({"file": name, "sha256": digest})
    return out


def submission_row(sub: Submission) -> dict:
    """A submission's row (without its round): entity, year, file, and every file with its SHA-256."""
    return {"entity_code": sub.entity.code, "entity_name": sub.entity.name, "entity_level": sub.entity.level,
            "entity_region": sub.entity.region, "period": sub.period, "file": sub.file,
            "files": _dump(file_hashes(sub))}


def fact_values(f: Fact) -> tuple:
    """A fact's row in FACT_COLUMNS order (how a run's rows travel to the writer), made as a tuple
    straight away: a national round makes ~330,000 of them in the workers."""
    value = f.value
    number = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    c = f.citation
    return (f.indicator, f.stage, f.period, f.scope, None if value is None else _value_json(value), number, f.unit,
            f.value_as_written, f.unit_as_written, c.document, c.locator, c.quote, _location_json(f.location),
            c.locator_en)


def finding_values(f: Finding, cited: dict | None = None) -> tuple:
    """A finding's row in FINDING_COLUMNS order, made as a tuple straight away (`fact_values`).
    `cited`: each cited fact's JSON by the fact's id, kept by the caller across one submission's
    findings, which cite the same few facts again and again (the evidence is then joined as the
    encoder joins a list: the same text)."""
    if cited is None:
        evidence = _dump([_cited(e) for e in f.evidence])
    else:
        parts = []
        for e in f.evidence:
            part = cited.get(id(e))
            if part is None:
                part = cited[id(e)] = _dump(_cited(e))
            parts.append(part)
        evidence = "[" + ", ".join(parts) + "]"
    return (f.entity.code, f.entity.name, f.period, f.criterion_id, f.stage, f.pack, _VALUE[f.status],
            _VALUE[f.severity], f.title_zh, f.title_en, f.message_zh, f.message_en, evidence,
            _dump(f.waiver) if f.waiver else None)


def _cited(e: Fact) -> dict:
    return {"indicator": e.indicator, "stage": e.stage, "period": e.period, "value_as_written": e.value_as_written,
            "unit_as_written": e.unit_as_written, "place": str(e.location)}


def finding_row(f: Finding) -> dict:
    return dict(zip(FINDING_COLUMNS, finding_values(f)))


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


class Store:
    """A history store at a URL: SQLite (a path or sqlite:///path) or PostgreSQL (postgresql://…)."""

    def __init__(self, url: str, create: bool = False):
        """Open the store; only with `create` (a run recording a round) is an absent one made."""
        self.url = url
        self.engine, self.t = connect(url, create)

    def close(self) -> None:
        self.engine.dispose()

    def empty(self) -> bool:
        """No submission of any round is stored (a first round's history is nothing)."""
        from sqlalchemy import select

        s = self.t.submissions
        with self.engine.connect() as conn:
            return conn.execute(select(s.c.id).limit(1)).first() is None

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

    def write(self, name: str, created_at: str, version: str, packs: list[dict], subs: Iterable[Submission],
              findings: Iterable[Finding]) -> None:
        """Store a round in one transaction; a round of that name already there is refused."""
        writer = self.writer(name, version)
        try:
            writer.submissions([(submission_row(sub), [fact_values(f) for f in sub.facts]) for sub in subs])
            batch: list[tuple] = []
            for f in findings:
                batch.append(finding_values(f))
                if len(batch) >= BATCH:
                    writer.findings(batch)
                    batch = []
            writer.findings(batch)
            writer.finish(created_at, packs)
        except BaseException:
            writer.abort()
            raise

    def writer(self, name: str, version: str) -> "RoundWriter":
        """A round being written, piece by piece as a run makes it, in one transaction (RoundWriter);
        a round of that name already there is refused now, before any work."""
        return RoundWriter(self, name, version)

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
                data.add_fact(code, period, {c: r[c] for c in FACT_COLUMNS})
            g = tb.findings
            for r in conn.execute(select(g).where(g.c.round_id == round_id).order_by(g.c.id)).mappings():
                data.findings[(r["entity_code"], r["period"], r["criterion_id"], r["stage"])] = {
                    c: r[c] for c in FINDING_COLUMNS}
        return data

    def walk(self, round_a: str, round_b: str) -> Walk:
        """Both rounds side by side (checker/store/walk.py): entity by entity in code order, each
        part read from the store as the walk reaches it, or compared in the database, so a national
        diff never holds a whole round. Unknown names: StoreError, now."""
        with self.engine.connect() as conn:
            ids = (self._round_id(conn, round_a), self._round_id(conn, round_b))
        return Walk(self.engine, self.t, ids)

    def _round_id(self, conn, name: str) -> int:
        from sqlalchemy import select

        r = self.t.rounds
        row = conn.execute(select(r.c.id).where(r.c.name == name)).first()
        if row is None:
            known = ", ".join(x["name"] for x in self.rounds()) or "—"
            raise StoreError(t("store.no_such_round", name=name, known=known))
        return row[0]

    def created_at(self, name: str) -> str:
        from sqlalchemy import select

        r = self.t.rounds
        with self.engine.connect() as conn:
            self._round_id(conn, name)
            return conn.execute(select(r.c.created_at).where(r.c.name == name)).scalar_one()

    def history(self, codes: Iterable[str] | None = None) -> History:
        """Each entity's figures for each year as it submitted them in that year's own submission,
        from the latest round that holds one; with `codes`, of those entities only (a check reads
        the history of each chunk of files as it reaches it, never the whole nation at once). The
        query a worker runs without SQLAlchemy (checker/store/reader.py), on this engine's connection."""
        from checker.store.reader import history

        conn = self.engine.raw_connection()
        try:
            return history(conn, self.driver().mark(), codes)
        finally:
            conn.close()

    def driver(self) -> "Driver":
        """How another process opens this store with its driver alone (checker/store/reader.py)."""
        from checker.store.reader import Driver

        return Driver.of(self.engine)


BATCH = 5000  # rows per INSERT of a round's findings


class RoundWriter:
    """A round being written as a run makes it (`Store.writer`): the round's row first (its name
    checked), then each chunk's submissions with their facts and findings as the chunk arrives from
    the workers, a resubmission's rows replaced by its merged submission's, the peer checks'
    findings, the waivers — all in one transaction on one connection, committed by `finish`: until
    then no reader sees any of it (PostgreSQL's snapshots; SQLite in WAL mode, set here, so that the
    workers reading history while the round is written are never blocked), and a run that dies or
    is killed leaves no half round. Rows are tuples (`fact_values`, `finding_values`) and the
    submission's dict (`submission_row`), made where the objects are (in the workers)."""

    def __init__(self, store: "Store", name: str, version: str):
        from sqlalchemy import insert, select

        self.store, self.name = store, name
        tb: Tables = store.t
        if store.engine.dialect.name == "sqlite":
            with store.engine.connect() as conn:  # persistent; readers then never wait for this writer
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
                conn.commit()
        self.conn = store.engine.connect()
        self.tx = self.conn.begin()
        self._sql: dict[str, tuple] = {}
        try:
            if self.conn.execute(select(tb.rounds.c.id).where(tb.rounds.c.name == name)).first():
                raise StoreError(t("store.round_exists", name=name))
            self.round_id = self.conn.execute(insert(tb.rounds).values(
                name=name, created_at="", checker_version=version, packs="[]")).inserted_primary_key[0]
        except BaseException:
            self.abort()
            raise

    def submissions(self, items: list[tuple[dict, list[tuple]]]) -> None:
        """Submissions (`submission_row`) each with its facts (`fact_values`)."""
        from sqlalchemy import insert

        if not items:
            return
        s, f = self.store.t.submissions, self.store.t.facts
        ids = self.conn.execute(insert(s).returning(s.c.id, sort_by_parameter_order=True),
                                [{**row, "round_id": self.round_id} for row, _ in items]).scalars().all()
        self._insert(f, ("submission_id",) + FACT_COLUMNS,
                     [(sub_id, *row) for sub_id, (_, rows) in zip(ids, items) for row in rows])

    def findings(self, rows: list[tuple]) -> None:
        """Findings (`finding_values`)."""
        rid = self.round_id
        self._insert(self.store.t.findings, ("round_id",) + FINDING_COLUMNS, [(rid, *row) for row in rows])

    def _insert(self, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Rows (tuples in `columns` order) straight to the driver, skipping SQLAlchemy's per-row
        parameter processing (plain text, numbers and NULLs need none), which cost the parent ~90 µs
        a row. PostgreSQL: one COPY through psycopg (`_copy`). SQLite: one executemany of an INSERT
        compiled once per table (its driver's parameters are positional, `?`, in `columns` order)."""
        if not rows:
            return
        if self.conn.dialect.name == "postgresql":
            self._copy(table.name, columns, rows)
            return
        sql = self._sql.get(table.name)
        if sql is None:
            from sqlalchemy import insert

            compiled = insert(table).compile(dialect=self.conn.dialect, column_keys=list(columns))
            order = [columns.index(c) for c in compiled.positiontup]
            sql = self._sql[table.name] = (str(compiled), None if order == list(range(len(columns))) else order)
        text, order = sql
        self.conn.exec_driver_sql(text, rows if order is None else [tuple(r[i] for i in order) for r in rows])

    def _copy(self, name: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Rows into PostgreSQL by COPY … FROM STDIN on the round's own connection, so inside its
        transaction: psycopg adapts each value in C and the server parses no INSERT per row (a
        national round's ~290,000 rows as an executemany of named parameters cost the parent ~3.5 s
        of CPU more than SQLite's, and the server as much again on the same cores)."""
        from psycopg import sql

        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(name), sql.SQL(", ").join(map(sql.Identifier, columns)))
        with self.conn.connection.driver_connection.cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)

    def drop(self, code: str, period: int) -> None:
        """Forget what was written of an entity's year (its files are merged into one submission)."""
        from sqlalchemy import delete, select

        s, f, g = self.store.t.submissions, self.store.t.facts, self.store.t.findings
        mine = select(s.c.id).where(s.c.round_id == self.round_id, s.c.entity_code == code, s.c.period == period)
        self.conn.execute(delete(f).where(f.c.submission_id.in_(mine)))
        self.conn.execute(delete(s).where(s.c.round_id == self.round_id, s.c.entity_code == code, s.c.period == period))
        self.conn.execute(delete(g).where(g.c.round_id == self.round_id, g.c.entity_code == code, g.c.period == period))

    def waive(self, items: list[tuple[tuple, str]]) -> None:
        """Set the waiver (JSON) of findings named by (entity, period, criterion, stage)."""
        from sqlalchemy import update

        g = self.store.t.findings
        for (code, period, criterion, stage), waiver in items:
            self.conn.execute(update(g).where(g.c.round_id == self.round_id, g.c.entity_code == code,
                                              g.c.period == period, g.c.criterion_id == criterion,
                                              g.c.stage.is_(None) if stage is None else g.c.stage == stage)
                              .values(waiver=waiver))

    def finish(self, created_at: str, packs: list[dict]) -> None:
        """The round's date and packs, and the commit: the round appears whole."""
        from sqlalchemy import update

        r = self.store.t.rounds
        self.conn.execute(update(r).where(r.c.id == self.round_id).values(created_at=created_at, packs=_dump(packs)))
        if self.conn.dialect.name == "postgresql":  # the planner's statistics for the next round's and the
            self.conn.exec_driver_sql("ANALYZE rounds, submissions, facts, findings")  # diff's plans, now
        self.tx.commit()
        self.conn.close()

    def abort(self) -> None:
        """Nothing of the round is kept."""
        try:
            if self.tx.is_active:
                self.tx.rollback()
        finally:
            self.conn.close()
