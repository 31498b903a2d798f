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
from checker.store.run import StoreRun
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
    # …and HIS-SCALE-01, comparing with a figure taken from the store, names its round, file and place
    scale = second[(rd.I, 2021, "HIS-SCALE-01", None)]
    junior = next(d for d in scale.details if "初中" in d["what_zh"])
    assert f"2020-终审: {folders['2020-终审'] / (rd.I + '.yaml')} facts[" in junior["places"][-1]

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


def test_a_round_checked_against_another_is_diffed_in_the_store(store_url, scenario, monkeypatch):
    """`check --round B --against A`: the diff walks both stored rounds in the database (as `checker
    diff` does) once B is written, never loading A whole, and is the diff the run gives in memory."""
    folders, waivers = scenario
    for name in rd.ROUNDS[:2]:
        check([folders[name]], packs=funding_packs(), store=store_url, round_name=name, waivers=waivers, jobs=1)
    in_memory = check([folders["2021-复审"]], packs=funding_packs(), store=store_url, against="2021-初审",
                      waivers=waivers, jobs=1).diff

    def whole(*_a, **_k):
        raise AssertionError("a stored round loaded whole")

    monkeypatch.setattr(Store, "load", whole)
    stored = check([folders["2021-复审"]], packs=funding_packs(), store=store_url, round_name="2021-复审",
                   against="2021-初审", waivers=waivers, jobs=1).diff
    assert stored["rounds"]["b"]["name"] == "2021-复审"
    assert stored == diff(store_url, "2021-初审", "2021-复审") | {"meta": stored["meta"]}
    in_memory["rounds"]["b"] = stored["rounds"]["b"]  # the run in memory is "(本次核查)"
    assert stored == in_memory
    assert stored["summary"]["fixed"] and stored["summary"]["newly_failing"]  # the scenario's changes are there


def test_a_first_round_reads_no_history_and_the_next_does(store_url, scenario, monkeypatch):
    """A store with no submission yet has no history to read: no chunk opens it for one (a worker
    would import SQLAlchemy and connect for nothing); once a round is stored, each chunk reads its own."""
    import checker.store.reader as reader

    folders, waivers = scenario
    read = []
    history = reader.history
    monkeypatch.setattr(reader, "history", lambda conn, mark, codes=None: read.append(1) or history(conn, mark, codes))
    check([folders["2020-终审"]], packs=funding_packs(), store=store_url, round_name="2020-终审", jobs=1)
    assert read == []
    second = check([folders["2021-初审"]], packs=funding_packs(), store=store_url, round_name="2021-初审", jobs=1)
    assert read
    supplied = by_id(second)[(rd.I, 2021, "DUT-FUND-02", "primary")]  # last year's figure, from the store
    assert [d["round"] for d in supplied.details if d.get("source") == "store"] == ["2020-终审"]


def test_a_figure_the_checker_made_keeps_its_english_locator_in_the_store(store_url, scenario):
    """A figure the checker made says how in both languages (Citation.locator in Chinese, locator_en
    in English): read back from the store as history, it still does — the store kept the Chinese
    only, so an English report showed the Chinese way it was made (schema version 4)."""
    from checker.model import Citation

    folders, _ = scenario
    sub = _subs(folders["2020-终审"])[0]
    made = Citation("学校表.xlsx", "计算:由学校表 12 所学校计算", None, "derived: from the school table, 12 schools")
    first = replace(sub.facts[0], citation=made)
    sub = replace(sub, facts=(first,) + sub.facts[1:])
    db = Store(store_url, create=True)
    db.write("2020-终审", "2026-11-17T00:00:00Z", "0", [], [sub], [])
    key = (first.indicator, first.stage, first.period, first.scope)
    assert db.history([sub.entity.code]).earlier[sub.entity.code][key].fact.citation == made  # the parent's read
    worker = StoreRun(store_url, frozenset(), False, False, False, db.driver())  # a worker's, with the driver alone
    assert worker.history([sub]).earlier[sub.entity.code][key].fact.citation == made
    StoreRun.close(store_url)
    assert db.load("2020-终审").facts[(sub.entity.code, sub.period, *key)][0]["locator_en"] == made.locator_en
    db.close()


def test_a_worker_reads_its_history_with_the_driver_alone_never_sqlalchemy(store_url, scenario, tmp_path):
    """A second round's worker process reads its chunks' history through the database's own driver
    (checker/store/reader.py): it never imports SQLAlchemy (~0.19 s CPU a worker), on SQLite and
    PostgreSQL alike, and reads what the parent's Store.history reads."""
    import pickle
    import subprocess
    import sys

    folders, _ = scenario
    check([folders["2020-终审"]], packs=funding_packs(), store=store_url, round_name="2020-终审", jobs=1)
    db = Store(store_url)
    run = StoreRun(store_url, frozenset(), False, False, False, db.driver())
    parent = db.history([rd.I])
    db.close()
    (tmp_path / "run.pickle").write_bytes(pickle.dumps(run))
    script = ("import pickle, sys\nfrom types import SimpleNamespace as N\nimport checker.batch.pool\n"
              f"run = pickle.loads(open({str(tmp_path / 'run.pickle')!r}, 'rb').read())\n"
              f"found = run.history([N(entity=N(code={rd.I!r}))]).earlier[{rd.I!r}]\n"
              "print(sorted(map(repr, ((k, found[k].fact.value, found[k].round) for k in found))))\n"
              "print('sqlalchemy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split("\n")
    mine = parent.earlier[rd.I]
    assert out[0] == str(sorted(map(repr, ((k, mine[k].fact.value, mine[k].round) for k in mine)))) and len(mine)
    assert out[1] == "False"


def test_a_round_that_dies_leaves_nothing(store_url, scenario):
    folders, _ = scenario
    report = check([folders["2021-初审"]], packs=funding_packs(), jobs=1)
    db = Store(store_url, create=True)

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
    Store(url, create=True).close()
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
    Store(url, create=True).close()
    with pytest.raises(StoreError) as exc:
        diff(url, "a", "b")
    assert exc.value.text.key == "store.no_such_round"


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "html", "json", "xlsx", "junit"])
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
    assert result.exit_code == 1, result.output  # 乙's total newly fails: something got worse
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        root = ET.parse(out).getroot()
        failed = [c.get("name") for c in root.iter("testcase") if c.find("failure") is not None]
        assert root.get("failures") == "1" and len(failed) == 1 and failed[0].startswith(f"{rd.B} ")
        assert {c.get("name").split(" ")[0] for c in root.iter("testcase")} >= {rd.A, rd.B, rd.C, rd.D, rd.F}
        suites = {s.get("name"): (s.get("tests"), s.get("failures"), s.get("skipped")) for s in root.iter("testsuite")}
        new = int(suites["新提交中的问题"][0])  # 辛县's findings: skipped, not failures
        assert suites["新增问题"] == ("1", "1", "0") and suites["新提交中的问题"] == (str(new), "0", str(new)) and new
        return
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
    store = tmp_path / "s.db"
    CliRunner().invoke(app, ["check", str(folders["2021-初审"]), "--store", str(store), "--round", "r1"])
    result = CliRunner().invoke(app, ["check", str(folders["2021-初审"]), "--store", str(store), "--against", "nope"])
    assert result.exit_code == 2 and "nope" in result.output and "r1" in result.output


# --- opening a store: never a typo's empty store, never another application's database --------------------


def _cli(*args: str, env: dict | None = None):
    from typer.testing import CliRunner

    from checker.cli import app

    return CliRunner().invoke(app, list(args), env={"SOURCE_DATE_EPOCH": EPOCH, **(env or {})})


@pytest.mark.parametrize("lang,words", [("zh", "不是数据库文件"), ("en", "is not a database file")])
def test_a_file_that_is_not_a_database_is_refused_naming_it(tmp_path, scenario, lang, words):
    folders, _ = scenario
    store = tmp_path / "rounds.db"
    store.write_text("学校名单,不是数据库\n" * 200, encoding="utf-8")
    before = store.read_bytes()
    for args in (["check", str(folders["2021-初审"]), "--store", str(store), "--round", "x"],
                 ["check", str(folders["2021-初审"]), "--store", str(store)],
                 ["diff", "a", "b", "--store", str(store)], ["rounds", "--store", str(store)]):
        result = _cli(*args, "--lang", lang)
        assert result.exit_code == 2, (args, result.output)
        assert str(store) in result.output and words in result.output, result.output
        assert "DatabaseError" not in result.output and "SELECT" not in result.output
    assert store.read_bytes() == before


@pytest.mark.parametrize("lang,words", [("zh", "其他应用的数据库"), ("en", "another application's database")])
def test_another_applications_database_is_refused_and_never_written_into(tmp_path, scenario, lang, words):
    import sqlite3

    folders, _ = scenario
    store = tmp_path / "crm.db"
    with sqlite3.connect(store) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('张三')")
    conn.close()
    result = _cli("check", str(folders["2021-初审"]), "--store", str(store), "--round", "x", "--lang", lang)
    assert result.exit_code == 2, result.output
    assert str(store) in result.output and words in result.output and "customers" in result.output
    with sqlite3.connect(store) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = conn.execute("SELECT name FROM customers").fetchall()
    conn.close()
    assert tables == ["customers"] and rows == [("张三",)]


@pytest.mark.parametrize("lang,words", [("zh", "没有历史库"), ("en", "no store at")])
def test_read_only_use_of_an_absent_store_is_an_error_naming_it(tmp_path, scenario, lang, words):
    folders, _ = scenario
    typo = tmp_path / "rounds2.db"
    for args in (["check", str(folders["2021-初审"]), "--store", str(typo)],
                 ["check", str(folders["2021-初审"]), "--store", str(typo), "--against", "2021-初审"],
                 ["diff", "2021-初审", "2021-复审", "--store", str(typo)], ["rounds", "--store", str(typo)]):
        result = _cli(*args, "--lang", lang)
        assert result.exit_code == 2, (args, result.output)
        assert str(typo) in result.output and words in result.output and "--round" in result.output
        assert not typo.exists()  # nothing made by the typo
    result = _cli("check", str(folders["2021-初审"]), "--store", str(typo), "--round", "2021-初审")
    assert result.exit_code == 1 and typo.exists()  # recording a round makes the store
    assert _cli("check", str(folders["2021-复审"]), "--store", str(typo)).exit_code == 1  # and then it is read


def test_read_only_use_of_an_empty_database_is_an_error(store_url):
    with pytest.raises(StoreError) as exc:
        Store(store_url)
    assert exc.value.text.key == "store.absent"
    Store(store_url, create=True).close()
    assert Store(store_url).rounds() == []


def test_the_rounds_in_a_store_are_listed_with_date_and_counts(store_url, scenario):
    from checker.api import rounds

    folders, waivers = scenario
    run_rounds(store_url, folders, waivers)
    listed = rounds(store_url)["rounds"]
    assert [r["name"] for r in listed] == list(rd.ROUNDS)
    assert [(r["submissions"], r["periods"]) for r in listed] == [(8, [2020]), (8, [2021]), (8, [2021])]
    assert all(r["created_at"].startswith("2026-11-") for r in listed)
    assert [r["by_status"]["fail"] for r in listed] == [0, 9, 5]
    assert all(r["findings"] == sum(r["by_status"].values()) for r in listed)


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_checker_rounds_in_every_format(tmp_path, scenario, fmt):
    import json

    folders, waivers = scenario
    url = str(tmp_path / "store.db")
    run_rounds(url, folders, waivers)
    for lang, label in (("zh", "提交数"), ("en", "submissions")):
        result = _cli("rounds", "--store", url, "--format", fmt, "--lang", lang)
        assert result.exit_code == 0, result.output
        if fmt == "json":
            data = json.loads(result.output)
            assert [r["name"] for r in data["rounds"]] == list(rd.ROUNDS) and data["store"] == url
            continue
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert label in result.output
        assert [line.lstrip("\ufeff").split(",")[0].split()[0] for line in lines[-3:]] == list(rd.ROUNDS)
        if fmt == "csv":
            assert lines[-2].split(",")[3:6] == ["8", "2021", "88"]
    assert _cli("rounds", "--store", url, "--format", "xlsx").exit_code == 2  # not offered


# --- what the diff says: news first, groups apart, statuses apart, across years ------------------------------


def _row(status: str, name: str = "合成县", waiver: dict | None = None) -> dict:
    return {"entity_name": name, "status": status, "severity": "blocking", "pack": "duties", "title_zh": "准则",
            "title_en": "criterion", "message_zh": f"状态 {status}", "message_en": f"status {status}",
            "waiver": None if waiver is None else __import__("json").dumps(waiver)}


def _round(name: str, subs: dict) -> "RoundData":
    from checker.store.rounds import RoundData

    data = RoundData(name, "2026-11-17T00:00:00Z")
    for (code, period), findings in subs.items():
        data.submissions[(code, period)] = {"code": code, "name": "合成县", "period": period, "file": f"{code}.yaml"}
        for (criterion, stage), status in findings.items():
            data.findings[(code, period, criterion, stage)] = _row(status)
    return data


def test_a_new_submissions_findings_are_their_own_group_and_statuses_are_counted_apart():
    from checker.store.diff import diff as diff_rounds, exit_code

    x, y = "520198", "520199"
    a = _round("a", {(x, 2021): {("C-1", None): "pass", ("C-2", None): "missing", ("C-3", None): "fail"}})
    b = _round("b", {(x, 2021): {("C-1", None): "fail", ("C-2", None): "missing", ("C-3", None): "pass",
                                 ("C-4", None): "error"},
                     (y, 2021): {("C-1", None): "missing", ("C-2", None): "missing", ("C-3", None): "pass"}})
    record = diff_rounds(a, b)
    groups = {(f["entity"]["code"], f["criterion"]["id"]): f["change"] for f in record["findings"]}
    assert groups == {(x, "C-1"): "newly_failing", (x, "C-2"): "still_failing", (x, "C-3"): "fixed",
                      (x, "C-4"): "newly_checked", (y, "C-1"): "new_submission", (y, "C-2"): "new_submission"}
    s = record["summary"]
    assert (s["newly_failing"], s["new_submission"], s["newly_checked"], s["still_failing"]) == (1, 2, 1, 1)
    assert s["by_status"]["new_submission"] == {"fail": 0, "missing": 2, "error": 0}
    assert s["by_status"]["still_failing"] == {"fail": 0, "missing": 1, "error": 0}
    assert s["by_status"]["fixed"] == {"fail": 1, "missing": 0, "error": 0}
    assert s["by_status"]["newly_checked"] == {"fail": 0, "missing": 0, "error": 1}
    assert [f["change"] for f in record["findings"]] == ["newly_failing", "new_submission", "new_submission",
                                                         "newly_checked", "fixed", "still_failing"]  # news first
    assert s["worse"] == 1 and exit_code(record) == 1  # only what was there and got worse

    from checker.report.render.diff import render

    for lang, group, missing in (("zh", "新提交中的问题", "缺数据"), ("en", "failing in a new submission", "missing")):
        for fmt in ("table", "markdown", "csv", "html"):
            out = "".join(render(record, fmt, lang))
            line = next(x for x in out.splitlines() if group in x and "2" in x)
            assert [c for c in __import__("re").split(r"[\s,|<>/a-z]+", line.split(group)[1]) if c.isdigit()] \
                == ["2", "0", "2", "0"], (fmt, line)
            assert missing in out, fmt
        import io

        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(b"".join(render(record, "xlsx", lang)))).worksheets[0]
        counts = {r[0]: list(r[1:5]) for r in sheet.iter_rows(values_only=True)}
        assert counts[group] == [2, 0, 2, 0] and missing in " ".join(str(c) for c in counts[_header(lang)])


def _header(lang: str) -> str:
    return "变化" if lang == "zh" else "change"


def test_a_waived_or_warning_finding_getting_worse_does_not_set_the_exit_code():
    from checker.store.diff import diff as diff_rounds, exit_code

    a = _round("a", {("520198", 2021): {("C-1", None): "pass", ("C-2", None): "pass"}})
    b = _round("b", {("520198", 2021): {("C-1", None): "fail", ("C-2", None): "fail"}})
    b.findings[("520198", 2021, "C-1", None)]["severity"] = "warning"
    b.findings[("520198", 2021, "C-2", None)]["waiver"] = '{"state": "active", "reason": "r", "approver": "p", ' \
                                                          '"expires": "2099-12-31"}'
    record = diff_rounds(a, b)
    assert record["summary"]["newly_failing"] == 2 and record["summary"]["worse"] == 0 and exit_code(record) == 0
    b.findings[("520198", 2021, "C-2", None)]["waiver"] = None
    assert exit_code(diff_rounds(a, b)) == 1


def test_still_failing_since_last_year_across_periods():
    from checker.store.diff import diff as diff_rounds

    a = _round("2021-复审", {("520198", 2021): {("C-1", None): "fail", ("C-2", "primary"): "pass"}})
    b = _round("2022-初审", {("520198", 2022): {("C-1", None): "fail", ("C-2", "primary"): "missing"}})
    record = diff_rounds(a, b)
    assert record["submissions"] == {"new": [], "withdrawn": []}
    assert record["across_periods"] == [{"code": "520198", "period_a": 2021, "period_b": 2022}]
    rows = {(f["criterion"]["id"], f["change"], f["period_a"], f["period"]) for f in record["findings"]}
    assert rows == {("C-1", "still_failing", 2021, 2022), ("C-2", "newly_failing", 2021, 2022)}
    same = diff_rounds(a, _round("2021-终审", {("520198", 2021): {("C-1", None): "pass"}}))
    assert same["across_periods"] == [] and same["findings"][0]["change"] == "fixed"


def test_a_diff_across_years_pairs_every_county_and_says_so(tmp_path, scenario):
    folders, waivers = scenario
    url = str(tmp_path / "store.db")
    run_rounds(url, folders, waivers)
    record = diff(url, "2020-终审", "2021-初审")
    assert record["submissions"] == {"new": [], "withdrawn": []}
    assert len(record["across_periods"]) == 8 and record["summary"]["across_periods"] == 8
    assert (rd.A, "DUT-FUND-02", "primary") in keys(record["findings"], "newly_failing")
    assert record["summary"]["new_submission"] == 0
    # figures: only the years both submissions give (2020), e.g. 丙's restated 2020 junior figure
    assert {f["year"] for f in record["figures"]} == {2020}
    restated = next(f for f in record["figures"] if f["entity"]["code"] == rd.C)
    assert (restated["period_a"], restated["period"], restated["stage"]) == (2020, 2021, "junior")
    assert ([o["value_as_written"] for o in restated["old"]], [n["value_as_written"] for n in restated["new"]]) \
        == (["12100.00"], ["11800.00"])
    for lang, words in (("zh", "跨年度对比"), ("en", "across years")):
        result = _cli("diff", "2020-终审", "2021-初审", "--store", url, "--lang", lang)
        assert words in result.output and "2020 → 2021" in result.output and result.exit_code == 1


def test_the_diff_leads_with_news_folds_unchanged_failures_and_filters(tmp_path, scenario):
    folders, waivers = scenario
    url = str(tmp_path / "store.db")
    run_rounds(url, folders, waivers)
    result = _cli("diff", "2021-初审", "2021-复审", "--store", url, "--lang", "en")
    out = result.output
    assert result.exit_code == 1
    assert out.index("still failing") < out.index("Findings that changed")  # the counts first
    assert "failing in a new submission" in out and "failing, newly checked" in out  # every group counted
    assert out.index(rd.B) < out.index(rd.A)  # newly failing before fixed
    assert rd.D not in out and "4 findings still failing are counted, not listed" in out  # folded
    only = _cli("diff", "2021-初审", "2021-复审", "--store", url, "--only", "still_failing", "--lang", "en").output
    assert rd.D in only and rd.E in only and rd.B not in only.split("Findings that changed")[1]
    assert "Figures that changed:\n(none)" in only  # the sections not asked for are left out
    html = _cli("diff", "2021-初审", "2021-复审", "--store", url, "--format", "html").output
    assert html.index("<details>") < html.index(rd.D) and html.index(rd.B) < html.index("<details>")
    bad = _cli("diff", "2021-初审", "2021-复审", "--store", url, "--only", "worse")
    assert bad.exit_code == 2 and "worse" in bad.output
    same = _cli("diff", "2021-复审", "2021-复审", "--store", url)
    assert same.exit_code == 0 and "退出码 0" in same.output  # nothing got worse


def test_check_against_gives_the_diff_in_junit(tmp_path, scenario):
    import xml.etree.ElementTree as ET

    folders, waivers = scenario
    url = str(tmp_path / "store.db")
    check([folders["2021-初审"]], packs=funding_packs(), store=url, round_name="2021-初审", waivers=waivers, jobs=1)
    out = tmp_path / "diff.xml"
    result = _cli("check", str(folders["2021-复审"]), "--store", url, "--against", "2021-初审", "--waivers",
                  str(waivers), "--format", "junit", "--output", str(out))
    assert result.exit_code in (0, 1), result.output
    root = ET.parse(out).getroot()
    assert root.tag == "testsuites" and int(root.get("failures")) >= 1


# --- schema versions: Alembic revisions, an older store upgraded in place, a newer one refused ----------------


def _v1_store(path: Path) -> None:
    """A version-1 store as checker made it before Alembic (tests/store_v1.sql), holding one round."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.executescript((Path(__file__).parent / "store_v1.sql").read_text("utf-8"))
        conn.execute("INSERT INTO store_meta VALUES ('schema_version', '1')")
        conn.execute("INSERT INTO rounds VALUES (1, '2020-终审', '2026-11-17T00:00:00Z', '0.1.0', '[]')")
        conn.execute("INSERT INTO submissions VALUES (1, 1, '520102', '合成甲县', 'county', 'west', 2020, "
                     "'a.yaml', '[]')")
        conn.execute("INSERT INTO facts (submission_id, indicator, stage, period, value, value_number, unit, "
                     "value_as_written, location) VALUES (1, 'edu_general_budget_expenditure', NULL, 2020, '500000000', "
                     "500000000, '元', '5.00', '{\"file\": \"a.yaml\", \"path\": \"facts[0]\"}')")
        conn.execute("INSERT INTO findings (round_id, entity_code, entity_name, period, criterion_id, stage, pack, "
                     "status, severity, title_zh, title_en, message_zh, message_en, evidence) VALUES (1, '520102', "
                     "'合成甲县', 2020, 'DUT-FUND-01', NULL, 'duties', 'fail', 'blocking', '准则', 'criterion', '不达标', "
                     "'fail', '[]')")
    conn.close()


def test_a_version_1_store_is_upgraded_in_place_and_keeps_its_rounds(tmp_path, scenario):
    import sqlite3

    from checker.store.schema import SCHEMA_VERSION

    folders, waivers = scenario
    url = str(tmp_path / "v1.db")
    _v1_store(tmp_path / "v1.db")
    db = Store(url)  # read-only use upgrades too: the store is the office's, the schema the checker's
    assert [r["name"] for r in db.rounds()] == ["2020-终审"]
    old = db.load("2020-终审")
    assert old.findings[("520102", 2020, "DUT-FUND-01", None)]["status"] == "fail"
    assert [r["value_as_written"] for r in old.facts[("520102", 2020, "edu_general_budget_expenditure", None, 2020,
                                                      None)]] == ["5.00"]
    db.close()
    with sqlite3.connect(tmp_path / "v1.db") as conn:
        version = conn.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        fact_columns = {r[1] for r in conn.execute("PRAGMA table_info(facts)")}
    conn.close()
    assert SCHEMA_VERSION == 4 and (version, revision) == ("4", "0004")
    assert {"findings_key", "submissions_round_entity"} <= indexes and "findings_round" not in indexes
    assert "locator_en" in fact_columns  # 0004: the older rounds' facts have none (NULL)
    report = check([folders["2021-初审"]], packs=funding_packs(), store=url, round_name="2021-初审", jobs=1)
    assert report.findings and [r["name"] for r in Store(url).rounds()] == ["2020-终审", "2021-初审"]
    assert diff(url, "2020-终审", "2021-初审")["rounds"]["b"]["name"] == "2021-初审"


def test_a_new_store_is_the_schema_the_code_reads(store_url):
    """Every revision run from nothing gives exactly the tables, columns and indexes schema.py declares."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from checker.store.schema import _tables

    db = Store(store_url, create=True)
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), _tables()[0])
    db.close()
    assert differences == []


@pytest.mark.parametrize("lang,words", [("zh", "结构版本为 5,本程序支持版本 4"),
                                        ("en", "has schema version 5; this checker uses version 4")])
def test_a_store_newer_than_the_checker_is_refused_saying_which_version(tmp_path, scenario, lang, words):
    import sqlite3

    folders, _ = scenario
    store = tmp_path / "new.db"
    Store(str(store), create=True).close()
    with sqlite3.connect(store) as conn:
        conn.execute("UPDATE store_meta SET value = '5' WHERE key = 'schema_version'")
        conn.execute("UPDATE alembic_version SET version_num = '0005'")
    conn.close()
    before = store.read_bytes()
    for args in (["check", str(folders["2021-初审"]), "--store", str(store), "--round", "x"],
                 ["rounds", "--store", str(store)], ["diff", "a", "b", "--store", str(store)]):
        result = _cli(*args, "--lang", lang)
        assert result.exit_code == 2 and words in result.output and str(store) in result.output, result.output
    assert store.read_bytes() == before  # refused, never downgraded or written


# --- a round streams: per-chunk history, rows as chunks arrive, one transaction, workers ----------------------


def _counts(url: str) -> list[int]:
    from sqlalchemy import create_engine, text

    from checker.store.schema import engine_url

    engine = create_engine(engine_url(url))
    with engine.connect() as conn:
        counts = [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in
                  ("rounds", "submissions", "facts", "findings")]
    engine.dispose()
    return counts


def test_a_check_reads_the_history_of_each_chunk_only(tmp_path, scenario, monkeypatch):
    import checker.api as api

    folders, waivers = scenario
    url = str(tmp_path / "store.db")
    check([folders["2020-终审"]], packs=funding_packs(), store=url, round_name="2020-终审", jobs=1)
    import checker.store.reader as reader

    asked = []
    real = reader.history

    def history(conn, mark, codes=None):
        codes = None if codes is None else sorted(codes)
        asked.append(codes)
        return real(conn, mark, codes)

    monkeypatch.setattr(reader, "history", history)
    monkeypatch.setattr(api, "CHUNK_FILES", 3)
    report = check([folders["2021-初审"]], packs=funding_packs(), store=url, round_name="2021-初审", jobs=1)
    assert None not in asked and all(len(codes) <= 3 for codes in asked)  # never the whole nation at once
    assert sorted(c for codes in asked for c in codes) == rd.members("2021-初审")
    assert by_id(report)[(rd.I, 2021, "DUT-FUND-02", "primary")].status.value == "pass"  # 壬's 2020 from the store


def test_a_rounds_rows_go_to_the_store_as_chunks_arrive_unseen_until_it_is_whole(store_url, scenario, monkeypatch):
    import checker.api as api

    folders, _ = scenario
    check([folders["2020-终审"]], packs=funding_packs(), store=store_url, round_name="2020-终审", jobs=1)
    before = _counts(store_url)
    seen = {}
    real = api.combine

    def combine(results, errors, packs, period, parents=None, entity=None, history=None, sink=None):
        written = sink.writer.conn.exec_driver_sql("SELECT count(*) FROM facts").scalar()
        seen.update(written=written, others=_counts(store_url))
        raise RuntimeError("killed after the chunks were written")

    monkeypatch.setattr(api, "CHUNK_FILES", 3)
    monkeypatch.setattr(api, "combine", combine)
    with pytest.raises(RuntimeError):
        check([folders["2021-初审"]], packs=funding_packs(), store=store_url, round_name="2021-初审", jobs=1)
    assert seen["written"] > before[2]  # the chunks' facts were in the round's transaction…
    assert seen["others"] == before  # …which no other connection saw
    assert _counts(store_url) == before  # and the killed run left nothing
    monkeypatch.setattr(api, "combine", real)
    check([folders["2021-初审"]], packs=funding_packs(), store=store_url, round_name="2021-初审", jobs=1)
    assert [r["name"] for r in Store(store_url).rounds()] == ["2020-终审", "2021-初审"]


def test_rounds_checked_across_worker_processes_are_the_rounds_checked_in_one(tmp_path, scenario, monkeypatch):
    """Chunks and peer checks in worker processes, a resubmission merged: the same findings, stored rows and diff."""
    import shutil

    import checker.api as api

    folders, waivers = scenario
    shutil.copy(folders["2021-复审"] / f"{rd.A}.yaml", folders["2021-复审"] / f"{rd.A}-again.yaml")
    monkeypatch.setattr(api, "CHUNK_FILES", 2)
    reports, records = {}, {}
    for jobs in (1, 2):
        url = str(tmp_path / f"jobs{jobs}.db")
        reports[jobs] = {name: check([folders[name]], packs=funding_packs(), store=url, round_name=name,
                                     waivers=waivers, jobs=jobs) for name in rd.ROUNDS}
        records[jobs] = diff(url, "2021-初审", "2021-复审")
        db = Store(url)
        stored = db.load("2021-复审")
        db.close()
        assert sum(1 for code, _ in stored.submissions if code == rd.A) == 1  # the two files: one submission
        assert len(stored.findings) == len(reports[jobs]["2021-复审"].findings)
    for name in rd.ROUNDS:
        one, two = by_id(reports[1][name]), by_id(reports[2][name])
        assert {k: (f.status, f.message_en, f.waiver) for k, f in one.items()} == \
            {k: (f.status, f.message_en, f.waiver) for k, f in two.items()}, name
    assert records[1]["findings"] == records[2]["findings"] and records[1]["figures"] == records[2]["figures"]
    scale = by_id(reports[2]["2021-初审"])[(rd.F, 2021, "HIS-SCALE-02", None)]
    assert scale.status.value == "fail"  # the peers' median, computed across the workers' chunks


def test_the_evaluators_plans_are_made_once_per_pack_set_with_a_store():
    """With the history pack, every submission got new packs without the peer checks, so its plans
    were made again for each submission (and their cache grew ~100 MB a worker in a national round)."""
    from checker.batch.chunk import without_peer_checks

    packs = funding_packs() + load_packs("history")
    first, again = without_peer_checks(packs), without_peer_checks(list(packs))
    assert all(a is b for a, b in zip(first, again)) and len(first) == len(packs)
    assert not any(c.check in ("scale_peers", "yoy_peers") for p in first for c in p.criteria)
