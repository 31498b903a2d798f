"""Every message in the reader's language, beyond reports and submissions (issue 20, item 5): the
problems of criteria packs and plans, waivers, the history store, unreadable school-table rows,
the command line's help and its usage errors. Each is produced through the command line, as a
person meets it, under `--lang zh` (or the default) and `--lang en`: in Chinese no English word
may remain once ids (criteria, indicators, parameters, the contract's fields), file names, places
(criteria[ID].rule, 目标!第3行), values quoted as written ('fatal') and names of formats and
tools are set aside; in English no Chinese beyond the county's own text and the Chinese terms a
message cites. tests/test_language.py does the same for every report format and input error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from conftest import MINI_PACK, ROOT, write
from test_language import HAN, ids

SUBMISSION = ROOT / "submissions" / "qujing-2021.yaml"
PLAN = ROOT / "plans" / "shidian-2021.yaml"
PLAN_RESULT = ROOT / "plans" / "results" / "shidian-2021.yaml"
WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")
# names that stay as they are in Chinese text: formats, tools, the program, and values one types
NAMES = {"YAML", "CSV", "XLSX", "JSON", "Markdown", "SQLite", "PostgreSQL", "postgresql", "shell", "checker",
         "README", "null", "prev", "true", "false", "xlsx", "yaml", "csv", "json", "table", "markdown", "html",
         "junit", "input", "status", "pass", "fail", "warn", "missing", "not_applicable", "error", "east",
         "central", "west", "docx", "pdf", "txt", "YYYY", "plans", "docs"}
CITED_ZH = ("教育督导", "本年", "元", "万元", "达到/以上", "控制在/以内", "目标", "國辦", "学校")


def schema_ids() -> set[str]:
    """Field names of the criteria and plan schemas (a message names the field to fix)."""
    import json

    names: set[str] = set()

    def walk(x):
        if isinstance(x, dict):
            names.update(x.get("properties") or {})
            names.update(x.get("required") or [])
            names.update(v for v in x.get("enum") or () if isinstance(v, str))
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for name in ("criteria", "plan"):
        walk(json.loads((ROOT / "checker" / "schemas" / f"{name}.schema.json").read_text("utf-8")))
    return names


ALLOWED = None


def allowed_words() -> set[str]:
    global ALLOWED
    if ALLOWED is None:
        from checker.rules.checks import CHECK_PARAMS

        from checker.report.waivers import FIELDS
        from checker.rules.files import bundled_names

        commands = {"check", "extract", "diff", "rounds", "serve", "template", "criteria", "list", "catalogue", "test"}
        diff_groups = {"newly_failing", "new_submission", "newly_checked", "fixed", "no_longer_checked",
                       "still_failing", "figures", "submissions"}  # `diff --only` takes these names
        ALLOWED = ids() | schema_ids() | NAMES | set(CHECK_PARAMS) | set(FIELDS) | set(bundled_names()) | commands \
            | diff_groups
    return ALLOWED


def english_left(text: str, echoed: tuple = ()) -> set[str]:
    """English words left in a Chinese text once ids, paths, places, options and quoted values are out."""
    for s in sorted(echoed, key=len, reverse=True):
        text = text.replace(s, " ")
    text = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”|「[^」\n]*」", " ", text)  # values quoted as written
    text = re.sub(r"\S*[/\\]\S*|\S+\.(?:yaml|yml|csv|xlsx|json|db|md|txt|docx|pdf|html)\b", " ", text)  # paths
    text = re.sub(r"--[a-z][a-z-]*|(?<!\w)-[a-zA-Z](?!\w)", " ", text)  # options as typed
    text = re.sub(r"[\w.-]*\[[^\]\n]*\][\w.\[\]-]*", " ", text)  # places: criteria[MINI-01].rule, [table|json]
    text = re.sub(r"\b[A-Z]+(?:-[A-Z0-9]+)+\b", " ", text)  # criterion ids: MINI-01, PLAN-530521-R1
    text = re.sub(r"\b\w+(?:\.\w+)+\b", " ", text)  # dotted names: plan.entity.parent, criteria.md
    return {w for w in WORD.findall(text) if w not in allowed_words()}


def chinese_left(text: str, echoed: tuple = ()) -> str:
    for s in sorted(set(echoed) | set(CITED_ZH), key=len, reverse=True):
        text = text.replace(s, " ")
    text = re.sub(r"\S+\.(?:yaml|yml|csv|xlsx|json)\b", " ", text)
    return "".join(HAN.findall(text))


def cli(args: list[str], monkeypatch, locale: str = "C.UTF-8"):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", locale)
    return CliRunner().invoke(app, args, prog_name="checker")


# --- the cases: (build(tmp) -> argv, in which `{lang}` is the language), what they echo ---------

def _pack(change: tuple[str, str], name: str = "bad.yaml", text: str = MINI_PACK):
    def build(tmp: Path) -> list[str]:
        write(tmp, name, text.replace(*change))
        return ["check", str(SUBMISSION), "--criteria", str(tmp / name), "--lang", "{lang}"]
    return build


PROVINCE = """\
pack: {id: mini.x, version: "1", title: {zh: 小, en: mini}}
extends: mini.yaml
provinces: ["43"]
parameters: {no_such_threshold: {values: [{value: 1}]}}
examples: {MINI-02: []}
"""


def _province(tmp: Path) -> list[str]:
    write(tmp, "mini.yaml", MINI_PACK)
    write(tmp, "mini.x.yaml", PROVINCE)
    return ["check", str(SUBMISSION), "--criteria", str(tmp / "mini.x.yaml"), "--lang", "{lang}"]


def _plan(old: str, new: str, name: str = "plan.yaml"):
    def build(tmp: Path) -> list[str]:
        source = PLAN.read_text("utf-8")
        assert old in source
        write(tmp, name, source.replace(old, new))
        return ["check", str(PLAN_RESULT), "--plan", str(tmp / name), "--lang", "{lang}"]
    return build


def _waivers(text: str):
    def build(tmp: Path) -> list[str]:
        write(tmp, "waivers.yaml", text)
        return ["check", str(SUBMISSION), "--waivers", str(tmp / "waivers.yaml"), "--lang", "{lang}"]
    return build


def _round_twice(tmp: Path) -> list[str]:
    store = tmp / "rounds.db"
    assert cli(["check", str(SUBMISSION), "--store", str(store), "--round", "r1", "-f", "json"],
               pytest.MonkeyPatch()).exit_code in (0, 1)
    return ["check", str(SUBMISSION), "--store", str(store), "--round", "r1", "--lang", "{lang}"]


def _no_round(tmp: Path) -> list[str]:
    store = tmp / "rounds.db"
    assert cli(["check", str(SUBMISSION), "--store", str(store), "--round", "r1", "-f", "json"],
               pytest.MonkeyPatch()).exit_code in (0, 1)
    return ["diff", "r1", "r9", "--store", str(store), "--lang", "{lang}"]


def _school_rows(tmp: Path) -> list[str]:
    folder = tmp / "county"
    folder.mkdir()
    for path in (ROOT / "submissions" / "synthetic-county").iterdir():
        write(folder, path.name, path.read_text("utf-8"))
    rows = (folder / "schools.csv").read_text("utf-8").splitlines()
    cells = rows[2].split(",")
    cells[5] = "很多"  # a number column that is not a number: the row cannot be read
    rows[2] = ",".join(cells)
    write(folder, "schools.csv", "\n".join(rows) + "\n")
    return ["check", str(folder), "--criteria", "优质均衡", "--lang", "{lang}", "--only", "error"]


CASES = {
    # criteria packs
    "pack: rule names nothing known": (_pack(("dropouts_outstanding == 0", "dropout == 0")), ()),
    "pack: rule does not parse": (_pack(("dropouts_outstanding == 0", "dropouts_outstanding >= (1")), ()),
    "pack: schema value": (_pack(("severity: blocking", "severity: fatal")), ()),
    "pack: schema field": (_pack(("    rule:", "    colour: red\n    rule:")), ()),
    "pack: no failing example": (_pack(("      - {expect: fail, values: {dropouts_outstanding: 1}}\n", "")), ()),
    "pack: stage not taken": (_pack(("    levels: [county]", "    levels: [county]\n    stages: [primary]")), ()),
    "pack: constant out of range": (_pack(("dropouts_outstanding == 0", "dropouts_outstanding == 1e-9")), ()),
    "pack: YAML syntax": (_pack(("severity: blocking", "severity: [blocking")), ()),
    "pack: province overrides nothing": (_province, ()),
    "pack: no such pack": (lambda tmp: ["check", str(SUBMISSION), "--criteria", str(tmp / "none.yaml"), "--lang",
                                        "{lang}"], ()),
    # plans
    "plan: unknown indicator": (_plan("indicator: new_kindergartens_built", "indicator: no_such_thing"),
                                ("no_such_thing",)),
    "plan: target outside its period": (_plan("target: {year: 2021, value: 6}", "target: {year: 2022, value: 6}"), ()),
    "plan: relative target without a parent": (_plan(
        'entity: {code: "530521", name: 施甸县, level: county, parent: {code: "530500", name: 保山市}}',
        'entity: {code: "530521", name: 施甸县, level: county}'), ("施甸县",)),
    "plan: schema": (_plan("plan:", "plann:"), ()),
    "plan: no such file": (lambda tmp: ["check", str(PLAN_RESULT), "--plan", str(tmp / "none.yaml"), "--lang",
                                        "{lang}"], ()),
    # waivers
    "waiver: fields missing": (_waivers('waivers:\n  - {entity: "530300", period: 2021, criterion: DUT-FUND-02}\n'),
                               ()),
    "waiver: bad date and stage": (_waivers('waivers:\n  - {entity: "530300", period: 2021, criterion: DUT-FUND-02, '
                                            'stage: college, reason: 合并, approver: 王某, expires: 2099/12/01}\n'),
                                   ("合并", "王某", "college")),
    "waiver: matches nothing": (_waivers('waivers:\n  - {entity: "530300", period: 2021, criterion: DUT-FUND-99, '
                                         'stage: null, reason: 合并, approver: 王某, expires: 2099-12-01}\n'),
                                ("合并", "王某")),
    # the store
    "store: round exists": (_round_twice, ()),
    "store: no such round": (_no_round, ()),
    "store: --round without --store": (lambda tmp: ["check", str(SUBMISSION), "--round", "r1", "--lang", "{lang}"],
                                       ()),
    # school-table rows
    "school rows unreadable": (_school_rows, ("很多",)),
}


def _county_text(output: str) -> tuple:
    """Entity names, criterion titles and the county's quotes the report shows as written."""
    import yaml

    names = set()
    for path in (SUBMISSION, ROOT / "submissions" / "synthetic-county" / "county.yaml"):
        data = yaml.safe_load(path.read_text("utf-8"))
        names.add(data["entity"]["name"])
    return tuple(names)


@pytest.mark.parametrize("case", CASES)
def test_errors_read_in_the_readers_language(case, tmp_path, monkeypatch):
    build, echoed = CASES[case]
    argv = build(tmp_path)
    shown = {}
    for lang in ("zh", "en"):
        result = cli([a.replace("{lang}", lang) for a in argv], monkeypatch)
        assert result.exit_code in (1, 2), (case, lang, result.output)
        shown[lang] = result.output.replace(str(tmp_path), " ").replace(str(ROOT), " ")
    assert shown["zh"] != shown["en"], case
    if case.startswith(("school", "waiver")):  # a report: only the lines about the bad file are compared
        bad = ".csv" if case.startswith("school") else "waivers.yaml"
        shown = {lang: "\n".join(line for line in out.splitlines() if bad in line) for lang, out in shown.items()}
        assert shown["zh"] and shown["en"], case
    words = english_left(shown["zh"], echoed + _county_text(shown["zh"]))
    assert not words, (case, sorted(words), shown["zh"])
    left = chinese_left(shown["en"], echoed + _county_text(shown["en"]))
    assert not left, (case, left, shown["en"])


COMMANDS = [[], ["check"], ["extract"], ["diff"], ["rounds"], ["serve"], ["template"], ["criteria"], ["criteria", "list"],
            ["criteria", "catalogue"], ["criteria", "test"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "checker")
def test_help_is_chinese_by_default_and_english_on_request(command, monkeypatch):
    zh = cli(command + ["--help"], monkeypatch)
    assert zh.exit_code == 0 and "用法" in zh.output and "选项" in zh.output, zh.output
    words = english_left(zh.output)
    assert not words, (command, sorted(words), zh.output)
    for english in (cli(command + ["--help"], monkeypatch, locale="en_US.UTF-8"),
                    cli(command + ["--help", "--lang", "en"], monkeypatch) if "lang" in zh.output else None):
        if english is None:
            continue
        assert english.exit_code == 0 and "Usage:" in english.output and "Options" in english.output
        assert not chinese_left(english.output), (command, chinese_left(english.output), english.output)


USAGE = [
    ["check", "a.yaml", "--bogus"],
    ["check"],
    ["check", "a.yaml", "-f", "pdf"],
    ["check", "a.yaml", "--period", "1989"],
    ["check", "a.yaml", "--period", "x"],
    ["check", "a.yaml", "--jobs", "0"],
    ["check", "a.yaml", "--format"],
    ["check", "a.yaml", "--entity-sheets=yes"],
    ["check", "a.yaml", "--only", "fail,bogus"],
    ["nosuch"],
    ["extract", "report.txt"],
    ["diff", "r1"],
    ["criteria", "nosuch"],
    ["template", "--plan", "-f", "csv"],
]


@pytest.mark.parametrize("argv", USAGE, ids=" ".join)
def test_usage_errors_read_in_the_readers_language(argv, monkeypatch):
    zh = cli(argv, monkeypatch)
    assert zh.exit_code == 2, zh.output
    assert "错误" in zh.output or "checker:" in zh.output, zh.output
    words = english_left(zh.output, ("bogus", "nosuch"))
    assert not words, (argv, sorted(words), zh.output)
    en_args = argv + ["--lang", "en"] if argv[0] in ("check", "diff", "extract") and "--format" not in argv else argv
    for english in (cli(argv, monkeypatch, locale="en_US.UTF-8"), cli(en_args, monkeypatch)):
        if english.output == zh.output:
            continue  # --lang cannot be parsed after an option that lacks its value: the locale decides
        assert english.exit_code == 2 and not chinese_left(english.output), (argv, english.output)
    assert cli(argv, monkeypatch, locale="en_US.UTF-8").output != zh.output


def test_help_follows_the_locale_and_lang():
    from checker.cli import help_lang

    assert help_lang([]) in ("zh", "en")
    assert help_lang(["check", "--lang", "en", "--help"]) == "en"
    assert help_lang(["check", "--lang=en"]) == "en"
    assert help_lang(["check", "--lang", "zh"]) == "zh"
    assert help_lang(["check", "--", "--lang", "en"]) in ("zh", "en")  # a path, not the option


def test_criteria_test_and_list_read_in_the_readers_language(tmp_path, monkeypatch):
    pack = write(tmp_path, "mini.yaml", MINI_PACK.replace("{expect: fail, values: {dropouts_outstanding: 1}}",
                                                         "{expect: fail, values: {dropouts_outstanding: 0}}"))
    zh = cli(["criteria", "test", "--criteria", str(pack)], monkeypatch)
    en = cli(["criteria", "test", "--criteria", str(pack)], monkeypatch, locale="en_US.UTF-8")
    assert zh.exit_code == en.exit_code == 1 and "不符 MINI-01" in zh.output and "FAIL MINI-01" in en.output
    listed = {lang: cli(["criteria", "list", "--criteria", str(pack), "--lang", lang], monkeypatch).output
              for lang in ("zh", "en")}
    for output in (zh.output, listed["zh"]):
        assert not english_left(output.replace(str(tmp_path), " "), ("mini",)), output  # the pack's id
    for output in (en.output, listed["en"]):
        assert not chinese_left(output.replace(str(tmp_path), " "), ("辍学清零", "国办发〔2017〕72号")), output


def test_every_command_option_and_argument_has_its_help_in_both_languages():
    from typer.main import get_command

    from checker.cli import _LANG, _localize
    from checker.i18n import catalogue

    for lang in ("zh", "en"):
        _LANG[0] = lang
        root = get_command(app)
        _localize(root, "")
        stack = [(root, "")]
        while stack:
            cmd, path = stack.pop()
            assert f"help.cmd.{path or 'root'}" in catalogue(), path
            for param in cmd.params:
                assert param.help, (path, param.name)
                if param.param_type_name == "argument":
                    assert f"help.metavar.{param.name}" in catalogue(), (path, param.name)
            stack += [(sub, f"{path}.{name}" if path else name) for name, sub in getattr(cmd, "commands", {}).items()]
    _LANG[0] = "zh"


def test_every_key_the_rules_name_is_in_the_catalogue():
    """Keys the pack and plan code names by string (problem(..., "pack.x"), RowError(..., "plan.x"),
    ExprError("x") for expr.x): the generic check in test_i18n sees only t("...")."""
    from checker.i18n import catalogue

    named = set()
    for path in (ROOT / "checker" / "rules").glob("*.py"):
        source = path.read_text("utf-8")
        named |= set(re.findall(r"""["']((?:pack|plan|expr|derive|usage|help)\.[a-z_]+(?:\.[a-z_]+)*)["']""", source))
        named |= {f"expr.{k}" for k in re.findall(r"""ExprError\(\s*["'](\w+)["']""", source)}
    source = (ROOT / "checker" / "cli.py").read_text("utf-8")
    named |= set(re.findall(r"""["']((?:usage|help|cli)\.[a-z_]+(?:\.[a-z_]+)*)["']""", source))
    assert len(named) > 40
    assert not named - set(catalogue()), sorted(named - set(catalogue()))
