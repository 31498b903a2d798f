"""A hostile review of stop 33's second round of readings (commits 7a07724, a1afc64; issue 24).

Own-made sentences, tables and short documents of the kinds county reports, bulletins, plans, statistics and work
summaries contain, written to meet what each rule of that round was not written for (桐溪县 510998 exists nowhere).
Each test asserts what a careful reader takes; where the extractor reads wrongly today the case is marked xfail
(strict), so that the day it is mended the mark must go. The reader's constraint is 0 wrong values, stages, scopes,
years: a figure not read is acceptable, a figure read wrongly is not, and a figure in a sentence (or a table) about
schooling is never passed over in silence. Unmarked cases pass today and hold the readings the review could not break.
Cases marked `mended` were read wrongly (or passed over) when the review was written and were mended on main in stop
33; those still marked xfail are what was left.

Classes found (h-review33f):
- a class of a kindergarten (小班/中班/大班) is a part like a grade: 幼儿园小班在园幼儿 taken as all kindergarten pupils;
- two years sharing one 年 (2022、2023年) taken as the last; a comparison of years (2023年同2022年相比) giving 2022;
- a lead-in or subject naming a part other than a township or a 为例 school: 比如城关小学:…, 其中城关小学…, 城关片区:…,
  县城区域:…, a village (溪口村:…), a school picked out otherwise than 规模最大的 (规模较大的, 最大的), a kind of school
  (城区学校:…, 农村学校情况:…, 民办学校情况:…) — all taken as the county's;
- a plan's account of where it starts (一、发展基础; 发展现状 after 截至2020年底) taken as the evaluated year's stocks;
- a caption naming only 上年 (上年为2022年) shifting 本年 to 2022; a caption's 本年 of part of a year (本年数为2023年
  1-9月) taken as the whole year's;
- a count built in part or not yet (主体施工阶段, 正在进行内部装修, 其中…1所在建, 已完成主体工程, 已完成立项和招标,
  开工率100%) taken as built;
- a heading dated in the spring or mid-year (一、2023年春季学期基本情况, 截至2023年6月底) giving the calendar year, where
  the same date in the sentence is `date_in_year`;
- figures about schooling passed over in silence: 学时, 岁, 公顷, 兆, 余 between a number and its unit (1200余亩), 件,
  a ratio 1:9, one-row tables.
"""

import pytest
from extract_reading import REPORT_TITLE, read_report
from hostile_cases import listed as _listed, mended, values as _values, xfail


REPORT = "!" + REPORT_TITLE


def _draft(text: str, name: str = "桐溪县"):
    return read_report(text, name)[2]


def _read(text: str, name: str = "桐溪县"):
    return read_report(text, name)[:2]


# --- a grade's count is a part (7a07724) --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("全县初中三年级在校生4100人。", "4100人"),
    ("全县义务教育阶段一至九年级在校生40450人。", "40450人"),
    ("全县小学1-6年级在校生28650人。", "28650人"),
    ("全县初三年级学生4100人。", "4100人"),
    ("全县学前教育大班幼儿2300人。", "2300人"),
    ("全县小学六年级毕业生3500人。", "3500人"),
    mended("全县幼儿园小班在园幼儿2100人。", "2100人",
          reason="a kindergarten class (小班) is a part like a grade: taken as all kindergarten pupils"),
    mended("全县幼儿园大班在园幼儿2300人。", "2300人",
          reason="a kindergarten class (大班) is a part like a grade: taken as all kindergarten pupils"),
])
def test_a_grades_or_a_classs_count_is_never_its_stages(sentence, figure):
    facts, unattached = _read(sentence)
    assert not any(f[0] == "students" for f in facts)
    assert _listed(unattached, figure)


@pytest.mark.parametrize("sentence, expected, listed", [
    ("全县七年级新生3900人,初中在校生11800人。", {("students", "junior", 2023, "11800")}, "3900人"),
    ("全县高一新生2100人,高中在校生6200人。", {("students", "senior", 2023, "6200")}, "2100人"),
    ("全县初中在校生11800人,其中初一4000人。", {("students", "junior", 2023, "11800")}, "4000人"),
])
def test_a_stages_count_beside_a_grades_is_the_stages(sentence, expected, listed):
    facts, unattached = _read(sentence)
    assert facts == expected
    assert _listed(unattached, listed)


# --- a year that is several years (7a07724) ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("2023年及以前年度累计新建幼儿园12所。", "12所"),
    ("2022年至2023年全县新建幼儿园9所。", "9所"),
    ("2022年、2023年两年全县新建幼儿园9所。", "9所"),
    ("近两年(2022年、2023年)全县新建幼儿园9所。", "9所"),
    ("2023年等年份的数据显示,全县学前三年毛入园率92.3%。", "92.3%"),
    ("全县2023年以前建成的幼儿园共72所。", "72所"),
    mended("2022、2023年全县新建幼儿园9所。", "9所",
          reason="two years sharing one 年 (2022、2023年): their sum taken as 2023's"),
    mended("2022和2023年全县共新建幼儿园9所。", "9所",
          reason="two years sharing one 年 (2022和2023年): their sum taken as 2023's"),
])
def test_a_sum_of_years_is_never_one_years(sentence, figure):
    facts, unattached = _read(sentence)
    assert facts == set()
    assert _listed(unattached, figure)


@pytest.mark.parametrize("sentence, expected", [
    ("2023年全县新建幼儿园3所,较2022年增加1所。", {("new_kindergartens_built", None, 2023, "3")}),
    ("与2022年相比,2023年全县新建幼儿园3所。", {("new_kindergartens_built", None, 2023, "3")}),
    ("2023年全县学前三年毛入园率92.3%,与2022年持平。", {("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
    ("2023年与上年相比,全县学前三年毛入园率提高1.2个百分点,达到92.3%。",
     {("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
    xfail("2023年同2022年相比新建幼儿园3所。", set(),
          reason="a comparison of years (2023年同2022年相比): its figure (an increase or 2023's) taken as 2022's"),
])
def test_a_year_compared_with_another_never_gives_the_other_year(sentence, expected):
    facts, unattached = _read(sentence)
    assert not any(f[2] == 2022 for f in facts)
    assert facts <= expected
    assert facts or unattached


# --- a lead-in naming a part of the county: a township, a school, a kind of school (7a07724) ---------------------------------

@pytest.mark.parametrize("text, figures", [
    ("以城关镇为例:共有幼儿园20所,在园幼儿2800人。", ["20所", "2800人"]),
    ("以城关镇中心小学为例,在校生3200人。", ["3200人"]),
    ("东城街道情况:在园幼儿2800人。", ["2800人"]),
    ("县实验小学情况:在校生3200人,专任教师210人。", ["3200人", "210人"]),
    ("桐溪一中:在校生3200人,专任教师210人。", ["3200人", "210人"]),
    ("规模最大的幼儿园在园幼儿680人。", ["680人"]),
    ("全县规模最大的学校有在校生3200人。", ["3200人"]),
    ("全县办学规模最大的县实验中学在校生3200人。", ["3200人"]),
    ("各乡镇中,城关镇在校生最多,为3200人。", ["3200人"]),
    ("县直学校情况:在校生12000人,专任教师800人。", ["12000人", "800人"]),
    mended("比如城关小学:在校生3200人。", ["3200人"],
          reason="a school named after 比如 (not 以…为例): its enrolment taken as the county's primary"),
    mended("其中城关小学在校生3200人,专任教师210人。", ["3200人", "210人"],
          reason="one school's figures after 其中 taken as the county's primary totals"),
    mended("城关片区:共有幼儿园20所,在园幼儿2800人。", ["20所", "2800人"],
          reason="a district of the county (片区) leading in: its figures taken as the county's"),
    mended("县城区域:共有幼儿园20所,在园幼儿2800人。", ["20所", "2800人"],
          reason="the county town's area leading in: its figures taken as the county's"),
    mended("溪口村:在校生120人。", ["120人"], reason="a village leading in: its pupils taken as the county's"),
    mended("全县规模较大的城关小学在校生3200人。", ["3200人"],
          reason="a school picked out as 规模较大的 (not 规模最大的): its enrolment taken as the county's primary"),
    mended("全县最大的城关小学在校生3200人。", ["3200人"],
          reason="a school picked out as 最大的: its enrolment taken as the county's primary"),
    mended("城区学校:在校生12000人。", ["12000人"],
          reason="a kind of school (城区) leading in: its pupils taken as the county's whole"),
    mended("农村学校情况:在校生18000人,专任教师1200人。", ["18000人", "1200人"],
          reason="a kind of school (农村) leading in: its figures taken as the county's whole"),
    mended("民办学校情况:在校生3000人。", ["3000人"],
          reason="a kind of school (民办) leading in: its pupils taken as the county's whole"),
])
def test_a_parts_lead_in_is_never_the_countys(text, figures):
    facts, unattached = _read(text)
    assert not any(f[3] in {g.rstrip("人所") for g in figures} for f in facts)
    for figure in figures:
        assert _listed(unattached, figure), figure


@pytest.mark.parametrize("text, expected", [
    ("桐溪县情况:全县共有幼儿园72所,在园幼儿6938人。",
     {("schools", "kindergarten", 2023, "72"), ("students", "kindergarten", 2023, "6938")}),
    ("全县情况:共有幼儿园72所,在园幼儿6938人。",
     {("schools", "kindergarten", 2023, "72"), ("students", "kindergarten", 2023, "6938")}),
    ("以全县为例:共有幼儿园72所。", {("schools", "kindergarten", 2023, "72")}),
])
def test_the_countys_own_lead_in_is_the_countys(text, expected):
    facts, _ = _read(text)
    assert facts == expected


@pytest.mark.parametrize("text, figure", [
    ("全县与全省对比情况:全县学前三年毛入园率92.3%,全省90.1%。", "90.1%"),
    ("全县与全市对比情况:学前三年毛入园率92.3%。", "92.3%"),
    ("城关镇与全县对比:全县共有幼儿园72所。", "72所"),
])
def test_a_comparison_lead_in_never_gives_anothers_figure(text, figure):
    facts, unattached = _read(text)
    assert not (_values(facts) - {"92.3", "72"})
    # listed, or taken where its clause names the county itself (全县共有幼儿园72所: the integrator, stop 33)
    assert _listed(unattached, figure) or figure.rstrip("所%") in _values(facts)


# --- a table's total row beside complementary kinds (7a07724) ------------------------------------------------------------

KG = "表1 2023年桐溪县幼儿园基本情况\n类别 园所数(所) 在园幼儿(人)\n"
WHOLE = {("schools", "kindergarten", 2023, "72"), ("students", "kindergarten", 2023, "6938")}


@pytest.mark.parametrize("table, expected", [
    (KG + "公办幼儿园 46 3612\n民办幼儿园 26 3326\n合计 72 6938\n", WHOLE),
    (KG + "公办 46 3612\n民办 26 3326\n合计 72 6938\n", WHOLE),
    (KG + "公办幼儿园 46 3612\n民办幼儿园 26 3326\n其中:普惠性民办 19 2374\n合计 72 6938\n", WHOLE),
    ("表1 2023年桐溪县小学基本情况\n类别 学校数(所) 在校生(人)\n公办小学 40 27650\n民办小学 3 1000\n合计 43 28650\n",
     {("schools", "primary", 2023, "43"), ("students", "primary", 2023, "28650")}),
    ("表1 2023年桐溪县城区幼儿园情况\n类别 园所数(所) 在园幼儿(人)\n公办幼儿园 20 2612\n民办幼儿园 16 2326\n合计 36 4938\n",
     set()),
    ("表1 2023年各乡镇幼儿园情况\n乡镇 公办园(所) 民办园(所) 合计(所)\n城关镇 12 8 20\n东溪镇 8 4 12\n合计 20 12 32\n", set()),
    (KG + "公办幼儿园 46 3612\n合计 72 6938\n", set()),
    (KG + "普惠性幼儿园 60 6000\n非普惠性幼儿园 12 938\n合计 72 6938\n", set()),
    (KG + "城区幼儿园 30 4100\n合计 72 6938\n", set()),
    (KG + "公办幼儿园 46 3612\n民办幼儿园 26 3326\n小计 72 6938\n附设学前班 12 480\n合计 84 7418\n", set()),
    (KG + "东城区 30 4100\n西城区 42 2838\n合计 72 6938\n", set()),
    (KG + "教育部门办 40 3300\n其他部门办 6 312\n民办 26 3326\n合计 72 6938\n", set()),
    ("表1 2023年桐溪县小学基本情况\n类别 学校数(所) 在校生(人)\n公办小学 40 27650\n民办小学 3 1000\n", set()),
])
def test_a_total_row_is_the_whole_only_beside_complementary_kinds(table, expected):
    facts, unattached = _read(table)
    assert facts == expected
    assert unattached


@pytest.mark.parametrize("table, figures", [
    mended(KG + "民办幼儿园 26 3326\n", ["26", "3326"], reason="a table of one kind's row passed over in silence"),
    xfail(KG + "城关镇 30 4100\n", ["30", "4100"], reason="a table of one township's row passed over in silence"),
    mended("表1 桐溪县教育经费情况(本年为2023年)\n项目 本年 上年\n一般公共预算教育支出(万元) 64800 61200\n",
          ["64800", "61200"], reason="a table of one data row passed over in silence"),
])
def test_a_one_row_table_is_never_silent(table, figures):
    facts, unattached = _read(table)
    for figure in figures:
        assert _listed(unattached, figure) or figure in _values(facts), figure


# --- targets in sections proposing next steps; 举措 (7a07724) ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "五、主要举措\n全县新建幼儿园3所,在园幼儿6938人。",
    "四、存在问题及对策\n(一)存在问题\n全县学前三年毛入园率为88.5%,低于全市平均水平。\n(二)对策\n新建幼儿园2所。",
    "二、人大代表建议办理情况\n全县新建幼儿园3所。",
])
def test_a_section_of_measures_or_proposals_takes_no_undated_figure(text):
    facts, unattached = _read(text)
    assert facts == set()
    assert unattached


@pytest.mark.parametrize("text, expected", [
    ("三、主要举措及成效\n全县新建幼儿园3所,学前三年毛入园率达到92.3%。",
     {("new_kindergartens_built", None, 2023, "3"), ("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
    ("二、落实政府职责的主要举措\n全县共有幼儿园72所,学前三年毛入园率达到92.3%。",
     {("schools", "kindergarten", 2023, "72"), ("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
    ("四、意见建议落实情况\n全县新建幼儿园3所。", {("new_kindergartens_built", None, 2023, "3")}),
])
def test_a_section_reporting_measures_done_is_the_years(text, expected):
    facts, _ = _read(text)
    assert facts == expected


# --- plans: a notice issuing a plan; a plan's additions and stocks (7a07724) ---------------------------------------------

@pytest.mark.parametrize("text, expected, listed", [
    ("!桐溪县人民政府\n关于印发《桐溪县学前教育发展提升行动计划(2023—2025年)》的通知\n全县新建幼儿园6所,学前三年毛入园率达到95%。\n",
     set(), ["6所", "95%"]),
    ("!关于《桐溪县学前教育发展提升行动计划》实施情况的报告\n2023年全县新建幼儿园6所,学前三年毛入园率达到92.3%。\n",
     {("new_kindergartens_built", None, 2023, "6"), ("preschool_gross_enrollment_rate", None, 2023, "92.3")}, []),
    ("!关于印发《桐溪县2023年教育工作总结》的通知\n全县新建幼儿园6所,学前三年毛入园率为92.3%。\n",
     {("new_kindergartens_built", None, 2023, "6"), ("preschool_gross_enrollment_rate", None, 2023, "92.3")}, []),
    ("!桐溪县“十四五”学前教育发展规划\n全县新增学位1800个,改扩建幼儿园5所,补充幼儿教师200人。\n",
     set(), ["1800个", "5所", "200人"]),
    ("!桐溪县学前教育发展规划(2021—2025年)\n全县现有幼儿园72所,在园幼儿6938人。\n", set(), ["72所", "6938人"]),
    ("!桐溪县学前教育三年行动计划(2024—2026年)\n全县现有幼儿园72所,在园幼儿6938人。\n", set(), ["72所", "6938人"]),
    ("!桐溪县学前教育三年行动计划\n主要目标表\n指标 现状 目标\n幼儿园(所) 72 80\n在园幼儿(人) 6938 7500\n",
     set(), ["80", "7500"]),
    ("!桐溪县学前教育三年行动计划\n表1 主要指标\n指标 目标\n幼儿园(所) 80\n在园幼儿(人) 7500\n新建幼儿园(所) 8\n",
     set(), ["80", "7500", "8"]),
    ("!桐溪县学前教育发展规划\n全县新建幼儿园6所,2023年已建成3所。\n", set(), ["6所", "3所"]),
    mended("!桐溪县“十四五”学前教育发展规划\n一、发展基础\n全县共有幼儿园72所,在园幼儿6938人。\n", set(), ["72所", "6938人"],
          reason="a five-year plan's account of where it starts (发展基础, written in 2021): its stocks taken as 2023's"),
    mended("!桐溪县“十四五”教育事业发展规划\n(一)发展现状\n截至2020年底,全县共有幼儿园72所。\n全县在园幼儿6938人。\n",
          {("schools", "kindergarten", 2020, "72")}, ["6938人"],
          reason="a five-year plan's 发展现状 (as at 2020): its undated next sentence taken as 2023's"),
])
def test_a_plans_figures_are_never_the_years_unless_dated(text, expected, listed):
    facts, unattached = _read(text)
    assert facts == expected
    for figure in listed:
        assert _listed(unattached, figure), figure


# --- a caption's 本年为… (7a07724) ------------------------------------------------------------------------------------

FUNDS = "项目 本年 上年\n一般公共预算教育支出(万元) 64800 61200\n教育经费总投入(万元) 129600 122400\n"
BOTH = {("edu_general_budget_expenditure", None, 2023, "64800"), ("edu_general_budget_expenditure", None, 2022, "61200"),
        ("edu_total_investment", None, 2023, "129600"), ("edu_total_investment", None, 2022, "122400")}


@pytest.mark.parametrize("table, expected", [
    ("表1 桐溪县教育经费情况(本年为2023年,上年为2022年)\n" + FUNDS, BOTH),
    ("表1 桐溪县2022年教育经费情况(本年为2023年)\n" + FUNDS, BOTH),
    ("表1 桐溪县教育经费情况(2022年为上年,2023年为本年)\n项目 上年 本年\n一般公共预算教育支出(万元) 61200 64800\n"
     "教育经费总投入(万元) 122400 129600\n", BOTH),
    ("表1 桐溪县教育经费情况(本年为2023年)\n项目 2022年 本年\n一般公共预算教育支出(万元) 61200 64800\n"
     "教育经费总投入(万元) 122400 129600\n", BOTH),
    ("表1 2024年预算与本年为2023年执行数对比\n项目 本年 2024年预算\n一般公共预算教育支出(万元) 64800 68000\n"
     "教育经费总投入(万元) 129600 136000\n",
     {("edu_general_budget_expenditure", None, 2023, "64800"), ("edu_total_investment", None, 2023, "129600")}),
    mended("表1 桐溪县教育经费情况(上年为2022年)\n" + FUNDS, BOTH,
          reason="a caption naming only 上年 (上年为2022年): 本年 read as 2022 and 上年 as 2021"),
])
def test_a_captions_this_year_gives_the_tables_years(table, expected):
    facts, _ = _read(table)
    assert facts <= expected
    assert not any(f[2] == 2021 for f in facts)


# (read wrongly when the review was written, mended in stop 33: a caption's 本年 of part of a year (本年数为2023年1-9月)
# was taken as the year's whole)
def test_a_captions_this_year_of_part_of_a_year_is_no_years():
    facts, unattached = _read("表1 桐溪县教育经费情况(本年数为2023年1-9月)\n项目 本年 上年\n"
                              "一般公共预算教育支出(万元) 48000 46000\n教育经费总投入(万元) 96000 92000\n")
    assert not any(f[2] == 2023 for f in facts)
    assert _listed(unattached, "48000")


# --- a department's own accounts (7a07724) -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, taken, listed", [
    ("!桐溪县教育局2023年部门预算\n全县一般公共预算教育支出6.48亿元,学前三年毛入园率92.3%。\n", "桐溪县",
     {("preschool_gross_enrollment_rate", None, 2023, "92.3")}, "6.48亿元"),
    ("!桐溪縣教育局2023年度部門決算\n全縣一般公共預算教育支出6.48億元。\n", "桐溪縣", set(), "6.48億元"),
    ("!桐溪县教育局\n2023年度部门决算\n全县共有幼儿园72所。\n", "桐溪县", {("schools", "kindergarten", 2023, "72")}, None),
    ("!桐溪县教育局2023年度部门决算\n表1 收入支出决算总表\n项目 金额(万元)\n一般公共预算财政拨款收入 52000\n教育支出 51000\n",
     "桐溪县", set(), "51000"),
    ("!桐溪县2023年教育经费执行情况统计公告\n一、教育经费总投入\n全县教育经费总投入12.5亿元。\n附:县教育局部门决算情况\n"
     "县教育局本级支出0.8亿元。\n", "桐溪县", {("edu_total_investment", None, 2023, "12.5")}, "0.8亿元"),
])
def test_a_departments_accounts_give_no_area_money(text, name, taken, listed):
    facts, unattached = _read(text, name)
    assert facts == taken
    assert listed is None or _listed(unattached, listed)


# --- the entity's name folded to simplified characters (7a07724) ---------------------------------------------------------

@pytest.mark.parametrize("text, name, expected", [
    ("!桐溪縣2023年教育工作報告\n全縣共有幼兒園72所,在園幼兒6938人。\n", "桐溪縣",
     {("schools", "kindergarten", 2023, "72"), ("students", "kindergarten", 2023, "6938")}),
    ("!桐溪县2023年教育工作报告\n全市学前三年毛入园率为90.1%(桐溪縣为92.3%)。\n", "桐溪縣", set()),
    ("!遼陽縣2023年教育工作報告\n遼陽市學前三年毛入園率為90.1%,遼陽縣為92.3%。\n", "遼陽縣",
     {("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
    ("!辽阳县2023年教育工作报告\n辽阳市学前三年毛入园率为90.1%,辽阳县为92.3%。\n", "遼陽縣",
     {("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
    ("!乾安縣2023年教育工作報告\n乾安縣學前三年毛入園率為92.3%。\n", "乾安县",
     {("preschool_gross_enrollment_rate", None, 2023, "92.3")}),
])
def test_the_entitys_name_in_either_script_is_the_entity(text, name, expected):
    facts, _ = _read(text, name)
    assert facts == expected


# --- counts begun, not built (7a07724) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, taken", [
    ("全县新建幼儿园3所均已开工。", "3所", None),
    ("全县新建幼儿园3所(均已开工)。", "3所", None),
    ("全县新建幼儿园3所,计划2024年秋季投入使用。", "3所", None),
    ("全县新建幼儿园3所已全部建成并投入使用,另有2所已开工建设。", "2所", "3"),
    ("全县新建幼儿园3所均已竣工验收,2024年再开工2所。", "2所", "3"),
    mended("全县新建幼儿园3所,目前均处于主体施工阶段。", "3所", None,
          reason="施工 (under construction) after the count: taken as built"),
    mended("全县新建幼儿园3所,正在进行内部装修。", "3所", None,
          reason="正在 (still being fitted out) after the count: taken as built"),
    mended("全县新建幼儿园3所,其中2所已竣工,1所在建。", "3所", "2",
          reason="a count one of whose parts is 在建: the whole taken as built"),
    mended("全县新建幼儿园3所已完成主体工程。", "3所", None,
          reason="only the main structure done (完成主体工程): taken as built"),
    mended("全县新建幼儿园3所,已完成立项和招标。", "3所", None,
          reason="only approved and tendered (立项, 招标): taken as built"),
    mended("全县新建幼儿园3所,开工率100%。", "3所", None,
          reason="a start rate (开工率) after the count: begun, taken as built"),
])
def test_a_count_begun_or_part_built_is_never_the_years_built(sentence, figure, taken):
    facts, unattached = _read(sentence)
    assert {f for f in facts if f[0] == "new_kindergartens_built"} <= (
        {("new_kindergartens_built", None, 2023, taken)} if taken else set())
    assert _listed(unattached, figure) or taken == figure.rstrip("所")


# --- a heading opening on a date (7a07724) ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "一、2022—2023学年度基本情况\n全县共有幼儿园72所。",
    "一、2022至2023学年基本情况\n全县共有幼儿园72所。",
    "一、2022/2023学年基本情况\n全县共有幼儿园72所。",
    "(一)2022—2023学年\n全县共有幼儿园72所。",
    "1.2022—2023学年\n全县共有幼儿园72所。",
    "一、2022年—2023年基本情况\n全县共有幼儿园72所。",
])
def test_a_heading_on_a_school_year_begun_before_is_never_the_years(text):
    facts, unattached = _read(text)
    assert ("schools", "kindergarten", 2023, "72") not in facts
    assert facts or _listed(unattached, "72所")


@pytest.mark.parametrize("text", [
    "2023年春季学期,全县小学在校生28650人。",
    "截至2023年6月,全县小学在校生28650人。",
    mended("一、2023年春季学期基本情况\n全县小学在校生28650人。",
          reason="a heading on a spring term (2023年春季学期): a count of the school year begun in 2022 taken as 2023's"),
    mended("二、2023年上学期情况\n全县小学在校生28650人。",
          reason="a heading on a first term (2023年上学期): a count of the school year begun in 2022 taken as 2023's"),
    mended("一、截至2023年6月底基本情况\n全县小学在校生28650人。",
          reason="a heading dated before the autumn (截至2023年6月底): taken as 2023's, where the same date in the "
                 "sentence is date_in_year"),
])
def test_a_date_before_the_autumn_gives_no_calendar_year_to_a_count(text):
    facts, unattached = _read(text)
    assert ("students", "primary", 2023, "28650") not in facts
    assert facts or _listed(unattached, "28650人")


# --- a number in a unit no indicator takes; figures about schooling never silent (a1afc64) ---------------------------------

@pytest.mark.parametrize("text, figures", [
    ("全县学校占地面积850亩,校舍建筑面积32万平方米。", ["850亩", "32万平方米"]),
    ("全县新建学校食堂12个,改造学生宿舍3栋,添置课桌椅5000套。", ["12个", "3栋", "5000套"]),
    ("全县投入2000万元购置校车25辆。", ["2000万元", "25辆"]),
    ("全县开设课后服务课程320门,组织教师培训12批次。", ["320门", "12批次"]),
    ("全年共发生校园安全事故3起,查处违规办学培训机构5家。", ["3起", "5家"]),
    ("全县中小学校共有运动场地46块。", ["46块"]),
    ("全县开展“送教下乡”活动48场次,受益教师3000余人次。", ["48场次", "3000余人"]),
    xfail("全县开展“送教下乡”活动48场次。", ["48场次"],
          reason="a sentence about schooling whose only schooling word is quoted (“送教下乡”): silent"),
    ("全县校舍维修改造项目36项,涉及学校28所。", ["36项", "28所"]),
    ("全县共有教职工宿舍(周转房)420套。", ["420套"]),
    ("全县学校实验室达标率100%,建成功能室260间。", ["100%", "260间"]),
    xfail("全县教师培训共计1.2万学时,人均72学时。", ["1.2万学时", "72学时"], reason="学时 (class hours): silent"),
    mended("全县教师平均年龄42.5岁。", ["42.5岁"], reason="岁 (an average age of teachers): silent"),
    mended("全县中小学校共有运动场地面积15公顷。", ["15公顷"], reason="公顷: silent"),
    mended("全县学校带宽达到1000兆。", ["1000兆"], reason="兆 (bandwidth): silent"),
    xfail("全县中小学开设劳动教育基地总面积1200余亩。", ["1200余亩"],
          reason="余 between the number and its unit (1200余亩): silent"),
    mended("全县教育系统办结信访件45件。", ["45件"], reason="件: silent"),
    mended("全县幼儿园保教人员与幼儿比为1:9。", ["1:9"], reason="a ratio written 1:9: silent"),
])
def test_a_figure_about_schooling_is_never_silent(text, figures):
    facts, unattached = _read(text)
    for figure in figures:
        assert _listed(unattached, figure) or figure in _values(facts) or any(
            figure.startswith(v) for v in _values(facts)) or any(figure in f for f, _ in unattached), figure


def test_an_ordinal_is_no_figure_in_a_unit():
    _, unattached = _read("全县召开第3次教育工作会议,新建幼儿园3所。")
    assert not _listed(unattached, "3次")


# --- a parenthesis holding the county's own figure after another's ---------------------------------------------------------

@pytest.mark.parametrize("sentence, own, others", [
    ("全县学前三年毛入园率92.3%(全市90.1%、全省89.2%)。", {"92.3"}, ["90.1%", "89.2%"]),
    ("全市学前三年毛入园率为90.1%(其中我县92.3%)。", set(), ["90.1%"]),
    ("全市小学在校生12.6万人(本县28650人)。", set(), ["12.6万人"]),
    ("邻县小学在校生32000人(我县28650人)。", set(), ["32000人"]),
    ("城关镇小学在校生6500人(全县28650人)。", set(), ["6500人"]),
    ("全县小学在校生28650人(城关镇6500人)。", {"28650"}, ["6500人"]),
    ("全县学前三年毛入园率92.3%(城区98.1%)。", {"92.3"}, ["98.1%"]),
])
def test_anothers_figure_beside_the_countys_is_never_the_countys(sentence, own, others):
    facts, unattached = _read(sentence)
    assert _values(facts) <= own | {"28650", "92.3"}
    for other in others:
        assert other.rstrip("%人万") not in _values(facts)
        assert _listed(unattached, other), other
