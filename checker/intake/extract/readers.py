"""A report's text, whatever it came in: plain text, Word (.docx), PDF with a text layer, or a saved
web page. Each gives the text a person reads, one paragraph a line, so that quotes taken from it are
what the document says. A PDF without text (a scan) is an error: no OCR, no guessing.

Bounded like every input (README "Limits"), each limit checked before the work it bounds: the
file's size before a byte is read (safeyaml.read_bytes), a .docx's unpacked size before a member
is inflated (safeyaml.check_zip, the workbooks' zip-bomb check), a PDF's pages before a page is
read, and the text's characters before any figure is looked for (a PDF's page by page)."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

from checker.i18n import Text, t
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


def read_report(path: Path) -> str:
    """The text of a report file (ReportError if it has none, is of an unknown kind, is damaged
    or is beyond a limit)."""
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
        text = _decode(data)
    elif suffix == ".docx":
        text = _docx(data)
    elif suffix == ".pdf":
        text = _pdf(data)
    else:
        text = _html(_decode(data))
    within_chars(len(text))
    if not re.search(r"\d", text):
        raise ReportError("extract.no_text" if suffix == ".pdf" else "extract.no_figures")
    return text


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


def _docx(data: bytes) -> str:
    import docx  # python-docx

    try:
        check_zip(data, ".docx")  # a zip bomb or a truncated file, judged from the zip's directory
    except DocumentError as exc:
        raise ReportError.of(exc) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted bytes: a bad CRC, bad XML, no document
        raise ReportError("input.docx_damaged", t("input.expected_docx"), cause=exc.__class__.__name__) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:  # tables after the text, one row a line, cells apart
        for row in table.rows:
            lines.append("  ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf(data: bytes) -> str:
    import pdfplumber

    pages: list[str] = []
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            within_pages(_declared_pages(pdf))  # the page tree's own count: before it is walked
            within_pages(len(pdf.pages))  # the pages found: before one is read
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
                chars += len(pages[-1]) + 1
                within_chars(chars)  # page by page: a long PDF is refused before it is all read
                page.close()
    except ReportError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        raise ReportError("extract.damaged", cause=exc.__class__.__name__) from None
    text = "\n".join(pages)
    if not text.strip():
        raise ReportError("extract.no_text")
    return text


def _declared_pages(pdf) -> int:
    """The page count the PDF's page tree declares (0 when it declares none)."""
    from pdfminer.pdftypes import resolve1

    root = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(root.get("Count")) if isinstance(root, dict) else None
    return count if isinstance(count, int) and not isinstance(count, bool) else 0


_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
           "title", "td", "th"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _html(source: str) -> str:
    parser = _Text()
    parser.feed(source)
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
