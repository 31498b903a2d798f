"""`checker extract`'s guards (issue 24, h-extract6): what must hold for any document, whatever its wording, so
that a figure the reader would attach wrongly is listed `unattached` with its reason instead. Every sentence
here is made up for the test (none is copied from a document of tests/data/reports/); each test named for a
guard failed before the guard was written (the companions marked "held already" passed before and show what
the guard must leave alone)."""

import yaml

from checker.intake.extract import draft_yaml, extract_text

COUNTY = "410323"  # a county's code (…23: a 县 under a prefecture)


def _read(text: str, period: int = 2022, code: str = COUNTY, name: str | None = None):
    draft = extract_text(text, "report.txt", code, period, name=name)
    facts = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}
    unattached = {u.figure: u.reason for u in draft.unattached}
    for p in draft.facts:  # every quote is the document's own text
        assert draft.quote(p) in text
    return facts, unattached, draft


def _keys(facts, indicator):
    return {f for f in facts if f[0] == indicator}


# --- 1. two values for one key ---------------------------------------------------------------------------------

def test_two_stated_values_of_one_key_are_both_listed_each_naming_the_other():
    text = "一、学前教育\n全县学前三年毛入园率为92.5%。\n二、发展成效\n全县学前三年毛入园率达到93.8%。"
    facts, unattached, draft = _read(text)
    assert not _keys(facts, "preschool_gross_enrollment_rate")
    assert unattached["92.5%"] == "stated_twice: 93.8% 二"
    assert unattached["93.8%"] == "stated_twice: 92.5% 一"
    # the draft stays a readable submission, the reason quoted
    assert 'reason: "stated_twice: 93.8% 二"' in draft_yaml(draft)
    assert yaml.safe_load(draft_yaml(draft))["unattached"][0]["reason"].startswith("stated_twice")


def test_an_inferred_value_against_a_stated_one_is_listed_naming_the_stated_place():
    text = "一、基本情况\n全县共有幼儿园68所(民办43所)。\n二、学前教育\n全县共有民办幼儿园45所。"
    facts, unattached, _ = _read(text)
    assert ("private_kindergartens", None, 2022, "45") in facts  # its name in its own sentence: stated
    assert ("private_kindergartens", None, 2022, "43") not in facts  # a parenthesis' label: inferred
    assert unattached["43所"] == "stated_twice: 45所 二"


def test_two_inferred_values_of_one_key_are_both_listed():
    text = "全县共有幼儿园68所(民办43所)。\n全县共有幼儿园70所(民办44所)。"
    facts, unattached, _ = _read(text)
    assert not _keys(facts, "private_kindergartens")
    assert unattached["43所"].startswith("stated_twice: 44所") and unattached["44所"].startswith("stated_twice: 43所")


def test_a_table_against_prose_decides_nothing():
    text = ("一、基本情况\n全区学前三年毛入园率达98.5%。\n二、主要指标\n| 指标 | 2021年 | 2022年 |\n| --- | --- | --- |\n"
            "| 学前三年毛入园率(%) | 97.2 | 98.91 |\n| 九年义务教育巩固率(%) | 98.2 | 98.6 |\n")
    facts, unattached, _ = _read(text, code="140107")
    assert _keys(facts, "preschool_gross_enrollment_rate") == {("preschool_gross_enrollment_rate", None, 2021, "97.2")}
    assert unattached["98.5%"] == "stated_twice: 98.91 表1 第2行第3列"
    assert unattached["98.91"] == "stated_twice: 98.5% 一"


def test_the_same_figure_at_another_precision_is_not_two_values():  # held already (the guard must leave it)
    facts, unattached, _ = _read("全县一般公共预算教育支出5.2亿元。\n全县一般公共预算教育支出52012万元。")
    assert {("edu_general_budget_expenditure", None, 2022, "5.2"),
            ("edu_general_budget_expenditure", None, 2022, "52012")} <= facts
    assert not any(r.startswith("stated_twice") for r in unattached.values())


def test_other_years_stages_and_scopes_are_other_keys():  # held already (the guard must leave them)
    text = ("全县小学在校生21000人,初中在校生9000人。全县在校生30000人,上年为29000人。\n"
            "全县一般公共预算教育支出5.2亿元,其中县本级3.1亿元。")
    facts, unattached, _ = _read(text)
    assert {("students", "primary", 2022, "21000"), ("students", "junior", 2022, "9000"),
            ("students", None, 2022, "30000"), ("students", None, 2021, "29000")} <= facts
    assert {("edu_general_budget_expenditure", None, 2022, "5.2"),
            ("edu_general_budget_expenditure", None, 2022, "3.1")} <= facts
    assert not any(r.startswith("stated_twice") for r in unattached.values())


# --- 2. implausible for its kind ---------------------------------------------------------------------------------

def test_a_share_over_its_bound_is_listed_a_gross_rate_is_not():
    facts, unattached, _ = _read("全县公办幼儿园在园幼儿占比为105.3%,学前三年毛入园率为102.3%。")
    assert not _keys(facts, "public_kindergarten_enrollment_share")
    assert unattached["105.3%"] == "implausible: above 100%"  # the dictionary's bound of a share
    # a gross enrolment rate counts pupils of any age against the age group: no bound (held already)
    assert ("preschool_gross_enrollment_rate", None, 2022, "102.3") in facts


def test_a_count_with_a_fraction_is_listed_a_count_in_wan_is_not():
    facts, unattached, _ = _read("全县共有幼儿园45.5所,专任教师1234.5人。全县在校中小学生3.25万人。")
    assert not _keys(facts, "schools") and not _keys(facts, "full_time_teachers")
    assert unattached["45.5所"] == unattached["1234.5人"] == "implausible: a count is a whole number"
    assert ("students", None, 2022, "3.25") in facts  # 32500 pupils (held already)


def test_a_total_in_yuan_where_wanyuan_is_meant_is_listed_by_the_levels_range():
    text = "全县一般公共预算教育支出52012元。"
    _, unattached, _ = _read(text)  # the level guessed from the code: the range of any level
    assert unattached["52012元"] == "implausible: outside 10000000–10000000000000元 for any level"
    draft = extract_text(text, "report.txt", COUNTY, 2022, level="county")  # the level given: its own range
    assert {u.figure: u.reason for u in draft.unattached}["52012元"] == \
        "implausible: outside 10000000–100000000000元 for a county"
    facts, _, _ = _read("全县一般公共预算教育支出52012万元。")  # held already
    assert ("edu_general_budget_expenditure", None, 2022, "52012") in facts


def test_money_per_pupil_in_the_range_of_a_total_is_listed():
    facts, unattached, _ = _read("全县普通小学生均一般公共预算教育经费123456789元,普通初中生均一般公共预算教育经费15678.9元。")
    assert _keys(facts, "per_student_general_budget_expenditure") == {
        ("per_student_general_budget_expenditure", "junior", 2022, "15678.9")}
    assert unattached["123456789元"] == "implausible: outside 500–500000元 for any level"


def test_an_implausible_value_does_not_make_a_plausible_one_stated_twice():
    facts, unattached, _ = _read("全县一般公共预算教育支出52012万元。\n全县一般公共预算教育支出52012元。")
    assert ("edu_general_budget_expenditure", None, 2022, "52012") in facts
    assert unattached["52012元"].startswith("implausible") and not any(
        r.startswith("stated_twice") for r in unattached.values())


# --- 3. the year the sentence names --------------------------------------------------------------------------------

def test_a_year_named_in_a_parenthesis_after_a_figure_is_that_figures_label():
    for said in ("(2019年统计)", "(2019年)", "(上年)", "(2019年秋季)"):
        facts, unattached, _ = _read(f"全县学前三年毛入园率达到90.2%{said}。")
        assert not _keys(facts, "preschool_gross_enrollment_rate"), said
        assert unattached["90.2%"] == "other_year", said
    facts, _, _ = _read("全县学前三年毛入园率达到90.2%(2022年)。")  # the evaluated year itself (held already)
    assert ("preschool_gross_enrollment_rate", None, 2022, "90.2") in facts


def test_a_label_year_after_one_figure_is_not_the_year_of_the_next():
    facts, _, _ = _read("全县学前三年毛入园率从85.1%(2019年)提高到90.2%。")
    assert ("preschool_gross_enrollment_rate", None, 2019, "90.2") not in facts  # was 2019's
    assert ("preschool_gross_enrollment_rate", None, 2022, "90.2") in facts


def test_a_later_clause_naming_another_year_as_the_figures_own():
    facts, unattached, _ = _read("全县学前三年毛入园率为85.1%,系2019年数据。")
    assert not _keys(facts, "preschool_gross_enrollment_rate") and unattached["85.1%"] == "other_year"
    # held already: a clause with its own figure, a base, a start
    facts, _, _ = _read("全县学前三年毛入园率为90.2%,2019年为88.5%。\n全县九年义务教育巩固率为99.1%,比2019年提高0.3个百分点。\n"
                        "全县在园幼儿8500人,为2019年以来最多。")
    assert {("preschool_gross_enrollment_rate", None, 2022, "90.2"), ("preschool_gross_enrollment_rate", None, 2019, "88.5"),
            ("compulsory_retention_rate", None, 2022, "99.1"), ("students", "kindergarten", 2022, "8500")} <= facts


def test_words_naming_another_year_without_a_number():
    for said in ("前年", "上学年", "上一学年"):
        facts, unattached, _ = _read(f"{said}全县学前三年毛入园率为85.1%。")
        assert not _keys(facts, "preschool_gross_enrollment_rate"), said
        assert unattached["85.1%"] == "other_year", said
    facts, _, _ = _read("全县学前三年毛入园率为90.2%,比前年提高3个百分点。目前全县学前三年毛入园率为90.2%。")
    assert ("preschool_gross_enrollment_rate", None, 2022, "90.2") in facts  # a base, 目前 (held already)


def test_a_year_in_chinese_numerals_is_read_as_its_digits():
    facts, _, draft = _read("二〇一九年全县学前三年毛入园率为88.5%。二零二二年全县九年义务教育巩固率为99.1%。")
    assert {("preschool_gross_enrollment_rate", None, 2019, "88.5"), ("compulsory_retention_rate", None, 2022, "99.1")} <= facts
    assert ("preschool_gross_enrollment_rate", None, 2022, "88.5") not in facts
    assert draft.quote(draft.facts[0]).startswith("二〇一九年")  # quoted as written


# --- 4. whose figure -------------------------------------------------------------------------------------------------

OWN = "新安县"  # the county of COUNTY's code, its name known as `checker extract --name` knows it


def test_each_word_of_another_entity_or_a_standard_keeps_the_figure_off_the_county():
    # held already, each path: 全国 / 全省 / 全市 (the prefecture, in a county's report) / another county's name /
    # 国家标准, 省定标准 / 要求 / 目标
    for said in ("全国学前三年毛入园率为89.7%", "全省学前三年毛入园率为89.7%", "全市学前三年毛入园率为89.7%",
                 "宜阳县学前三年毛入园率为89.7%", "学前三年毛入园率国家标准为89.7%", "省定标准学前三年毛入园率89.7%",
                 "要求学前三年毛入园率达到89.7%", "目标学前三年毛入园率达到89.7%"):
        facts, unattached, _ = _read(said + "。", name=OWN)
        assert not facts and unattached["89.7%"] in ("other_entity", "standard", "target"), said


def test_the_province_and_the_city_named_otherwise_are_not_the_county():
    for said in ("省均", "省里", "市均", "市里", "河南省"):
        facts, unattached, _ = _read(f"{said}学前三年毛入园率为89.7%,全县为92.1%。", name=OWN)
        assert facts == {("preschool_gross_enrollment_rate", None, 2022, "92.1")}, said
        assert unattached["89.7%"] == "other_entity", said
    # the chain ending in the county's own name is its own (held already for 洛阳市新安县)
    facts, _, _ = _read("河南省洛阳市新安县学前三年毛入园率为92.1%。", name=OWN)
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "92.1")}


def test_a_province_named_in_a_prefectures_or_a_provinces_report():
    text = "河南省洛阳市学前三年毛入园率为92.1%。河南省学前三年毛入园率为89.7%。"
    facts, unattached, _ = _read(text, code="410300", name="洛阳市")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "92.1")} and unattached["89.7%"] == "other_entity"
    facts, unattached, _ = _read("河南省学前三年毛入园率为89.7%。山东省学前三年毛入园率为91.7%。", code="410000", name="河南省")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "89.7")} and unattached["91.7%"] == "other_entity"


def test_a_standard_word_inside_an_indicators_own_name_is_not_a_standard():
    facts, unattached, _ = _read("全县中小学校教室照明标准达标率为95.2%。全县寄宿生生均公用经费补助标准为300元。"
                                 "国家规定寄宿生生均公用经费补助标准不低于200元。", name=OWN)
    assert {("classroom_lighting_compliant_share", None, 2022, "95.2"),
            ("boarding_public_funding_supplement", None, 2022, "300")} <= facts
    assert unattached["200元"] == "standard"  # 国家规定, 不低于: outside the name (held already)


def test_an_indicator_without_a_range_of_its_own_is_held_to_the_one_it_is_part_of():
    facts, unattached, _ = _read("全县普通小学生均一般公共预算教育事业费98765432元,普通初中生均一般公共预算教育事业费14567.8元。")
    assert _keys(facts, "per_student_general_budget_operating_expense") == {
        ("per_student_general_budget_operating_expense", "junior", 2022, "14567.8")}
    assert unattached["98765432元"] == "implausible: outside 500–500000元 for any level"
