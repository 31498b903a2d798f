"""Criteria fidelity, second round (issue 20 item 9): one source per comparison, a total held
against its own stages, one scope per comparison, stages without pupils, the 基本均衡 composite
from a county's published CVs, a retired criterion, and sources re-checked."""

import pytest

from checker.api import check
from checker.model import Status
from checker.rules.library import load_packs
from conftest import MINIMAL, write

SOURCE = "source: {document: report, locator: 表1}"


def _county(tmp_path, facts: list[str], schools: str | None = None, period: int = 2021):
    text = MINIMAL.replace("period: 2021", f"period: {period}")
    if schools is not None:
        write(tmp_path, "schools.csv", schools)
        text = text.replace("documents:", "tables: {schools: schools.csv}\ndocuments:")
    text += "".join(f"  - {{{fact}, {SOURCE}}}\n" for fact in facts)
    write(tmp_path, "county.yaml", text)


def _found(tmp_path, criteria: str | None = None) -> dict:
    report = check([tmp_path], criteria=criteria, jobs=1)
    return {(f.criterion_id, f.stage): f for f in report.findings}


KG_REPORTED = ["indicator: students, stage: kindergarten, period: 2021, value: 3000, unit: 人",
               "indicator: full_time_teachers, stage: kindergarten, period: 2021, value: 150, unit: 人"]


def test_a_partial_school_table_is_never_set_against_reported_teachers(tmp_path):
    # 580 children summed from two of the county's kindergartens, against the 150 teachers it
    # reports, passed "580 ≤ 150 × 15"; its own totals are 3000 : 150 (1:20)
    _county(tmp_path, KG_REPORTED, "school_code,school_name,school_type,children\n"
                                   "K1,甲幼儿园,幼儿园,300\nK2,乙幼儿园,幼儿园,280\n")
    ratio = _found(tmp_path, "ppph")[("PPPH-RATIO-01", None)]
    assert ratio.status is Status.FAIL
    assert [e.value for e in ratio.evidence] == [3000, 150]
    assert "学校表未给出幼儿园专任教师总数" in ratio.message_zh and "学校表 580 人,上报 3,000 人" in ratio.message_zh
    assert "every figure of the comparison is the reported one" in ratio.message_en
    assert "school table 580 人, reported 3,000 人" in ratio.message_en
    sources = next(d["sources"] for d in ratio.details if "sources" in d)
    assert sources["source"] == "reported" and sources["disagreements"][0]["schools"] == 580


def test_a_table_giving_both_sides_decides_and_the_reported_totals_that_disagree_are_named(tmp_path):
    _county(tmp_path, KG_REPORTED, "school_code,school_name,school_type,children,kg_teachers\n"
                                   "K1,甲幼儿园,幼儿园,300,20\nK2,乙幼儿园,幼儿园,300,20\n")
    ratio = _found(tmp_path, "ppph")[("PPPH-RATIO-01", None)]
    assert ratio.status is Status.PASS  # 600 ≤ 40 × 15 on the table
    assert [e.value for e in ratio.evidence] == [600, 40]
    assert "学校表与上报数不一致" in ratio.message_zh and "the school table and the reported figures disagree" \
        in ratio.message_en
    assert {d["indicator"] for d in next(d["sources"] for d in ratio.details if "sources" in d)["disagreements"]} \
        == {"kg_children", "kg_teachers"}


def test_certification_never_mixes_table_teachers_with_reported_principals(tmp_path):
    facts = ["indicator: full_time_teachers, stage: kindergarten, period: 2021, value: 150, unit: 人",
             "indicator: certified_teachers, stage: kindergarten, period: 2021, value: 150, unit: 人",
             "indicator: principals, stage: kindergarten, period: 2021, value: 12, unit: 人",
             "indicator: certified_principals, stage: kindergarten, period: 2021, value: 12, unit: 人"]
    _county(tmp_path, facts, "school_code,school_name,school_type,children,kg_teachers,kg_certified_teachers\n"
                             "K1,甲幼儿园,幼儿园,300,20,18\n")
    cert = _found(tmp_path, "ppph")[("PPPH-CERT-01", None)]
    assert cert.status is Status.PASS and {e.value for e in cert.evidence} == {150, 12}


def test_without_a_school_table_nothing_is_noted(tmp_path):
    _county(tmp_path, KG_REPORTED)
    ratio = _found(tmp_path, "ppph")[("PPPH-RATIO-01", None)]
    assert ratio.status is Status.FAIL and "学校表" not in ratio.message_zh
    assert not any("sources" in d for d in ratio.details)


def test_a_total_below_its_own_stage_figure_is_an_error_not_a_pass(tmp_path):
    # "0 super-large classes in all, 2 in junior" passed DUT-CLS-01 on the total alone
    _county(tmp_path, ["indicator: super_large_classes, period: 2021, value: 0, unit: 个",
                       "indicator: super_large_classes, stage: junior, period: 2021, value: 2, unit: 个"])
    cls = _found(tmp_path)[("DUT-CLS-01", None)]
    assert cls.status is Status.ERROR
    assert "合计 0 个" in cls.message_zh and "初中 2 已超过合计" in cls.message_zh
    assert "contradicts its stage figures" in cls.message_en and "junior 2" in cls.message_en
    assert len(cls.evidence) == 2  # both places shown


def test_a_total_that_is_not_the_sum_of_every_stage_is_an_error(tmp_path):
    _county(tmp_path, ["indicator: large_classes, period: 2021, value: 10, unit: 个",
                       "indicator: large_classes, stage: primary, period: 2021, value: 6, unit: 个",
                       "indicator: large_classes, stage: junior, period: 2021, value: 5, unit: 个",
                       "indicator: classes, period: 2021, value: 400, unit: 个"])
    cls = _found(tmp_path)[("DUT-CLS-02", None)]
    assert cls.status is Status.ERROR and "小学 6 + 初中 5 = 11" in cls.message_zh


def test_a_total_agreeing_with_its_stages_is_read(tmp_path):
    _county(tmp_path, ["indicator: large_classes, period: 2021, value: 11, unit: 个",
                       "indicator: large_classes, stage: primary, period: 2021, value: 6, unit: 个",
                       "indicator: large_classes, stage: junior, period: 2021, value: 5, unit: 个",
                       "indicator: classes, period: 2021, value: 400, unit: 个"])
    assert _found(tmp_path)[("DUT-CLS-02", None)].status is Status.PASS  # 11 ≤ 400 × 5 %


def test_figures_of_different_scopes_are_not_compared(tmp_path):
    # 城中区 (audit §7): a whole-district numerator over a 区属 denominator
    _county(tmp_path, ["indicator: super_large_classes, period: 2018, value: 0, unit: 个",
                       "indicator: classes, period: 2018, value: 409, unit: 个, scope: 区属"], period=2018)
    cls = _found(tmp_path)[("DUT-CLS-03", None)]
    assert cls.status is Status.MISSING
    assert "超大班额班级数(66人及以上)(2018年)为全域" in cls.message_zh and "教学班数(2018年)为区属" in cls.message_zh
    assert "cover different scopes" in cls.message_en
    assert cls.missing == ({"indicator": "classes", "stage": None, "period": 2018},)


def test_a_stage_without_pupils_is_not_applicable_for_a_per_pupil_criterion(tmp_path):
    _county(tmp_path, ["indicator: students, stage: vocational, period: 2021, value: 0, unit: 人",
                       "indicator: students, stage: senior, period: 2021, value: 900, unit: 人"])
    found = _found(tmp_path)
    voc = found[("DUT-FUND-02", "vocational")]
    assert voc.status is Status.NOT_APPLICABLE and "中职在校生为 0" in voc.message_zh
    assert "no vocational pupils" in voc.message_en and voc.evidence[0].value == 0
    assert found[("DUT-FUND-02", "senior")].status is Status.MISSING  # pupils there: the figure is missing


def test_no_pupils_in_part_of_the_entity_is_not_none_in_the_whole(tmp_path):
    _county(tmp_path, ["indicator: students, stage: vocational, period: 2021, value: 0, unit: 人, scope: 区属"])
    assert _found(tmp_path)[("DUT-FUND-02", "vocational")].status is Status.MISSING


STATED = ("aux_area_per_student", "sports_area_per_student", "equipment_per_student", "computers_per100",
          "books_per_student", "teachers_per100", "degree_per100", "mid_title_per100")


def test_the_composite_cv_from_the_eight_single_cvs_a_county_publishes(tmp_path):
    values = ("0.60", "0.70", "0.65", "0.73", "0.60", "0.70", "0.65", "0.65")
    _county(tmp_path, [f"indicator: cv_{k}_stated, stage: junior, period: 2021, value: \"{v}\""
                       for k, v in zip(STATED, values)])
    found = _found(tmp_path, "jbjh")
    cv = found[("JBJH-CV-01", "junior")]
    assert cv.status is Status.FAIL and cv.evidence[0].value == pytest.approx(0.66)  # > 0.55
    assert len([d for d in cv.details if "cv" in d]) == 8
    assert found[("JBJH-CV-01", "primary")].status is Status.MISSING  # nothing for primary


def test_a_stated_composite_is_taken_as_stated(tmp_path):
    values = ("0.10",) * 8
    _county(tmp_path, [f"indicator: cv_{k}_stated, stage: junior, period: 2021, value: \"{v}\""
                       for k, v in zip(STATED, values)]
            + ["indicator: cv_composite_stated, stage: junior, period: 2021, value: \"0.56\""])
    assert _found(tmp_path, "jbjh")[("JBJH-CV-01", "junior")].status is Status.FAIL  # the county's 0.56


def test_dut_sj_05_is_retired_and_its_figure_is_reported_as_unchecked(tmp_path):
    assert "DUT-SJ-05" not in {c.id for p in load_packs("duties") for c in p.criteria}
    _county(tmp_path, ["indicator: tutoring_institutions_reduction_rate, period: 2021, value: 100, unit: \"%\""])
    report = check([tmp_path], jobs=1)
    assert any(n.kind == "unchecked" and any(f.get("indicator") == "tutoring_institutions_reduction_rate"
                                              for f in n.figures) for n in report.notices)


def test_sources_rechecked():
    from pathlib import Path

    hunan = (Path(__file__).resolve().parent.parent / "checker" / "packs" / "duties.hunan.yaml").read_text("utf-8")
    assert "unconfirmed" not in hunan and "湖南省学前教育发展提升行动计划(2022—2025年)" in hunan
    soc = next(c for p in load_packs("yzjh") for c in p.criteria if c.id == "YZJH-SOC-01")
    # the veto is confirmed, the 85 % is not: a warning until the 办法's own words are read
    assert soc.severity == "warning" and {b.status for b in soc.basis} == {"confirmed", "secondary"}
    assert all(b.checked == "2026-12-06" for b in soc.basis)
