"""A hostile review of the readings of 2026-12-07 afternoon (h-review32e, issue 24): shortage words before a name make it
no stock (extract.yaml flow_words 缺, 缺少…), 持证 a part (subset_words), a standard inside another figure's parenthesis
(whose.py), the aliases 持证专任教师 / 持证园长 / 幼儿园班额达标率 / 新建和改扩建幼儿园 (indicators.yaml), a table of
coefficients named only by its caption (grids._cv, _other_measures), a page number between blank lines in a PDF's
text layer (normal._wraps), a column counting a kind of school (_qualified), rows headed 学校名称 (_one_school), category
/ item rows (_item_of).

Own-made sentences, text tables and wrapped pages of the kinds county reports hold, aimed where those rules were not
written for: 缺 inside other words (缺编, 缺口, 缺额, 不缺) and a need written 补充; 持证 said otherwise (持有/具有教师资格证,
无证, 未持证); asides naming 目标/全省/上年; the new aliases inside longer names, beside 公办/民办, in plans and spans
(近三年, 近年来, “十四五”以来); coefficient captions over tables of years, places, means; a page number beside a figure;
学校名称 over a table of kinds; category/item rows whose item is the whole or another place (小学 / 全县, 小学 / 全市).
Every place and figure is made up (桐山县, 桐水县, 桐州市 exist nowhere); nothing is copied from tests/data/reports/.

Each case lists what a careful reader takes as the county's own (indicator, stage, period, value, scope). The constraint
is 0 wrong: no case may give a fact it does not list (test_no_wrong_reading; a strict xfail where one is read wrongly
today, its reason the class of the fault). A case marked whole is held to exactly its facts (test_read_whole), a guard.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hostile_cases import assert_nothing_wrong, check_cases, no_wrong_params, whole_params

from checker.intake.extract import extract_text

CODE, NAME, PERIOD = "510998", "桐山县", 2023


class Case(NamedTuple):
    id: str
    text: str
    facts: list
    whole: bool = False


def F(indicator: str, stage: str | None, value: str, period: int = PERIOD, scope: str | None = None) -> tuple:
    return (indicator, stage, period, value, scope)


KT = "full_time_teachers"
CT, CP = "certified_teachers", "certified_principals"
KGR, KBE = "kg_class_size_compliance_rate", "kindergartens_built_or_expanded"
PGER, RET, COV = "preschool_gross_enrollment_rate", "compulsory_retention_rate", "inclusive_kindergarten_coverage"
CVE, CVB = "cv_equipment_per_student_stated", "cv_books_per_student_stated"

# a page's lines set 24 full-width characters wide (a PDF's text layer), then one more paragraph's lines
HEAD = ["一、基本情况", "2023年,全县共有小学25所,在校生12345人;初中8所,在", "校生6789人。全县学前三年毛入园率达到96.5%,九年义",
        "务教育巩固率达到99.1%,高中阶段毛入学率达到93.2%", "。"]
HEAD_FACTS = [F("schools", "primary", "25"), F("students", "primary", "12345"), F("schools", "junior", "8"),
              F("students", "junior", "6789"), F(PGER, None, "96.5"), F(RET, None, "99.1"),
              F("senior_secondary_gross_enrollment_rate", None, "93.2")]


def page(*lines: str) -> str:
    return "\n".join(HEAD + list(lines)) + "\n"


CV_ROWS = "生均教学仪器设备值 0.412 0.356\n生均图书册数 0.298 0.301\n"
CV_FACTS = [F(CVE, "primary", "0.412"), F(CVE, "junior", "0.356"), F(CVB, "primary", "0.298"), F(CVB, "junior", "0.301")]

_NEED = ("a need or a gap written with 补充 (尚需补充小学专任教师120人) or with 缺口 after the figure (补充…856人的编制缺口) is "
         "read as the stock: flow_words has 缺/缺少 before the name only, not 补充/需补充 nor a gap word after the figure")
_CERT_WORDS = ("持证 said in other words (持有教师资格证的, 具有教师资格证书的 专任教师) is not a part: the figure is read as all the "
               "teachers; subset_words has 持证 only")
_NEGATED = ("a negated certificate (无证专任教师, 未持证专任教师) is read as the whole (无证 → 专任教师) or, worse, as the certified "
            "(未持证 → 持证专任教师 matches the alias inside it): no word for 无/未 before 持证 or 证")
_TWO_STAGES = ("two stages' names joined by 和 before one figure (小学专任教师和初中专任教师共2400人) give the sum to the last stage "
               "(junior): the sum of two stages is neither; 共 after a coordination is not asked")
_HEAD_STAGE = ("持证园长 alone (全县持证园长52人) is read with no stage, the total of all stages' heads, while 园长 alone is the "
               "kindergarten's (全县园长52人 → kindergarten): the alias's stage word 园长 is not carried to the certified count")
_JOINT_RATE = ("an alias inside a longer joint name (中小学校及幼儿园班额达标率) is read as the kindergartens' rate: the words "
               "joined before it by 及 make it a rate over schools and kindergartens together")
_CV_MEANS = ("a caption naming coefficients beside another measure (资源配置指标均值及校际差异系数), or a coefficient caption over "
             "a table of values (5230 元, 32 册), gives the values as coefficients: no bound on a CV (a CV above ~2 is no CV) "
             "and 均值及 in the caption is not asked as _other_measures asks a row or column")
_ITEM_PLACE = ("a category/item row whose item is another level (小学 / 全市 98765 in a county's report) is read as the county's "
               "stage figure: _item_of takes 全县 as the whole but does not refuse 全市/全省 as another entity's")
_SPAN = ("a span written without a year (近三年, 近五年, 近年来, “十四五”以来) is read as the evaluated year: multi-year words know "
         "三年来, 累计, 2021—2023年 and 2021年以来, not 近N年/近年来 or a plan period followed by 以来")

CASES = [
    # --- shortage words: 缺 inside other words, a need -------------------------------------------------------------
    Case("que_bian_count_before", "全县中小学缺编教师126人,现有小学专任教师1850人。", [F(KT, "primary", "1850")], True),
    Case("que_bu_que", "全县小学不缺专任教师,小学专任教师1850人。", [F(KT, "primary", "1850")], True),
    Case("que_shao_subject", "2023年,全县有小学专任教师1850人,缺少音体美教师45人。", [F(KT, "primary", "1850")], True),
    Case("que_bian_alone", "全县缺编126人,小学专任教师1850人。", [F(KT, "primary", "1850")], True),
    Case("que_bian_qizhong", "全县小学专任教师1850人,其中缺编教师126人。", [F(KT, "primary", "1850")], True),
    Case("que_jin_adjective", "全县小学专任教师紧缺,现有小学专任教师1850人。", [F(KT, "primary", "1850")], True),
    Case("que_kou_adjective", "全县幼儿园专任教师缺口较大,幼儿园专任教师共有620人。", [F(KT, "kindergarten", "620")], True),
    Case("que_kou_after_name", "全县小学专任教师缺口856人。", [], True),
    Case("que_e_after_name", "全县小学专任教师缺额120人,初中专任教师612人。", [F(KT, "junior", "612")], True),
    Case("que_bian_after_short", "全县小学专任教师不足,缺编120人。", [], True),
    Case("que_not_bian_after", "全县小学专任教师856人,不缺编。", [F(KT, "primary", "856")], True),
    Case("que_fa_before", "全县缺乏小学专任教师120人。", [], True),
    Case("que_subject_teachers", "全县小学缺体育教师45人,小学专任教师856人。", [F(KT, "primary", "856")], True),
    Case("que_places_gap", "全县小学学位缺口1200个,小学在校生15230人。", [F("students", "primary", "15230")], True),
    Case("que_kong_bian", "全县小学专任教师空编120人。", [], True),
    Case("need_fill_gap_after", "今后将继续补充小学专任教师856人的编制缺口。", []),
    Case("need_still_to_add", "全县尚需补充小学专任教师120人。", []),
    Case("need_gap_over_page", page("二、师资队伍", "全县义务教育阶段专任教师队伍结构不断优化,全县小",
                                     "学专任教师队伍总体稳定,今后将继续补充小学专任教师", "", "— 3 —", "",
                                     "856人的编制缺口将在三年内补齐。"), HEAD_FACTS),
    # --- 持证 -----------------------------------------------------------------------------------------------------
    Case("cert_alias_and_rate", "全县幼儿园持证专任教师580人,持证率93.5%。", [F(CT, "kindergarten", "580")], True),
    Case("cert_qizhong", "全县幼儿园专任教师620人,其中持证专任教师580人。",
         [F(KT, "kindergarten", "620"), F(CT, "kindergarten", "580")], True),
    Case("cert_principals", "全县幼儿园园长52人,持证园长52人,持证率100%。",
         [F("principals", "kindergarten", "52"), F(CP, "kindergarten", "52")], True),
    Case("cert_all_on_duty", "2023年全县幼儿园教职工均持证上岗,幼儿园专任教师620人。", [F(KT, "kindergarten", "620")], True),
    Case("cert_whole_is_certified", "全县幼儿园专任教师全部持证,共620人。", [F(KT, "kindergarten", "620")], True),
    Case("cert_whole_after", "全县幼儿园专任教师620人,均持有教师资格证。", [F(KT, "kindergarten", "620")], True),
    Case("cert_on_duty_before", "全县持证上岗的幼儿园专任教师580人。", [], True),
    Case("cert_public_private", "全县公办幼儿园持证专任教师430人,民办幼儿园持证专任教师150人。", [], True),
    Case("cert_three_stages_heads", "全县小学持证校长36人,初中持证校长12人,幼儿园持证园长52人。",
         [F(CP, "primary", "36"), F(CP, "junior", "12"), F(CP, "kindergarten", "52")], True),
    Case("cert_mid_year", "截至2023年6月,全县幼儿园持证专任教师580人。", [], True),
    Case("cert_held_words", "全县持有教师资格证的幼儿园专任教师580人。", [F(CT, "kindergarten", "580")]),
    Case("cert_having_words", "全县具有教师资格证书的幼儿园专任教师580人。", [F(CT, "kindergarten", "580")]),
    Case("cert_none", "全县幼儿园无证专任教师40人。", []),
    Case("cert_not_held", "全县幼儿园未持证专任教师40人。", []),
    Case("cert_two_stages", "全县小学持证专任教师和初中持证专任教师共2400人。", []),
    Case("two_stages_teachers", "全县小学专任教师和初中专任教师共2400人。", []),
    Case("cert_heads_alone", "全县持证园长52人。", [F(CP, "kindergarten", "52")]),
    # --- asides naming 目标, 全省, 上年, 标准 before the next figure ---------------------------------------------------
    Case("aside_province_target", "全县学前三年毛入园率为92.1%(全省目标90%),九年义务教育巩固率97.0%。",
         [F(PGER, None, "92.1"), F(RET, None, "97.0")]),
    Case("aside_province_mean", "全县学前三年毛入园率为92.1%(全省平均91%),九年义务教育巩固率97.0%。",
         [F(PGER, None, "92.1"), F(RET, None, "97.0")]),
    Case("aside_standard_then_rate", "全县九年义务教育巩固率为97.0%(国家标准95%),学前三年毛入园率达到92.1%。",
         [F(RET, None, "97.0"), F(PGER, None, "92.1")], True),
    Case("aside_standard_before_value", "全县学前三年毛入园率(国家标准85%)为92.1%。", [F(PGER, None, "92.1")], True),
    Case("aside_inside_standard", "国家标准为学前三年毛入园率达到85%(全县为92.1%),九年义务教育巩固率达到95%。", [], True),
    Case("aside_two_in_one", "全县学前三年毛入园率为92.1%(省定标准为85%以上,全省为91.0%),九年义务教育巩固率97.0%。",
         [F(PGER, None, "92.1"), F(RET, None, "97.0")]),
    Case("aside_prior_year", "全县学前三年毛入园率为92.1%(2022年为90.5%),普惠性幼儿园覆盖率为85.2%。",
         [F(PGER, None, "92.1"), F(PGER, None, "90.5", 2022), F(COV, None, "85.2")], True),
    Case("aside_required", "全县学前三年毛入园率为92.1%(要求达到85%以上),普惠性幼儿园覆盖率为85.2%。",
         [F(PGER, None, "92.1"), F(COV, None, "85.2")], True),
    Case("aside_then_standard_sentence", "全县学前三年毛入园率为92.1%(国家标准85%),国家标准规定普惠性幼儿园覆盖率为80%。",
         [F(PGER, None, "92.1")], True),
    Case("aside_each_its_own", "全县学前三年毛入园率为92.1%(国家标准85%)、普惠性幼儿园覆盖率为85.2%(国家标准80%)、"
         "公办园在园幼儿占比为55.3%(国家标准50%)。",
         [F(PGER, None, "92.1"), F(COV, None, "85.2"), F("public_kindergarten_enrollment_share", None, "55.3")], True),
    # --- the new aliases ---------------------------------------------------------------------------------------------
    Case("alias_built", "2023年,全县新建和改扩建幼儿园12所,新增学位3600个。", [F(KBE, None, "12")], True),
    Case("alias_built_plan", "“十四五”期间计划新建和改扩建幼儿园20所。", [], True),
    Case("alias_built_2025", "到2025年,全县新建和改扩建幼儿园15所,幼儿园班额达标率达到100%。", [], True),
    Case("alias_built_public", "全县新建和改扩建公办幼儿园12所。", [], True),
    Case("alias_built_projects", "全县新建和改扩建幼儿园项目12个,新增学位3600个。", [], True),
    Case("alias_built_money", "全县新建和改扩建幼儿园投入资金12000万元。", [], True),
    Case("alias_built_planned_done", "全县计划新建和改扩建幼儿园12所,已完成8所。", [], True),
    Case("alias_built_since_year", "2021年以来,全县新建和改扩建幼儿园12所。", [], True),
    Case("alias_built_cumulative", "全县累计新建和改扩建幼儿园32所。", [], True),
    Case("alias_built_recent_three", "近三年,全县新建和改扩建幼儿园12所。", []),
    Case("alias_built_recent_five", "近五年全县新建和改扩建幼儿园30所。", []),
    Case("alias_built_recent_years", "近年来,全县新建和改扩建幼儿园12所。", []),
    Case("alias_built_plan_since", "“十四五”以来全县新建和改扩建幼儿园30所。", []),
    Case("alias_class_size", "全县幼儿园班额达标率较上年提高2.1个百分点,达到98.2%。", [F(KGR, None, "98.2")], True),
    Case("alias_class_size_public_private", "全县公办幼儿园班额达标率为100%,民办幼儿园班额达标率为91.3%。", [], True),
    Case("alias_class_size_urban", "全县城区幼儿园班额达标率为96.0%。", [], True),
    Case("alias_class_size_definition", "全县幼儿园班额达标率(不含民办园)为100%。", [], True),
    Case("alias_class_size_respectively", "全县幼儿园班额达标率和小学班额达标率分别为98.2%和96.1%。", [F(KGR, None, "98.2")], True),
    Case("alias_class_size_joint", "全县中小学校及幼儿园班额达标率为98.2%。", []),
    # --- a coefficient caption over other tables ---------------------------------------------------------------------
    Case("cv_stage_columns", "表3 桐山县义务教育资源配置指标校际差异系数\n指标 小学 初中\n" + CV_ROWS, CV_FACTS, True),
    Case("cv_year_columns", "表3 桐山县义务教育资源配置指标校际差异系数\n指标 2022年 2023年\n"
         "生均教学仪器设备值 0.412 0.398\n生均图书册数 0.298 0.301\n", []),
    Case("cv_place_columns", "表3 各县义务教育资源配置指标校际差异系数\n指标 桐山县 桐水县\n" + CV_ROWS, [], True),
    Case("cv_county_city_columns", "表3 桐山县义务教育学校资源配置指标校际差异系数\n指标 全县 全市\n" + CV_ROWS, []),
    Case("cv_year_rows", "表3 桐山县义务教育资源配置指标校际差异系数\n年份 小学 初中\n2022年 0.412 0.356\n2023年 0.398 0.341\n", []),
    Case("cv_province", "表3 全省义务教育资源配置指标校际差异系数\n指标 小学 初中\n" + CV_ROWS, [], True),
    Case("cv_target", "表3 桐山县义务教育资源配置指标校际差异系数目标值\n指标 小学 初中\n"
         "生均教学仪器设备值 0.40 0.35\n生均图书册数 0.40 0.35\n", [], True),
    Case("cv_town", "表3 桐山县城关镇义务教育资源配置指标校际差异系数\n指标 小学 初中\n" + CV_ROWS, [], True),
    Case("cv_standard_row", "表3 桐山县义务教育学校资源配置指标校际差异系数\n指标 小学 初中\n" + CV_ROWS + "国家标准 0.50 0.45\n",
         CV_FACTS, True),
    Case("cv_prior_columns", "表3 桐山县义务教育资源配置指标校际差异系数\n指标 小学 初中 上年小学 上年初中\n"
         "生均教学仪器设备值 0.412 0.356 0.450 0.390\n生均图书册数 0.298 0.301 0.310 0.320\n",
         CV_FACTS + [F(CVE, "primary", "0.450", 2022), F(CVE, "junior", "0.390", 2022), F(CVB, "primary", "0.310", 2022),
                     F(CVB, "junior", "0.320", 2022)], True),
    Case("cv_school_rows", "表3 桐山县小学资源配置指标校际差异系数\n学校名称 生均教学仪器设备值 生均图书册数\n"
         "城关小学 0.412 0.356\n实验小学 0.398 0.341\n", [], True),
    Case("cv_means_and", "表3 桐山县义务教育学校资源配置指标均值及校际差异系数\n指标 小学 初中\n"
         "生均教学仪器设备值(元) 5230 6120\n生均图书册数(册) 32 45\n", []),
    Case("cv_values_under_cv", "表3 桐山县义务教育资源配置指标校际差异系数\n指标 小学 初中\n"
         "生均教学仪器设备值 5230 6120\n生均图书册数 32 45\n", []),
    # --- a page number beside a figure of the text ----------------------------------------------------------------------
    Case("page_figure_alone", page("二、师资队伍", "全县义务教育阶段专任教师队伍结构不断优化,全县小",
                                    "学专任教师队伍总体稳定,全县小学在岗专任教师", "", "856", "",
                                    "人,其中骨干教师120人,比上年增加了15人。"), HEAD_FACTS, True),
    Case("page_then_part", page("二、师资队伍", "全县义务教育阶段专任教师队伍结构不断优化,全县小",
                                 "学专任教师队伍总体稳定,全县小学在岗专任教师共有", "", "— 3 —", "",
                                 "骨干教师120人,比上年增加了15人。"), HEAD_FACTS, True),
    Case("page_cuts_a_change", page("二、师资队伍", "全县义务教育阶段专任教师队伍结构不断优化,全县小",
                                     "学专任教师队伍总体稳定。全县小学专任教师数比上年", "", "— 3 —", "",
                                     "减少12人,初中专任教师612人。"), HEAD_FACTS + [F(KT, "junior", "612")], True),
    # --- 学校名称, kinds, category / item --------------------------------------------------------------------------
    Case("school_head_kinds", "学校名称 学校数 在校生数\n小学 24 15230\n初中 9 7810\n",
         [F("schools", "primary", "24"), F("students", "primary", "15230"), F("schools", "junior", "9"),
          F("students", "junior", "7810")]),
    Case("school_head_totals", "学校名称 在校生数\n城关小学 1230\n实验小学 1500\n合计 2730\n", [], True),
    Case("school_head_county_rows", "学校名称 在校生数\n全县小学 15230\n全县初中 7810\n",
         [F("students", "primary", "15230"), F("students", "junior", "7810")]),
    Case("kind_boarding_beside", "学段 学校数 其中:寄宿制\n小学 24 6\n初中 9 5\n",
         [F("schools", "primary", "24"), F("schools", "junior", "9")], True),
    Case("kind_meeting_column", "学段 达标校 在校生数\n小学 20 15230\n初中 8 7810\n",
         [F("students", "primary", "15230"), F("students", "junior", "7810")], True),
    Case("kind_through_schools", "学段 九年一贯制学校数 在校生数\n小学 3 15230\n初中 3 7810\n",
         [F("students", "primary", "15230"), F("students", "junior", "7810")], True),
    Case("item_total", "类别 项目 学校数 在校生数\n小学 合计 24 15230\n小学 其中:教学点 6 320\n初中 合计 9 7810\n",
         [F("schools", "primary", "24"), F("students", "primary", "15230"), F("schools", "junior", "9"),
          F("students", "junior", "7810")], True),
    Case("item_whole_county", "学段 范围 在校生数\n小学 全县 15230\n小学 城区 9000\n初中 全县 7810\n",
         [F("students", "primary", "15230"), F("students", "junior", "7810")], True),
    Case("item_county_and_province", "学段 范围 在校生数\n小学 全县 15230\n小学 全省 1523000\n初中 全县 7810\n初中 全省 781000\n",
         [F("students", "primary", "15230"), F("students", "junior", "7810")]),
    Case("item_subtotal", "类别 项目 在校生数\n小学 小计 15230\n初中 小计 7810\n",
         [F("students", "primary", "15230"), F("students", "junior", "7810")]),
    Case("item_years", "类别 项目 学校数\n小学 2022年 25\n小学 2023年 24\n初中 2022年 9\n初中 2023年 9\n",
         [F("schools", "primary", "25", 2022), F("schools", "primary", "24"), F("schools", "junior", "9", 2022),
          F("schools", "junior", "9")], True),
    Case("item_target_now", "类别 项目 学校数\n小学 目标 26\n小学 现状 24\n", [F("schools", "primary", "24")]),
    Case("item_category_total", "类别 项目 学校数\n义务教育 小学 24\n义务教育 初中 9\n义务教育 合计 33\n",
         [F("schools", "primary", "24"), F("schools", "junior", "9")], True),
    Case("item_county_direct", "类别 项目 在校生数\n小学 县直 5000\n初中 县直 3000\n", [], True),
    Case("item_prefecture", "类别 项目 在校生数\n小学 全市 98765\n初中 全市 45678\n", []),
    Case("item_county_then_prefecture", "学段 类别 在校生数\n小学 全县 15230\n初中 全市 45678\n", [F("students", "primary", "15230")]),
]

# the cases read wrongly today, with the class of the fault
WRONG: dict[str, str] = {}  # all 19 mended on main (stop 32); a new wrong reading goes here as a strict xfail


def _read(case: Case) -> set:
    draft = extract_text(case.text, "report.txt", CODE, PERIOD, name=NAME)
    for p in draft.facts:  # every quote is the document's own text
        assert draft.quote(p) in case.text
    return {(p.indicator, p.stage, p.period, p.value, p.scope) for p in draft.facts}


def test_the_cases_are_many_their_ids_unique_and_every_wrong_one_a_case():
    check_cases(CASES, WRONG, 50)


@pytest.mark.parametrize("case", no_wrong_params(CASES, WRONG))
def test_no_wrong_reading(case):
    assert_nothing_wrong(_read(case), case)


@pytest.mark.parametrize("case", whole_params(CASES))
def test_read_whole(case):
    assert _read(case) == set(case.facts)
