"""An eighth set of whole own-made documents, read end to end (h-review34f, issue 24): kinds and styles the documents of
test_extract_documents32d.py, 33.py, 33c.py, 33e.py, 33g.py, 33i.py, 34a.py, 34b.py and 34c.py do not have.

(1) a county's 教育统计资料汇编 whose tables are pasted with TABs and a TWO-ROW header (学校数 | 在校生 | 专任教师 on the
first row, 合计 | 其中民办 under each on the second, the merged cells left empty), the stages as rows, a 总计 row first;
(2) a county government's formal 自查报告 writing many figures in Chinese numerals (一百零六所, 四万二千六百一十八人,
百分之九十五点六, 两个, 二〇二三年) beside others in digits; (3) a report converted to markdown: # headings, **bold**
labels (**在校生**:…), | 指标 | 2022年 | 2023年 | tables, one with a 2025年目标 column; (4) a report whose tables carry
notes under them that change their scope (注:在校生数含教学点 — still the whole; 注:本表不含县直学校 — a part;
注:数据截至2023年6月 — half a year; 注:本表仅统计公办幼儿园 — a part); (5) a 统计公报 whose main indicators are a
list with thousands separators (56,218), the unit in its own column, the prior year beside, changes written ▲/▼ or
+/− and "-" for none, columns apart by full-width spaces; (6) a two-column PDF's text layer whose two columns' lines are
interleaved (a left line, a right line, a left line…): a sentence of one column is cut every line by a line of the
other.
Every place and figure is made up (潆水县 360898, 梧岗县 520898, 漓坪县 441098, 蕉源县 130998, 槐阴县 210998, 荻川县
150898 exist nowhere); nothing is copied from tests/data/reports/ or from the nine earlier files.

HAND is what a careful reader attaches to the document's entity (indicator, stage, period, value) by the conventions
of tests/data/reports/README.md: figures of standards, targets, other entities (全市) or of another year are not the
entity's; a part (其中民办, 公办, a table without the 县直 schools, half a year) is not the whole; a prior year's figure is
taken only where written (比上年的…, a 2022年 column). Figures check_whole cannot find as keyed — written in Chinese
numerals (CN_WRITTEN) or with thousands separators (SEPARATED) — are keyed apart with the form they are written in,
checked against the text by their own test (cn2an for the numerals), counted by their own recall test and allowed
in ALSO. In the two-column layer (6) HAND holds only figures whose name, figure and unit sit on one line of one
column; those a reader must piece together across the other column's lines are in ALSO (right if read right, not
counted); a name of one column joined to a figure of the other is wrong. The constraint is 0 wrong
(test_no_wrong_reading, a strict xfail where one is read wrongly today, its reason the class of the fault); the
objective is recall, held at today's count (test_recall_not_lower). Past 400 lines for a reason: the file is six
whole documents and their keys; the tests are at the end.
"""

import re
import unicodedata
from pathlib import Path

import cn2an
import pytest
from whole_documents import Doc, assert_no_wrong, assert_recall, check_whole, draft_of, read_doc, wrong_params


# (1) a 统计资料汇编: tables pasted with TABs, a two-row header (合计 | 其中民办 under each quantity) ---------------------
TABBED = """潆水县2023年教育统计资料汇编(节选)
潆水县教育局统计科 编
2024年3月

说明:本汇编数据为2023/2024学年初统计数,学校数不含教学点。各表由统计报表系统导出后粘贴,合并单元格已拆开。

一、各级各类学校基本情况
表1 2023年全县各级各类学校、在校生和专任教师
学段\t学校数(所)\t\t在校生(人)\t\t专任教师(人)\t
\t合计\t其中民办\t合计\t其中民办\t合计\t其中民办
总计\t118\t27\t52684\t6215\t3874\t462
幼儿园\t56\t24\t9832\t4126\t628\t351
小学\t38\t1\t25416\t862\t1846\t52
初中\t16\t2\t12105\t1227\t1005\t59
普通高中\t5\t0\t4018\t0\t312\t0
中等职业学校\t2\t0\t1189\t0\t76\t0
特殊教育学校\t1\t0\t124\t0\t7\t0

表2 2023年全县中小学教学班和班额
学段\t教学班(个)\t\t56人以上大班额(个)\t\t66人以上超大班额(个)\t
\t合计\t其中民办\t合计\t其中民办\t合计\t其中民办
小学\t562\t18\t4\t2\t0\t0
初中\t268\t27\t3\t3\t0\t0

表3 2022年全县各级各类学校、在校生和专任教师(上年同口径)
学段\t学校数(所)\t\t在校生(人)\t\t专任教师(人)\t
\t合计\t其中民办\t合计\t其中民办\t合计\t其中民办
总计\t121\t29\t51936\t6348\t3815\t470
幼儿园\t59\t26\t10214\t4305\t633\t358
小学\t38\t1\t24688\t851\t1812\t53
初中\t16\t2\t11846\t1192\t978\t59

二、主要发展指标
全县学前三年毛入园率为93.8%,普惠性幼儿园覆盖率为90.6%,公办园在园幼儿占比为58.0%。
全县幼儿园专任教师中,持证专任教师572人。
九年义务教育巩固率为98.5%,高中阶段毛入学率为94.2%。
适龄残疾儿童少年义务教育入学率为97.3%,随班就读残疾学生96人。
全市学前三年毛入园率为92.1%,九年义务教育巩固率为97.8%(引自市教育局快报)。

三、教育经费
2023年本县一般公共预算教育支出68215万元,比上年的65107万元增长4.77%;财政经常性收入91362万元。
小学、初中生均一般公共预算公用经费分别为1102元、1348元,均高于省定标准(小学720元、初中940元)。

四、填表说明
1.表中"其中民办"为民办学校数及其在校生、专任教师数,已含在"合计"内。
2.在校生数不含成人教育学员;专任教师数不含代课教师。
3.表2大班额按班级实际人数统计。
4.表3为上年同口径数据,供比较使用。

潆水县教育局统计科
2024年3月18日
"""

_TAB_ROWS = [("kindergarten", "56", "9832", "628"), ("primary", "38", "25416", "1846"), ("junior", "16", "12105", "1005"),
             ("senior", "5", "4018", "312"), ("vocational", "2", "1189", "76"), ("special", "1", "124", "7")]
TABBED_HAND = [
    ("schools", None, 2023, "118"), ("students", None, 2023, "52684"), ("full_time_teachers", None, 2023, "3874"),
] + [(ind, s, 2023, v) for s, *vals in _TAB_ROWS for ind, v in zip(("schools", "students", "full_time_teachers"), vals)] + [
    ("private_kindergartens", None, 2023, "24"),
    ("classes", "primary", 2023, "562"), ("classes", "junior", 2023, "268"),
    ("large_classes", "primary", 2023, "4"), ("large_classes", "junior", 2023, "3"),
    ("schools", None, 2022, "121"), ("students", None, 2022, "51936"), ("full_time_teachers", None, 2022, "3815"),
    ("schools", "kindergarten", 2022, "59"), ("students", "kindergarten", 2022, "10214"),
    ("full_time_teachers", "kindergarten", 2022, "633"),
    ("schools", "primary", 2022, "38"), ("students", "primary", 2022, "24688"), ("full_time_teachers", "primary", 2022, "1812"),
    ("schools", "junior", 2022, "16"), ("students", "junior", 2022, "11846"), ("full_time_teachers", "junior", 2022, "978"),
    ("private_kindergartens", None, 2022, "26"),
    ("preschool_gross_enrollment_rate", None, 2023, "93.8"), ("inclusive_kindergarten_coverage", None, 2023, "90.6"),
    ("public_kindergarten_enrollment_share", None, 2023, "58.0"), ("certified_teachers", "kindergarten", 2023, "572"),
    ("compulsory_retention_rate", None, 2023, "98.5"), ("senior_secondary_gross_enrollment_rate", None, 2023, "94.2"),
    ("disabled_children_enrollment_rate", None, 2023, "97.3"), ("disabled_students_in_regular_classes", None, 2023, "96"),
    ("edu_general_budget_expenditure", None, 2023, "68215"), ("edu_general_budget_expenditure", None, 2022, "65107"),
    ("fiscal_recurrent_revenue", None, 2023, "91362"),
    ("per_student_public_funding", "primary", 2023, "1102"), ("per_student_public_funding", "junior", 2023, "1348"),
]
TABBED_ALSO = [
    ("public_kindergarten_enrollment_share", None, 2023, "58"), ("special_education_schools", None, 2023, "1"),
    ("super_large_classes", "primary", 2023, "0"), ("super_large_classes", "junior", 2023, "0"),
    ("edu_appropriation_growth_rate", None, 2023, "4.77"),
    ("parent_preschool_gross_enrollment_rate", None, 2023, "92.1"), ("parent_compulsory_retention_rate", None, 2023, "97.8"),
]


# (2) a formal 自查报告: figures in Chinese numerals beside figures in digits -------------------------------------------
CHINESE = """梧岗县人民政府关于二〇二三年度履行教育职责情况的自查报告
梧政报〔2024〕12号

市人民政府教育督导委员会:
根据《市人民政府教育督导委员会关于开展二〇二三年度县级人民政府履行教育职责评价工作的通知》要求,我县对二〇二三年度履行教育职责情况进行了全面自查。现将自查情况报告如下。

一、基本情况
梧岗县辖十一个乡镇,总面积一千四百二十六平方公里。
全县共有各级各类学校一百零六所,其中幼儿园四十八所,小学三十五所,初中十六所,普通高中四所,中等职业学校二所,特殊教育学校一所。
全县在校学生四万二千六百一十八人。其中,在园幼儿8236人,比二〇二二年的七千九百八十六人增加二百五十人;小学在校生19825人;初中在校生9642人;普通高中在校生3864人;中等职业学校在校生九百五十四人;特殊教育学校在校生九十七人。
全县共有专任教师三千一百零五人,其中幼儿园专任教师536人。

二、履行教育职责情况
(一)学前教育普及普惠
全县学前三年毛入园率达到百分之九十五点六,较上年提高一点二个百分点,高于省定百分之九十的标准。
普惠性幼儿园覆盖率为91.3%,公办园在园幼儿占比为百分之五十六点二,达到国家规定的百分之五十以上的要求。
全年新建、改扩建幼儿园三所,新增学位九百六十个。

(二)义务教育优质均衡
全县九年义务教育巩固率为百分之九十八点一。
全县义务教育学校五十六人以上大班额两个,无六十六人以上超大班额。
适龄残疾儿童少年义务教育入学率为96.8%;随迁子女在公办学校和政府购买服务民办学校就读比例为百分之百。
全县不足一百人的农村小规模学校十四所,均按一百人核定公用经费。
小学、初中生均一般公共预算公用经费分别为1056元、1285元。

(三)高中阶段教育
全县高中阶段毛入学率为93.5%。优质高中招生名额分配到初中的比例为百分之六十。

(四)教师队伍建设
义务教育教师平均工资收入为九万六千八百元,当地公务员平均工资收入为95420元,教师平均工资收入不低于当地公务员平均工资收入。
交流轮岗教师占符合交流条件教师比例为百分之十六点四。
教师5年360学时培训完成率为98.2%。

(五)教育经费投入
二〇二三年,全县一般公共预算教育支出62315万元,比上年增长百分之三点八;财政经常性收入88620万元,比上年增长百分之二点九。
全县征收教育费附加一千八百二十六万元,征收地方教育附加1217万元,全部用于教育。
教育督导专项经费六十万元,列入县级财政预算。

三、存在的问题
一是城区学位供给仍然偏紧,城关第二小学平均班额五十二人。
二是乡村教师结构性缺员,音体美教师缺口约四十人。

四、下一步工作打算
二〇二四年,力争学前三年毛入园率达到百分之九十六,高中阶段毛入学率达到百分之九十五,新增学位一千二百个。

特此报告。

梧岗县人民政府
二〇二四年三月二十二日
"""

CHINESE_HAND = [
    ("students", "kindergarten", 2023, "8236"), ("students", "primary", 2023, "19825"),
    ("students", "junior", 2023, "9642"), ("students", "senior", 2023, "3864"),
    ("full_time_teachers", "kindergarten", 2023, "536"),
    ("inclusive_kindergarten_coverage", None, 2023, "91.3"),
    ("disabled_children_enrollment_rate", None, 2023, "96.8"),
    ("per_student_public_funding", "primary", 2023, "1056"), ("per_student_public_funding", "junior", 2023, "1285"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "93.5"),
    ("civil_servant_avg_salary", None, 2023, "95420"), ("teacher_training_360h_rate", None, 2023, "98.2"),
    ("edu_general_budget_expenditure", None, 2023, "62315"), ("fiscal_recurrent_revenue", None, 2023, "88620"),
    ("local_edu_surcharge_collected", None, 2023, "1217"),
]
# Figures written in Chinese numerals: (key, as written). Counted apart (recall and check of their own).
CN_WRITTEN = [
    (("schools", None, 2023, "106"), "一百零六"), (("schools", "kindergarten", 2023, "48"), "四十八"),
    (("schools", "primary", 2023, "35"), "三十五"), (("schools", "junior", 2023, "16"), "十六"),
    (("schools", "senior", 2023, "4"), "四"), (("schools", "vocational", 2023, "2"), "二"),
    (("schools", "special", 2023, "1"), "一"),
    (("students", None, 2023, "42618"), "四万二千六百一十八"), (("students", "kindergarten", 2022, "7986"), "七千九百八十六"),
    (("students", "vocational", 2023, "954"), "九百五十四"), (("students", "special", 2023, "97"), "九十七"),
    (("full_time_teachers", None, 2023, "3105"), "三千一百零五"),
    (("preschool_gross_enrollment_rate", None, 2023, "95.6"), "百分之九十五点六"),
    (("public_kindergarten_enrollment_share", None, 2023, "56.2"), "百分之五十六点二"),
    (("kindergartens_built_or_expanded", None, 2023, "3"), "三"),
    (("compulsory_retention_rate", None, 2023, "98.1"), "百分之九十八点一"),
    (("large_classes", None, 2023, "2"), "两"),
    (("migrant_children_public_share", None, 2023, "100"), "百分之百"),
    (("small_schools_under_100", None, 2023, "14"), "十四"),
    (("quality_hs_quota_share", None, 2023, "60"), "百分之六十"),
    (("teacher_avg_salary", None, 2023, "96800"), "九万六千八百"),
    (("teacher_rotation_share", None, 2023, "16.4"), "百分之十六点四"),
    (("edu_surcharge_collected", None, 2023, "1826"), "一千八百二十六"),
    (("supervision_special_fund", None, 2023, "60"), "六十"),
]
CHINESE_ALSO = [k for k, _ in CN_WRITTEN] + [
    ("special_education_schools", None, 2023, "1"), ("super_large_classes", None, 2023, "0"),
    ("small_schools_funded_as_100", None, 2023, "14"), ("edu_appropriation_growth_rate", None, 2023, "3.8"),
    ("fiscal_recurrent_revenue_growth_rate", None, 2023, "2.9"), ("edu_surcharge_used_for_education", None, 2023, None),
    ("teacher_avg_salary", None, 2023, None), ("civil_servant_avg_salary", None, 2023, None),  # 不低于…: the claim
]


# (3) a report converted to markdown: # headings, **bold** labels, | 指标 | 2022年 | 2023年 | tables -------------------
MARKDOWN = """# 漓坪县2023年教育事业发展情况报告

> 漓坪县教育局 · 2024年3月20日

## 一、总体情况

**学校**:全县共有各级各类学校86所(不含教学点)。

**在校生**:31562人。

**专任教师**:2486人。

## 二、主要普及指标

| 指标 | 2022年 | 2023年 | 2025年目标 |
|---|---|---|---|
| 学前三年毛入园率(%) | 91.2 | 92.8 | 95 |
| 普惠性幼儿园覆盖率(%) | 86.5 | 88.1 | 90 |
| 公办园在园幼儿占比(%) | 50.3 | 52.6 | 55 |
| 九年义务教育巩固率(%) | 97.6 | 97.9 | 98.5 |
| 高中阶段毛入学率(%) | 90.4 | 91.7 | 93 |
| 适龄残疾儿童少年义务教育入学率(%) | 94.8 | 95.6 | 97 |

## 三、各学段情况

| 学段 | 学校数(所) | 在校生(人) | 专任教师(人) |
|---|---|---|---|
| 幼儿园 | 41 | 6825 | 463 |
| 小学 | 29 | 14318 | 1052 |
| 初中 | 11 | 7046 | 628 |
| 普通高中 | 3 | 2986 | 284 |
| 中等职业学校 | 1 | 312 | 52 |
| 特殊教育学校 | 1 | 75 | 7 |

### (一)学前教育

- **幼儿园**:41所,其中**民办园**15所。
- **持证专任教师**:幼儿园持证专任教师421人。
- **新建、改扩建幼儿园**:2所。

### (二)义务教育

- **教学班**:小学教学班386个,初中教学班172个。
- **大班额**:全县义务教育学校56人以上大班额1个,**超大班额**0个。
- **课后服务**:义务教育学校课后服务覆盖率100%,**参与课后服务学生占比**89.6%。

## 四、教育经费

| 指标 | 2022年 | 2023年 | 增长(%) |
|---|---|---|---|
| 一般公共预算教育支出(万元) | 45862 | 47915 | 4.48 |
| 财政经常性收入(万元) | 61250 | 62318 | 1.74 |
| 小学生均一般公共预算公用经费(元) | 962.5 | 1012.3 | 5.17 |
| 初中生均一般公共预算公用经费(元) | 1186.4 | 1245.8 | 5.01 |

**教育费附加**:全年征收教育费附加1463万元,征收地方教育附加975万元。

## 五、教师待遇

- 义务教育教师平均工资收入:**94215元**
- 当地公务员平均工资收入:**93860元**
- 交流轮岗教师占符合交流条件教师比例:**15.3%**

## 六、说明

*注:全市2023年学前三年毛入园率为90.5%,供参考。本文由Word文档转换为Markdown,表格格式可能有所变化。*
"""

_MD_STAGES = [("kindergarten", "41", "6825", "463"), ("primary", "29", "14318", "1052"), ("junior", "11", "7046", "628"),
              ("senior", "3", "2986", "284"), ("vocational", "1", "312", "52"), ("special", "1", "75", "7")]
_MD_RATES = [("preschool_gross_enrollment_rate", "91.2", "92.8"), ("inclusive_kindergarten_coverage", "86.5", "88.1"),
             ("public_kindergarten_enrollment_share", "50.3", "52.6"), ("compulsory_retention_rate", "97.6", "97.9"),
             ("senior_secondary_gross_enrollment_rate", "90.4", "91.7"), ("disabled_children_enrollment_rate", "94.8", "95.6")]
MARKDOWN_HAND = [
    ("schools", None, 2023, "86"), ("students", None, 2023, "31562"), ("full_time_teachers", None, 2023, "2486"),
] + [(ind, None, y, v) for ind, before, now in _MD_RATES for y, v in ((2022, before), (2023, now))] + [
    (ind, s, 2023, v) for s, *vals in _MD_STAGES for ind, v in zip(("schools", "students", "full_time_teachers"), vals)] + [
    ("private_kindergartens", None, 2023, "15"), ("certified_teachers", "kindergarten", 2023, "421"),
    ("kindergartens_built_or_expanded", None, 2023, "2"),
    ("classes", "primary", 2023, "386"), ("classes", "junior", 2023, "172"), ("large_classes", None, 2023, "1"),
    ("after_school_service_school_share", None, 2023, "100"), ("after_school_service_student_share", None, 2023, "89.6"),
    ("edu_general_budget_expenditure", None, 2022, "45862"), ("edu_general_budget_expenditure", None, 2023, "47915"),
    ("fiscal_recurrent_revenue", None, 2022, "61250"), ("fiscal_recurrent_revenue", None, 2023, "62318"),
    ("per_student_public_funding", "primary", 2022, "962.5"), ("per_student_public_funding", "primary", 2023, "1012.3"),
    ("per_student_public_funding", "junior", 2022, "1186.4"), ("per_student_public_funding", "junior", 2023, "1245.8"),
    ("edu_surcharge_collected", None, 2023, "1463"), ("local_edu_surcharge_collected", None, 2023, "975"),
    ("teacher_avg_salary", None, 2023, "94215"), ("civil_servant_avg_salary", None, 2023, "93860"),
    ("teacher_rotation_share", None, 2023, "15.3"),
]
MARKDOWN_ALSO = [
    ("special_education_schools", None, 2023, "1"), ("super_large_classes", None, 2023, "0"),
    ("edu_appropriation_growth_rate", None, 2023, "4.48"), ("fiscal_recurrent_revenue_growth_rate", None, 2023, "1.74"),
    ("parent_preschool_gross_enrollment_rate", None, 2023, "90.5"),
]


# (4) a report whose tables carry notes that change their scope ------------------------------------------------------
NOTES = """蕉源县2023年教育事业发展统计分析
蕉源县教育和体育局
2024年4月9日

一、学校和在校生
2023年,全县共有各级各类学校(不含教学点)97所,在校学生(含在园幼儿)36852人,专任教师2764人。分学段情况见表1。
表1 2023年全县各学段学校和在校生
学段 学校数(所) 在校生(人) 教学班(个)
幼儿园 45 7156 268
小学 32 17284 642
初中 14 8935 251
普通高中 4 3086 70
特殊教育学校 2 391 26
注:在校生数含教学点在校生;学校数不含教学点(全县另有小学教学点9个)。

二、义务教育学校办学条件
全县义务教育阶段学校运行平稳。农村学校办学条件改善情况见表2。
表2 2023年乡镇义务教育学校基本情况
学段 学校数(所) 在校生(人) 专任教师(人) 56人以上大班额(个)
小学 27 11265 812 0
初中 10 5318 412 1
注:本表不含县直学校(县直小学5所、初中4所)。
全县义务教育学校56人以上大班额共6个,均在县城学校。

三、学前教育
全县学前三年毛入园率为92.4%,普惠性幼儿园覆盖率为88.2%,公办园在园幼儿占比为53.7%。
表3 2023年全县公办幼儿园基本情况
指标 数量
幼儿园(所) 24
在园幼儿(人) 3843
专任教师(人) 246
持证专任教师(人) 231
注:本表仅统计公办幼儿园,不含民办幼儿园。
全县幼儿园专任教师共498人,其中持证专任教师452人。

四、教育经费
2023年全年,全县一般公共预算教育支出56218万元,比上年的53874万元增长4.35%;财政经常性收入74962万元。
表4 2023年教育经费支出情况(单位:万元)
项目 金额
一般公共预算教育支出 27436
其中:教育事业费 21582
征收教育费附加 752
征收地方教育附加 501
注:数据截至2023年6月。
全年征收教育费附加1586万元,征收地方教育附加1057万元,全部用于教育。

五、其他指标
九年义务教育巩固率为98.0%,高中阶段毛入学率为92.3%。
义务教育教师平均工资收入95162元,当地公务员平均工资收入94836元。
注:本节数据来源于县统计局和县人社局。

蕉源县教育和体育局
"""

_NOTE_STAGES = [("kindergarten", "45", "7156", "268"), ("primary", "32", "17284", "642"), ("junior", "14", "8935", "251"),
                ("senior", "4", "3086", "70"), ("special", "2", "391", "26")]
NOTES_HAND = [
    ("schools", None, 2023, "97"), ("students", None, 2023, "36852"), ("full_time_teachers", None, 2023, "2764"),
] + [(ind, s, 2023, v) for s, *vals in _NOTE_STAGES for ind, v in zip(("schools", "students", "classes"), vals)] + [
    ("large_classes", None, 2023, "6"),
    ("preschool_gross_enrollment_rate", None, 2023, "92.4"), ("inclusive_kindergarten_coverage", None, 2023, "88.2"),
    ("public_kindergarten_enrollment_share", None, 2023, "53.7"),
    ("full_time_teachers", "kindergarten", 2023, "498"), ("certified_teachers", "kindergarten", 2023, "452"),
    ("edu_general_budget_expenditure", None, 2023, "56218"), ("edu_general_budget_expenditure", None, 2022, "53874"),
    ("fiscal_recurrent_revenue", None, 2023, "74962"),
    ("edu_surcharge_collected", None, 2023, "1586"), ("local_edu_surcharge_collected", None, 2023, "1057"),
    ("compulsory_retention_rate", None, 2023, "98.0"), ("senior_secondary_gross_enrollment_rate", None, 2023, "92.3"),
    ("teacher_avg_salary", None, 2023, "95162"), ("civil_servant_avg_salary", None, 2023, "94836"),
]
NOTES_ALSO = [
    ("edu_appropriation_growth_rate", None, 2023, "4.35"), ("edu_surcharge_used_for_education", None, 2023, None),
    ("compulsory_retention_rate", None, 2023, "98"), ("special_education_schools", None, 2023, "2"),
]
# 表2 (乡镇 schools only: 注:本表不含县直学校), 表3 (公办 only) and 表4 (to June: 注:数据截至2023年6月) are parts of the
# county's figures: none of their cells is in HAND or ALSO, so reading one as the county's is a wrong reading.
NOTES_PARTS = ["小学 27 11265 812 0", "初中 10 5318 412 1", "幼儿园(所) 24", "在园幼儿(人) 3843", "专任教师(人) 246",
               "持证专任教师(人) 231", "一般公共预算教育支出 27436", "其中:教育事业费 21582", "征收教育费附加 752",
               "征收地方教育附加 501"]


# (5) a 统计公报 list: thousands separators, the unit in its own column, ▲/▼ and +/− changes, "-" for none ----------------
_S = "\u3000"  # the full-width space the columns are apart by


def _row(*cells: str) -> str:
    return (_S * 2).join(cells)


BULLETIN = "\n".join([
    "槐阴县2023年教育事业发展统计公报",
    "槐阴县教育局　槐阴县统计局",
    "2024年5月6日",
    "",
    "2023年,全县教育事业稳步发展。现将主要统计数据公布如下(增减栏:▲为增加,▼为减少,\"-\"为与上年持平;百分比指标的增减为百分点)。",
    "",
    "一、学校、学生和教师",
    _row("指标", "单位", "2023年", "2022年", "增减"),
    _row("各级各类学校", "所", "132", "135", "▼3"),
    _row("　其中:幼儿园", "所", "61", "63", "▼2"),
    _row("　　　　小学", "所", "44", "45", "▼1"),
    _row("　　　　初中", "所", "19", "19", "-"),
    _row("　　　　普通高中", "所", "5", "5", "-"),
    _row("　　　　中等职业学校", "所", "2", "2", "-"),
    _row("　　　　特殊教育学校", "所", "1", "1", "-"),
    _row("在校学生", "人", "56,218", "55,306", "▲912"),
    _row("　其中:在园幼儿", "人", "10,462", "10,835", "▼373"),
    _row("　　　　小学", "人", "24,136", "23,518", "▲618"),
    _row("　　　　初中", "人", "13,027", "12,694", "▲333"),
    _row("　　　　普通高中", "人", "5,846", "5,612", "▲234"),
    _row("　　　　中等职业学校", "人", "2,578", "2,521", "▲57"),
    _row("　　　　特殊教育学校", "人", "169", "126", "▲43"),
    _row("专任教师", "人", "4,215", "4,173", "+42"),
    _row("　其中:幼儿园", "人", "706", "715", "−9"),
    "",
    "二、普及水平",
    _row("指标", "单位", "2023年", "2022年", "增减"),
    _row("学前三年毛入园率", "%", "94.7", "93.9", "+0.8"),
    _row("普惠性幼儿园覆盖率", "%", "91.5", "91.5", "-"),
    _row("公办园在园幼儿占比", "%", "57.3", "55.8", "+1.5"),
    _row("九年义务教育巩固率", "%", "98.6", "98.7", "−0.1"),
    _row("高中阶段毛入学率", "%", "95.2", "94.1", "+1.1"),
    "",
    "三、教育经费",
    _row("指标", "单位", "2023年", "2022年", "增减"),
    _row("一般公共预算教育支出", "万元", "72,365", "69,184", "▲4.60%"),
    _row("财政经常性收入", "万元", "98,426", "96,315", "▲2.19%"),
    _row("征收教育费附加", "万元", "2,136", "2,084", "▲2.50%"),
    _row("征收地方教育附加", "万元", "1,424", "1,389", "▲2.52%"),
    _row("小学生均一般公共预算公用经费", "元", "1,086", "1,052", "▲3.23%"),
    _row("初中生均一般公共预算公用经费", "元", "1,315", "1,268", "▲3.71%"),
    _row("教育督导专项经费", "万元", "56", "-", "-"),
    "",
    "四、班额",
    _row("指标", "单位", "2023年", "2022年", "增减"),
    _row("义务教育学校56人以上大班额", "个", "2", "7", "▼5"),
    _row("义务教育学校66人以上超大班额", "个", "-", "-", "-"),
    "",
    "注:1.本公报数据为2023/2024学年初统计数;教育经费为2023年度决算数。",
    "2.全市各级各类学校在校学生412,356人,专任教师31,862人(引自市统计公报)。",
    "3.部分数据因四舍五入,分项之和与合计略有出入。",
    "",
    "槐阴县统计局",
]) + "\n"

_BUL_SCHOOLS = [(None, "132", "135"), ("kindergarten", "61", "63"), ("primary", "44", "45"), ("junior", "19", "19"),
                ("senior", "5", "5"), ("vocational", "2", "2"), ("special", "1", "1")]
_BUL_RATES = [("preschool_gross_enrollment_rate", "94.7", "93.9"), ("inclusive_kindergarten_coverage", "91.5", "91.5"),
              ("public_kindergarten_enrollment_share", "57.3", "55.8"), ("compulsory_retention_rate", "98.6", "98.7"),
              ("senior_secondary_gross_enrollment_rate", "95.2", "94.1")]
BULLETIN_HAND = [("schools", s, y, v) for s, now, before in _BUL_SCHOOLS for y, v in ((2023, now), (2022, before))] + [
    ("students", "special", 2023, "169"), ("students", "special", 2022, "126"),
    ("full_time_teachers", "kindergarten", 2023, "706"), ("full_time_teachers", "kindergarten", 2022, "715"),
] + [(ind, None, y, v) for ind, now, before in _BUL_RATES for y, v in ((2023, now), (2022, before))] + [
    ("supervision_special_fund", None, 2023, "56"),
    ("large_classes", None, 2023, "2"), ("large_classes", None, 2022, "7"),
]
# Figures written with thousands separators: (key, as written). Counted apart (recall and check of their own).
SEPARATED = [((ind, s, y, w.replace(",", "")), w) for ind, s, now, before in [
    ("students", None, "56,218", "55,306"), ("students", "kindergarten", "10,462", "10,835"),
    ("students", "primary", "24,136", "23,518"), ("students", "junior", "13,027", "12,694"),
    ("students", "senior", "5,846", "5,612"), ("students", "vocational", "2,578", "2,521"),
    ("full_time_teachers", None, "4,215", "4,173"),
    ("edu_general_budget_expenditure", None, "72,365", "69,184"), ("fiscal_recurrent_revenue", None, "98,426", "96,315"),
    ("edu_surcharge_collected", None, "2,136", "2,084"), ("local_edu_surcharge_collected", None, "1,424", "1,389"),
    ("per_student_public_funding", "primary", "1,086", "1,052"), ("per_student_public_funding", "junior", "1,315", "1,268"),
] for y, w in ((2023, now), (2022, before))]
BULLETIN_ALSO = [k for k, _ in SEPARATED] + [
    ("special_education_schools", None, 2023, "1"), ("special_education_schools", None, 2022, "1"),
    ("super_large_classes", None, 2023, "0"),
    ("edu_appropriation_growth_rate", None, 2023, "4.60"), ("edu_appropriation_growth_rate", None, 2023, "4.6"),
    ("fiscal_recurrent_revenue_growth_rate", None, 2023, "2.19"),
]


# (6) a two-column PDF's text layer, the two columns' lines interleaved (left, right, left, …) ---------------------------
_LEFT = ["一、学前教育", "全县共有幼儿园38所,其中", "民办园12所;在园幼儿5864", "人,专任教师412人。",
         "学前三年毛入园率为93.4%,", "普惠性幼儿园覆盖率为", "89.2%,公办园在园幼儿占比", "为55.4%。",
         "二、义务教育", "全县小学27所,在校生14216", "人,专任教师1032人;初中", "11所,在校生6935人,专任",
         "教师598人。", "九年义务教育巩固率为98.1%。", "全县义务教育学校56人以上", "大班额3个,无超大班额。",
         "适龄残疾儿童少年义务教育", "入学率为96.5%。", "三、高中阶段教育", "普通高中3所,在校生3218人。",
         "高中阶段毛入学率为92.9%。", "全市高中阶段毛入学率为", "91.9%。"]
_RIGHT = ["四、经费投入", "2023年本县一般公共预算教", "育支出41865万元,比上年的", "40216万元增长4.10%。",
          "财政经常性收入56230万元。", "征收教育费附加1352万元,", "征收地方教育附加901万元。", "小学、初中生均公用经费",
          "分别为1065元、1286元。", "五、教师队伍", "全县专任教师2316人。", "义务教育教师平均工资收入",
          "93650元,当地公务员平均工", "资收入93120元。", "交流轮岗教师占符合交流条件", "教师比例为15.8%。",
          "教师5年360学时培训的完成", "率为97.2%。", "六、办学条件", "中小学校教室照明达标率",
          "100%,标准化智慧校园建成率", "为41.5%。", "(以上数据均为2023年快报数)"]
TWOCOL = "\n".join(["荻川县2023年教育事业发展概况", "荻川县教育局 2024年2月", ""]
                   + [line for pair in zip(_LEFT, _RIGHT) for line in pair] + ["", "— 1 —"]) + "\n"

TWOCOL_HAND = [
    ("schools", "kindergarten", 2023, "38"), ("private_kindergartens", None, 2023, "12"),
    ("preschool_gross_enrollment_rate", None, 2023, "93.4"),
    ("schools", "primary", 2023, "27"), ("compulsory_retention_rate", None, 2023, "98.1"),
    ("large_classes", None, 2023, "3"),
    ("schools", "senior", 2023, "3"), ("students", "senior", 2023, "3218"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "92.9"),
    ("fiscal_recurrent_revenue", None, 2023, "56230"), ("edu_surcharge_collected", None, 2023, "1352"),
    ("local_edu_surcharge_collected", None, 2023, "901"), ("full_time_teachers", None, 2023, "2316"),
]
# Right if read right (a reader who takes each column apart), not counted: each needs a line of its own column two
# physical lines away, across a line of the other.
TWOCOL_ALSO = [
    ("students", "kindergarten", 2023, "5864"), ("full_time_teachers", "kindergarten", 2023, "412"),
    ("inclusive_kindergarten_coverage", None, 2023, "89.2"), ("public_kindergarten_enrollment_share", None, 2023, "55.4"),
    ("students", "primary", 2023, "14216"), ("full_time_teachers", "primary", 2023, "1032"),
    ("schools", "junior", 2023, "11"), ("students", "junior", 2023, "6935"), ("full_time_teachers", "junior", 2023, "598"),
    ("super_large_classes", None, 2023, "0"), ("disabled_children_enrollment_rate", None, 2023, "96.5"),
    ("parent_senior_secondary_gross_enrollment_rate", None, 2023, "91.9"),
    ("edu_general_budget_expenditure", None, 2023, "41865"), ("edu_general_budget_expenditure", None, 2022, "40216"),
    ("edu_appropriation_growth_rate", None, 2023, "4.10"), ("edu_appropriation_growth_rate", None, 2023, "4.1"),
    ("per_student_public_funding", "primary", 2023, "1065"), ("per_student_public_funding", "junior", 2023, "1286"),
    ("teacher_avg_salary", None, 2023, "93650"), ("civil_servant_avg_salary", None, 2023, "93120"),
    ("teacher_rotation_share", None, 2023, "15.8"), ("teacher_training_360h_rate", None, 2023, "97.2"),
    ("classroom_lighting_compliant_share", None, 2023, "100"), ("smart_campus_share", None, 2023, "41.5"),
]

DOCS = [
    Doc("tabbed", "360898", "潆水县", 2023, TABBED, TABBED_HAND, TABBED_ALSO),
    Doc("chinese", "520898", "梧岗县", 2023, CHINESE, CHINESE_HAND, CHINESE_ALSO),
    Doc("markdown", "441098", "漓坪县", 2023, MARKDOWN, MARKDOWN_HAND, MARKDOWN_ALSO),
    Doc("notes", "130998", "蕉源县", 2023, NOTES, NOTES_HAND, NOTES_ALSO),
    Doc("bulletin", "210998", "槐阴县", 2023, BULLETIN, BULLETIN_HAND, BULLETIN_ALSO),
    Doc("twocol", "150898", "荻川县", 2023, TWOCOL, TWOCOL_HAND, TWOCOL_ALSO),
]
APART = {"chinese": CN_WRITTEN, "bulletin": SEPARATED}  # keys written so check_whole cannot find them

# Documents read wrongly today (id -> the class of the fault), at b2b2781 (h-review34f): none.
WRONG: dict = {}
# Figures of HAND found today (at b2b2781, h-review34f: 65/198 over the six; the figures keyed apart counted below): a
# later change may raise these, never lower them. The misses, by class:
#   tabbed 3/52: structural — the two-row header (学校数(所)\t\t在校生(人)… over \t合计\t其中民办…) is not read as one:
#     every cell of the three tables is stage_unclear (幼儿园\t56\t24\t9832…) or subset (表2: 小学\t562\t18\t4\t2…), 40
#     figures; a caption's year carries past its table: after 表3 2022年…(上年同口径), the whole of 二、主要发展指标 and
#     三、教育经费 is year_unclear (全县学前三年毛入园率为93.8%, 持证专任教师572人, 分别为1102元、1348元: 12 figures; with 表3
#     left out 13 are read).
#   chinese 15/15 in digits, 10/24 in Chinese numerals (CN_WRITTEN): structural — a count or share written in numerals
#     after a verb or 为 is silent (全县共有各级各类学校一百零六所, 四万二千六百一十八人, 专任教师三千一百零五人, 教育督导专项经费
#     六十万元) and every 百分之… is silent (毛入园率达到百分之九十五点六, 巩固率为百分之九十八点一, 百分之百, 百分之十六点四);
#     wording — a threshold in numerals inside the name (五十六人以上大班额两个: no_indicator; 不足一百人的农村小规模学校十四所:
#     no_indicator); a figure in numerals inside a claim's span (工资收入为九万六千八百元…不低于…, 征收教育费附加一千八百二十六
#     万元…全部用于教育: only the claim read).
#   markdown 11/54: structural — two | tables with only a ## heading between them (| 指标 | 2022年 | 2023年 | 2025年目标 |,
#     then ## 三、各学段情况 and | 学段 | 学校数(所) | …): both silent, 30 figures (alone, each is read); a **bold** label
#     before a colon is not the name of the figure after it (- **幼儿园**:41所, 义务教育教师平均工资收入:**94215元**,
#     交流轮岗教师占符合交流条件教师比例:**15.3%**: no_indicator); the list items of ### (一)/(二) are year_unclear
#     (幼儿园持证专任教师421人, 小学教学班386个, 全年征收教育费附加1463万元) after a table with a 2025年目标 column.
#   notes 29/33: structural — 表4's note 注:数据截至2023年6月 is not read: its half-year cells (一般公共预算教育支出 27436,
#     征收教育费附加 752) meet the year's figures in prose (56218万元, 1586万元, 1057万元) and both are dropped as
#     stated_twice; wording — 在校学生(含在园幼儿)36852人,专任教师2764人 (subset: the bracket's 在园幼儿 lent to the next
#     clause). The three part tables are read as parts (表2 sub_entity, 表3 subset): right.
#   bulletin 6/31 plain, 12/26 with separators (SEPARATED): structural — rows of the full-width-space list whose unit
#     column is 人 or % are silent (在校学生　　人　　56,218　　55,306　　▲912, 学前三年毛入园率　　%　　94.7　　93.9　　+0.8,
#     专任教师　　人　　4,215…), and so are school rows whose change is "-" (初中　　所　　19　　19　　-); the 万元/元 rows
#     and the 所 rows changed ▼ are read, both years; 义务教育学校56人以上大班额　　个　　2　　7　　▼5 (bound: 56 taken for the
#     figure).
#   twocol 1/13: structural — the interleaved block is one paragraph and its last line, the right column's (以上数据均为
#     2023年快报数), makes every figure before it date_in_year or year_unclear (全县共有幼儿园38所, 学前三年毛入园率为93.4%,
#     财政经常性收入56230万元: 11 figures); without that line 11/13 are read — and 3 read wrongly
#     (test_the_two_columns_without_their_closing_note_join_nothing).
RECALL = {"tabbed": 38, "chinese": 15, "markdown": 41, "notes": 29, "bulletin": 6, "twocol": 1}  # stop 34: 3 -> 38, 11 -> 41
# Figures keyed apart (CN_WRITTEN, SEPARATED) found today (b2b2781): chinese 10/24, bulletin 12/26.
RECALL_APART = {"chinese": 10, "bulletin": 12}


def _draft(doc: Doc):
    return draft_of(doc)


def _read(doc: Doc) -> set:
    return read_doc(doc)


def _silent(draft, snippets) -> list:
    """The snippets (each written once in the source) whose figure no fact and no unattached item covers."""
    whole, origin = draft.folded.source, draft.folded.origin
    spans = [(origin[i.start], origin[i.end - 1] + 1) for i in (*draft.facts, *draft.unattached) if i.end > i.start]
    silent = []
    for snippet in snippets:
        assert whole.count(snippet) == 1, snippet
        at = whole.index(snippet)
        figures = [at + m.start() for m in re.finditer(r"[\d零一二两三四五六七八九十百千万]", snippet)]
        if not any(s <= d < e for d in figures for s, e in spans):
            silent.append(snippet)
    return silent


def test_the_documents_are_whole_and_their_keys_their_own():
    check_whole(DOCS, WRONG, RECALL)
    assert set(RECALL_APART) == set(APART)
    for doc in DOCS:
        apart = APART.get(doc.id, [])
        keys = [k for k, _ in apart]
        assert len(set(keys)) == len(keys) and not set(keys) & set(doc.hand) and set(keys) <= set(doc.also), doc.id
        text = unicodedata.normalize("NFKC", doc.text.replace("\n", ""))
        for key, written in apart:
            assert written in text, (doc.id, key, written)
            if doc.id == "chinese":  # the numeral as written is the figure keyed (百分之… a share: its number)
                number = written.removeprefix("百分之")
                assert cn2an.cn2an("一百" if number == "百" else number, "smart") == float(key[3]), (key, written)
            else:
                assert re.search(rf"(?<![\d,]){re.escape(written)}(?![\d,])", text) and "," in written, (key, written)


def test_the_documents_have_the_forms_they_claim():
    tab_rows = [line for line in TABBED.splitlines() if "\t" in line]
    assert len(tab_rows) == 19 and all(len(r.split("\t")) == 7 for r in tab_rows)
    assert TABBED.count("\t合计\t其中民办\t合计\t其中民办\t合计\t其中民办\n") == 3
    assert len(re.findall(r"[一二三四五六七八九十百千万]+[所人个]|百分之", CHINESE)) >= 20 and "二〇二三年" in CHINESE
    assert MARKDOWN.count("\n|---|---|---|---|\n") == 3 and MARKDOWN.count("**") >= 20 and MARKDOWN.startswith("# ")
    assert [line for line in NOTES.splitlines() if line.startswith("注:")][:4] == [
        "注:在校生数含教学点在校生;学校数不含教学点(全县另有小学教学点9个)。", "注:本表不含县直学校(县直小学5所、初中4所)。",
        "注:本表仅统计公办幼儿园,不含民办幼儿园。", "注:数据截至2023年6月。"]
    rows = [line.lstrip("\u3000").split("\u3000\u3000") for line in BULLETIN.splitlines() if "\u3000\u3000" in line]
    assert all(len(r) == 5 for r in rows) and sum(r[4] == "-" for r in rows) == 7
    assert sum("," in r[2] for r in rows) == 13 and {r[4][0] for r in rows} >= {"▲", "▼", "+", "−", "-"}
    body = TWOCOL.splitlines()[3:3 + 2 * len(_LEFT)]
    assert body[0::2] == _LEFT and body[1::2] == _RIGHT


@pytest.mark.parametrize("doc", wrong_params(DOCS, WRONG))
def test_no_wrong_reading(doc):
    assert_no_wrong(_read(doc), doc)


@pytest.mark.parametrize("doc", DOCS, ids=[doc.id for doc in DOCS])
def test_recall_not_lower(doc):
    assert_recall(_read(doc), doc, RECALL)


@pytest.mark.parametrize("doc_id", list(APART))
def test_recall_of_the_figures_keyed_apart_not_lower(doc_id):
    doc = next(d for d in DOCS if d.id == doc_id)
    found = len(_read(doc) & {k for k, _ in APART[doc_id]})
    assert found >= RECALL_APART[doc_id], f"{doc_id}: {found}/{len(APART[doc_id])} found, {RECALL_APART[doc_id]} before"


# Nothing silent: every figure the reader sees and does not attach is listed unattached with its reason. Three forms
# are passed over in silence today (b2b2781), each a strict xfail.
@pytest.mark.xfail(strict=True, reason="silent: a count written in Chinese numerals after 有/为 (学校一百零六所, 四万二千六百"
                   "一十八人) and every 百分之… share are neither read nor listed")
def test_the_chinese_numerals_are_read_or_listed():
    figures = ["一百零六所", "四万二千六百一十八人", "三千一百零五人", "百分之九十五点六", "百分之五十六点二", "百分之九十八点一",
               "百分之百", "百分之六十", "百分之十六点四", "六十万元"]
    assert not _silent(_draft(DOCS[1]), figures)


# (silent at b2b2781: two | tables with only a ## heading between them were read as one run; mended since)
def test_the_markdown_tables_are_read_or_listed():
    figures = ["| 91.2 | 92.8 | 95 |", "| 97.6 | 97.9 | 98.5 |", "| 41 | 6825 | 463 |", "| 29 | 14318 | 1052 |"]
    assert not _silent(_draft(DOCS[2]), figures)


@pytest.mark.xfail(strict=True, reason="silent: rows of a full-width-space list whose unit is 人 or % or whose change is "
                   "'-' are neither read nor listed")
def test_the_bulletin_rows_are_read_or_listed():
    figures = ["56,218", "10,462", "4,215", "706", "169", "94.7", "98.6", "95.2", "19\u3000\u300019"]
    assert not _silent(_draft(DOCS[4]), figures)


def test_the_notes_part_tables_are_not_the_countys():
    """表2 (乡镇 schools: 注:本表不含县直学校), 表3 (公办 kindergartens) and 表4 (to June): no cell read as the county's."""
    draft = _draft(DOCS[3])
    whole, origin = draft.folded.source, draft.folded.origin
    spans = [(whole.index(line), whole.index(line) + len(line)) for line in NOTES_PARTS]
    assert all(whole.count(line) == 1 for line in NOTES_PARTS)
    inside = [p for p in draft.facts if any(s <= origin[p.start] < e for s, e in spans)]
    assert not inside, [(p.indicator, p.stage, p.value) for p in inside]


# A fault the whole two-column layer hides today (b2b2781): without its closing note (以上数据均为2023年快报数), the block
# is read and three figures are joined to a name of the other column or of another line: 为55.4% (公办园在园幼儿占比's)
# as 普惠性幼儿园覆盖率, 专任教师1032人 (小学's) as the county's, 全县专任教师2316人 (the right column) as 初中's (the
# left line above it ends 初中).
@pytest.mark.xfail(strict=True, reason="other column: a name or stage of one column joined to a figure of the other "
                   "(初中 / 全县专任教师2316人; 普惠性幼儿园覆盖率为 / … / 为55.4%)")
def test_the_two_columns_without_their_closing_note_join_nothing():
    text = TWOCOL.replace("(以上数据均为2023年快报数)\n", "")
    assert text != TWOCOL
    doc = DOCS[5]._replace(text=text)
    got = _read(doc)
    assert got <= set(TWOCOL_HAND) | set(TWOCOL_ALSO), sorted(got - set(TWOCOL_HAND) - set(TWOCOL_ALSO), key=str)
