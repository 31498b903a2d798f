"""Tables that reached the text with their cells separated by `|` (web pages saved as text: a plan's
专栏 of indicators, a statistics page), read as grids like a Word or PDF table's.

    专栏一 "十四五"教育事业发展主要目标      <- caption (the line above)
    指标名称 | 2020年 | 2025年 | 属性        <- header row
    学前教育毛入园率(%) | 98.91 | 99 | 预期性

Saved pages often lose the rows' line breaks (every cell on its own line between `|` lines, rows run
together), so the width is found, not assumed: the smallest number of columns for which every row
starts with a label (never a number, never empty), the header row holds no bare number, and at least
two rows hold figures. A stretch of cells for which no width fits is not a table and stays prose.
"""

from __future__ import annotations

import re

from checker.intake.extract.readers import Grid

# a separator: `|` alone on its line, or between spaces on a line (a cell never holds a `|`)
_SEP = re.compile(r"\n[ \t]*\|[ \t]*(?=\n)|[ \t]*\|+[ \t]*")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?%?$")
_MAX_CELL = 40
_MAX_WIDTH = 10


def text_grids(text: str) -> tuple[Grid, ...]:
    """The `|`-separated tables of a text, numbered in order."""
    grids: list[Grid] = []
    for run in _runs(text):
        grid = _grid(text, run, len(grids) + 1)
        if grid is not None:
            grids.append(grid)
    return tuple(grids)


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Maximal runs of short cells joined by separators: each cell's (start, end), stripped."""
    runs, cells, pos = [], [], 0
    for m in _SEP.finditer(text):
        cell = _strip(text, pos, m.start())
        if cells and (text[cell[0]:cell[1]].count("\n") or "。" in text[cell[0]:cell[1]]
                      or cell[1] - cell[0] > _MAX_CELL):
            runs.append(cells)  # prose between two tables, or after one
            cells = []
        if not cells:  # a run starts with the text after the last line break before its first `|`
            start = text.rfind("\n", 0, m.start()) + 1
            cell = _strip(text, max(start, pos), m.start())
        cells.append(cell)
        pos = m.end()
    if cells:
        end = text.find("\n", pos)
        cells.append(_strip(text, pos, len(text) if end < 0 else end))
        runs.append(cells)
    return [run for run in runs if len(run) >= 6]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n\r":
        a += 1
    while b > a and text[b - 1] in " \t\n\r":
        b -= 1
    return a, b


def _grid(text: str, cells: list[tuple[int, int]], number: int) -> Grid | None:
    """The table a run of cells is, trying its first few labels as the header's first cell (a run
    may begin with the table's title, which is then its caption)."""
    said = [text[a:b] for a, b in cells]
    starts = [k for k, c in enumerate(said) if c and not _NUMBER.match(c)][:3]
    for first in starts:
        for width in range(2, _MAX_WIDTH + 1):
            body = cells[first:]
            body = body[:len(body) - len(body) % width]
            rows = [body[k:k + width] for k in range(0, len(body), width)]
            if len(rows) < 3:
                break
            words = [[text[a:b] for a, b in row] for row in rows]
            labels_ok = all(row[0] and not _NUMBER.match(row[0]) for row in words)
            header_ok = not any(_NUMBER.match(c) for c in words[0]) and all(words[0])
            with_figures = sum(1 for row in words[1:] if any(_NUMBER.match(c) for c in row[1:]))
            if labels_ok and header_ok and with_figures >= 2:
                titled = [cells[k] for k in range(first) if said[k]]
                caption = titled[-1] if titled else _caption(text, cells[first][0])
                return Grid(number, tuple(tuple(row) for row in rows), caption)
    return None


def _caption(text: str, start: int) -> tuple[int, int] | None:
    """The line above the table's first cell (its title, often with 单位:…), without its own `|`s."""
    line_start = text.rfind("\n", 0, start)
    if line_start <= 0:
        return None
    above = text.rfind("\n", 0, line_start) + 1
    own = text[above:line_start]
    cut = own.find("|")
    end = above + (cut if cut >= 0 else len(own))
    a, b = _strip(text, above, end)
    return (a, b) if b > a else None
