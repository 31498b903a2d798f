"""Nothing misread, nothing lost (issue 10): a money or count figure without a unit is an input
error, a percentage without one is read as % with a notice; a formula with no cached value is an
input error at its cell; a `missing` finding read from the Excel form names the cell to fill."""

from openpyxl.utils import get_column_letter
from test_template import fill_workbook

from checker.api import check


def test_a_blank_form_row_is_named_as_the_cell_to_fill(tmp_path):
    rows = {}

    def edit(ws, header, index):
        col = {k: header.index(k) + 1 for k in header}
        rows["voc20"] = index[("per_student_general_budget_expenditure", "vocational", 2020)]
        voc21 = index[("per_student_general_budget_expenditure", "vocational", 2021)]
        ws.cell(row=voc21, column=col["value"], value="10007.75")  # 2020 left blank
        rows["value_col"] = col["value"]

    report = check([fill_workbook(tmp_path, edit)])
    found = {(f.criterion_id, f.stage): f for f in report.findings}
    vocational = found[("DUT-FUND-02", "vocational")]
    assert vocational.status.value == "missing"
    cell = f"数据!{get_column_letter(rows['value_col'])}{rows['voc20']}"
    assert vocational.to_dict()["missing"] == [{"indicator": "per_student_general_budget_expenditure",
                                                "stage": "vocational", "period": 2020, "cell": cell}]


def _long_table(tmp_path, value, quote=None):
    from openpyxl import Workbook

    from checker.intake.facts import LONG_COLUMNS

    wb = Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(list(LONG_COLUMNS))
    ws.append(["530322", "陆良县", "county", "west", 2021, "per_student_general_budget_expenditure", "vocational",
               10007.75, "元", "report", "二(五)1", quote])
    ws.append(["530322", "陆良县", "county", "west", 2020, "per_student_general_budget_expenditure", "vocational",
               value, "元", "report", "二(五)1", None])
    path = tmp_path / "batch.xlsx"
    wb.save(path)  # openpyxl writes a formula without its result, as a program does
    return path


def test_a_formula_without_its_result_is_an_input_error_at_its_cell(tmp_path):
    from checker.intake.files import load_paths

    loaded = load_paths([_long_table(tmp_path, "=10000+71.8")])
    assert [(e.place, e.message.key) for e in loaded.errors] == [("数据!H3", "input.formula_uncached")]
    assert loaded.submissions == []  # never read as a blank (a figure silently missing)
    # the same figure typed, or a formula Excel computed (its cached value kept), is read
    assert load_paths([_long_table(tmp_path, 10071.8)]).errors == []


def test_a_formula_with_its_cached_result_is_read(tmp_path):
    import zipfile

    from checker.intake.files import load_paths

    path = _long_table(tmp_path, "=10000+71.8")
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in members if n.startswith("xl/worksheets/"))
    assert b"<f>10000+71.8</f><v></v>" in members[sheet]
    members[sheet] = members[sheet].replace(b"<f>10000+71.8</f><v></v>", b"<f>10000+71.8</f><v>10071.8</v>")
    with zipfile.ZipFile(path, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)
    loaded = load_paths([path])
    assert loaded.errors == []
    assert sorted(f.value for f in loaded.submissions[0].facts) == [10007.75, 10071.8]


def test_a_form_cell_whose_formula_was_never_computed_is_named(tmp_path):
    rows = {}

    def edit(ws, header, index):
        col = {k: header.index(k) + 1 for k in header}
        rows["row"] = index[("per_student_general_budget_expenditure", "vocational", 2020)]
        rows["col"] = col["value"]
        ws.cell(row=rows["row"], column=col["value"], value="=SUM(1,2)")

    report = check([fill_workbook(tmp_path, edit)])
    cell = f"数据!{get_column_letter(rows['col'])}{rows['row']}"
    assert [(e.place, e.message.key) for e in report.errors] == [(cell, "input.formula_uncached")]
