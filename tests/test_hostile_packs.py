"""Hostile criteria packs get clear errors (exit 2 from the CLI), never a traceback or a hang."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from checker.rules import expr
from checker.rules.criteria import PackError
from checker.rules.library import load_packs

EXAMPLES = [{"name": "p", "expect": "pass", "period": 2021, "values": {"students": 2}},
            {"name": "f", "expect": "fail", "period": 2021, "values": {"students": 0}}]


def pack(path, rule="students >= 1", examples=EXAMPLES):
    criterion = {"id": "H-1", "title": {"zh": "x", "en": "x"}, "basis": [{"document": "d", "status": "confirmed"}],
                 "severity": "warning", "levels": ["county"], "rule": rule, "examples": examples}
    path.write_text(yaml.safe_dump({"pack": {"id": "h", "version": "1", "title": {"zh": "h", "en": "h"}},
                                    "criteria": [criterion]}, allow_unicode=True), encoding="utf-8")
    return path


def province(path, base):
    path.write_text(f'extends: {base}\nprovinces: ["41"]\npack: {{id: {path.stem}, version: "1", '
                    f'title: {{zh: p, en: p}}}}\nparameters: {{}}\n', encoding="utf-8")
    return path


def test_extends_cycle_is_a_pack_error(tmp_path):
    province(tmp_path / "a.yaml", "b.yaml")
    province(tmp_path / "b.yaml", "a.yaml")
    with pytest.raises(PackError) as info:
        load_packs(tmp_path / "a.yaml")
    assert "b.yaml" in info.value.problems[0]


@pytest.mark.parametrize("rule", ["(" * 10_000 + "students >= 1" + ")" * 10_000,
                                  "(" * 13 + "students >= 1" + ")" * 13,
                                  "not " * 2000 + "students >= 1",
                                  "students >= " + "(" * 11 + "1 + 1" + ")" * 11])
def test_deep_or_long_rules_are_refused_or_parsed_not_crashed(tmp_path, rule):
    path = pack(tmp_path / "p.yaml", rule)
    if rule.startswith("students >= ("):  # within the limits: parsed
        assert load_packs(path)
        return
    with pytest.raises(PackError) as info:
        load_packs(path)
    assert "criteria[H-1].rule" in info.value.problems[0]


def test_expression_limits_are_exceptions_of_the_rule_language():
    with pytest.raises(expr.ExprError):
        expr.parse("(" * 10_000 + "x >= 1" + ")" * 10_000, ["x"])


def test_an_example_value_that_is_not_a_number_is_a_pack_error(tmp_path):
    examples = [dict(EXAMPLES[0], values={"students": "many"}), EXAMPLES[1]]
    with pytest.raises(PackError) as info:
        load_packs(pack(tmp_path / "p.yaml", examples=examples))
    assert "examples[0].values.students" in info.value.problems[0]


@pytest.mark.parametrize("command", [["criteria", "test"], ["criteria", "list"], ["check", "--criteria"]])
def test_the_cli_exits_2_without_a_traceback(tmp_path, command):
    path = pack(tmp_path / "p.yaml", "(" * 10_000 + "students >= 1" + ")" * 10_000)
    args = command + [str(path)] if command[0] == "check" else command + ["--criteria", str(path)]
    if command[0] == "check":
        args = ["check", str(tmp_path / "none.yaml"), "--criteria", str(path)]
    proc = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "H-1" in proc.stderr
