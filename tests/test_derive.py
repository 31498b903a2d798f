"""The derive stage against hand calculation: enrolment-weighted CV, exclusions, lineage."""

import math

import pytest

from checker.api import check
from checker.evaluate.derive import farthest, sections, weighted_cv, weighted_cvs
from checker.model import Status
from conftest import MINIMAL, write

HEADER = ("school_code,school_name,school_type,students_primary,students_junior,teachers_above_degree_primary,"
          "backbone_teachers,pe_art_teachers,teaching_aux_area,sports_area,equipment_value,multimedia_rooms,"
          "max_class_size_primary\n")


def test_weighted_cv_by_hand():
    # pupils 100, 200, 300 with values 2, 4, 6: N = 600, X̄ = 2800/600 = 14/3,
    # S² = (1/6)(2−14/3)² + (1/3)(4−14/3)² + (1/2)(6−14/3)² = 20/9, CV = √(20/9) / (14/3) = √20 / 14
    cv, mean = weighted_cv([2, 4, 6], [100, 200, 300])
    assert mean == pytest.approx(14 / 3) and cv == pytest.approx(math.sqrt(20) / 14)  # 0.319438
    assert cv != pytest.approx(math.sqrt(8 / 3) / 4)  # not the unweighted CV (0.408), a known pitfall


def test_all_cvs_in_one_pass_are_the_one_by_one_cvs_to_the_last_digit():
    import random

    rng = random.Random(2026)
    for n in (1, 2, 7, 8, 9, 16, 17, 74, 129, 2000):  # around numpy's pairwise-sum blocks
        pupils = [rng.randint(1, 3000) for _ in range(n)]
        table = [[rng.choice([round(rng.uniform(0, 100), 9), rng.uniform(0, 1e6), 0.0]) for _ in range(n)]
                 for _ in range(11)]
        table.append([5.0] * n)  # no spread: CV 0
        table.append([0.0] * n)  # mean 0: no CV
        for row, (cv, mean) in zip(table, weighted_cvs(table, pupils)):
            one_cv, one_mean = weighted_cv(row, pupils)
            assert mean == one_mean and (cv == one_cv or math.isnan(cv) and math.isnan(one_cv))


def test_the_farthest_schools_in_one_pass_are_the_ones_a_sort_by_distance_then_code_picks():
    import heapq
    import random

    rng = random.Random(7)
    for n in (1, 2, 3, 4, 5, 20, 74):
        codes = rng.sample([f"S{i:03d}" for i in range(200)], n)
        table = [[rng.choice([1.5, 2.0, 2.5, 0.0, -0.0, round(rng.uniform(0, 10), 2), rng.uniform(0, 1e6)])
                  for _ in range(n)] for _ in range(12)]
        means = [mean for _, mean in weighted_cvs(table, [rng.randint(1, 900) for _ in range(n)])]
        means[0] = 2.0  # ties: values at equal distance on both sides of the mean
        for row, mean, order in zip(table, means, farthest(table, means, codes)):
            expected = heapq.nsmallest(3, range(n), key=lambda i: (-abs(row[i] - mean), codes[i]))
            assert order == expected


def county(tmp_path, rows: str, facts: str = ""):
    write(tmp_path, "schools.csv", HEADER + rows)
    text = MINIMAL.replace("documents:", "tables: {schools: schools.csv}\ndocuments:") + (facts or
            "  - {indicator: dropouts_outstanding, period: 2021, value: 0, unit: 人}\n")
    write(tmp_path, "county.yaml", text)
    return check([tmp_path], criteria="yzjh", jobs=1)


def test_cv_and_6_of_7_from_a_small_table(tmp_path):
    report = county(tmp_path,
                    "S1,甲小学,小学,100,,2,1,1,450,750,200000,3,40\n"
                    "S2,乙小学,小学,200,,8,2,2,900,1500,400000,5,46\n"
                    "S3,丙小学,小学,300,,18,3,3,1350,2250,600000,7,45\n"
                    "S4,丁教学点,教学点,30,,0,0,0,50,50,1000,0,30\n"
                    "S5,特教学校,特殊教育学校,60,,9,1,1,900,900,300000,2,12\n")
    found = {(f.criterion_id, f.stage): f for f in report.findings}
    cv = found[("YZJH-CV-01", "primary")]  # qualified teachers per 100 pupils: 2, 4, 6 → √20/14
    assert cv.evidence[0].value == pytest.approx(math.sqrt(20) / 14, abs=1e-6) and cv.status is Status.PASS
    lineage = cv.details[0]
    assert lineage["schools"] == 3 and lineage["pupils"] == 600  # the teaching point and special school left out
    assert {x["name"] for x in lineage["excluded"]} == {"丁教学点", "特教学校"}
    assert cv.details[1]["school"] == "甲小学"  # farthest from the mean (2 vs 4.67)
    res = found[("YZJH-RES-01", "primary")]
    assert res.status is Status.FAIL  # 甲小学 has 2 per 100 qualified teachers (48 % of 4.2)
    failing = {d["school"]: d for d in res.details}
    assert set(failing) == {"甲小学"}  # 乙小学: 4.0 per 100 is 95 % of 4.2, its one shortfall, the rest met
    short = {s["indicator"]: s for s in failing["甲小学"]["short"]}
    assert short["teachers above the required degree per 100 pupils"]["percent_of_standard"] == pytest.approx(47.6)
    cls = found[("YZJH-CLASS-01", "primary")]
    assert cls.status is Status.FAIL and "乙小学" in cls.message_zh  # a class of 46 > 45
    assert found[("YZJH-CLASS-01", "junior")].status is Status.MISSING  # no junior school at all
    # the CV the checker computed says how, in the reader's language (from the catalogue)
    from checker.report.render import render_text

    citation = cv.evidence[0].citation
    assert citation.locator.startswith("派生:3 所学校") and "按在校生加权的差异系数" in citation.locator
    assert citation.locator_en.startswith("derived: enrolment-weighted CV of teachers above the required degree per 100 pupils (") and "over 3 schools" in citation.locator_en
    record = report.to_dict()
    assert "派生:3 所学校" in render_text(record, "html", "zh") and "派生:" not in render_text(record, "html", "en")
    assert "derived: enrolment-weighted CV" in render_text(record, "html", "en")


def test_an_unreadable_school_row_makes_school_criteria_errors(tmp_path):
    report = county(tmp_path, "S1,甲小学,小学,100,,2,1,1,450,750,200000,3,40\n"
                              "S2,乙小学,大学,200,,8,2,2,900,1500,400000,5,46\n")
    assert any(e.place.render("en") == "row 3, column school_type" for e in report.errors if e.place)
    cv = next(f for f in report.findings if f.criterion_id == "YZJH-CV-01" and f.stage == "primary")
    assert cv.status is Status.ERROR and "row 3" in cv.message_en


def test_sections_split_a_through_school(tmp_path):
    from checker.model import Location, School

    s = School("S1", "一贯制", "九年一贯制", (("students_primary", 600), ("students_junior", 400),
                                           ("backbone_teachers", 20)), Location("x"))
    frame = sections((s,))
    assert list(frame["section"]) == ["primary", "junior"]
    assert list(frame["backbone_per100"]) == [2.0, 2.0]  # school-wide resources per pupil: same in both


def test_the_example_county_names_its_failing_schools():
    from conftest import SUBMISSIONS

    county = SUBMISSIONS / "synthetic-county"
    yzjh = {(f.criterion_id, f.stage): f for f in check([county], criteria="优质均衡", jobs=1).findings}
    assert yzjh[("YZJH-RES-01", "primary")].status is Status.FAIL
    assert {d["school"] for d in yzjh[("YZJH-RES-01", "primary")].details} == {"河西第2小学", "石桥第2小学"}
    assert "新安初级中学" in yzjh[("YZJH-SIZE-01", None)].message_zh
    assert "河西小学" in yzjh[("YZJH-CLASS-01", "primary")].message_zh
    assert all(yzjh[(f"YZJH-CV-{n:02d}", s)].status is Status.PASS for n in range(1, 8) for s in ("primary", "junior"))
    assert "河西第2小学" in yzjh[("YZJH-ROOM-01", None)].message_zh
    assert "石桥初级中学" in yzjh[("YZJH-QUA-03", None)].message_zh
    assert yzjh[("YZJH-GOV-09", None)].status is Status.FAIL  # 18.5 % < 20 %
    assert all(yzjh[(f"YZJH-VETO-0{n}", None)].status is Status.PASS for n in range(1, 5))
    stated = yzjh[("YZJH-CVS-01", "junior")]
    assert stated.status is Status.FAIL and stated.evidence[0].citation.locator == "附表2"
    assert yzjh[("YZJH-CVS-01", "primary")].status is Status.NOT_APPLICABLE
    ppph = {f.criterion_id: f.status for f in check([county], criteria="普及普惠", jobs=1).findings}
    assert ppph == {"PPPH-ENR-01": Status.PASS, "PPPH-INC-01": Status.PASS, "PPPH-PUB-01": Status.FAIL,
                    "PPPH-RATIO-01": Status.FAIL, "PPPH-CERT-01": Status.FAIL, "PPPH-CLASS-01": Status.PASS,
                    "PPPH-SIZE-01": Status.FAIL, "PPPH-PAY-01": Status.PASS, "PPPH-SOC-01": Status.PASS,
                    "PPPH-KGCLASS-01": Status.FAIL}
    jbjh = {(f.criterion_id, f.stage): f.status for f in check([county], criteria="基本均衡", jobs=1).findings}
    assert jbjh == {("JBJH-CV-01", "primary"): Status.PASS, ("JBJH-CV-01", "junior"): Status.PASS,
                    ("JBJH-CVS-01", "primary"): Status.NOT_APPLICABLE, ("JBJH-CVS-01", "junior"): Status.FAIL,
                    ("JBJH-SAT-01", None): Status.PASS}


def test_a_named_but_missing_school_table_is_an_error_for_school_criteria(tmp_path):
    write(tmp_path, "county.yaml", MINIMAL.replace("documents:", "tables: {schools: nope.csv}\ndocuments:")
          + "  - {indicator: dropouts_outstanding, period: 2021, value: 0, unit: 人}\n")
    report = check([tmp_path], criteria="yzjh", jobs=1)
    assert report.exit_code() == 2 and any("nope.csv" in e.file for e in report.errors)
    school = [f for f in report.findings if f.criterion_id in ("YZJH-RES-01", "YZJH-CV-01", "YZJH-SIZE-01")]
    assert school and all(f.status is Status.ERROR for f in school)


def test_period_override_keeps_the_school_table():
    from conftest import SUBMISSIONS

    report = check([SUBMISSIONS / "synthetic-county"], criteria="yzjh", period=2021, jobs=1)
    res = next(f for f in report.findings if f.criterion_id == "YZJH-RES-01" and f.stage == "primary")
    assert res.status is Status.FAIL and res.details  # not `missing`: the schools survive --period


def test_a_complete_secondary_school_shares_its_resources_with_its_senior_pupils(tmp_path):
    # audit E9: 600 junior + 1,200 senior pupils and 12,000 m² of sports ground is 6.67 m² a pupil,
    # below the junior 10.2: the old derive divided by the 600 junior pupils only (20 m², a pass)
    from checker.model import Location, School

    s = School("S1", "第一中学", "完全中学", (("students_junior", 600), ("students_senior", 1200),
                                          ("sports_area", 12000)), Location("x"))
    frame = sections((s,))
    assert list(frame["section"]) == ["junior"]
    assert frame["sports_area_per_student"][0] == pytest.approx(12000 / 1800)
    no_senior = School("S2", "第二中学", "完全中学", (("students_junior", 600), ("sports_area", 12000)), Location("x"))
    assert math.isnan(sections((no_senior,))["sports_area_per_student"][0])  # unknown, never inflated


def test_section_weights_apportion_a_twelve_year_school(monkeypatch):
    # with the secondary 1:1.1:1.32 weights a junior pupil gets R·1.1 / (1·P + 1.1·J + 1.32·S)
    from checker.evaluate import derive
    from checker.model import Location, School

    monkeypatch.setattr(derive, "section_weights", lambda: {"primary": 1.0, "junior": 1.1, "senior": 1.32})
    derive.sections.cache_clear()
    try:
        s = School("S1", "十二年一贯制学校", "十二年一贯制", (("students_primary", 1000), ("students_junior", 500),
                                                   ("students_senior", 500), ("equipment_value", 2_210_000)),
                   Location("x"))
        frame = derive.sections((s,))
        shared = 1000 + 1.1 * 500 + 1.32 * 500  # 2210
        assert list(frame["equipment_per_student"]) == pytest.approx([2_210_000 / shared, 2_210_000 * 1.1 / shared])
    finally:
        derive.sections.cache_clear()


def test_kindergarten_figures_fall_back_to_the_reported_ones(tmp_path):
    # audit E8: with no school table, 学前 students and teachers as reported decide PPPH-RATIO-01
    write(tmp_path, "county.yaml", MINIMAL
          + "  - {indicator: students, stage: kindergarten, period: 2021, value: 16760, unit: 人, source: {document: report, locator: x}}\n"
            "  - {indicator: full_time_teachers, stage: kindergarten, period: 2021, value: 1096, unit: 人, "
            "source: {document: report, locator: y}}\n")
    found = {f.criterion_id: f for f in check([tmp_path], criteria="ppph", jobs=1).findings}
    ratio = found["PPPH-RATIO-01"]
    assert ratio.status is Status.FAIL  # 16760 > 1096 × 15 = 16440
    assert {(e.indicator, e.value, e.citation.locator) for e in ratio.evidence} == {
        ("kg_children", 16760, "x"), ("kg_teachers", 1096, "y")}
    assert found["PPPH-CERT-01"].status is Status.MISSING


JBJH_HEADER = ("school_code,school_name,school_type,students_primary,teaching_aux_area,sports_area,equipment_value,"
               "computers,books,full_time_teachers_primary,teachers_above_degree_primary,mid_title_teachers_primary\n")


def test_composite_cv_by_hand_and_stated_cvs_checked_against_it(tmp_path):
    # pupils 100, 200, 300. Books per pupil 2, 4, 6 → CV √20/14 (as above); every other indicator
    # equal across schools (CV 0) except computers per 100 pupils 10, 10, 40: X̄ = (1000+2000+12000)/600
    # = 25, S² = (1/6)(225) + (1/3)(225) + (1/2)(225) = 225, CV = 15/25 = 0.6. Composite = (√20/14 + 0.6)/8.
    rows = ("S1,甲小学,小学,100,500,800,200000,10,200,6,5,3\n"
            "S2,乙小学,小学,200,1000,1600,400000,20,800,12,10,6\n"
            "S3,丙小学,小学,300,1500,2400,600000,120,1800,18,15,9\n")
    write(tmp_path, "schools.csv", JBJH_HEADER + rows)
    composite = (math.sqrt(20) / 14 + 0.6) / 8  # 0.114930
    facts = ("  - {indicator: cv_composite_stated, stage: primary, period: 2021, value: \"0.11\", "
             "source: {document: report, locator: 表3}}\n"
             "  - {indicator: cv_books_per_student_stated, stage: primary, period: 2021, value: \"0.319\", "
             "source: {document: report, locator: 表3}}\n"
             "  - {indicator: cv_computers_per100_stated, stage: primary, period: 2021, value: \"0.6\", "
             "source: {document: report, locator: 表3}}\n")
    write(tmp_path, "county.yaml", MINIMAL.replace("documents:", "tables: {schools: schools.csv}\ndocuments:") + facts)
    found = {(f.criterion_id, f.stage): f for f in check([tmp_path], criteria="基本均衡", jobs=1).findings}
    cv = found[("JBJH-CV-01", "primary")]
    assert cv.status is Status.PASS and cv.evidence[0].value == pytest.approx(composite, abs=1e-6)
    assert {d.get("indicator"): d.get("cv") for d in cv.details[1:]}["computers_per100"] == pytest.approx(0.6)
    stated = found[("JBJH-CVS-01", "primary")]
    # 0.11 stands for [0.105, 0.115]: 0.11493 is inside (rounded); 0.319 for [0.3185, 0.3195]:
    # √20/14 = 0.31944 is inside; 0.6 for [0.55, 0.65]: inside
    assert stated.status is Status.PASS and len(stated.details) == 3
    assert found[("JBJH-CV-01", "junior")].status is Status.MISSING  # no junior school


def test_stated_cvs_decide_when_there_is_no_school_table(tmp_path):
    write(tmp_path, "county.yaml", MINIMAL + (
        "  - {indicator: cv_sports_area_per_student_stated, stage: junior, period: 2021, value: \"0.47\", "
        "source: {document: report, locator: 表2}}\n"))
    found = {(f.criterion_id, f.stage): f for f in check([tmp_path], criteria="优质均衡", jobs=1).findings}
    cv = found[("YZJH-CV-05", "junior")]
    assert cv.status is Status.FAIL and cv.evidence[0].citation.locator == "表2"  # 0.47 > 0.45
    assert found[("YZJH-CVS-01", "junior")].status is Status.NOT_APPLICABLE  # nothing to compare with
