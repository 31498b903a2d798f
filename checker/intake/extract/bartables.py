"""Tables that reached the text with their cells separated by `|` (web pages saved as text: a plan's 专栏 of
indicators, a statistics page), read as grids like a Word or PDF table's.

    专栏一 "十四五"教育事业发展主要目标      <- caption (the line above)
    指标名称 | 2020年 | 2025年 | 属性        <- header row
    学前教育毛入园率(%) | 98.91 | 99 | 预期性

Saved pages often lose the rows' line breaks (every cell on its own line between `|` lines, rows run together), so the
width is found, not assumed: the smallest number of columns for which every row starts with a label (never a number,
never empty), the header row holds no bare number, and at least two rows hold figures. A stretch of cells for which no
width fits is not a table and stays prose. A table numbering its rows (序号 | 项目 | …) is cut at its row numbers
instead (_serial_grid). A run no width fits may still be a table one cell a line whose rows are not all as wide as the
header (a cell merged down from the row above is not in the text): _labelled_grid reads it by its structure.
"""

from __future__ import annotations

import re

from checker.intake.extract.cells import _MAX_CELL, _MAX_WIDTH, _NUMBER, _PLACEHOLDER, _UNIT_CELL, _strip
from checker.intake.extract.readers import Grid


def bar_grids(text: str) -> list[Grid]:
    """The `|`-separated tables of a text, numbered in order from 1."""
    grids: list[Grid] = []
    for run in _runs(text):
        grid = _grid(text, run, len(grids) + 1)
        if grid is not None:
            grids.append(grid)
    return grids


# a separator: `|` alone on its line, or between spaces on a line (a cell never holds a `|`)
_SEP = re.compile(r"\n[ \t]*\|[ \t]*(?=\n)|[ \t]*\|+[ \t]*")
_RULE = re.compile(r"^:?-{3,}:?$")  # a markdown table's rule under its header


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Maximal runs of short cells joined by separators: each cell's (start, end), stripped."""
    runs, cells, pos = [], [], 0
    opened = False  # whether the run's rows open with a `|`
    for m in _SEP.finditer(text):
        cell = _strip(text, pos, m.start())
        raw = text[pos:m.start()]
        between = raw.split("\n")
        if cells and (opened or cells[0][0] == cells[0][1]) and len(between) >= 3 and not between[0].strip() \
                and not between[-1].strip() and any(line.strip() for line in between):
            runs.append(cells)  # | … |⏎## 三、各学段情况⏎| … |: a line of prose between two tables ends the first
            cells, opened, pos = [], True, m.end()  # (h-review34f); the `|` opens the next table's first row
            continue
        if cells and not opened and raw.strip() and "\n" in raw and not raw[raw.rfind("\n") + 1:].strip() \
                and "\n" not in text[cell[0]:cell[1]] and cell[1] - cell[0] <= _MAX_CELL:
            cells.append(cell)  # 专任教师数⏎| (所) | (人): the row's last cell, then a row whose first cell is empty
            cells.append((m.start(), m.start()))
            pos = m.end()
            continue
        if cells and not raw.strip() and "\n" in raw or _RULE.match(text[cell[0]:cell[1]]):
            pos = m.end()  # | a | b |⏎| c | d |: the row's end and the next row's start; |---|---|: a rule
            continue
        if not cells and not raw.strip() and text.rfind("\n", 0, m.start()) + 1 == pos and m.group().strip() == "|" \
                and text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() == "":
            pos = m.end()  # a row opening with |: nothing before it is a cell
            opened = True
            continue
        if cells and raw.strip() and re.match(r"[ \t]*\n[ \t]*\n", raw) and not opened:
            runs.append(cells)  # …| 13200 |⏎⏎指标(%) | 2022年 |: a blank line between two tables ends the first
            cells = []
        row_break = _row_break(text, cell) if cells else None
        if row_break is not None:  # 420⏎小学: a row's last cell, then the next row's first (no `|` at either end)
            cells.append(row_break[0])
            cell = row_break[1]
        elif cells and (text[cell[0]:cell[1]].count("\n") or "。" in text[cell[0]:cell[1]]
                        or cell[1] - cell[0] > _MAX_CELL):
            tail = _strip(text, cell[0], text.find("\n", cell[0], cell[1]))
            if "\n" in text[cell[0]:cell[1]] and 0 < tail[1] - tail[0] <= _MAX_CELL and "。" not in text[slice(*tail)]:
                cells.append(tail)  # 2410.66⏎表2 …⏎学段: the last row's last cell, before the text after the table
            runs.append(cells)  # prose between two tables, or after one
            cells, opened = [], False
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


def _row_break(text: str, cell: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A row written without a `|` at its ends (小学 | 24 | 15230⏎初中 | 9 | 7810): the text between two `|`
    holding one line break is the row's last cell and the next row's first — when both are short cells on their
    own lines (no sentence, no other line between); else None."""
    said = text[cell[0]:cell[1]]
    if said.count("\n") != 1 or "。" in said:
        return None
    cut = cell[0] + said.index("\n")
    last, first = _strip(text, cell[0], cut), _strip(text, cut + 1, cell[1])
    if any(b <= a or b - a > _MAX_CELL for a, b in (last, first)):
        return None
    return last, first


def _grid(text: str, cells: list[tuple[int, int]], number: int) -> Grid | None:
    """The table a run of cells is, trying its first few labels as the header's first cell (a run
    may begin with the table's title, which is then its caption)."""
    said = [text[a:b] for a, b in cells]
    serial = _serial_grid(text, cells, said, number)
    if serial is not None:
        return serial
    coded = _coded_grid(text, cells, said, number)
    if coded is not None:
        return coded
    starts = [k for k, c in enumerate(said) if c and not _NUMBER.match(c)][:3]
    for first in starts:
        for width in range(2, _MAX_WIDTH + 1):
            body = cells[first:]
            while body and body[-1][0] == body[-1][1]:
                body = body[:-1]  # the text after the last `|`
            if len(body) % width:
                continue  # cells left over: not rows of this width (a short row shifts every row after it)
            rows = [body[k:k + width] for k in range(0, len(body), width)]
            if len(rows) < 3:
                break
            words = [[text[a:b] for a, b in row] for row in rows]
            # a unit row under the header (| (所) | (人) | (人), its first cell empty): a second header row
            units = len(words) > 3 and not words[1][0] and all(_UNIT_CELL.match(c) for c in words[1][1:])
            data = words[1 + units:]
            labels_ok = all(row[0] and not _NUMBER.match(row[0]) for row in [words[0]] + data)
            header_ok = not any(_NUMBER.match(c) for c in words[0]) and all(words[0])
            with_figures = sum(1 for row in data if any(_NUMBER.match(c) for c in row[1:]))
            mixed = any(len({_NUMBER.match(row[c]) is None and row[c] not in _PLACEHOLDER for row in data
                             if row[c]}) > 1 for c in range(1, width))
            if labels_ok and header_ok and with_figures >= 2 and not mixed:
                titled = [cells[k] for k in range(first) if said[k]]
                caption = titled[-1] if titled else _caption(text, cells[first][0])
                return Grid(number, tuple(tuple(row) for row in rows), caption)
    return _labelled_grid(text, cells, said, starts[:1], number) or _pairs_grid(text, cells, said, number)


def _pairs_grid(text: str, cells: list[tuple[int, int]], said: list[str], number: int) -> Grid | None:
    """Key-value lines written with a bar (小学在校生 | 15230人): every line one label and one figure, no header; a
    grid whose header row is empty (the figures' column is neutral, each row's label names what it is)."""
    body = [cell for cell, word in zip(cells, said) if word]
    words = [text[a:b] for a, b in body]
    if len(body) < 4 or len(body) % 2 or len(body) != len(cells) - sum(1 for w in said if not w) \
            or any(not _NUMBER.match(w) for w in words[1::2]) or any(_NUMBER.match(w) for w in words[0::2]):
        return None
    rows = [body[k:k + 2] for k in range(0, len(body), 2)]
    lines = [text.count("\n", 0, row[0][0]) for row in rows]
    if any(text.count("\n", 0, row[1][0]) != line for row, line in zip(rows, lines)) \
            or any(b != a + 1 for a, b in zip(lines, lines[1:])):
        return None  # a pair a line, the lines one under another
    start = rows[0][0][0]
    header = ((start, start), (start, start))
    return Grid(number, (header, *(tuple(row) for row in rows)), _caption(text, start))


def _labelled_grid(text: str, cells: list[tuple[int, int]], said: list[str], starts: list[int],
                   number: int) -> Grid | None:
    """A table whose rows are not all as wide as its header (a cell merged down from the row above is
    not in the text: 普通高中 | 56 | 1853 | 89750 | 6996 | 12.83 under six columns), read by its
    structure: the header is the run of labels it opens with (N cells), then every row is one label and
    at most N - 1 figures (a figure, or an empty cell's mark `/`). A full row is read as it stands; a row
    one cell short has that cell placed only where certain (_gap); any other short row keeps its figures
    in columns of its own, outside the header's (read as no indicator's). Two labels in a row, a row
    wider than the header, fewer than two full rows: not this shape, no grid."""
    if not starts:
        return None
    first = starts[0]
    width = next((k for k in range(first, len(said)) if _NUMBER.match(said[k]) or said[k] in _PLACEHOLDER),
                 len(said)) - first - 1  # the labels before the first figure, but the first row's own
    if width < 3 or width > _MAX_WIDTH:
        return None
    body, rows = cells[first + width:], [list(cells[first:first + width])]
    while body and body[-1][0] == body[-1][1]:
        body.pop()  # the text after the last `|`
    for a, b in body:
        word = text[a:b]
        figure = _NUMBER.match(word) is not None or word in _PLACEHOLDER
        if not figure:
            if not word or len(rows) > 1 and len(rows[-1]) == 1:
                return None  # an empty cell, or two labels running: not a row of a label and its figures
            rows.append([(a, b)])
        elif len(rows) == 1 or len(rows[-1]) >= width:
            return None  # a figure before any row's label, or a row wider than the header
        else:
            rows[-1].append((a, b))
    if len(rows[-1]) == 1:
        return None  # a label with no figures after it ends the run: not this shape
    full = sum(1 for row in rows[1:] if len(row) == width)
    if full < 2:
        return None
    merged: list[tuple[int, int, int, int]] = []
    for r, row in enumerate(rows[1:], start=1):
        if len(row) in (1, width):
            continue
        gap = _gap(text, rows[0], row) if len(row) == width - 1 and r > 1 and len(rows[r - 1]) == width else None
        end = (row[-1][1], row[-1][1])
        if gap is None:
            rows[r] = row[:1] + [end] * (width - 1) + row[1:]  # figures not placed: outside the header's columns
        else:
            rows[r] = row[:gap] + [end] + row[gap:]
            merged.append((r - 1, gap, r, gap))  # the cell the row lacks is the row above's, merged down
    size = max(len(row) for row in rows)
    for row in rows:
        row += [(row[-1][1], row[-1][1])] * (size - len(row))
    titled = [cells[k] for k in range(first) if said[k]]
    caption = titled[-1] if titled else _caption(text, cells[first][0])
    return Grid(number, tuple(tuple(row) for row in rows), caption, tuple(merged))


_RATIO_HEADER = re.compile(r"^(.+?)与(.+?)(?:之)?比$")


def _gap(text: str, header: list[tuple[int, int]], row: list[tuple[int, int]]) -> int | None:
    """Where a row one cell short lacks its cell, when certain: the header has a ratio column (学生与专任教师比)
    whose two terms head columns of their own, and exactly one place for the gap puts figures in both terms'
    columns and in the ratio's that agree (89750 / 6996 = 12.83, to the ratio's written decimals)."""
    heads = [text[a:b] for a, b in header]
    fits = []
    for gap in range(1, len(header)):
        placed = row[:gap] + [None] + row[gap:]
        said = {heads[c]: text[slice(*placed[c])] for c in range(1, len(header)) if placed[c] is not None}
        if any(_agrees(heads, said, c) for c in range(1, len(header))):
            fits.append(gap)
    return fits[0] if len(fits) == 1 else None


def _agrees(heads: list[str], said: dict[str, str], c: int) -> bool:
    m = _RATIO_HEADER.match(heads[c])
    if m is None or heads[c] not in said:
        return False
    terms = [[h for h in heads if h != heads[c] and m.group(i) in h and h.endswith("数")] for i in (1, 2)]
    words = [said.get(t[0]) if len(t) == 1 else None for t in terms] + [said[heads[c]]]
    if any(w is None or not re.fullmatch(r"\d+(?:\.\d+)?", w) for w in words):
        return False
    top, bottom, ratio = (float(w) for w in words)
    decimals = len(words[2].partition(".")[2])
    return bottom > 0 and round(top / bottom, decimals) == float(ratio)


def _serial_grid(text: str, cells: list[tuple[int, int]], said: list[str], number: int) -> Grid | None:
    """A table whose first column numbers its rows (序号 | 项目 | …, then 1 | 全县平均值 | …): its rows
    start at 1, 2, 3 … in turn, every row as wide as the header; cells between the header and row 1
    (column codes under the header, L1 L2 …) are set aside."""
    head = next((k for k, c in enumerate(said) if c in ("序号", "编号")), None)
    if head is None:
        return None
    starts = []
    for k in range(head + 1, len(said)):
        if said[k] == str(len(starts) + 1) and (not starts or k - starts[-1] >= 3):
            starts.append(k)
    if len(starts) < 2:
        return None
    width = starts[1] - starts[0]
    if any(b - a != width for a, b in zip(starts, starts[1:])) or head + width > starts[0] \
            or width > _MAX_WIDTH + 1:
        return None
    header = said[head:head + width]
    if not all(header) or any(_NUMBER.match(c) for c in header):
        return None
    rows = [cells[head:head + width]]
    for k in starts:
        row = cells[k:k + width]
        if len(row) < width or not said[k + 1] or _NUMBER.match(said[k + 1]):
            break
        rows.append(row)
    if len(rows) < 3:
        return None
    titled = [cells[k] for k in range(head) if said[k]]
    caption = titled[-1] if titled else _caption(text, cells[head][0])
    return Grid(number, tuple(tuple(row) for row in rows), caption, (), 2)


_CODE = re.compile(r"^([A-Za-z]{1,2})(\d{1,2})$")


def _coded_grid(text: str, cells: list[tuple[int, int]], said: list[str], number: int) -> Grid | None:
    """A table whose header names its columns over several lines, then codes them in a row of its own (L1 | L2 | …
    | L8, the 均衡 indicators' codes), then rows of one or two labels and their figures (小学 | 差异系数 | 0.677 | …):
    the N labels right before the codes (empty cells aside) are the N columns' headers; the code row is set aside.
    Fewer labels than codes, a row wider than the codes, a label among a row's figures: not this shape."""
    first = next((k for k, c in enumerate(said) if (m := _CODE.match(c)) and m.group(2) == "1"), None)
    if first is None:
        return None
    prefix, n = _CODE.match(said[first]).group(1), 0
    while first + n < len(said) and (m := _CODE.match(said[first + n])) and m.group(1) == prefix \
            and int(m.group(2)) == n + 1:
        n += 1
    heads = [k for k in range(first) if said[k]][-n:] if n >= 3 else []
    if len(heads) < n or any(_NUMBER.match(said[k]) or said[k] in _PLACEHOLDER for k in heads) \
            or text[text.rfind("\n", 0, cells[heads[0]][0]) + 1:cells[heads[0]][0]].strip():
        return None  # the header opens its own line: a cell before it on that line is no header's
    rows: list[list[tuple[int, int]]] = []
    labels, figures, gap = [], [], False
    for k in range(first + n, len(said)):
        word = said[k]
        figure = _NUMBER.match(word) is not None or word in _PLACEHOLDER
        if not word:
            gap = bool(figures)  # an empty cell after a row's figures: the row's last cells are empty
            continue
        if not figure:
            if figures:
                if len(figures) < n and not gap:
                    return None  # a short row whose empty cells are not written: its figures' columns unknown
                rows.append(labels + figures)
                labels, figures = [], []
            if len(labels) == 2:
                return None  # three labels running: not a row of this shape
            labels.append(cells[k])
        elif not labels or len(figures) >= n or gap:
            return None  # a figure before any label, more figures than columns, or after an empty cell
        else:
            figures.append(cells[k])
        gap = False
    if not figures or (len(figures) < n and not gap):
        return None
    rows.append(labels + figures)
    kinds = {sum(1 for a, b in r if not _NUMBER.match(text[a:b]) and text[a:b] not in _PLACEHOLDER) for r in rows}
    if len(rows) < 2 or len(kinds) != 1:
        return None  # every row labelled alike
    size = kinds.pop()
    corner = (cells[heads[0]][0], cells[heads[0]][0])
    grid = [[corner] * size + [cells[k] for k in heads]]
    for row in rows:
        grid.append(row + [(row[-1][1], row[-1][1])] * (size + n - len(row)))
    return Grid(number, tuple(tuple(row) for row in grid), _caption(text, cells[heads[0]][0]), (), size)


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
