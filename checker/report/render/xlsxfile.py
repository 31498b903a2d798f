"""The workbook's file: sheets set up by openpyxl (write-only), their rows written directly as
SpreadsheetML, and one zip written once, every member dated from the report.

openpyxl spends ~15 µs on each cell it writes (a cell object, type checks, an lxml element per
cell), and a national findings sheet has two million cells. Here openpyxl still sets up each
sheet (frozen panes, filters, print setup, column widths), keeps the styles and writes every
part of the workbook, but a sheet's rows are written by `row` as the very XML openpyxl writes
for them (tests/test_xlsxfile.py holds the two equal): inline strings (`xml:space="preserve"`
when a string starts or ends with white space, at most 32,767 characters, refusing characters
a workbook cannot hold), numbers with 16 significant digits, the style ids openpyxl gives.
A row can be made anywhere (`row`: in the worker that made the finding, render/xlsx.py
`FindingRows`), its number and style put in when the sheet takes it (`Sheet.add`). The rows
wait in a spooled temporary file and go into the sheet's part when the zip is written (`save`).
Every string is text, never a formula nor an error value. The zip is written once, each member
dated from the report, never the clock, so equal reports are equal bytes.

Two choices differ from openpyxl's bytes, not its content, for time (measured on the national
findings sheet, 153,036 rows): the text is UTF-8 (the sheet parts declare no encoding: UTF-8 is
XML's own), where openpyxl writes a character reference for each Chinese character (`&#20013;`,
8 bytes for 3): the sheet is 165 MB instead of 258 MB; and zlib's level is 3, not 6: compressing
that sheet takes 0.9 s instead of 4.1 s (ASCII at level 6), and the file is 20.9 MB instead of
20.3 MB. openpyxl reads back the same cells.
"""

from __future__ import annotations

import datetime
import io
import shutil
import tempfile
import zipfile
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.writer.excel import ExcelWriter

LEVEL = 3  # zlib's level: see above
_SPOOL = 8 << 20  # a sheet's rows stay in memory up to this size, then go to a temporary file
_END = b"</sheetData>"


class Styled(NamedTuple):
    """A cell value with its style: a fill colour, bold, wrapped text, a number format (`0.0%`)."""

    value: str | int | float
    fill: str | None = None
    bold: bool = False
    wrap: bool = False
    fmt: str | None = None


class Book:
    """A write-only workbook whose sheets' rows are written by `Sheet`."""

    def __init__(self):
        self.wb = Workbook(write_only=True)
        self.sheets: list[Sheet] = []
        self._styles: dict[tuple, int] = {}
        self.page = ("", "", "")  # what every printed page says: title and date (header), page X of Y (footer)

    def sheet(self, name: str) -> "Sheet":
        sheet = Sheet(self, self.wb.create_sheet(name))
        self.sheets.append(sheet)
        return sheet

    def style_id(self, fill: str | None, bold: bool, wrap: bool, fmt: str | None = None) -> int:
        """openpyxl's id for the style, registered the first time it is used (so styles.xml
        lists them in the order the rows meet them, as openpyxl's own cells would)."""
        key = (fill, bold, wrap, fmt)
        found = self._styles.get(key)
        if found is None:
            cell = WriteOnlyCell(self.sheets[0].ws)
            if fill:
                cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
            if bold:
                cell.font = Font(bold=True)
            if wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if fmt:
                cell.number_format = fmt
            found = self._styles[key] = cell.style_id
        return found

    def save(self, stamp: datetime.datetime) -> bytes:
        """The workbook's bytes: openpyxl writes its parts into a zip whose members are dated
        `stamp`, each sheet's rows put in its part (`<sheetData>`)."""
        self.wb.properties.created = self.wb.properties.modified = stamp
        assert [s.ws for s in self.sheets] == self.wb.worksheets  # openpyxl names the parts in this order
        rows = {f"xl/worksheets/sheet{n}.xml": s for n, s in enumerate(self.sheets, 1)}
        out = io.BytesIO()
        ExcelWriter(self.wb, _Archive(out, stamp, rows)).save()
        for sheet in self.sheets:
            sheet.rows.close()
        return out.getvalue()


class Sheet:
    """One sheet: openpyxl's write-only sheet (`ws`, for its set-up) and its rows."""

    def __init__(self, book: Book, ws):
        self.book, self.ws = book, ws
        self.rows = tempfile.SpooledTemporaryFile(_SPOOL)
        self.count = 0

    def append(self, values, height: float | None = None) -> None:
        """One row: str, int, float, `Styled` or None (no cell) per column; `height` in points for
        a row of wrapped headings (a row written with no height is one line high in print)."""
        book = self.book
        text = row(values, lambda v: book.style_id(v.fill, v.bold, v.wrap, v.fmt))
        if height:
            text = text.replace('<row r="\x00">', f'<row r="\x00" ht="{height:g}" customHeight="1">', 1)
        self.add(text.encode("utf-8", "xmlcharrefreplace"))

    def add(self, template: bytes, style: int | None = None) -> None:
        """One row made by `row` (and encoded): its number put in, and `style`'s id for `STYLE`."""
        self.count += 1
        template = template.replace(b"\x00", b"%d" % self.count)
        self.rows.write(template if style is None else template.replace(b"\x02", b"%d" % style))


ROW = "\x00"  # where a row template holds its row's number
STYLE = "\x02"  # a style id a row template leaves to the sheet (`Sheet.add`)
_CELLS: list[str] = []  # '<c r="A\x00"' for each column


def row(values, style) -> str:
    """A row of SpreadsheetML as openpyxl writes it, `ROW` where its number goes: a cell per value
    (str, int, float, `Styled`; None makes no cell), `style(Styled)` giving a styled cell's id.
    Refuses text a workbook cannot hold (openpyxl's IllegalCharacterError). County text never
    holds ROW nor STYLE: they are control characters, refused here and escaped before
    (render/common.py `safe_text`)."""
    cells = _CELLS
    if len(cells) < len(values):
        cells.extend(f'<c r="{get_column_letter(i)}\x00"' for i in range(len(cells) + 1, len(values) + 1))
    out = ['<row r="\x00">']
    texts = []
    for col, value in enumerate(values):
        if value is None:
            continue
        if type(value) is Styled:
            head = f'{cells[col]} s="{style(value)}"'
            value = value.value
        else:
            head = cells[col]
        if type(value) is str or isinstance(value, str):
            if not value:
                out.append(head + ' t="inlineStr"></c>')
                continue
            if len(value) > 32767:
                value = value[:32767]
            texts.append(value)
            space = value[0].isspace() or value[-1].isspace()
            if "&" in value or "<" in value or ">" in value or "\r" in value:
                value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
            if space:
                out.append(f'{head} t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>')
            else:
                out.append(f'{head} t="inlineStr"><is><t>{value}</t></is></c>')
        else:
            out.append(f'{head} t="n"><v>{_number(value)}</v></c>')
    out.append("</row>")
    if ILLEGAL_CHARACTERS_RE.search("".join(texts)):  # openpyxl's rule: characters a workbook cannot hold
        bad = next(t for t in texts if ILLEGAL_CHARACTERS_RE.search(t))
        raise IllegalCharacterError(f"{bad} cannot be used in worksheets.")
    return "".join(out)


def _number(value) -> str:
    """A number as openpyxl writes it: 16 significant digits, nothing for NaN or infinity."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"a workbook cell takes text or a number, not {type(value).__name__}")
    return "" if value != value or value in (float("inf"), float("-inf")) else "%.16g" % value


class _Archive(zipfile.ZipFile):
    """The zip openpyxl writes the workbook into: every member dated `stamp` (not the clock, nor
    the temporary file's time), a sheet's rows put into its part as it is written."""

    def __init__(self, out, stamp: datetime.datetime, rows: dict[str, Sheet]):
        super().__init__(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=LEVEL)
        self._when = max(stamp.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
        self._rows = rows

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(zinfo_or_arcname, str):
            zinfo = zipfile.ZipInfo(zinfo_or_arcname, date_time=self._when)
            zinfo.compress_type, zinfo.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
            zinfo.date_time = self._when
        super().writestr(zinfo, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        zinfo = zipfile.ZipInfo.from_file(filename, arcname)
        zinfo.date_time, zinfo.compress_type = self._when, zipfile.ZIP_DEFLATED
        with open(filename, "rb") as f:
            part = f.read()
        sheet = self._rows.get(zinfo.filename)
        if sheet is None or not sheet.count:
            return super().writestr(zinfo, part)
        head, end, tail = part.rpartition(_END)
        assert end, f"{zinfo.filename}: no <sheetData> to put the rows in"
        rows = sheet.rows
        zinfo.file_size = len(head) + rows.tell() + len(end) + len(tail)
        zinfo._compresslevel = LEVEL  # what ZipFile.open gives a member it names, and writestr every other
        rows.seek(0)
        with self.open(zinfo, "w") as dest:
            dest.write(head)
            shutil.copyfileobj(rows, dest, 1 << 20)
            dest.write(end + tail)
