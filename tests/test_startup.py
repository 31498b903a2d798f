"""Start-up: typer parses every invocation (one command-line parser, checker/cli.py), and a plain
`checker check …` imports only what a check needs: no data-frame, workbook, database, template,
Word or PDF library, none of the checker's modules for a store, extraction or examples. What a run
imports is read from the interpreter's own import log (`python -X importtime`) of the real entry
point. Behaviour only: no test here times anything (benchmarks/ does)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUJING = str(ROOT / "submissions" / "qujing-2021.yaml")
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1700000000"}

# libraries a plain check never needs: each is imported only by the format, command or option that uses it
HEAVY = ("pandas", "numpy", "openpyxl", "xlsxwriter", "sqlalchemy", "alembic", "jinja2", "docx", "pdfplumber",
         "pdfminer", "lxml", "fastapi", "starlette", "uvicorn", "opencc", "cn2an", "tabulate", "jsonschema",
         "fastjsonschema")
# the checker's own modules a plain check never needs (a store, report extraction, `criteria test`, the portal,
# the other formats' renderers, the worker pool of a large batch, plans)
NOT_NEEDED = ("checker.rules.plan", "checker.store.rounds", "checker.store.schema", "checker.store.diff",
              "checker.intake.extract", "checker.intake.narrative", "checker.evaluate.examples", "checker.web",
              "checker.batch.pool", "checker.batch.peers", "checker.report.render.xlsx",
              "checker.report.render.xlsxfile", "checker.report.render.html", "checker.report.roster",
              "checker.report.waivers", "multiprocessing", "concurrent.futures")


def run_logged(*args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """`python -m checker ARGS` with the import log on: the run, and every module it imported. A
    first run fills the cache (packs, schemas and catalogue are then read, not built), as after
    installing."""
    subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, cwd=ROOT, env=ENV, timeout=300)
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "checker", *args], capture_output=True,
                          text=True, cwd=ROOT, env=ENV, timeout=300)
    log = [line.rsplit("|", 1) for line in proc.stderr.splitlines() if line.startswith("import time:")]
    modules = {name.strip() for _, name in log[1:]}  # the first line is the log's header
    assert log and modules, proc.stderr[-2000:]
    return proc, modules


def heavy(modules: set[str], names) -> set[str]:
    return {m for m in modules for n in names if m == n or m.startswith(n + ".")}


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_a_plain_check_imports_nothing_it_does_not_need(fmt):
    proc, modules = run_logged("check", QUJING, "--format", fmt)
    assert proc.returncode == 1, proc.stderr[-2000:]  # qujing has blocking failures: the check ran to its end
    assert {"typer", "checker.cli", "checker.api", "durable_rules_engine"} <= modules  # typer parsed it, and it ran
    assert not heavy(modules, HEAVY), sorted(heavy(modules, HEAVY))
    assert not heavy(modules, NOT_NEEDED), sorted(heavy(modules, NOT_NEEDED))
    if fmt == "json":
        assert "rich" not in modules  # rich draws the table: JSON needs none of it


def test_the_import_log_sees_a_heavy_import():
    """The log above is not blind: a command that needs a library shows it (`checker rounds` opens a store)."""
    proc, modules = run_logged("rounds", "--store", str(ROOT / "no-such-dir" / "store.db"), "--format", "json")
    assert "sqlalchemy" in modules and "checker.store.rounds" in modules


def test_the_entry_point_is_the_typer_app(tmp_path):
    """`python -m checker` gives what the typer app gives, for a check and for a misuse of `check`."""
    for args in (["check", QUJING, "-f", "json", "--lang", "en"], ["check", QUJING, "--format", "pdf"],
                 ["check", QUJING, "--only", "fail,bogus", "--lang", "en"], ["check", QUJING, "--period", "1989"]):
        main = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, env=ENV, cwd=ROOT,
                              timeout=300)
        typer = subprocess.run([sys.executable, "-c", "import sys; from checker.cli import app; "
                                "app(prog_name='python -m checker')", *args],
                               capture_output=True, env=ENV, cwd=ROOT, timeout=300)
        assert (main.returncode, main.stdout, main.stderr) == (typer.returncode, typer.stdout, typer.stderr), args
    assert main.returncode == 2 and b"--period" in main.stderr and b"Traceback" not in main.stderr
    first = subprocess.run([sys.executable, "-m", "checker", "check", QUJING, "-f", "json"], capture_output=True,
                           env=ENV, cwd=ROOT, timeout=300)
    assert first.returncode == 1 and json.loads(first.stdout)["findings"]

