"""The workbook's rows written directly (checker/report/render/xlsxfile.py) are the rows openpyxl
writes for the same cells: the same SpreadsheetML, text in UTF-8 where openpyxl writes character
references, and the same values and styles read back."""

from __future__ import annotations

import datetime
import io
import re
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.exceptions import IllegalCharacterError

from checker.report.render.xlsxfile import Book, Styled

ROWS = [
    ["单位代码", "", " 前导空格", "结尾空格 ", "\t制表", "a & b < c > d", "行一\n行二", "回车\r", "✓ 通过", "≥ 2020 21.59 亿元"],
    [0, 1, -7, 2021, 0.1, 1 / 3, 1e20, 12345678901234567890, 2.5e-8, float("nan")],
    [Styled("加粗", bold=True), Styled("✗ 不达标", "FFC7CE"), Styled("换行\n", wrap=True, bold=True), None, "后",
     Styled(0.7641, fmt="0.0%")],
    ["x" * 40_000, "😀 emoji", "\u3000全角空格\u3000", "=HYPERLINK(\"x\")", "#N/A"],
]


def _openpyxl_cell(ws, value):
    """The cell as openpyxl writes it; text always as text (never a formula nor an error value)."""
    plain = value.value if type(value) is Styled else value
    cell = WriteOnlyCell(ws, plain)
    if isinstance(plain, str):
        cell.data_type = "s"
    if type(value) is not Styled:
        return cell
    if value.fill:
        cell.fill = PatternFill("solid", start_color=value.fill, end_color=value.fill)
    if value.bold:
        cell.font = Font(bold=True)
    if value.wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if value.fmt:
        cell.number_format = value.fmt
    return cell


def _openpyxl_book() -> bytes:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("表")
    for row in ROWS:
        ws.append([_openpyxl_cell(ws, v) if v is not None else None for v in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _ours() -> bytes:
    book = Book()
    sheet = book.sheet("表")
    for row in ROWS:
        sheet.append(row)
    return book.save(datetime.datetime(2026, 1, 1))


def _sheet_data(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    return xml[xml.index("<sheetData>"):xml.index("</sheetData>")]


def test_rows_are_the_xml_openpyxl_writes_in_utf8():
    theirs = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))) if int(m.group(1)) > 127 else m.group(), _sheet_data(_openpyxl_book()))
    ours = _sheet_data(_ours())
    assert "单位代码" in ours and "&#" not in ours.replace("&#13;", "")  # UTF-8, not character references
    assert ours == theirs


def test_rows_read_back_as_openpyxl_reads_its_own():
    mine, theirs = load_workbook(io.BytesIO(_ours())), load_workbook(io.BytesIO(_openpyxl_book()))
    for a, b in zip(mine["表"].iter_rows(), theirs["表"].iter_rows(), strict=True):
        for x, y in zip(a, b, strict=True):
            assert x.value == y.value or (x.value != x.value and y.value != y.value), x.coordinate
            assert (x.fill.start_color.rgb, x.font.b, x.alignment.wrap_text) == \
                (y.fill.start_color.rgb, y.font.b, y.alignment.wrap_text), x.coordinate


def test_text_a_workbook_cannot_hold_is_refused_as_openpyxl_refuses_it():
    book = Book()
    with pytest.raises(IllegalCharacterError):
        book.sheet("表").append(["a\x01b"])


def test_equal_books_are_equal_bytes():
    assert _ours() == _ours()
