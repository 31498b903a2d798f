"""A hostile review of the layout campaign's table readings (h-review32b, issue 24; the merge of h-extract12, 69ad194).

Own-made tables of the kinds yearbooks, 统计公报, funding bulletins and 督导 reports hold, flattened to text (cells apart by
spaces, bars, tabs, one cell a line), each written to meet the new rules (a label column after the figures, one figure
column, key-value bars, a 单位 column, 决算数, change columns, rows of years, school types, joint headers, captions,
whole-area columns) where they were not written for. Every place and figure is made up (桐溪县, 桐山县 exist nowhere);
nothing is copied from tests/data/reports/ or tests/data/layouts.yaml.

Each case lists what a careful reader takes as the county's own (indicator, stage, period, value), and, as
(indicator, stage, period, "change", pct), the changes it states. The constraint is 0 wrong: no case may give a fact
it does not list (test_no_wrong_reading; a strict xfail where one is read wrongly today, its reason the class of the
fault). A case read whole today is also held to exactly its facts (test_read_whole), as a guard. Past 400 lines for a
reason: the file is the review's ~150 cases, one table each; the two tests are at the end.
"""

from typing import NamedTuple

import pytest
from hostile_cases import assert_nothing_wrong, check_cases, no_wrong_params, whole_params

from checker.intake.extract import extract_text

CODE, NAME, PERIOD = "510998", "桐溪县", 2023


class Case(NamedTuple):
    id: str
    kind: str
    text: str
    facts: list
    whole: bool = False


_REGRESSION = "regression, read right (or not read) at be9dfaa: "
_CAPTION = ("a caption naming another entity, a whole area, a target, a standard, a budget or 上年 is never asked whose or "
    "what the table's figures are (grids.py takes only its unit, year and stage from it)")
_BARS = ("key-value bar lines (texttables._pairs_grid, new) are read as the county's this year under a caption of "
    "another entity, a whole area, a plan, a budget or 上年, and with 全国 opening the label")
_ONE_COLUMN = ("a one-figure-column table (texttables._pair_tables, new) headed 全市, or labelled 全省…, is read as the "
    "county's: grids._wholes_beside_own only acts when the table also has a column of the entity's own name")
_UNHEADED_TRAIL = ("texttables._trailing takes an unheaded unit column after the figures (…15230 人) for a headed one and drops "
    "the last header, so each figure takes the year of the column before")
_NAMED_TRAIL = ("a label column after the figures that the header names (学校数 在校生数 学段 / 24 15230 小学): the first figure "
    "column's header is taken for the label column's, the figures shift one column")
_TYPES = ("a stage row's pupils beside a 九年一贯制/完全中学/十二年一贯制 row (whose pupils are of two or three stages) are taken as "
    "the stage's: grids._types only refuses the stage counted_above names, and only its school count is the "
    "stage's")

CASES = [
    Case('trail_named', 'label column after the figures', """桐溪县2023年各级学校基本情况
学校数 在校生数 学段
24 15230 小学
9 7810 初中
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('trail_named2', 'label column after the figures', """指标 2022年 2023年 属性
学前三年毛入园率(%) 88.5 91.2 预期性
九年义务教育巩固率(%) 96.1 97.3 约束性
""",
       [('compulsory_retention_rate', None, 2022, '96.1'),
        ('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2022, '88.5'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('trail_unnamed_unit', 'label column after the figures', """项目 2022年 2023年
在校生数 14800 15230 人
专任教师数 950 986 人
""",
       [('full_time_teachers', None, 2022, '950'),
        ('full_time_teachers', None, 2023, '986'),
        ('students', None, 2022, '14800'),
        ('students', None, 2023, '15230')]),
    Case('serial_gaps', '序号 column', """序号 学段 学校数 在校生数
1 幼儿园 31 6800
3 小学 24 15230
4 初中 9 7810
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'kindergarten', 2023, '31'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'kindergarten', 2023, '6800'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('serial_gaps_wrap', '序号 column', """序号 学段 学校数 在校生数 专任教师数
1 小学 24 15230
986
4 初中 9 7810 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('unit_col_total', '单位 column', """指标 单位 小学 初中 合计
学校数 所 24 9 33
在校生数 人 15230 7810 23040
专任教师数 人 986 612 1598
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('full_time_teachers', None, 2023, '1598'),
        ('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('schools', None, 2023, '33'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230'),
        ('students', None, 2023, '23040')],
       whole=True),
    Case('unit_col_wan', '单位 column', """项目 单位 数值
在校生数 万人 2.3
专任教师数 人 1598
""",
       [('full_time_teachers', None, 2023, '1598'),
        ('students', None, 2023, '2.3'),
        ('students', None, 2023, '23000')]),
    Case('unit_col_first', '单位 column', """单位 指标 数值
人 小学在校生数 15230
人 初中在校生数 7810
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('one_col_target', 'one figure column', """指标 目标值
学前三年毛入园率(%) 95
九年义务教育巩固率(%) 97
""",
       []),
    Case('one_col_2025', 'one figure column', """指标 2025年
学前三年毛入园率(%) 95
九年义务教育巩固率(%) 97
""",
       []),
    Case('one_col_other_place', 'one figure column', """指标 全市
学前三年毛入园率(%) 92.4
九年义务教育巩固率(%) 98.1
""",
       []),
    Case('one_col_province_label', 'one figure column', """指标 数值
全省学前三年毛入园率(%) 92.4
全省九年义务教育巩固率(%) 98.1
""",
       []),
    Case('one_col_neighbour', 'one figure column', """指标 桐山县
学前三年毛入园率(%) 92.4
九年义务教育巩固率(%) 98.1
""",
       []),
    Case('one_col_caption_target', 'one figure column', """桐溪县"十四五"教育发展主要目标
指标 数值
学前三年毛入园率(%) 95
九年义务教育巩固率(%) 97
""",
       []),
    Case('one_col_caption_province', 'one figure column', """全省教育事业发展主要指标
指标 数值
学前三年毛入园率(%) 92.4
九年义务教育巩固率(%) 98.1
""",
       []),
    Case('bars_other_entity', 'key-value bar lines', """桐山县主要教育指标
小学在校生 | 15230人
初中在校生 | 7810人
小学专任教师 | 986人
初中专任教师 | 612人
""",
       []),
    Case('bars_plan', 'key-value bar lines', """2025年发展目标
小学在校生 | 16000人
初中在校生 | 8200人
小学专任教师 | 1000人
初中专任教师 | 650人
""",
       []),
    Case('bars_own', 'key-value bar lines', """桐溪县2023年教育基本数据
小学在校生 | 15230人
初中在校生 | 7810人
小学专任教师 | 986人
初中专任教师 | 612人
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('bars_budget', 'key-value bar lines', """2024年预算安排
一般公共预算教育经费 | 72000万元
教育费附加征收额 | 3100万元
生均公用经费 | 800元
一般公共预算支出 | 410000万元
""",
       []),
    Case('budget_final', '决算数 beside 预算数', """单位:万元
项目 预算数 调整预算数 决算数
一般公共预算教育经费 70000 72500 71860
教育费附加征收额 3000 3200 3150
""",
       [('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_surcharge_collected', None, 2023, '3150')],
       whole=True),
    Case('budget_final_order', '决算数 beside 预算数', """单位:万元
项目 决算数 预算数 决算数为预算数的%
一般公共预算教育经费 71860 70000 102.7
教育费附加征收额 3150 3000 105.0
""",
       [('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_surcharge_collected', None, 2023, '3150')],
       whole=True),
    Case('budget_only_adj', '决算数 beside 预算数', """单位:万元
项目 年初预算数 调整预算数
一般公共预算教育经费 70000 72500
教育费附加征收额 3000 3200
""",
       []),
    Case('final_prior', '决算数 beside 预算数', """单位:万元
项目 上年决算数 本年决算数 增长%
一般公共预算教育经费 68200 71860 5.37
教育费附加征收额 2900 3150 8.62
""",
       [('edu_general_budget_expenditure', None, 2022, '68200'),
        ('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_general_budget_expenditure', None, 2023, 'change', '5.37'),
        ('edu_surcharge_collected', None, 2022, '2900'),
        ('edu_surcharge_collected', None, 2023, '3150'),
        ('edu_surcharge_collected', None, 2023, 'change', '8.62')],
       whole=True),
    Case('chg_points_rate', 'change columns', """指标 2023年 2022年 增减(百分点)
学前三年毛入园率(%) 91.2 88.5 2.7
九年义务教育巩固率(%) 97.3 96.1 1.2
""",
       [('compulsory_retention_rate', None, 2022, '96.1'),
        ('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2022, '88.5'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('chg_rate_growth_pct', 'change columns', """指标 2023年 2022年 增长%
学前三年毛入园率(%) 91.2 88.5 3.05
九年义务教育巩固率(%) 97.3 96.1 1.25
""",
       [('compulsory_retention_rate', None, 2022, '96.1'),
        ('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2022, '88.5'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('chg_money_pct_caption', 'change columns', """表3 生均一般公共预算教育经费增长情况(单位:元、%)
学段 2023年 2022年 增长
小学 12030.11 11520.40 4.42
初中 15210.30 14980.00 1.54
""",
       [('per_student_general_budget_expenditure', 'junior', 2022, '14980.00'),
        ('per_student_general_budget_expenditure', 'junior', 2023, '15210.30'),
        ('per_student_general_budget_expenditure', 'junior', 2023, 'change', '1.54'),
        ('per_student_general_budget_expenditure', 'primary', 2022, '11520.40'),
        ('per_student_general_budget_expenditure', 'primary', 2023, '12030.11'),
        ('per_student_general_budget_expenditure', 'primary', 2023, 'change', '4.42')],
       whole=True),
    Case('thousands_years', 'thousands separators', """项目 2,021 2,022 2,023
在校生数 14,800 15,010 15,230
""",
       [('students', None, 2021, '14,800'),
        ('students', None, 2021, '14800'),
        ('students', None, 2022, '15,010'),
        ('students', None, 2022, '15010'),
        ('students', None, 2023, '15,230'),
        ('students', None, 2023, '15230')]),
    Case('year_rows', 'years as labels', """年份 学校数 在校生数 专任教师数
2019 28 14100 900
2020 27 14400 920
2021 26 14800 950
2022 25 15010 970
2023 24 15230 986
""",
       [('full_time_teachers', None, 2019, '900'),
        ('full_time_teachers', None, 2020, '920'),
        ('full_time_teachers', None, 2021, '950'),
        ('full_time_teachers', None, 2022, '970'),
        ('full_time_teachers', None, 2023, '986'),
        ('schools', None, 2019, '28'),
        ('schools', None, 2020, '27'),
        ('schools', None, 2021, '26'),
        ('schools', None, 2022, '25'),
        ('schools', None, 2023, '24'),
        ('students', None, 2019, '14100'),
        ('students', None, 2020, '14400'),
        ('students', None, 2021, '14800'),
        ('students', None, 2022, '15010'),
        ('students', None, 2023, '15230')],
       whole=True),
    Case('year_rows_counts_only', 'years as labels', """年份 小学在校生数 初中在校生数
2019 14100 7200
2020 14400 7350
2021 14800 7500
2022 15010 7650
2023 15230 7810
""",
       [('students', 'junior', 2019, '7200'),
        ('students', 'junior', 2020, '7350'),
        ('students', 'junior', 2021, '7500'),
        ('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2019, '14100'),
        ('students', 'primary', 2020, '14400'),
        ('students', 'primary', 2021, '14800'),
        ('students', 'primary', 2022, '15010'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('year_rows_2024', 'years as labels', """年份 学校数 在校生数 专任教师数
2022 25 15010 970
2023 24 15230 986
2024 24 15400 1000
""",
       [('full_time_teachers', None, 2022, '970'),
        ('full_time_teachers', None, 2023, '986'),
        ('schools', None, 2022, '25'),
        ('schools', None, 2023, '24'),
        ('students', None, 2022, '15010'),
        ('students', None, 2023, '15230')],
       whole=True),
    Case('year_in_cells_count', 'years as labels', """学段 学校数 在校生数 建校年份
小学 24 15230 2019
初中 9 7810 2020
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('title_under_next', 'captions above and under tables', """学段 学校数 在校生数
小学 24 15230
初中 9 7810
表2 桐山县各级学校基本情况
学段 学校数 在校生数
小学 30 18000
初中 11 9100
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('title_under_next_own', 'captions above and under tables', """表1 全市各级学校基本情况
学段 学校数 在校生数
小学 120 88000
初中 45 41000
表2 桐溪县各级学校基本情况
学段 学校数 在校生数
小学 24 15230
初中 9 7810
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('caption_below_unit', 'captions above and under tables', """学段 生均公用经费
小学 800
初中 1000
单位:元
表2 在校生情况 单位:人
学段 在校生数
小学 15230
初中 7810
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('scope_cols_a', 'whole-area columns and rows', """指标 全国 全省 全市 全县
学前三年毛入园率(%) 89.7 91.0 92.4 93.5
九年义务教育巩固率(%) 95.5 96.0 97.1 98.2
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('scope_cols_b', 'whole-area columns and rows', """指标 全县 全市 全省
学前三年毛入园率(%) 93.5 92.4 91.0
九年义务教育巩固率(%) 98.2 97.1 96.0
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('scope_cols_c', 'whole-area columns and rows', """指标 全市 桐溪县 全省
学前三年毛入园率(%) 92.4 93.5 91.0
九年义务教育巩固率(%) 97.1 98.2 96.0
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')],
       whole=True),
    Case('scope_cols_d', 'whole-area columns and rows', """指标 全省 全市
学前三年毛入园率(%) 91.0 92.4
九年义务教育巩固率(%) 96.0 97.1
""",
       []),
    Case('scope_rows', 'whole-area columns and rows', """地区 学前三年毛入园率(%) 九年义务教育巩固率(%)
全省 91.0 96.0
全市 92.4 97.1
全县 93.5 98.2
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('scope_rows_own_first', 'whole-area columns and rows', """地区 学前三年毛入园率(%) 九年义务教育巩固率(%)
桐溪县 93.5 98.2
全市 92.4 97.1
全省 91.0 96.0
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')],
       whole=True),
    Case('scope_rows_no_own', 'whole-area columns and rows', """地区 学前三年毛入园率(%) 九年义务教育巩固率(%)
全省 91.0 96.0
全市 92.4 97.1
""",
       []),
    Case('types_complete_middle', 'school types beside stages', """单位:所
类别 学校数
小学 24
初中 6
完全中学 2
九年一贯制学校 3
""",
       [('schools', 'primary', 2023, '24')],
       whole=True),
    Case('types_twelve', 'school types beside stages', """单位:所、人
类别 学校数 在校生数
普通高中 2 4120
十二年一贯制学校 1 2300
初中 8 7100
""",
       [('schools', 'junior', 2023, '8')]),
    Case('types_teaching_points', 'school types beside stages', """单位:所、人
类别 学校数 在校生数
小学 24 15230
其中:教学点 11 620
初中 9 7810
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('types_teaching_points_row', 'school types beside stages', """单位:所、人
类别 学校数 在校生数
小学 24 15230
教学点 11 620
初中 9 7810
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('types_nine_year_part', 'school types beside stages', """单位:所
类别 学校数
初中 9
其中:九年一贯制学校 3
小学 24
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24')],
       whole=True),
    Case('joint_teachers_staff', 'joint headers', """单位:人
学段 教职工及专任教师 在校生数
小学 986 15230
初中 612 7810
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('joint_stages_row', 'joint headers', """单位:所、人
学段 学校数 在校生数
小学和初中 33 23040
普通高中 2 4120
""",
       [('schools', 'senior', 2023, '2'),
        ('students', 'senior', 2023, '4120')],
       whole=True),
    Case('joint_stages_col', 'joint headers', """单位:人
指标 小学和初中 普通高中
在校生数 23040 4120
专任教师数 1598 305
""",
       [('full_time_teachers', 'senior', 2023, '305'),
        ('students', 'senior', 2023, '4120')],
       whole=True),
    Case('joint_zhongxiao', 'joint headers', """单位:人
指标 中小学 幼儿园
在校生数 27160 6800
专任教师数 1903 420
""",
       [('full_time_teachers', 'kindergarten', 2023, '420'),
        ('students', 'kindergarten', 2023, '6800')],
       whole=True),
    Case('joint_staff_teachers_sep', 'joint headers', """单位:人
学段 教职工数 专任教师数
小学 1100 986
初中 700 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986')],
       whole=True),
    Case('broken_header', 'words broken over lines', """学段 学校 在校 专任
 数 生数 教师数
小学 24 15230 986
初中 9 7810 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('broken_header2', 'words broken over lines', """学段 学校数 在校生 专任教师
(所) (人) (人)
小学 24 15230 986
初中 9 7810 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('broken_label_rows', 'words broken over lines', """单位:元
项目 小学 初中
生均一般公共预算
公用经费 800 1000
生均一般公共预算
教育经费 12030 15210
""",
       [('per_student_general_budget_expenditure', 'junior', 2023, '15210'),
        ('per_student_general_budget_expenditure', 'primary', 2023, '12030'),
        ('per_student_public_funding', 'junior', 2023, '1000'),
        ('per_student_public_funding', 'primary', 2023, '800')],
       whole=True),
    Case('broken_label_not_joined', 'words broken over lines', """单位:元
项目 小学 初中
教育事业费
生均公用经费 800 1000
""",
       [('per_student_public_funding', 'junior', 2023, '1000'),
        ('per_student_public_funding', 'primary', 2023, '800')]),
    Case('funding_bulletin', 'change columns', """表1 2023年桐溪县教育经费总投入情况
单位:万元
项目 2023年 2022年 增长%
教育经费总投入 85210 80120 6.35
一般公共预算教育经费 71860 68200 5.37
""",
       [('edu_general_budget_expenditure', None, 2022, '68200'),
        ('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_general_budget_expenditure', None, 2023, 'change', '5.37'),
        ('edu_total_investment', None, 2022, '80120'),
        ('edu_total_investment', None, 2023, '85210'),
        ('edu_total_investment', None, 2023, 'change', '6.35')],
       whole=True),
    Case('funding_pct_share', 'change columns', """项目 2023年 2022年 增减(百分点)
一般公共预算教育经费占一般公共预算支出比例(%) 17.5 16.8 0.7
""",
       []),
    Case('percapita_by_stage_tab', 'change columns', '表2 生均一般公共预算公用经费(单位:元)\n学段\t2023年\t2022年\t增长%\n小学\t800\t780\t2.56\n初中\t1000\t950\t5.26\n普通高中\t1200\t1180\t1.69\n',
       [('per_student_public_funding', 'junior', 2022, '950'),
        ('per_student_public_funding', 'junior', 2023, '1000'),
        ('per_student_public_funding', 'junior', 2023, 'change', '5.26'),
        ('per_student_public_funding', 'primary', 2022, '780'),
        ('per_student_public_funding', 'primary', 2023, '800'),
        ('per_student_public_funding', 'primary', 2023, 'change', '2.56'),
        ('per_student_public_funding', 'senior', 2022, '1180'),
        ('per_student_public_funding', 'senior', 2023, '1200'),
        ('per_student_public_funding', 'senior', 2023, 'change', '1.69')],
       whole=True),
    Case('one_cell_a_line_scope', 'whole-area columns and rows', """指标
全县
全市
学前三年毛入园率(%)
93.5
92.4
九年义务教育巩固率(%)
98.2
97.1
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('one_cell_a_line_plan', 'one figure column', """指标
2023年
2025年目标
学前三年毛入园率(%)
91.2
95
九年义务教育巩固率(%)
97.3
98
""",
       [('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('plan_cols', 'one figure column', """指标 2020年 2023年 2025年
学前三年毛入园率(%) 85.0 91.2 95
九年义务教育巩固率(%) 95.0 97.3 98
""",
       [('compulsory_retention_rate', None, 2020, '95.0'),
        ('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2020, '85.0'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('plan_cols_target', 'one figure column', """指标 基期值 现状值 目标值
学前三年毛入园率(%) 85.0 91.2 95
九年义务教育巩固率(%) 95.0 97.3 98
""",
       [('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('standard_col', 'one figure column', """单位:元
学段 省定标准 实际拨付
小学 650 800
初中 850 1000
""",
       []),
    Case('avg_row', 'whole-area columns and rows', """单位:人
地区 小学在校生数 初中在校生数
桐溪县 15230 7810
全市平均 16000 8000
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('town_rows', 'whole-area columns and rows', """单位:人
乡镇 小学在校生数 初中在校生数
城关镇 5230 3810
桐林乡 4000 2000
合计 15230 7810
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('town_rows_no_total', 'whole-area columns and rows', """单位:人
乡镇 小学在校生数 初中在校生数
城关镇 5230 3810
桐林乡 4000 2000
""",
       []),
    Case('pipe_header_units', 'other', """| 学段 | 学校数(所) | 在校生数(人) | 专任教师数(人) |
| --- | --- | --- | --- |
| 小学 | 24 | 15230 | 986 |
| 初中 | 9 | 7810 | 612 |
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('wan_caption_values_with_yuan', 'other', """单位:万元
项目 金额
一般公共预算教育经费 71860
生均公用经费(元) 800
""",
       [('edu_general_budget_expenditure', None, 2023, '71860')],
       whole=True),
    Case('budget_final_no_caption_unit', '决算数 beside 预算数', """项目 预算数(万元) 决算数(万元) 完成预算%
一般公共预算教育经费 70000 71860 102.7
教育费附加征收额 3000 3150 105.0
""",
       [('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_surcharge_collected', None, 2023, '3150')],
       whole=True),
    Case('kv_other_year', 'key-value bar lines', """2022年主要数据
小学在校生 | 15010人
初中在校生 | 7650人
小学专任教师 | 970人
初中专任教师 | 600人
""",
       [('full_time_teachers', 'junior', 2022, '600'),
        ('full_time_teachers', 'primary', 2022, '970'),
        ('students', 'junior', 2022, '7650'),
        ('students', 'primary', 2022, '15010')],
       whole=True),
    Case('prev_year_rows_label', 'years as labels', """单位:人
项目 小学 初中
上年在校生数 15010 7650
本年在校生数 15230 7810
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2022, '15010'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('cv_stage_table', 'other', """项目 小学 初中
生均教学仪器设备值差异系数 0.412 0.356
生均图书册数差异系数 0.389 0.301
""",
       [('cv_books_per_student_stated', 'junior', 2023, '0.301'),
        ('cv_books_per_student_stated', 'primary', 2023, '0.389'),
        ('cv_equipment_per_student_stated', 'junior', 2023, '0.356'),
        ('cv_equipment_per_student_stated', 'primary', 2023, '0.412')]),
    Case('cv_with_standard', 'other', """项目 小学 初中 国家标准
生均教学仪器设备值差异系数 0.412 0.356 0.50
生均图书册数差异系数 0.389 0.301 0.50
""",
       [('cv_books_per_student_stated', 'junior', 2023, '0.301'),
        ('cv_books_per_student_stated', 'primary', 2023, '0.389'),
        ('cv_equipment_per_student_stated', 'junior', 2023, '0.356'),
        ('cv_equipment_per_student_stated', 'primary', 2023, '0.412')]),
    Case('chg_amount_pct_named', 'change columns', """表1 在校生数(单位:人)
学段 2023年 2022年 增减 增长%
小学 15230 14800 430 2.91
初中 7810 7650 160 2.09
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'junior', 2023, 'change', '2.09'),
        ('students', 'primary', 2022, '14800'),
        ('students', 'primary', 2023, '15230'),
        ('students', 'primary', 2023, 'change', '2.91')],
       whole=True),
    Case('chg_pct_first_named', 'change columns', """表1 在校生数(单位:人)
学段 增长% 增减 本年 上年
小学 2.91 430 15230 14800
初中 2.09 160 7810 7650
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'junior', 2023, 'change', '2.09'),
        ('students', 'primary', 2022, '14800'),
        ('students', 'primary', 2023, '15230'),
        ('students', 'primary', 2023, 'change', '2.91')],
       whole=True),
    Case('chg_neg_named', 'change columns', """表1 在校生数(单位:人)
学段 本年 上年 比上年增减
小学 15230 15800 -570
初中 7810 7650 160
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2022, '15800'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('chg_pct_cells_named', 'change columns', """表1 在校生数(单位:人)
学段 本年 上年 比上年
小学 15230 14800 2.9%
初中 7810 7650 2.1%
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'junior', 2023, 'change', '2.1'),
        ('students', 'primary', 2022, '14800'),
        ('students', 'primary', 2023, '15230'),
        ('students', 'primary', 2023, 'change', '2.9')],
       whole=True),
    Case('chg_only_change_pct', 'change columns', """表1 在校生数(单位:人)
学段 本年 增长%
小学 15230 2.91
初中 7810 2.09
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'junior', 2023, 'change', '2.09'),
        ('students', 'primary', 2023, '15230'),
        ('students', 'primary', 2023, 'change', '2.91')],
       whole=True),
    Case('chg_prev_first_amount', 'change columns', """单位:万元
项目 上年 本年 增减额 增减%
教育经费总投入 80120 85210 5090 6.35
一般公共预算教育经费 68200 71860 3660 5.37
""",
       [('edu_general_budget_expenditure', None, 2022, '68200'),
        ('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_general_budget_expenditure', None, 2023, 'change', '5.37'),
        ('edu_total_investment', None, 2022, '80120'),
        ('edu_total_investment', None, 2023, '85210'),
        ('edu_total_investment', None, 2023, 'change', '6.35')],
       whole=True),
    Case('chg_pct_no_prev', 'change columns', """单位:万元
项目 金额 比上年增长(%)
教育经费总投入 85210 6.35
一般公共预算教育经费 71860 5.37
""",
       [('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_general_budget_expenditure', None, 2023, 'change', '5.37'),
        ('edu_total_investment', None, 2023, '85210'),
        ('edu_total_investment', None, 2023, 'change', '6.35')],
       whole=True),
    Case('chg_points_on_money', 'change columns', """单位:万元
项目 本年 上年 增减(百分点)
教育经费总投入 85210 80120 6.35
一般公共预算教育经费 71860 68200 5.37
""",
       [('edu_general_budget_expenditure', None, 2022, '68200'),
        ('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_total_investment', None, 2022, '80120'),
        ('edu_total_investment', None, 2023, '85210')],
       whole=True),
    Case('chg_in_row', 'change columns', """单位:人
项目 小学在校生数 初中在校生数
2023年 15230 7810
2022年 14800 7650
增长% 2.91 2.09
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'junior', 2023, 'change', '2.09'),
        ('students', 'primary', 2022, '14800'),
        ('students', 'primary', 2023, '15230'),
        ('students', 'primary', 2023, 'change', '2.91')]),
    Case('thousands_vals_named', 'thousands separators', """表1 历年在校生数(单位:人)
学段 2021年 2022年 2023年
小学 14,800 15,010 15,230
初中 7,500 7,650 7,810
""",
       [('students', 'junior', 2021, '7500'),
        ('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2021, '14800'),
        ('students', 'primary', 2022, '15010'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('thousands_year_header_named', 'thousands separators', """单位:人
项目 2,021 2,022 2,023
在校生数 14,800 15,010 15,230
专任教师数 950 970 986
""",
       [('full_time_teachers', None, 2021, '950'),
        ('full_time_teachers', None, 2022, '970'),
        ('full_time_teachers', None, 2023, '986'),
        ('students', None, 2021, '14,800'),
        ('students', None, 2021, '14800'),
        ('students', None, 2022, '15,010'),
        ('students', None, 2022, '15010'),
        ('students', None, 2023, '15,230'),
        ('students', None, 2023, '15230')]),
    Case('thousands_money', 'thousands separators', """单位:万元
项目 2023年 2022年
教育经费总投入 85,210 80,120
一般公共预算教育经费 71,860 68,200
""",
       [('edu_general_budget_expenditure', None, 2022, '68200'),
        ('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_total_investment', None, 2022, '80120'),
        ('edu_total_investment', None, 2023, '85210')],
       whole=True),
    Case('year_rows_no_head_named', 'years as labels', """表1 在校生数(单位:人)
年 小学 初中
2021 14800 7500
2022 15010 7650
2023 15230 7810
""",
       [('students', 'junior', 2021, '7500'),
        ('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2021, '14800'),
        ('students', 'primary', 2022, '15010'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('year_rows_label_nianfen_one_col', 'years as labels', """年份 在校生数
2021 14800
2022 15010
2023 15230
""",
       [('students', None, 2021, '14800'),
        ('students', None, 2022, '15010'),
        ('students', None, 2023, '15230')]),
    Case('year_rows_academic', 'years as labels', """学年 小学在校生数 初中在校生数
2021-2022 14800 7500
2022-2023 15010 7650
2023-2024 15230 7810
""",
       [('students', 'junior', 2021, '7500'),
        ('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2021, '14800'),
        ('students', 'primary', 2022, '15010'),
        ('students', 'primary', 2023, '15230')]),
    Case('academic_year_col_named', 'years as labels', """表1 在校生数(单位:人)
学段 2022-2023学年 2023-2024学年
小学 15010 15230
初中 7650 7810
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2022, '15010'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('transposed_years_named', 'years as labels', """表1 在校生数(单位:人)
年度 小学 初中
2022年 15010 7650
2023年 15230 7810
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2022, '15010'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('trail_named_units', 'label column after the figures', """在校生数 专任教师数 学段
15230 986 小学
7810 612 初中
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('trail_label_after_serial', 'label column after the figures', """序号 学校数 在校生数 学段
1 24 15230 小学
2 9 7810 初中
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('trail_remark', 'label column after the figures', """学段 2022年 2023年 备注
小学在校生数 14800 15230 含教学点
初中在校生数 7650 7810 不含
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2022, '14800'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('trail_unit_named', 'label column after the figures', """项目 2022年 2023年 单位
在校生数 14800 15230 人
专任教师数 950 986 人
""",
       [('full_time_teachers', None, 2022, '950'),
        ('full_time_teachers', None, 2023, '986'),
        ('students', None, 2022, '14800'),
        ('students', None, 2023, '15230')],
       whole=True),
    Case('trail_region', 'label column after the figures', """学前三年毛入园率(%) 九年义务教育巩固率(%) 地区
93.5 98.2 桐溪县
92.4 97.1 全市
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('serial_gaps_totals', '序号 column', """序号 学段 在校生数 专任教师数
 合计 23040 1598
1 小学 15230 986
3 初中 7810 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('full_time_teachers', None, 2023, '1598'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230'),
        ('students', None, 2023, '23040')],
       whole=True),
    Case('serial_as_first_figure', '序号 column', """序号 学段 在校生数
1 小学 15230
2 初中 7810
5 普通高中 4120
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230'),
        ('students', 'senior', 2023, '4120')]),
    Case('serial_no_label', '序号 column', """序号 在校生数 专任教师数
1 15230 986
2 7810 612
""",
       []),
    Case('unit_col_total_row', '单位 column', """项目 单位 合计 小学 初中
学校数 所 33 24 9
在校生数 人 23040 15230 7810
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('schools', None, 2023, '33'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230'),
        ('students', None, 2023, '23040')],
       whole=True),
    Case('unit_col_mixed', '单位 column', """指标 单位 数值
一般公共预算教育经费 万元 71860
生均公用经费(小学) 元 800
学前三年毛入园率 % 91.2
""",
       [('edu_general_budget_expenditure', None, 2023, '71860'),
        ('per_student_public_funding', 'primary', 2023, '800'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('unit_col_after', '单位 column', """指标 数值 单位
小学在校生数 15230 人
初中在校生数 7810 人
一般公共预算教育经费 71860 万元
""",
       [('edu_general_budget_expenditure', None, 2023, '71860'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('unit_col_total_label', '单位 column', """项目 单位 数值
合计 人 23040
小学在校生数 人 15230
初中在校生数 人 7810
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230'),
        ('students', None, 2023, '23040')]),
    Case('bars_neighbour_inline', 'key-value bar lines', """桐山县:
小学在校生 | 18000人
初中在校生 | 9100人
小学专任教师 | 1100人
初中专任教师 | 700人
""",
       []),
    Case('bars_city_caption', 'key-value bar lines', """全市教育基本情况
小学在校生 | 88000人
初中在校生 | 41000人
小学专任教师 | 5200人
初中专任教师 | 3300人
""",
       []),
    Case('bars_target_words', 'key-value bar lines', """"十四五"目标
学前三年毛入园率 | 95%
九年义务教育巩固率 | 97%
普惠性幼儿园覆盖率 | 90%
高中阶段毛入学率 | 95%
""",
       []),
    Case('bars_prev_year', 'key-value bar lines', """上年数据
小学在校生 | 14800人
初中在校生 | 7650人
小学专任教师 | 950人
初中专任教师 | 600人
""",
       [('full_time_teachers', 'junior', 2022, '600'),
        ('full_time_teachers', 'primary', 2022, '950'),
        ('students', 'junior', 2022, '7650'),
        ('students', 'primary', 2022, '14800')]),
    Case('bars_national_labels', 'key-value bar lines', """全国学前三年毛入园率 | 89.7%
全国九年义务教育巩固率 | 95.5%
全国高中阶段毛入学率 | 91.8%
全国普惠性幼儿园覆盖率 | 90.8%
""",
       []),
    Case('one_col_avg', 'one figure column', """指标 全市平均
学前三年毛入园率(%) 92.4
九年义务教育巩固率(%) 98.1
""",
       []),
    Case('one_col_standard', 'one figure column', """指标 省定标准
生均公用经费(元) 650
学前三年毛入园率(%) 85
""",
       []),
    Case('one_col_caption_2025', 'one figure column', """2025年主要指标
指标 数值
学前三年毛入园率(%) 95
九年义务教育巩固率(%) 97
""",
       []),
    Case('one_col_caption_neighbour', 'one figure column', """桐山县2023年主要指标
指标 数值
学前三年毛入园率(%) 92.4
九年义务教育巩固率(%) 98.1
""",
       []),
    Case('one_col_caption_own', 'one figure column', """桐溪县2023年主要指标
指标 数值
学前三年毛入园率(%) 91.2
九年义务教育巩固率(%) 97.3
""",
       [('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('one_col_prev', 'one figure column', """指标 上年
学前三年毛入园率(%) 88.5
九年义务教育巩固率(%) 96.1
""",
       [('compulsory_retention_rate', None, 2022, '96.1'),
        ('preschool_gross_enrollment_rate', None, 2022, '88.5')],
       whole=True),
    Case('one_col_expected', 'one figure column', """指标 预期值
学前三年毛入园率(%) 95
九年义务教育巩固率(%) 97
""",
       []),
    Case('budget_adj_final_mixed', '决算数 beside 预算数', """单位:万元
项目 调整预算数 决算数 决算为调整预算%
教育经费总投入 86000 85210 99.1
一般公共预算教育经费 72500 71860 99.1
""",
       [('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_total_investment', None, 2023, '85210')],
       whole=True),
    Case('budget_rows', '决算数 beside 预算数', """单位:万元
项目 一般公共预算教育经费 教育费附加征收额
预算数 70000 3000
调整预算数 72500 3200
决算数 71860 3150
""",
       [('edu_general_budget_expenditure', None, 2023, '71860'),
        ('edu_surcharge_collected', None, 2023, '3150')],
       whole=True),
    Case('budget_final_prior_final', '决算数 beside 预算数', """单位:万元
项目 2023年预算数 2023年决算数 2022年决算数
一般公共预算教育经费 70000 71860 68200
""",
       [('edu_general_budget_expenditure', None, 2022, '68200'),
        ('edu_general_budget_expenditure', None, 2023, '71860')]),
    Case('budget_next_year', '决算数 beside 预算数', """单位:万元
项目 2023年决算数 2024年预算数
一般公共预算教育经费 71860 74000
""",
       [('edu_general_budget_expenditure', None, 2023, '71860')]),
    Case('scope_cols_e', 'whole-area columns and rows', """指标 全县 全省 全国
学前三年毛入园率(%) 93.5 91.0 89.7
九年义务教育巩固率(%) 98.2 96.0 95.5
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('scope_cols_f', 'whole-area columns and rows', """指标 桐溪县 全市 全国
学前三年毛入园率(%) 93.5 92.4 89.7
""",
       [('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('scope_cols_g', 'whole-area columns and rows', """指标 本县 全市
学前三年毛入园率(%) 93.5 92.4
九年义务教育巩固率(%) 98.2 97.1
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('scope_cols_h', 'whole-area columns and rows', """指标 全市 我县
学前三年毛入园率(%) 92.4 93.5
九年义务教育巩固率(%) 97.1 98.2
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')]),
    Case('scope_rows_b', 'whole-area columns and rows', """地区 学前三年毛入园率(%) 九年义务教育巩固率(%)
全国 89.7 95.5
桐溪县 93.5 98.2
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')],
       whole=True),
    Case('scope_rows_shiji', 'whole-area columns and rows', """地区 学前三年毛入园率(%) 九年义务教育巩固率(%)
市级 92.4 97.1
桐溪县 93.5 98.2
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')],
       whole=True),
    Case('scope_rows_neighbour', 'whole-area columns and rows', """地区 学前三年毛入园率(%) 九年义务教育巩固率(%)
桐溪县 93.5 98.2
桐山县 92.4 97.1
""",
       [('compulsory_retention_rate', None, 2023, '98.2'),
        ('preschool_gross_enrollment_rate', None, 2023, '93.5')],
       whole=True),
    Case('types_students_nine_year', 'school types beside stages', """单位:所、人
类别 学校数 在校生数
小学 24 15230
九年一贯制学校 3 2100
初级中学 6 5710
""",
       [('schools', 'primary', 2023, '24')]),
    Case('types_students_complete', 'school types beside stages', """单位:所、人
类别 学校数 在校生数
高级中学 1 2000
完全中学 2 3100
初级中学 7 6500
""",
       [('schools', 'junior', 2023, '7')]),
    Case('types_stage_and_type_cols', 'school types beside stages', """单位:所
学段 学校数 其中:九年一贯制
小学 24 0
初中 9 3
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24')],
       whole=True),
    Case('types_jiaoxuedian_as_stage', 'school types beside stages', """单位:个、人
类别 教学点数 在校生数
教学点 11 620
""",
       []),
    Case('joint_teachers_students', 'joint headers', """单位:人
学段 在校生和专任教师
小学 16216
初中 8422
""",
       []),
    Case('joint_preschool_primary', 'joint headers', """单位:人
指标 幼儿园和小学 初中
在校生数 22030 7810
专任教师数 1406 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('students', 'junior', 2023, '7810')],
       whole=True),
    Case('joint_yiwu', 'joint headers', """单位:人
指标 义务教育 普通高中
在校生数 23040 4120
专任教师数 1598 305
""",
       [('full_time_teachers', 'senior', 2023, '305'),
        ('students', 'senior', 2023, '4120')],
       whole=True),
    Case('joint_staff_and_teachers_cols', 'joint headers', """单位:人
学段 教职工 其中:专任教师
小学 1100 986
初中 700 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986')],
       whole=True),
    Case('broken_header_wrapped_unit', 'words broken over lines', """学段 学校数 在校生 专任教
 (所) 数(人) 师数(人)
小学 24 15230 986
初中 9 7810 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986'),
        ('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('broken_label_joined_wrong', 'words broken over lines', """单位:元
项目 小学 初中
一般公共预算
教育经费 12030 15210
""",
       []),
    Case('broken_label_stage_first', 'words broken over lines', """单位:人
项目 2022年 2023年
小学
在校生数 14800 15230
初中
在校生数 7650 7810
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2022, '14800'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('caption_next_after', 'captions above and under tables', """学段 在校生数
小学 15230
初中 7810
表1 桐溪县2023年在校生情况(单位:人)
表2 桐山县2023年在校生情况(单位:人)
学段 在校生数
小学 18000
初中 9100
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('caption_after_table_own', 'captions above and under tables', """学段 学校数 在校生数
小学 24 15230
初中 9 7810
表1 桐溪县2023年各级学校基本情况(单位:所、人)
""",
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('caption_after_table_other', 'captions above and under tables', """学段 学校数 在校生数
小学 30 18000
初中 11 9100
表1 桐山县2023年各级学校基本情况(单位:所、人)
""",
       []),
    Case('title_under_next_plan', 'captions above and under tables', """学段 在校生数
小学 15230
初中 7810
表2 2025年发展目标(单位:人)
学段 在校生数
小学 16000
初中 8200
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('title_under_next_neighbour', 'captions above and under tables', """表1 桐溪县2023年在校生情况(单位:人)
学段 在校生数
小学 15230
初中 7810
表2 桐山县2023年专任教师情况(单位:人)
学段 专任教师数
小学 1100
初中 700
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('title_above_neighbour_then_own_title', 'captions above and under tables', """表1 桐山县2023年在校生情况(单位:人)
学段 在校生数
小学 18000
初中 9100
表2 桐溪县2023年专任教师情况(单位:人)
学段 专任教师数
小学 986
初中 612
""",
       [('full_time_teachers', 'junior', 2023, '612'),
        ('full_time_teachers', 'primary', 2023, '986')]),
    Case('bars_label_years', 'key-value bar lines', """桐溪县主要指标
2025年学前三年毛入园率 | 95%
2025年九年义务教育巩固率 | 97%
2023年学前三年毛入园率 | 91.2%
2023年九年义务教育巩固率 | 97.3%
""",
       [('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')],
       whole=True),
    Case('bars_label_prev', 'key-value bar lines', """桐溪县主要指标
上年小学在校生 | 14800人
上年初中在校生 | 7650人
本年小学在校生 | 15230人
本年初中在校生 | 7810人
""",
       [('students', 'junior', 2022, '7650'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2022, '14800'),
        ('students', 'primary', 2023, '15230')],
       whole=True),
    Case('bars_province_caption_words', 'key-value bar lines', """全省平均水平
学前三年毛入园率 | 91.0%
九年义务教育巩固率 | 96.0%
普惠性幼儿园覆盖率 | 88.0%
高中阶段毛入学率 | 92.0%
""",
       []),
    Case('bars_budget_caption', 'key-value bar lines', """2023年教育经费预算
一般公共预算教育经费 | 70000万元
教育费附加征收额 | 3000万元
教育经费总投入 | 84000万元
一般公共预算支出 | 400000万元
""",
       []),
    Case('one_col_target_2025_header', 'one figure column', """指标 2025年目标
学前三年毛入园率(%) 95
九年义务教育巩固率(%) 97
""",
       []),
    Case('one_col_caption_standard', 'one figure column', """省定办园标准
指标 数值
学前三年毛入园率(%) 85
普惠性幼儿园覆盖率(%) 80
""",
       []),
    Case('one_col_budget_header', 'one figure column', """单位:万元
项目 预算数
一般公共预算教育经费 70000
教育费附加征收额 3000
""",
       []),
    Case('trail_named_one_fig', 'label column after the figures', """在校生数 学段
15230 小学
7810 初中
""",
       [('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('trail_named_tab', 'label column after the figures', '学校数\t在校生数\t学段\n24\t15230\t小学\n9\t7810\t初中\n',
       [('schools', 'junior', 2023, '9'),
        ('schools', 'primary', 2023, '24'),
        ('students', 'junior', 2023, '7810'),
        ('students', 'primary', 2023, '15230')]),
    Case('trail_year_after', 'label column after the figures', """学前三年毛入园率(%) 九年义务教育巩固率(%) 年份
91.2 97.3 2023
88.5 96.1 2022
""",
       [('compulsory_retention_rate', None, 2022, '96.1'),
        ('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2022, '88.5'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')]),
    Case('trail_unnamed_unit_rate', 'label column after the figures', """项目 2022年 2023年
学前三年毛入园率 88.5 91.2 %
九年义务教育巩固率 96.1 97.3 %
""",
       [('compulsory_retention_rate', None, 2022, '96.1'),
        ('compulsory_retention_rate', None, 2023, '97.3'),
        ('preschool_gross_enrollment_rate', None, 2022, '88.5'),
        ('preschool_gross_enrollment_rate', None, 2023, '91.2')]),
    Case('trail_unnamed_remark_prev', 'label column after the figures', """项目 2023年 2022年
在校生数 15230 14800 人
专任教师数 986 950 人
""",
       [('full_time_teachers', None, 2022, '950'),
        ('full_time_teachers', None, 2023, '986'),
        ('students', None, 2022, '14800'),
        ('students', None, 2023, '15230')]),
    Case('single_caption_neighbour', 'captions above and under tables', """表1 桐山县2023年在校生情况(单位:人)
学段 在校生数
小学 18000
初中 9100
""",
       []),
    Case('single_caption_neighbour_3col', 'captions above and under tables', """表1 桐山县2023年各级学校基本情况(单位:所、人)
学段 学校数 在校生数
小学 30 18000
初中 11 9100
""",
       []),
    Case('single_caption_city_3col', 'captions above and under tables', """全市2023年各级学校基本情况(单位:所、人)
学段 学校数 在校生数
小学 120 88000
初中 45 41000
""",
       []),
    Case('single_caption_budget_3col', 'captions above and under tables', """2023年教育经费预算(单位:万元)
项目 小学 初中
一般公共预算教育经费 30000 20000
""",
       []),
]

# the cases read wrongly today, with the class of the fault
WRONG: dict[str, str] = {}  # every wrong reading the review found is mended (main, h-extract13); a new one goes here


def _read(case: Case) -> set:
    draft = extract_text(case.text, "report.txt", CODE, PERIOD, name=NAME)
    for p in draft.facts:
        assert draft.quote(p) in case.text  # every quote the table's own text
    got = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}
    return got | {(p.indicator, p.stage, p.period, "change", p.stated["change_pct"]) for p in draft.facts
                  if "change_pct" in p.stated}


def test_the_cases_are_many_their_ids_unique_and_every_wrong_one_a_case():
    check_cases(CASES, WRONG, 60)


@pytest.mark.parametrize("case", no_wrong_params(CASES, WRONG))
def test_no_wrong_reading(case):
    assert_nothing_wrong(_read(case), case)


@pytest.mark.parametrize("case", whole_params(CASES))
def test_read_whole(case):
    assert _read(case) == set(case.facts)
