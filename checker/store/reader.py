"""The history a check reads from the store (`history`): each entity's figures for each year as it
submitted them in that year's own submission, from the latest round that holds one, in one query
per chunk of files — never the whole nation at once.

Read through the database's own driver (sqlite3, psycopg: PEP 249), not SQLAlchemy: a worker of a
second round opens the store for this query alone, and importing SQLAlchemy cost each worker
~0.19 s CPU (600 counties, 2 workers: ~0.4 s of a ~10 s round). How the driver is called is
resolved once, in the parent that opened the store with SQLAlchemy (`Driver.of`: the dialect's own
connect arguments, so a URL is parsed in one place); the query is one text for every database, its
parameters marked in the driver's own style. `Store.history` (the parent's, on its SQLAlchemy
engine's connection) runs the same query.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import import_module
from typing import Iterable, NamedTuple

from checker.evaluate.history import Earlier, History
from checker.model import Citation, Fact, Location

_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}  # PEP 249 paramstyles of the drivers the store uses

_QUERY = """SELECT f.indicator, f.stage, f.period, f.scope, f.value, f.unit, f.value_as_written, f.unit_as_written,
 f.document, f.locator, f.quote, f.location, f.locator_en, s.entity_code, s.file, s.period, r.name
FROM facts f JOIN submissions s ON f.submission_id = s.id JOIN rounds r ON s.round_id = r.id
WHERE s.id IN (SELECT max(id) FROM submissions{where} GROUP BY entity_code, period) AND f.period = s.period
ORDER BY f.id"""


class Driver(NamedTuple):
    """How to open a DB-API connection to the store without SQLAlchemy: the driver's module and the
    arguments of its `connect` (plain values: they travel to the worker processes)."""

    module: str
    args: tuple
    kwargs: dict

    @classmethod
    def of(cls, engine) -> "Driver":
        """The driver and arguments SQLAlchemy's dialect calls for `engine`'s URL (its own objects,
        such as psycopg's adapters context, left out: plain rows of text and numbers need none)."""
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        plain = {k: v for k, v in kwargs.items() if isinstance(v, (str, int, float, bool))}
        return cls(engine.dialect.dbapi.__name__, tuple(args), plain)

    def connect(self):
        return import_module(self.module).connect(*self.args, **self.kwargs)

    def mark(self) -> str:
        return _MARKS[import_module(self.module).paramstyle]


class StoredRow(NamedTuple):
    """A stored figure as the history query gives it (`_QUERY`'s columns, in order)."""

    indicator: str
    stage: str | None
    period: int
    scope: str | None
    value: str | None
    unit: str | None
    value_as_written: str | None
    unit_as_written: str | None
    document: str | None
    locator: str | None
    quote: str | None
    location: str
    locator_en: str | None
    entity_code: str
    sub_file: str
    sub_period: int
    round_name: str


def history(conn, mark: str, codes: Iterable[str] | None = None) -> History:
    """The history of the entities `codes` (all, without) on a DB-API connection whose driver
    marks a parameter with `mark`."""
    params: list[str] = []
    where = ""
    if codes is not None:
        params = sorted(set(codes))
        if not params:
            return History()
        where = f" WHERE entity_code IN ({', '.join([mark] * len(params))})"
    cur = conn.cursor()
    try:
        cur.execute(_QUERY.format(where=where), params)
        rows = cur.fetchall()
    finally:
        cur.close()
        conn.rollback()  # no transaction left open between chunks (PostgreSQL: never idle in one)
    earlier: dict[str, StoredFigures] = {}
    make = StoredRow._make
    for raw in rows:
        row = make(raw)
        mine = earlier.get(row.entity_code)
        if mine is None:
            mine = earlier[row.entity_code] = StoredFigures()
        mine.rows.setdefault((row.indicator, row.stage, row.period, row.scope), row)
    return History(earlier=earlier)


def fact_of(r: StoredRow) -> Fact:
    return Fact(r.indicator, r.stage, r.period, None if r.value is None else json.loads(r.value), r.unit,
                r.value_as_written, r.unit_as_written, Citation(r.document, r.locator, r.quote, r.locator_en),
                Location(**json.loads(r.location)), r.scope)


class StoredFigures(Mapping):
    """An entity's figures from the store by (indicator, stage, year, scope), each row made into its
    `Earlier` (a Fact: its value and place parsed from JSON) only when a check or `supplement` asks
    for that figure: most stored figures are never compared (making every one cost a second round
    ~0.03 ms a figure, ~0.6 s of its CPU for 600 counties)."""

    __slots__ = ("rows", "_made")

    def __init__(self):
        self.rows: dict[tuple, StoredRow] = {}
        self._made: dict[tuple, Earlier] = {}

    def __getitem__(self, key: tuple) -> Earlier:
        made = self._made.get(key)
        if made is None:
            row = self.rows[key]
            made = self._made[key] = Earlier(fact_of(row), row.round_name, row.sub_file, row.sub_period)
        return made

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)
