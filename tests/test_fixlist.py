"""A county's fix list (issue 21): a filled form with ordinary mistakes — a figure that fails, rows
left blank, a stage cleared, a year typed 2012 — gives, at the top of its output, what to fix,
binding problems first, each with its cell; the terminal and CSV show a problem's cell too."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from checker.api import check
from checker.report.render import render, render_text
from checker.report.render.fixlist import fixes, shown
from checker.rules.library import load_packs
from checker.rules.template import render as template

PACKS = load_packs()


@pytest.fixture(scope="module")
def form(tmp_path_factory):
    """The pack's form, filled as a county statistician might: the cells of what was done wrong."""
    wb = load_workbook(io.BytesIO(b"".join(template(PACKS, 2021, "xlsx"))))
    for row, value in zip(range(2, 7), ("530302", "麒麟区", "county", "west", 2021)):
        wb["单位"].cell(row=row, column=4, value=value)
    ws = wb["数据"]
    header = [c.value for c in ws[1]]
    col = {k: header.index(k) + 1 for k in header}
    index = {(r[0], r[3], r[5]): n for n, r in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1)}
    cells = {}
    for stage in ("kindergarten", "primary", "junior"):
        for year, value in ((2021, 10000), (2020, 10100)):  # less than last year: fails
            ws.cell(row=index[("per_student_general_budget_expenditure", stage, year)], column=col["value"], value=value)
    cleared = index[("per_student_general_budget_expenditure", "kindergarten", 2021)]
    ws.cell(row=cleared, column=col["stage"]).value = None  # a stage cleared (cell(value=None) would not write)
    typo = index[("per_student_general_budget_expenditure", "primary", 2021)]
    ws.cell(row=typo, column=col["period"], value=2012)  # a year mistyped
    cells["cleared"], cells["typo"] = f"G{cleared}", f"G{typo}"
    cells["junior"] = [f"G{index[('per_student_general_budget_expenditure', 'junior', y)]}" for y in (2021, 2020)]
    cells["surcharge"] = f"G{index[('edu_surcharge_collected', None, 2021)]}"
    path = tmp_path_factory.mktemp("form") / "表格.xlsx"
    wb.save(path)
    return path, cells


@pytest.fixture(scope="module")
def record(form):
    return check([form[0]]).record()


def test_the_list_puts_binding_problems_first_each_with_its_cell(record, form):
    _path, cells = form
    items = fixes(record, "zh")
    assert shown(record)
    blocking = [x for x in items if x.blocking]
    assert blocking and items[:len(blocking)] == blocking  # binding first
    assert [x.kind for x in blocking][:1] == ["fail"]  # a failing figure before missing ones
    junior = next(x for x in items if x.kind == "fail")
    assert junior.places == tuple(f"数据!{c}" for c in cells["junior"])
    assert "10,000" in junior.problem and "生均一般公共预算教育支出逐年只增不减" in junior.needs
    assert any(f"数据!{cells['surcharge']}" in x.places and x.kind == "missing" for x in blocking)
    assert all(x.places for x in items)  # every item has a place
    advisory = [x for x in items if not x.blocking]
    assert advisory and all(x.kind in ("warn", "broken") for x in advisory)


def test_the_broken_rows_get_their_place(record, form):
    """The stage cleared and the year 2012: the missing figures point at the rows that hold them."""
    _path, cells = form
    items = fixes(record, "zh")
    kindergarten = next(x for x in items if "学前生均一般公共预算教育支出(2021年)" in x.problem)
    assert kindergarten.places == (f"数据!{cells['cleared']}",) and "学段或年度不符" in kindergarten.problem
    primary = next(x for x in items if "小学生均一般公共预算教育支出(2021年)" in x.problem)
    assert primary.places == (f"数据!{cells['typo']}",) and "2012年" in primary.problem
    english = fixes(record, "en")
    assert any(x.places == (f"数据!{cells['typo']}",) and "2012" in x.problem and "another stage or year" in x.problem
               for x in english)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_terminal_and_markdown_open_with_the_list(record, form, lang):
    _path, cells = form
    title = "需要处理" if lang == "zh" else "To do"
    table = render_text(record, "table", lang)
    assert table.startswith(f"{title} (")
    first = table.splitlines()[1]
    assert first.startswith(f"  1. 数据!{cells['junior'][0]}")
    advisory = "预警级问题" if lang == "zh" else "advisory problem"
    assert advisory in table[:table.index("530302")]
    markdown = render_text(record, "markdown", lang)
    assert markdown.startswith(f"## {title} (") and f"1. 数据!{cells['junior'][0]}" in markdown
    assert markdown.index(title) < markdown.index("## 530302")


def test_the_terminal_table_shows_a_problems_cell(record, form):
    _path, cells = form
    table = "".join(render(record, "table", "zh", width=200))
    body = table[table.index("530302 麒麟区"):]
    assert f"@ 数据!{cells['junior'][0]}、数据!{cells['junior'][1]}" in body
    assert f"@ 数据!{cells['surcharge']}" in body


def test_csv_names_the_cell_to_fill_or_correct(record, form):
    _path, cells = form
    for lang, head in (("zh", "需填写或更正的位置"), ("en", "place to fill or correct")):
        rows = list(csv.reader(io.StringIO(render_text(record, "csv", lang).lstrip("\ufeff"))))
        where = rows[0].index(head)
        crit, stage, status = (rows[0].index(h) for h in (("准则编号", "学段", "状态") if lang == "zh" else
                                                            ("criterion id", "stage", "status")))
        found = {(r[crit], r[stage]): r for r in rows[1:]}
        junior = found[("DUT-FUND-02", "初中" if lang == "zh" else "junior secondary")]
        assert junior[where] == ("、" if lang == "zh" else ", ").join(f"数据!{c}" for c in cells["junior"])
        assert found[("DUT-FUND-03", "")][where].startswith(f"数据!{cells['surcharge']}")
        assert found[("DUT-FUND-02", "学前" if lang == "zh" else "preschool")][where] == f"数据!{cells['cleared']}"
        assert all(not r[where] for r in rows[1:] if r[status] in ("通过", "不适用", "pass", "not applicable"))


def test_a_batch_has_no_list_and_an_invalid_file_alone_has_one(report, tmp_path):
    assert not shown(report.record())
    assert "需要处理" not in render_text(report.record(), "table", "zh")
    bad = tmp_path / "bad.yaml"
    bad.write_text("entity: [", encoding="utf-8")
    alone = check([bad]).record()
    assert shown(alone)
    items = fixes(alone, "zh")
    assert [x.kind for x in items] == ["invalid"] and items[0].blocking and items[0].places[0].startswith("bad.yaml")
    assert render_text(alone, "table", "zh").startswith("需要处理 (1):\n  1. bad.yaml")


def test_a_waived_problem_is_not_on_the_list(record):
    """A waiver in force: nothing to do this round (the record says so in the finding)."""
    import copy

    waived = copy.deepcopy({k: (list(v) if k == "findings" else v) for k, v in record.items()})
    target = next(f for f in waived["findings"] if f["status"] == "fail")
    target["waiver"] = {"state": "active", "reason": "r", "approver": "a", "expires": "2099-01-01"}
    before, after = fixes(record, "zh"), fixes(waived, "zh")
    assert len(after) == len(before) - 1
