"""The inspector's workbook as a file (checker/report/render/xlsxbook.py): native bar charts on the
failure-rate sheets, the same bytes for the same report whatever the clock, text kept as text."""

from __future__ import annotations

import datetime
import io
import time
import zipfile

import pytest
from openpyxl import load_workbook

from checker.api import check
from checker.report.render import render
from conftest import MINIMAL, SUBMISSIONS, write


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    """The bundled submissions and a county of another province: two provinces to chart."""
    tmp = tmp_path_factory.mktemp("two-provinces")
    write(tmp, "other.yaml", MINIMAL.replace('"530322"', '"140107"').replace("陆良县", "杏花岭区合成"))
    record = check([SUBMISSIONS, tmp], jobs=1).record()
    return {**record, "meta": {**record["meta"], "generated_at": "2020-01-02T03:04:05Z"}}


def _book(record, lang="zh") -> bytes:
    return b"".join(render(record, "xlsx", lang))


def _ref(formula: str) -> str:
    return formula.replace("'", "")


@pytest.mark.parametrize("lang, sheet, categories, kind", [
    ("zh", "各省份不达标率", "A", "col"), ("zh", "各准则不达标率", "B", "bar"),
    ("en", "Failure rate by province", "A", "col"), ("en", "Failure rate by criterion", "B", "bar"),
])
def test_the_failure_rate_sheets_carry_a_native_bar_chart_of_their_rates(record, lang, sheet, categories, kind):
    wb = load_workbook(io.BytesIO(_book(record, lang)))
    ws = wb[sheet]
    rows = list(ws.iter_rows(values_only=True))
    heads = rows[0]
    table = [r for r in rows[1:] if any(v is not None for v in r)]
    assert len(table) >= 2
    rate = heads.index("不达标率" if lang == "zh" else "failure rate")
    assert rate == 4  # column E, the failure rate
    [chart] = ws._charts
    [series] = chart.series
    n = len(table) + 1
    assert chart.barDir == kind
    assert _ref(series.val.numRef.f) == f"{sheet}!$E$2:$E${n}"
    assert _ref(series.cat.strRef.f) == f"{sheet}!${categories}$2:${categories}${n}"
    assert _ref(series.tx.strRef.f) == f"{sheet}!$E$1"
    # what it shows is what the sheet says, before a spreadsheet recalculates anything
    cached = [float(p.v) for p in series.val.numRef.numCache.pt]
    assert cached == [r[rate] for r in table]
    assert [p.v for p in series.cat.strRef.strCache.pt] == [r[ord(categories) - ord("A")] for r in table]
    title = "".join(r.t for p in chart.title.tx.rich.p for r in p.r)
    assert title == sheet  # in the reader's language
    axis_titles = {"".join(r.t for p in axis.title.tx.rich.p for r in p.r) for axis in (chart.x_axis, chart.y_axis)}
    assert axis_titles == ({"不达标率", "省份" if categories == "A" else "准则编号"} if lang == "zh"
                           else {"failure rate", "province" if categories == "A" else "criterion id"})
    # below the table and a blank row (0-based: row n + 1), on a printed page of its own
    anchor = chart.anchor
    assert (anchor._from.row, anchor._from.col) == (n + 1, 0)
    assert [b.id for b in ws.row_breaks.brk] == [n + 1]  # the page ends after the blank row
    assert (anchor.to.col, anchor.to.colOff) == (len(heads), 0)  # as wide as the table: printed at its scale
    assert anchor.to.row - anchor._from.row >= 20  # a page's height, not a thumbnail (rows of 20 pixels)


def test_no_chart_elsewhere(record):
    wb = load_workbook(io.BytesIO(_book(record)))
    assert {ws.title for ws in wb.worksheets if ws._charts} == {"各省份不达标率", "各准则不达标率"}


def test_the_same_report_is_the_same_bytes_whatever_the_clock(record, monkeypatch):
    first = _book(record)
    real_time, real_datetime = time.time, datetime.datetime

    class Later(real_datetime):
        @classmethod
        def now(cls, tz=None):
            return real_datetime.now(tz) + datetime.timedelta(days=400)

        @classmethod
        def utcnow(cls):
            return real_datetime.utcnow() + datetime.timedelta(days=400)

    monkeypatch.setattr(time, "time", lambda: real_time() + 86_400 * 400)
    monkeypatch.setattr(datetime, "datetime", Later)
    assert _book(record) == first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert len({i.date_time for i in z.infolist()}) == 1  # every member the same fixed day
        assert next(iter({i.date_time for i in z.infolist()}))[0] == 1980
        core = z.read("docProps/core.xml").decode()
    assert core.count("2020-01-02T03:04:05Z") == 2  # created and modified: the report's time


def test_text_stays_text_and_numbers_numbers(record):
    wb = load_workbook(io.BytesIO(_book(record)))
    findings = list(wb["明细"].iter_rows(min_row=2, values_only=True))
    assert findings and all(isinstance(r[0], str) and isinstance(r[3], int) for r in findings)  # code text, period a number
    assert all(r[0].isdigit() for r in findings)  # a code of digits is still text (its leading zeros kept)
