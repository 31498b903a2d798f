"""The workbook's file, written by XlsxWriter: the cells' formats, each made once; sheets set up to be
read and printed; native bar charts. The sheets' content is render/xlsx.py's.

XlsxWriter writes in constant memory: a sheet's rows go to a temporary file as they are written,
in order (a national findings sheet has two million cells), and every cell holding text is
written as text, never read as a formula, a number or a link. The bytes depend on the report
only: the document's dates are the report's (meta.generated_at), and XlsxWriter dates every zip
member 1980-01-01.
"""

from __future__ import annotations

import datetime
import io
from typing import NamedTuple

PAGE_RATIO = 0.68  # an A4 landscape page's printable height to its width
CHART_FILL = "C0504D"


class Styled(NamedTuple):
    """A cell value with its style: a fill colour, bold, wrapped text, a number format (`0.0%`)."""

    value: str | int | float
    fill: str | None = None
    bold: bool = False
    wrap: bool = False
    fmt: str | None = None


class Book:
    """The workbook being written, and what every printed page says (`page`: the title and the
    date in the page header, page X of Y in the footer; `&`, the header's control character,
    already doubled)."""

    def __init__(self, stamp: datetime.datetime, page: tuple[str, str, str]):
        import xlsxwriter

        self.out = io.BytesIO()
        self.wb = xlsxwriter.Workbook(self.out, {"constant_memory": True, "strings_to_formulas": False,
                                                 "strings_to_numbers": False, "strings_to_urls": False})
        self.wb.set_properties({"created": stamp})  # created and modified: the report's time, not the clock
        self.page = page
        self._formats: dict[tuple, object] = {}

    def format(self, fill: str | None, bold: bool = False, wrap: bool = False, fmt: str | None = None):
        """XlsxWriter's format for a style, made the first time it is used."""
        key = (fill, bold, wrap, fmt)
        found = self._formats.get(key)
        if found is None:
            spec: dict = {}
            if fill:
                spec.update(pattern=1, bg_color="#" + fill)
            if bold:
                spec["bold"] = True
            if wrap:
                spec.update(text_wrap=True, valign="top")
            if fmt:
                spec["num_format"] = fmt
            found = self._formats[key] = self.wb.add_format(spec)
        return found

    def sheet(self, name: str, header_rows: int, freeze: str, widths: dict[str, float], title_cols: str | None = None,
              scale: int | None = None) -> "Sheet":
        """A sheet set up to be read and printed: frozen headers, A4 landscape, header rows repeated
        on every printed page, the report's title, the sheet and the date in the page header, page X
        of Y in the footer. One page wide, or, for a sheet too wide to read at that (`scale`), pages
        across at that scale with the `title_cols` repeated on each."""
        sheet = Sheet(self, name, widths)
        ws = sheet.ws
        ws.freeze_panes(freeze)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        if scale:
            ws.set_print_scale(scale)
            ws.repeat_columns(title_cols)
        else:
            ws.fit_to_pages(1, 0)
        ws.repeat_rows(0, header_rows - 1)
        title, date, pages = self.page
        ws.set_header(f"&L{title}&C&A&R{date}")
        ws.set_footer(f"&C{pages}")
        for col, width in widths.items():
            ws.set_column(f"{col}:{col}", width)
        return sheet

    def save(self) -> bytes:
        self.wb.close()
        return self.out.getvalue()


class Sheet:
    """One worksheet, its column widths and the number of rows written to it."""

    def __init__(self, book: Book, name: str, widths: dict[str, float]):
        self.book, self.ws, self.name, self.widths = book, book.wb.add_worksheet(name), name, widths
        self.count = 0

    def append(self, values, height: float | None = None) -> None:
        """One row: str, int, float, `Styled` or None (no cell) per column; `height` in points for
        a row of wrapped headings (a row written with no height is one line high in print)."""
        r, ws, style = self.count, self.ws, self.book.format
        self.count += 1
        if height:
            ws.set_row(r, height)
        for col, value in enumerate(values):
            if value is None:
                continue
            cell_format = None
            if type(value) is Styled:
                cell_format, value = style(value.fill, value.bold, value.wrap, value.fmt), value.value
            if isinstance(value, str):
                ws.write_string(r, col, value, cell_format)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                ws.write_number(r, col, value, cell_format)
            else:
                raise TypeError(f"a workbook cell takes text or a number, not {type(value).__name__}")

    def break_page(self) -> None:
        """What is written next starts a printed page."""
        self.ws.set_h_pagebreaks([self.count])

    def chart(self, title: str, categories: tuple[int, str, list], values: tuple[int, str, list], kind: str) -> None:
        """A native bar chart of a rate column (`values`: its column, its name, the rates written)
        by the names in `categories` (its column, its name, the names written), below the table on
        a printed page of its own: as wide as the table (so it prints at the table's scale) and as
        high as a landscape page holds. `bar`s lie down, the first row's at the top; `column`s
        stand. The chart refers to the sheet's cells and carries their values too (a sheet written
        in constant memory cannot be read back for them)."""
        (cat, cat_name, labels), (val, val_name, rates) = categories, values
        rows = len(labels)
        if not rows:
            return
        chart = self.book.wb.add_chart({"type": kind})
        chart.add_series({"name": [self.name, 0, val], "name_data": [val_name],
                          "categories": [self.name, 1, cat, rows, cat], "categories_data": labels,
                          "values": [self.name, 1, val, rows, val], "values_data": rates,
                          "fill": {"color": "#" + CHART_FILL}, "data_labels": {"value": True, "num_format": "0.0%"}})
        chart.set_title({"name": title})
        chart.set_legend({"none": True})
        value_axis = {"name": val_name, "num_format": "0%", "min": 0, "max": 1, "major_gridlines": {"visible": True}}
        if kind == "bar":
            chart.set_x_axis(value_axis)
            chart.set_y_axis({"name": cat_name, "reverse": True, "num_font": {"size": 8}})
        else:
            chart.set_x_axis({"name": cat_name, "num_font": {"rotation": -45, "size": 8}})
            chart.set_y_axis(value_axis)
        width = round(sum(w * 7 + 5 for w in self.widths.values()))  # pixels: the columns', as a spreadsheet draws them
        chart.set_size({"width": width, "height": round(width * PAGE_RATIO)})
        self.count += 1  # a blank row between the table and the chart
        self.break_page()
        self.ws.insert_chart(self.count, 0, chart, {"object_position": 3})  # its size whatever the rows' heights


def letter(n: int) -> str:
    """The column letter of the n-th column (1 → A)."""
    from xlsxwriter.utility import xl_col_to_name

    return xl_col_to_name(n - 1)
