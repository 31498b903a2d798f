"""Rounds in a history store, against SQLite and a real PostgreSQL server: three rounds over the same
SYNTHETIC counties (tests/rounds_data.py) — a fix, a new failure, a restated base year, a waiver, an
expired waiver, a unit slip, a withdrawn and a new submission, last year's figures from the store —
and the diff and the findings show each.

PostgreSQL: scripts/setup-tests.sh starts a private server and writes its URL to .pg/url (or set
CHECKER_TEST_PG_URL). Without one these tests are skipped locally and FAIL under CI=true.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

import rounds_data as rd
from checker.api import check, diff
from checker.rules.library import load_packs
from checker.store.rounds import Store
from checker.store.schema import StoreError

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1795000000"  # 2026-11-17: the 2022 waiver has expired, the 2099 one has not


def pg_url() -> str:
    url = os.environ.get("CHECKER_TEST_PG_URL")
    if not url and (ROOT / ".pg" / "url").is_file():
        url = (ROOT / ".pg" / "url").read_text().strip()
    problem = None
    if not url:
        problem = "no PostgreSQL for the tests: run scripts/setup-tests.sh (writes .pg/url) or set CHECKER_TEST_PG_URL"
    else:
        from sqlalchemy import create_engine, text

        from checker.store.schema import engine_url

        try:
            engine = create_engine(engine_url(url))
            with engine.begin() as conn:  # a clean database for each test
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            engine.dispose()
        except Exception as exc:  # noqa: BLE001 - any failure to reach the server
            problem = f"PostgreSQL at {url} is not usable: {exc}"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    return str(tmp_path / "store.db") if request.param == "sqlite" else pg_url()


def funding_packs():
    """The two 只增不减 criteria of the duties pack, and the consistency pack's screen of a money
    figure against the entity's own last year (HIS-SCALE-01): the scenario is about them."""
    duties, consistency = load_packs("duties")[0], load_packs("consistency")[0]
    keep = tuple(c for c in duties.criteria if c.id in ("DUT-FUND-01", "DUT-FUND-02"))
    scale = tuple(c for c in consistency.criteria if c.id == "HIS-SCALE-01")
    return [replace(duties, criteria=keep), replace(consistency, criteria=scale)]


@pytest.fixture
def scenario(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folders = {name: rd.write_round(tmp_path / "rounds", name) for name in rd.ROUNDS}
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(rd.WAIVERS, encoding="utf-8")
    return folders, waivers


def run_rounds(url: str, folders: dict, waivers: Path) -> dict:
    reports = {}
    for name in rd.ROUNDS:
        reports[name] = check([folders[name]], packs=funding_packs(), store=url, round_name=name, waivers=waivers,
                              jobs=1)
    return reports


def by_id(report) -> dict:
    return {(f.entity.code, f.period, f.criterion_id, f.stage): f for f in report.findings}


def keys(rows: list[dict], change: str) -> set:
    return {(r["entity"]["code"], r["criterion"]["id"], r["stage"]) for r in rows if r["change"] == change}


def test_two_rounds_show_the_fix_the_new_failure_the_restatement_and_the_waivers(store_url, scenario):
    folders, waivers = scenario
    reports = run_rounds(store_url, folders, waivers)
    first, second = by_id(reports["2021-初审"]), by_id(reports["2021-复审"])

    # restated base year: 丙's 2020 junior figure 11800.00 now, 12100.00 in its own 2020 report
    restated = second[(rd.C, 2021, "HIS-RESTATE-01", None)]
    assert (restated.status.value, restated.severity.value) == ("fail", "warning")
    bad = [d for d in restated.details if d["status"] == "fail"]
    assert [Path(p.split(" ")[0]).parent.name for p in bad[0]["places"]] == ["2021-复审", "2020-终审"] and len(bad) == 1
    assert {"11800.00", "12100.00"} <= {f.value_as_written for f in restated.evidence}
    flip = second[(rd.C, 2021, "HIS-RESTATE-02", None)]
    assert (flip.status.value, flip.severity.value) == ("fail", "blocking")
    assert {f.value_as_written for f in flip.evidence} == {"11950.00", "11800.00", "12100.00"}
    assert second[(rd.C, 2021, "DUT-FUND-02", "junior")].status.value == "pass"  # on paper, with the restated base
    assert second[(rd.A, 2021, "HIS-RESTATE-01", None)].status.value == "pass"
    assert second[(rd.A, 2021, "HIS-RESTATE-02", None)].status.value == "not_applicable"

    # waivers: 丁's is in force, 戊's expired, one matches nothing
    waived = second[(rd.D, 2021, "DUT-FUND-02", "vocational")]
    assert waived.status.value == "fail" and waived.waiver["state"] == "active"
    assert waived.waiver["approver"] == "省督导室 王某" and waived.evidence
    expired = second[(rd.E, 2021, "DUT-FUND-01", None)]
    assert expired.status.value == "fail" and expired.waiver["state"] == "expired"
    assert [u["entity"] for u in reports["2021-复审"].waivers["unmatched"]] == ["520199"]
    assert any(n.place == "waivers[2]" for n in reports["2021-复审"].notices)

    # 壬 left 2020 out: taken from its own 2020 report in the store, with lineage
    supplied = second[(rd.I, 2021, "DUT-FUND-02", "primary")]
    assert supplied.status.value == "pass"
    assert [d["round"] for d in supplied.details if d.get("source") == "store"] == ["2020-终审"]

    # 己's 元/万元 slip is screened in the first round and gone in the second
    for cid in ("HIS-SCALE-01", "HIS-SCALE-02", "HIS-YOY-01"):
        assert first[(rd.F, 2021, cid, None)].status.value == "fail", cid
        assert second[(rd.F, 2021, cid, None)].status.value == "pass", cid
        assert first[(rd.A, 2021, cid, None)].status.value == "pass", cid

    record = diff(store_url, "2021-初审", "2021-复审")
    rows = record["findings"]
    assert keys(rows, "fixed") == {(rd.A, "DUT-FUND-02", "primary"), (rd.F, "DUT-FUND-01", None),
                                   (rd.F, "HIS-SCALE-01", None), (rd.F, "HIS-SCALE-02", None),
                                   (rd.F, "HIS-YOY-01", None)}
    assert keys(rows, "newly_failing") == {(rd.B, "DUT-FUND-01", None)}
    assert keys(rows, "still_failing") == {(rd.C, "HIS-RESTATE-01", None), (rd.C, "HIS-RESTATE-02", None),
                                           (rd.D, "DUT-FUND-02", "vocational"), (rd.E, "DUT-FUND-01", None)}
    waiver_states = {(r["entity"]["code"], r["criterion"]["id"]): (r["waiver"] or {}).get("state") for r in rows}
    assert waiver_states[(rd.D, "DUT-FUND-02")] == "active" and waiver_states[(rd.E, "DUT-FUND-01")] == "expired"
    changed = {(f["entity"]["code"], f["indicator"], f["stage"], f["year"]):
               ([o["value_as_written"] for o in f["old"]], [n["value_as_written"] for n in f["new"]])
               for f in record["figures"]}
    assert changed == {(rd.A, "per_student_general_budget_expenditure", "primary", 2021): (["10700.00"], ["11016.00"]),
                       (rd.B, "edu_general_budget_expenditure", None, 2021): (["5.12"], ["4.90"]),
                       (rd.F, "edu_general_budget_expenditure", None, 2021): (["5.12"], ["5.12"])}
    slip = next(f for f in record["figures"] if f["entity"]["code"] == rd.F)
    assert (slip["old"][0]["unit_as_written"], slip["new"][0]["unit_as_written"]) == ("万元", "亿元")
    assert slip["old"][0]["place"].startswith(str(folders["2021-初审"] / f"{rd.F}.yaml"))
    assert [s["code"] for s in record["submissions"]["new"]] == [rd.H]
    assert [s["code"] for s in record["submissions"]["withdrawn"]] == [rd.G]

    # check --against: the same diff from the run in memory, without storing it again
    again = check([folders["2021-复审"]], packs=funding_packs(), store=store_url, against="2021-初审",
                  waivers=waivers, jobs=1)
    assert again.diff["findings"] == rows and again.diff["figures"] == record["figures"]
    assert [r["name"] for r in Store(store_url).rounds()] == list(rd.ROUNDS)


def test_a_round_that_dies_leaves_nothing(store_url, scenario):
    folders, _ = scenario
    report = check([folders["2021-初审"]], packs=funding_packs(), jobs=1)
    db = Store(store_url)

    def dying():
        yield report.findings[0]
        raise RuntimeError("killed mid-write")

    subs = [s for s in _subs(folders["2021-初审"])]
    with pytest.raises(RuntimeError):
        db.write("half", "2026-11-17T00:00:00Z", "0", [], subs, dying())
    from sqlalchemy import func, select

    with db.engine.connect() as conn:
        counts = [conn.execute(select(func.count()).select_from(t)).scalar() for t in
                  (db.t.rounds, db.t.submissions, db.t.facts, db.t.findings)]
    assert counts == [0, 0, 0, 0]
    db.write("whole", "2026-11-17T00:00:00Z", "0", [], subs, report.findings)
    with pytest.raises(StoreError):
        db.write("whole", "2026-11-17T00:00:00Z", "0", [], subs, report.findings)
    assert [r["name"] for r in db.rounds()] == ["whole"]
    db.close()


def _subs(folder: Path):
    from checker.intake.facts import Loaded
    from checker.intake.files import discover, load_file

    loaded = Loaded()
    for path in discover([folder])[0]:
        load_file(path, loaded, None)
    return loaded.submissions


def test_a_store_of_another_schema_version_is_refused(tmp_path):
    url = str(tmp_path / "old.db")
    Store(url).close()
    import sqlite3

    with sqlite3.connect(tmp_path / "old.db") as conn:
        conn.execute("UPDATE store_meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as exc:
        Store(url)
    assert exc.value.text.key == "store.wrong_version" and dict(exc.value.text.fields)["found"] == 0
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE rounds (x INTEGER)")
    with pytest.raises(StoreError) as exc:
        Store(str(tmp_path / "other.db"))
    assert exc.value.text.key == "store.not_a_store"


def test_an_unknown_round_is_named_with_the_rounds_there_are(tmp_path):
    url = str(tmp_path / "s.db")
    with pytest.raises(StoreError) as exc:
        diff(url, "a", "b")
    assert exc.value.text.key == "store.no_such_round"


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "html", "json", "xlsx"])
def test_the_diff_in_every_format_from_the_command_line(tmp_path, scenario, fmt):
    from typer.testing import CliRunner

    from checker.cli import app

    folders, waivers = scenario
    url = str(tmp_path / "store.db")
    runner = CliRunner()
    env = {"SOURCE_DATE_EPOCH": EPOCH}
    for name in ("2021-初审", "2021-复审"):
        result = runner.invoke(app, ["check", str(folders[name]), "--store", url, "--round", name,
                                     "--waivers", str(waivers), "--format", "json"], env=env)
        assert result.exit_code == 1, result.output  # blocking failures, besides the waived one
    out = tmp_path / f"diff.{fmt}"
    result = runner.invoke(app, ["diff", "2021-初审", "2021-复审", "--store", url, "--format", fmt, "--output",
                                 str(out)], env=env)
    assert result.exit_code == 0, result.output
    if fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(out)
        text = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
    else:
        text = out.read_text(encoding="utf-8-sig")
    flat = "".join(text.split())
    for code in (rd.A, rd.B, rd.F, rd.G, rd.H):  # fixed, newly failing, changed figure, withdrawn, new
        assert code in flat, code
    if fmt == "json":
        import json

        assert json.loads(text)["summary"]["newly_failing"] >= 1
    else:
        assert "已整改" in flat and "新增问题" in flat and "仍未整改" in flat
    again = runner.invoke(app, ["diff", "2021-初审", "2021-复审", "--store", url, "--format", fmt, "--output",
                                str(tmp_path / f"again.{fmt}")], env=env)
    if fmt != "xlsx":  # the same store gives the same bytes
        assert (tmp_path / f"again.{fmt}").read_bytes() == out.read_bytes(), again.output


def test_round_and_against_need_a_store(tmp_path, scenario):
    from typer.testing import CliRunner

    from checker.cli import app

    folders, _ = scenario
    result = CliRunner().invoke(app, ["check", str(folders["2021-初审"]), "--round", "x"])
    assert result.exit_code == 2 and "--store" in result.output
    result = CliRunner().invoke(app, ["check", str(folders["2021-初审"]), "--store", str(tmp_path / "s.db"),
                                      "--against", "nope"])
    assert result.exit_code == 2 and "nope" in result.output
