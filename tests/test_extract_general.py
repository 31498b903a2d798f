"""`checker extract` on the general ways reports phrase their figures (issue 24): lists that share out
figures, a sentence's subject carried to its 其中 parts, lists of stages sharing one count, a part's
share of the whole, growth rates stated without their figures, the entity's own figure after a
standard's, counting sentences. Every sentence here is written for the test (none is copied from a
document of tests/data/reports/), and each test of a reading failed before that reading was written (the guards beside them, such as
a list with fewer figures than names, held already)."""

from checker.intake.extract import extract_text


def _read(text: str, period: int = 2022):
    draft = extract_text(text, "report.txt", "410000", period)
    facts = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}
    unattached = {(u.figure, u.reason) for u in draft.unattached}
    for p in draft.facts:  # every quote is the document's own text
        assert draft.quote(p) in text
    return facts, unattached, draft


def test_names_listed_then_respectively_take_their_figures_in_order():
    facts, _, _ = _read("2022年,全县学前三年毛入园率、九年义务教育巩固率和高中阶段毛入学率分别为92.5%、99.2%和93.4%。")
    assert {("preschool_gross_enrollment_rate", None, 2022, "92.5"), ("compulsory_retention_rate", None, 2022, "99.2"),
            ("senior_secondary_gross_enrollment_rate", None, 2022, "93.4")} <= facts


def test_respectively_with_fewer_figures_than_names_attaches_nothing_wrongly():
    facts, _, _ = _read("全县学前三年毛入园率、九年义务教育巩固率分别为92.5%。")
    assert ("compulsory_retention_rate", None, 2022, "92.5") not in facts


def test_names_listed_then_each_the_same_figure():
    facts, _, _ = _read("全县学科类校外培训机构压减率、校外培训机构纳入资金监管率均达到100%。")
    assert {("tutoring_institutions_reduction_rate", None, 2022, "100"),
            ("tutoring_funds_supervised_share", None, 2022, "100")} <= facts


def test_n_times_the_same_figure_only_when_n_is_the_number_of_names():
    text = "全县学科类校外培训机构压减率、校外培训机构纳入资金监管率、作业时间控制达标学校比例实现“3个100%”。"
    facts, _, _ = _read(text)
    assert {("tutoring_institutions_reduction_rate", None, 2022, "100"),
            ("tutoring_funds_supervised_share", None, 2022, "100"),
            ("homework_time_compliant_school_share", None, 2022, "100")} <= facts
    facts, _, _ = _read(text.replace("3个", "4个"))
    assert not any(f[0] == "tutoring_funds_supervised_share" for f in facts)


def test_qizhong_parts_take_the_sentence_subject_by_stage():
    facts, _, _ = _read("全县在校中小学生31250人,其中小学18600人,初中9150人,高中3500人。")
    assert {("students", None, 2022, "31250"), ("students", "primary", 2022, "18600"),
            ("students", "junior", 2022, "9150"), ("students", "senior", 2022, "3500")} <= facts
    facts, _, _ = _read("全县共有专任教师3456人,其中小学1650人,幼儿园406人。")
    assert {("full_time_teachers", "primary", 2022, "1650"), ("full_time_teachers", "kindergarten", 2022, "406")} <= facts


def test_a_stage_ending_a_list_of_stages_never_takes_the_list_total():
    facts, unattached, _ = _read("全县辖区内共有中小学、幼儿园45所,其中小学20所,初中8所,幼儿园17所。")
    assert ("schools", "kindergarten", 2022, "45") not in facts
    assert ("45所", "mixed_stage") in unattached
    assert {("schools", "primary", 2022, "20"), ("schools", "junior", 2022, "8"),
            ("schools", "kindergarten", 2022, "17")} <= facts
    facts, _, _ = _read("全县有小学、初中28所。")
    assert not any(f[0] == "schools" and f[3] == "28" for f in facts)


def test_counts_in_a_territory_sentence_with_asides():
    facts, _, _ = _read("辖区内有小学36所(含教学点12个)、初中11所、幼儿园42所。")
    assert {("schools", "primary", 2022, "36"), ("schools", "junior", 2022, "11"),
            ("schools", "kindergarten", 2022, "42")} <= facts


def test_a_school_year_is_the_year_it_begins_in_and_opens_a_counting_sentence():
    facts, _, _ = _read("2021—2022学年,全县共有普通高中3所,在校生5200人。", period=2021)
    assert {("schools", "senior", 2021, "3"), ("students", "senior", 2021, "5200")} <= facts


def test_school_counted_only_where_the_sentence_counts():
    facts, _, _ = _read("全县共有学校89所,在校学生41234人。")
    assert ("schools", None, 2022, "89") in facts
    facts, _, _ = _read("全县创建市级示范学校5所。全区有78所学校接入互联网专线。")
    assert not any(f[0] == "schools" for f in facts)


def test_a_parts_share_of_the_whole_is_the_indicator_its_words_name():
    facts, _, _ = _read("全县普惠性幼儿园在园幼儿5800人,比上年增加120人,占总数的90.34%。")
    assert ("inclusive_kindergarten_coverage", None, 2022, "90.34") in facts
    assert not any(f[0] == "students" for f in facts)  # the part is not the pupils' count
    facts, _, _ = _read("全县普惠性幼儿园31所,占总数的70.5%。")  # kindergartens, not children: no indicator
    assert not any(f[3] == "70.5" for f in facts)
    facts, _, _ = _read("全县普惠性幼儿园在园幼儿5800人,占义务教育学生总数的30%。")  # another base
    assert not any(f[3] == "30" for f in facts)


def test_a_change_stated_without_its_figure_is_the_growth_rate():
    facts, _, _ = _read("2022年,全县教育财政拨款比上年增长8.5%,高于财政经常性收入3.2%的增长幅度,高出5.3个百分点。")
    assert {("edu_appropriation_growth_rate", None, 2022, "8.5"),
            ("fiscal_recurrent_revenue_growth_rate", None, 2022, "3.2")} <= facts
    facts, _, _ = _read("2022年,全县教育财政拨款比2021年下降2.5%。")
    assert ("edu_appropriation_growth_rate", None, 2022, "-2.5") in facts


def test_a_change_over_an_earlier_year_is_not_the_annual_growth_rate():
    facts, unattached, _ = _read("2022年,全县教育财政拨款比2019年增长20%。")
    assert not any(f[0] == "edu_appropriation_growth_rate" for f in facts)
    assert ("20%", "stated_without_value") in unattached


def test_the_entitys_own_figure_after_a_standard_in_the_same_sentence():
    facts, unattached, draft = _read("国家要求学前三年毛入园率达到85%,我县为83.1%。")
    assert ("preschool_gross_enrollment_rate", None, 2022, "83.1") in facts
    assert ("preschool_gross_enrollment_rate", None, 2022, "85") not in facts
    assert ("85%", "standard") in unattached
    fact = next(p for p in draft.facts if p.value == "83.1")
    assert "学前三年毛入园率" in draft.quote(fact)  # the quote says what the figure is of
    facts, _, _ = _read("全国学前三年毛入园率为89.7%,全县为91.2%。")
    assert ("preschool_gross_enrollment_rate", None, 2022, "91.2") in facts
    assert ("preschool_gross_enrollment_rate", None, 2022, "89.7") not in facts


def test_wording_variants_of_the_rates_and_counts():
    facts, _, _ = _read("全县学前教育三年毛入园率达95.2%,义务教育阶段巩固率为99.5%,高中段毛入学率达到96.3%。"
                        "全县小学专任教师数为1650人,在园幼儿数为6420人。九年义务教育巩固率保持在100%。")
    assert {("preschool_gross_enrollment_rate", None, 2022, "95.2"), ("compulsory_retention_rate", None, 2022, "99.5"),
            ("senior_secondary_gross_enrollment_rate", None, 2022, "96.3"),
            ("full_time_teachers", "primary", 2022, "1650"), ("students", "kindergarten", 2022, "6420"),
            ("compulsory_retention_rate", None, 2022, "100")} <= facts


def test_senior_segment_is_never_one_stage():
    facts, unattached, _ = _read("全县高中段在校生8637人。")
    assert not any(f[0] == "students" and f[1] == "senior" for f in facts)
    assert ("8637人", "mixed_stage") in unattached


def test_stages_listed_before_one_name_take_their_figures_respectively():
    facts, unattached, _ = _read("全县小学、初中专任教师分别为2100人、1300人。全县小学和初中在校生分别为22100人、10980人。"
                                 "全县农村小学、初中在校生分别为9100人和4980人。")
    assert {("full_time_teachers", "primary", 2022, "2100"), ("full_time_teachers", "junior", 2022, "1300"),
            ("students", "primary", 2022, "22100"), ("students", "junior", 2022, "10980")} <= facts
    assert not any(f[3] in ("9100", "4980") for f in facts)  # rural pupils: a part, never the stage's count
    assert ("9100人", "subset") in unattached


def test_a_heading_whose_paragraph_runs_on_names_the_quantity_of_its_list():
    text = ("二、一般公共预算教育经费情况\n"
            "2.各级教育生均一般公共预算公用经费增长情况。全县幼儿园为1880.5元,比上年增长4.5%;普通小学为1200.7元,比上年下降2.1%。\n"
            "3.生均一般公共预算教育经费。幼儿园8120.33元,比上年的7980.1元增长1.76%。\n")
    facts, _, draft = _read(text)
    assert {("per_student_public_funding", "kindergarten", 2022, "1880.5"),
            ("per_student_public_funding", "primary", 2022, "1200.7"),
            ("per_student_general_budget_expenditure", "kindergarten", 2022, "8120.33"),
            ("per_student_general_budget_expenditure", "kindergarten", 2021, "7980.1")} <= facts
    primary = next(p for p in draft.facts if p.value == "1200.7")
    assert primary.stated == {"change_pct": "-2.1"} and primary.locator == "二2"
    # never the outer section's quantity
    assert not any(f[0] == "edu_general_budget_expenditure" and f[1] for f in facts)


def test_a_short_sentence_ending_in_qingkuang_is_a_lead_in():
    facts, _, _ = _read("全县各级教育生均一般公共预算公用经费增长情况。幼儿园为1880.5元,比上年增长4.5%。")
    assert ("per_student_public_funding", "kindergarten", 2022, "1880.5") in facts


def test_a_stage_between_a_name_and_its_figure_is_the_figures_stage():
    facts, _, _ = _read("全县生均一般公共预算公用经费小学为800元,初中为1000元。"
                        "中小学生均一般公共预算教育经费小学为4737.92元,比上年的4254.61元增长11.36%,初中6900.65元。")
    assert {("per_student_public_funding", "primary", 2022, "800"), ("per_student_public_funding", "junior", 2022, "1000"),
            ("per_student_general_budget_expenditure", "primary", 2022, "4737.92"),
            ("per_student_general_budget_expenditure", "primary", 2021, "4254.61"),
            ("per_student_general_budget_expenditure", "junior", 2022, "6900.65")} <= facts
    facts, _, _ = _read("全县专任教师3456人,小学教职工1800人。")  # staff are not teachers
    assert not any(f[3] == "1800" for f in facts)


def test_zhongxiaoxue_before_a_staged_name_is_never_primary():
    facts, unattached, _ = _read("全县中小学生均一般公共预算公用经费为800元。")
    assert not any(f[3] == "800" for f in facts) and ("800元", "mixed_stage") in unattached
    facts, _, _ = _read("全县在校学生26568人,其中小学生18430人,初中学生8138人。")  # 其中 + 小学生
    assert {("students", "primary", 2022, "18430"), ("students", "junior", 2022, "8138")} <= facts


BULLETIN = """一、全县教育经费总投入情况
2022年,全县教育经费总投入为12.34亿元,比上年增长5.1%。其中,国家财政性教育经费为10.21亿元,比上年增长4.2%;事业收入为1.52亿元,其他教育经费为0.61亿元。
二、一般公共预算教育经费情况
(一)一般公共预算教育经费
2022年,全县一般公共预算教育经费(包括教育事业费、基建经费和教育费附加)为8.76亿元,比上年增长3.3%。
(二)一般公共预算教育经费占一般公共预算支出的比例
2022年,全县一般公共预算教育经费占一般公共预算支出的比例为18.52%,比上年提高0.4个百分点。
(三)各级教育生均一般公共预算教育经费
1.全县幼儿园为8120.33元,比上年增长1.76%。
(四)各级教育生均一般公共预算教育事业费
1.全县幼儿园为7800.5元,比上年增长2.1%。
(五)各级教育生均一般公共预算公用经费
1.全县幼儿园为1880.5元,比上年增长4.5%。
"""


def test_every_standard_line_of_a_funding_bulletin_has_an_indicator():
    """The national template's lines (教育部、国家统计局、财政部 统计公告, copied by provinces and counties),
    in this test's own figures: each line's figure is proposed on its indicator (issue 24 item 4)."""
    facts, unattached, _ = _read(BULLETIN)
    assert {("edu_total_investment", None, 2022, "12.34"), ("state_fiscal_edu_funding", None, 2022, "10.21"),
            ("edu_business_income", None, 2022, "1.52"), ("edu_other_funding", None, 2022, "0.61"),
            ("edu_general_budget_expenditure", None, 2022, "8.76"), ("edu_general_budget_share", None, 2022, "18.52"),
            ("per_student_general_budget_expenditure", "kindergarten", 2022, "8120.33"),
            ("per_student_general_budget_operating_expense", "kindergarten", 2022, "7800.5"),
            ("per_student_public_funding", "kindergarten", 2022, "1880.5")} == facts
    assert unattached == {("0.4个百分点", "percentage_points")}


def test_a_table_saved_as_text_with_bar_separated_cells_is_read_as_a_grid():
    """A real document that has a table: seed 001 (杏花岭区 十四五 plan), whose 专栏一 reached the text
    with one cell per line between `|` lines and its rows run together. The width is found (4), the
    2020 column read as that year's figures, the 2025 column refused as later, units from (%)."""
    from conftest import SEEDS

    text = (SEEDS / "001_3bf94dc3a89a6442.txt").read_text(encoding="utf-8")
    draft = extract_text(text, "plan.txt", "140107", 2020)
    grid = {(p.locator, p.indicator, p.period, p.value, p.unit) for p in draft.facts if p.locator.startswith("表")}
    assert ("表1 第3行第2列", "preschool_gross_enrollment_rate", 2020, "98.91", "%") in grid
    assert ("表1 第7行第2列", "compulsory_retention_rate", 2020, "99.64", "%") in grid
    assert all(p.period == 2020 and draft.quote(p) == p.value for p in draft.facts if p.locator.startswith("表"))
    refused = {(u.locator, u.reason) for u in draft.unattached}
    assert ("表1 第3行第3列", "later_year") in refused  # the 2025 target
    assert ("表1 第10行第2列", "unit") in refused  # 中等职业教育在校生 371: no unit written anywhere


def test_bar_separated_metadata_is_not_a_table():
    text = "索引号 | 01525914-6-/2020-1130003 | 发布机构 | 某县教育局 |\n公开目录 | 教育概况 | 发布日期 | 2020-11-30 |\n全县共有学校89所。"
    _, _, draft = _read(text, 2020)
    assert not any(p.locator.startswith("表") for p in draft.facts)


def test_changes_over_last_year_in_other_words():
    facts, _, draft = _read("全县一般公共预算教育经费为5.62亿元,比上年度的5.31亿元增长5.84%。全县财政经常性收入为12.5亿元,较去年增长3.1%。"
                            "全县一般公共预算支出为30.2亿元,增幅为2.5%。")
    assert {("edu_general_budget_expenditure", None, 2022, "5.62"), ("edu_general_budget_expenditure", None, 2021, "5.31")} <= facts
    stated = {p.indicator: p.stated.get("change_pct") for p in draft.facts if p.period == 2022}
    assert stated == {"edu_general_budget_expenditure": "5.84", "fiscal_recurrent_revenue": "3.1",
                      "general_budget_expenditure": "2.5"}


def test_a_goal_in_a_sentence_is_never_the_years_figure():
    facts, unattached, _ = _read("力争学前三年毛入园率达到95%。全县九年义务教育巩固率为99.2%,预计明年达到99.5%。")
    assert ("preschool_gross_enrollment_rate", None, 2022, "95") not in facts and ("95%", "target") in unattached
    assert ("compulsory_retention_rate", None, 2022, "99.2") in facts
    assert ("compulsory_retention_rate", None, 2022, "99.5") not in facts


def test_scope_of_a_count_in_a_territory_sentence():
    facts, unattached, draft = _read("辖区内共有学校89所;其中区属学校45所,在校生30120人。县直学校专任教师1200人。")
    scoped = {(p.indicator, p.value, p.scope) for p in draft.facts}
    assert {("schools", "89", None), ("schools", "45", "区属"), ("students", "30120", "区属"),
            ("full_time_teachers", "1200", "县直")} <= scoped


def test_in_a_plan_a_rate_reached_without_a_year_is_a_goal():
    text = ("某县学前教育普及普惠督导评估总体规划\n一、现状\n全县现有幼儿园42所,学前三年毛入园率83.1%。\n"
            "二、措施\n学前三年毛入园率达到85%,普惠性幼儿园覆盖率达到80%。\n目前全县普惠性幼儿园覆盖率已达到76.5%。\n")
    facts, unattached, _ = _read(text, 2020)
    assert {("preschool_gross_enrollment_rate", None, 2020, "83.1"), ("inclusive_kindergarten_coverage", None, 2020, "76.5")} <= facts
    assert not any(f[3] in ("85", "80") for f in facts) and ("85%", "target") in unattached
    facts, _, _ = _read(text.replace("总体规划", "自评报告"), 2020)  # not a plan: the same line is the year's
    assert ("preschool_gross_enrollment_rate", None, 2020, "85") in facts


def test_changes_stated_respectively_after_figures_shared_out():
    _, _, draft = _read("2022年,全县幼儿园、普通小学生均一般公共预算教育经费分别为8120.3元和9850.2元,比上年分别增长1.2%、2.3%。"
                        "全县学前三年毛入园率、九年义务教育巩固率分别为92.5%、99.2%,同比分别提高1.5%、0.2%。")
    stated = {(p.indicator, p.stage): p.stated.get("change_pct") for p in draft.facts}
    assert stated[("per_student_general_budget_expenditure", "kindergarten")] == "1.2"
    assert stated[("per_student_general_budget_expenditure", "primary")] == "2.3"
    assert stated[("preschool_gross_enrollment_rate", None)] == "1.5"


def test_a_dash_item_of_a_statistics_summary_titles_its_stage():
    _, _, draft = _read("二、义务教育\n——小学。校数17所;毕业4008人;在校生22250人,比上年减少336人;专任教师1320人。\n"
                        "——初中。校数13所;在校生11012人。\n")
    got = {(p.locator, p.indicator, p.stage, p.value) for p in draft.facts}
    assert {("二—小学", "schools", "primary", "17"), ("二—小学", "students", "primary", "22250"),
            ("二—小学", "full_time_teachers", "primary", "1320"), ("二—初中", "schools", "junior", "13"),
            ("二—初中", "students", "junior", "11012")} == got


def test_a_part_of_the_entity_opening_a_stage_count():
    _, _, draft = _read("辖区内有幼儿园42所,其中区属幼儿园12所。")
    got = {(p.indicator, p.stage, p.value, p.scope) for p in draft.facts}
    assert {("schools", "kindergarten", "42", None), ("schools", "kindergarten", "12", "区属")} == got


def test_a_sentence_opening_with_last_year_is_about_the_year_before():
    facts, _, _ = _read("去年全县在园幼儿8500人。2022年全县在园幼儿8200人,比上年减少300人。上年度全县一般公共预算教育经费为5.31亿元。")
    assert {("students", "kindergarten", 2021, "8500"), ("students", "kindergarten", 2022, "8200"),
            ("edu_general_budget_expenditure", None, 2021, "5.31")} <= facts
    assert ("students", "kindergarten", 2022, "8500") not in facts
