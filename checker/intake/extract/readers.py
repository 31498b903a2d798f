"""A report's text, whatever it came in: plain text, Word (.docx), PDF with a text layer, or a saved
web page. Each gives the text a person reads, one paragraph a line, so that quotes taken from it are
what the document says. A PDF without text (a scan) is an error: no OCR, no guessing.

Bounded like every input (README "Limits"), each limit checked before the work it bounds: the
file's size before a byte is read (safeyaml.read_bytes), a .docx's unpacked size before a member
is inflated (safeyaml.check_zip, the workbooks' zip-bomb check), a PDF's pages before a page is
read, and the text's characters before any figure is looked for (a PDF's page by page).

Tables of Word files (python-docx), PDFs (pdfplumber's table finder) and web pages (each <table> of figures,
its rowspan and colspan placed as a browser places them) are also kept as grids: each
table's rows are lines of the text, cells apart by a tab, in the document's order, and `Grid` remembers
where each cell stands in the text, its table's number, the caption above it (表2 …(单位:元)) and which
cells are one merged cell, so the extractor reads a cell by its row and column headers and cites it as
表2 第3行第4列. A merged cell's text is in its first (top-left) place, the places it covers are empty.
Spaces between two Chinese characters inside a cell (小    学, 幼 儿 园: a yearbook's spread alignment)
are not kept: a reader sees one word."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from checker.i18n import Text, t
from checker.intake.extract.cells import _UNIT_LINE
from checker.intake.extract.webpage import is_grid, page_pieces
from checker.intake.safeyaml import DocumentError, check_zip, read_bytes

REPORT_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")
MAX_PAGES = 500  # a county's report is 10-100 pages; a year's bulletin fewer
MAX_CHARS = 500_000  # ~10 times the longest seed report; 320,000 characters take the extractor ~8 s


class ReportError(ValueError):
    """A report that cannot be read as text; `key` names the catalogue message (extract.*, or
    input.* for a limit shared with submissions), `expected` what would have been read."""

    def __init__(self, key: str, expected: Text | None = None, **fields):
        super().__init__(key)
        self.key = key
        self.fields = fields
        self.expected = expected if expected is not None else t("extract.expected_text")

    @classmethod
    def of(cls, exc: DocumentError) -> "ReportError":
        """The same refusal as a submission's (a file too large, a zip bomb), for a report."""
        if not isinstance(exc.message, Text):
            return cls("extract.unreadable", reason=str(exc.message))
        return cls(exc.message.key, exc.expected if isinstance(exc.expected, Text) else None, **dict(exc.message.fields))


@dataclass(frozen=True)
class Grid:
    """One table: `cells[r][c]` is the (start, end) of row r, column c's text in the document's text;
    `caption` the (start, end) of the line just above it (its title, often with 单位:…), if any."""

    number: int  # 1, 2, … in the document's order
    cells: tuple[tuple[tuple[int, int], ...], ...]
    caption: tuple[int, int] | None
    merged: tuple[tuple[int, int, int, int], ...] = ()  # (first row, first column, last row, last column)
    labels: int = 1  # the leading columns that label a row (序号 市 县 类型), its figures after them


@dataclass(frozen=True)
class Document:
    text: str
    grids: tuple[Grid, ...] = ()


_FIGURE_CELL = re.compile(r"\s*-?\d[\d,.]*\s*%?\s*")
_SPREAD = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


class _Builder:
    """Text assembled paragraph by paragraph and table by table, remembering where each cell went."""

    def __init__(self):
        self.parts: list[str] = []
        self.size = 0
        self.grids: list[Grid] = []
        self.last_line: tuple[int, int] | None = None
        self.line_before: tuple[int, int] | None = None  # the line before the last (a title over 单位:人)
        self.last_text = ""

    def line(self, text: str) -> None:
        text = text.replace("\n", " ")
        if self.parts:
            self.parts.append("\n")
            self.size += 1
        self.parts.append(text)
        if text.strip():
            self.line_before, self.last_line = self.last_line, (self.size, self.size + len(text))
            self.last_text = text
        self.size += len(text)

    def table(self, rows: list[list[str]], caption: str | None = None,
              merged: tuple[tuple[int, int, int, int], ...] = ()) -> None:
        if caption is not None:
            self.line(caption)
        rows = [[_SPREAD.sub("", (c or "").replace("\n", "").replace("\t", " ").strip()) for c in row]
                for row in rows if row]
        if not rows:
            return
        above = self.last_line
        if above and self.line_before and _UNIT_LINE.match(self.last_text):
            above = (self.line_before[0], above[1])  # 表3 各县区在校生数 / 单位:人: both lines are the caption
        cells = []
        for row in rows:
            self.line("")
            spans, pos = [], self.size
            for k, cell in enumerate(row):
                if k:
                    self.parts.append("\t")
                    pos += 1
                self.parts.append(cell)
                spans.append((pos, pos + len(cell)))
                pos += len(cell)
            self.size = pos
            cells.append(tuple(spans))
        self.last_line = self.line_before = None
        self.grids.append(Grid(len(self.grids) + 1, tuple(cells), above, merged, _label_columns(rows)))

    def document(self) -> Document:
        return Document("".join(self.parts), tuple(self.grids))


def _label_columns(rows: list[list[str]]) -> int:
    """The leading columns that label a row (义务教育 | 小学 | 12345): those with no figure below the first row."""
    width = max(len(row) for row in rows)
    for c in range(width):
        if any(c < len(row) and _FIGURE_CELL.fullmatch(row[c]) for row in rows[1:]):
            return max(c, 1)
    return 1


def read_report(path: Path) -> str:
    """The text of a report file (ReportError if it has none, is of an unknown kind, is damaged
    or is beyond a limit)."""
    return read_document(path).text


def read_document(path: Path) -> Document:
    """The text of a report file and its tables (ReportError if it has no text, is of an unknown
    kind, is damaged or is beyond a limit)."""
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ReportError("extract.unsupported", suffix=suffix, suffixes=", ".join(REPORT_SUFFIXES))
    try:
        data = read_bytes(path)  # refused before reading when over its kind's size
    except DocumentError as exc:
        raise ReportError.of(exc) from None
    except OSError as exc:
        raise ReportError("extract.unreadable", reason=exc.strerror or str(exc)) from None
    if suffix == ".txt":
        document = Document(_decode(data))
    elif suffix == ".docx":
        document = _docx(data)
    elif suffix == ".pdf":
        document = _pdf(data)
    else:
        document = _html(_decode(data))
    within_chars(len(document.text))
    if not re.search(r"\d", document.text):
        raise ReportError("extract.no_text" if suffix == ".pdf" else "extract.no_figures")
    return document


def within_chars(chars: int) -> None:
    """Refuse a text of more than MAX_CHARS characters: the extractor's time and memory grow with
    it (~14 s and ~190 MB for a million characters dense with figures)."""
    if chars > MAX_CHARS:
        limit = f"{MAX_CHARS:,}"
        raise ReportError("extract.too_many_chars", t("extract.expected_chars", limit=limit), limit=limit)


def within_pages(pages: int) -> None:
    """Refuse a PDF of more than MAX_PAGES pages, before a page is read."""
    if pages > MAX_PAGES:
        limit = f"{MAX_PAGES:,}"
        raise ReportError("extract.too_many_pages", t("extract.expected_pages", limit=limit), pages=f"{pages:,}",
                          limit=limit)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReportError("extract.encoding")


def _docx(data: bytes) -> Document:
    import docx  # python-docx

    try:
        check_zip(data, ".docx")  # a zip bomb or a truncated file, judged from the zip's directory
    except DocumentError as exc:
        raise ReportError.of(exc) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted bytes: a bad CRC, bad XML, no document
        raise ReportError("input.docx_damaged", t("input.expected_docx"), cause=exc.__class__.__name__) from None
    out = _Builder()
    _docx_blocks(out, document)
    return out.document()


def _docx_blocks(out: _Builder, container) -> None:
    """Paragraphs and tables in the document's order; a table that lays the page out (the report in one of its
    cells, a table inside it: Word templates do) read as the text of its cells, each once, in order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if not isinstance(block, Table):
            out.line(block.text)
            continue
        rows, caption, merged = _docx_table(block)
        if is_grid(rows, nested=any(cell.tables for row in block.rows for cell in row.cells)):
            out.table(rows, caption, merged)
            continue
        seen = set()
        for row in block.rows:
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    _docx_blocks(out, cell)


def _docx_table(table) -> tuple[list[list[str]], None, tuple[tuple[int, int, int, int], ...]]:
    """A table's rows and its merged cells: python-docx repeats a merged cell in every place it covers
    (the grid columns it spans, the rows it is merged down over); its text is kept in the first."""
    rows, keep, first = [], [], {}  # keep: the cells' elements, so that their ids stay theirs
    spans: dict[int, list[int]] = {}
    for r, row in enumerate(table.rows):
        cells = []
        for c, cell in enumerate(row.cells):
            key = id(cell._tc)
            keep.append(cell._tc)
            if key in first:
                spans[key][2:] = [max(spans[key][2], r), max(spans[key][3], c)]
                cells.append("")
                continue
            first[key] = (r, c)
            spans[key] = [r, c, r, c]
            cells.append(cell.text)
        rows.append(cells)
    merged = tuple(tuple(s) for s in spans.values() if s[:2] != s[2:])
    return rows, None, tuple(sorted(merged))


def _pdf(data: bytes) -> Document:
    import pdfplumber

    out = _Builder()
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            within_pages(_declared_pages(pdf))  # the page tree's own count: before it is walked
            within_pages(len(pdf.pages))  # the pages found: before one is read
            for page in pdf.pages:
                tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
                top = 0
                for table in tables:  # the text above each table, then the table
                    x0, y0, x1, y1 = table.bbox
                    if y0 > top:
                        text = page.crop((0, top, page.width, y0)).extract_text() or ""
                        for line in text.splitlines():
                            out.line(line)
                    rows = table.extract()
                    if is_grid([[cell or "" for cell in row] for row in rows], nested=False):
                        out.table(rows)
                    else:  # a frame round the page's text (a box, a 红头 template's rules): its text, line by line
                        for line in (page.crop(table.bbox).extract_text() or "").splitlines():
                            out.line(line)
                    top = y1
                rest = (page.crop((0, top, page.width, page.height)) if top else page).extract_text() or ""
                for line in rest.splitlines():
                    out.line(line)
                within_chars(out.size)  # page by page: a long PDF is refused before it is all read
                page.close()
    except ReportError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        raise ReportError("extract.damaged", cause=exc.__class__.__name__) from None
    document = out.document()
    if not document.text.strip():
        raise ReportError("extract.no_text")
    return document


def _declared_pages(pdf) -> int:
    """The page count the PDF's page tree declares (0 when it declares none)."""
    from pdfminer.pdftypes import resolve1

    root = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(root.get("Count")) if isinstance(root, dict) else None
    return count if isinstance(count, int) and not isinstance(count, bool) else 0


def _html(source: str) -> Document:
    out, text = _Builder(), []
    for piece in page_pieces(source) + [None]:
        if isinstance(piece, str):
            text.append(piece)
            continue
        lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(text).split("\n"))
        for line in lines:
            if line:
                out.line(line)
        text = []
        if piece is not None:
            out.table(piece[1], piece[3], piece[2])
    return out.document()
