"""County text with control characters, ANSI escapes, bidi overrides and raw HTML reaches every
report format shown, never run; the workbook is byte-identical for the same report whatever the
clock says."""

from __future__ import annotations

import io
import re
import time
import zipfile

import pytest

from checker.api import check
from checker.report.render import render

HOSTILE = 'hostile.yaml'
YAML = '''entity: {code: "530300", name: "曲靖\\e[31m市\\x01\\v", level: prefecture, region: west}
period: 2021
facts:
  - indicator: per_student_general_budget_expenditure
    stage: vocational
    period: 2021
    value: 10007.75
    unit: 元
    source: {document: r, locator: "一\\u202e二", quote: "<script>alert(1)</script>\\x07 quote\\r\\nend"}
  - indicator: per_student_general_budget_expenditure
    stage: vocational
    period: 2020
    value: 10071.80
    unit: 元
    source: {document: r, locator: "x", quote: "<img src=x onerror=alert(1)>"}
'''
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202e]")


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / HOSTILE).write_text(YAML, encoding="utf-8")
    return check([folder / HOSTILE]).record()


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "html"])
def test_no_raw_control_character_in_text_formats(record, fmt):
    for lang in ("zh", "en"):
        out = "".join(render(record, fmt, lang))
        if fmt == "csv":
            out = out.replace("\r\n", "\n")  # the CSV's own line ends
        assert "曲靖" in out
        assert not RAW.search(out), fmt
        assert "\\x1b" in out  # shown, not dropped in silence


def test_markdown_shows_raw_html_as_text(record):
    out = "".join(render(record, "markdown", "zh"))
    assert "<script" not in out and "<img" not in out and "&lt;script&gt;" in out


def test_xlsx_takes_control_characters(record):
    from openpyxl import load_workbook

    data = b"".join(render(record, "xlsx", "zh", entity_sheets=True))
    wb = load_workbook(io.BytesIO(data))
    texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("曲靖" in t for t in texts)
    assert not any(RAW.search(t) for t in texts)


def test_xlsx_byte_identical_whatever_the_clock(record, monkeypatch):
    record = {**record, "meta": {**record["meta"], "generated_at": "2020-01-02T03:04:05Z"}}
    first = b"".join(render(record, "xlsx", "zh"))
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86_400 * 400)
    second = b"".join(render(record, "xlsx", "zh"))
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        core = z.read("docProps/core.xml").decode()
    assert core.count("2020-01-02T03:04:05Z") == 2  # created and modified: the report's time, not the clock
