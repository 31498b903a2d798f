"""Tables that reached the text with their cells separated by `|` (web pages saved as text: a plan's
专栏 of indicators, a statistics page), read as grids like a Word or PDF table's.

    专栏一 "十四五"教育事业发展主要目标      <- caption (the line above)
    指标名称 | 2020年 | 2025年 | 属性        <- header row
    学前教育毛入园率(%) | 98.91 | 99 | 预期性

Saved pages often lose the rows' line breaks (every cell on its own line between `|` lines, rows run
together), so the width is found, not assumed: the smallest number of columns for which every row
starts with a label (never a number, never empty), the header row holds no bare number, and at least
two rows hold figures. A stretch of cells for which no width fits is not a table and stays prose.
A table numbering its rows (序号 | 项目 | …) is cut at its row numbers instead (_serial_grid).

A run no width fits may still be a table one cell a line whose rows are not all as wide as the header
(a cell merged down from the row above is not in the text): _labelled_grid reads it by its structure.

Tables flattened with spaces between cells (no `|` at all) are read by spaced_grids, below: one cell a
line too, and a bilingual yearbook's (Item 2006 2007 over sections 学校数 / 专任教师 alone on their lines).

Past 400 lines for a reason: the `|` and the spaced readers share the cell tests (_NUMBER, _PLACEHOLDER,
_caption) and are one job, a text's flattened tables back into grids; split, each half would import the other's.
"""

from __future__ import annotations

import re

from checker.intake.extract.readers import Grid

# a separator: `|` alone on its line, or between spaces on a line (a cell never holds a `|`)
_SEP = re.compile(r"\n[ \t]*\|[ \t]*(?=\n)|[ \t]*\|+[ \t]*")
# a figure cell: digits (grouped in threes by commas, 15,230), a share sign or a count's or money's unit written in the
# cell (24所, 15230人, 85210万元); a year (2022年) is no figure
_NUMBER = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|亿元|万元|千元|元|人|名|所|个|班)?$")
_MAX_CELL = 40
_BARE = re.compile(r"^-?\d+(?:\.\d+)?$")  # a figure without a unit or a share sign
_RULE = re.compile(r"^:?-{3,}:?$")  # a markdown table's rule under its header
_MAX_WIDTH = 10


def text_grids(text: str) -> tuple[Grid, ...]:
    """The `|`-separated tables of a text, numbered in order, then those whose cells are apart by spaces."""
    grids: list[Grid] = []
    for run in _runs(text):
        grid = _grid(text, run, len(grids) + 1)
        if grid is not None:
            grids.append(grid)
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
        after = text.find("\n", line_end + 1)  # the end of the line after the title's
        follows = any(line_end < a <= (len(text) if after < 0 else after) for a in starts)  # a table starts there
        if below and below[1] > below[0] and _TITLE.match(text[below[0]:below[1]]) and not follows \
                and not (_TITLE.match(above) or _UNIT_LINE.search(above) or "单位" in above):
            grid = Grid(grid.number, grid.cells, below, grid.merged, grid.labels)
        out.append(grid)
    return tuple(out)


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Maximal runs of short cells joined by separators: each cell's (start, end), stripped."""
    runs, cells, pos = [], [], 0
    opened = False  # whether the run's rows open with a `|`
    for m in _SEP.finditer(text):
        cell = _strip(text, pos, m.start())
        raw = text[pos:m.start()]
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


# --- tables whose cells are separated by runs of spaces (a page's table flattened into text) ---------

# a token: a run of characters between spaces, tabs or line breaks
_TOKEN = re.compile(r"[^\s]+")
_HAN = re.compile(r"^[\u4e00-\u9fff]$")
_PLACEHOLDER = frozenset({"*", "—", "-", "－", "/", "…"})  # an empty cell written as a mark
_PROSE = re.compile(r"[。，,；;！？]")
_SERIAL = re.compile(r"^(?:序号|编号|序)$")
_MIN_COLUMNS = 2
_ENGLISH = re.compile(r"^[(（]?[A-Za-z][A-Za-z,.&'’-]*[)）]?$")
_UNIT_CELL = re.compile(r"^[(（](?:亿元|万元|千元|元|%|万人|人|所|个|班|平方米|万平方米)[)）]$")
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
# the label column's header in a table one cell a line (项目, 学段, 指标, 类别): a short word, no figure, no title's
_CORNER = re.compile(r"^(?!表)[^\d:：单]{1,6}$")
_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位\s*[:：]")


def spaced_grids(text: str, first: int = 1) -> tuple[Grid, ...]:
    """Tables whose cells are separated by runs of spaces or line breaks, numbered from `first`.

    A web page saved as text keeps such a table as its cells in reading order: a header of labels
    (a label broken over lines, 学校占地面积 / (平方米), is one label), then rows of a label and as many
    figures as the header has columns (an empty cell dropped or written as a mark, `*`, `—`). So a table
    is a run of at least three labels followed by rows whose figures number as the labels end: its last
    k labels head the k figure columns, the labels before them on their line head the label columns
    (序号 市 县 类型). A row's labels fill the label columns from the right, a label column it leaves
    empty continuing the row above's (a cell merged down); a row broken over two lines with fewer
    figures than columns has its first line's figures in the first columns and its second line's in the
    last (the empty cells between were dropped); any other row whose figures do not fit is kept in
    columns of its own, outside the header's (its figures are read as no indicator's)."""
    tokens = _tokens(text)
    grids: list[Grid] = []
    for region in _regions(tokens):
        found = _spaced_tables(text, region, first + len(grids))
        grids += found or _pair_tables(text, region, first + len(grids))
    return tuple(grids)


def _pair_tables(text: str, region: list, first: int) -> list[Grid]:
    """Tables of one figure column (指标 数值 / 学前三年毛入园率(%) 91.2; 指标 单位 数值 / 教育经费总投入 万元 85210), which
    the reader above leaves (a row of one figure is no run of figures): a header line of two or three labels, then
    at least two lines right under it, each as many cells, its labels then one bare figure (a figure with its unit,
    学前三年毛入园率 91.2%, is the prose reader's, as a line of its own). The line above the header, all labels, is the
    caption."""
    lines: dict[int, list] = {}
    for tok in region:
        lines.setdefault(tok[3], []).append(tok)
    numbers, grids, at = sorted(lines), [], 0
    while at < len(numbers):
        head = lines[numbers[at]]
        rows, k = [], at + 1
        if 2 <= len(head) <= 3 and all(t[2] == "label" for t in head):
            while k < len(numbers) and numbers[k] == numbers[k - 1] + 1 and len(lines[numbers[k]]) == len(head) \
                    and all(t[2] == "label" for t in lines[numbers[k]][:-1]) and lines[numbers[k]][-1][2] == "value" \
                    and _BARE.match(text[lines[numbers[k]][-1][0]:lines[numbers[k]][-1][1]]):
                rows.append(lines[numbers[k]])
                k += 1
        if len(rows) < 2:
            at += 1
            continue
        above = lines.get(numbers[at] - 1) if at and numbers[at - 1] == numbers[at] - 1 else None
        caption = (above[0][0], above[-1][1]) if above and all(t[2] == "label" for t in above) else None
        cells = tuple(tuple((t[0], t[1]) for t in row) for row in [head] + rows)
        grids.append(Grid(first + len(grids), cells, caption, (), len(head) - 1))
        at = k
    return grids


def _tokens(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, kind, line) of each token: `value`, `label` or `prose`; single Chinese characters
    in a row (合 计, 庐 / 阳 / 区: a spread word) are one label, and so is a label with the bracketed
    unit on the line under it (学校占地面积 / (平方米))."""
    out: list[list] = []
    unit_lines = _unit_lines(text)
    line = 0
    pos = 0
    for m in _TOKEN.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        word = m.group()
        if _ENGLISH.match(word):
            continue  # a bilingual yearbook's translation (Number of Schools, (unit)): not a cell of its own
        kind = "value" if _NUMBER.match(word) or word in _PLACEHOLDER else \
            "prose" if _PROSE.search(word) or len(word) > _MAX_CELL or "|" in word else "label"
        prev = out[-1] if out else None
        if prev and kind == "label" and prev[2] == "label":
            if _HAN.match(word) and _HAN.match(text[prev[0]:prev[1]][-1]) and \
                    all(_HAN.match(ch) for ch in text[prev[0]:prev[1]].split()):
                prev[1] = m.end()  # 合 计: one word spread over cells
                continue
            if word[0] in "(（" and line not in unit_lines and (line > prev[3] or _UNIT_CELL.match(word)):
                prev[1] = m.end()  # a label's unit on the line under it, or beside it (学校数 (所))
                continue
        out.append([m.start(), m.end(), kind, line])
    return [tuple(t) for t in _header_years(text, out)]


def _unit_lines(text: str) -> set[int]:
    """The lines holding only two or more bracketed units ((所) (人) (人)): a header's unit row, one unit a column."""
    out = set()
    for number, line in enumerate(text.split("\n")):
        cells = line.split()
        if len(cells) >= 2 and all(_UNIT_CELL.match(cell) for cell in cells):
            out.add(number)
    return out


def _header_years(text: str, tokens: list[list]) -> list[list]:
    """Years heading the figure columns (项 目 2020 2021) are labels, not figures: a line whose figures are all
    distinct years, after a label, with rows of as many figures under it."""
    lines: dict[int, list] = {}
    for tok in tokens:
        lines.setdefault(tok[3], []).append(tok)
    for number, toks in lines.items():
        values = [t for t in toks if t[2] == "value"]
        years = [text[t[0]:t[1]] for t in values]
        named = toks[0][2] == "label" or _ENGLISH.match(text[text.rfind("\n", 0, toks[0][0]) + 1:toks[0][0]].strip())
        if values and len(values) >= 2 and named and len(set(years)) == len(years) \
                and all(_YEAR_CELL.match(y) for y in years):
            for t in values:
                t[2] = "label"
    _row_years(text, lines)
    return tokens


_YEAR_HEAD = re.compile(r"^(?:年\s*份|年\s*度|年)$")


def _row_years(text: str, lines: dict[int, list]) -> None:
    """Years labelling the rows (年份 学校数 在校生数 / 2020 25 14800 / 2021 24 15010): under a header line opening with
    年份 (or 年度), each following line opening with a year and holding figures after it as many as the header's
    other labels has the year as its label. Distinct years only; the first line that does not fit ends the rows."""
    numbers = sorted(lines)
    for at, number in enumerate(numbers):
        head = lines[number]
        words = [text[t[0]:t[1]] for t in head]
        if not _YEAR_HEAD.match(re.sub(r"\s+", "", words[0])) or any(t[2] != "label" for t in head) or len(head) < 3:
            continue
        seen = set()
        for row in numbers[at + 1:]:
            toks = lines[row]
            first = text[toks[0][0]:toks[0][1]]
            if not _YEAR_CELL.match(first) or first in seen or len(toks) != len(head) \
                    or any(t[2] != "value" for t in toks):
                break
            seen.add(first)
            toks[0][2] = "label"


def _regions(tokens: list) -> list[list]:
    """Stretches of tokens between prose."""
    regions, cur = [], []
    for tok in tokens:
        if tok[2] == "prose":
            if cur:
                regions.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur:
        regions.append(cur)
    return regions


def _segments(region: list) -> list[tuple[list, list]]:
    """The region as (labels, values) pairs: each run of labels with the run of figures after it."""
    segs: list[tuple[list, list]] = []
    labels: list = []
    values: list = []
    for tok in region:
        if tok[2] == "value":
            values.append(tok)
            continue
        if values:
            segs.append((labels, values))
            labels, values = [], []
        labels.append(tok)
    segs.append((labels, values))
    return segs


def _width(segs: list, at: int, text: str = "") -> int:
    """The number of figure columns the rows after a header have: the most frequent run of figures
    among the next few (of at least two figures). In a table numbering its rows (序号 in the header), a run
    whose last figure opens the next line is a row's figures and the next row's number (…31 6800⏎2 小学 …)."""
    serial = bool(text) and any(_SERIAL.match(text[tok[0]:tok[1]]) for tok in segs[at][0])
    lengths = [len(v) - (serial and len(v) > 2 and v[-1][3] > v[-2][3] and text[v[-1][0]:v[-1][1]].isdigit())
               for _, v in segs[at:at + 8] if len(v) >= 2]
    if not lengths:
        return 0
    return max(sorted(set(lengths)), key=lengths.count)


def _spaced_tables(text: str, region: list, first: int) -> list[Grid]:
    segs = _segments(region)
    grids: list[Grid] = []
    k = 0
    s = 0
    while s < len(segs):
        labels, values = segs[s]
        k = _width(segs, s, text)
        if k < _MIN_COLUMNS or len(labels) < k or not values:
            s += 1
            continue
        grid, s = _spaced_table(text, segs, s, k, first + len(grids))
        if grid is not None:
            grids.append(grid)
    return grids


def _spaced_table(text: str, segs: list, s: int, k: int, number: int) -> tuple[Grid | None, int]:
    """The table whose header ends segs[s]'s labels; (grid or None, the segment after it)."""
    labels, values = segs[s]
    own = [tok for tok in labels if tok[3] == values[0][3]]  # the first row's labels, on its line
    if len(labels) - len(own) < k:
        own = []  # the header and the first row on one line: the row's labels follow a 序号 figure
    if not own and len(labels) > k and _one_a_line(labels + values):
        own = labels[-1:]  # one cell a line (小学 / 120 / 90000 …): the label just above the figures is the row's
    sections, labels = _first_sections(labels, own, k)
    trail = _trailing(segs, s)
    if trail:  # 指标 2021年 2022年 属性 / 毛入园率(%) 88.5 91.2 预期性: label columns after the figures'
        pre = labels[:len(labels) - len(own)]
        if len(pre) < k + trail or len({tok[3] for tok in pre[-k - trail:]}) != 1:
            return None, s + 1  # rows end in labels the header does not head: which figure is whose year is unsure
        labels = pre[:-trail] + own
    units = _unit_row(text, labels[:len(labels) - len(own)], k)
    if units:  # 学段 学校数 在校生数 专任教师数 / (所) (人) (人): the units' row is a second header row
        labels = labels[:len(labels) - len(own) - k] + own
    heads = labels[len(labels) - len(own) - k:len(labels) - len(own)]
    lead = [tok for tok in labels[:len(labels) - len(own) - k] if tok[3] == heads[0][3]]
    corner = labels[len(labels) - len(own) - k - 1:len(labels) - len(own) - k] if len(labels) > len(own) + k else []
    if not lead and corner and _one_a_line(labels + values) and _CORNER.match(text[corner[0][0]:corner[0][1]]):
        lead = corner  # 项目 / 本年 / 上年 / 教育经费总投入 / 85210 …, one cell a line: 项目 heads the label column
    width = max(len(lead), 1)  # label columns: the headers before the figures' on their line
    serial = bool(lead) and _SERIAL.match(text[lead[0][0]:lead[0][1]]) is not None
    before = labels[:len(labels) - len(own) - k - len(lead)]
    blocks = _blocks(text, before, heads, corner=not lead)
    if blocks:  # 地区 专任教师数 在校生数 over 初中 小学 初中 小学: the quantities' line is a header row
        before = before[:len(before) - len(blocks[0]) - len(blocks[1])]
    above = [tok for tok in before if tok[3] < (lead or heads)[0][3]]
    caption = None
    if above:
        same = [tok for tok in above if tok[3] == above[-1][3]]
        if _UNIT_LINE.match(text[same[0][0]:same[-1][1]]):  # 单位:所、人 under the table's title: both are its caption
            same = [tok for tok in above if tok[3] >= above[-1][3] - 1]
        caption = (same[0][0], same[-1][1])
    header = [(tok[0], tok[1]) for tok in lead] or [(heads[0][0], heads[0][0])]
    rows: list[list[tuple[int, int]]] = [header + [(tok[0], tok[1]) for tok in heads]]
    merged: list[list[int]] = []
    if blocks:
        corner, groups = blocks
        size = k // len(groups)
        rows.insert(0, ([(corner[0][0], corner[0][1])] if corner else [(a, a) for a, _ in header])
                    + [(tok[0], tok[1]) for tok in groups for _ in range(size)])
        merged += [[0, width + i * size, 0, width + (i + 1) * size - 1] for i in range(len(groups))]
        if corner:
            merged.append([0, 0, 1, 0])  # 地区 heads the label column over both header lines
    if units:
        rows.append([(a, a) for a, _ in header] + [(tok[0], tok[1]) for tok in units])
    top = len(rows)  # the header's rows
    open_label: dict[int, list[int]] = {}  # label column -> the merged cell it continues
    t = s
    rows_line = values[-1][3]
    while True:
        if serial and len(values) == 1 and not own and t + 1 < len(segs):
            own, values = values + segs[t + 1][0], segs[t + 1][1]  # 1 合肥市 …: the 序号 cell, then labels
            t += 1
        if serial and len(values) == k + 1 and _NUMBER.match(text[values[-1][0]:values[-1][1]]):
            nxt = values[-1:]  # …0.314 2 蜀山区: the last figure is the next row's 序号
            values = values[:-1]
        else:
            nxt = []
        cells = _row_cells(values, k) if values else None
        if cells is None:
            break  # figures that fit no row of this table: it has ended
        if width == 1 and not serial and sections:
            rows += [[(tok[0], tok[1])] for tok in sections]  # 学校数 alone on its line: a section row
        r = len(rows)
        row = []
        for c in range(width):
            at = c - (width - len(own[-width:]))
            if at >= 0:
                tok = own[-width:][at]
                row.append((tok[0], tok[1]))
                open_label.pop(c, None)
                continue
            row.append((values[0][0], values[0][0]))
            if r > top:
                span = open_label.get(c)
                if span is None:
                    span = [r - 1, c, r, c]
                    merged.append(span)
                    open_label[c] = span
                span[2] = r
        end = values[-1][1]
        rows.append(row + [(a, b) if a is not None else (end, end) for a, b in cells])
        t += 1
        if t >= len(segs):
            break
        own, values = nxt + segs[t][0], segs[t][1]
        if trail:  # the row above's cells after its figures (预期性), on its line: not this row's labels
            ended = [tok for tok in own if tok[3] == rows_line]
            if len(ended) != trail:
                break
            own = own[trail:]
        rows_line = values[-1][3] if values else -1
        on_line = [tok for tok in own if values and tok[3] == values[0][3]]
        sections = [tok for tok in own[:len(own) - width] if tok[3] < on_line[0][3]] \
            if len(on_line) >= width and len({tok[3] for tok in own}) == len(own) - len(on_line) + 1 else []
        if len(segs[t][0]) >= k + width and _width(segs, t) >= _MIN_COLUMNS:
            break  # more labels than a row has and a header needs: another table
    figured = sum(1 for row in rows[top:] if any(b > a for a, b in row[width:width + k]))
    least = 1 if blocks and all(len(row) == width + k for row in rows[top:]) else 2  # 专任教师数 在校生数 / 类别 小学 初中
    if len(rows) < top + least or figured < least:  # 小学 初中 / 合计 986 612 15230 7810: one full row under blocks
        return None, max(t, s + 1)
    size = max(len(row) for row in rows)
    for row in rows:
        row += [(row[-1][1], row[-1][1])] * (size - len(row))
    return Grid(number, tuple(tuple(row) for row in rows), caption, tuple(tuple(m) for m in merged),
                width), max(t, s + 1)


def _trailing(segs: list, s: int) -> int:
    """How many label cells end each row, after its figures (a plan's 属性 column: 预期性, 约束性): the labels after
    segs[s]'s figures on their line, when the next row's own labels start a later line; 0 when none (or when the
    next row runs on the same line: a table flattened onto one line, whose labels after figures open the next row)."""
    if s + 1 >= len(segs) or not segs[s][1]:
        return 0
    line = segs[s][1][-1][3]
    after = [tok for tok in segs[s + 1][0] if tok[3] == line]
    rest = segs[s + 1][0][len(after):]
    if not after or not rest or segs[s + 1][0][:len(after)] != after or {tok[3] for tok in rest} != {line + 1} \
            or any(v[3] != line + 1 for v in segs[s + 1][1]):
        return 0  # the next row is not one line of its own right under
    return len(after)


def _blocks(text: str, before: list, heads: list, corner: bool) -> tuple[list, list] | None:
    """A line of quantities each heading a block of the figure columns (专任教师数 在校生数 over 初中 小学 初中 小学):
    (the label column's header, 地区, if the line has one — only when the heads' line has none, `corner`; the
    quantities), or None. Only when the line is the one just above the heads, the heads stand on one line, and
    they repeat block by block, one block a quantity: which quantity heads which column is then certain."""
    if not before or len({tok[3] for tok in heads}) != 1 or before[-1][3] != heads[0][3] - 1:
        return None
    line = [tok for tok in before if tok[3] == before[-1][3]]
    if _UNIT_LINE.match(text[line[0][0]:line[-1][1]]) or re.match(r"\s*(?:表|\d+\s*[-—.])", text[line[0][0]:line[0][1]]):
        return None  # 单位:人 / 表3 各县学校数 / 8-5 各县…: the table's title, never its header
    names = [text[a:b] for a, b, _, _ in heads]
    for first in ((line[:1], []) if corner else ([],)):
        groups = line[len(first):]
        if len(groups) >= 2 and len(names) % len(groups) == 0:
            size = len(names) // len(groups)
            if size >= 2 and all(names[i] == names[i % size] for i in range(len(names))):
                return first, groups
    return None


def _unit_row(text: str, pre: list, k: int) -> list:
    """The last k header labels when they are a row of units alone on their line ((所) (人) (人)) right under a line
    ending in k labels (学校数 在校生数 专任教师数): one unit per figure column, in order; else []."""
    if len(pre) < 2 * k or len({tok[3] for tok in pre[-k:]}) != 1 or len({tok[3] for tok in pre[-2 * k:-k]}) != 1:
        return []
    if pre[-k][3] != pre[-k - 1][3] + 1 or not all(_UNIT_CELL.match(text[tok[0]:tok[1]]) for tok in pre[-k:]):
        return []
    return pre[-k:]


def _one_a_line(tokens: list) -> bool:
    return len({tok[3] for tok in tokens}) == len(tokens)


def _first_sections(labels: list, own: list, k: int) -> tuple[list, list]:
    """A yearbook's first section (学校数 alone on its line between the header and the first row, its figures'
    header `Item 2006 2007` on one line): (the section labels, the labels without them). Only when the last
    k labels would span lines while a line above holds all k, and those after it stand one a line."""
    pre = labels[:len(labels) - len(own)]
    if len(pre) < k or len({tok[3] for tok in pre[-k:]}) == 1:
        return [], labels
    full = [line for line in sorted({tok[3] for tok in pre}) if sum(tok[3] == line for tok in pre) >= k]
    if not full:
        return [], labels
    after = [tok for tok in pre if tok[3] > full[-1]]
    if not after or len(after) >= k or len({tok[3] for tok in after}) != len(after):
        return [], labels
    return after, [tok for tok in labels if tok not in after]


def _row_cells(values: list, k: int) -> list[tuple[int | None, int | None]] | None:
    """A row's figure cells, (None, None) for an empty one: all k in order; fewer on two lines: the
    first line's first, the second line's last; fewer otherwise: after the header's columns (no one's);
    more: None (not a row of this table)."""
    if len(values) > k:
        return None
    cells = [(v[0], v[1]) for v in values]
    if len(values) == k:
        return cells
    lines = sorted({v[3] for v in values})
    if len(lines) == 2:
        top = sum(1 for v in values if v[3] == lines[0])
        return cells[:top] + [(None, None)] * (k - len(values)) + cells[top:]
    return [(None, None)] * k + cells
