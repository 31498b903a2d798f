"""Every input handled (issue 20): entity codes in YAML and JSON judged by the long table's own rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.api import check
from checker.cli import app
from checker.i18n import render
from checker.intake.facts import normal_code

runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, list(args), env={"SOURCE_DATE_EPOCH": "1700000000"})


# --- entity codes in YAML and JSON ---------------------------------------------------------------

BAD_CODES = {"integer": 12, "trailing newline": "530300\n", "short": "5303"}


def _document(folder: Path, kind: str, code) -> Path:
    path = folder / f"s.{kind}"
    if kind == "json":
        data = {"entity": {"code": code, "name": "曲靖市", "level": "prefecture", "region": "west"}, "period": 2021,
                "facts": [{"indicator": "students", "period": 2021, "value": 100, "unit": "人"}]}
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:  # the code as a YAML scalar: 12 plain, "530300\n" double-quoted with its escape
        path.write_text(f"entity:\n  code: {json.dumps(code, ensure_ascii=False)}\n  name: 曲靖市\n  level: prefecture\n"
                        "  region: west\nperiod: 2021\nfacts:\n  - {indicator: students, period: 2021, value: 100, unit: 人}\n",
                        encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["yaml", "json"])
@pytest.mark.parametrize("case", list(BAD_CODES))
def test_a_bad_entity_code_in_a_document_is_an_input_error_at_entity_code(tmp_path, kind, case):
    path = _document(tmp_path, kind, BAD_CODES[case])
    report = check([path])
    assert [(e.file, e.place, e.internal) for e in report.errors] == [(path.as_posix(), "entity.code", False)]
    error, written = report.errors[0], repr(str(BAD_CODES[case]))  # the code as written, as a table's cell is shown
    assert render(error.message, "zh") == f"单位代码 {written} 不是 6 位数字的行政区划代码"
    assert render(error.message, "en") == f"entity code {written} is not a 6-digit division code"
    assert "勿丢失开头的 0" in render(error.expected, "zh") and "leading zero" in render(error.expected, "en")
    assert not report.findings  # no entity 12 or "530300\n" is ever judged
    for lang, words in (("zh", "单位代码"), ("en", "entity code")):
        result = cli("check", str(path), "--lang", lang)
        assert result.exit_code == 2, result.output
        assert f"{path.name}: entity.code" in result.output and words in result.output


@pytest.mark.parametrize("code", [12, "530300\n", "5303", "５３０３００", "530300", 530300, "53030a", True, None])
def test_documents_and_tables_judge_a_code_by_one_rule(tmp_path, code):
    """The rule is facts.normal_code, the one the long table uses: what it refuses a document refuses
    (full-width digits folded alike), and the code kept is the one it gives."""
    report = check([_document(tmp_path, "yaml", code)])
    kept = normal_code(code)
    assert [e.place for e in report.errors] == ([] if kept else ["entity.code"])
    assert {f.entity.code for f in report.findings} == ({kept} if kept else set())


def test_a_code_written_with_its_leading_zero_keeps_it(tmp_path):
    path = tmp_path / "s.yaml"  # YAML 1.1 would read 053000 as an octal number: the text as written is judged
    path.write_text('entity: {code: 053000, name: 某县, level: county}\nperiod: 2021\n'
                    'facts:\n  - {indicator: students, period: 2021, value: 100, unit: 人}\n', encoding="utf-8")
    report = check([path])
    assert not report.errors and {f.entity.code for f in report.findings} == {"053000"}
