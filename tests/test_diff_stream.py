"""The diff of two stored rounds computed in the database (checker/store/walk.py, `_in_store` in
checker/store/diff.py) is the diff of both rounds walked whole, and of both rounds loaded in memory:
every pair of the SYNTHETIC rounds of tests/rounds_data.py, same year and across years, either way
round, on SQLite and PostgreSQL. It reads only the entities it must walk. Its JSON is written row by
row, byte for byte what `json.dumps(record, ensure_ascii=False, indent=1)` writes."""

from __future__ import annotations

import json

import rounds_data as rd
from checker.report.render.diff import ROWS_PER_CHUNK, render
from checker.store.diff import diff as diff_in_memory, diff_groups
from checker.store.rounds import Store
from checker.store.walk import Walk
from test_store import run_rounds, scenario, store_url  # noqa: F401 - fixtures


def _pairs():
    return [(a, b) for a in rd.ROUNDS for b in rd.ROUNDS]


def _sharpen(url: str) -> None:
    """Rows edited in the store so that every group of the diff of 2021-初审 and 2021-复审 occurs: a
    new submission failing, a failing finding the earlier round did not check, and one the later
    round no longer checks."""
    from sqlalchemy import and_, delete, select, update

    db = Store(url)
    g, s, r = db.t.findings, db.t.submissions, db.t.rounds
    with db.engine.begin() as conn:
        ids = {name: conn.execute(select(r.c.id).where(r.c.name == name)).scalar_one() for name in rd.ROUNDS}
        early, late = ids["2021-初审"], ids["2021-复审"]
        codes = {rid: set(conn.execute(select(s.c.entity_code).where(s.c.round_id == rid)).scalars())
                 for rid in (early, late)}
        new = min(codes[late] - codes[early])
        first = conn.execute(select(g.c.id).where(g.c.round_id == late, g.c.entity_code == new)
                             .order_by(g.c.id).limit(1)).scalar_one()
        conn.execute(update(g).where(g.c.id == first).values(status="error"))
        failing = conn.execute(select(g.c.entity_code, g.c.period, g.c.criterion_id, g.c.stage, g.c.round_id).where(
            g.c.round_id.in_((early, late)), g.c.status.in_(("fail", "missing")),
            g.c.entity_code.in_(codes[early] & codes[late])).order_by(g.c.id)).all()
        checked = next(f for f in failing if f.round_id == late)
        dropped = next(f for f in failing if f.round_id == early and f[:4] != checked[:4])
        for row, rid in ((checked, early), (dropped, late)):
            conn.execute(delete(g).where(and_(g.c.round_id == rid, g.c.entity_code == row.entity_code,
                                              g.c.period == row.period, g.c.criterion_id == row.criterion_id,
                                              g.c.stage.is_not_distinct_from(row.stage))))
    db.close()


def test_the_diff_in_the_store_is_the_diff_of_both_rounds_walked_whole(store_url, scenario):  # noqa: F811
    folders, waivers = scenario
    run_rounds(store_url, folders, waivers)
    _sharpen(store_url)
    db = Store(store_url)
    try:
        seen = set()
        for a, b in _pairs():
            walk = db.walk(a, b)
            assert isinstance(walk, Walk)
            stored = diff_groups((a, "x"), (b, "y"), walk)
            walked = diff_groups((a, "x"), (b, "y"), iter(walk))  # a plain iterator: the walk in Python
            loaded = diff_in_memory(db.load(a), db.load(b))
            loaded["rounds"] = stored["rounds"]
            assert stored == walked == loaded, (a, b)
            seen.update(f["change"] for f in stored["findings"])
            seen.update(k for k in ("figures", "across_periods") if stored[k])
            seen.update(k for k, v in stored["submissions"].items() if v)
    finally:
        db.close()
    # the pairs cover every group, changed figures, submissions new and withdrawn, pairs across years
    assert seen == {"newly_failing", "new_submission", "newly_checked", "fixed", "no_longer_checked",
                    "still_failing", "figures", "across_periods", "new", "withdrawn"}, seen


def test_a_diff_in_the_store_walks_only_the_entities_it_must(store_url, scenario, monkeypatch):  # noqa: F811
    folders, waivers = scenario
    run_rounds(store_url, folders, waivers)
    asked: list[set] = []
    parts = Walk.parts

    def spy(self, codes=None, findings=True):
        asked.append(None if codes is None else set(codes))
        return parts(self, codes, findings)

    monkeypatch.setattr(Walk, "parts", spy)
    db = Store(store_url)
    try:
        same_year = diff_groups(("a", "x"), ("b", "y"), db.walk("2021-初审", "2021-复审"))
        assert None not in asked  # never the whole round
        changed = {f["entity"]["code"] for f in same_year["figures"]}
        assert changed and set().union(*asked) == changed  # the entities whose figures changed, nothing else
        asked.clear()
        across = diff_groups(("a", "x"), ("b", "y"), db.walk("2020-终审", "2021-初审"))
        assert None not in asked and set().union(*asked) == {x["code"] for x in across["across_periods"]}
    finally:
        db.close()


def _record(rows: int) -> dict:
    """A diff record of `rows` findings, with what JSON must escape and every kind of value."""
    waiver = {"state": "active", "n": [1.5, -0.0, True, False, None, {}, [], 10**20]}
    finding = {"change": "still_failing", "entity": {"code": "520102", "name": "合成甲县"}, "period": 2021,
               "period_a": 2021,
               "criterion": {"id": "DUT-FUND-01", "title_zh": "“只增不减”\n", "title_en": "t\\", "pack": "duties"},
               "stage": None, "severity": "blocking", "status_a": "fail", "status_b": "missing",
               "message_zh": "缺少 \"数据\"\t\u2028", "message_en": "m", "waiver": waiver}
    return {"schema_version": 2, "summary": {"still_failing": rows, "by_status": {}}, "across_periods": [],
            "findings": [dict(finding, period=2000 + i % 30) for i in range(rows)],
            "figures": [{"old": [], "new": [{"value": 1e300, "place": "a.xlsx 表1!B3"}]}],
            "submissions": {"new": [], "withdrawn": [{"code": "1", "name": "庚"}]}, "meta": {}}


def test_the_json_is_written_row_by_row_as_json_dumps_writes_it():
    record = _record(3 * ROWS_PER_CHUNK + 7)
    chunks = list(render(record, "json"))
    assert len(chunks) > 3 and max(map(len, chunks)) < len("".join(chunks)) / 3  # rows, never the whole
    assert "".join(chunks) == json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    odd_keys = [{1: 2, None: 3, 2.5: []}, {True: 2, None: 3, 2.5: []}, {1.0: 2, None: 3, 2.5: []}]
    for small in ({}, {"a": []}, {"a": {}}, {"a": [[], {}, [1, [2, {"b": None}]]]}, *odd_keys, {"x": odd_keys},
                  _record(0), _record(1)):
        assert "".join(render(small, "json")) == json.dumps(small, ensure_ascii=False, indent=1) + "\n", small
