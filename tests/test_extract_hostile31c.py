"""Hostile sentences against the extractor's "0 wrong" constraint (issue 24, review 31c): own-made sentences of the
kinds county self-evaluation reports, funding bulletins and statistics bulletins contain, across the indicator
families (rates, counts by stage, spending and per-pupil spending, pay, class sizes, 双减 and 普惠 shares), each
naming something that is not the county's figure of the evaluated year: a standard, a target or a plan, another
entity, a part, another year, a range. Every sentence is written for the test (none is copied from a document of
tests/data/reports/). Each test asserts what SHOULD happen; where the code does otherwise the test is a strict xfail
whose reason says what is attached instead. Tests without a mark are guards the extractor already keeps. Where an
xfail holds several sentences, each was seen to go wrong on its own (at 71d761f). All texts are read as 栾川县's
(410324) report for 2022. The review found 42 wrong readings in 385 sentences; 40 were mended on main the same day
(each test marked so); the two xfails left are 全县将…提高到 (将 alone is too common a word to mark a goal) and all
teachers' pay taken for the compulsory teachers'."""

import pytest

from checker.intake.extract import extract_text
from extract_reading import read


def _read(text: str, period: int = 2022, code: str = "410324", name: str | None = "栾川县"):
    facts, _, draft = read(text, period, code, name)
    return facts, draft


def _indicators(facts) -> set[str]:
    return {f[0] for f in facts}


# --- a range is no figure --------------------------------------------------------------------------------------------

# review 31c found this; mended on main (both ends are listed as bounds)
@pytest.mark.parametrize("text, indicator", [
    ("全县义务教育巩固率保持在90%—95%之间。", "compulsory_retention_rate"),
    ("全县义务教育巩固率保持在96%~98%。", "compulsory_retention_rate"),
    ("全县学前三年毛入园率达到90%-95%。", "preschool_gross_enrollment_rate"),
    ("全县小学生均公用经费达到650元—800元。", "per_student_public_funding"),
])
def test_a_range_is_not_the_countys_figure(text, indicator):
    facts, _ = _read(text)
    assert indicator not in _indicators(facts)


def test_a_range_written_with_both_units_or_zhi_attaches_nothing():
    for text in ("全县小学在校生1.5万—1.6万人。", "全县专任教师5200~5400人。", "全县九年义务教育巩固率在98%至99%之间。"):
        facts, _ = _read(text)
        assert not facts, text


# --- a section title naming another year -----------------------------------------------------------------------------

# review 31c found this; mended on main
@pytest.mark.parametrize("text", [
    "一、总体情况\n全县小学在校生15600人。\n二、2021年教育事业发展情况\n全县学前三年毛入园率90%。",
    "一、总体情况\n全县小学在校生15600人。\n二、2021年情况\n全县学前三年毛入园率90%。",
    "一、2020年基本情况\n全县小学在校生15000人。",
    "一、2020年基本情况\n(一)学校\n全县小学在校生15000人。",
])
def test_figures_under_a_numbered_title_of_another_year_are_not_the_evaluated_years(text):
    facts, _ = _read(text)
    assert not {f for f in facts if f[2] == 2022 and f[3] in ("90", "15000")}


# review 31c found this; mended on main
@pytest.mark.parametrize("text", [
    "2020年度教育经费执行情况\n全县一般公共预算教育支出5.2亿元。",
    "2020年度教育经费执行情况\n(一)经费总量\n全县一般公共预算教育支出5.2亿元。",
    "栾川县2020年教育事业统计公报\n全县小学在校生15000人。",
    "2021年\n全县小学在校生15000人。",
    "上年情况\n全县小学在校生15000人。",
])
def test_figures_under_an_unnumbered_title_of_another_year_are_not_the_evaluated_years(text):
    facts, _ = _read(text)
    assert not {f for f in facts if f[2] == 2022}


def test_a_bracketed_numbered_title_of_another_year_is_kept():
    facts, _ = _read("(一)总体情况\n全县小学在校生15600人。\n(二)2021年情况\n全县学前三年毛入园率90%。")
    assert ("preschool_gross_enrollment_rate", None, 2022, "90") not in facts
    assert ("students", "primary", 2022, "15600") in facts


# --- a goal, a plan, a standard --------------------------------------------------------------------------------------

# review 31c found this; mended on main
@pytest.mark.parametrize("text", [
    "发展目标:学前三年毛入园率95%。",
    "目标任务:普惠性幼儿园覆盖率达到85%。",
    "年度目标:全县九年义务教育巩固率99%。",
    "今后三年目标:学前三年毛入园率95%。",
    "“十四五”发展目标:义务教育巩固率99%,高中阶段毛入学率95%。",
])
def test_figures_after_a_goal_label_are_targets(text):
    facts, _ = _read(text)
    assert not facts


# review 31c found this; mended on main
@pytest.mark.parametrize("text", [
    "全县学前三年毛入园率93%。\n学前教育第四期行动计划目标\n全县学前三年毛入园率95%,普惠性幼儿园覆盖率90%。",
    "2023年工作目标\n全县学前三年毛入园率达到95%。",
])
def test_figures_under_a_goal_title_are_targets(text):
    facts, _ = _read(text)
    assert not {f for f in facts if f[3] in ("95", "90")}


@pytest.mark.parametrize("text", [
    "下一步,全县学前三年毛入园率达到95%。",  # review 31c found this; mended on main (下一步 is a goal's word)
    pytest.param("全县将学前三年毛入园率提高到95%。", marks=pytest.mark.xfail(
        strict=True, reason="a sentence of what will be done (全县将…提高到) is read as done: the target is attached as "
                            "the 2022 rate (将 alone is too common a word to mark a goal)"))])
def test_what_will_be_done_is_a_target(text):
    facts, _ = _read(text)
    assert not facts


# review 31c found this; mended on main
@pytest.mark.parametrize("text", ["全县义务教育巩固率99%(目标值)。", "全县九年义务教育巩固率99%(预期目标)。",
                                  "全县九年义务教育巩固率99%(计划)。"])
def test_a_figure_labelled_a_target_after_it_is_a_target(text):
    facts, _ = _read(text)
    assert not facts


# review 31c found this; mended on main
@pytest.mark.parametrize("text", ["全县学前三年毛入园率95%(省定标准)。", "全县学前三年毛入园率85%(国家标准)。"])
def test_a_figure_labelled_a_standard_after_it_is_a_standard(text):
    facts, _ = _read(text)
    assert not facts


# --- another entity, a part ------------------------------------------------------------------------------------------

# review 31c found this; mended on main
@pytest.mark.parametrize("text", ["全县学前三年毛入园率95%(全市)。", "全县九年义务教育巩固率99%(全省平均)。"])
def test_a_figure_labelled_another_entity_after_it_is_not_the_countys(text):
    facts, _ = _read(text)
    assert not facts


# review 31c found this; mended on main
@pytest.mark.parametrize("text", ["全县学前三年毛入园率(城区)98%。", "全县学前三年毛入园率(民办)12%。",
                                  "全县学前三年毛入园率(农村)88%。", "全县小学在校生(农村)8600人。",
                                  "全县小学专任教师(女)900人。", "全县小学生均公用经费(农村)1050元。"])
def test_a_part_in_a_parenthesis_after_the_name_is_not_the_whole(text):
    facts, _ = _read(text)
    assert not facts


# review 31c found this; mended on main
@pytest.mark.parametrize("text", ["全县教学点在校生800人。", "全县现有教学点23个,在校生800人。", "全县村小在校生2000人。",
                                  "全县小规模学校在校生2000人。", "全县中心校在校生5000人。"])
def test_pupils_of_some_schools_are_not_the_countys_students(text):
    facts, _ = _read(text)
    assert "students" not in _indicators(facts)


# review 31c found this; mended on main
def test_the_online_reduction_rate_is_a_part():
    facts, _ = _read("全县线上学科类校外培训机构压减率100%。")
    assert "tutoring_institutions_reduction_rate" not in _indicators(facts)


@pytest.mark.xfail(strict=True, reason="all teachers' pay (教师年平均工资收入9.8万元) is attached as the compulsory "
                                       "teachers' though the sentence gives theirs (其中义务教育教师9.6万元)")
def test_all_teachers_pay_is_not_the_compulsory_teachers_when_theirs_follows():
    facts, _ = _read("全县教师年平均工资收入9.8万元,其中义务教育教师9.6万元。")
    assert ("teacher_avg_salary", None, 2022, "9.8") not in facts


# --- guards the extractor keeps --------------------------------------------------------------------------------------

def test_a_standard_after_the_countys_figure_is_not_taken():
    facts, _ = _read("全县学前三年毛入园率达到92.5%,高于国家标准85%的要求。")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "92.5")}
    facts, _ = _read("全县公办园在园幼儿占比达到52%,距省定目标55%还差3个百分点。")
    assert facts == {("public_kindergarten_enrollment_share", None, 2022, "52")}


@pytest.mark.parametrize("text", [
    "到2025年,全县高中阶段毛入学率力争达到95%。", "全县确保2023年普惠性幼儿园覆盖率达到85%。",
    "2023年预算安排一般公共预算教育支出6.5亿元。", "全县学前三年毛入园率95%(2025年目标)。",
    "全县普惠性幼儿园覆盖率(目标)90%。", "按照省定标准,全县小学生均公用经费不低于650元。",
    "全县小学生均公用经费标准为650元。", "全县教育督导专项经费预算50万元。"])
def test_goals_and_budgets_attach_nothing(text):
    assert not _read(text)[0]


def test_another_entity_before_or_after_the_county():
    facts, _ = _read("全市学前三年毛入园率为93.2%,我县为91.6%。")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "91.6")}
    facts, _ = _read("全县学前三年毛入园率91%,嵩县为93%。")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "91")}
    for text in ("嵩县学前三年毛入园率为90%。", "全省义务教育巩固率为96.5%。", "全市小学专任教师2.3万人,全县1260人。"):
        facts, _ = _read(text)
        assert not facts, text


def test_another_years_figure_keeps_its_year():
    facts, _ = _read("全县九年义务教育巩固率达98.5%(2021年为97.8%)。")
    assert facts == {("compulsory_retention_rate", None, 2021, "97.8"), ("compulsory_retention_rate", None, 2022, "98.5")}
    facts, _ = _read("全县小学在校生15600人,比上年的15200人增加400人。")
    assert facts == {("students", "primary", 2021, "15200"), ("students", "primary", 2022, "15600")}
    facts, _ = _read("全县小学在校生15600人(2021年数据)。")
    assert not facts


def test_a_part_after_its_total_is_not_the_total():
    facts, _ = _read("全县幼儿园在园幼儿9800人,其中民办园在园幼儿4200人。")
    assert facts == {("students", "kindergarten", 2022, "9800")}
    facts, _ = _read("全县一般公共预算教育支出5.8亿元(含上级转移支付1.2亿元)。")
    assert facts == {("edu_general_budget_expenditure", None, 2022, "5.8")}
    for text in ("全县农村小学生均公用经费达到1050元。", "全县民办小学在校生1600人。", "全县城区学校课后服务学生参与率99%,全县98%。"):
        facts, _ = _read(text)
        assert not {f for f in facts if f[3] in ("1050", "1600", "99")}, text


@pytest.mark.parametrize("text", [
    "全县学前三年毛入园率比上年提高2.3个百分点。", "全县高中阶段毛入学率位列全市第3。", "全县小学生师比为16.5:1。",
    "全县九年义务教育巩固率较全省平均水平高1.2个百分点。", "2019—2021年累计投入教育经费15.6亿元。",
    "全县一般公共预算教育支出5.8亿元左右。", "联系电话:0379-66821234。"])
def test_changes_ranks_and_ratios_attach_nothing(text):
    assert not _read(text)[0]


def test_a_document_number_or_a_date_does_not_change_the_figure():
    facts, _ = _read("依据豫教督〔2022〕15号文件,全县小学在校生15600人。")
    assert facts == {("students", "primary", 2022, "15600")}
    facts, _ = _read("2022年9月1日,全县小学在校生12500人。")
    assert facts == {("students", "primary", 2022, "12500")}


def test_a_numbered_list_takes_each_items_figure():
    facts, _ = _read("全县主要指标:1.学前三年毛入园率95.2%;2.九年义务教育巩固率98.6%;3.高中阶段毛入学率92.1%。")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "95.2"), ("compulsory_retention_rate", None, 2022, "98.6"),
                     ("senior_secondary_gross_enrollment_rate", None, 2022, "92.1")}


def test_teacher_and_civil_servant_pay_each_their_own():
    facts, _ = _read("全县义务教育教师年平均工资收入98000元,同期公务员年平均工资收入96000元。")
    assert facts == {("teacher_avg_salary", None, 2022, "98000"), ("civil_servant_avg_salary", None, 2022, "96000")}
    facts, _ = _read("全县乡村教师年平均工资收入10.2万元。")
    assert not facts


def test_a_flattened_table_by_stage():
    facts, _ = _read("表1 全县2022年教育基本情况\n学段 学校数(所) 在校生(人)\n小学 45 15600\n初中 12 8200")
    assert facts == {("schools", "primary", 2022, "45"), ("schools", "junior", 2022, "12"),
                     ("students", "primary", 2022, "15600"), ("students", "junior", 2022, "8200")}


def test_a_ranges_ends_are_listed_and_a_dash_as_punctuation_joins_nothing():
    draft = extract_text("全县义务教育巩固率保持在90%—95%之间。", "report.txt", "410324", 2022, name="栾川县")
    assert {(u.figure, u.reason) for u in draft.unattached} == {("90%", "bound"), ("95%", "bound")}
    draft = extract_text("全县学前三年毛入园率达到95%——创历史新高。", "report.txt", "410324", 2022, name="栾川县")
    assert {(p.indicator, p.value) for p in draft.facts} == {("preschool_gross_enrollment_rate", "95")}

