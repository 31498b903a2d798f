"""The county's form: template → filled (here, by the test) → checked, with sheet!cell everywhere."""

import csv
import io

from openpyxl import load_workbook

from checker.api import check
from checker.intake.indicators import dictionary
from checker.rules.library import load_packs
from checker.rules.template import needed_facts, render
from conftest import write

PACKS = load_packs()


def test_template_asks_for_exactly_what_the_criteria_read():
    rows = needed_facts(PACKS, 2021)
    assert ("per_student_general_budget_expenditure", "vocational", 2021) in rows
    assert ("per_student_general_budget_expenditure", "vocational", 2020) in rows  # prev() needs last year
    assert ("preschool_gross_enrollment_rate", None, 2020) not in rows  # no prev(): this year only
    assert ("per_student_public_funding", "special", 2021) in rows
    assert len(rows) == len(set(rows))


def fill_workbook(tmp_path, edit) -> str:
    data = b"".join(render(PACKS, 2021, "xlsx"))
    wb = load_workbook(io.BytesIO(data))
    ent = wb["单位"]
    for row, value in zip(range(2, 7), ("530300", "曲靖市", "prefecture", "west", 2021)):
        ent.cell(row=row, column=4, value=value)
    ws = wb["数据"]
    header = [c.value for c in ws[1]]
    index = {(r[0], r[3], r[5]): n for n, r in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1)}
    edit(ws, header, index)
    path = tmp_path / "filled.xlsx"
    wb.save(path)
    return path


def test_filled_workbook_is_a_submission_with_cell_references(tmp_path):
    def edit(ws, header, index):
        col = {k: header.index(k) + 1 for k in header}
        voc21 = index[("per_student_general_budget_expenditure", "vocational", 2021)]
        voc20 = index[("per_student_general_budget_expenditure", "vocational", 2020)]
        kg21 = index[("per_student_general_budget_expenditure", "kindergarten", 2021)]
        kg20 = index[("per_student_general_budget_expenditure", "kindergarten", 2020)]
        pay = index[("teacher_avg_salary", None, 2021)]
        pre = index[("preschool_gross_enrollment_rate", None, 2021)]
        for row, value in ((voc21, "10007.75"), (voc20, "10071.80"), (kg21, "5402.99"), (kg20, "5111.29")):
            ws.cell(row=row, column=col["value"], value=value)
        ws.cell(row=voc21, column=col["locator"], value="二(五)1")
        ws.cell(row=kg21, column=col["stated_change_pct"], value="5.17")
        ws.cell(row=pay, column=col["quote"], value="义务教育教师平均工资收入不低于当地公务员平均工资收入")
        ws.cell(row=pre, column=col["value"], value="92")
        ws.cell(row=pre, column=col["unit"], value="万元")  # the wrong family: an error at its cell
        return voc21

    path = fill_workbook(tmp_path, edit)
    report = check([path])
    found = {(f.criterion_id, f.stage): f for f in report.findings}
    vocational = found[("DUT-FUND-02", "vocational")]
    assert vocational.status.value == "fail"
    cells = [e.location.cell for e in vocational.evidence]
    assert all(e.location.sheet == "数据" for e in vocational.evidence) and cells[0].startswith("G")
    assert vocational.evidence[1].value_as_written == "10071.80"  # typed as text, its zero kept
    assert found[("DUT-FUND-02", "primary")].status.value == "missing"  # rows left empty: not reported
    assert found[("DUT-TEACH-01", None)].status.value == "missing" and "不低于" in found[("DUT-TEACH-01", None)].message_zh
    assert found[("CON-CHANGE-01", None)].status.value == "fail"  # 5.17% stated, 5.71% computed
    assert [(e.place.split("!")[0], e.message.key) for e in report.errors] == [("数据", "input.unit_wrong_family")]
    assert report.errors[0].place.startswith("数据!H")
    assert found[("DUT-PRE-01", None)].status.value == "error"  # the unreadable row is not silently dropped


def test_bad_entity_cells_are_named(tmp_path):
    data = b"".join(render(PACKS, 2021, "xlsx"))
    wb = load_workbook(io.BytesIO(data))
    wb["单位"].cell(row=2, column=4, value="53")
    wb["单位"].cell(row=4, column=4, value="town")
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    report = check([path])
    assert sorted(e.place for e in report.errors) == ["单位!D2", "单位!D3", "单位!D4"]
    assert report.exit_code() == 2


def test_csv_template_round_trip(tmp_path):
    text = "".join(render(PACKS, 2021, "csv"))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    header = rows[0]
    out = [header]
    for row in rows[1:]:
        row[:4] = ["530321", "马龙区", "county", "west"]
        if row[5] == "dropouts_outstanding":
            row[header.index("value")] = "0"
        out.append(row)
    buf = io.StringIO()
    csv.writer(buf).writerows(out)
    path = write(tmp_path, "filled.csv", buf.getvalue())
    report = check([path])
    assert report.errors == () and report.notices == ()  # the template's label columns are known
    drop = next(f for f in report.findings if f.criterion_id == "DUT-DROP-01")
    assert drop.status.value == "pass" and drop.evidence[0].location.row is not None


def test_yaml_template_is_a_skeleton_of_the_same_facts():
    import yaml

    doc = yaml.safe_load("".join(render(PACKS, 2021, "yaml")))
    assert [(f["indicator"], f.get("stage"), f["period"]) for f in doc["facts"]] == needed_facts(PACKS, 2021)


def test_a_pack_that_reads_the_school_table_gets_a_school_sheet(tmp_path):
    packs = load_packs("yzjh")
    asked = {(indicator, stage) for indicator, stage, _ in needed_facts(packs, 2021)}
    assert not any(dictionary()[i].derived for i, _ in asked)  # derived figures are never asked …
    assert ("cv_sports_area_per_student_stated", "junior") in asked  # … but a published CV table may be given
    wb = load_workbook(io.BytesIO(b"".join(render(packs, 2021, "xlsx"))))
    assert "学校" in wb.sheetnames
    ent, sheet = wb["单位"], wb["学校"]
    for row, value in zip(range(2, 7), ("630199", "示例县", "county", "west", 2021)):
        ent.cell(row=row, column=4, value=value)
    header = [c.value for c in sheet[1]]
    for school in (
        {"school_code": "S1", "school_name": "甲小学", "school_type": "小学", "students_primary": 1000,
         "teachers_above_degree_primary": 42, "backbone_teachers": 10, "pe_art_teachers": 9,
         "teaching_aux_area": 4500, "sports_area": 5000, "equipment_value": 2000000, "multimedia_rooms": 23,
         "max_class_size_primary": 44},
    ):
        sheet.append([school.get(h) for h in header])
    path = tmp_path / "filled.xlsx"
    wb.save(path)
    report = check([path], criteria="yzjh")
    res = next(f for f in report.findings if f.criterion_id == "YZJH-RES-01" and f.stage == "primary")
    assert res.status.value == "fail" and res.details[0]["school"] == "甲小学"  # sports area 5.0 < 85 % of 7.5
    assert res.details[0]["row"].endswith("学校!B3")
    assert report.errors == ()


def test_the_ppph_form_asks_the_reported_kindergarten_figures():
    # audit E8: counties report 在园幼儿 and 专任教师 at stage kindergarten; the form must ask them
    asked = {(indicator, stage) for indicator, stage, _ in needed_facts(load_packs("ppph"), 2021)}
    assert {("students", "kindergarten"), ("full_time_teachers", "kindergarten"), ("principals", "kindergarten"),
            ("certified_principals", "kindergarten"), ("kg_class_size_compliance_rate", None)} <= asked
    assert ("kg_children", None) not in asked


def test_form_takes_the_chinese_of_its_drop_downs(tmp_path):
    """地级市 / 西部 / 2021年 as a county chooses or types them read as prefecture / west / 2021."""
    def edit(ws, header, index):
        col = {k: header.index(k) + 1 for k in header}
        row = index[("preschool_gross_enrollment_rate", None, 2021)]
        ws.cell(row=row, column=col["value"], value="92")
        ws.cell(row=row, column=col["period"], value="2021年")

    path = fill_workbook(tmp_path, edit)
    wb = load_workbook(path)
    for row, value in zip(range(4, 7), ("地级市", "西部", "2021年")):
        wb["单位"].cell(row=row, column=4, value=value)
    wb.save(path)
    report = check([path])
    assert not report.errors, [str(e) for e in report.errors]
    entity = report.findings[0].entity
    assert (entity.level, entity.region, report.findings[0].period) == ("prefecture", "west", 2021)
    pre = next(f for f in report.findings if f.criterion_id == "DUT-PRE-01")
    assert pre.status.value == "pass" and pre.evidence[0].period == 2021
    validations = load_workbook(io.BytesIO(b"".join(render(PACKS, 2021, "xlsx"))))["单位"].data_validations.dataValidation
    assert any("地级市" in (dv.formula1 or "") for dv in validations)


# The form guards itself (issue 21, item 5): protected grey columns, a heading as a 报表 has,
# print set-up, and a notice when the evaluated year matches none of the figures' years.

def _form():
    return load_workbook(io.BytesIO(b"".join(render(PACKS, 2021, "xlsx"))))


def test_form_protects_what_a_county_must_not_edit_and_unlocks_what_it_fills():
    from checker.rules.template import DATA_COLUMNS, FILL_COLUMNS, HEADER_ROWS

    wb = _form()
    ws, ent = wb["数据"], wb["单位"]
    assert ws.protection.sheet and ent.protection.sheet
    assert not ws.protection.password  # a guard against slips, not a lock
    keys = [k for k, _, _ in DATA_COLUMNS]
    figures = list(ws.iter_rows(min_row=HEADER_ROWS + 1, max_col=len(keys)))
    assert len(figures) == len(needed_facts(PACKS, 2021))
    for row in figures:
        for key, cell in zip(keys, row):
            assert cell.protection.locked == (key not in FILL_COLUMNS), (key, cell.coordinate)
    assert all(ent.cell(row=r, column=4).protection.locked is False for r in range(2, 7))
    assert all(ent.cell(row=r, column=c).protection.locked for r in range(1, 7) for c in (1, 2, 3))


def test_form_has_a_return_heading_and_prints_on_a4():
    from checker.rules.template import HEADER_ROWS

    ws = _form()["数据"]
    heading = " ".join(str(c.value) for row in ws.iter_rows(min_row=2, max_row=HEADER_ROWS - 1) for c in row if c.value)
    for word in ("履行教育职责自查自评数据表 2021年", "表号", "填报单位", "填表人", "负责人", "报出日期", "金额单位:元"):
        assert word in heading, word
    assert ws.row_dimensions[1].hidden  # the ids the reader keys on
    assert str(ws.cell(row=HEADER_ROWS, column=1).value).startswith("指标代码")
    assert ws.freeze_panes == f"G{HEADER_ROWS + 1}" and ws.print_title_rows == f"${HEADER_ROWS}:${HEADER_ROWS}"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text and ws.oddHeader.center.text


def test_every_cell_reference_names_the_cell_under_the_heading(tmp_path):
    """Evidence, errors and the cells to fill point at the rows where the form has them."""
    from openpyxl.utils import get_column_letter

    rows = {}

    def edit(ws, header, index):
        col = {k: header.index(k) + 1 for k in header}
        rows.update(index=index, value=get_column_letter(col["value"]), unit=get_column_letter(col["unit"]))
        ws.cell(row=index[("per_student_general_budget_expenditure", "vocational", 2021)], column=col["value"], value="10007.75")
        ws.cell(row=index[("per_student_general_budget_expenditure", "vocational", 2020)], column=col["value"], value="10071.80")
        pre = index[("preschool_gross_enrollment_rate", None, 2021)]
        ws.cell(row=pre, column=col["value"], value="92")
        ws.cell(row=pre, column=col["unit"], value="万元")

    report = check([fill_workbook(tmp_path, edit)])
    index, v = rows["index"], rows["value"]
    assert index[("per_student_general_budget_expenditure", "vocational", 2021)] > 5  # below the heading
    vocational = next(f for f in report.findings if (f.criterion_id, f.stage) == ("DUT-FUND-02", "vocational"))
    assert [e.location.cell for e in vocational.evidence] == [
        f"{v}{index[('per_student_general_budget_expenditure', 'vocational', 2021)]}",
        f"{v}{index[('per_student_general_budget_expenditure', 'vocational', 2020)]}"]
    assert [e.place for e in report.errors] == [f"数据!{rows['unit']}{index[('preschool_gross_enrollment_rate', None, 2021)]}"]
    primary = next(f for f in report.findings if (f.criterion_id, f.stage) == ("DUT-FUND-02", "primary"))
    wanted = {m["cell"] for m in primary.missing}
    assert wanted == {f"数据!{v}{index[('per_student_general_budget_expenditure', 'primary', y)]}" for y in (2021, 2020)}


def test_a_form_written_before_the_heading_still_loads_with_its_cells(tmp_path):
    """Forms filled before the 数据 sheet had a heading: ids in row 1, labels in row 2, figures from row 3."""
    from checker.rules.template import HEADER_ROWS

    def edit(ws, header, index):
        ws.delete_rows(2, HEADER_ROWS - 2)  # the heading out: the layout forms had before
        ws.merged_cells.ranges.clear()
        row = next(r for r in range(3, ws.max_row + 1) if ws.cell(row=r, column=1).value == "per_student_general_budget_expenditure"
                   and ws.cell(row=r, column=4).value == "vocational" and ws.cell(row=r, column=6).value == 2021)
        ws.cell(row=row, column=header.index("value") + 1, value="10007.75")
        rows.append(row)

    rows = []
    path = fill_workbook(tmp_path, edit)
    assert load_workbook(path)["数据"].cell(row=2, column=1).value.startswith("指标代码")
    report = check([path])
    assert report.errors == ()
    vocational = next(f for f in report.findings if (f.criterion_id, f.stage) == ("DUT-FUND-02", "vocational"))
    assert vocational.evidence[0].location.cell == f"G{rows[0]}" and rows[0] >= 3


def test_an_evaluated_year_matching_no_figure_gets_one_notice(tmp_path):
    from checker.i18n import render as say

    def edit(ws, header, index):
        ws.cell(row=index[("preschool_gross_enrollment_rate", None, 2021)], column=header.index("value") + 1, value="92")

    path = fill_workbook(tmp_path, edit)
    wb = load_workbook(path)
    wb["单位"]["D6"] = 2022  # the year of the evaluation, not of the figures
    wb.save(path)
    report = check([path])
    mismatch = [n for n in report.notices if n.message.key == "input.form_year_mismatch"]
    assert len(mismatch) == 1 and mismatch[0].place == "单位!D6"
    assert say(mismatch[0].message, "zh").startswith("本表数据年度为 2021,评估年度填写为 2022?")
    assert "2021" in say(mismatch[0].message, "en") and "2022" in say(mismatch[0].message, "en")
    assert all(f.period == 2022 for f in report.findings)  # still checked as asked, and said so
    wb["单位"]["D6"] = 2021
    wb.save(path)
    assert not [n for n in check([path]).notices if n.message.key == "input.form_year_mismatch"]


def test_the_form_asks_the_levels_a_rate_is_computed_from():
    """DUT-GROW-01 compares two growth rates the checker can compute from level figures (the dictionary's
    `computed:`): the form asks 财政经常性收入 for both years beside the stated rate, as it asks
    一般公共预算教育支出 for both, so the rate is worked out and a stated one checked."""
    asked = needed_facts(load_packs("duties"), 2021)
    assert ("fiscal_recurrent_revenue", None, 2021) in asked and ("fiscal_recurrent_revenue", None, 2020) in asked
    assert ("fiscal_recurrent_revenue_growth_rate", None, 2021) in asked
    assert ("edu_general_budget_expenditure", None, 2020) in asked
