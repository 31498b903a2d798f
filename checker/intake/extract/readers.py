"""A report's text, whatever it came in: plain text, Word (.docx), PDF with a text layer, or a saved
web page. Each gives the text a person reads, one paragraph a line, so that quotes taken from it are
what the document says. A PDF without text (a scan) is an error: no OCR, no guessing."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

REPORT_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


class ReportError(ValueError):
    """A report that cannot be read as text; `key` names the catalogue message (extract.*)."""

    def __init__(self, key: str, **fields):
        super().__init__(key)
        self.key = key
        self.fields = fields


def read_report(path: Path) -> str:
    """The text of a report file (ReportError if it has none or is of an unknown kind)."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError("extract.unreadable", reason=exc.strerror or str(exc)) from None
    if suffix == ".txt":
        text = _decode(data)
    elif suffix == ".docx":
        text = _docx(data)
    elif suffix == ".pdf":
        text = _pdf(data)
    elif suffix in (".html", ".htm"):
        text = _html(_decode(data))
    else:
        raise ReportError("extract.unsupported", suffix=suffix, suffixes=", ".join(REPORT_SUFFIXES))
    if not re.search(r"\d", text):
        raise ReportError("extract.no_text" if suffix == ".pdf" else "extract.no_figures")
    return text


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReportError("extract.encoding")


def _docx(data: bytes) -> str:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ReportError("extract.unreadable", reason=str(exc)) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:  # tables after the text, one row a line, cells apart
        for row in table.rows:
            lines.append("  ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf(data: bytes) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except (PDFSyntaxError, ValueError, KeyError) as exc:
        raise ReportError("extract.unreadable", reason=str(exc)) from None
    text = "\n".join(pages)
    if not text.strip():
        raise ReportError("extract.no_text")
    return text


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
