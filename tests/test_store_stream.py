"""Trying to break the store's fast paths (issue 22): a PostgreSQL round written by COPY and ended
by ANALYZE, the direct JSON of a fact's value and place, the diff's session settings (SET LOCAL)
and its queries on background threads.

Each test states a property the fast paths must keep: a round is all or nothing however it ends;
the direct JSON is `_dump`'s text byte for byte; text COPY treats specially comes back as written;
no session setting outlives the diff's transaction; the diff works wherever it worked before.

PostgreSQL: the server of `.pg/url` (tests/test_store.py's `pg_url`, which skips without one).
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from checker.model import Location, Severity, Status
from checker.store.diff import diff_groups
from checker.store.rounds import _VALUE, Store, _dump, _location_json, _value_json
from checker.store.walk import Walk
from test_store import pg_url, store_url  # noqa: F401 - store_url is a fixture

ROOT = Path(__file__).resolve().parent.parent

# Text COPY's text format gives a meaning to: tab, newline, carriage return, backslash, \N (NULL), \. (end).
COPY_SPECIAL = ["a\tb", "a\nb", "a\r\nb", "C:\\dir\\file", "\\N", "\\.", "\\", "end\\", "\\x41\\101",
                "引号\"'「」", "\x01\x07\x1b\x7f", "𠀀𝄞😀", "   ", ""]


# --- the direct JSON is _dump's text --------------------------------------------------------------

class _Int(int):
    pass


class _Float(float):
    pass


HOSTILE_VALUES = [0, -0, 1, -1, 10 ** 30, -(10 ** 30), 2 ** 63, 2 ** 64 + 1, True, False, 0.0, -0.0, 1.0, 0.1,
                  1e16, 1e-7, 1e308, 5e-324, -5e-324, float("nan"), float("inf"), float("-inf"), _Int(3),
                  _Float(2.5), _Float("nan"), Status.FAIL, "", "\x00", "\t\n\r\\\"", "\\N", "𠀀😀", "\ud800",
                  "\u2028\u2029", "1.0", [1, "a"], {"b": 1, "a": float("inf")}]


@pytest.mark.parametrize("value", HOSTILE_VALUES, ids=repr)
def test_a_values_direct_json_is_dumps_text(value):
    assert _value_json(value) == _dump(value)


@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.booleans(), st.text()))
@settings(max_examples=400, deadline=None)
def test_any_number_bool_or_text_has_dumps_text(value):
    assert _value_json(value) == _dump(value)


def test_an_int_too_long_to_write_fails_as_dump_does():
    with pytest.raises(ValueError):
        _dump(10 ** 5000)
    with pytest.raises(ValueError):
        _value_json(10 ** 5000)


_texts = st.text(alphabet=st.characters() | st.sampled_from(["\\", "\"", "\t", "\n", "\x00", "\ud800", "\U00020000"]))


@given(file=_texts, path=st.none() | _texts, sheet=st.none() | _texts, cell=st.none() | _texts,
       row=st.none() | st.integers())
@settings(max_examples=400, deadline=None)
def test_a_places_direct_json_is_dumps_text(file, path, sheet, cell, row):
    loc = Location(file, path, sheet, cell, row)
    assert _location_json(loc) == _dump(loc.to_dict())


@pytest.mark.parametrize("loc", [Location("f.yaml"), Location("f.yaml", "facts[0].value"), Location(""),
                                 Location("", ""), Location("a\"b\\c\td.yaml", "\\N"), Location("𠀀.xlsx", "😀"),
                                 Location("f.xlsx", None, "数据", "G12"), Location("f.csv", "x", None, None, 0),
                                 Location("f.xlsx", None, "", None), Location("\u2028", "\x1f")], ids=repr)
def test_every_kind_of_place_has_dumps_text(loc):
    assert _location_json(loc) == _dump(loc.to_dict())


def test_a_status_and_severity_are_written_as_their_value():
    for member in (*Status, *Severity):
        assert _VALUE[member] == member.value
    assert len(_VALUE) == len(Status) + len(Severity)


# --- a hand-made round: every column of a fact and a finding, text chosen by the test ------------------

def _sub(code: str, name: str) -> dict:
    return {"entity_code": code, "entity_name": name, "entity_level": "county", "entity_region": None,
            "period": 2022, "file": f"{code}.yaml", "files": "[]"}


def _fact(text: str, value) -> tuple:
    number = None if isinstance(value, (str, bool)) or value is None else float(value)
    loc = _location_json(Location(f"{text}.yaml", f"facts[{text}]"))
    return ("edu_expenditure", None, 2022, text or None, None if value is None else _value_json(value), number,
            "万元", text, text, text, text, text, loc, text)


def _finding(code: str, text: str, status: str) -> tuple:
    return (code, text, 2022, "DUT-FUND-01", None, "duties", status, "blocking", text, text, text, text,
            _dump([{"quote": text}]), _dump({"reason": text}))


def _write(db: Store, name: str, texts: list[str], status: str, value=1) -> None:
    w = db.writer(name, "0")
    try:
        w.submissions([(_sub(f"1101{i:02d}", t), [_fact(t, value)]) for i, t in enumerate(texts)])
        w.findings([_finding(f"1101{i:02d}", t, status) for i, t in enumerate(texts)])
        w.finish("2026-01-01T00:00:00Z", [{"id": "duties", "note": texts[0] if texts else ""}])
    except BaseException:
        w.abort()
        raise


def _counts(db: Store) -> list[int]:
    from sqlalchemy import func, select

    with db.engine.connect() as conn:
        return [conn.execute(select(func.count()).select_from(t)).scalar() for t in
                (db.t.rounds, db.t.submissions, db.t.facts, db.t.findings)]


def test_text_copy_treats_specially_comes_back_as_written_and_in_the_diff(store_url):  # noqa: F811
    db = Store(store_url, create=True)
    try:
        _write(db, "a", COPY_SPECIAL, "pass", 1)
        _write(db, "b", COPY_SPECIAL, "fail", 2.5)
        data = db.load("b")
        rows = {code: rows[0] for (code, *_k), rows in data.facts.items()}
        for i, text in enumerate(COPY_SPECIAL):
            code = f"1101{i:02d}"
            fact, finding = rows[code], data.findings[(code, 2022, "DUT-FUND-01", None)]
            assert data.submissions[(code, 2022)]["name"] == text
            assert [fact[c] for c in ("value_as_written", "unit_as_written", "document", "locator", "quote",
                                      "locator_en")] == [text] * 6
            assert fact["scope"] == (text or None)  # "" written as None by _fact: \N must not turn text into NULL
            assert fact["location"] == _dump({"file": f"{text}.yaml", "path": f"facts[{text}]"})
            assert (fact["value"], fact["value_number"]) == ("2.5", 2.5)
            assert [finding[c] for c in ("entity_name", "title_zh", "title_en", "message_zh", "message_en")] == \
                [text] * 5
            assert finding["evidence"] == _dump([{"quote": text}]) and finding["waiver"] == _dump({"reason": text})
        record = diff_groups(("a", ""), ("b", ""), db.walk("a", "b"))
        assert sorted(f["message_zh"] for f in record["findings"] if f["change"] == "newly_failing") == \
            sorted(COPY_SPECIAL)
        assert {f["waiver"]["reason"] for f in record["findings"]} == set(COPY_SPECIAL)
        assert len(record["figures"]) == len(COPY_SPECIAL)  # 1 → 2.5 for every county, nothing else
    finally:
        db.close()


def test_a_number_copy_cannot_write_as_text_comes_back(store_url):  # noqa: F811
    db = Store(store_url, create=True)
    try:
        for name, value in (("nan", float("nan")), ("inf", float("inf")), ("neg", -0.0), ("big", 10 ** 20)):
            _write(db, name, ["x"], "pass", value)
            (row,) = next(iter(db.load(name).facts.values()))
            assert row["value"] == _dump(value)
            number = row["value_number"]
            if name == "nan":  # SQLite has no NaN: it stores NULL (as it did before COPY); PostgreSQL keeps NaN
                assert number is None if db.engine.dialect.name == "sqlite" else math.isnan(number)
            else:
                assert number == float(value)
    finally:
        db.close()


# --- all or nothing on PostgreSQL, with COPY ------------------------------------------------------------

def test_a_round_aborted_after_its_copy_leaves_nothing_and_was_never_seen():
    db = Store(pg_url(), create=True)
    try:
        w = db.writer("half", "0")
        w.submissions([(_sub("110101", "县"), [_fact("x", 1)])])
        w.findings([_finding("110101", "x", "fail")])
        assert _counts(db) == [0, 0, 0, 0]  # another connection sees nothing of the round being written
        w.abort()
        assert _counts(db) == [0, 0, 0, 0]
        _write(db, "half", ["x"], "fail")  # the name is free again
        assert _counts(db) == [1, 1, 1, 1]
    finally:
        db.close()


def test_a_copy_the_server_refuses_fails_the_whole_round():
    """NUL: PostgreSQL's text cannot hold it (SQLite's can). The round fails — every row of it, the
    rows COPY sent before included — and the error says why."""
    db = Store(pg_url(), create=True)
    try:
        with pytest.raises(Exception, match="NUL"):
            _write(db, "nul", ["ok", "x\x00y"], "fail")
        assert _counts(db) == [0, 0, 0, 0]
        _write(db, "nul", ["ok"], "fail")
        assert _counts(db) == [1, 1, 1, 1]
    finally:
        db.close()


KILLED = """
import os, signal, sys
sys.path.insert(0, {tests!r})
from test_store_stream import _finding, _fact, _sub
from checker.store.rounds import Store
w = Store({url!r}).writer("killed", "0")
w.submissions([(_sub("110101", "县"), [_fact("x", 1)] * 1000)])
w.findings([_finding("110101", "x", "fail")])
w.conn.exec_driver_sql("SELECT 1")  # the COPYs are done
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_round_whose_process_is_killed_after_its_copy_leaves_nothing():
    url = pg_url()
    Store(url, create=True).close()
    done = subprocess.run([sys.executable, "-c", KILLED.format(tests=str(ROOT / "tests"), url=url)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == -9, done.stderr
    db = Store(url)
    try:
        assert _counts(db) == [0, 0, 0, 0]
    finally:
        db.close()


def test_a_round_is_written_by_a_role_that_does_not_own_the_tables():
    """ANALYZE by a role that may write the tables but does not own them: PostgreSQL skips them
    with a warning; the round must still be committed."""
    import psycopg

    url = pg_url()
    Store(url, create=True).close()
    role = "checker_review29_writer"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"DROP ROLE IF EXISTS {role}")
        admin.execute(f"CREATE ROLE {role} NOLOGIN")
        admin.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
        admin.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        admin.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    db = Store(url)
    try:
        from sqlalchemy import event

        def as_role(dbapi, _record):
            dbapi.execute(f"SET ROLE {role}")
            dbapi.commit()  # the session's role, kept when the pool rolls back

        event.listen(db.engine, "connect", as_role)
        db.engine.dispose()
        for _ in range(2):  # a new connection, then the same one back from the pool
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT current_user").scalar() == role
        _write(db, "not-mine", ["x"], "fail")
        assert _counts(db) == [1, 1, 1, 1]
    finally:
        db.close()
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP OWNED BY {role}")
            admin.execute(f"DROP ROLE {role}")


# --- the diff's session settings end with its transactions --------------------------------------------

SETTINGS = "SELECT current_setting('work_mem'), current_setting('jit'), current_setting('cursor_tuple_fraction')"


def test_the_diffs_session_settings_never_reach_a_pooled_connection():
    db = Store(pg_url(), create=True)
    try:
        _write(db, "a", ["x", "y"], "pass", 1)
        _write(db, "b", ["x", "y"], "fail", 2)
        with db.engine.connect() as conn:
            defaults = conn.exec_driver_sql(SETTINGS).one()
        walk = db.walk("a", "b")
        with walk._connect() as conn:
            assert conn.exec_driver_sql(SETTINGS).one() == ("64MB", "off", "1")  # else the test proves nothing
        record = diff_groups(("a", ""), ("b", ""), walk)
        assert record["summary"]["newly_failing"] == 2
        abandoned = walk.failing()
        next(abandoned)
        abandoned.close()  # a walk left half-read ends its transaction too
        pool = db.engine.pool
        held = [db.engine.connect() for _ in range(pool.checkedin() + 1)]  # every pooled connection, and one more
        try:
            assert [c.exec_driver_sql(SETTINGS).one() for c in held] == [defaults] * len(held)
        finally:
            for c in held:
                c.close()
    finally:
        db.close()


# --- the diff's background queries ----------------------------------------------------------------------

def test_a_diff_of_an_in_memory_store_works_as_before():
    """`sqlite://` (`:memory:`): SQLAlchemy gives each thread its own connection, so its own, empty,
    database — the diff's background queries then see no tables (they ran on the main thread before)."""
    db = Store("sqlite://", create=True)
    try:
        _write(db, "a", ["x"], "pass", 1)
        _write(db, "b", ["x"], "fail", 2)
        record = diff_groups(("a", ""), ("b", ""), db.walk("a", "b"))
        assert record["summary"]["newly_failing"] == 1 and record["summary"]["changed_figures"] == 1
    finally:
        db.close()




@pytest.mark.parametrize("broken", ["dropped", "changed_figures"])
def test_a_background_query_that_fails_is_the_diffs_error_not_a_hang(tmp_path, monkeypatch, broken):
    db = Store(str(tmp_path / "s.db"), create=True)
    _write(db, "a", ["x"], "pass", 1)
    _write(db, "b", ["x"], "fail", 2)
    db.close()

    def fails(self):
        raise RuntimeError(f"{broken} failed")

    monkeypatch.setattr(Walk, broken, fails)
    from test_store import _cli

    out = _cli("diff", "a", "b", "--store", str(tmp_path / "s.db"), "--lang", "en")
    assert out.exit_code == 3, out.output
    assert f"{broken} failed" in out.output and "Traceback" not in out.output


def test_a_nul_in_one_countys_file_does_not_lose_the_round_on_postgresql(tmp_path, monkeypatch):
    import rounds_data as rd
    from test_store import EPOCH, _cli

    url = pg_url()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = rd.write_round(tmp_path / "rounds", "2021-初审")
    first = sorted(Path(folder).glob("*.yaml"))[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace('locator: "二(五)"', 'locator: "二(五)\\0"', 1), encoding="utf-8")
    out = _cli("check", str(folder), "--store", url, "--round", "r1", "--lang", "en")
    assert out.exit_code == 2, out.output  # the figure refused with its place (an invalid file): never a lost round
    assert "holds the NUL" in out.output.replace("\n", " ")  # the table may wrap the message
    db = Store(url)
    try:
        assert [r["name"] for r in db.rounds()] == ["r1"]
    finally:
        db.close()


def test_a_nul_in_an_entitys_name_refuses_its_file_with_the_place(tmp_path):
    """The entity's name is stored with every submission and finding: a NUL there is refused where it is
    read (YAML here; a table's row the same way), the other files checked."""
    from test_store import _cli

    good = Path(__file__).resolve().parents[1] / "submissions" / "qujing-2021.yaml"
    bad = Path(__file__).resolve().parents[1] / "submissions" / "chengzhong-2018.yaml"
    (tmp_path / "a.yaml").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    text = bad.read_text(encoding="utf-8")
    assert "  name: 城中区\n" in text
    (tmp_path / "b.yaml").write_text(text.replace("  name: 城中区\n", '  name: "城中区\\0"\n', 1), encoding="utf-8")
    out = _cli("check", str(tmp_path), "--store", str(tmp_path / "s.db"), "--round", "r1", "--lang", "en")
    assert out.exit_code == 2, out.output
    assert "b.yaml: entity.name: holds the NUL character" in out.output
    db = Store(str(tmp_path / "s.db"))
    try:
        assert [r["submissions"] for r in db.listing()] == [1]  # a.yaml's county stored, b.yaml refused
    finally:
        db.close()


def test_a_nul_in_a_rows_entity_name_is_refused():
    from checker.intake.facts import row_entity

    values = {"entity_level": "county", "region": None, "entity_name": "城中区\x00"}
    refused = row_entity(values.get, "630103")
    assert isinstance(refused, tuple) and refused[0] == "entity_name"
    assert refused[1].key == "input.nul_character"
