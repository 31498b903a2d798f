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
