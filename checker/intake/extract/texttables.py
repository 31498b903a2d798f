"""A text's flattened tables back into grids, read like a Word or PDF table's: those whose cells are apart by `|`
(bartables.py), then those whose cells are apart by spaces or line breaks (spacedtables.py); a table whose number and
title stand on the line under it takes that line as its caption."""

from __future__ import annotations

import re

from checker.intake.extract.bartables import bar_grids
from checker.intake.extract.cells import _UNIT_LINE, _strip
from checker.intake.extract.normal import _page_breaks
from checker.intake.extract.readers import Grid
from checker.intake.extract.spacedtables import spaced_grids


def text_grids(text: str) -> tuple[Grid, ...]:
    """The `|`-separated tables of a text, numbered in order, then those whose cells are apart by spaces; a page's break
    inside one (- 1 -, the running header: normal.py `_page_breaks`) passed over, blanked in place (the cells keep
    their places in the text)."""
    for a, b in _page_breaks(text):
        text = text[:a] + " " * (b - a) + text[b:]
    grids = bar_grids(text)
    return _captions_below(text, tuple(grids) + spaced_grids(text, len(grids) + 1))


_TITLE = re.compile(r"^\s*表\s*\d")


def _captions_below(text: str, grids: tuple[Grid, ...]) -> tuple[Grid, ...]:
    """A table titled on the line under it (学段 | … rows, then 表2 2022年桐原县生均经费(单位:元)), as yearbooks and
    reports print a table's number and title under it: that line is its caption, when the line above is no title (表N
    or 单位:…) and the title's line is not followed by another table (whose title above it it would be)."""
    starts = sorted(grid.cells[0][0][0] for grid in grids)
    out = []
    for grid in grids:
        above = text[slice(*grid.caption)] if grid.caption else ""
        end = max(b for row in grid.cells for _, b in row)
        line_start = text.find("\n", end) + 1
        line_end = text.find("\n", line_start) if line_start else -1
        line_end = len(text) if line_end < 0 else line_end
        below = _strip(text, line_start, line_end) if line_start else None
        after = line_end  # the end of the sixth line after the title's: its (2023年), 单位:所 and a header one label a line
        for _ in range(6):  # may stand between a title and the table it heads (表19-3 … / (2023年) / 单位:所 / 类别 / 合计 …)
            nxt = text.find("\n", after + 1)
            after = len(text) if nxt < 0 else nxt
        follows = any(line_end < a <= after for a in starts)  # a table starts there: the title is that table's (stop 35)
        if below and below[1] > below[0] and _TITLE.match(text[below[0]:below[1]]) and not follows \
                and not (_TITLE.match(above) or _UNIT_LINE.search(above) or "单位" in above):
            grid = Grid(grid.number, grid.cells, below, grid.merged, grid.labels)
        out.append(grid)
    return tuple(out)
