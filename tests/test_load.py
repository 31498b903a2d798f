"""Loading the contract's forms: YAML/JSON, long-table CSV (UTF-8, BOM, GB18030) and XLSX."""

from pathlib import Path

import pytest

from checker.intake.facts import LONG_COLUMNS
from checker.intake.files import load_paths
from conftest import MINIMAL, SUBMISSIONS, en, write

FACT = """\
  - indicator: per_student_general_budget_expenditure
    stage: vocational
    period: 2021
    value: {value}
    unit: {unit}
    source: {{document: report, locator: "二(五)1", quote: "中职10007.75元"}}
"""


def load_one(path: Path):
    loaded = load_paths([path])
    return loaded, (loaded.submissions[0] if loaded.submissions else None)


def test_yaml_fact_keeps_value_and_unit_as_written(tmp_path):
    path = write(tmp_path, "s.yaml", MINIMAL + FACT.format(value="10071.80", unit="元"))
    loaded, sub = load_one(path)
    assert loaded.errors == []
    fact = sub.facts[0]
    assert (fact.value, fact.value_as_written, fact.unit, fact.unit_as_written) == (10071.8, "10071.80", "元", "元")
    assert fact.citation.locator == "二(五)1"
    assert str(fact.location).endswith("s.yaml facts[0]")


def test_wan_yuan_is_normalised_and_both_forms_kept(tmp_path):
    path = write(tmp_path, "s.yaml", MINIMAL + FACT.format(value="1.000775", unit="万元"))
    _, sub = load_one(path)
    fact = sub.facts[0]
    assert fact.value == 10007.75 and fact.unit == "元"
    assert (fact.value_as_written, fact.unit_as_written) == ("1.000775", "万元")


def test_json_form_is_the_same_contract(tmp_path):
    text = ('{"entity": {"code": "530322", "name": "陆良县", "level": "county", "region": "west"}, "period": 2021,'
            ' "facts": [{"indicator": "dropouts_outstanding", "period": 2021, "value": 0, "unit": "人"}]}')
    loaded, sub = load_one(write(tmp_path, "s.json", text))
    assert loaded.errors == [] and sub.facts[0].value == 0 and sub.entity.name == "陆良县"


def test_unquoted_entity_code_keeps_its_digits(tmp_path):
    path = write(tmp_path, "s.yaml", MINIMAL.replace('"530322"', "530322") + FACT.format(value=1, unit="元"))
    _, sub = load_one(path)
    assert sub.entity.code == "530322"


@pytest.mark.parametrize("value, unit, place, fragment", [
    ("10071.80", '"%"', "facts[0].unit", "percent unit"),
    ("'10,07.80'", "元", "facts[0].value", "thousands separators"),
    ("3.9", "个百分点", "facts[0].unit", "percentage points"),
])
def test_bad_value_names_the_place_and_keeps_the_rest(tmp_path, value, unit, place, fragment):
    good = FACT.format(value="5402.99", unit="元").replace("vocational", "kindergarten")
    path = write(tmp_path, "s.yaml", MINIMAL + FACT.format(value=value, unit=unit) + good)
    loaded, sub = load_one(path)
    assert [e.place for e in loaded.errors] == [place]
    assert fragment in en(loaded.errors[0].message)
    assert [f.stage for f in sub.facts] == ["kindergarten"]  # the valid part is kept
    assert [b.indicator for b in sub.bad_facts] == ["per_student_general_budget_expenditure"]


def test_schema_errors_name_yaml_paths(tmp_path):
    text = MINIMAL.replace("level: county", "level: town") + """\
  - indicator: students
    stage: college
    period: 2021
    value: 3
    vaule: 4
"""
    loaded, sub = load_one(write(tmp_path, "s.yaml", text))
    places = sorted(e.place for e in loaded.errors)
    assert places == ["entity.level", "facts[0]", "facts[0].stage"]
    assert sub is None  # the entity itself is invalid: nothing can be attributed


def test_unknown_indicator_and_stage_not_allowed(tmp_path):
    text = MINIMAL + """\
  - {indicator: teacher_salary, period: 2021, value: 1}
  - {indicator: teacher_avg_salary, stage: primary, period: 2021, value: 1}
"""
    loaded, sub = load_one(write(tmp_path, "s.yaml", text))
    messages = {e.place: e.message for e in loaded.errors}
    assert messages["facts[0].indicator"].key == "input.unknown_indicator"
    assert "teacher_salary" in en(messages["facts[0].indicator"])
    assert messages["facts[1].stage"].key == "input.stage_not_taken"
    assert sub.facts == ()


def test_claim_needs_a_quote(tmp_path):
    text = MINIMAL + """\
  - {indicator: dropouts_outstanding, period: 2021, source: {document: report, quote: 辍学学生动态清零}}
  - {indicator: dropouts_outstanding, period: 2020}
"""
    loaded, sub = load_one(write(tmp_path, "s.yaml", text))
    assert sub.facts[0].is_claim and sub.facts[0].citation.quote == "辍学学生动态清零"
    assert [e.place for e in loaded.errors] == ["facts[1].value"]


def test_document_path_may_not_leave_the_folder_and_sources_must_be_declared(tmp_path):
    text = MINIMAL.replace("documents: [{id: report, title: 自查自评报告}]",
                           "documents: [{id: report, path: ../../etc/passwd}, {id: b, path: /abs.pdf}]") + """\
  - {indicator: students, period: 2021, value: 3, unit: 人, source: {document: elsewhere}}
"""
    loaded, _ = load_one(write(tmp_path, "s.yaml", text))
    places = [e.place for e in loaded.errors]
    assert places == ["documents[0].path", "documents[1].path", "facts[0].source.document"]


def test_syntax_error_is_a_clear_error_not_a_traceback(tmp_path):
    loaded, sub = load_one(write(tmp_path, "s.yaml", "entity: [\n"))
    assert sub is None and "YAML syntax error" in en(loaded.errors[0].message)
    assert loaded.inputs[0]["sha256"]


def long_table(rows: list[list[str]], extra: str = "") -> str:
    header = ",".join(LONG_COLUMNS) + ("," + extra if extra else "")
    return header + "\n" + "\n".join(",".join(r) for r in rows) + "\n"


ROWS = [
    ["530322", "陆良县", "county", "west", "2021", "per_student_general_budget_expenditure", "vocational",
     "\"10,007.75\"", "元", "report", "二(五)1", "中职学校一般公共预算教育支出为10007.75元"],
    ["530322", "陆良县", "county", "west", "2020", "per_student_general_budget_expenditure", "vocational",
     "10071.80", "元", "report", "二(五)1", ""],
    ["530323", "师宗县", "county", "west", "2021", "dropouts_outstanding", "", "0", "人", "", "", ""],
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_encodings_are_detected(tmp_path, encoding):
    loaded = load_paths([write(tmp_path, "batch.csv", long_table(ROWS), encoding)])
    assert loaded.errors == []
    by_code = {s.entity.code: s for s in loaded.submissions}
    assert by_code["530322"].entity.name == "陆良县"
    vocational = by_code["530322"].facts[0]
    assert vocational.value == 10007.75 and vocational.value_as_written == "10,007.75"
    assert vocational.citation.quote == "中职学校一般公共预算教育支出为10007.75元"
    assert str(vocational.location).endswith("batch.csv row 2")
    assert by_code["530322"].period == 2021  # the latest period among its facts


def test_csv_extra_columns_get_a_notice_and_bad_rows_name_row_and_column(tmp_path):
    rows = [r + ["x"] for r in ROWS] + [["530322", "陆良县", "county", "west", "20x1", "students", "", "1", "人",
                                          "", "", "", ""],
                                         ["530322", "陆良县", "county", "west", "2021", "students", "", "abc", "人",
                                          "", "", "", ""]]
    loaded = load_paths([write(tmp_path, "batch.csv", long_table(rows, extra="comment"))])
    assert [en(n.message) for n in loaded.notices] == ["extra columns ignored: comment"]
    assert [(en(e.place), getattr(e.message, "key", e.message)) for e in loaded.errors] == [
        ("row 5, column period", "input.year_invalid"),
        ("row 6, column value", "input.not_a_number"),
    ]


def test_csv_with_wrong_header_is_invalid(tmp_path):
    loaded = load_paths([write(tmp_path, "batch.csv", "code,value\n1,2\n")])
    assert loaded.submissions == [] and loaded.errors[0].message.key == "input.header_lacks"


def test_xlsx_long_table_points_at_sheet_and_cell(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(list(LONG_COLUMNS))
    ws.append(["530322", "陆良县", "county", "west", 2021, "per_student_general_budget_expenditure", "vocational",
               10007.75, "元", "report", "二(五)1", None])  # a formula never computed: test_units_missing
    ws.append(["530322", "陆良县", "county", "west", 2020, "per_student_general_budget_expenditure", "vocational",
               10071.8, "元", "report", "二(五)1", None])
    ws["H3"].number_format = "0.00"
    ws.append(["530322", "陆良县", "county", "west", 2021, "students", "primary", "many", "人", None, None, None])
    path = tmp_path / "batch.xlsx"
    wb.save(path)
    loaded = load_paths([path])
    assert [(e.place, e.message.key) for e in loaded.errors] == [("数据!H4", "input.not_a_number")]
    facts = loaded.submissions[0].facts
    assert str(facts[0].location).endswith("batch.xlsx 数据!H2")
    assert facts[1].value_as_written == "10071.80"  # the cell's two-decimal format is the written precision


def test_directory_is_walked_recursively_and_sorted():
    loaded = load_paths([SUBMISSIONS])
    files = [i["file"] for i in loaded.inputs]
    assert files == sorted(files) and len(files) >= 3
    assert loaded.errors == []


def test_missing_path_is_an_error(tmp_path):
    loaded = load_paths([tmp_path / "nope.yaml"])
    assert loaded.errors[0].message.key == "input.no_such_path"


def test_fast_and_full_schema_validators_agree(tmp_path):
    """The fast path may only ever skip the full validator on documents the full one accepts."""
    from checker.intake.safeyaml import load_yaml
    from checker.intake.schema import _fast, _full

    docs = [load_yaml(p.read_text("utf-8")).data for p in sorted(SUBMISSIONS.glob("*.yaml"))]
    base = load_yaml(MINIMAL + FACT.format(value="1", unit="元")).data
    variants = [
        {**base, "period": "2021"}, {**base, "period": 1800}, {**base, "extra": 1},
        {**base, "entity": {**base["entity"], "code": "53032"}}, {**base, "entity": {**base["entity"], "level": "x"}},
        {**base, "facts": [{**base["facts"][0], "stage": "college"}]},
        {**base, "facts": [{**base["facts"][0], "value": True}]},
        {**base, "facts": [{**base["facts"][0], "source": {"page": 1}}]},
        {**base, "facts": [{**base["facts"][0], "indicator": ""}]},
        {**base, "documents": [{"title": "no id"}]}, {**base, "tables": {"schools": 3}},
        {**base, "facts": [{**base["facts"][0], "stated": {"share_pct": "3.9"}}]},
        {**base, "facts": [{**base["facts"][0], "stated": {"of": "classes"}}]},
        {**base, "facts": [{**base["facts"][0], "stated": {"share_pct": "3.9", "of": "classes"}}]},
        {**base, "facts": [{**base["facts"][0], "stated": {"parts": ["primary"]}}]},
        {**base, "facts": [{**base["facts"][0], "stated": {"parts": ["primary", {"label": "x"}]}}]},
        {**base, "facts": [{**base["facts"][0], "stated": {"parts": ["primary", "college"]}}]},
        {**base, "facts": [{**base["facts"][0], "stated": {"parts": ["primary", {"label": "x", "value": 2}]}}]},
        {**base, "facts": [{**base["facts"][0], "stated": {"change_pct": "−0.64"}, "scope": "区属"}]},
        {**base, "facts": [{**base["facts"][0], "scope": ""}]},
    ]
    for doc in docs + [base] + variants:
        full_ok = _full("submission").is_valid(doc)
        try:
            _fast("submission")(doc)
            fast_ok = True
        except Exception:
            fast_ok = False
        assert fast_ok == full_ok, doc


def test_negative_counts_and_shares_above_100_are_input_errors_but_gross_rates_may_exceed_100(tmp_path):
    from checker.api import check
    from conftest import MINIMAL, write

    facts = ("  - {indicator: students, period: 2021, value: -5, unit: 人}\n"
             "  - {indicator: edu_general_budget_expenditure, period: 2021, value: -1, unit: 万元}\n"
             "  - {indicator: disabled_children_enrollment_rate, period: 2021, value: 100.5, unit: '%'}\n"
             "  - {indicator: preschool_gross_enrollment_rate, period: 2021, value: 104.2, unit: '%'}\n"
             "  - {indicator: fiscal_recurrent_revenue_growth_rate, period: 2021, value: -3.1, unit: '%'}\n"
             "  - {indicator: dropouts_outstanding, period: 2021, value: 0, unit: 人}\n")
    report = check([write(tmp_path, "s.yaml", MINIMAL + facts)])
    wrong = sorted((e.place, e.message.key) for e in report.errors)
    assert wrong == [("facts[0].value", "input.value_below_min"), ("facts[1].value", "input.value_below_min"),
                     ("facts[2].value", "input.value_above_max")]
    assert report.exit_code() == 2


def test_schema_errors_are_catalogue_texts_by_kind(tmp_path):
    """Each kind of contract breach (jsonschema's validator) has its own text in both languages."""
    text = ('entity: {code: "53032", name: 陆良县, level: town, region: west}\nperiod: "2021"\nfacts:\n'
            "  - {indicator: students, period: 2021, value: [1, 2], unit: 人}\n"
            "  - {indicator: students, period: 1800, value: 1, unit: 人}\n"
            '  - {indicator: "", period: 2021, value: 1, unit: 人, vaule: 2}\n')
    loaded = load_paths([write(tmp_path, "s.yaml", text)])
    found = sorted((e.place, e.message.key) for e in loaded.errors)
    # the code is judged by the long table's rule (facts.normal_code), not the schema's pattern (issue 20)
    assert found == [("entity.code", "input.entity_code_invalid"), ("entity.level", "input.schema.enum"),
                     ("facts[0].value", "input.schema.type"), ("facts[1].period", "input.out_of_range"),
                     ("facts[2]", "input.schema.unknown_fields"), ("facts[2].indicator", "input.cell_empty"),
                     ("period", "input.schema.type")]
    assert all(e.message.render("zh") != e.message.render("en") for e in loaded.errors)
