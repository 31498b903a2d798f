"""Readings generalised in stop 33 (issue 24), each from a declaration, each with own-made sentences that fail
on the code before it (桐溪县 510998 exists nowhere):

- a year right after an item's number (`3.2024年新建幼儿园2所`) is that item's year: it was read as part of a
  decimal and lost, and the figure took the report's year — a wrong year;
- a count known only by its formal name (新增普惠性幼儿园数) is also written without its 数 before its figure
  (extract.yaml `count_name_suffixes`), never where what is left is a stage's or another indicator's name;
- aliases for quantities the dictionary knew only by their formal names (平安校园占比, 教室照明达标率, 征收地方教育附加…),
  none wider than its definition (随迁子女在公办学校就读比例 leaves out the purchased places: not the indicator);
- a figure in digits in a sentence about schooling (extract.yaml `schooling_words`) that the reader does not take is
  listed as unattached with its reason, never passed over; numbers spelt in words there are set phrases.
"""

import pytest

from checker.intake.extract import extract_text
from extract_reading import read_report
from hostile_cases import listed

def _read(body: str):
    return read_report(body)[:2]


# --- a year after an item's number ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, year", [
    ("一、基本情况\n3.2021年全县学前三年毛入园率达到95%。", 2021),
    ("一、基本情况\n3. 2022年全县学前三年毛入园率达到95%。", 2022),
    ("一、基本情况\n12.2022年全县学前三年毛入园率达到95%。", 2022),
    ("1.2022年全县学前三年毛入园率达到95%。", 2022),
])
def test_a_year_after_an_items_number_is_the_items_year(body, year):
    facts, _ = _read(body)
    assert facts == {("preschool_gross_enrollment_rate", None, year, "95")}


def test_a_later_year_after_an_items_number_is_never_the_reports():
    facts, unattached = _read("四、下一步工作\n3.2024年新建幼儿园2所、小学1所,新增学位1500个。")
    assert facts == set()
    assert ("2所", "later_year") in unattached


def test_a_decimal_is_still_never_a_year():
    facts, _ = _read("全县小学生均校舍面积为12.2023平方米,学前三年毛入园率达到95%。")
    assert ("preschool_gross_enrollment_rate", None, 2023, "95") in facts


# --- counts by their formal names without 数 ------------------------------------------------------------------

def test_a_formal_counts_name_without_its_shu():
    facts, _ = _read("2023年,全县新增普惠性幼儿园3所,认定扶持普惠性民办园2所,新建幼儿园4所。")
    assert facts == {("new_inclusive_kindergartens", None, 2023, "3"),
                     ("inclusive_private_kindergartens_recognised", None, 2023, "2"),
                     ("new_kindergartens_built", None, 2023, "4")}


def test_a_stage_name_left_by_dropping_shu_stays_a_stage():
    facts, _ = _read("全县共有特殊教育学校1所,在校生120人。")
    assert ("schools", "special", 2023, "1") in facts
    assert not any(f[0] == "special_education_schools" for f in facts)


def test_counts_with_declared_aliases_keep_exactly_those():
    # 班级数 -> 班级 would make 班级 a name anywhere: 个别班级达到50人 is no count of classes
    facts, _ = _read("城关小学个别班级达到50人。")
    assert facts == set()


# --- aliases of quantities known before only by their formal names ---------------------------------------------

@pytest.mark.parametrize("sentence, key", [
    ("全县中小学校教室照明达标率为100%。", ("classroom_lighting_compliant_share", None, 2023, "100")),
    ('全县省市县三级"平安校园"占比为86.7%。', ("safe_campus_share", None, 2023, "86.7")),
    ("全县教师交流轮岗比例为15.6%。", ("teacher_rotation_share", None, 2023, "15.6")),
    ("全县社区教育参与率为45.2%。", ("community_education_participation_rate", None, 2023, "45.2")),
    ("2023年,全县征收地方教育附加2173.40万元。", ("local_edu_surcharge_collected", None, 2023, "2173.40")),
    ("全县教师五年360学时培训完成率为100%。", ("teacher_training_360h_rate", None, 2023, "100")),
    ("全县智慧校园建成率为60.5%。", ("smart_campus_share", None, 2023, "60.5")),
])
def test_aliases_of_formal_names(sentence, key):
    facts, _ = _read(sentence)
    assert facts == {key}


def test_an_alias_never_wider_than_its_definition():
    # public schools only: the indicator also counts places bought from private schools
    facts, _ = _read("义务教育阶段进城务工随迁子女在公办学校就读比例达85%。")
    assert not any(f[0] == "migrant_children_public_share" for f in facts)


@pytest.mark.parametrize("sentence", [
    "全县平安校园占比为86.7%。",  # which levels? the indicator is the three levels' (h-review33b: 省级…占比 was read)
    "全县省级平安校园占比为30%。",
    "全县校长交流轮岗比例为20%。",  # principals, not teachers
    "全县校长五年360学时培训完成率为100%。",
])
def test_aliases_never_wider_than_their_names(sentence):
    facts, _ = _read(sentence)
    assert facts == set()


def test_the_local_surcharge_due_is_not_the_collected():
    facts, _ = _read("2023年,全县地方教育附加应征额2300万元。")
    assert ("local_edu_surcharge_collected", None, 2023, "2300") not in facts


# --- nothing silent in a sentence about schooling --------------------------------------------------------------

def test_a_schooling_sentences_figures_are_listed_when_not_taken():
    facts, unattached = _read("2023年,全县收到社会捐赠教育经费2000万元,新增学位1500个,配备专职督学8名。")
    assert facts == set()
    assert unattached == [("2000万元", "no_indicator"), ("1500个", "no_indicator"), ("8名", "no_indicator")]


def test_other_sentences_stay_out_of_the_list():
    facts, unattached = _read("全县总面积1860平方公里,地区生产总值215.3亿元。")
    assert facts == set() and unattached == []


def test_numbers_spelt_in_words_are_set_phrases_there():
    _, unattached = _read("教育系统党员干部牢固树立“四个意识”,不让一名学生因贫失学,落实“三个增长”。")
    assert unattached == []


# --- after h-review33a's whole documents (tests/test_extract_documents33.py) ------------------------------------

def test_the_deepest_title_naming_a_year_decides():
    text = ("澧川县教育局2023年工作总结和2024年工作计划\n一、2023年工作总结\n高中阶段毛入学率达到92.4%,比2022年提高1.5个百分点。\n"
            "二、2024年工作计划\n高中阶段毛入学率达到93.5%。\n")
    draft = extract_text(text, "report.txt", "430998", 2023, name="澧川县")
    assert {(p.indicator, p.period, p.value) for p in draft.facts} == {("senior_secondary_gross_enrollment_rate", 2023, "92.4")}
    assert ("93.5%", "year_unclear") in [(u.figure, u.reason) for u in draft.unattached]  # 2024's section: not 2023's


def test_a_title_naming_another_year_above_still_leaves_the_year_open():
    facts, unattached = _read("二、2021年情况\n高中阶段毛入学率达到92.4%。")
    assert facts == set() and ("92.4%", "year_unclear") in unattached


def test_a_summary_with_a_plan_is_no_plan():
    text = "澧川县教育局2023年工作总结和下一步工作计划\n全县学前三年毛入园率达到91.8%。\n"
    draft = extract_text(text, "report.txt", "430998", 2023, name="澧川县")
    assert [(p.indicator, p.value) for p in draft.facts] == [("preschool_gross_enrollment_rate", "91.8")]
    plan = extract_text("澧川县学前教育发展计划\n全县学前三年毛入园率达到95%。\n", "report.txt", "430998", 2023, name="澧川县")
    assert not plan.facts and [u.reason for u in plan.unattached] == ["target"]


def test_a_count_before_a_qualified_name_is_a_part():
    facts, unattached = _read("二是民办园保教质量参差不齐,7所非普惠性民办园收费偏高。")
    assert facts == set() and ("7所", "subset") in unattached
    facts, _ = _read("全县有7所民办园。")
    assert facts == {("private_kindergartens", None, 2023, "7")}


def test_an_ethnic_school_systems_figures_are_parts():
    facts, _ = _read("蒙古族学校共有专任教师624人。全县专任教师1890人。")
    assert facts == {("full_time_teachers", None, 2023, "1890")}


@pytest.mark.parametrize("sentence", [
    "全县交流轮岗教师212人,占符合交流条件教师比例为15.3%。",
    "交流轮岗教师212人,占符合交流条件教师总数的15.3%。",
])
def test_the_rotation_share_after_its_count(sentence):
    facts, _ = _read(sentence)
    assert facts == {("teacher_rotation_share", None, 2023, "15.3")}


@pytest.mark.parametrize("sentence", [
    "全县义务教育教师年平均工资收入为118600元,不低于当地公务员平均工资收入水平(115200元)。",
    "义务教育教师平均工资收入为118600元,与当地公务员平均工资收入(115200元)同步调整。",
])
def test_an_amount_in_brackets_after_its_name_is_the_names(sentence):
    facts, _ = _read(sentence)
    assert facts == {("teacher_avg_salary", None, 2023, "118600"), ("civil_servant_avg_salary", None, 2023, "115200")}


@pytest.mark.parametrize("sentence, reason", [
    ("力争教师平均工资收入不低于当地公务员平均工资收入(120000元)。", "target"),
    ("教师平均工资收入不低于全市公务员平均工资收入(120000元)。", "standard"),
    ("2024年教师平均工资收入不低于当地公务员平均工资收入(120000元)。", "later_year"),
])
def test_an_amount_in_brackets_after_another_or_a_goal_is_not_the_entitys(sentence, reason):
    facts, unattached = _read(sentence)
    assert not any(f[0] == "civil_servant_avg_salary" and f[3] for f in facts)
    assert ("120000元", reason) in unattached


def test_a_rate_in_brackets_after_a_name_is_left_to_the_aside_rules():
    facts, _ = _read("全县学前三年毛入园率高于全省学前三年毛入园率(90.2%)。")
    assert not any(f[3] == "90.2" for f in facts)


# --- more of h-review33a's misses ------------------------------------------------------------------------------

def test_a_count_dated_by_its_school_term():
    facts, _ = _read("截至2023年秋季学期,全县共有幼儿园72所。")
    assert facts == {("schools", "kindergarten", 2023, "72")}


def test_this_years_label_before_its_filler():
    draft = extract_text("修江县2013年教育经费执行情况统计公告\n全县财政经常性收入本年为156420.3万元,上年为143890.6万元。\n",
                         "report.txt", "360998", 2013, name="修江县")
    assert {(p.indicator, p.period, p.value) for p in draft.facts} == {("fiscal_recurrent_revenue", 2013, "156420.3"),
                                                                       ("fiscal_recurrent_revenue", 2012, "143890.6")}


def test_spending_that_came_to_a_figure():
    facts, unattached = _read("全年一般公共预算教育支出完成6.48亿元。一般公共预算教育支出完成预算的98%。")
    assert facts == {("edu_general_budget_expenditure", None, 2023, "6.48")}
    assert ("98%", "phrase") in unattached  # a share of the budget, not the spending


@pytest.mark.parametrize("sentence, key", [
    ("全年认定普惠性民办幼儿园4所。", ("inclusive_private_kindergartens_recognised", None, 2023, "4")),
    ('全县"双师型"教师占专业课教师比例为58.3%。', ("dual_qualified_teacher_share", None, 2023, "58.3")),
])
def test_more_wordings_of_formal_names(sentence, key):
    facts, _ = _read(sentence)
    assert facts == {key}


def test_figures_in_a_parenthesis_are_as_listed_as_their_sentences():
    _, unattached = _read("教师平均工资收入不低于国家规定的公务员平均工资收入标准(120000元)。")
    assert [u[0] for u in unattached] == ["120000元"]


def test_tutoring_institutions_are_schooling():
    _, unattached = _read("学科类校外培训机构由2021年底的46家压减至2家,压减率95.7%。")
    assert ("95.7%", "no_indicator") in unattached


def test_a_clause_on_the_year_itself_after_a_sum_of_years():
    facts, unattached = _read("2021年以来累计新建、改扩建幼儿园17所,2023年新建和改扩建幼儿园5所,认定扶持普惠性民办园3所。")
    assert facts == {("kindergartens_built_or_expanded", None, 2023, "5"),
                     ("inclusive_private_kindergartens_recognised", None, 2023, "3")}
    for sentence in ("2021年以来累计新建、改扩建幼儿园17所,2023年以来新建和改扩建幼儿园5所。",
                     "十四五期间累计新建幼儿园17所,2023年至2025年新建和改扩建幼儿园5所。"):
        facts, _ = _read(sentence)
        assert facts == set(), sentence


def test_a_tables_total_row_beside_its_parts():
    # 公办 / 民办 / 其中:普惠性民办 / 合计: each column's whole is the 合计 row's; the kinds are parts (grids.py `_wholes`)
    facts, unattached = _read("表1 2023年桐溪县幼儿园基本情况\n类别 园所数(所) 在园幼儿(人) 专任教师(人)\n"
                              "公办幼儿园 46 3612 248\n民办幼儿园 26 3326 203\n其中:普惠性民办幼儿园 19 2374 142\n合计 72 6938 451\n")
    assert facts == {("schools", "kindergarten", 2023, "72"), ("students", "kindergarten", 2023, "6938"),
                     ("full_time_teachers", "kindergarten", 2023, "451")}
    assert ("46", "subset") in unattached and ("19", "subset") in unattached


def test_two_kinds_without_a_total_stay_unclear():
    facts, unattached = _read("表1 2023年桐溪县幼儿园基本情况\n类别 园所数(所)\n公办幼儿园 46\n民办幼儿园 26\n")
    assert facts == set() and {r for _, r in unattached} == {"stage_unclear"}


# --- after h-review33b (tests/test_extract_hostile33.py) and h-review33c (tests/test_extract_documents33c.py) --------

def test_a_lead_in_naming_another_entity_makes_its_list_that_entitys():
    for body in ("附注:\n1.2023年全省生均一般公共预算教育经费:幼儿园11206.38元,普通小学13628.45元。",
                 "1.2023年全省生均一般公共预算教育经费:幼儿园\n11206.38元,普通小学13628.45元,普通\n初中17952.16元。"):  # wrapped
        facts, unattached = _read(body)
        assert facts == set(), body
        assert ("11206.38元", "other_entity") in unattached
    facts, _ = _read("全县生均一般公共预算教育经费:幼儿园9206.38元。")
    assert facts == {("per_student_general_budget_expenditure", "kindergarten", 2023, "9206.38")}


def test_a_count_of_additions_in_a_plans_table_is_the_periods_so_far():
    facts, unattached = _read("表1 “十四五”教育规划主要指标完成情况\n指标 2020年基期值 2025年目标值 2023年实际值\n"
                              "新建和改扩建幼儿园(所) — 15 7\n学前三年毛入园率(%) 86.5 92 89.8\n")
    assert ("kindergartens_built_or_expanded", None, 2023, "7") not in facts
    assert ("7", "multi_year") in unattached
    assert ("preschool_gross_enrollment_rate", None, 2023, "89.8") in facts


def test_a_programmes_quoted_name_in_the_opening_is_no_plan():
    draft = extract_text("上海市虹口区2023年教育数据\n扎实推进“彩虹计划”,全面育人体系基本建立。\n全区共有小学33所。\n",
                         "report.txt", "310109", 2023, name="虹口区")
    assert [(p.indicator, p.stage, p.value) for p in draft.facts] == [("schools", "primary", "33")]


def test_a_next_steps_title_sets_targets_even_beside_problems():
    # which figures under 存在问题及下一步打算 are the year's cannot be told from its title: none is taken (h-review33d)
    for title in ("三、下一步工作打算", "六、存在问题及下一步打算", "五、问题与对策", "六、存在不足和努力方向"):
        facts, unattached = _read(f"{title}\n全县学前三年毛入园率达到95%。")
        assert facts == set() and ("95%", "target") in unattached, title


def test_an_amount_in_brackets_after_the_year_before_or_a_part_is_left_to_its_parenthesis():
    facts, _ = _read("全县教育经费总投入12.5亿元,比上年教育经费总投入(11.8亿元)增长5.9%。")
    assert facts == {("edu_total_investment", None, 2023, "12.5")}


def test_a_shares_qualifiers_are_its_counts_clause_only():
    facts, _ = _read("全年公开招聘教师235名,交流轮岗教师186名,占符合交流条件教师比例为17.5%。")
    assert facts == {("teacher_rotation_share", None, 2023, "17.5")}


# --- a page's break in a PDF's text layer (h-review33c's pdf_bulletin: 11 -> 21/34) ----------------------------

PAGED = ("关于2023年桐溪县教育经费执行情况的统计公告\n表1 各级教育生均一般公共预算教育经费\n单位:元\n学段 2023年 2022年 增长(%)\n"
         "幼儿园 9862.45 9415.20 4.75\n普通小学 12486.30 12018.76 3.89\n\n- 1 -\n\n桐溪县教育经费执行情况统计公告\n"
         "普通初中 16218.54 15634.92 3.73\n四、全县各级教育生均一般公共预算公用经费情况\n1.幼儿园为1236.40元,比上年的1198.62元增长3.15%。\n"
         "\n- 2 -\n\n桐溪县教育经费执行情况统计公告\n附注\n")


def test_a_table_and_a_list_broken_by_a_page_read_whole():
    draft = extract_text(PAGED, "report.txt", "510998", 2023, name="桐溪县")
    facts = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}
    assert ("per_student_general_budget_expenditure", "junior", 2023, "16218.54") in facts  # the row after the break
    assert ("per_student_public_funding", "kindergarten", 2023, "1236.40") in facts  # not under the table's years
    assert len(facts) == 8
    assert all(draft.quote(p) in PAGED for p in draft.facts)


def test_a_bare_number_line_is_no_page_mark():
    # one cell a line: a bare number may be a table's cell, never passed over as a page's number
    from checker.intake.extract.normal import _page_breaks
    assert _page_breaks("学段\n小学\n15230\n\n初中\n7810\n") == []
    assert _page_breaks("全县小学15230人。\n\n— 3 —\n\n初中7810人。\n") == [(len("全县小学15230人。\n"), len("全县小学15230人。\n\n— 3 —\n\n"))]


# --- after h-review33d and h-review33e --------------------------------------------------------------------------

def test_a_plan_states_its_stocks_and_plans_its_additions():
    # stop 35: the stock of 发展基础 (written before the plan's first year) is no longer read as the evaluated year's, as
    # hostile review 33f asked: listed year_unclear (tests/test_extract_general35.py)
    text = "桐溪县“十四五”教育事业发展规划\n一、发展基础\n全县有特殊教育学校1所。\n二、主要目标\n全县新建幼儿园6所。\n"
    draft = extract_text(text, "report.txt", "510998", 2023, name="桐溪县")
    assert not draft.facts
    assert ("1所", "year_unclear") in [(u.figure, u.reason) for u in draft.unattached]
    assert ("6所", "target") in [(u.figure, u.reason) for u in draft.unattached]


def test_a_departments_accounts_give_no_area_funding():
    draft = extract_text("桐溪县教育局2023年度部门决算公开\n本年收入合计52361.48万元,其中事业收入986.21万元。\n",
                         "report.txt", "510998", 2023, name="桐溪县")
    assert not draft.facts and ("986.21万元", "department") in [(u.figure, u.reason) for u in draft.unattached]


def test_the_entitys_name_is_folded_as_the_text_is():
    text = "澐水縣2023年教育經費執行情況統計公告\n附註:1.全市2023年幼兒園生均一般公共預算教育經費為10215.62元。\n"
    draft = extract_text(text, "report.txt", "350898", 2023, name="澐水縣")
    assert not draft.facts


def test_the_county_as_a_provinces_feedback_calls_it():
    facts, _ = _read("该县共有幼儿园86所。")
    assert facts == {("schools", "kindergarten", 2023, "86")}


def test_education_spending_as_a_part_of_the_general_budgets():
    draft = extract_text("桐溪县2023年国民经济和社会发展统计公报\n全年一般公共预算支出45.72亿元,其中教育支出8.63亿元。\n",
                         "report.txt", "510998", 2023, name="桐溪县")
    assert {(p.indicator, p.value) for p in draft.facts} == {("general_budget_expenditure", "45.72"),
                                                             ("edu_general_budget_expenditure", "8.63")}


def test_a_heading_dated_before_the_autumn_dates_its_counts():
    for title in ("一、2023年春季学期基本情况", "二、2023年上学期情况", "一、截至2023年6月底基本情况"):
        facts, unattached = _read(f"{title}\n全县小学在校生28650人。")
        assert facts == set() and ("28650人", "date_in_year") in unattached, title
    facts, _ = _read("三、2023年秋季学期基本情况\n全县小学在校生28650人。")
    assert facts == {("students", "primary", 2023, "28650")}


# --- a review of the change (h-review33z): the county's own ordinary sentences, read as before this stop --------

@pytest.mark.parametrize("sentence, key", [
    ("全县教育事业取得较大的发展,小学在校生12000人。", ("students", "primary", 2023, "12000")),
    ("全县初中班额情况:初中在校生6000人。", ("students", "junior", 2023, "6000")),
    ("全县推进小班化教学情况:小学在校生6000人。", ("students", "primary", 2023, "6000")),
    ("2023年等级评估中,全县小学在校生12000人。", ("students", "primary", 2023, "12000")),
    ("全县区域内共有小学29所,在校生12000人。", ("students", "primary", 2023, "12000")),
    ("全县共有幼儿园72所,其中公办46所,民办26所,新建园2所在建。", ("schools", "kindergarten", 2023, "72")),
])
def test_ordinary_sentences_keep_their_reading(sentence, key):
    facts, _ = _read(sentence)
    assert key in facts


def test_an_amount_in_brackets_takes_only_a_name_before_it():
    facts, _ = _read("全县投入校舍维修资金(1200万元),一般公共预算教育支出增长5%。")
    assert not any(f[3] == "1200" for f in facts)


def test_a_question_ending_its_sentence_states_no_claim():
    facts, _ = _read("全县教育费附加全部用于教育?")
    assert facts == set()


def test_a_lead_in_of_a_stage_or_of_the_entitys_own_part_is_no_school():
    _, unattached = _read("县直学校:在校生12000人。")
    assert ("12000人", "scope_unclear") in unattached
    facts, _ = _read("全县小学:在校生14860人。")
    assert facts == {("students", "primary", 2023, "14860")}


def test_a_caption_naming_the_year_before_or_part_of_the_year():
    table = "项目 本年 上年\n一般公共预算教育支出(万元) 64800 61200\n教育经费总投入(万元) 129600 122400\n"
    facts, _ = _read("表1 桐溪县教育经费情况(上年为2022年)\n" + table)
    assert ("edu_general_budget_expenditure", None, 2023, "64800") in facts
    facts, unattached = _read("表1 桐溪县教育经费情况(本年数为2023年1-9月)\n" + table)
    assert ("edu_general_budget_expenditure", None, 2023, "64800") not in facts
    assert ("64800", "part_year") in unattached


@pytest.mark.parametrize("text, figures", [
    ("城关小学现有在校生3200人。", ["3200人"]),
    ("其中溪口中学在校生1800人。", ["1800人"]),
    ("如东溪幼儿园在园幼儿420人。", ["420人"]),
])
def test_a_school_named_by_its_place_is_one_schools(text, figures):
    """A school named by its place opening its clause (城关小学现有…): its figures are that school's, never the stage's."""
    facts, unattached, _ = read_report("全县教育基本情况:全县共有学校40所。" + text)
    assert facts == {("schools", None, 2023, "40")}
    assert all(listed(unattached, fig) for fig in figures)


@pytest.mark.parametrize("text, expected", [
    ("全县小学现有在校生32000人。", ("students", "primary", "32000")),
    ("农村小学在校生有12000人,全县小学在校生32000人。", ("students", "primary", "32000")),
    ("普通高中在校生8600人。", ("students", "senior", "8600")),
    ("初级中学在校生12000人。", ("students", "junior", "12000")),
])
def test_a_stage_or_a_kind_of_school_is_not_a_named_school(text, expected):
    """The kinds and the whole (全县/农村/普通/初级…) before a stage's word are no school's name: still the stage's."""
    facts, _, _ = read_report(text)
    indicator, stage, value = expected
    assert (indicator, stage, 2023, value) in facts


@pytest.mark.parametrize("text, scope", [
    ("全县一般公共预算支出32.5亿元,其中县本级教育支出4.2亿元。", "县本级"),
    ("全县一般公共预算支出32.5亿元,其中教育支出4.2亿元。", None),
])
def test_a_labelled_part_keeps_the_level_it_names(text, scope):
    """A 其中 part naming the government's own level (县本级) is that level's spending: its scope, never the area's."""
    _, _, draft = read_report(text)
    assert {(p.indicator, p.value, p.scope) for p in draft.facts} == {
        ("general_budget_expenditure", "32.5", None), ("edu_general_budget_expenditure", "4.2", scope)}


@pytest.mark.parametrize("text, expected, left", [
    # a label alone on its line over its figure alone: the label's stage is the figure's (it was read with none)
    ("全县小学在校生\n32000人。", {("students", "primary", 2023, "32000")}, []),
    ("在园幼儿\n26418人\n", {("students", "kindergarten", 2023, "26418")}, []),
    # …and its owner: 全市 in a county's report is the city (it was read as the county's)
    ("全市学前三年毛入园率\n95.4%\n全县学前三年毛入园率\n96.1%\n", {("preschool_gross_enrollment_rate", None, 2023, "96.1")},
     ["95.4%"]),
    # a bullet before the label opens no section (the label and its figure were passed over in silence)
    ("● 在校学生\n112634人\n▶ 学前三年毛入园率\n98.6%\n", {("students", None, 2023, "112634"),
                                                    ("preschool_gross_enrollment_rate", None, 2023, "98.6")}, []),
    # a section's stage is no stage-less quantity's, as when its name stands in the figure's line
    ("【义务教育】\n义务教育巩固率\n99.6%\n", {("compulsory_retention_rate", None, 2023, "99.6")}, []),
])
def test_a_label_alone_on_its_line_gives_its_figure_its_stage_and_owner(text, expected, left):
    facts, unattached, _ = read_report(text)
    assert facts == expected
    assert all(listed(unattached, fig) for fig in left)


def test_a_label_line_stating_zero_is_a_sentence():
    facts, _, _ = read_report("全县上年小学超大班额为零。\n")
    assert facts == {("super_large_classes", "primary", 2022, "0")}


@pytest.mark.parametrize("text, expected, left", [
    ("整改前:督导时全县义务教育学校有大班额23个。整改后:全县大班额0个。", {("large_classes", None, 2023, "0")}, ["23个"]),
    ("整改前:交流轮岗教师占符合交流条件教师比例仅为8.6%;教师5年360学时培训完成率为91.3%。", set(), ["8.6%", "91.3%"]),
    # a year named after the words gives the earlier state its year
    ("整改前:2022年全县义务教育教师平均工资收入为86352元。", {("teacher_avg_salary", None, 2022, "86352")}, []),
])
def test_the_state_before_a_rectification_is_not_the_years(text, expected, left):
    """A rectification report's 整改前 (or 督导时) state is an earlier time than the report's year: other_year, unless a
    year is named."""
    facts, unattached, _ = read_report(text)
    assert facts == expected
    assert all(listed(unattached, fig) for fig in left)


@pytest.mark.parametrize("text, expected, left", [
    # a stage's word holding 学校 before an amount: the stage's (it was read as the count of schools: unit)
    ("三、各级教育生均公共财政预算教育事业费支出情况\n6.特殊教育学校为46285.20元,比上年的42617.35元增长8.61%。",
     {("per_student_general_budget_operating_expense", "special", 2023, "46285.20"),
      ("per_student_general_budget_operating_expense", "special", 2022, "42617.35")}, []),
    ("全县共有学校89所。", {("schools", None, 2023, "89")}, []),
    # a part of the entity named only in a later sentence leaves the earlier figure the whole's (it was scope_unclear)
    ("全年征收教育费附加6852万元。县本级安排教育督导专项经费86万元。",
     {("edu_surcharge_collected", None, 2023, "6852"), ("supervision_special_fund", None, 2023, "86")}, []),
    ("县本级安排教育督导专项经费86万元。全年征收教育费附加6852万元。", {("supervision_special_fund", None, 2023, "86")},
     ["6852万元"]),
    # 至 for 到 after the figure before the change (the year's figure was a phrase)
    ("全县大班额由2022年的14个下降至0个。", {("large_classes", None, 2022, "14"), ("large_classes", None, 2023, "0")}, []),
    # a name holding a 、 is one clause's (it was split, its figure no_indicator)
    ("全县新建、改扩建幼儿园5所,新增学位1350个。", {("kindergartens_built_or_expanded", None, 2023, "5")}, ["1350个"]),
    ("全县新建幼儿园3所、改扩建幼儿园2所。", {("new_kindergartens_built", None, 2023, "3")}, ["2所"]),
])
def test_stop34_wordings(text, expected, left):
    facts, unattached, _ = read_report(text)
    assert facts == expected
    assert all(listed(unattached, fig) for fig in left)


@pytest.mark.parametrize("text, expected", [
    # a number a text layer broke between its digits, its unit and its clause's end on the next line: one number
    ("!桐溪县2023年教育工作报告\n全县共有小学52所(另有教学点18个),招生3862人,在校生213\n56人,专任教师1426人。\n",
     ("students", "primary", 2023, "21356")),
    ("!桐溪县2023年教育工作报告\n全县九年义务教育巩固率为97.\n8%,适龄残疾儿童少年义务教育入学率为95.2%。\n",
     ("compulsory_retention_rate", None, 2023, "97.8")),
    # a sentence's line ending in a name, its figure opening the next line
    ("!桐溪县2023年教育工作报告\n全县共有小学52所,在校生21356人,专任教师1426人;全县共有初中\n19所,在校生10468人。\n",
     ("schools", "junior", 2023, "19")),
    # a line set letter-spaced (every character followed by one space)
    ("!桐溪县2023年教育工作报告\n全 县 共 有 幼 儿 园 4 6 所 , 在 园 幼 儿 9 8 6 2 人 。\n", ("students", "kindergarten", 2023, "9862")),
])
def test_a_text_layers_breaks_inside_a_figure_are_read_through(text, expected):
    facts, _, _ = read_report(text)
    assert expected in facts


def test_two_figures_either_side_of_a_line_break_stay_two():
    facts, _, draft = read_report("!桐溪县2023年教育工作报告\n全县小学在校生12345人,初中在校生为6789\n12所初中中有8所为寄宿制学校。\n"
                                  "全县中小学专任教师3200人,比2022\n2023年增加50人。\n")
    assert not any(p.value in ("678912", "20222023") for p in draft.facts)


@pytest.mark.parametrize("text, expected, left", [
    # a heading naming another entity, a school or a township makes its section another's, to the next heading of its
    # rank, save a clause naming the entity itself
    ("!桐溪县2023年教育工作报告\n二、全省情况\n学前三年毛入园率91.2%。\n三、我县情况\n学前三年毛入园率92.3%。\n",
     {("preschool_gross_enrollment_rate", None, 2023, "92.3")}, ["91.2%"]),
    ("!桐溪县2023年教育工作报告\n二、全省情况\n(一)学前教育\n学前三年毛入园率91.2%,全县学前三年毛入园率92.3%。\n",
     {("preschool_gross_enrollment_rate", None, 2023, "92.3")}, ["91.2%"]),
    ("!桐溪县2023年教育工作报告\n一、城关小学\n在校生3200人,专任教师180人。\n二、全县情况\n全县小学在校生32000人。\n",
     {("students", "primary", 2023, "32000")}, ["3200人", "180人"]),
    # a part (第三部分) ends the numbered sections above it
    ("!桐溪县2023年教育工作报告\n三、未完全达标学校情况\n在校生800人。\n第三部分 政府保障\n全县学前三年毛入园率92.3%。\n",
     {("preschool_gross_enrollment_rate", None, 2023, "92.3")}, ["800人"]),
    # the entity's own heading (我县乡村…) is no township's
    ("!桐溪县2023年教育工作报告\n一、我县乡村教师队伍基本情况\n全县小学专任教师1812人。\n",
     {("full_time_teachers", "primary", 2023, "1812")}, []),
    # a label line under a heading setting targets is a target
    ("!桐溪县2023年教育工作报告\n二、发展目标\n学前三年毛入园率\n98%\n", set(), ["98%"]),
])
def test_a_headings_owner_holds_for_its_section(text, expected, left):
    facts, unattached, _ = read_report(text)
    assert facts == expected
    assert all(listed(unattached, fig) for fig in left)


@pytest.mark.parametrize("text, scope", [
    ("全年征收教育费附加6852万元(县本级)。", "县本级"),
    ("全年征收教育费附加6852万元(含县本级)。", None),  # what the whole holds: no part
])
def test_a_part_named_in_the_parenthesis_after_a_figure_is_its_scope(text, scope):
    _, _, draft = read_report(text)
    assert [p.scope for p in draft.facts if p.indicator == "edu_surcharge_collected"] == [scope]


def test_a_two_row_headers_part_columns_are_parts():
    """学校数(所) over 合计 | 其中民办 (a TAB table's two header rows): the 合计 column is the stage's, 其中民办 its part."""
    text = ("!桐溪县2023年教育工作报告\n表1 2023年全县各级各类学校\n学段\t学校数(所)\t\t在校生(人)\t\n\t合计\t其中民办\t合计\t其中民办\n"
            "幼儿园\t56\t24\t9832\t4126\n小学\t38\t1\t25416\t862\n")
    facts, unattached, _ = read_report(text)
    assert {("schools", "kindergarten", 2023, "56"), ("students", "primary", 2023, "25416")} <= facts
    assert not any(v in ("24", "4126", "1", "862") for *_, v in facts)
    assert listed(unattached, "24") and listed(unattached, "862")


def test_two_bar_tables_with_a_heading_between_are_two():
    text = ("!桐溪县2023年教育工作报告\n\n## 二、主要普及指标\n\n| 指标 | 2022年 | 2023年 |\n|---|---|---|\n"
            "| 学前三年毛入园率(%) | 91.2 | 92.8 |\n| 普惠性幼儿园覆盖率(%) | 86.5 | 88.1 |\n\n## 三、各学段情况\n\n"
            "| 学段 | 学校数(所) | 在校生(人) |\n|---|---|---|\n| 幼儿园 | 41 | 6825 |\n| 小学 | 29 | 14318 |\n")
    facts, _, _ = read_report(text)
    assert {("preschool_gross_enrollment_rate", None, 2023, "92.8"), ("schools", "primary", 2023, "29")} <= facts
