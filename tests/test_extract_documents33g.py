"""A fifth set of whole own-made documents, read end to end (h-review33g, issue 24): kinds and styles the documents of
test_extract_documents32d.py, 33.py, 33c.py and 33e.py do not have.

(1) a 市辖区's 教育事业发展统计公报 (全区/我区, the city 全市 beside it) whose two tables are flattened by tabs (cells apart
by \\t), one with a 全市 column; (2) a 自治州's funding bulletin (全州) that lists each of its 县/市's figures in prose
beside its own totals; (3) a county's 义务教育优质均衡 自评报告 giving the eight resource indicators per school type in
prose (小学每百名学生拥有高于规定学历教师数5.36人 — levels no indicator takes) and the 差异系数 in a `|` table; (4) a
county's answers to a 督导 data questionnaire: numbered questions, each followed by 答:…, some 无 or 0; (5) a county
教育局's annual 工作总结 as a long list of bullet lines (●, ■, ◆, ①②③), with last year's figures and next year's plans;
(6) a Word report (built by the test with python-docx) whose figures are mostly in two tables: one with the stages
as COLUMNS (幼儿园 小学 初中 普通高中) and the indicators as rows, one of the stages' pupils by 城区/镇区/乡村 with a 合计
COLUMN at the right (and a 合计 row).
Every place and figure is made up (澄浦区 330898 of 云湾市, 苍岭苗族侗族自治州 439800, 桐岭县 360998, 霁川县 620998, 棠溪县
340898, 岚川县 150998 exist nowhere); nothing is copied from tests/data/reports/ or from the four earlier files.

HAND is what a careful reader attaches to the document's entity (indicator, stage, period, value) by the conventions
of tests/data/reports/README.md: figures of standards, targets, plans, other entities (全市, a 县 of the 州, a school)
or of another year are not the entity's; 义务教育 totals have no stage and are not the whole county's; a part (城区,
公办, 民办) is not the stage's; a prior year's figure is taken only where written (比上年的…, 2022年 columns). Levels no
indicator of checker/data/indicators.yaml takes (每百名学生拥有…人, 生均…平方米) are left out. ALSO lists readings that
are not wrong though not counted. The constraint is 0 wrong (test_no_wrong_reading, a strict xfail where one is read
wrongly today, its reason the class of the fault); the objective is recall, held at today's count
(test_recall_not_lower). Past 400 lines for a reason: the file is six whole documents and their keys; the tests are
at the end.
"""

import re
from pathlib import Path

import pytest
from whole_documents import (Doc, assert_no_wrong, assert_recall, check_whole, docx_text,
                             draft_of, read_doc, write_docx, wrong_params)

from checker.intake.extract import extract_text


# (1) a 市辖区's 教育事业发展统计公报, tables flattened by tabs --------------------------------------------------------
DISTRICT = """云湾市澄浦区2023年教育事业发展统计公报
澄浦区教育局 澄浦区统计局
2024年4月12日

2023年,我区坚持教育优先发展,深化教育综合改革,各级各类教育持续健康发展。现将全区2023/2024学年初教育事业发展主要情况公报如下(全市数据来源于云湾市教育局《2023年全市教育事业统计快报》)。

一、总体情况
全区共有各级各类学校(不含教学点)131所,比上年增加2所;在校学生(含在园幼儿)89416人,比上年增加1352人;教职工7426人,其中专任教师6138人。全市共有各级各类学校826所,在校学生52.36万人,我区在校学生占全市的17.1%。
表1 2023年全区各级各类教育基本情况
学段\t学校数(所)\t在校生(人)\t专任教师(人)\t全市在校生(人)
幼儿园\t63\t16284\t1212\t98620
小学\t39\t42815\t2586\t265130
初中\t21\t21736\t1738\t131480
普通高中\t5\t6124\t478\t43260
中等职业学校\t2\t2291\t112\t18450
特殊教育学校\t1\t166\t12\t1310

二、学前教育
全区共有幼儿园63所,其中公办幼儿园35所,民办幼儿园28所(普惠性民办幼儿园23所);幼儿园教学班542个。
全区学前三年毛入园率为96.8%,普惠性幼儿园覆盖率为93.4%,公办园在园幼儿占比为62.5%。全区幼儿园专任教师中,学前教育专业毕业的专任教师占比为84.6%。

三、义务教育
全区小学招生7135人,毕业生6902人;小学教学班948个,其中56人以上大班额3个。
全区初中招生7248人,毕业生6986人;初中教学班486个,无56人以上大班额。
全区九年义务教育巩固率为99.3%,适龄残疾儿童少年义务教育入学率为98.2%。进城务工人员随迁子女在校生8612人,在公办学校和政府购买服务民办学校就读的比例为96.4%。
全区义务教育学校课后服务实现全覆盖,参与课后服务学生占比为95.1%。

四、高中阶段教育
全区普通高中招生2086人,在校生6124人;中等职业学校招生812人,在校生2291人,"双师型"教师占专业课教师比例为61.2%。全区高中阶段毛入学率为97.6%。

五、特殊教育
全区特殊教育学校1所,在校生166人;另有随班就读残疾学生214人。

六、教育经费
2023年全区一般公共预算教育支出186532万元,比上年的178346万元增长4.59%,占一般公共预算支出的21.3%。全区依法征收教育费附加6215万元、地方教育附加4143万元。

七、主要指标与全市比较
表2 2022—2023年全区主要普及指标(%)
指标\t2023年\t2022年\t全市2023年
学前三年毛入园率\t96.8\t95.9\t94.2
普惠性幼儿园覆盖率\t93.4\t91.7\t88.6
九年义务教育巩固率\t99.3\t99.1\t98.7
高中阶段毛入学率\t97.6\t96.8\t95.3
从上表看,我区各项普及指标均高于全市平均水平。全市学前三年毛入园率比上年提高1.2个百分点,我区提高0.9个百分点。

注:1.本公报数据为快报数,部分合计数因四舍五入与分项之和略有出入。
2.在校学生数含在园幼儿,不含成人教育和校外培训机构学员。
3.学校数不含教学点;全区另有小学教学点4个。
"""

DISTRICT_HAND = [
    ("schools", None, 2023, "131"), ("students", None, 2023, "89416"), ("full_time_teachers", None, 2023, "6138"),
    ("schools", "kindergarten", 2023, "63"), ("students", "kindergarten", 2023, "16284"),
    ("full_time_teachers", "kindergarten", 2023, "1212"),
    ("schools", "primary", 2023, "39"), ("students", "primary", 2023, "42815"),
    ("full_time_teachers", "primary", 2023, "2586"),
    ("schools", "junior", 2023, "21"), ("students", "junior", 2023, "21736"),
    ("full_time_teachers", "junior", 2023, "1738"),
    ("schools", "senior", 2023, "5"), ("students", "senior", 2023, "6124"), ("full_time_teachers", "senior", 2023, "478"),
    ("schools", "vocational", 2023, "2"), ("students", "vocational", 2023, "2291"),
    ("full_time_teachers", "vocational", 2023, "112"),
    ("schools", "special", 2023, "1"), ("students", "special", 2023, "166"), ("full_time_teachers", "special", 2023, "12"),
    ("private_kindergartens", None, 2023, "28"), ("classes", "kindergarten", 2023, "542"),
    ("preschool_gross_enrollment_rate", None, 2023, "96.8"), ("inclusive_kindergarten_coverage", None, 2023, "93.4"),
    ("public_kindergarten_enrollment_share", None, 2023, "62.5"), ("kg_teacher_professional_share", None, 2023, "84.6"),
    ("classes", "primary", 2023, "948"), ("large_classes", "primary", 2023, "3"), ("classes", "junior", 2023, "486"),
    ("compulsory_retention_rate", None, 2023, "99.3"), ("disabled_children_enrollment_rate", None, 2023, "98.2"),
    ("migrant_children_public_share", None, 2023, "96.4"), ("after_school_service_student_share", None, 2023, "95.1"),
    ("dual_qualified_teacher_share", None, 2023, "61.2"), ("senior_secondary_gross_enrollment_rate", None, 2023, "97.6"),
    ("disabled_students_in_regular_classes", None, 2023, "214"),
    ("edu_general_budget_expenditure", None, 2023, "186532"), ("edu_general_budget_expenditure", None, 2022, "178346"),
    ("edu_surcharge_collected", None, 2023, "6215"), ("local_edu_surcharge_collected", None, 2023, "4143"),
    ("preschool_gross_enrollment_rate", None, 2022, "95.9"), ("inclusive_kindergarten_coverage", None, 2022, "91.7"),
    ("compulsory_retention_rate", None, 2022, "99.1"), ("senior_secondary_gross_enrollment_rate", None, 2022, "96.8"),
]
DISTRICT_ALSO = [
    ("special_education_schools", None, 2023, "1"), ("edu_general_budget_share", None, 2023, "21.3"),
    ("edu_appropriation_growth_rate", None, 2023, "4.59"), ("after_school_service_school_share", None, 2023, "100"),
    ("large_classes", "junior", 2023, "0"),
    ("parent_preschool_gross_enrollment_rate", None, 2023, "94.2"), ("parent_compulsory_retention_rate", None, 2023, "98.7"),
    ("parent_senior_secondary_gross_enrollment_rate", None, 2023, "95.3"),
]


# (2) a 自治州's funding bulletin: its own totals and each 县/市's figures in prose ---------------------------------------
PREFECTURE = """关于2023年全州教育经费执行情况的统计公告
苍岭苗族侗族自治州教育局 苍岭苗族侗族自治州统计局 苍岭苗族侗族自治州财政局
(2024年10月16日)

根据国家教育经费统计制度,现将2023年全州教育经费执行情况公告如下。本公告所称全州,包括州本级和岩门县、溪口县、石鼓县、龙坪县、凤栖市、白崖市6个县市。

一、全州教育经费总投入情况
2023年,全州教育经费总投入为864216万元,比上年的821538万元增长5.19%。其中,国家财政性教育经费为768452万元,比上年的735126万元增长4.53%;事业收入为68215万元;其他教育经费为27549万元。
分县市看,凤栖市教育经费总投入最多,为186325万元,增长6.12%;岩门县为142618万元,增长4.87%;溪口县为98264万元,下降1.36%;石鼓县为112460万元,增长5.02%;龙坪县为86352万元,增长3.46%;白崖市为135218万元,增长7.25%;州本级为102979万元。

二、落实"三个增长"情况
(一)一般公共预算教育经费增长情况
全州一般公共预算教育经费为712368万元,比上年增长4.21%;全州财政经常性收入为1862450万元,比上年增长3.05%,一般公共预算教育经费增长高于财政经常性收入增长1.16个百分点。
各县市中,凤栖市一般公共预算教育经费152630万元,增长5.36%;岩门县121846万元,增长3.12%;溪口县85412万元,增长-1.25%,低于其财政经常性收入增长2.08个百分点;石鼓县96218万元,增长4.08%;龙坪县74536万元,增长2.96%;白崖市110258万元,增长6.41%。
(二)生均一般公共预算教育经费增长情况
1.幼儿园。全州为8632.15元,比上年的8215.36元增长5.07%。各县市中,凤栖市最高,为9862.45元;溪口县最低,为6985.12元;增长最快的是石鼓县(12.36%)。
2.普通小学。全州为12815.62元,比上年的12406.18元增长3.30%。岩门县为13562.18元,溪口县为11025.36元,龙坪县比上年下降0.86%。
3.普通初中。全州为17236.48元,比上年的16518.27元增长4.35%。白崖市最高,为19215.36元。
4.普通高中。全州为16124.85元,比上年的16502.36元下降2.29%。除凤栖市(17365.20元)外,各县市均有下降。
5.中等职业学校。全州为18962.30元,比上年的18215.62元增长4.10%。
6.特殊教育学校。全州为52368.15元,比上年的49862.30元增长5.03%。
(三)生均一般公共预算公用经费增长情况
1.幼儿园。全州为1862.35元,比上年的1795.62元增长3.72%。
2.普通小学。全州为3215.46元,比上年的3106.28元增长3.51%;溪口县为2652.18元,比上年下降4.12%。
3.普通初中。全州为4386.52元,比上年的4212.36元增长4.13%。
4.普通高中。全州为3968.24元,比上年的4015.86元下降1.19%。
5.中等职业学校。全州为5236.18元,比上年的5018.45元增长4.34%。
6.特殊教育学校。全州为9652.36元,比上年的9215.48元增长4.74%。
全州有两个县市生均一般公共预算公用经费未达到"只增不减"的要求:溪口县(普通小学、普通初中)、龙坪县(普通高中)。

三、一般公共预算教育经费占一般公共预算支出比例情况
2023年,全州一般公共预算支出为3562148万元,一般公共预算教育经费占一般公共预算支出的比例为20.00%,比上年提高0.41个百分点。
分县市看,该比例最高的是凤栖市(23.62%),最低的是溪口县(16.85%);岩门县为21.36%,石鼓县为19.48%。

四、教育费附加征收情况
全州征收教育费附加42315万元,征收地方教育附加28210万元,全部用于教育。其中,凤栖市征收教育费附加9862万元。

附:各县市教育经费执行情况统计表(略)

注:
1.教育经费总投入由国家财政性教育经费、事业收入、民办学校举办者投入、捐赠收入和其他教育经费构成。
2.生均一般公共预算教育经费和生均一般公共预算公用经费按在校学生人数平均计算,不含州本级所属高等学校。
3.本公告数据来源于2023年全州教育经费统计年报,部分数据因四舍五入存在尾差。

苍岭苗族侗族自治州教育局
2024年10月16日
"""

_PREF_STAGES = [("kindergarten", "8632.15", "8215.36", "1862.35", "1795.62"),
                ("primary", "12815.62", "12406.18", "3215.46", "3106.28"),
                ("junior", "17236.48", "16518.27", "4386.52", "4212.36"),
                ("senior", "16124.85", "16502.36", "3968.24", "4015.86"),
                ("vocational", "18962.30", "18215.62", "5236.18", "5018.45"),
                ("special", "52368.15", "49862.30", "9652.36", "9215.48")]
PREFECTURE_HAND = [
    ("edu_total_investment", None, 2023, "864216"), ("edu_total_investment", None, 2022, "821538"),
    ("state_fiscal_edu_funding", None, 2023, "768452"), ("state_fiscal_edu_funding", None, 2022, "735126"),
    ("edu_business_income", None, 2023, "68215"), ("edu_other_funding", None, 2023, "27549"),
    ("edu_general_budget_expenditure", None, 2023, "712368"), ("fiscal_recurrent_revenue", None, 2023, "1862450"),
    ("general_budget_expenditure", None, 2023, "3562148"),
    ("edu_surcharge_collected", None, 2023, "42315"), ("local_edu_surcharge_collected", None, 2023, "28210"),
] + [("per_student_general_budget_expenditure", s, y, v) for s, now, before, _, _ in _PREF_STAGES
     for y, v in ((2023, now), (2022, before))] + [
    ("per_student_public_funding", s, y, v) for s, _, _, now, before in _PREF_STAGES
    for y, v in ((2023, now), (2022, before))]
PREFECTURE_ALSO = [("edu_appropriation_growth_rate", None, 2023, "4.21"),
                   ("fiscal_recurrent_revenue_growth_rate", None, 2023, "3.05"),
                   ("edu_general_budget_share", None, 2023, "20.00"), ("edu_general_budget_share", None, 2023, "20.0"),
                   ("edu_surcharge_used_for_education", None, 2023, None),
                   # 州本级为102979万元: read with its scope, 州本级 (the 州's own-level units, a part), which these keys do
                   # not compare; never the whole 全州's (test_the_prefectures_own_level_keeps_its_scope)
                   ("edu_total_investment", None, 2023, "102979")]


# (3) a county's 义务教育优质均衡 自评报告: eight resource levels per school type in prose, the 差异系数 in a `|` table ---
BALANCE = """桐岭县义务教育优质均衡发展自评报告
桐岭县人民政府
(2024年5月8日)

按照《县域义务教育优质均衡发展督导评估办法》和省实施方案要求,我县对照评估标准,组织县教育、财政、人社、住建等部门对全县义务教育优质均衡发展情况进行了全面自评。现将自评情况报告如下。

一、基本情况
桐岭县位于省境西南部,辖9镇4乡,总面积1862平方公里,户籍人口36.5万人。2023年,全县有义务教育学校54所,其中小学38所、初中13所、九年一贯制学校3所;另有小学教学点11个。义务教育阶段在校生31862人,其中小学在校生20514人,初中在校生11348人;义务教育阶段专任教师2415人,其中小学专任教师1486人,初中专任教师929人。

二、资源配置情况
(一)小学。全县小学每百名学生拥有高于规定学历教师数5.36人,每百名学生拥有县级以上骨干教师数1.28人,每百名学生拥有体育、艺术(美术、音乐)专任教师数1.06人,生均教学及辅助用房面积6.85平方米,生均体育运动场馆面积11.62平方米,生均教学仪器设备值2865元,每百名学生拥有网络多媒体教室数3.12间,生均图书册数32.6册。上述指标均达到省定标准(分别为4.2人、1人、0.9人、4.5平方米、7.5平方米、2000元、2.3间、30册)。
(二)初中。全县初中每百名学生拥有高于规定学历教师数6.82人,每百名学生拥有县级以上骨干教师数1.46人,每百名学生拥有体育、艺术(美术、音乐)专任教师数1.12人,生均教学及辅助用房面积8.24平方米,生均体育运动场馆面积13.75平方米,生均教学仪器设备值3562元,每百名学生拥有网络多媒体教室数3.85间,生均图书册数41.8册。
(三)学校达标情况。全县38所小学中,36所学校7项指标中至少6项达到标准,余项不低于标准的85%;13所初中全部达标。
(四)校际差异系数。经测算,全县小学、初中各项指标校际差异系数如下(国家标准:小学不高于0.50,初中不高于0.45):
表1 桐岭县2023年义务教育学校资源配置校际差异系数
| 指标 | 小学 | 初中 |
|---|---|---|
| 每百名学生拥有高于规定学历教师数 | 0.386 | 0.312 |
| 每百名学生拥有县级以上骨干教师数 | 0.452 | 0.398 |
| 每百名学生拥有体育、艺术专任教师数 | 0.418 | 0.356 |
| 生均教学及辅助用房面积 | 0.365 | 0.287 |
| 生均体育运动场馆面积 | 0.478 | 0.402 |
| 生均教学仪器设备值 | 0.392 | 0.331 |
| 每百名学生拥有网络多媒体教室数 | 0.326 | 0.268 |
| 综合差异系数 | 0.402 | 0.336 |
小学综合差异系数0.402,初中综合差异系数0.336,均达到国家标准。

三、政府保障程度
2023年,全县一般公共预算教育支出68236万元,比上年的65418万元增长4.31%。小学、初中生均公用经费分别为1015元、1236元,分别高于省定标准(720元、940元)。义务教育教师平均工资收入为98632元,不低于当地公务员平均工资收入(97856元)。
全县交流轮岗教师占符合交流条件教师比例为17.6%,其中骨干教师占交流轮岗教师总数的24.3%。教师5年360学时培训完成率达到100%。
全县义务教育学校已无56人以上大班额;小学、初中最大班额分别为45人、50人,均不超过标准。全县不足100人的小规模学校有9所,均按100人核定公用经费。

四、教育质量和社会认可度
全县九年义务教育巩固率为98.9%,适龄残疾儿童少年义务教育入学率为96.7%,随迁子女在公办学校和政府购买服务民办学校就读比例为100%。优质高中招生名额分配到初中的比例为56%。
经第三方调查,义务教育优质均衡社会认可度为92.4%。

五、存在的问题和下一步打算
一是镇区学校体育运动场馆面积偏小,白鹭镇中心小学生均体育运动场馆面积仅4.6平方米。二是县级以上骨干教师分布不够均衡。下一步,力争到2025年将小学、初中综合差异系数分别降至0.38、0.32以下,全县新增县级以上骨干教师60名。

桐岭县人民政府
2024年5月8日
"""

_CVS = [("cv_degree_per100_stated", "0.386", "0.312"), ("cv_backbone_per100_stated", "0.452", "0.398"),
        ("cv_pe_art_per100_stated", "0.418", "0.356"), ("cv_aux_area_per_student_stated", "0.365", "0.287"),
        ("cv_sports_area_per_student_stated", "0.478", "0.402"), ("cv_equipment_per_student_stated", "0.392", "0.331"),
        ("cv_multimedia_per100_stated", "0.326", "0.268"), ("cv_composite_stated", "0.402", "0.336")]
BALANCE_HAND = [
    ("schools", "primary", 2023, "38"), ("schools", "junior", 2023, "13"),
    ("students", "primary", 2023, "20514"), ("students", "junior", 2023, "11348"),
    ("full_time_teachers", "primary", 2023, "1486"), ("full_time_teachers", "junior", 2023, "929"),
] + [(ind, s, 2023, v) for ind, p, j in _CVS for s, v in (("primary", p), ("junior", j))] + [
    ("edu_general_budget_expenditure", None, 2023, "68236"), ("edu_general_budget_expenditure", None, 2022, "65418"),
    ("per_student_public_funding", "primary", 2023, "1015"), ("per_student_public_funding", "junior", 2023, "1236"),
    ("teacher_avg_salary", None, 2023, "98632"), ("civil_servant_avg_salary", None, 2023, "97856"),
    ("teacher_rotation_share", None, 2023, "17.6"), ("rotation_backbone_share", None, 2023, "24.3"),
    ("teacher_training_360h_rate", None, 2023, "100"),
    ("small_schools_under_100", None, 2023, "9"),
    ("compulsory_retention_rate", None, 2023, "98.9"), ("disabled_children_enrollment_rate", None, 2023, "96.7"),
    ("migrant_children_public_share", None, 2023, "100"), ("quality_hs_quota_share", None, 2023, "56"),
    ("compulsory_social_recognition_rate", None, 2023, "92.4"),
]
BALANCE_ALSO = [("edu_appropriation_growth_rate", None, 2023, "4.31"), ("large_classes", None, 2023, "0"),
                ("small_schools_funded_as_100", None, 2023, "9")]


# (4) a county's answers to a 督导 data questionnaire: numbered questions, each answered 答:… ---------------------------
QUESTIONNAIRE = """霁川县履行教育职责评价数据核查问卷(县级填报)
填报单位:霁川县人民政府教育督导室  填报日期:2024年3月15日
说明:请按2023年度(学年初)实际情况如实作答;无相关情况的填"无"或"0"。

一、学前教育
1. 全县学前三年毛入园率是多少?
答:93.2%。
2. 全县普惠性幼儿园覆盖率是多少?
答:89.7%。
3. 全县公办园在园幼儿占比是多少?
答:54.1%。
4. 全县共有幼儿园多少所?在园幼儿多少人?
答:幼儿园58所,在园幼儿8436人。
5. 2023年新建、改扩建幼儿园多少所?认定扶持普惠性民办园多少所?
答:新建、改扩建幼儿园4所;认定扶持普惠性民办园2所。
6. 全县幼儿园专任教师多少人?其中持证专任教师多少人?
答:幼儿园专任教师562人,其中持证专任教师518人。

二、义务教育
7. 全县九年义务教育巩固率是多少?
答:97.6%。
8. 全县义务教育学校56人以上大班额有多少个?66人以上超大班额有多少个?
答:大班额0个;超大班额0个。
9. 是否有以考试方式招生的义务教育学校?
答:无。
10. 是否设立重点学校、重点班?
答:无。
11. 未劝返的义务教育辍学学生有多少人?
答:0人。
12. 适龄残疾儿童少年义务教育入学率是多少?
答:95.4%。
13. 随迁子女在公办学校和政府购买服务民办学校就读比例是多少?
答:91.8%。
14. 不足100人的农村小规模学校有多少所?是否按100人拨付公用经费?
答:17所,均按100人拨付公用经费。
15. 义务教育学校课后服务覆盖率、参与课后服务学生占比分别是多少?
答:义务教育学校课后服务覆盖率100%,参与课后服务学生占比86.5%。

三、高中阶段教育
16. 全县高中阶段毛入学率是多少?
答:92.4%。
17. 优质高中招生名额分配到初中的比例是多少?
答:60%。
18. 普通高中新入学年级55人以上班级有多少个?
答:3个(县一中2个、县二中1个)。
19. 规模超过3000人的新建普通高中有多少所?
答:0。

四、教师队伍
20. 义务教育教师平均工资收入与当地公务员平均工资收入各是多少?
答:义务教育教师平均工资收入96215元,当地公务员平均工资收入95870元。
21. 交流轮岗教师占符合交流条件教师比例是多少?
答:15.2%。
22. 有编不补或长期聘用编外教师问题有多少件?
答:无。

五、经费投入
23. 2023年一般公共预算教育支出是多少?比上年增长多少?
答:52368万元,比上年增长3.6%。
24. 2023年财政经常性收入是多少?
答:71256万元。
25. 2023年征收教育费附加、地方教育附加各多少?是否全部用于教育?
答:教育费附加2136万元,地方教育附加1424万元,全部用于教育。
26. 从土地出让收益中计提的教育资金是多少?
答:0万元(2023年无土地出让收益)。
27. 教育督导专项经费是多少?
答:48万元。
28. 全市2023年学前三年毛入园率是多少?(由市教育局填写)
答:91.5%。

填报人:陈晓岚  审核人:吴国平  联系电话:0939-5261xxx
"""

QUESTIONNAIRE_HAND = [
    ("preschool_gross_enrollment_rate", None, 2023, "93.2"), ("inclusive_kindergarten_coverage", None, 2023, "89.7"),
    ("public_kindergarten_enrollment_share", None, 2023, "54.1"),
    ("schools", "kindergarten", 2023, "58"), ("students", "kindergarten", 2023, "8436"),
    ("kindergartens_built_or_expanded", None, 2023, "4"), ("inclusive_private_kindergartens_recognised", None, 2023, "2"),
    ("full_time_teachers", "kindergarten", 2023, "562"), ("certified_teachers", "kindergarten", 2023, "518"),
    ("compulsory_retention_rate", None, 2023, "97.6"),
    ("large_classes", None, 2023, "0"), ("super_large_classes", None, 2023, "0"),
    ("dropouts_outstanding", None, 2023, "0"),
    ("disabled_children_enrollment_rate", None, 2023, "95.4"), ("migrant_children_public_share", None, 2023, "91.8"),
    ("small_schools_under_100", None, 2023, "17"),
    ("after_school_service_school_share", None, 2023, "100"), ("after_school_service_student_share", None, 2023, "86.5"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "92.4"), ("quality_hs_quota_share", None, 2023, "60"),
    ("senior_new_intake_classes_over_55", None, 2023, "3"), ("new_senior_high_schools_over_3000", None, 2023, "0"),
    ("teacher_avg_salary", None, 2023, "96215"), ("civil_servant_avg_salary", None, 2023, "95870"),
    ("teacher_rotation_share", None, 2023, "15.2"),
    ("edu_general_budget_expenditure", None, 2023, "52368"), ("fiscal_recurrent_revenue", None, 2023, "71256"),
    ("edu_surcharge_collected", None, 2023, "2136"), ("local_edu_surcharge_collected", None, 2023, "1424"),
    ("land_revenue_education_fund", None, 2023, "0"), ("supervision_special_fund", None, 2023, "48"),
]
QUESTIONNAIRE_ALSO = [
    ("edu_appropriation_growth_rate", None, 2023, "3.6"), ("edu_surcharge_used_for_education", None, 2023, None),
    ("exam_admission_schools", None, 2023, "0"), ("key_schools_or_classes", None, 2023, "0"),
    ("unfilled_posts_contract_teachers", None, 2023, "0"), ("small_schools_funded_as_100", None, 2023, "17"),
    ("parent_preschool_gross_enrollment_rate", None, 2023, "91.5"),
]


# (5) a county 教育局's annual 工作总结 as bullet lines, last year's figures and next year's plans ------------------------
SUMMARY = """棠溪县教育局2023年工作总结和2024年工作打算

2023年,县教育局在县委县政府的正确领导和县人大、县政协的监督支持下,围绕"办好人民满意的教育"目标,攻坚克难,各项工作取得新进展。现将有关情况总结如下。

一、2023年主要工作成效
● 教育投入持续加大
  ◆ 全县一般公共预算教育支出54862万元,比上年的52316万元增长4.87%。
  ◆ 小学、初中生均一般公共预算公用经费分别为986元、1215元,均高于省定标准。
  ◆ 征收教育费附加1862万元、地方教育附加1241万元,全部用于教育。
  ◆ 教育督导专项经费52万元,足额列入县级财政预算。
● 学前教育普及普惠
  ◆ 全县共有幼儿园52所,其中公办园31所、民办园21所;在园幼儿7815人。
  ◆ 学前三年毛入园率达到94.6%(上年为93.1%),普惠性幼儿园覆盖率达到91.2%,公办园在园幼儿占比达到56.8%。
  ◆ 新建、改扩建幼儿园3所,认定扶持普惠性民办园2所。
● 义务教育优质均衡
  ◆ 九年义务教育巩固率达到98.2%,比上年提高0.3个百分点。
  ◆ 义务教育学校56人以上大班额由上年的5个降至1个,全面消除66人以上超大班额。
  ◆ 适龄残疾儿童少年义务教育入学率达到96.8%;随班就读残疾学生163人。
  ◆ 义务教育学校课后服务覆盖率100%,参与课后服务学生占比达到91.6%。
● 高中阶段教育
  ◆ 普通高中在校生5862人,中等职业学校在校生2136人,高中阶段毛入学率达到93.8%。
  ◆ 优质高中招生名额分配到初中的比例为58%。
● 教师队伍建设
  ◆ 全县共有专任教师3526人,其中幼儿园专任教师498人。
  ◆ 义务教育教师平均工资收入为97320元,不低于当地公务员平均工资收入(96850元)。
  ◆ 交流轮岗教师186人,占符合交流条件教师比例为16.2%。
  ◆ 教师5年360学时培训完成率达到98.5%。
■ 办学条件改善
  ① 完成城东小学、棠溪二中等8个校建项目,新增学位2160个。
  ② 全县中小学校教室照明达标率100%。
  ③ 标准化智慧校园建成率达到62.5%。
■ 安全稳定
  ① 省市县三级"平安校园"占比达到85.3%。
  ② 全年未发生重大校园安全责任事故。

二、存在的问题
■ 城区学位依然紧张,城关第一小学平均班额52人。
■ 乡村学校音体美教师缺口约38人。
■ 学前教育专业毕业的专任教师占比为72.4%,低于全市平均水平(78.5%)。

三、2024年工作打算
● 目标任务
  ① 一般公共预算教育支出不低于57000万元,确保"两个只增不减"。
  ② 学前三年毛入园率达到95%以上,普惠性幼儿园覆盖率达到92%以上。
  ③ 九年义务教育巩固率稳定在98.5%以上,全面消除56人以上大班额。
  ④ 高中阶段毛入学率达到95%。
● 主要措施
  ① 新建城北幼儿园、城南小学2所,新增学位1620个。
  ② 招聘教师120名,其中音体美教师40名。
  ③ 交流轮岗教师比例不低于18%。
  ④ 推进集团化办学,新组建教育集团3个。

棠溪县教育局
2023年12月28日
"""

SUMMARY_HAND = [
    ("edu_general_budget_expenditure", None, 2023, "54862"), ("edu_general_budget_expenditure", None, 2022, "52316"),
    ("per_student_public_funding", "primary", 2023, "986"), ("per_student_public_funding", "junior", 2023, "1215"),
    ("edu_surcharge_collected", None, 2023, "1862"), ("local_edu_surcharge_collected", None, 2023, "1241"),
    ("supervision_special_fund", None, 2023, "52"),
    ("schools", "kindergarten", 2023, "52"), ("private_kindergartens", None, 2023, "21"),
    ("students", "kindergarten", 2023, "7815"),
    ("preschool_gross_enrollment_rate", None, 2023, "94.6"), ("preschool_gross_enrollment_rate", None, 2022, "93.1"),
    ("inclusive_kindergarten_coverage", None, 2023, "91.2"), ("public_kindergarten_enrollment_share", None, 2023, "56.8"),
    ("kindergartens_built_or_expanded", None, 2023, "3"), ("inclusive_private_kindergartens_recognised", None, 2023, "2"),
    ("compulsory_retention_rate", None, 2023, "98.2"),
    ("large_classes", None, 2023, "1"), ("large_classes", None, 2022, "5"),
    ("disabled_children_enrollment_rate", None, 2023, "96.8"), ("disabled_students_in_regular_classes", None, 2023, "163"),
    ("after_school_service_school_share", None, 2023, "100"), ("after_school_service_student_share", None, 2023, "91.6"),
    ("students", "senior", 2023, "5862"), ("students", "vocational", 2023, "2136"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "93.8"), ("quality_hs_quota_share", None, 2023, "58"),
    ("full_time_teachers", None, 2023, "3526"), ("full_time_teachers", "kindergarten", 2023, "498"),
    ("teacher_avg_salary", None, 2023, "97320"), ("civil_servant_avg_salary", None, 2023, "96850"),
    ("teacher_rotation_share", None, 2023, "16.2"), ("teacher_training_360h_rate", None, 2023, "98.5"),
    ("classroom_lighting_compliant_share", None, 2023, "100"), ("smart_campus_share", None, 2023, "62.5"),
    ("safe_campus_share", None, 2023, "85.3"), ("kg_teacher_professional_share", None, 2023, "72.4"),
]
SUMMARY_ALSO = [("edu_appropriation_growth_rate", None, 2023, "4.87"), ("super_large_classes", None, 2023, "0"),
                ("edu_surcharge_used_for_education", None, 2023, None)]


# (6) a Word report: a table with the stages as COLUMNS, a table with a 合计 COLUMN at the right -------------------------
WORD = [
    ("h", "岚川县2023年教育发展情况报告"),
    ("p", "岚川县教育局"),
    ("p", "2024年2月26日"),
    ("h", "一、基本情况"),
    ("p", "岚川县辖8镇5乡,2023年末常住人口21.36万人。全县共有各级各类学校96所,在校学生38614人,专任教师3046人。"
          "各学段学校、教师、班级和生均经费情况见表1,各学段在校生的城乡分布见表2。"),
    ("t", "表1 2023年全县各学段基本情况", [
        ["指标", "幼儿园", "小学", "初中", "普通高中"],
        ["学校数(所)", "45", "32", "14", "3"],
        ["专任教师数(人)", "426", "1352", "836", "354"],
        ["教学班数(个)", "248", "712", "356", "118"],
        ["生均一般公共预算教育经费(元)", "8215.36", "11862.45", "15236.18", "14852.60"],
        ["生均一般公共预算公用经费(元)", "1625.30", "1086.52", "1328.74", "3562.15"],
    ]),
    ("p", "注:表1不含中等职业学校1所、特殊教育学校1所。"),
    ("t", "表2 2023年全县各学段在校生城乡分布(单位:人)", [
        ["学段", "城区", "镇区", "乡村", "合计"],
        ["幼儿园", "2386", "2615", "1861", "6862"],
        ["小学", "6215", "6038", "4125", "16378"],
        ["初中", "3862", "3518", "1146", "8526"],
        ["普通高中", "4215", "1047", "0", "5262"],
        ["中等职业学校", "1486", "0", "0", "1486"],
        ["特殊教育学校", "100", "0", "0", "100"],
        ["合计", "18264", "13218", "7132", "38614"],
    ]),
    ("h", "二、主要指标"),
    ("p", "2023年,全县学前三年毛入园率为92.3%,普惠性幼儿园覆盖率为87.4%,公办园在园幼儿占比为51.8%。"),
    ("p", "九年义务教育巩固率为97.2%,高中阶段毛入学率为91.8%。适龄残疾儿童少年义务教育入学率为95.1%。"),
    ("p", "全县一般公共预算教育支出46218万元,比上年的44396万元增长4.10%;财政经常性收入62835万元,比上年增长2.86%。"),
    ("p", "全县义务教育学校56人以上大班额2个,比上年的5个减少3个;无66人以上超大班额。"),
    ("p", "参与课后服务学生占比为88.2%,义务教育学校课后服务覆盖率为100%。"),
    ("h", "三、教师队伍"),
    ("p", "义务教育教师平均工资收入94860元,当地公务员平均工资收入94210元。"),
    ("p", "交流轮岗教师占符合交流条件教师比例为14.8%。教师5年360学时培训完成率为97.6%。"),
    ("p", "幼儿园专任教师中,持证专任教师388人;学前教育专业毕业的专任教师占比为76.5%。"),
    ("h", "四、办学条件"),
    ("p", "2023年新建、改扩建校舍面积3.6万平方米,新增学位1260个。"),
    ("p", "全县中小学教室照明达标率达100%,标准化智慧校园建成率为46.2%。"),
    ("h", "五、存在问题"),
    ("p", "一是城区学校在校生占比偏高,城区小学、初中在校生占全县的比例分别为37.9%、45.3%。"),
    ("p", "二是乡村小学生均公用经费偏低,部分乡村小学实际支出不足800元。"),
    ("p", "三是幼儿园专任教师持证率不高,距90%的标准仍有差距。"),
    ("h", "六、下一步打算"),
    ("p", "2024年,全县计划新增学位1080个,学前三年毛入园率达到94%,高中阶段毛入学率达到93%。"),
    ("p", "全市2023年学前三年毛入园率为90.8%,高中阶段毛入学率为92.5%。"),
    ("p", "附件:岚川县2023年教育事业统计报表"),
    ("p", "岚川县教育局"),
]


_WORD_COLS = [("kindergarten", "45", "426", "248", "8215.36", "1625.30"),
              ("primary", "32", "1352", "712", "11862.45", "1086.52"),
              ("junior", "14", "836", "356", "15236.18", "1328.74"),
              ("senior", "3", "354", "118", "14852.60", "3562.15")]
WORD_HAND = [
    ("resident_population", None, 2023, "21.36"),
    ("schools", None, 2023, "96"), ("students", None, 2023, "38614"), ("full_time_teachers", None, 2023, "3046"),
] + [(ind, s, 2023, v) for s, *vals in _WORD_COLS
     for ind, v in zip(("schools", "full_time_teachers", "classes", "per_student_general_budget_expenditure",
                        "per_student_public_funding"), vals)] + [
    ("students", "kindergarten", 2023, "6862"), ("students", "primary", 2023, "16378"),
    ("students", "junior", 2023, "8526"), ("students", "senior", 2023, "5262"),
    ("students", "vocational", 2023, "1486"), ("students", "special", 2023, "100"),
    ("preschool_gross_enrollment_rate", None, 2023, "92.3"), ("inclusive_kindergarten_coverage", None, 2023, "87.4"),
    ("public_kindergarten_enrollment_share", None, 2023, "51.8"),
    ("compulsory_retention_rate", None, 2023, "97.2"), ("senior_secondary_gross_enrollment_rate", None, 2023, "91.8"),
    ("disabled_children_enrollment_rate", None, 2023, "95.1"),
    ("edu_general_budget_expenditure", None, 2023, "46218"), ("edu_general_budget_expenditure", None, 2022, "44396"),
    ("fiscal_recurrent_revenue", None, 2023, "62835"),
    ("large_classes", None, 2023, "2"), ("large_classes", None, 2022, "5"),
    ("after_school_service_student_share", None, 2023, "88.2"), ("after_school_service_school_share", None, 2023, "100"),
    ("teacher_avg_salary", None, 2023, "94860"), ("civil_servant_avg_salary", None, 2023, "94210"),
    ("teacher_rotation_share", None, 2023, "14.8"), ("teacher_training_360h_rate", None, 2023, "97.6"),
    ("certified_teachers", "kindergarten", 2023, "388"), ("kg_teacher_professional_share", None, 2023, "76.5"),
    ("classroom_lighting_compliant_share", None, 2023, "100"), ("smart_campus_share", None, 2023, "46.2"),
]
WORD_ALSO = [("edu_appropriation_growth_rate", None, 2023, "4.10"), ("edu_appropriation_growth_rate", None, 2023, "4.1"),
             ("fiscal_recurrent_revenue_growth_rate", None, 2023, "2.86"),
             ("schools", "vocational", 2023, "1"), ("schools", "special", 2023, "1"),
             ("special_education_schools", None, 2023, "1"),
             ("parent_preschool_gross_enrollment_rate", None, 2023, "90.8"),
             ("parent_senior_secondary_gross_enrollment_rate", None, 2023, "92.5"),
             ("super_large_classes", None, 2023, "0")]

DOCS = [
    Doc("district", "330898", "澄浦区", 2023, DISTRICT, DISTRICT_HAND, DISTRICT_ALSO),
    Doc("prefecture", "439800", "苍岭苗族侗族自治州", 2023, PREFECTURE, PREFECTURE_HAND, PREFECTURE_ALSO),
    Doc("balance", "360998", "桐岭县", 2023, BALANCE, BALANCE_HAND, BALANCE_ALSO),
    Doc("questionnaire", "620998", "霁川县", 2023, QUESTIONNAIRE, QUESTIONNAIRE_HAND, QUESTIONNAIRE_ALSO),
    Doc("summary", "340898", "棠溪县", 2023, SUMMARY, SUMMARY_HAND, SUMMARY_ALSO),
    Doc("word", "150998", "岚川县", 2023, docx_text(WORD), WORD_HAND, WORD_ALSO),
]

# Documents read wrongly today (id -> the class of the fault), at a1afc64 (h-review33g).
WRONG: dict = {}  # (h-review33g listed prefecture's 州本级为102979万元 as the whole's: it is read with scope 州本级, below)
# Figures of HAND found today (at a1afc64, h-review33g: 199/236): a later change may raise these, never lower them.
# The misses, by class:
#   district 38/45: structural — 表2's 2022年 column (学前三年毛入园率\t96.8\t95.9\t94.2): every cell of a year-column
#     table is other_entity because one column is 全市2023年 (4 figures); 其中专任教师6138人 dropped as stated_twice
#     against 表1's kindergarten cell 1212 (第2行第4列); wording — 征收教育费附加6215万元、地方教育附加4143万元 (a verb
#     shared across 、); 随迁子女在校生8612人,在公办学校和政府购买服务民办学校就读的比例为96.4% (the subject in the
#     clause before).
#   prefecture 35/35 (and the one wrong reading above).
#   balance 34/37: wording — 初中13所 beside 九年一贯制学校3所 (stage_unclear); 全县不足100人的小规模学校有9所 (no alias);
#     其中骨干教师占交流轮岗教师总数的24.3% (rotation_backbone_share has no alias).
#   questionnaire 9/31: structural — an answer on its own line (1. 全县学前三年毛入园率是多少? / 答:93.2%。): the indicator
#     is in the question, the figure in the answer; 18 such answers are read neither as facts nor as unattached
#     (silent: test (c) below);
#     大班额0个 (mixed_stage: the question's 义务教育学校); wording — 新建、改扩建幼儿园4所 (split at 、: no_indicator);
#     教育费附加2136万元 without 征收.
#   summary 32/37: wording — ◆ 全县共有幼儿园52所,其中公办园31所 (no_indicator); 新建、改扩建幼儿园3所 (split at 、);
#     大班额由上年的5个降至1个 (the year's value after 降至); 征收…1862万元、地方教育附加1241万元 (shared verb);
#     structural — ■ 学前教育专业毕业的专任教师占比为72.4% under 二、存在的问题 (year_unclear: a title of two years).
#   word 51/51 (stages across and a 合计 column both read; the 城区/镇区/乡村 cells listed unattached).
RECALL = {"district": 38, "prefecture": 35, "balance": 34, "questionnaire": 9, "summary": 32, "word": 51}


_WORD = {"word": (WORD, "岚川县2023年教育发展情况报告.docx", 2)}  # the document given as a Word file


def _draft(doc: Doc, tmp_path: Path):
    return draft_of(doc, tmp_path, _WORD)


def _read(doc: Doc, tmp_path: Path) -> set:
    return read_doc(doc, tmp_path, _WORD)


def test_the_documents_are_whole_and_their_keys_their_own():
    check_whole(DOCS, WRONG, RECALL)


def test_the_district_tables_are_flattened_by_tabs_and_the_balance_table_by_bars():
    rows = [line for line in DISTRICT.splitlines() if "\t" in line]
    assert len(rows) == 12 and all(len(r.split("\t")) in (4, 5) for r in rows)
    assert sum(line.startswith("| ") for line in BALANCE.splitlines()) == 9


def test_the_word_tables_have_stages_across_and_a_total_column(tmp_path):
    from docx import Document

    first, second = Document(write_docx(WORD, tmp_path / "t.docx")).tables
    assert [c.text for c in first.rows[0].cells] == ["指标", "幼儿园", "小学", "初中", "普通高中"]
    assert [c.text for c in second.rows[0].cells][-1] == "合计" and second.rows[-1].cells[0].text == "合计"
    for row in second.rows[1:]:  # the 合计 column is the sum of the three before it
        cells = [int(c.text) for c in row.cells[1:]]
        assert sum(cells[:3]) == cells[3]


@pytest.mark.parametrize("doc", wrong_params(DOCS, WRONG))
def test_no_wrong_reading(doc, tmp_path):
    assert_no_wrong(_read(doc, tmp_path), doc)


@pytest.mark.parametrize("doc", DOCS, ids=[doc.id for doc in DOCS])
def test_recall_not_lower(doc, tmp_path):
    assert_recall(_read(doc, tmp_path), doc, RECALL)


# Two faults the whole documents hide today (a1afc64), each a strict xfail on the document's own text changed as said.
# (a) the district's 一、总体情况 without 表1 after it: 在校学生(含在园幼儿)89416人 lends 幼儿园 to the next clause, so
# 教职工7426人,其中专任教师6138人 is read as kindergarten teachers; in the whole document the same reading meets 表1's
# kindergarten cell 1212 and is dropped as stated twice, which is why 6138 is a miss there, not a wrong reading.
# (a) mended in stop 35 (stages.py: a stage inside a parenthesis is no topic for the clause after)
def test_the_district_overview_alone_reads_no_stage_into_the_teachers():
    text = DISTRICT[:DISTRICT.index("表1 2023")]
    draft = extract_text(text, "report.txt", "330898", 2023, name="澄浦区")
    got = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}
    assert ("full_time_teachers", "kindergarten", 2023, "6138") not in got
    assert got <= set(DISTRICT_HAND) | set(DISTRICT_ALSO), sorted(got - set(DISTRICT_HAND) - set(DISTRICT_ALSO), key=str)


# (b) the questionnaire with question 25 answered 否: the claim 全部用于教育 is read from the question itself
# (是否全部用于教育?), so a county that answers no is reported as saying yes.
# (read wrongly at a1afc64; mended in stop 33: a sentence asking 是否… or ending in ? states no claim)
def test_a_question_answered_no_claims_nothing():
    text = QUESTIONNAIRE.replace("答:教育费附加2136万元,地方教育附加1424万元,全部用于教育。",
                                 "答:否。教育费附加2136万元,其中用于教育1980万元。")
    assert text != QUESTIONNAIRE
    draft = extract_text(text, "report.txt", "620998", 2023, name="霁川县")
    assert not [p for p in draft.facts if p.indicator == "edu_surcharge_used_for_education"]


# (c) nothing silent: every answer with a figure (答:93.2%。) is read as a fact or listed unattached. Today 18 answers
# of the questionnaire are neither: the indicator is in the question line above, and the figure alone is passed over.
@pytest.mark.xfail(strict=True, reason="silent: a bare number answering its question (答:0。) is neither a fact nor unattached "
                   "(17 of the 18 answers silent at a1afc64 are listed since stop 33)")
def test_every_answer_with_a_figure_is_read_or_listed(tmp_path):
    doc = DOCS[3]
    draft = _draft(doc, tmp_path)
    whole = draft.folded.source
    origin = draft.folded.origin  # a folded offset's place in the source
    spans = [(origin[i.start], origin[i.end - 1] + 1) for i in (*draft.facts, *draft.unattached) if i.end > i.start]
    silent, at = [], 0
    for line in whole.splitlines(keepends=True):
        if line.startswith("答:") and re.search(r"\d", line):
            if not any(s < at + len(line) and e > at for s, e in spans):
                silent.append(line.strip())
        at += len(line)
    assert not silent, f"{len(silent)} answers passed over in silence: {silent}"


def test_the_prefectures_own_level_keeps_its_scope(tmp_path):
    draft = _draft(DOCS[1], tmp_path)
    own_level = [p for p in draft.facts if p.value == "102979"]
    assert [(p.indicator, p.scope) for p in own_level] == [("edu_total_investment", "州本级")]
