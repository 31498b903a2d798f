"""Hostile sentences against `checker extract`'s guards (issue 24, h-extract6; review h-review29b): sentences a
county might plausibly write where a guard would wrongly unattach a correct figure, or would let a wrong one
through. Every sentence is made up for this file (none is copied from a document of tests/data/reports/). Each
test asserts what SHOULD happen; where the code does otherwise today the test is xfail(strict=True) and its
reason says what the code does, so that a fix turns it into a pass the suite notices."""

import pytest

from checker.intake.extract import extract_text

COUNTY = "410323"  # a 县 under a prefecture (河南洛阳)
OWN = "新安县"
RATE = "preschool_gross_enrollment_rate"
BUDGET = "edu_general_budget_expenditure"


def _read(text: str, period: int = 2022, code: str = COUNTY, name: str | None = OWN, level: str | None = None):
    draft = extract_text(text, "report.txt", code, period, name=name, level=level)
    facts = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}
    unattached = {u.figure: u.reason for u in draft.unattached}
    for p in draft.facts:  # every quote is the document's own text
        assert draft.quote(p) in text
    return facts, unattached


def _keys(facts, indicator):
    return {f for f in facts if f[0] == indicator}


# --- years in Chinese numerals ---------------------------------------------------------------------------------

@pytest.mark.parametrize("year", ["二〇二一年", "二零二一年", "二○二一年", "二〇二一年度"])
def test_a_chinese_numeral_year_dates_the_figure(year):
    facts, _ = _read(f"{year}全县学前三年毛入园率为88.5%。")
    assert _keys(facts, RATE) == {(RATE, None, 2021, "88.5")}


def test_a_chinese_numeral_year_of_the_period_in_a_label_is_the_figures_own():
    facts, _ = _read("全县学前三年毛入园率为92.1%(二〇二二年统计)。")
    assert (RATE, None, 2022, "92.1") in facts
    facts, unattached = _read("全县学前三年毛入园率为92.1%(二〇二一年统计)。")
    assert not _keys(facts, RATE) and unattached["92.1%"] == "other_year"


def test_two_chinese_numeral_years_in_one_sentence():
    facts, _ = _read("二〇二二年全县学前三年毛入园率为88.5%,二〇二一年为86.1%。")
    assert {(RATE, None, 2022, "88.5"), (RATE, None, 2021, "86.1")} <= facts


def test_a_year_spelt_as_a_number_is_not_the_evaluated_year():
    facts, _ = _read("两千零二十一年全县学前三年毛入园率为88.5%。")
    assert (RATE, None, 2022, "88.5") not in facts


def test_a_school_year_in_chinese_numerals_is_the_year_it_begins():
    # the digits' spelling gives 2021 (the school year is named by the autumn it begins in)
    facts, _ = _read("2021—2022学年全县学前三年毛入园率为88.5%。")
    assert _keys(facts, RATE) == {(RATE, None, 2021, "88.5")}
    facts, _ = _read("二〇二一—二〇二二学年全县学前三年毛入园率为88.5%。")
    assert (RATE, None, 2022, "88.5") not in facts


# --- implausible -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("share", ["100", "100.0", "100.00"])
def test_a_share_of_exactly_100_percent_is_plausible(share):
    facts, unattached = _read(f"全县公办幼儿园在园幼儿占比为{share}%。")
    assert ("public_kindergarten_enrollment_share", None, 2022, share) in facts
    assert not any(r.startswith("implausible") for r in unattached.values())


def test_a_count_with_a_fraction_written_in_wan_is_a_whole_number():
    facts, unattached = _read("全县共有幼儿园1.2万所,在校生3.25万人,常住人口35.46万人。")
    assert ("schools", "kindergarten", 2022, "1.2") in facts  # 12000 schools
    assert ("resident_population", None, 2022, "35.46") in facts  # 354600
    assert not any(r.startswith("implausible") for r in unattached.values())


def test_a_provinces_total_in_yiyuan_is_plausible_with_or_without_the_level():
    for level in (None, "province"):
        facts, unattached = _read("全省一般公共预算教育支出1520.3亿元。", code="410000", name="河南省", level=level)
        assert (BUDGET, None, 2022, "1520.3") in facts, level


def test_a_countys_total_given_at_a_provinces_scale_is_listed_when_the_level_is_given():
    facts, unattached = _read("全县一般公共预算教育支出15203亿元。", level="county")
    assert not _keys(facts, BUDGET)
    assert unattached["15203亿元"].startswith("implausible: outside")


# --- stated_twice ------------------------------------------------------------------------------------------------

def test_the_same_total_in_yiyuan_and_wanyuan_within_rounding_is_one_value():
    for second in ("52012万元", "51500万元", "52499万元"):  # each rounds to 5.2亿元
        facts, unattached = _read(f"全县一般公共预算教育支出5.2亿元。\n全县一般公共预算教育支出{second}。")
        assert (BUDGET, None, 2022, "5.2") in facts, second
        assert not any(r.startswith("stated_twice") for r in unattached.values()), second


def test_a_total_in_yiyuan_and_one_in_wanyuan_that_disagree_are_listed():
    facts, unattached = _read("全县一般公共预算教育支出5.2亿元。\n全县一般公共预算教育支出53012万元。")
    assert not _keys(facts, BUDGET)
    assert unattached["5.2亿元"].startswith("stated_twice: 53012万元")


def test_a_count_rounded_in_wan_and_the_exact_count_are_one_value():
    facts, unattached = _read("一、概况\n全县在校生3.25万人。\n二、各学段\n全县在校生32480人。")
    assert ("students", None, 2022, "32480") in facts
    assert not any(r.startswith("stated_twice") for r in unattached.values())


def test_two_rates_one_last_digit_apart_are_two_values():
    facts, unattached = _read("一、概况\n全县学前三年毛入园率为92.5%。\n二、成效\n全县学前三年毛入园率为92.6%。")
    assert not _keys(facts, RATE)
    assert unattached["92.5%"].startswith("stated_twice")


def test_three_stated_values_two_agreeing_one_not_are_all_listed_each_naming_the_others():
    text = ("一、概况\n全县学前三年毛入园率为92.5%。\n二、成效\n全县学前三年毛入园率达到92.5%。\n"
            "三、附表说明\n全县学前三年毛入园率为93.8%。")
    facts, unattached = _read(text)
    assert not _keys(facts, RATE)  # nothing decides: no majority vote
    assert unattached["93.8%"] == "stated_twice: 92.5% 一; 92.5% 二"


def test_an_inferred_value_against_two_agreeing_stated_ones_is_listed_alone():
    text = "一、概况\n全县共有幼儿园68所(民办43所)。\n二、学前教育\n全县共有民办幼儿园45所。\n三、其他\n全县共有民办幼儿园45所。"
    facts, unattached = _read(text)
    assert ("private_kindergartens", None, 2022, "45") in facts
    assert unattached["43所"] == "stated_twice: 45所 二; 45所 三"


def test_an_inferred_value_against_two_disagreeing_stated_ones_lists_all_three():
    text = "一、概况\n全县共有幼儿园68所(民办43所)。\n二、学前教育\n全县共有民办幼儿园45所。\n三、其他\n全县共有民办幼儿园46所。"
    facts, unattached = _read(text)
    assert not _keys(facts, "private_kindergartens")
    assert {unattached["43所"], unattached["45所"], unattached["46所"]} == {
        "stated_twice: 45所 二; 46所 三", "stated_twice: 43所 一; 46所 三", "stated_twice: 43所 一; 45所 二"}


# --- other_year ----------------------------------------------------------------------------------------------------

def test_a_base_year_in_brackets_is_not_the_figures_year():
    facts, _ = _read("全县一般公共预算教育支出5.2亿元(以2019年为基数)。")
    assert (BUDGET, None, 2022, "5.2") in facts


def test_a_base_year_in_a_later_clause_is_not_the_figures_year():  # held: 以 is not a base word, but a figure follows
    facts, _ = _read("全县一般公共预算教育支出5.2亿元,以2019年为基数增长20%。")
    assert (BUDGET, None, 2022, "5.2") in facts


def test_a_target_year_after_the_figure_is_not_its_year():
    facts, _ = _read("全县学前三年毛入园率达到92.1%,提前完成2025年目标任务。")
    assert (RATE, None, 2022, "92.1") in facts


def test_a_year_inside_what_a_count_includes_is_not_its_year():
    facts, _ = _read("全县共有幼儿园68所(含2021年新建幼儿园)。")
    assert ("schools", "kindergarten", 2022, "68") in facts


def test_a_comparison_with_past_years_before_the_figure_is_not_another_year():
    facts, _ = _read("全县学前三年毛入园率明显高于往年,达到92.1%。")
    assert (RATE, None, 2022, "92.1") in facts


def test_qiannian_inside_xueqian_nianling_is_not_the_year_before_last():
    facts, _ = _read("全县学前年龄段儿童1.2万人,学前三年毛入园率为92.1%。")
    assert (RATE, None, 2022, "92.1") in facts


def test_other_years_that_are_bases_or_own_clauses_leave_the_figure():  # held
    text = ("全县学前三年毛入园率为92.1%,较前年提高3个百分点。\n全县九年义务教育巩固率为99.1%,高于前年。\n"
            "全县共有专任教师3200人(2022年秋季学期)。")
    facts, _ = _read(text)
    assert {(RATE, None, 2022, "92.1"), ("compulsory_retention_rate", None, 2022, "99.1"),
            ("full_time_teachers", None, 2022, "3200")} <= facts


# --- whose ---------------------------------------------------------------------------------------------------------

def test_a_province_opening_a_clause_is_never_the_county_even_without_its_name():
    facts, unattached = _read("河南省学前三年毛入园率为89.7%。", name=None)
    assert (RATE, None, 2022, "89.7") not in facts


def test_a_province_body_as_the_source_of_the_countys_figure_is_not_its_subject():
    facts, _ = _read("据河南省教育厅统计,学前三年毛入园率为92.1%。")
    assert (RATE, None, 2022, "92.1") in facts


@pytest.mark.xfail(strict=True, reason="a parent word (省均, as 全省 before it) anywhere before the figure in its "
                                       "sentence makes it other_entity, though the clause's subject is 全县")
def test_the_county_above_the_provinces_mean_keeps_its_figure():
    facts, _ = _read("全县小学生均公用经费高于省均水平,达到1200元。")
    assert ("per_student_public_funding", "primary", 2022, "1200") in facts


def test_the_province_named_in_the_chain_to_the_county_and_as_a_source_with_its_subject():  # held
    facts, _ = _read("按河南省统计口径,全县学前三年毛入园率为92.1%。\n河南省洛阳市新安县九年义务教育巩固率为99.1%。")
    assert {(RATE, None, 2022, "92.1"), ("compulsory_retention_rate", None, 2022, "99.1")} <= facts


def test_a_province_figure_after_the_countys_is_not_proposed():  # held
    facts, unattached = _read("新安县学前三年毛入园率为92.1%,河南省为89.7%。")
    assert _keys(facts, RATE) == {(RATE, None, 2022, "92.1")} and "89.7%" in unattached


def test_without_its_name_a_county_written_after_its_province_keeps_its_figure():
    facts, _ = _read("河南省新安县学前三年毛入园率为92.1%。", name=None)
    assert (RATE, None, 2022, "92.1") in facts


def test_without_its_name_a_provinces_own_report_keeps_its_province():
    facts, _ = _read("河南省学前三年毛入园率为89.7%。", code="410000", name=None)
    assert (RATE, None, 2022, "89.7") in facts


def test_a_provinces_figure_after_a_source_clause_is_still_the_provinces():
    facts, unattached = _read("据统计,河南省学前三年毛入园率为89.7%。")
    assert not _keys(facts, RATE) and unattached["89.7%"] == "other_entity"


def test_a_year_spelt_as_a_number_leaves_the_figure_for_a_person():
    _, unattached = _read("两千零二十一年全县学前三年毛入园率为88.5%。")
    assert unattached["88.5%"] == "year_unclear"


def test_a_city_word_inside_a_plain_word_is_not_the_city():
    # 城市均衡 holds 市均 (the city's average) and 城市里 holds 市里 (the city): neither is the city here
    facts, _ = _read("全县推进城市均衡发展,小学生均公用经费达到1200元。")
    assert ("per_student_public_funding", "primary", 2022, "1200") in facts

