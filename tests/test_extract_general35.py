"""Readings learnt in stop 35 (issue 24) from real documents: the third rotation's three held-out documents moved to
tune (河南 2020, 泉州 2000, 津南 2010; tests/data/reports/ROTATED.md) and batch 7's tune documents after their first
contact (深圳 2022, 厦门 2023; NEW-BATCH-7-FIRST.md). Each rule with own-made sentences (桐溪县 510998 exists nowhere)
that fail on the code before it, and with the sentences it must leave as they were.
"""

import pytest

from extract_reading import read_report
from hostile_cases import listed


def _read(body: str):
    return read_report(body)[:2]


# --- a rate's change told from a named year's value --------------------------------------------------------------

@pytest.mark.parametrize("verb", ["上涨到", "上涨至", "提高到", "提升至", "上升到"])
def test_a_change_from_a_named_years_value_gives_both_years(verb):
    facts, _ = _read(f"2023年,全县普惠性幼儿园覆盖率从2022年的85.26%{verb}88.7%。")
    assert facts == {("inclusive_kindergarten_coverage", None, 2022, "85.26"),
                     ("inclusive_kindergarten_coverage", None, 2023, "88.7")}


def test_from_a_year_onwards_is_still_a_span():
    facts, unattached = _read("从2019年起,全县普惠性幼儿园覆盖率提高到88.7%。")
    assert facts == set() and ("88.7%", "since_year") in unattached


# --- a count of classes written N个班 -----------------------------------------------------------------------------

def test_a_count_then_ban_is_a_count_of_classes():
    facts, _ = _read("2023年,全县小学共有863个班,普通初中共有1.05万个班,在校生35000人。")
    assert ("classes", "primary", 2023, "863") in facts and ("classes", "junior", 2023, "1.05") in facts


@pytest.mark.parametrize("body", [
    "2023年,全县共有毕业班12个。",  # 班 inside a word, before the count
    "2023年,全县开设12个兴趣班。",  # a kind of class between the count and 班
    "2023年,全县小学863个班级学生参加比赛。",  # 班级 goes on: not a count's end
])
def test_ban_names_no_count_anywhere_else(body):
    facts, _ = _read(body)
    assert not any(f[0] == "classes" for f in facts)


# --- the older name of the education share, and its base named only after 占 ---------------------------------------

@pytest.mark.parametrize("body", [
    "2023年全县预算内教育经费占财政支出比例达22.63%。",
    "2023年全县预算内教育经费(含城市教育费附加)占财政支出比例达22.63%。",
])
def test_the_older_name_of_the_education_share(body):
    facts, _ = _read(body)
    assert facts == {("edu_general_budget_share", None, 2023, "22.63")}


def test_a_wider_base_is_no_older_name():
    facts, unattached = _read("2023年全县预算内教育经费占财政总支出比例达22.63%。")
    assert facts == set() and listed(unattached, "22.63%")


# --- names ----------------------------------------------------------------------------------------------------------

def test_preschool_rate_without_gross_junior_retention_without_three_years_and_te_jiao():
    facts, _ = _read("2023年,全县学前三年入园率96.05%,初中巩固率99.2%。全县共有在校生30039人:小学26176人,特教60人。")
    assert {("preschool_gross_enrollment_rate", None, 2023, "96.05"), ("junior_retention_3yr", None, 2023, "99.2"),
            ("students", "special", 2023, "60")} <= facts


# --- a bare sentence after a whole broken down by stage ----------------------------------------------------------

def test_a_bare_sentence_after_a_breakdown_of_an_unnamed_whole_is_the_whole():
    facts, _ = _read("2023年,全县教职工4303人,包括:中学1710人,小学2146人,特教20人。专任教师3022人。")
    assert facts == {("full_time_teachers", None, 2023, "3022")}


@pytest.mark.parametrize("body", [
    "2023年,全县小学、初中教职工4303人。专任教师3022人。",  # the whole itself a mix of two stages
    "2023年,全县义务教育学校191所;在校生92988人,其中小学67424人、初中25564人;教职工6448人(专任教师6276人)。",
])
def test_a_bare_sentence_after_a_mixed_whole_stays_unattached(body):
    facts, unattached = _read(body)
    assert not any(f[0] == "full_time_teachers" and f[1] is None for f in facts)
    assert listed(unattached, "3022人") or listed(unattached, "6276人")


# --- batch 7's tune documents ---------------------------------------------------------------------------------------

def test_pu_gao_is_the_senior_stage():
    facts, _ = _read("2023年,全县普高在校生7764人。全县有普高3所。")
    assert facts == {("students", "senior", 2023, "7764"), ("schools", "senior", 2023, "3")}


def test_the_school_year_before_in_a_document_counting_by_school_year():
    facts, _ = _read("本学年全县学前在园幼儿18660人,上一学年在园人数是20988人。")
    assert facts == {("students", "kindergarten", 2023, "18660"), ("students", "kindergarten", 2022, "20988")}


def test_the_school_year_before_is_left_where_the_document_counts_by_calendar_year():
    facts, unattached = _read("全县学前在园幼儿18660人,上一学年在园人数是20988人。")
    assert facts == {("students", "kindergarten", 2023, "18660")} and ("20988人", "other_year") in unattached


def test_a_sentence_naming_the_whole_continues_no_topic_before_it():
    """…幼儿园减少4所。统计数据显示,全县共有各级各类学校141所: the county's schools, not its kindergartens."""
    facts, _ = _read("2023年全县幼儿园减少4所。统计数据显示,全县共有各级各类学校141所。")
    assert facts == {("schools", None, 2023, "141")}


def test_higher_education_students_are_no_stage_of_the_entity():
    facts, unattached = _read("2023年全县各级各类学校总数达286所;在校学生26.21万人。全年全县普通本专科招生0.56万人,在校生1.53万人。")
    assert facts == {("schools", None, 2023, "286"), ("students", None, 2023, "26.21")}
    assert ("1.53万人", "not_a_stage") in unattached


# --- the held-out document with a wrong value (上海 2017, rotated after its first contact) -----------------------

def test_a_kind_within_the_stage_listed_under_the_stages_count_is_a_part():
    """普通中等职业学校82所,其中:职业高中25所,中等专业学校50所: 50 was read as the stage's count, a wrong value."""
    for body in ("2023年全县共有普通中等职业学校8所,其中:职业高中2所,中等专业学校5所,中等技工学校1所。",
                 "2023年全县共有中等职业学校8所,其中职业高中2所,中等专业学校5所。"):
        facts, unattached = _read(body)
        assert facts == {("schools", "vocational", 2023, "8")}
        assert ("2所", "subset") in unattached and ("5所", "subset") in unattached


def test_stages_listed_under_a_whole_of_no_stage_are_still_the_stages():
    facts, _ = _read("2023年全县共有学校80所,其中:小学20所,初中10所。")
    assert facts == {("schools", None, 2023, "80"), ("schools", "primary", 2023, "20"), ("schools", "junior", 2023, "10")}


def test_a_previews_chunk_numbers_are_passed_over_and_a_cut_figure_read_whole():
    text = ("!桐溪县2023年教育工作年报\n\n1、2023年,全县共有在校学生19.4万人,其中:幼儿园5.3万\n\n"
            "2、人,比上年增加2.9%;小学7.85万人,比上年减少0.6%。全县共有普通中等职业学校8所\n\n3、,其中职业高中2所。\n")
    facts, _ = _read(text)
    assert {("students", "kindergarten", 2023, "5.3"), ("students", "primary", 2023, "7.85"),
            ("schools", "vocational", 2023, "8")} <= facts


def test_a_numbered_list_after_blank_lines_is_no_preview():
    """1、 2、 after blank lines, no figure cut: a list, its numbers kept (items, locators)."""
    text = "!桐溪县2023年教育工作报告\n\n1、学前教育\n\n全县学前三年毛入园率92.8%。\n\n2、义务教育\n\n全县小学在校生14318人。\n"
    _, _, draft = read_report(text)
    assert {p.locator for p in draft.facts} == {"1", "2"}


# --- nothing silent: numbers after a name with no unit, ratios to one, a change's amount --------------------------

@pytest.mark.parametrize("body, figures, reason", [
    ("全县在园幼儿11312,其中公办幼儿园幼儿6590人。", ["11312"], "no_unit"),  # 贵定 2022's wording
    ("项目 2022年 2023年\n小学在校生(人) 31000 32000\n", ["31000", "32000"], "phrase"),  # a table's one row
    ("全县小学专任教师1812人,生师比为17.8:1。", ["17.8:1"], "unit"),
    ("全县共有小学52所,比2022年减少3所。", ["3所"], "change_amount"),
])
def test_a_figure_no_reading_takes_is_listed_with_its_reason(body, figures, reason):
    _, unattached = _read(body)
    for figure in figures:
        assert (figure, reason) in unattached


def test_a_number_with_its_unit_is_still_read():
    facts, unattached = _read("全县小学在校生31000人,专任教师1812人。")
    assert facts == {("students", "primary", 2023, "31000"), ("full_time_teachers", "primary", 2023, "1812")}
    assert unattached == []


# --- a plan's sections on where it starts, and a section on a plan period already ended -----------------------------

@pytest.mark.parametrize("text", [
    "!桐溪县“十四五”学前教育发展规划\n一、发展基础\n全县共有幼儿园72所,在园幼儿6938人。\n",
    "!桐溪县“十四五”教育事业发展规划\n(一)发展现状\n全县共有幼儿园72所,在园幼儿6938人。\n",
    "!桐溪县2023年教育工作报告\n一、“十三五”发展成就回顾\n全县共有幼儿园72所,在园幼儿6938人。\n",
])
def test_figures_where_a_plan_starts_or_of_an_ended_period_are_year_unclear(text):
    facts, unattached = _read(text)
    assert facts == set() and ("72所", "year_unclear") in unattached and ("6938人", "year_unclear") in unattached


@pytest.mark.parametrize("text", [
    "!桐溪县2023年教育工作总结\n一、工作回顾\n全县共有幼儿园72所。\n",  # a report's own year's review
    "!桐溪县2023年教育工作总结\n一、“十四五”以来主要成就\n全县共有幼儿园72所。\n",  # the current plan period
])
def test_a_reports_review_of_its_own_year_is_the_years(text):
    facts, _ = _read(text)
    assert facts == {("schools", "kindergarten", 2023, "72")}


# --- a heading opening with another place's name ------------------------------------------------------------------

def test_a_heading_naming_another_place_makes_its_section_that_places():
    facts, unattached = _read("二、清河市情况\n学前三年毛入园率91.2%。\n三、本县情况\n全县学前三年毛入园率92.3%。\n")
    assert facts == {("preschool_gross_enrollment_rate", None, 2023, "92.3")} and ("91.2%", "other_entity") in unattached


@pytest.mark.parametrize("heading", ["一、桐溪县基本情况", "二、示范区教育经费情况", "(三)清河市、桐溪县对比", "二、城区学校情况"])
def test_a_heading_naming_the_entity_a_zone_or_several_places_is_no_other_places(heading):
    facts, _ = _read(f"{heading}\n全县学前三年毛入园率92.3%。\n")
    assert facts == {("preschool_gross_enrollment_rate", None, 2023, "92.3")}


def test_a_five_year_plans_stock_is_its_base_years_only():
    """A “十四五” plan read for 2023: its stock is where it starts (2020), year_unclear; read for 2020, the year's."""
    text = "桐溪县“十四五”学前教育发展规划\n一、现实基础\n全县共有幼儿园72所。\n二、主要目标\n学前三年毛入园率达到95%。\n"
    from checker.intake.extract import extract_text
    for period, facts in ((2023, set()), (2020, {("schools", "kindergarten", 2020, "72")})):
        draft = extract_text(text, "report.txt", "510998", period, name="桐溪县")
        assert {(p.indicator, p.stage, p.period, p.value) for p in draft.facts} == facts
        assert ("95%", "target") in [(u.figure, u.reason) for u in draft.unattached]


def test_a_real_numbered_list_after_blank_lines_is_no_preview():
    """1、全县小学52所 / (blank) / 2、12所农村小学…: each item ends whole, so no chunk cuts a figure: a list."""
    facts, unattached = _read("!桐溪县2023年工作总结\n\n1、全县小学52所\n\n2、12所农村小学完成改造。\n")
    assert facts == {("schools", "primary", 2023, "52")} and ("12所", "no_indicator") in unattached
