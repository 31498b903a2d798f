"""Nothing lost: a figure no criterion read is listed ("these figures were not checked"), a figure for
a year not evaluated is listed apart, and two figures that disagree are a conflict (`error` naming
both), never `missing` and never one picked in silence. Identities, not wording."""

from __future__ import annotations

import json
from pathlib import Path

from checker.api import check
from checker.model import Status

HEAD = """entity: {code: "530300", name: 曲靖市, level: prefecture, region: west}
period: 2021
documents:
  - {id: self-report, title: 自查自评报告}
facts:
"""


def fact(indicator, period, value, unit, stage=None, stated=None):
    line = f"  - {{indicator: {indicator}, period: {period}, value: {value}, unit: \"{unit}\""
    line += f", stage: {stage}" if stage else ""
    line += f", stated: {stated}" if stated else ""
    return line + ", source: {document: self-report, locator: x}}\n"


def write(tmp_path: Path, *facts: str, name: str = "sub.yaml", head: str = HEAD) -> Path:
    path = tmp_path / name
    path.write_text(head + "".join(facts), encoding="utf-8")
    return path


def figures(report, kind):
    found = [n for n in report.notices if n.kind == kind]
    return {(f["entity"], f["indicator"], f["stage"], f["period"]) for n in found for f in n.figures}, found


PER_STUDENT = "per_student_general_budget_expenditure"


def test_a_figure_no_criterion_reads_is_listed_and_read_ones_are_not(tmp_path):
    path = write(tmp_path,
                 fact(PER_STUDENT, 2021, "10007.75", "元", "vocational"),
                 fact(PER_STUDENT, 2020, "10071.80", "元", "vocational"),  # read: prev() of 只增不减
                 fact("supervision_special_fund", 2021, 30, "万元"),  # read by no criterion
                 fact("after_school_service_student_share", 2021, "98.43", "%"))
    report = check([path])
    assert not report.errors
    unchecked, notices = figures(report, "unchecked")
    assert unchecked == {("530300", "supervision_special_fund", None, 2021),
                         ("530300", "after_school_service_student_share", None, 2021)}
    assert len(notices) == 1 and notices[0].file == path.as_posix()  # one notice per submission
    assert {f["place"] for f in notices[0].figures} == {f"{path.as_posix()} facts[2]", f"{path.as_posix()} facts[3]"}
    assert report.summary["unchecked_figures"] == 2 and report.summary["other_year_figures"] == 0
    record = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    kinds = [n for n in record["notices"] if n.get("kind") == "unchecked"]
    assert [f["value_as_written"] for f in kinds[0]["figures"]] == ["30", "98.43"]
    assert "supervision_special_fund" not in kinds[0]["message"] and kinds[0]["message_en"]  # names, not ids


def test_stage_figures_a_total_is_built_from_and_stated_changes_count_as_read(tmp_path):
    path = write(tmp_path,
                 # DUT-CLS-01 reads the compulsory total, taken from 小学 + 初中 when the total is not given
                 fact("super_large_classes", 2021, 0, "个", "primary"),
                 fact("super_large_classes", 2021, 0, "个", "junior"),
                 # a stated change reads last year's figure (the consistency pack)
                 fact("edu_general_budget_expenditure", 2021, "124.40", "亿元", stated='{change_pct: "1.32"}'),
                 fact("edu_general_budget_expenditure", 2020, "122.78", "亿元"))
    report = check([path])
    assert not report.errors
    unchecked, _ = figures(report, "unchecked")
    other, _ = figures(report, "other_years")
    assert not unchecked and not other


def test_figures_for_other_years_are_listed_under_period(tmp_path):
    path = write(tmp_path,
                 fact(PER_STUDENT, 2021, "10007.75", "元", "vocational"),
                 fact(PER_STUDENT, 2020, "10071.80", "元", "vocational"),
                 fact(PER_STUDENT, 2019, "9900.00", "元", "vocational"),  # two years back: nothing reads it
                 fact("supervision_special_fund", 2018, 30, "万元"))
    report = check([path], period=2021)
    other, notices = figures(report, "other_years")
    assert other == {("530300", PER_STUDENT, "vocational", 2019), ("530300", "supervision_special_fund", None, 2018)}
    assert len(notices) == 1 and report.summary["other_year_figures"] == 2
    unchecked, _ = figures(report, "unchecked")
    assert not unchecked
    # a submission of 2021 checked as 2023: every figure is for a year not evaluated, and said so
    report = check([path], period=2023)
    other, _ = figures(report, "other_years")
    assert ("530300", PER_STUDENT, "vocational", 2021) in other and len(other) == 4
    assert {f.period for f in report.findings} == {2023}


def test_a_stated_change_on_two_disagreeing_figures_is_an_error_naming_both(tmp_path):
    path = write(tmp_path,
                 fact(PER_STUDENT, 2021, "5402.99", "元", "kindergarten", stated='{change_pct: "5.71"}'),
                 fact(PER_STUDENT, 2020, "5111.29", "元", "kindergarten"),
                 fact(PER_STUDENT, 2020, "5200.00", "元", "kindergarten"))
    report = check([path])
    assert not report.errors
    con = next(f for f in report.findings if f.criterion_id == "CON-CHANGE-01")
    assert con.status is Status.ERROR  # today: missing
    places = {p for d in con.details for p in d["places"]}
    assert {f"{path.as_posix()} facts[1]", f"{path.as_posix()} facts[2]"} <= places
    assert {str(f.location) for f in con.evidence} >= {f"{path.as_posix()} facts[1]", f"{path.as_posix()} facts[2]"}
    assert "missing" not in con.to_dict()
    # the rule reading the same figures does not pick one either
    rule = next(f for f in report.findings if f.criterion_id == "DUT-FUND-02" and f.stage == "kindergarten")
    assert rule.status is Status.ERROR
    assert {str(f.location) for f in rule.evidence} >= {f"{path.as_posix()} facts[1]", f"{path.as_posix()} facts[2]"}


def test_a_part_or_stage_in_conflict_is_an_error_not_a_pass_over_the_rest(tmp_path):
    path = write(tmp_path,
                 fact("students", 2021, 26568, "人", stated="{parts: [primary, junior]}"),
                 fact("students", 2021, 18430, "人", "primary"),
                 fact("students", 2021, 8138, "人", "junior"),
                 fact("students", 2021, 8200, "人", "junior"),
                 fact("full_time_teachers", 2021, 1700, "人"),
                 fact("full_time_teachers", 2021, 1025, "人", "primary"),
                 fact("full_time_teachers", 2021, 611, "人", "junior"),
                 fact("full_time_teachers", 2021, 2000, "人", "junior"))  # > the total: not to be dropped
    report = check([path])
    assert not report.errors
    con = next(f for f in report.findings if f.criterion_id == "CON-PARTS-01")
    assert con.status is Status.ERROR
    errors = [d for d in con.details if d["status"] == "error"]
    assert len(errors) == 2  # the stated parts, and the stages within the teachers' total
    assert any(f"{path.as_posix()} facts[7]" in d["places"] for d in errors)


def test_no_figure_listed_as_unchecked_is_the_evidence_of_a_finding(report):
    listed = {f["place"] for n in report.notices if n.kind for f in n.figures}
    assert listed  # the bundled submissions do hold figures no criterion reads
    shown = {str(x.location) for f in report.findings for x in f.evidence}
    shown |= {p for f in report.findings for d in f.details for p in d.get("places", ())}
    assert not listed & shown


def test_every_format_for_people_shows_the_unchecked_notice(tmp_path):
    # a notice only the terminal showed would be silent in the report an inspector opens
    import html
    from io import BytesIO

    from openpyxl import load_workbook

    from checker.report.render import render

    write(tmp_path, fact("supervision_special_fund", 2021, 30, "万元"))
    record = check([tmp_path], jobs=1).to_dict()
    notice = next(n for n in record["notices"] if n["kind"] == "unchecked")
    for lang, key in (("zh", "message"), ("en", "message_en")):
        for fmt in ("table", "markdown", "html"):
            shown = "".join(render(record, fmt, lang, **({"width": 2000} if fmt == "table" else {})))
            assert notice[key] in (html.unescape(shown) if fmt == "html" else shown), (fmt, lang)
        book = load_workbook(BytesIO(b"".join(render(record, "xlsx", lang))))
        sheet = book["提示" if lang == "zh" else "Notices"]
        assert notice[key] in [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)], ("xlsx", lang)
