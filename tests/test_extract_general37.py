"""Readings learnt in stop 37 (issue 24) from batch 11's tune documents, after their first contact
(tests/data/reports/NEW-BATCH-11-FIRST.md): a rate's name with words set in before its rate word (学前教育阶段幼儿毛入学率,
never a quoted phrase inside it), 入学率 for a kindergarten's 入园率; 一般预算, the wording before 公共财政预算. A third rule
(a figure whose own 其中 breaks it into the stages named before it their whole) was withdrawn after h-review37 found it
read a topic's stages as the whole (tests/test_extract_hostile37.py); its cases stay here as what must be left. Each rule with own-made sentences (桐溪县 510998 exists
nowhere) that fail on the code before it, and with the sentences it must leave as they were.
"""

import pytest

from extract_reading import read, read_report


def _read(body: str):
    return read_report(body)[:2]


@pytest.mark.parametrize("body, indicator, value", [
    ("全县学前教育阶段幼儿毛入园率98.5%。", "preschool_gross_enrollment_rate", "98.5"),
    ("全县学前教育毛入学率98.5%。", "preschool_gross_enrollment_rate", "98.5"),
    ("全县学前三年幼儿毛入园率98.5%。", "preschool_gross_enrollment_rate", "98.5"),
    ("义务教育阶段学生巩固率99.2%。", "compulsory_retention_rate", "99.2"),
    ("全县高中阶段学生毛入学率95.1%。", "senior_secondary_gross_enrollment_rate", "95.1"),
    ("全县高中阶段的毛入学率95.1%。", "senior_secondary_gross_enrollment_rate", "95.1"),
])
def test_a_rate_read_with_words_set_in_before_its_rate_word(body, indicator, value):
    facts, _ = _read(body)
    assert (indicator, None, 2023, value) in facts


@pytest.mark.parametrize("body", [
    "义务教育阶段(小学)入学率100%。",  # not said to be net: no indicator, listed
    "全县课后服务学生覆盖率96%。",  # 覆盖率 takes no words set in: of pupils, not the schools' coverage
    "全县学前教育阶段幼儿入园人数3200人。",  # a count, no rate
    "全县义务教育“三类残疾儿童”巩固率95%。",  # a group's rate in quotation marks (h-review37)
    '全县学前教育阶段幼儿"留守儿童"毛入园率88%。',
])
def test_words_set_in_never_make_a_rate_of_another_quantity(body):
    facts, unattached = _read(body)
    assert not any(f[0] in ("preschool_gross_enrollment_rate", "compulsory_retention_rate",
                            "after_school_service_school_share") for f in facts)


def test_a_standard_quoted_with_words_set_in_is_never_the_county_rate():
    facts, unattached = _read("到2025年,全国学前教育阶段幼儿毛入园率达到90%以上。")
    assert not any(f[0] == "preschool_gross_enrollment_rate" for f in facts)
    assert any(u[0] == "90%" for u in unattached)


@pytest.mark.parametrize("body, indicator, value", [
    ("全县一般预算支出57760万元,比上年增长29.6%。", "general_budget_expenditure", "57760"),
    ("全县一般预算教育支出12350万元。", "edu_general_budget_expenditure", "12350"),
])
def test_yibanyusuan_the_older_wording_of_the_general_budget(body, indicator, value):
    facts, _ = _read(body)
    assert (indicator, None, 2023, value) in facts


def test_a_figure_broken_into_the_stages_named_before_it_is_left_unclear():
    # 雨湖 2006's sentence: the whole of 中学 and 小学 — or of the stages the sentence is about (全县有小学32所、初中7所;…, whose
    # 20398 is the compulsory stages' only: h-review37). The words alone do not say which: listed, never attached
    facts, unattached = _read("目前,全县共有学校39所,其中:中学7所,小学32所;在校生20398人,其中:小学生17356人,中学生3042人。")
    assert not any(f[3] == "20398" for f in facts)
    assert any(u[0] == "20398人" for u in unattached)
    assert ("students", "primary", 2023, "17356") in facts


@pytest.mark.parametrize("body, figure", [
    # 义务教育 is not among the parts: the compulsory stages' figure, never the county's whole
    ("全县现有公办义务教育学校191所,其中初级中学22所,中心小学73所;在校生92988人,其中小学67424人、初中25564人。", "92988"),
    # 基础教育 likewise
    ("全县有基础教育学校104所,其中:小学29所,初中6所;在校学生17278人,其中:小学6982人,初中4167人,幼儿园4085人。", "17278"),
])
def test_a_figure_broken_down_under_a_mixed_topic_stays_out_of_the_whole(body, figure):
    facts, unattached = _read(body)
    assert not any(f[3] == figure and f[1] is None for f in facts)
    assert any(u[0].startswith(figure) for u in unattached)


@pytest.mark.parametrize("body, stage", [
    ("全县共有小学52所;在校生32000人,其中女生15000人。", "primary"),  # no stages in its own 其中: the primary schools'
    ("全县共有小学52所,在校生32000人。", "primary"),
])
def test_a_stage_before_still_carries_to_a_figure_not_broken_into_stages(body, stage):
    facts, _ = _read(body)
    assert ("students", stage, 2023, "32000") in facts


def test_a_run_of_pinyin_after_a_character_is_read_through():
    # a mirror printing each character's pinyin twice (市(shi)(shi)): the whole run dropped, as one group was (绍兴 2020)
    facts, _ = _read("2023年,桐溪县(xian)(xian)幼兒(er)(er)園(yuan)58所,在(zai)(zai)園(yuan)幼兒(er)(er)14248人(ren)。")
    assert ("schools", "kindergarten", 2023, "58") in facts
    assert ("students", "kindergarten", 2023, "14248") in facts


CORNER = """截至2023年年末,全县教育事业稳步发展。
指标(在校学生数/万人) | 2021年 | 2022年 | 2023年 |
普通高中 | 0.91 | 0.95 | 0.98 |
初中 | 1.37 | 1.39 | 1.32 |
小学 | 2.61 | 2.58 | 2.68 |
"""


def test_a_corner_naming_the_quantity_and_its_unit_reads_the_table():
    facts, _ = _read(CORNER)
    assert {("students", "senior", 2021, "0.91"), ("students", "junior", 2022, "1.39"),
            ("students", "primary", 2023, "2.68")} <= facts


@pytest.mark.parametrize("corner", ["指标(在校学生数/万人)", "在校学生数(万人)", "指标(在校学生数/万人)"])
def test_the_corner_in_its_other_forms(corner):
    facts, _ = _read(CORNER.replace("指标(在校学生数/万人)", corner))
    assert ("students", "junior", 2023, "1.32") in facts


@pytest.mark.parametrize("corner", [
    "指标(万人)",  # no quantity named: the unit alone never says what is counted
    "指标(在校学生数与专任教师数/万人)",  # two quantities
    "指标",  # nothing
])
def test_a_corner_that_does_not_name_one_quantity_reads_nothing(corner):
    facts, unattached = _read(CORNER.replace("指标(在校学生数/万人)", corner))
    assert not any(f[0] in ("students", "full_time_teachers") and f[3] in ("0.91", "1.32", "2.68") for f in facts)
    assert any(u[0] == "1.32" for u in unattached)


def test_a_column_naming_its_quantity_wins_over_the_corner():
    body = """截至2023年年末:
指标(在校学生数/万人) | 专任教师数(人) |
普通高中 | 1520 |
初中 | 2310 |
"""
    facts, _ = _read(body)
    assert not any(f[0] == "students" for f in facts)


def test_an_aside_naming_technical_schools_makes_the_vocational_figures_its_scope():
    _, _, draft = read_report("截至2023年年末,全县中等职业教育学校(含技工学校)3所,在校生4780人。普通高中5所,在校生9010人。")
    scoped = {(p.indicator, p.stage, p.value, p.scope) for p in draft.facts}
    assert ("students", "vocational", "4780", "含技工学校") in scoped  # never the plain vocational figure
    assert ("students", "vocational", "4780", None) not in scoped
    assert ("students", "senior", "9010", None) in scoped  # the next sentence's stage is not qualified


def test_the_aside_in_a_table_row_scopes_that_row_only():
    body = CORNER.replace("普通高中 |", "中等职业教育学校(含技工学校) | 0.48 | 0.47 | 0.46 |\n普通高中 |")
    _, _, draft = read_report(body)
    scoped = {(p.indicator, p.stage, p.period, p.value, p.scope) for p in draft.facts}
    assert ("students", "vocational", 2023, "0.46", "含技工学校") in scoped
    assert ("students", "senior", 2023, "0.98", None) in scoped


def test_a_teacher_count_a_stage_cannot_have_beside_its_pupils_is_listed():
    # 绍兴 2020: 幼儿园584所,在园幼儿14.25万人,专任教师5.94万人 — 2.4 pupils a teacher: the city's teachers of every stage
    facts, unattached = _read("2023年,全县幼儿园58所,在园幼儿14.25万人,专任教师5.94万人。")
    assert ("students", "kindergarten", 2023, "14.25") in facts
    assert not any(f[0] == "full_time_teachers" for f in facts)
    assert any(u[0] == "5.94万人" and u[1].startswith("implausible") for u in unattached)


@pytest.mark.parametrize("body, teachers", [
    ("2023年,全县幼儿园58所,在园幼儿14250人,专任教师1200人。", "1200"),  # 11.9 a teacher
    ("2023年,全县小学52所,在校生32000人,专任教师1812人。", "1812"),
    ("2023年,全县特殊教育学校1所,在校生37人,专任教师14人。", "14"),  # special education: not held to it (东川 2023)
])
def test_ordinary_teacher_counts_are_read_as_before(body, teachers):
    facts, _ = _read(body)
    assert any(f[0] == "full_time_teachers" and f[3] == teachers for f in facts)


def test_each_kind_of_a_stage_named_as_its_schools_counts_them():
    facts, _ = _read("全县各类中等职业教育学校3所,招生870人,在校生2480人。")  # 温州 2018
    assert ("schools", "vocational", 2023, "3") in facts


def test_school_types_listed_as_the_stage_count_s_parts_leave_it_the_stage_s():
    facts, unattached = _read("2023年,全县共有初中17所,其中初级中学11所,九年一贯制学校6所。")  # 包头 2024
    assert ("schools", "junior", 2023, "17") in facts
    assert not any(f[3] in ("11", "6") for f in facts)


@pytest.mark.parametrize("body, figure", [
    ("全县有普通初中9所,九年一贯制学校11所。", "9所"),  # beside, not within: one type's count
    ("全县有九年一贯制学校11所,初中9所,其中民办2所。", "9所"),  # the type named before the stage's count
    ("全县有初中9所,完全中学2所,其中九年一贯制学校3所。", "9所"),  # 其中 not right after the stage's figure
])
def test_a_stage_count_beside_a_type_counted_under_it_stays_unclear(body, figure):
    facts, unattached = _read(body)
    assert not any(f[0] == "schools" and f[1] == "junior" for f in facts)
    assert any(u[0] == figure for u in unattached)


def test_pupils_after_a_stage_count_broken_into_its_school_types_are_the_stage_s():
    facts, _ = _read("2023年,全县共有初中17所,其中初级中学11所,九年一贯制学校6所;在校生7394人,比上年增加261人。")  # 包头 2024
    assert ("students", "junior", 2023, "7394") in facts


@pytest.mark.parametrize("body", [
    "全县有小学20所,初中9所,其中九年一贯制学校3所;在校生4000人。",  # another stage named before: unclear
    "全县有初中9所,其中完全中学3所;在校生4000人。",  # 完全中学 is counted under 高中, not a type of 初中
    "全县有初中9所,九年一贯制学校3所;在校生4000人。",  # beside, not within
])
def test_pupils_after_types_not_all_of_the_stage_stay_unclear(body):
    facts, unattached = _read(body)
    assert not any(f[0] == "students" for f in facts)
    assert any(u[0] == "4000人" for u in unattached)


def test_one_kind_of_a_stage_s_schools_is_not_the_stage_s_count():
    # 鄂州 2011 (held out until its first contact, then rotated): 中等专业学校2所 in a list of the city's schools, read as
    # the vocational schools' count — a wrong stage by the hand, which counts 中专 one kind of 中职 (as 重庆 2007, 上海 2017)
    facts, unattached = _read("截至2023年,全县共有高等学校1所,中等专业学校2所(桐溪中专、桐溪高新技术学校),普通中小学290所,"
                              "特殊学校2所,公办幼儿园7所,民办幼儿园29所。")
    assert not any(f[0] == "schools" and f[1] == "vocational" for f in facts)
    assert ("2所", "subset") in unattached
    assert ("schools", "special", 2023, "2") in facts  # 普通 a word of counting: the list read on past 普通中小学


@pytest.mark.parametrize("body, fact", [
    ("全县在校学生15919人,其中小学生7376人,初中生4118人,高中生2235人,职业学校学生1460人。",
     ("students", "vocational", 2023, "1460")),
    ("全县共有中等职业中学2所,在校生3279人。", ("schools", "vocational", 2023, "2")),
    ("全县共有聋哑学校1所,在校学生144人。", ("students", "special", 2023, "144")),
    # h-docs37c's misses
    ("全县中等职业学校22所(不含技工学校),在校生8600人。", ("schools", "vocational", 2023, "22")),  # 技工学校 never in 中职
    ("全县在园幼儿9215人,其中学前两年双语教育在园幼儿6128人。", ("students", "kindergarten", 2023, "9215")),
    ("全县幼儿园生均公用经费达到每生每年610元。", ("per_student_public_funding", "kindergarten", 2023, "610")),
    ("据县教育局局长周振华介绍,目前全县共有幼儿园82所。", ("schools", "kindergarten", 2023, "82")),
    ("截至目前全县共有幼儿园82所。", ("schools", "kindergarten", 2023, "82")),
])
def test_names_and_words_read_since_stop_37(body, fact):
    facts, _ = _read(body)
    assert fact in facts


def test_higher_vocational_schools_are_never_the_vocational_stage():
    facts, _ = _read("全县有高等职业学校2所,在校生8000人。")
    assert not any(f[1] == "vocational" for f in facts)


PLAN = """桐溪县“十四五”教育事业发展规划
一、发展基础
(一)“十三五”期间教育改革与发展的主要成就
学前三年幼儿毛入园率达到98.5%,普惠率达到80.57%。
二、发展目标
到2025年,学前三年幼儿毛入园率达到99%以上。学前三年幼儿毛入园率达到100%。
"""


def test_a_plan_s_review_section_states_what_was_reached():
    # 铁东 2020: the plan's 发展基础 / 主要成就 section, read for its base year 2020
    facts, _, draft = read(PLAN, 2020, "510998", "桐溪县")
    assert ("preschool_gross_enrollment_rate", None, 2020, "98.5") in facts
    assert ("inclusive_kindergarten_coverage", None, 2020, "80.57") in facts
    assert not any(p.value in ("99", "100") for p in draft.facts)  # the targets section's, with a year or none: goals


def test_a_corner_opened_by_学段_and_a_corner_giving_only_the_unit():
    body = """截至2023年年末:
学段(在校生数/人) | 2022年 | 2023年 |
小学 | 26100 | 26800 |
初中 | 13900 | 13200 |

指标(%) | 2022年 | 2023年 |
学前三年毛入园率 | 91.2 | 92.5 |
九年义务教育巩固率 | 98.1 | 98.4 |
"""
    facts, _ = _read(body)
    assert {("students", "primary", 2023, "26800"), ("students", "junior", 2022, "13900"),
            ("preschool_gross_enrollment_rate", None, 2023, "92.5"), ("compulsory_retention_rate", None, 2022, "98.1")} <= facts


def test_a_bilingual_part_is_never_the_stage_s_figure():
    facts, unattached = _read("全县在园幼儿9215人,其中学前两年双语教育在园幼儿6128人。")
    assert not any(f[3] == "6128" for f in facts)
    assert ("6128人", "subset") in unattached


def test_the_entity_s_own_name_holding_a_part_s_word_names_no_part():
    # 东城 2010: 东城区 holds 城区 (a part's word); the title naming the entity made every figure under it `subset`
    text = "北京市东城区2010年国民经济和社会发展统计公报(2)\n教育\n全区共有小学63所,教职工4465人,其中专任教师3553人,在校学生45693人。"
    facts, _, _ = read(text, 2010, "110101", "东城区")
    assert {("schools", "primary", 2010, "63"), ("students", "primary", 2010, "45693")} <= facts


def test_a_heading_naming_a_part_still_makes_its_figures_the_part_s():
    facts, unattached = _read("二、城区学校情况\n小学12所,在校学生9356人。\n")
    assert not any(f[3] in ("12", "9356") for f in facts)


def test_a_kind_no_stage_names_opening_its_sentence_is_not_the_topic_before():
    facts, unattached = _read("特殊教育学校2所,教职工98人,其中专任教师74人,在校学生270人。工读学校1所,在校学生85人。")
    assert ("students", "special", 2023, "270") in facts
    assert not any(f[3] == "85" for f in facts)
    assert ("85人", "stage_unclear") in unattached


def test_a_table_row_is_read_as_a_row():
    # (a rule giving a heading run into its paragraph a line of its own, 。 教育 全区共有…, was withdrawn after h-review37c:
    # a place, a part, a standard or a stage before a space after a full stop was taken for a heading)
    facts, _ = _read("学段 学校数 在校生\n小学 52 15230\n初中 9 7810\n")
    assert ("schools", "primary", 2023, "52") in facts


NEWS = """岜溪新闻网
发布时间:2024-01-18 10:12 来源:岜溪新闻网
记者从县教育局了解到,去年全县一般公共预算教育支出9.26亿元。
截至去年底,全县有小学146所、初中22所。
全县在园幼儿1.86万人,比去年增加0.1万人。
今年,全县将新建幼儿园3所。
"""


def test_a_page_dated_the_year_after_reads_its_去年_as_the_evaluated_year():
    facts, _, _ = read(NEWS, 2023, "510998", "桐溪县")
    assert {("edu_general_budget_expenditure", None, 2023, "9.26"), ("schools", "primary", 2023, "146"),
            ("schools", "junior", 2023, "22")} <= facts


def test_the_same_page_read_for_2024_never_takes_去年_as_2024():
    facts, _, _ = read(NEWS, 2024, "510998", "桐溪县")
    assert not any(f[2] == 2024 and f[3] in ("9.26", "146", "22") for f in facts)


def test_a_supervisor_addressing_the_county_and_a_shortfall_heading():
    body = """二、存在的主要问题
(二)政府保障程度个别指标未达要求
1.你县小学、初中生均公用经费分别为680元、880元,低于省定标准(小学720元、初中920元)。
"""
    facts, unattached = _read(body)
    assert {("per_student_public_funding", "primary", 2023, "680"), ("per_student_public_funding", "junior", 2023, "880")} <= facts
    assert not any(f[3] in ("720", "920") for f in facts)  # the standard's
