"""A saved web page as a paragraph a line of text and its tables of figures: each <table> with no table inside it and
no cell as long as a page's text is a grid, its cells placed as a browser places them (a cell merged down by rowspan
or across by colspan covers the places after it), so its merged cells are known; a table that lays out the page (the
article in one of its cells, tables inside it) is read as text, cell by cell. readers.py builds the Document."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
           "title", "td", "th", "caption"}
_CELL_MAX = 200  # a cell longer than this holds a page's text: its table lays the page out, it is not a table of figures
_SPAN_MAX = 50  # a rowspan or colspan beyond this is a page's error, read as this


class Page(HTMLParser):
    """The page's text and tables as pieces, in order (`out`); the tables open while it is read (`tables`)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out: list = []  # the page's pieces: text, or ("table", rows, merged, caption)
        self.tables: list[dict] = []  # the tables open, the innermost last

    def _sink(self) -> list:
        if not self.tables:
            return self.out
        table = self.tables[-1]
        if table["caption"] is not None and table["in_caption"]:
            return table["caption"]
        return table["cell"]["pieces"] if table["cell"] is not None else table["loose"]

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag == "table":
            if self.tables:
                self.tables[-1]["nested"] = True
            self.tables.append({"rows": [], "cell": None, "caption": None, "in_caption": False, "nested": False,
                                "loose": []})
        elif self.tables and tag == "tr":
            self.tables[-1]["rows"].append([])
            self.tables[-1]["cell"] = None
        elif self.tables and tag in ("td", "th"):
            table = self.tables[-1]
            if not table["rows"]:
                table["rows"].append([])
            span = dict(attrs)
            table["cell"] = {"pieces": [], "rows": _span(span.get("rowspan")), "cols": _span(span.get("colspan"))}
            table["rows"][-1].append(table["cell"])
        elif self.tables and tag == "caption":
            self.tables[-1]["caption"], self.tables[-1]["in_caption"] = [], True
        elif tag in _BLOCKS:
            self._sink().append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag == "table" and self.tables:
            pieces = _table_pieces(self.tables.pop())
            self._sink().extend(pieces)
        elif self.tables and tag in ("td", "th", "tr"):
            self.tables[-1]["cell"] = None
        elif self.tables and tag == "caption":
            self.tables[-1]["in_caption"] = False
        elif tag in _BLOCKS:
            self._sink().append("\n")

    def handle_data(self, data):
        if not self.skip:
            self._sink().append(data)


def is_grid(texts: list[list[str]], nested: bool) -> bool:
    """Whether a table's cells are a table of figures: no table inside it, two rows and two columns at least, no
    cell as long as a page's text, a figure somewhere. Else it lays the page out: its cells are read as text."""
    return not nested and len(texts) >= 2 and max(len(row) for row in texts) >= 2 \
        and all(len(text.strip()) <= _CELL_MAX for row in texts for text in row) \
        and any(re.search(r"\d", text) for row in texts for text in row)


def _span(value: str | None) -> int:
    try:
        return min(max(int(value or 1), 1), _SPAN_MAX)
    except ValueError:
        return 1


def _table_pieces(table: dict) -> list:
    """A closed table as the page's pieces: one grid, or its cells' text (a layout table)."""
    rows = [row for row in table["rows"] if row]
    texts = [["".join(p for p in cell["pieces"] if isinstance(p, str)) for cell in row] for row in rows]
    caption = _one_line("".join(table["caption"] or []))
    if is_grid(texts, table["nested"]):
        grid, merged = _placed(rows, texts)
        return [("table", grid, merged, caption or None)]
    pieces = ["\n", *(table["caption"] or []), "\n", *table["loose"]]
    for row in rows:
        for cell in row:
            pieces += ["\n", *cell["pieces"], "\n"]
    return pieces


def _placed(rows: list[list[dict]], texts: list[list[str]]) -> tuple[list[list[str]], tuple]:
    """The cells in the places a browser gives them: each in the first place of its row not covered by a cell merged
    down from above; (the grid's rows, its merged cells as (first row, first column, last row, last column))."""
    taken: set[tuple[int, int]] = set()
    placed: dict[tuple[int, int], str] = {}
    merged = []
    for r, row in enumerate(rows):
        c = 0
        for cell, text in zip(row, texts[r]):
            while (r, c) in taken:
                c += 1
            down = min(cell["rows"], len(rows) - r)
            taken.update((r + i, c + j) for i in range(down) for j in range(cell["cols"]))
            placed[(r, c)] = text
            if down > 1 or cell["cols"] > 1:
                merged.append((r, c, r + down - 1, c + cell["cols"] - 1))
            c += cell["cols"]
    width = max(c for _, c in taken) + 1
    return [[placed.get((r, c), "") for c in range(width)] for r in range(len(rows))], tuple(merged)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_pieces(source: str) -> list:
    """The page's pieces in order: text (line breaks where blocks end), or ("table", rows, merged, caption)."""
    parser = Page()
    parser.feed(source)
    parser.close()
    while parser.tables:  # a table the page never closed: closed at its end
        pieces = _table_pieces(parser.tables.pop())
        parser._sink().extend(pieces)
    return parser.out
