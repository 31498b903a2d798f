"""Every input handled (issue 20): entity codes in YAML and JSON judged by the long table's own rule;
damaged workbooks are input errors naming the file on every path an .xlsx is read through."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.api import check
from checker.cli import app
from checker.i18n import render
from checker.intake.facts import normal_code
from conftest import SUBMISSIONS

runner = CliRunner()
COLUMNS = "entity_code,entity_name,entity_level,region,period,indicator,stage,value,unit,document,locator,quote"


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


# --- damaged workbooks ----------------------------------------------------------------------------

def _stored(data: bytes) -> bytes:
    """The zip rewritten without compression: a changed byte then fails only the member's CRC."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
    return buf.getvalue()


def bad_crc(data: bytes, member: str, at: float = 0.9) -> bytes:
    """The zip with one digit of `member` changed (1 ↔ 0, 2 ↔ 3, …) near its end: the XML stays
    well formed, the CRC fails, and a reader streaming the member meets it only at the end."""
    raw = bytearray(_stored(data))
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo(member)
    local = info.header_offset
    start = local + 30 + int.from_bytes(raw[local + 26:local + 28], "little") + \
        int.from_bytes(raw[local + 28:local + 30], "little")
    i = next(i for i in range(start + int(info.compress_size * at), start + info.compress_size) if raw[i] in b"0123456789")
    raw[i] ^= 0x01
    with pytest.raises(zipfile.BadZipFile, match="CRC"):
        zipfile.ZipFile(io.BytesIO(bytes(raw))).read(member)
    return bytes(raw)


def truncated(data: bytes) -> bytes:
    return data[: len(data) * 2 // 3]


def long_table_xlsx(rows: int = 3000) -> bytes:
    """A long-table workbook large enough that its sheet is not read whole when it is opened."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(COLUMNS.split(","))
    for i in range(rows):
        ws.append(["530321", "会泽县", "county", "west", "2021", "students", "", str(1000 + i), "人", "", "", ""])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_damaged_workbooks_are_input_errors_and_the_batch_goes_on(tmp_path):
    from badfiles import form_bytes

    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SUBMISSIONS / "qujing-2021.yaml", folder / "good.yaml")
    table = long_table_xlsx()
    damaged = {"crc-table.xlsx": bad_crc(table, "xl/worksheets/sheet1.xml"),
               "truncated-table.xlsx": truncated(table),
               "crc-form.xlsx": bad_crc(form_bytes(lambda wb: None), "xl/worksheets/sheet3.xml"),  # its 数据 sheet
               "truncated-form.xlsx": truncated(form_bytes(lambda wb: None))}
    for name, data in damaged.items():
        (folder / name).write_bytes(data)
    report = check([folder], jobs=1)
    assert {(f.entity.code, f.period) for f in report.findings} == {("530300", 2021)}  # the good file is checked
    errors = {Path(e.file).name: e for e in report.errors}
    assert set(errors) == set(damaged)
    for error in errors.values():
        assert not error.internal
        assert render(error.message, "zh").startswith("工作簿已损坏,无法读取")
        assert render(error.message, "en").startswith("the workbook is damaged and cannot be read")
    assert report.exit_code() == 2
    result = cli("check", str(folder), "--lang", "en")
    assert result.exit_code == 2 and "Traceback" not in result.output
    for name in damaged:
        assert name in result.output


def test_a_damaged_school_table_is_named_and_its_submission_still_read(tmp_path):
    from openpyxl import Workbook

    county = tmp_path / "county"
    shutil.copytree(SUBMISSIONS / "synthetic-county", county)
    wb = Workbook()
    import csv

    for row in csv.reader((county / "schools.csv").read_text(encoding="utf-8").splitlines()):
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    (county / "schools.csv").unlink()
    (county / "schools.xlsx").write_bytes(bad_crc(buf.getvalue(), "xl/worksheets/sheet1.xml"))
    text = (county / "county.yaml").read_text(encoding="utf-8")
    (county / "county.yaml").write_text(text.replace("tables: {schools: schools.csv}", "tables: {schools: schools.xlsx}"),
                                        encoding="utf-8")
    report = check([county / "county.yaml"], criteria="yzjh", jobs=1)
    assert [(Path(e.file).name, e.internal) for e in report.errors] == [("schools.xlsx", False)]
    assert "工作簿已损坏" in render(report.errors[0].message, "zh")
    assert report.findings  # the submission itself is checked; its school criteria say the table is unreadable


@pytest.mark.parametrize("damage", ["crc", "truncated"])
def test_a_damaged_plan_form_is_an_invalid_plan_naming_the_file(tmp_path, damage):
    from checker.rules.planform import render_form

    form = render_form()
    path = tmp_path / "规划.xlsx"
    path.write_bytes(bad_crc(form, "xl/worksheets/sheet2.xml") if damage == "crc" else truncated(form))
    result = cli("check", str(SUBMISSIONS / "qujing-2021.yaml"), "--plan", str(path))
    assert result.exit_code == 2, result.output
    assert "规划.xlsx" in result.output and "工作簿已损坏" in result.output and "Traceback" not in result.output
