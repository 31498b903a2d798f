"""Build each `<stem>.docx` here from the table in `<stem>.txt` (a stored web page): the paragraphs
above and below as they are, the table's rows and cells exactly as the page gives them (README.md says
how each page's flattened rows were split into cells). Run once by hand; the .docx files are committed.

    .venv/bin/python tests/data/reports/tables/build_docx.py
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx

HERE = Path(__file__).parent
FIXED = datetime(2026, 12, 7)  # the files' own dates, so that a rebuild gives the same document


def _cells(text: str) -> list[str]:
    """`a |` lines of a page saved as text: one cell a line."""
    return [line.rstrip(" |").strip() for line in text]


def jiangmen(text: str):
    lines = text.splitlines()
    cells = _cells(lines[1:lines.index("备注:")])
    rows, k = [], 0
    widths = [7] * 4 + [6] + [7] * 4  # 普通高中 (the 5th row) has one cell fewer: its 教职工数 is merged with 初中's
    for w in widths:
        rows.append(cells[k:k + w])
        k += w
    assert k == len(cells)
    rows[4].insert(4, None)  # the merged cell
    return [lines[0]], rows, lines[lines.index("备注:"):], {(3, 4): (4, 4)}


def chongqing(text: str):
    lines = text.splitlines()
    rows = [["Item", "2006", "2007"]]
    for line in lines[4:]:
        parts = line.rsplit(" ", 2)
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            rows.append([parts[0].strip(), parts[1], parts[2]])
        else:
            rows.append([line.strip(), "", ""])  # a section row: 学校数, 专任教师, 招生数
    return lines[:3], rows, [], {}


def huzhou(text: str):
    lines = text.splitlines()
    rows = [
        ["", "学校数", "招生数", "毕业生数", "在  校", "教职工", ""],
        ["", "(所)", "(人)", "(人)", "学生数", "人  数", "#专任"],
        ["", "", "", "", "(人)", "(人)", "教师"],
        ["1.高等学校", "3", "6968", "4574", "21096", "1658", "1102"],
        ["2.普通中学", "54", "20102", "19218", "61151", "4217", "3752"],
        ["初中", "44", "14071", "12830", "41382", "", "2555"],
        ["高中", "10", "6031", "6388", "19769", "", "1197"],
        ["3.中等职业学校", "10", "4493", "5116", "14609", "726", "565"],
        ["#普通中专", "3", "3357", "3147", "10097", "423", "337"],
        ["成人中专", "", "60", "40", "186", "", ""],
        ["职业高中", "7", "730", "1620", "3412", "245", "179"],
        ["4.小    学", "71", "12127", "14781", "74649", "3861", "3553"],
        ["5.幼 儿 园", "68", "8309", "9898", "25282", "1944", "1350"],
        ["6.特殊教育", "2", "28", "31", "383", "49", "39"],
        ["7.技工学校", "1", "240", "370", "959", "50", "35"],
    ]
    for row in rows[3:]:  # every data row's cells are the page's line, in order
        line = next(x for x in lines if x.strip().startswith(row[0]))
        assert line.split() == [c for c in " ".join(row).split()], line
    return [lines[0]], rows, [], {}


def build(stem: str, make) -> None:
    above, rows, below, merges = make((HERE / f"{stem}.txt").read_text(encoding="utf-8"))
    document = docx.Document()
    for line in above:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
    for (r0, c0), (r1, c1) in merges.items():
        table.cell(r0, c0).merge(table.cell(r1, c1))
        table.cell(r0, c0).text = rows[r0][c0]
    for line in below:
        document.add_paragraph(line)
    props = document.core_properties
    props.author, props.created, props.modified, props.last_modified_by = "", FIXED, FIXED, ""
    document.save(HERE / f"{stem}.docx")


if __name__ == "__main__":
    build("jiangmen-2024", jiangmen)
    build("chongqing-2007", chongqing)
    build("huzhou-2007", huzhou)
