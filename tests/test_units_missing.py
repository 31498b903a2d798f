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


def _check_form(tmp_path, key: tuple, named: str, **cells):
    """Check a filled form whose row `key` has `cells` (column -> value; None clears the template's
    value); the report and the sheet!cell of column `named` on that row."""
    rows = {}

    def edit(ws, header, index):
        col = {k: header.index(k) + 1 for k in header}
        rows["row"], rows["col"] = index[key], col[named]
        for column, value in cells.items():
            ws.cell(row=rows["row"], column=col[column]).value = value

    report = check([fill_workbook(tmp_path, edit)])
    return report, f"数据!{get_column_letter(rows['col'])}{rows['row']}"


def test_a_form_cell_whose_formula_was_never_computed_is_named(tmp_path):
    report, cell = _check_form(tmp_path, ("per_student_general_budget_expenditure", "vocational", 2020), "value",
                               value="=SUM(1,2)")
    assert [(e.place, e.message.key) for e in report.errors] == [(cell, "input.formula_uncached")]


# --- a figure without a unit -------------------------------------------------------------------

def _en(place) -> str:
    """A place as written in English (a catalogue text, or a YAML path / cell as it stands)."""
    return place.render("en") if hasattr(place, "render") else place


def _unit_notices(notices) -> list:
    """The notices about units (others, such as figures no criterion read, are not this test's)."""
    return [n for n in notices if getattr(n.message, "key", "").startswith("input.unit")]


def _yaml(tmp_path, facts: str):
    from conftest import MINIMAL, write

    return write(tmp_path, "county.yaml", MINIMAL + facts)


def test_money_without_a_unit_is_an_input_error_never_a_false_fail(tmp_path):
    # 1244000 meant in 万元 (124.4 亿元) against last year's 1200000 万元: read as 元 it was a blocking fail
    path = _yaml(tmp_path, """\
  - {indicator: edu_general_budget_expenditure, period: 2021, value: 1244000, source: {document: report, locator: a}}
  - {indicator: edu_general_budget_expenditure, period: 2020, value: 1200000, unit: 万元, source: {document: report, locator: b}}
""")
    report = check([path], jobs=1)
    assert [(e.place, e.message.key) for e in report.errors] == [("facts[0].unit", "input.unit_missing")]
    assert "万元" in str(report.errors[0].expected)  # the units of its family are listed
    found = {(f.criterion_id, f.stage): f for f in report.findings}
    assert found[("DUT-FUND-01", None)].status.value == "error"  # the unreadable figure is not read as 元


def test_a_unit_written_inside_the_value_is_enough(tmp_path):
    path = _yaml(tmp_path, """\
  - {indicator: edu_general_budget_expenditure, period: 2021, value: "124.40亿元", source: {document: report, locator: a},
     stated: {parts: [{label: 教育事业费, value: "100.1"}, {label: 基本建设经费, value: "24.3"}]}}
  - {indicator: edu_general_budget_expenditure, period: 2020, value: "122.78亿元", source: {document: report, locator: b}}
""")
    report = check([path], jobs=1)
    assert report.errors == () and not _unit_notices(report.notices)
    found = {(f.criterion_id, f.stage): f for f in report.findings}
    assert found[("DUT-FUND-01", None)].status.value == "pass"
    from checker.intake.files import load_paths

    fact = load_paths([path]).submissions[0].facts[0]
    assert fact.value == 12_440_000_000
    # the parts are in the value's own unit (亿元), not read as 元
    assert [p.value for s in fact.stated if s.kind == "parts" for p in s.parts] == [10_010_000_000, 2_430_000_000]


def test_a_count_without_a_unit_is_an_input_error_and_a_ratio_needs_none(tmp_path):
    path = _yaml(tmp_path, """\
  - {indicator: students, stage: primary, period: 2021, value: 3, source: {document: report, locator: a}}
  - {indicator: cv_composite_stated, stage: primary, period: 2021, value: 0.35, source: {document: report, locator: b}}
""")
    report = check([path], jobs=1)
    assert [(e.place, e.message.key) for e in report.errors] == [("facts[0].unit", "input.unit_missing")]
    assert not _unit_notices(report.notices)  # no unit assumed


def test_a_percentage_without_a_unit_is_read_as_percent_with_a_notice(tmp_path):
    path = _yaml(tmp_path, """\
  - {indicator: preschool_gross_enrollment_rate, period: 2021, value: 92.3, source: {document: report, locator: a}}
""")
    report = check([path], jobs=1)
    assert report.errors == ()
    assert [(n.place, n.message.key) for n in _unit_notices(report.notices)] == [("facts[0].unit", "input.unit_assumed")]
    found = {(f.criterion_id, f.stage): f for f in report.findings}
    assert found[("DUT-PRE-01", None)].evidence[0].value == 92.3


def test_a_long_table_row_without_a_unit_is_an_error_at_its_cell(tmp_path):
    from conftest import write

    from checker.intake.facts import LONG_COLUMNS
    from checker.intake.files import load_paths

    rows = [",".join(LONG_COLUMNS),
            "530322,陆良县,county,west,2021,per_student_general_budget_expenditure,vocational,10007.75,元,r,a,",
            "530322,陆良县,county,west,2020,per_student_general_budget_expenditure,vocational,10071.80,,r,a,",
            "530322,陆良县,county,west,2021,preschool_gross_enrollment_rate,,92.3,,r,a,"]
    loaded = load_paths([write(tmp_path, "batch.csv", "\n".join(rows) + "\n")])
    assert [(_en(e.place), e.message.key) for e in loaded.errors] == [("row 3, column unit", "input.unit_missing")]
    assert [(_en(n.place), n.message.key) for n in _unit_notices(loaded.notices)] == \
        [("row 4, column unit", "input.unit_assumed")]
    assert [b.period for b in loaded.submissions[0].bad_facts] == [2020]  # its criteria say error


def test_a_form_row_whose_unit_was_cleared_is_an_error_at_the_unit_cell(tmp_path):
    # the county cleared the template's 元
    report, cell = _check_form(tmp_path, ("per_student_general_budget_expenditure", "vocational", 2021), "unit",
                               value="10007.75", unit=None)
    assert [(e.place, e.message.key) for e in report.errors] == [(cell, "input.unit_missing")]


def test_a_filled_form_keeps_the_units_the_template_wrote(tmp_path):
    def edit(ws, header, index):
        col = {k: header.index(k) + 1 for k in header}
        for key, value in ((("per_student_general_budget_expenditure", "vocational", 2021), "10007.75"),
                           (("students", "primary", 2021), "120000")):
            if key in index:
                ws.cell(row=index[key], column=col["value"], value=value)

    report = check([fill_workbook(tmp_path, edit)])
    assert report.errors == ()


def test_an_extracted_figure_without_a_unit_is_refused_until_a_person_writes_it(tmp_path):
    # 栾川 二(二)(5): "幼儿园上年2709.16,本年2845.20元" — the extractor leaves the unit empty, never guesses
    from conftest import ROOT

    from checker.api import extract_report
    from checker.intake.extract import draft_yaml

    draft = extract_report(ROOT / "tests" / "data" / "reports" / "luanchuan-2021.txt", "410324", 2021)
    bare = [p for p in draft.facts if p.value == "2709.16"]
    assert [(p.indicator, p.stage, p.period, p.unit) for p in bare] == \
        [("per_student_general_budget_expenditure", "kindergarten", 2020, None)]
    path = tmp_path / "draft.yaml"
    path.write_text(draft_yaml(draft), encoding="utf-8")
    report = check([path], jobs=1)
    assert [e.message.key for e in report.errors] == ["input.unit_missing"]
    assert report.errors[0].place.endswith(".unit")


def test_formula_cells_are_found_in_every_spelling_excel_and_libraries_write():
    import io

    from checker.intake.tables import uncached_formulas

    xml = (b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
           b'<x:row r="1"><x:c r="A1" s="2"><x:f>B1*2</x:f><x:v>4</x:v></x:c>'  # computed
           b'<x:c r="B1" t="str"><x:f t="shared" ref="B1:B3" si="0">IF(A1&gt;1,"a","b")</x:f><x:v>a</x:v></x:c></x:row>'
           b'<x:row r="2"><x:c r="B2"><x:f t="shared" si="0"/></x:c>'  # shared, never computed
           b'<x:c r="C2"><x:f>1+1</x:f><x:v></x:v></x:c><x:c r="D2"><x:v>7</x:v></x:c></x:row>'
           b'</x:sheetData></x:worksheet>')

    class Sheet:
        def _get_source(self):
            return io.BytesIO(xml)

    assert uncached_formulas(Sheet()) == ["B2", "C2"]


def test_the_extractor_takes_a_bare_figure_s_unit_from_its_list_heading_and_only_there():
    from checker.intake.extract import extract_text

    text = ("一、经费\n(一)各级教育生均一般公共预算教育经费(单位:元)\n"
            "  (1) 幼儿园上年2709.16,本年2845.20元,本年比上年增长5.02%。\n"
            "(二)各级教育生均一般公共预算教育经费增长情况\n"
            "  (1) 普通小学上年10321.31,本年10359.52元,同口径比上年增长0.37%。\n")
    draft = extract_text(text, "t.txt", "410324", 2021)
    bare = {(p.stage, p.value): p.unit for p in draft.facts if p.period == 2020}
    assert bare == {("kindergarten", "2709.16"): "元", ("primary", "10321.31"): None}
