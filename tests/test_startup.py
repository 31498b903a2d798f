"""Start-up: a plain `checker check …` is parsed without typer (checker/fastpath.py) to exactly the
values typer gives the same arguments, everything else still goes to typer, and a small check
imports nothing it does not use. Behaviour only: no test here times anything (benchmarks/ does)."""

from __future__ import annotations

import contextlib
import inspect
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.main import get_command

from checker import command, fastpath
from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
QUJING = str(ROOT / "submissions" / "qujing-2021.yaml")
CLICK_CHECK = get_command(app).commands["check"]  # built once: typer builds its parsers per command object
PARAMS = list(inspect.signature(command.check).parameters)


def typer_parse(argv: list[str], monkeypatch) -> dict | None:
    """What typer passes to the check command's work for these arguments (None if it refuses them)."""
    seen = []
    monkeypatch.setattr(command, "check", lambda *args: seen.append(dict(zip(PARAMS, args))) or 0)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            CLICK_CHECK.main(args=argv[1:], prog_name="checker check", standalone_mode=False)
    except Exception:  # noqa: BLE001 - typer refused them (a usage error, a bad value)
        return None
    finally:
        monkeypatch.undo()
    return seen[0] if seen else None


def test_the_fast_table_is_the_typer_commands_options():
    declared = {}
    for param in CLICK_CHECK.params:
        if param.param_type_name != "option":
            assert param.name == "paths" and param.nargs == -1 and param.required
            continue
        for opt in param.opts + param.secondary_opts:
            declared[opt] = (param.name, param.is_flag, param.multiple)
    mine = {opt: (name, kind is bool, kind is list) for opt, (name, kind) in fastpath.OPTIONS.items()}
    assert mine == {o: v for o, v in declared.items() if o not in ("--debug", "--help")}
    assert set(fastpath.DEFAULTS) | {"paths"} == set(PARAMS)


def test_defaults_are_typers(monkeypatch):
    assert fastpath.parse(["check", "a.yaml"]) == typer_parse(["check", "a.yaml"], monkeypatch)


PLAIN = [
    ["check", "a.yaml"],
    ["check", "a.yaml", "b.csv", "dir"],
    ["check", "a.yaml", "-f", "json"],
    ["check", "-fjson", "a.yaml"],
    ["check", "a.yaml", "--format=csv", "--output", "out/r.csv"],
    ["check", "a.yaml", "-o", "r.xlsx", "-f", "xlsx", "--entity-sheets"],
    ["check", "a.yaml", "--period", "2022", "--lang", "en", "--sort", "status", "--only", "fail,missing"],
    ["check", "a.yaml", "--only", " fail , warn ,", "--jobs", "4", "-j", "2"],
    ["check", "a.yaml", "-c", "duties", "--criteria", "yzjh"],
    ["check", "a.yaml", "-p", "plans/x.yaml", "--plan", "plans", "--plan=p2.yaml"],
    ["check", "a.yaml", "--roster", "roster.csv", "--waivers", "w.yaml", "--entity", "530322"],
    ["check", "a.yaml", "--store", "s.db", "--round", "r1", "--against", "r0"],
    ["check", "--", "-odd-name.yaml", "a.yaml"],
    ["check", "a.yaml", "--criteria", ""],
    ["check", "a.yaml", "--period", "1990", "--period", "2100"],
]
FOR_TYPER = [
    ["check"],
    ["check", "--help"],
    ["check", "a.yaml", "--help"],
    ["check", "a.yaml", "--debug"],
    ["--version"],
    ["criteria", "list"],
    ["check", "a.yaml", "-f", "pdf"],
    ["check", "a.yaml", "-f", "JSON"],
    ["check", "a.yaml", "--period", "1989"],
    ["check", "a.yaml", "--period", "2020.0"],
    ["check", "a.yaml", "--jobs", "0"],
    ["check", "a.yaml", "--only", "fail,bogus"],
    ["check", "a.yaml", "--entity-sheets=yes"],
    ["check", "a.yaml", "--format"],
    ["check", "a.yaml", "--criteria", "-x"],
    ["check", "a.yaml", "--no-such-option"],
    ["check", "a.yaml", "--form", "json"],
    ["check", "-"],
    ["check", ""],
    ["check", "a.yaml", "-f=json"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_plain_checks_take_the_fast_path_with_typers_values(argv, monkeypatch):
    fast = fastpath.parse(argv)
    assert fast is not None
    assert fast == typer_parse(argv, monkeypatch)


@pytest.mark.parametrize("argv", FOR_TYPER, ids=" ".join)
def test_help_debug_misuse_and_other_commands_go_to_typer(argv):
    assert fastpath.parse(argv) is None


def test_shell_completion_goes_to_typer(monkeypatch):
    monkeypatch.setenv("_CHECKER_COMPLETE", "complete_bash")
    assert fastpath.parse(["check", "a.yaml"]) is None


VALUES = {
    ("--format", "-f"): ["json", "table", "csv", "markdown", "xlsx", "html", "junit", "Json", "pdf", "", "-x"],
    ("--period",): ["2021", "1990", "2100", "1989", "2101", "02021", "+2021", " 2021", "2021.0", "2_021", "0", "-1",
                    "99999999999", "x", ""],
    ("--jobs", "-j"): ["1", "4", "0", "-1", "01", "+2", "1.0", "99999999999", ""],
    ("--lang",): ["zh", "en", "ZH", "", "fr"],
    ("--sort",): ["input", "status", "Status", ""],
    ("--only",): ["fail", "fail,missing", " warn ,", "", ",", "bogus", "fail,Pass", "not_applicable,error"],
    ("--criteria", "-c", "--entity", "--store", "--round", "--against"): ["duties", "", "x y", "-c", "a=b", "优质均衡"],
    ("--output", "-o", "--roster", "--waivers", "--plan", "-p"): ["out.json", "d/e.yaml", "", "-", "--", "a b"],
}
SINGLE = [(opt, value) for opts, values in VALUES.items() for opt in opts for value in values]


@pytest.mark.parametrize("option,value", SINGLE)
def test_each_option_and_value_alone(option, value, monkeypatch):
    for argv in (["check", "a.yaml", option, value], ["check", f"{option}={value}" if option.startswith("--") else
                                                      option + value, "a.yaml"]):
        fast = fastpath.parse(argv)
        if fast is not None:
            assert fast == typer_parse(argv, monkeypatch), argv


PATHS = st.sampled_from(["a.yaml", "dir/b.csv", "c d.xlsx", "x=y.yaml", "--", "-", "", "-odd.yaml"])
OPTIONS = st.one_of(
    st.sampled_from([("--entity-sheets",), ("--entity-sheets=1",), ("--debug",), ("--help",), ("-h",), ("--bogus",),
                     ("-fjson",), ("-fpdf",), ("-f=json",), ("-j3",), ("--format=json",), ("--format=",),
                     ("--lang=en",), ("--lang=EN",), ("--period=2021",), ("--jobs=0",), ("--format",)]),
    *(st.tuples(st.sampled_from(opts), st.sampled_from(values)) for opts, values in VALUES.items()),
)


@st.composite
def arguments(draw) -> list[str]:
    """`check` with one or two paths and up to four options, in any order: mostly valid, some not."""
    groups = [(p,) for p in draw(st.lists(PATHS, min_size=1, max_size=2))] + draw(st.lists(OPTIONS, max_size=4))
    return ["check"] + [token for group in draw(st.permutations(groups)) for token in group]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(arguments())
def test_whatever_the_fast_path_accepts_typer_parses_the_same(monkeypatch, argv):
    fast = fastpath.parse(argv)
    if fast is not None:
        assert fast == typer_parse(argv, monkeypatch), argv


def run_and_list_modules(code: str) -> set[str]:
    """The top-level packages a Python snippet has imported when it ends, run after a first check
    has filled the cache (packs, schemas and catalogue are then read, not built)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "checker", "check", QUJING, "-f", "json"], capture_output=True, cwd=ROOT,
                   env=env, timeout=300)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


HEAVY = ("pandas", "numpy", "openpyxl", "tabulate", "wcwidth", "jsonschema", "fastjsonschema", "sqlalchemy",
         "docx", "pdfplumber", "lxml")


def test_a_small_json_check_imports_neither_typer_nor_pydantic_nor_anything_heavy():
    code = f"""
import contextlib, io, json, runpy, sys
sys.argv = ["checker", "check", {QUJING!r}, "-f", "json"]
try:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        runpy.run_module("checker", run_name="__main__")
except SystemExit as exc:
    assert exc.code == 1, exc.code
assert json.loads(out.getvalue())["findings"]
print(json.dumps(sorted(sys.modules)))
"""
    modules = run_and_list_modules(code)
    loaded = {m.split(".")[0] for m in modules}
    assert not loaded & {"typer", "pydantic", "pydantic_core", "click", "rich", *HEAVY}, loaded & {"typer", *HEAVY}
    assert not {m for m in modules if m.startswith(("checker.store", "statistics"))}  # no store, no peers' medians


def test_through_typer_a_small_json_check_imports_nothing_heavy():
    code = f"""
import json, sys
from typer.testing import CliRunner
from checker.cli import app
result = CliRunner().invoke(app, ["check", {QUJING!r}, "-f", "json"])
assert result.exit_code == 1, result.output
print(json.dumps(sorted(sys.modules)))
"""
    loaded = {m.split(".")[0] for m in run_and_list_modules(code)}
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_the_fast_path_and_typer_give_the_same_output_and_exit_code(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1700000000"}
    fast = subprocess.run([sys.executable, "-m", "checker", "check", QUJING, "-f", "json", "--lang", "en"],
                          capture_output=True, env=env, cwd=ROOT, timeout=300)
    typer = subprocess.run([sys.executable, "-c", "import sys; from checker.cli import app; sys.argv[0] = 'checker'; app()",
                            "check", QUJING, "-f", "json", "--lang", "en"], capture_output=True, env=env, cwd=ROOT,
                           timeout=300)
    assert (fast.returncode, fast.stdout, fast.stderr) == (typer.returncode, typer.stdout, typer.stderr)
    assert fast.returncode == 1 and json.loads(fast.stdout)["findings"]
