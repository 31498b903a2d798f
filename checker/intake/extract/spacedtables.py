"""Tables flattened with runs of spaces or line breaks between their cells (no `|` at all), read as grids: one cell a
line too, a bilingual yearbook's (Item 2006 2007 over sections 学校数 / 专任教师 alone on their lines), quantities over
blocks of stage columns (专任教师数 在校生数 / 初中 小学 初中 小学), cells after the figures (a 属性 column, an unheaded
unit column, a label column the header names: 学校数 在校生数 学段 / 24 15230 小学).

Past 400 lines for a reason: every rule here reads the same tokens (_tokens: value, label or prose, by line) and the
segments they make (_segments: labels then figures); split, each part would need both passed to it.
"""

from __future__ import annotations

import re

from checker.intake.extract.cells import (_BARE, _MAX_CELL, _NUMBER, _PLACEHOLDER, _UNIT_CELL, _UNIT_END, _UNIT_HEAD,
                                          _UNIT_LINE)
from checker.intake.extract.readers import Grid

# a token: a run of characters between spaces, tabs or line breaks
_TOKEN = re.compile(r"[^\s]+")
_HAN = re.compile(r"^[\u4e00-\u9fff]$")
_PROSE = re.compile(r"[。，,；;！？]")
_SERIAL = re.compile(r"^(?:序号|编号|序)$")
_MIN_COLUMNS = 2
_ENGLISH = re.compile(r"^[(（]?[A-Za-z][A-Za-z,.&'’-]*[)）]?$")
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
# the label column's header in a table one cell a line (项目, 学段, 指标, 类别): a short word, no figure, no title's
_CORNER = re.compile(r"^(?!表)[^\d:：单]{1,6}$")
# a header naming what a label column holds (学段 over 小学 初中, 地区 over 桐溪县): a row's label column, never a figure's
_ROW_NAME = re.compile(r"^(?:学\s*段|类\s*别|学校类别|学校类型|类\s*型|地\s*区|区\s*域|单\s*位|年\s*份|年\s*度)$")
# a header of a column of words about the row (预期性, 含教学点, 人): never a figure column's either
_WORDS_HEAD = re.compile(r"^(?:(?:计量)?单\s*位|(?:指标)?属\s*性|备\s*注|说\s*明)$")
# the label column's header in a row of headers (项目, 指标, 学段): a corner, never a figure column's
_CORNER_WORD = re.compile(r"^(?:项\s*目|指\s*标|(?:指标|统计)?名\s*称|统计项目|内\s*容|学\s*段|类\s*别|类\s*型|学校类[别型])$")
# a cell that is only a unit (人, 所, %, 万元): a unit column's, no row's label
_UNIT_WORD = re.compile(r"^[(（]?(?:亿元|万元|千元|元|%|万人|人|名|所|个|班|平方米|万平方米)[)）]?$")


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
        found = _unit_column_tables(text, region, first + len(grids)) or _spaced_tables(text, region, first + len(grids))
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


_YEAR_HEAD_CELL = re.compile(r"^(?:19|20)\d\d年?$")


def _unit_column_tables(text: str, region: list, first: int) -> list[Grid]:
    """A table one cell a line whose header is a unit column's and the years' (单位 / 2014年 / 2015年), each row a label,
    its unit and a figure a year (学校所数 / 所 / 958 / 946), as a statistics communiqué's table is flattened: read with
    the label and the unit as its label columns. At least two rows; the line above the header, a label, its caption."""
    lines: dict[int, list] = {}
    for tok in region:
        lines.setdefault(tok[3], []).append(tok)
    numbers = sorted(lines)
    cell = lambda n: text[lines[n][0][0]:lines[n][0][1]] if len(lines[n]) == 1 else None  # noqa: E731
    grids, at = [], 0
    while at < len(numbers):
        if cell(numbers[at]) is None or not _UNIT_HEAD.match(cell(numbers[at])):
            at += 1
            continue
        years, k = [], at + 1
        while k < len(numbers) and numbers[k] == numbers[k - 1] + 1 and cell(numbers[k]) is not None \
                and _YEAR_HEAD_CELL.match(cell(numbers[k])) and cell(numbers[k]) not in years:
            years.append(cell(numbers[k]))
            k += 1
        width, rows = len(years), []
        while width and k + 1 + width < len(numbers) \
                and all(numbers[k + i] == numbers[k] + i and cell(numbers[k + i]) is not None for i in range(2 + width)) \
                and lines[numbers[k]][0][2] == "label" and _UNIT_WORD.match(cell(numbers[k + 1])) \
                and all(lines[numbers[k + 2 + i]][0][2] == "value" for i in range(width)):
            rows.append([lines[numbers[k + i]][0] for i in range(2 + width)])
            k += 2 + width
        if len(rows) < 2:
            at += 1
            continue
        head = [lines[numbers[at + i]][0] for i in range(1 + width)]
        above = lines.get(numbers[at] - 1)
        caption = (above[0][0], above[-1][1]) if above and at and numbers[at - 1] == numbers[at] - 1 \
            and all(t[2] == "label" for t in above) else None
        corner = (head[0][0], head[0][0])
        cells = ((corner,) + tuple((t[0], t[1]) for t in head),) + tuple(tuple((t[0], t[1]) for t in row) for row in rows)
        grids.append(Grid(first + len(grids), cells, caption, (), 2))
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
        after = _labels_after(segs, s, k)
        if after:  # 学校数 在校生数 学段 / 24 15230 小学: the rows' labels follow their figures
            grid, s = _after_table(text, segs, s, k, after, first + len(grids))
        else:
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
    labels = _joined_heads(text, labels, own, k)
    sections, labels = _first_sections(labels, own, k)
    trail = _trailing(segs, s)
    if trail:  # 指标 2021年 2022年 属性 / 毛入园率(%) 88.5 91.2 预期性: label columns after the figures'
        pre = labels[:len(labels) - len(own)]
        headed = _trail_headed(text, pre, len(own), k, trail)
        if headed is None:
            return None, s + 1  # rows end in labels the header may or may not head: which figure is whose year is unsure
        if headed:
            labels = pre[:-trail] + own
    units = _unit_row(text, labels[:len(labels) - len(own)], k)
    if units:  # 学段 学校数 在校生数 专任教师数 / (所) (人) (人): the units' row is a second header row
        labels = labels[:len(labels) - len(own) - k] + own
    heads = labels[len(labels) - len(own) - k:len(labels) - len(own)]
    if any(_ROW_NAME.match(text[a:b]) or _WORDS_HEAD.match(text[a:b]) for a, b, _, _ in heads):
        return None, s + 1  # a figure column headed 学段 or 备注: the columns are not where the header puts them
    lead = [tok for tok in labels[:len(labels) - len(own) - k] if tok[3] == heads[0][3]]
    corner = labels[len(labels) - len(own) - k - 1:len(labels) - len(own) - k] if len(labels) > len(own) + k else []
    if not lead and corner and _one_a_line(labels + values) and _CORNER.match(text[corner[0][0]:corner[0][1]]):
        lead = corner  # 项目 / 本年 / 上年 / 教育经费总投入 / 85210 …, one cell a line: 项目 heads the label column
    elif not lead and corner and _one_a_line(corner + heads) and _CORNER_WORD.match(text[corner[0][0]:corner[0][1]]):
        lead = corner  # 类别 / 合计 / 城区 / 幼儿园 16482 6125 …: a header one cell a line over rows on a line each
    if len(lead) > max(len(own), 1) and len({tok[3] for tok in heads}) > 1:
        return None, s + 1  # 学校类别 学校数 教学班数 学生数 专任教师数 / 招生数 毕业生数 在校学生数 over rows of one label and six
        # figures: a header cell spanning the line under it (学生数 over three), its columns not where the lines put them
        # (h-docs37d: 13 figures read under the wrong column)
    width = max(len(lead), 1)  # label columns: the headers before the figures' on their line
    serial = bool(lead) and _SERIAL.match(text[lead[0][0]:lead[0][1]]) is not None
    before = labels[:len(labels) - len(own) - k - len(lead)]
    blocks = _blocks(text, before, heads, corner=not lead)
    if blocks:  # 地区 专任教师数 在校生数 over 初中 小学 初中 小学: the quantities' line is a header row
        before = before[:len(before) - len(blocks[0]) - len(blocks[1])]
    above = [tok for tok in before if tok[3] < (lead or heads)[0][3]]
    caption = _caption(text, above)
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


def _trail_headed(text: str, pre: list, width: int, k: int, trail: int) -> bool | None:
    """Whether the header heads the rows' `trail` cells after their figures: True when its line has a label for each
    of the rows' columns (项目 2022年 2023年 单位 over 在校生数 14800 15230 人), or for each but the rows' own label
    column's and the last ones name a column of words (2022年 2023年 单位); False when it has `trail` fewer, one a
    label column and one a figure column, the cells unheaded (项目 2022年 2023年 over 在校生数 14800 15230 人: every
    header kept, the cells dropped) — where the line could also be the figures' and the cells' headers without a
    corner (as many labels as a row has label cells after its figures), only when its first is a corner's word (项目,
    指标, 学段…); None when neither fits (which figure is whose year is unsure)."""
    if not pre:
        return None
    line = [tok for tok in pre if tok[3] == pre[-1][3]]
    words = [text[a:b] for a, b, _, _ in line]
    if len(line) == width + k + trail or (len(line) == k + trail and all(_WORDS_HEAD.match(w) for w in words[-trail:])):
        return True
    if len(line) != width + k or any(_ROW_NAME.match(w) or _WORDS_HEAD.match(w) for w in words[-trail:]) \
            or any(ch.isdigit() for w in words[:width] for ch in w):
        return None  # 项目 2022年 over 在校生数 14800 15230 人; 2022年 2023年 口径 over …含教学点: a corner or a year?
    if width == trail and not _CORNER_WORD.match(words[0]):
        return None  # 小学 初中 口径 over 在校生数 15230 7810 含教学点: 小学 the corner or the first figures' header?
    return False


def _labels_after(segs: list, s: int, k: int) -> int:
    """How many labels follow segs[s]'s figures on their line when no label precedes them there (学校数 在校生数 学段 /
    24 15230 小学): the rows' labels after their figures; 0 when a label precedes them, none follows or the figures are
    not the k of a row on one line (1 幼儿园 31 6800: a 序号 before the row's label)."""
    labels, values = segs[s]
    line = values[0][3]
    if s + 1 >= len(segs) or len(values) != k or any(tok[3] == line for tok in labels) or len({v[3] for v in values}) != 1:
        return 0
    return sum(1 for tok in segs[s + 1][0] if tok[3] == line)


def _after_table(text: str, segs: list, s: int, k: int, m: int, number: int) -> tuple[Grid | None, int]:
    """A table whose rows' m labels follow their figures (学校数 在校生数 学段 / 24 15230 小学 / 9 7810 初中), read as
    one whose label columns come first (学段 学校数 在校生数 / 小学 24 15230): only when the header's line has k + m
    labels, its last m naming what the rows' labels are (学段, 类别, 地区, 年份…; not 单位, whose rows are schools or
    units) and every row is k figures on a line of their own and m labels after them, none of them a unit; else no
    table at all (never a figure read under the label column's header). The figures' places (表1 第2行第2列) count the label columns first, as read."""
    labels = segs[s][0]
    header = [tok for tok in labels if tok[3] == labels[-1][3]]
    rows, t = [], s
    while t < len(segs):
        values = segs[t][1]
        if len(values) != k or len({v[3] for v in values}) != 1 or (t > s and any(
                tok[3] != rows[-1][1][0][3] for tok in segs[t][0])):
            break  # not k figures on a line with only the row above's labels before them: the table has ended
        after = [tok for tok in segs[t + 1][0] if tok[3] == values[0][3]] if t + 1 < len(segs) else []
        if len(after) != m:
            return None, t + 1  # a row ending in more or fewer labels than the others: whose label is whose is unsure
        rows.append((after, values))
        t += 1
    names = [text[a:b] for a, b, _, _ in header[-m:]]
    fits = len(header) == k + m and all(_ROW_NAME.match(n) and not _WORDS_HEAD.match(n) for n in names) \
        and len(rows) >= 2 \
        and not any(_UNIT_WORD.match(text[a:b]) for after, _ in rows for a, b, _, _ in after)
    if not fits:
        return None, max(t, s + 1)
    above = [tok for tok in labels if tok[3] < header[0][3]]
    cells = [tuple((a, b) for a, b, _, _ in header[-m:] + header[:k])]
    cells += [tuple((a, b) for a, b, _, _ in after + values) for after, values in rows]
    return Grid(number, tuple(cells), _caption(text, above), (), m), t


def _caption(text: str, above: list) -> tuple[int, int] | None:
    """The table's caption: the last line of labels above its header (with the title above when it is 单位:…)."""
    if not above:
        return None
    same = [tok for tok in above if tok[3] == above[-1][3]]
    if _UNIT_LINE.match(text[same[0][0]:same[-1][1]]):  # 单位:所、人 under the table's title: both are its caption
        same = [tok for tok in above if tok[3] >= above[-1][3] - 1]
        if len(same) == len([tok for tok in above if tok[3] == above[-1][3]]) and len(above) > len(same) \
                and text.count("\n", above[-len(same) - 1][0], same[0][0]) == 2:
            title = above[-len(same) - 1][3]  # 表19-2 分城乡… / (2023年) / 单位:人: the title's line ends in its year's
            same = [tok for tok in above if tok[3] >= title]
    return same[0][0], same[-1][1]


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


def _joined_heads(text: str, labels: list, own: list, k: int) -> list:
    """A header one cell a line whose cells are broken at any character, each ended by its unit on a line of its own
    (学校数 / (所) / 教学班 / 数 / (个) / 在校学 / 生数 / (人)), as a yearbook's PDF gives it: each column's pieces joined
    into one label, back to the unit that ends the column before. Only when the header's last labels stand one a line,
    the last ends in a unit, exactly k of them do, and some piece stands without one (else nothing is broken); the
    first column's pieces go back to a label column's header (类别, 学校类别) or a line that is no piece."""
    pre = labels[:len(labels) - len(own)]
    run = 0  # the header's labels standing one a line, from its end
    while run < len(pre) and (run == 0 or pre[-run - 1][3] < pre[-run][3]) \
            and sum(tok[3] == pre[-run - 1][3] for tok in pre) == 1:
        run += 1
    tail = pre[len(pre) - run:]
    ends = [i for i, tok in enumerate(tail) if _UNIT_END.search(text[tok[0]:tok[1]])]
    if len(ends) != k or not tail or ends[-1] != len(tail) - 1 or len(tail) - ends[0] - 1 == k - 1:
        return labels
    first = ends[0]
    word = lambda i: re.sub(r"\s+", "", _UNIT_END.sub("", text[tail[i][0]:tail[i][1]]))  # noqa: E731
    joined = len(word(first)) if len(word(first)) <= 2 else 4  # a word of three or more before its unit is whole
    while first > 0 and joined < 4 and _PIECE.match(word(first - 1)) and not _CORNER_WORD.match(word(first - 1)) \
            and not _ROW_NAME.match(word(first - 1)):
        first -= 1  # back over the pieces of a word broken short (教学班 / 数 / (个)), never past a whole one (学校数 (所)):
        joined += len(word(first))  # a word above it (民办, 城区, 全市) is no piece of it (h-review36a)
    heads, start = [], first
    for end in ends:
        pieces = tail[start:end + 1]
        heads.append((pieces[0][0], pieces[-1][1], "label", pieces[0][3]))
        start = end + 1
    if len(heads) != k or all(a == b for a, b in zip(heads, tail[len(tail) - k:])):
        return labels
    return pre[:len(pre) - run] + tail[:first] + heads + own


# a piece of a broken header: a few Chinese characters, no figure
_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,4}$")


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
