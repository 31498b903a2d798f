"""A hostile review of stop 33's second round of readings (commits ddec768, d7f885a, 28cb98a; issue 24).

Own-made sentences, tables and short documents of the kinds county reports, bulletins, plans, statistics and work
summaries contain, written to meet what each new rule was not written for (桐溪县 510998 exists nowhere). Each test
asserts what a careful reader takes; where the extractor reads wrongly today the case is marked xfail (strict), so
that the day it is mended the mark must go. The reader's constraint is 0 wrong values, stages, scopes, years: a
figure not read is acceptable, a figure read wrongly is not, and a figure in a sentence (or a table) about schooling
is never passed over in silence. Unmarked cases pass today and hold the readings the review could not break.
Cases marked `mended` were read wrongly (or passed over) when the review was written and were mended on main in stop
33; still marked xfail: the figures passed over in silence below (units and words the reader does not know, a
clause after a semicolon, one-row tables, a remarks column), 城关小学现有…, and a plan's section on the last period.

Classes found (h-review33d):
- a grade's count (九年级, 本年级, 小学一年级, 高中一年级 在校生) taken as its stage's or all stages' enrolment;
- a year followed by words making it no single year (2023年以前/之前, 2023年等年份, 2023年和2022年, 2023年、2022年…合计)
  taken as that year (or the last year named) — alone or as the clause after a sum of years;
- a table's 合计 row beside rows that are not all its kinds (公办 + 普惠性民办 = the inclusive ones; 公办幼儿园 beside
  小学 under a 合计 of all stages): a part taken as the whole;
- a count followed by words saying it is not done (均已开工建设);
- a plan named in 《…》 in its notice's title (关于印发《…行动计划》的通知) taken for no plan: its targets taken as the
  year's; a plan's section on the last period (一、“十三五”发展成就) read as the evaluated year's;
- sections proposing next steps under words other than 打算/思路/要点 (问题与对策, 问题与建议, 不足和努力方向);
- a section title naming a school year that begins before the evaluated year (一、2022—2023学年基本情况): its
  figures taken as the evaluated year's, though the documented convention makes it 2022's;
- a township's or a single school's figures (城关镇情况:…, 东溪镇:…, 城关小学现有…, 以城关小学为例:…) taken as the
  county's;
- figures in sentences or tables about schooling passed over in silence: units or words the reader does not know
  (期, 间, 次, 处, 份, 8:1, 中考/普高/录取, 留守儿童), a clause after a semicolon (;实际完成92.3%), a table of one data
  row, a table with a remarks column.
"""

import pytest
from extract_reading import REPORT_TITLE, read_report
from hostile_cases import listed as _listed, mended, values as _values, xfail


REPORT = "!" + REPORT_TITLE


def _draft(text: str, name: str = "桐溪县"):
    return read_report(text, name)[2]


def _read(text: str, name: str = "桐溪县"):
    return read_report(text, name)[:2]


# --- a parenthesis is as relevant as its sentence (ddec768) -------------------------------------------------------

@pytest.mark.parametrize("sentence, own, other", [
    ("全县学前三年毛入园率为92.3%(全市平均为90.1%)。", "92.3", "90.1%"),
    ("学前三年毛入园率达到92.3%(目标值90%)。", "92.3", "90%"),
    ("小学生均公用经费达到720元(省定标准为650元)。", "720", "650元"),
    ("全县小学专任教师1820人(其中乡村教师1120人)。", "1820", "1120人"),
    ("全县常住人口35万人(其中学龄儿童4.2万人)。", "35", "4.2万人"),
])
def test_a_parenthesis_after_the_countys_figure_is_listed_never_taken(sentence, own, other):
    facts, unattached = _read(sentence)
    assert _values(facts) == {own}
    assert _listed(unattached, other)


@pytest.mark.parametrize("sentence", [
    "全市学前三年毛入园率为90.1%(我县为92.3%)。",
    "全省义务教育巩固率为98.5%(桐溪县为99.2%)。",
])
def test_the_countys_figure_in_a_parenthesis_after_anothers_is_never_the_others(sentence):
    facts, unattached = _read(sentence)
    assert not any(v in ("90.1", "98.5") for v in _values(facts))
    assert len(unattached) >= 2  # both figures listed (the county's may be read; never the other's)


# --- a grade's count is no stage's (本年 inside a name, ddec768) ---------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    mended("全县本年级在校生1200人。", "1200人", reason="本年级 (this grade) read as 本年: a grade's count taken as all students"),
    mended("全县九年级在校生1200人。", "1200人", reason="a grade's count (九年级) taken as all stages' students"),
    mended("全县小学一年级在校生3200人。", "3200人", reason="a grade's count taken as primary students"),
    mended("全县高中一年级在校生2100人。", "2100人", reason="a grade's count taken as senior students"),
    ("本年度全县小学在校生28650人。", None),
])
def test_a_grades_count_is_never_its_stages(sentence, figure):
    facts, unattached = _read(sentence)
    if figure is None:
        assert facts == {("students", "primary", 2023, "28650")}
    else:
        assert not any(f[0] == "students" for f in facts)
        assert _listed(unattached, figure)


# --- this year's label and 完成 as fillers (ddec768) ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected, listed", [
    ("财政经常性收入本年预算为16.5亿元,本年决算为15.8亿元。", {("fiscal_recurrent_revenue", None, 2023, "15.8")}, "16.5亿元"),
    ("全县一般公共预算教育支出完成年度预算的98%。", set(), "98%"),
    ("全县学前三年毛入园率完成目标值95%。", set(), "95%"),
    ("全县义务教育巩固率完成省定目标98%。", set(), "98%"),
    ("全县一般公共预算教育支出计划完成6.8亿元。", set(), "6.8亿元"),
    ("全县一般公共预算教育支出上半年完成3.2亿元。", set(), "3.2亿元"),
    ("全县一般公共预算教育支出完成6.48亿元的年度目标。", set(), "6.48亿元"),
    ("全年一般公共预算教育支出应完成6.8亿元,实际完成6.48亿元。", {("edu_general_budget_expenditure", None, 2023, "6.48")},
     "6.8亿元"),
    ("全县教育经费总投入计划12.5亿元,截至9月底已完成10.2亿元。", set(), "10.2亿元"),
])
def test_this_years_label_and_done_as_fillers_only_where_they_mean_the_year(sentence, expected, listed):
    facts, unattached = _read(sentence)
    assert facts == expected
    assert _listed(unattached, listed)


# --- a clause opening on the evaluated year after a sum of years (d7f885a) --------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    mended("2021年以来累计新建幼儿园17所,2023年以前新建幼儿园12所。", "12所",
          reason="2023年以前 (before 2023) taken as the clause on 2023 itself"),
    mended("2021年以来累计新建幼儿园17所,2023年之前新建幼儿园12所。", "12所",
          reason="2023年之前 taken as the clause on 2023 itself"),
    mended("2023年以前新建幼儿园12所。", "12所", reason="2023年以前 taken as 2023"),
    mended("2021年以来累计新建幼儿园17所,2023年等年份新建幼儿园12所。", "12所",
          reason="2023年等年份 (several years) taken as 2023"),
    mended("2021年以来累计新建幼儿园17所,2023年和2022年新建幼儿园9所。", "9所",
          reason="two years' sum taken as the last year named (2022)"),
    mended("2023年和2022年新建幼儿园9所。", "9所", reason="two years' sum taken as 2022"),
    mended("2021年以来累计投入教育经费35.6亿元,2023年、2022年一般公共预算教育经费合计20.1亿元。", "20.1亿元",
          reason="two years' sum (合计) taken as 2022's"),
    ("2021年以来累计新建幼儿园17所,2023年累计新建幼儿园12所。", "12所"),
    ("2021年以来累计新建幼儿园17所,2023年起新建幼儿园12所。", "12所"),
    ("2021年以来累计新建幼儿园17所,2023年、2024年计划新建幼儿园5所。", "5所"),
    ("2021年以来累计新建幼儿园17所,2023年上半年新建幼儿园3所。", "3所"),
    ("“十四五”以来累计新建幼儿园17所,2023年全市新建幼儿园45所。", "45所"),
])
def test_a_year_with_words_making_it_no_single_year_is_never_that_year(sentence, figure):
    facts, unattached = _read(sentence)
    assert facts == set()
    assert _listed(unattached, figure)


# --- a table's total row beside its parts (d7f885a) -------------------------------------------------------------------

KG = "表1 2023年桐溪县幼儿园基本情况\n类别 园所数(所) 在园幼儿(人)\n"


@pytest.mark.parametrize("table, expected", [
    mended(KG + "公办幼儿园 46 3612\n普惠性民办幼儿园 19 2374\n合计 65 5986\n", set(),
          reason="公办 + 普惠性民办 sum to the inclusive kindergartens, not all: 65 taken as all kindergartens"),
    mended("表5 2023年桐溪县学校基本情况\n类别 学校数(所) 在校生(人)\n公办幼儿园 46 3612\n民办幼儿园 26 3326\n"
          "小学 43 28650\n合计 115 35588\n",
          {("schools", "primary", 2023, "43"), ("students", "primary", 2023, "28650"),
           ("schools", None, 2023, "115"), ("students", None, 2023, "35588")},  # the all-stage total: not judged here
          reason="公办幼儿园 (a part) taken as all kindergartens beside 民办幼儿园 and 小学"),
    (KG + "公办幼儿园 46 3612\n其中:乡镇中心园 18 1900\n民办幼儿园 26 3326\n合计 72 6938\n",
     {("schools", "kindergarten", 2023, "72"), ("students", "kindergarten", 2023, "6938")}),
    (KG + "城区幼儿园 30 4100\n农村幼儿园 42 2838\n合计 72 6938\n",
     {("schools", "kindergarten", 2023, "72"), ("students", "kindergarten", 2023, "6938")}),
    (KG + "合计 72 6938\n公办幼儿园 46 3612\n民办幼儿园 26 3326\n",
     {("schools", "kindergarten", 2023, "72"), ("students", "kindergarten", 2023, "6938")}),
    ("表1 2023年桐溪县城区幼儿园基本情况\n类别 园所数(所) 在园幼儿(人)\n公办幼儿园 20 2612\n民办幼儿园 16 2326\n"
     "合计 36 4938\n", set()),
    (KG + "公办幼儿园 46 3612\n民办幼儿园 26 3326\n合计 72 6938\n附设幼儿班 12 480\n", set()),
    ("表2 2023年桐溪县各乡镇幼儿园情况\n乡镇 园所数(所) 在园幼儿(人)\n城关镇 20 2800\n东溪镇 12 1500\n合计 32 4300\n", set()),
])
def test_a_total_row_is_the_whole_only_beside_all_its_kinds(table, expected):
    facts, unattached = _read(table)
    wrong = {f for f in facts if f[0] in ("schools", "students")} - expected
    assert not wrong
    assert {f for f in expected if f[1] is not None} <= facts
    assert unattached


# --- words saying a thing is not done (28cb98a) --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, taken", [
    mended("全县新建幼儿园3所均已开工建设。", "3所", None, reason="开工 after the count: begun, not built; taken as built"),
    ("全县拟新建幼儿园3所。", "3所", None),
    ("全县正在推进的新建幼儿园3所。", "3所", None),
    ("2023年全县启动实施新建幼儿园项目3个,竣工新建幼儿园2所。", "3个", "2"),
    ("全县新建幼儿园3所均已竣工,未开工的1所将于2024年开工。", "1所", "3"),
])
def test_a_count_not_done_is_never_the_years(sentence, figure, taken):
    facts, unattached = _read(sentence)
    assert facts == ({("new_kindergartens_built", None, 2023, taken)} if taken else set())
    assert _listed(unattached, figure)


# --- plans: told from their title lines, their counts targets (28cb98a) ------------------------------------------------

PLAN_NOTICE = ("!桐溪县人民政府关于印发《桐溪县学前教育发展提升行动计划(2023—2025年)》的通知\n各乡镇人民政府,县直各单位:\n"
               "现将《桐溪县学前教育发展提升行动计划(2023—2025年)》印发给你们,请认真贯彻执行。\n"
               "全县新建幼儿园6所,新增学位1800个,学前三年毛入园率达到95%。\n")
PLAN_PAST = "!桐溪县“十四五”教育事业发展规划\n一、“十三五”发展成就\n全县新建幼儿园12所,学前三年毛入园率为88.6%。\n"


@pytest.mark.parametrize("text, figures", [
    mended(PLAN_NOTICE, ["6所", "95%"], reason="the plan's name in 《…》 in its notice's title is stripped: no plan, its "
          "targets taken as 2023's"),
    mended(PLAN_PAST, ["12所", "88.6%"], reason="a plan's section on the last period (“十三五”发展成就): its rate taken "
          "as the evaluated year's"),
    ("!桐溪县人民政府办公室\n关于印发桐溪县学前教育发展提升行动计划(2023—2025年)的通知\n全县新建幼儿园6所,学前三年毛入园率达到95%。\n",
     ["6所", "95%"]),
    ("!桐溪县教育局文件\n桐教发〔2023〕12号\n桐溪县2023年教育工作要点\n全县新建幼儿园3所,新增学位900个。\n", ["3所", "900个"]),
    ("!桐溪县人民政府办公室文件\n桐政办发〔2023〕8号\n桐溪县人民政府办公室\n关于印发桐溪县“十四五”教育发展规划的通知\n"
     "全县新建幼儿园6所。\n", ["6所"]),
])
def test_a_plans_figures_are_never_the_years(text, figures):
    facts, unattached = _read(text)
    assert facts == set()
    for figure in figures:
        assert _listed(unattached, figure), figure


# --- sections setting targets; problem titles do not (28cb98a) ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    mended("五、问题与对策\n新建幼儿园2所,学前三年毛入园率达到95%。", reason="对策 (measures proposed) sets no targets today"),
    mended("五、问题与建议\n全县新建幼儿园2所,学前三年毛入园率达到95%。", reason="建议 (proposals) sets no targets today"),
    mended("六、存在不足和努力方向\n新建幼儿园2所,学前三年毛入园率达到95%。", reason="努力方向 sets no targets today"),
    "三、2024年工作思路\n全县新建幼儿园2所,学前三年毛入园率达到95%。",
    "六、短板与下一步计划\n新建幼儿园2所,学前三年毛入园率达到95%。",
    "五、存在问题及下一步打算\n(一)存在问题\n乡村教师结构性缺编。\n(二)下一步打算\n1.新建幼儿园2所,新增学位600个。\n2.学前三年毛入园率达到95%。",
    "五、存在的困难及2024年打算\n全县新建幼儿园2所,学前三年毛入园率达到95%。",
])
def test_a_section_proposing_next_steps_holds_no_year_figures(text):
    facts, unattached = _read(text)
    assert facts == set()
    assert _listed(unattached, "2所") and _listed(unattached, "95%")


# --- a title above naming another year (28cb98a) -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    mended("一、2022—2023学年基本情况\n全县共有幼儿园72所。", reason="a section's school year beginning in 2022 read as 2023"),
    mended("一、2022-2023学年基本情况\n(一)学前教育\n全县共有幼儿园72所。", reason="a school year beginning in 2022 read as 2023"),
    "一、2022年基本情况\n(一)学前教育\n全县共有幼儿园72所。",
    "二、2024年工作计划\n(一)2023年基本情况\n全县共有幼儿园72所。",
    "二、对照2025年目标任务推进情况\n(一)学前教育\n全县共有幼儿园72所。",
])
def test_a_title_naming_another_year_never_gives_the_evaluated_year(text):
    facts, unattached = _read(text)
    assert ("schools", "kindergarten", 2023, "72") not in facts
    assert ("schools", "kindergarten", 2022, "72") in facts or _listed(unattached, "72所")


def test_a_school_year_beginning_in_the_evaluated_year_is_the_years():
    facts, _ = _read("一、2023—2024学年基本情况\n(一)学前教育\n全县共有幼儿园72所。")
    assert facts == {("schools", "kindergarten", 2023, "72")}


# --- a lead-in naming another entity (28cb98a); a township's or a school's own figures -----------------------------------

@pytest.mark.parametrize("text, figures", [
    mended("城关镇情况:在校生3200人,专任教师210人。", ["3200人", "210人"],
          reason="a lead-in naming a township: its list taken as the county's"),
    mended("城关镇中心学校情况:在校生3200人,专任教师210人。", ["3200人", "210人"],
          reason="a lead-in naming a township's school: its list taken as the county's"),
    mended("东溪镇:新建幼儿园2所,在园幼儿560人。", ["2所", "560人"], reason="a township's list taken as the county's"),
    mended("以城关小学为例:在校生3200人,专任教师210人。", ["3200人", "210人"],
          reason="one school's figures taken as the county's primary totals"),
    mended("城关小学现有在校生3200人,专任教师210人。", ["3200人", "210人"],
          reason="one school's figures taken as the county's primary totals"),
    mended("全县规模最大的城关小学,在校生3200人。", ["3200人"], reason="one school's enrolment taken as the county's"),
    ("全省平均水平:学前三年毛入园率90.1%;我县学前三年毛入园率92.3%。", ["90.1%"]),
    ("对照全省标准,全县各项指标如下:学前三年毛入园率92.3%,义务教育巩固率99.2%。", ["92.3%", "99.2%"]),
    ("全省、全县生均一般公共预算教育经费分别为:幼儿园11206.38元、9206.38元。", ["11206.38元", "9206.38元"]),
])
def test_a_places_or_a_schools_list_is_never_the_countys(text, figures):
    facts, unattached = _read(text)
    assert not any(f[3] in {g.rstrip("人所%元") for g in figures} for f in facts)
    for figure in figures:
        assert _listed(unattached, figure), figure


def test_the_countys_own_lead_in_is_the_countys():
    facts, _ = _read("桐溪县生均一般公共预算教育经费:幼儿园9206.38元,普通小学11628.45元。")
    assert facts == {("per_student_general_budget_expenditure", "kindergarten", 2023, "9206.38"),
                     ("per_student_general_budget_expenditure", "primary", 2023, "11628.45")}


# --- a count of additions in a table with a target column (28cb98a) ------------------------------------------------------

@pytest.mark.parametrize("table, expected", [
    ("表1 主要指标\n指标 2023年 2025年目标\n在园幼儿(人) 6938 7500\n学前三年毛入园率(%) 92.3 95\n",
     {("students", "kindergarten", 2023, "6938"), ("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
    ("表1 主要指标\n指标 目标值 2023年\n在园幼儿(人) 7500 6938\n学前三年毛入园率(%) 95 92.3\n",
     {("students", "kindergarten", 2023, "6938"), ("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
    ("表1 2023年教育主要指标\n指标 计划数 完成数\n新建幼儿园(所) 3 3\n新增学位(个) 900 960\n", set()),
    ("表1 桐溪县新建幼儿园情况\n指标 2025年目标值 2022年 2023年\n新建幼儿园(所) 15 5 4\n学前三年毛入园率(%) 92 89.1 89.8\n",
     {("preschool_gross_enrollment_rate", None, 2022, "89.1"), ("preschool_gross_enrollment_rate", None, 2023, "89.8")}),
])
def test_a_target_column_leaves_the_stocks_and_rates_the_years(table, expected):
    facts, unattached = _read(table)
    assert facts == expected
    assert unattached


# --- figures in sentences or tables about schooling passed over in silence ---------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    mended("全县开展教师培训86期,培训教师5200人次。", ["86期"], reason="期 (training sessions) passed over in silence"),
    mended("全县建成标准化考场45个,录播教室12间。", ["45个", "12间"], reason="考场/教室 not schooling words: silent"),
    mended("全县中考参考人数5200人,普高录取3100人。", ["5200人", "3100人"], reason="中考/普高/录取 not schooling words: silent"),
    mended("全县共有留守儿童3500人,建立关爱档案3500份。", ["3500人", "3500份"], reason="留守儿童 not a schooling word: silent"),
    mended("全县中小学共有计算机5600台,生机比为8:1。", ["8"], reason="a ratio written 8:1 passed over in silence"),
    mended("全县完成校园安全隐患排查320次,整改隐患56处。", ["320次", "56处"],
          reason="校园 is a schooling word, yet 次 and 处 are passed over in silence"),
    xfail("全市下达我县的目标:学前三年毛入园率90%;实际完成92.3%。", ["92.3%"],
          reason="the clause after the semicolon (实际完成92.3%) passed over in silence"),
    mended("表1 桐溪县新建幼儿园情况\n指标 2022年 2023年\n新建幼儿园(所) 5 4\n", ["5", "4"],
          reason="a table of one data row passed over in silence"),
    xfail("表1 2023年各乡镇目标完成情况\n乡镇 新建幼儿园目标(所) 新建幼儿园(所)\n合计 3 3\n", ["3"],
          reason="a table of one (total) row passed over in silence"),
    xfail("表1 2023年桐溪县学前教育基本情况\n项目 数量 备注\n幼儿园(所) 72 公办46所\n新建幼儿园(所) 3 均已投用\n", ["72", "3"],
          reason="a table with a remarks column: its figures passed over in silence"),
    ("全年资助家庭经济困难学生1.2万人次,发放资助资金1560万元。", ["1.2万人次", "1560万元"]),
    ("全县投入1.5亿元新建城东幼儿园,新增学位540个,于9月投入使用。", ["1.5亿元", "540个"]),
])
def test_a_figure_about_schooling_is_never_silent(text, figures):
    facts, unattached = _read(text)
    for figure in figures:
        assert _listed(unattached, figure) or figure in _values(facts), figure
