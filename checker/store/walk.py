"""Two stored rounds side by side (`Store.walk`), for the diff (checker/store/diff.py).

A `Walk` reads the two rounds in two ways:

- entity by entity, in code order (iterating it): each entity's part of either round — submissions,
  facts, findings (`Part`) — read as the walk reaches it, six queries in key order streamed side by
  side, so only one entity of each round is held at a time (optionally only some entities: `parts`);
- compared in the database: the findings a diff can report — those failing in either round, joined on
  their key (entity, year, criterion, stage) with their counterpart in the other round — and the keys
  of the figures whose values differ, found by set difference. A national diff then reads only what
  it reports, never the passing findings or unchanged figures of either round.

Which of the two the diff uses, and how it turns rows into groups, is checker/store/diff.py's.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator, NamedTuple

from checker.store.schema import Tables

FAILING = frozenset({"fail", "missing", "error"})
FACT_COLUMNS = (
    "indicator", "stage", "period", "scope", "value", "value_number", "unit", "value_as_written", "unit_as_written",
    "document", "locator", "quote", "location", "locator_en")
FINDING_COLUMNS = (
    "entity_code", "entity_name", "period", "criterion_id", "stage", "pack", "status", "severity", "title_zh",
    "title_en", "message_zh", "message_en", "evidence", "waiver")
WALK_COLUMNS = tuple(c for c in FINDING_COLUMNS if c != "evidence")  # the diff never reads the evidence
CODES_PER_QUERY = 500  # entity codes in one IN (…) list
WORK_MEM = "64MB"  # PostgreSQL: one sort or hash of a diff's queries (a national round's facts sort in ~20 MB)


class Part(NamedTuple):
    """One entity's part of a round: submissions, facts and findings keyed as in RoundData
    (checker/store/rounds.py)."""

    submissions: dict
    facts: dict
    findings: dict


EMPTY = Part({}, {}, {})


class Walk:
    """Rounds `ids` (a, b) of the store on `engine` (tables `t`), read side by side (module docstring)."""

    def __init__(self, engine, t: Tables, ids: tuple[int, int]):
        self.engine, self.t, self.ids = engine, t, ids

    def __iter__(self) -> Iterator[tuple[str, Part, Part]]:
        """(code, its part of a, its part of b) for every entity of either round, in code order."""
        return self.parts()

    def parts(self, codes: Iterable[str] | None = None, findings: bool = True) -> Iterator[tuple[str, Part, Part]]:
        """As iterating the walk; with `codes`, those entities only (read CODES_PER_QUERY at a time);
        without `findings`, their parts hold submissions and facts only."""
        if codes is None:
            yield from self._parts(None, findings)
            return
        ordered = sorted(set(codes))
        for i in range(0, len(ordered), CODES_PER_QUERY):
            yield from self._parts(ordered[i:i + CODES_PER_QUERY], findings)

    def _parts(self, codes: list[str] | None, with_findings: bool) -> Iterator[tuple[str, Part, Part]]:
        from sqlalchemy import select

        s, f, g = self.t.submissions, self.t.facts, self.t.findings
        with self._connect() as conn:
            conn = conn.execution_options(stream_results=True, yield_per=2000)
            sides = []
            for round_id in self.ids:
                subs = (select(s.c.entity_code, s.c.entity_name, s.c.period, s.c.file).where(s.c.round_id == round_id)
                        .order_by(s.c.entity_code, s.c.period))
                facts = (select(s.c.entity_code, s.c.period.label("sub_period"), *[f.c[c] for c in FACT_COLUMNS])
                         .join(s, f.c.submission_id == s.c.id).where(s.c.round_id == round_id)
                         .order_by(s.c.entity_code, s.c.period, f.c.id))
                found = (select(*[g.c[c] for c in WALK_COLUMNS]).where(g.c.round_id == round_id)
                         .order_by(g.c.entity_code, g.c.period, g.c.criterion_id, g.c.stage))
                if codes is not None:
                    subs, facts = subs.where(s.c.entity_code.in_(codes)), facts.where(s.c.entity_code.in_(codes))
                    found = found.where(g.c.entity_code.in_(codes))
                sides.append(_parts_in_order(conn.execute(subs), conn.execute(facts),
                                             conn.execute(found) if with_findings else iter(())))
            yield from _merge(*sides)

    def units(self) -> tuple[dict, dict, set, set]:
        """Each round's submissions, {(code, period): code, name, period, file}, and each round's
        units: the (code, period) of its submissions and of its findings."""
        from sqlalchemy import select, union

        s, g = self.t.submissions, self.t.findings
        out: list = []
        with self._connect() as conn:
            for round_id in self.ids:
                out.append({(r[0], r[2]): {"code": r[0], "name": r[1], "period": r[2], "file": r[3]}
                            for r in conn.execute(select(s.c.entity_code, s.c.entity_name, s.c.period, s.c.file)
                                                  .where(s.c.round_id == round_id))})
            for round_id in self.ids:
                out.append({tuple(r) for r in conn.execute(union(
                    select(s.c.entity_code, s.c.period).where(s.c.round_id == round_id),
                    select(g.c.entity_code, g.c.period).where(g.c.round_id == round_id)))})
        return out[0], out[1], out[2], out[3]

    def failing(self) -> Iterator[tuple]:
        """Every finding of round b that fails, or whose counterpart in round a (same entity, year,
        criterion, stage) fails: its row (WALK_COLUMNS) and the counterpart's status (None if a has
        none), as one tuple."""
        from sqlalchemy import or_, select

        a, b = self._pair()
        query = (select(*[b.c[c] for c in WALK_COLUMNS], a.c.status.label("status_a"))
                 .select_from(b.outerjoin(a, self._same(a, b)))
                 .where(b.c.round_id == self.ids[1], or_(b.c.status.in_(FAILING), a.c.status.in_(FAILING))))
        with self._connect() as conn:
            yield from conn.execution_options(stream_results=True, yield_per=2000).execute(query)

    def dropped(self) -> Iterator[dict]:
        """Every finding of round a that fails and has no counterpart in round b (WALK_COLUMNS)."""
        from sqlalchemy import exists, select

        a, b = self._pair()
        query = (select(*[a.c[c] for c in WALK_COLUMNS])
                 .where(a.c.round_id == self.ids[0], a.c.status.in_(FAILING),
                        ~exists().where(b.c.round_id == self.ids[1], self._same(b, a, own=False))))
        with self._connect() as conn:
            for r in conn.execution_options(stream_results=True, yield_per=2000).execute(query):
                yield dict(zip(WALK_COLUMNS, r))

    def changed_figures(self) -> set[tuple]:
        """The keys (code, submission's year, indicator, stage, year, scope) whose figures, as the set
        of (value, unit) the round holds under the key, differ between the rounds (a key only one
        round has included)."""
        from sqlalchemy import except_, select

        s, f = self.t.submissions, self.t.facts

        def side(round_id: int):
            return (select(s.c.entity_code, s.c.period.label("sub_period"), f.c.indicator, f.c.stage, f.c.period,
                           f.c.scope, f.c.value, f.c.unit)
                    .join(s, f.c.submission_id == s.c.id).where(s.c.round_id == round_id))

        ida, idb = self.ids
        with self._connect() as conn:
            return {tuple(r[:6]) for q in (except_(side(ida), side(idb)), except_(side(idb), side(ida)))
                    for r in conn.execute(q)}

    def shared(self) -> bool:
        """Whether other threads' connections see the same database (not an in-memory SQLite store,
        of which SQLAlchemy gives each thread its own, empty)."""
        from sqlalchemy.pool import SingletonThreadPool

        return not isinstance(self.engine.pool, SingletonThreadPool)

    @contextmanager
    def _connect(self):
        """A connection for the walk's queries. PostgreSQL: its transaction (each query's own, as
        SQLAlchemy begins one) given room to sort and join both rounds in memory (`work_mem`; the
        server's default 4 MB sent a national diff's sorts to disk), no JIT compilation (~30 ms a
        query spent compiling what runs once), and its streamed queries planned for reading every
        row, as the walk does (`cursor_tuple_fraction`: the default plans a cursor for its first
        tenth). SET LOCAL: each ends with the transaction, never left on a pooled connection."""
        with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SET LOCAL work_mem = '{WORK_MEM}'")
                conn.exec_driver_sql("SET LOCAL jit = off")
                conn.exec_driver_sql("SET LOCAL cursor_tuple_fraction = 1")
            yield conn

    def _pair(self):
        g = self.t.findings
        return g.alias("a"), g.alias("b")

    def _same(self, a, b, own: bool = True):
        """`a` is the round-a counterpart of `b`'s row: the same key (a NULL stage matching a NULL one)."""
        from sqlalchemy import and_

        cond = [a.c.entity_code == b.c.entity_code, a.c.period == b.c.period, a.c.criterion_id == b.c.criterion_id,
                a.c.stage.is_not_distinct_from(b.c.stage)]
        return and_(a.c.round_id == self.ids[0], *cond) if own else and_(*cond)


def _by_code(rows) -> Iterator[tuple[str, list]]:
    """Rows ordered by entity code (their first column) as (code, rows of that code)."""
    code, group = None, []
    for row in rows:
        if row[0] != code:
            if group:
                yield code, group
            code, group = row[0], []
        group.append(row)
    if group:
        yield code, group


def _parts_in_order(subs, facts, findings) -> Iterator[tuple[str, Part]]:
    """One round's three streams (each ordered by entity code) as (code, Part), in code order."""
    streams = [_by_code(subs), _by_code(facts), _by_code(findings)]
    heads = [next(it, None) for it in streams]
    while any(heads):
        code = min(h[0] for h in heads if h)
        part = Part({}, {}, {})
        if heads[0] and heads[0][0] == code:
            for r in heads[0][1]:
                part.submissions[(r[0], r[2])] = {"code": r[0], "name": r[1], "period": r[2], "file": r[3]}
            heads[0] = next(streams[0], None)
        if heads[1] and heads[1][0] == code:
            for r in heads[1][1]:
                row = dict(zip(FACT_COLUMNS, r[2:]))
                k = (code, r[1], row["indicator"], row["stage"], row["period"], row["scope"])
                part.facts.setdefault(k, []).append(row)
            heads[1] = next(streams[1], None)
        if heads[2] and heads[2][0] == code:
            for r in heads[2][1]:
                part.findings[(code, r[2], r[3], r[4])] = dict(zip(WALK_COLUMNS, r))
            heads[2] = next(streams[2], None)
        yield code, part


def _merge(a: Iterator[tuple[str, Part]], b: Iterator[tuple[str, Part]]) -> Iterator[tuple[str, Part, Part]]:
    """Two rounds' (code, Part) streams side by side, in code order."""
    ha, hb = next(a, None), next(b, None)
    while ha or hb:
        code = min(h[0] for h in (ha, hb) if h)
        pa = ha[1] if ha and ha[0] == code else EMPTY
        pb = hb[1] if hb and hb[0] == code else EMPTY
        if pa is not EMPTY:
            ha = next(a, None)
        if pb is not EMPTY:
            hb = next(b, None)
        yield code, pa, pb
