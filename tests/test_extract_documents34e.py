"""An eighth set of whole own-made documents, read end to end (h-review34e, issue 24): kinds and styles the documents of
test_extract_documents32d.py, 33.py, 33c.py, 33e.py, 33g.py, 33i.py, 34a.py, 34b.py and 34c.py do not have.

(1) a county 人民政府's 关于学前教育工作情况的报告 to the 县人大常委会 (主任、各位副主任、各位委员; 我县/全县, the year's
figures, then a section on the province's 考核 listing each 省考核目标值 beside the county's figure, the province's and the
city's averages, problems with single kindergartens' figures, next steps with 2025 targets); (2) a county 教育局's
年度 教育统计分析报告 (each stage 比上年增加/减少X人, 增长Y%; each stage's share of all pupils; a section setting 2021 and
2022 side by side: 2021年、2022年…分别为…、…; 由2021年的…增加到2022年的…); (3) a prefecture's (市) 教育事业统计公报 whose
table has its counties as COLUMNS (指标 | 全市 | 澜城区 | 平江区 …, cells apart by spaces) and the city's totals in prose
(the entity is the city); (4) a county's 义务教育发展基本均衡县 复查 自查报告 of 2017: the old eight items per stage, 达标
school counts, the primary 差异系数 in prose each followed by its 2016 value in brackets (0.482(2016年0.503)), the junior
ones in a table whose columns are 2016年 | 2017年; (5) the 质量年度报告 of a county's only 中等职业学校, written by the school:
its figures (我校/学校: 在校生, 专任教师, 双师型, 就业率) are the school's; only the paragraph the county's 教育和体育局
supplies (全县…) is the county's; (6) a county's 第二期特殊教育提升计划(2017—2020年) 实施情况总结 (残疾儿童少年入学率 of 2016
and of each year 2017—2020, 随班就读, 送教上门, the 特殊教育学校's figures, a funding standard beside the actual figure,
the third plan's targets).
Every place and figure is made up (青禾县 450998, 梧垣县 520998, 澜平市 459800, 榆川县 140998, 莱岭县 370998, 岐川县 610998
exist nowhere); nothing is copied from tests/data/reports/ or from the earlier files.

HAND is what a careful reader attaches to the document's entity (indicator, stage, period, value) by the conventions
of tests/data/reports/README.md: figures of standards, 考核目标值, targets, plans, other entities (全省, 全市 for a county,
a county of the city, a school) or of another year read as this year are not the entity's; a prior year's figure is
taken only where written with its year (比2016年的…, 2021年、2022年…分别为…, a 2016年 column); a part (公办, 普惠性民办,
送教上门) is not the stage's; levels no indicator of checker/data/indicators.yaml takes (生师比, 就业率, 送教上门学生, 达标
school counts, 资源教室) are left out. ALSO lists readings that are not wrong though not counted. The constraint is 0 wrong
(test_no_wrong_reading, a strict xfail where one is read wrongly today, its reason the class of the fault); the
objective is recall, held at today's count (test_recall_not_lower). Past 400 lines for a reason: the file is six whole
documents and their keys; the tests are at the end.
"""

import re

import pytest
from whole_documents import Doc, assert_no_wrong, assert_recall, check_whole, draft_of, read_doc, wrong_params


# (1) a county 人民政府's report on 学前教育 to the 县人大常委会 ---------------------------------------------------------
PRESCHOOL = """青禾县人民政府关于全县学前教育工作情况的报告
——2024年6月20日在青禾县第十八届人民代表大会常务委员会第十九次会议上
青禾县人民政府副县长 韦明远

主任、各位副主任、各位委员:
受县人民政府委托,现将我县学前教育工作情况报告如下,请予审议。

一、基本情况
截至2023年底,全县共有幼儿园97所,其中公办幼儿园61所,民办幼儿园36所(其中普惠性民办幼儿园29所)。全县幼儿园教学班812个,在园幼儿21436人,其中公办园在园幼儿12583人。全县幼儿园教职工2265人,其中专任教师1386人,持证专任教师1204人;园长97人,其中持证园长91人。
2023年,全县学前三年毛入园率达到91.6%,比上年提高1.8个百分点;普惠性幼儿园覆盖率为88.4%;公办园在园幼儿占比为58.7%;县域幼儿园班额达标率为96.3%。

二、主要工作及成效
(一)扩充资源,普及水平稳步提高。县政府连续三年将学前教育项目列入为民办实事。2023年,全县新建、改扩建幼儿园6所,新增学位1620个;认定扶持普惠性民办园4所。实施"一村一园"工程,全县132个行政村中已有118个设立幼儿园或分园。
(二)加大投入,保障机制逐步健全。2023年,全县财政性学前教育经费8653万元,比上年增长7.2%,占财政性教育经费的9.8%。全县幼儿园生均公用经费2023年达到720元,高于省定每生每年不低于600元的标准;普惠性民办幼儿园按每生每年400元给予补助。
(三)建强队伍,保教质量持续提升。全县幼儿园专任教师中,学前教育专业毕业的专任教师占比为78.5%。公办园非在编教师平均工资与在编教师平均工资之比为62.3%,比上年提高4.1个百分点。全年培训幼儿园园长和教师3200人次。
(四)规范管理,办园行为更加规范。全年对97所幼儿园开展办园行为督导评估,评定一级园12所、二级园35所;取缔无证幼儿园3所。开展"小学化"专项治理,整改问题21个。
(五)强化安全,校园安全保障有力。全县幼儿园专职保安配备率、一键报警装置安装率和视频监控覆盖率均达到100%,全年未发生重大安全责任事故。

三、全省学前教育发展水平考核情况
2023年,省教育厅对各县(市、区)学前教育发展水平进行年度考核。主要考核指标及我县完成情况如下:
1.学前三年毛入园率:省考核目标值90%,我县91.6%,得满分;
2.普惠性幼儿园覆盖率:省考核目标值85%,我县88.4%,得满分;
3.公办园在园幼儿占比:省考核目标值55%,我县达到目标;
4.幼儿园专任教师持证率:省考核目标值90%,我县86.9%,扣1.5分。
我县考核总得分86.5分,在全市9个县(市、区)中列第4位。
同期,全省学前三年毛入园率为92.8%,普惠性幼儿园覆盖率为90.1%,公办园在园幼儿占比为52.6%;全市学前三年毛入园率为91.2%。

四、存在的主要问题
(一)城区学位供给仍然紧张。县城7所公办幼儿园平均班额35人,县第一幼儿园大班平均班额达38人,超过30人的标准。
(二)教师队伍结构性短缺。按照教职工与幼儿1:7的配备标准,全县尚缺幼儿园教职工约800人;乡镇幼儿园专任教师持证率仅为81.3%,低于全县平均水平。
(三)民办园保教质量参差不齐。部分民办园收费偏高,个别民办园年收费超过12000元。
(四)经费投入仍然不足。财政性学前教育经费占财政性教育经费比例低于全省平均水平(11.2%)。

五、下一步工作打算
(一)持续扩充资源。2024年计划新建幼儿园3所、改扩建2所,新增学位1080个。力争到2025年,全县学前三年毛入园率达到93%以上,普惠性幼儿园覆盖率达到90%以上,公办园在园幼儿占比达到60%以上。
(二)加强队伍建设。三年内公开招聘幼儿园专任教师300名,到2025年幼儿园专任教师持证率达到95%。
(三)完善投入机制。逐步将幼儿园生均公用经费提高到每生每年800元。
(四)提升保教质量。推进城乡幼儿园结对帮扶,2024年实现结对全覆盖。

主任、各位副主任、各位委员,我们将认真落实本次会议审议意见,推动全县学前教育持续健康发展。
以上报告,请予审议。

青禾县人民政府
2024年6月20日
"""

PRESCHOOL_HAND = [
    ("schools", "kindergarten", 2023, "97"), ("private_kindergartens", None, 2023, "36"),
    ("classes", "kindergarten", 2023, "812"), ("students", "kindergarten", 2023, "21436"),
    ("full_time_teachers", "kindergarten", 2023, "1386"), ("certified_teachers", "kindergarten", 2023, "1204"),
    ("principals", "kindergarten", 2023, "97"), ("certified_principals", "kindergarten", 2023, "91"),
    ("preschool_gross_enrollment_rate", None, 2023, "91.6"), ("inclusive_kindergarten_coverage", None, 2023, "88.4"),
    ("public_kindergarten_enrollment_share", None, 2023, "58.7"), ("kg_class_size_compliance_rate", None, 2023, "96.3"),
    ("kindergartens_built_or_expanded", None, 2023, "6"),
    ("inclusive_private_kindergartens_recognised", None, 2023, "4"),
    ("per_student_public_funding", "kindergarten", 2023, "720"), ("kg_teacher_professional_share", None, 2023, "78.5"),
    ("kg_noncontract_teacher_pay_ratio", None, 2023, "62.3"),
]
PRESCHOOL_ALSO = [("parent_preschool_gross_enrollment_rate", None, 2023, "91.2")]


# (2) a county 教育局's 年度 教育统计分析报告: each stage against the year before, shares, 2021 and 2022 side by side ----
ANALYSIS = """梧垣县2022年教育事业统计分析报告
梧垣县教育局
2023年3月10日

根据2022年教育事业综合统计年报(统计时点为2022年9月1日),现对全县教育事业发展情况分析如下。

一、总体规模
2022年,全县共有各级各类学校186所(含幼儿园,不含教学点),比上年减少4所;在校学生(含在园幼儿)68245人,比上年增加386人,增长0.57%;专任教师4526人,比上年增加93人,增长2.10%。
从学段结构看,在园幼儿占全县在校学生总数的21.4%,小学在校生占44.6%,初中在校生占20.3%,高中阶段在校生占13.3%,特殊教育在校生占0.4%。与上年相比,学前教育所占比重下降1.0个百分点,义务教育所占比重上升0.8个百分点。

二、学前教育
全县共有幼儿园98所,比上年增加2所,其中民办幼儿园41所,比上年减少3所。在园幼儿14605人,比上年减少612人,下降4.02%;幼儿园专任教师1032人,比上年增加46人,增长4.67%。学前三年毛入园率为89.3%,比上年提高1.6个百分点。
在园幼儿减少的主要原因是出生人口下降:2019年全县出生人口4865人,较2016年减少1286人。

三、义务教育
(一)小学。全县共有小学53所(另有教学点28个),比上年减少5所;在校生30439人,比上年增加521人,增长1.74%;专任教师1786人,比上年增加22人;教学班762个,其中56人以上大班额4个,比上年减少9个。
(二)初中。全县共有初中22所(含九年一贯制学校6所),与上年持平;在校生13854人,比上年增加308人,增长2.27%;专任教师1098人,比上年增加15人;教学班318个,其中大班额7个,比上年减少5个。
全县九年义务教育巩固率为95.8%。小学、初中生师比分别为17.0:1、12.6:1,均低于省定编制标准(19:1、13.5:1)。

四、高中阶段教育
全县有普通高中3所,在校生6286人,比上年增加142人,增长2.31%;专任教师412人。中等职业学校2所,在校生2778人,比上年减少95人,下降3.31%;专任教师163人。
全县高中阶段毛入学率为90.6%。普通高中与中等职业学校在校生之比为69.4:30.6,中职所占比重比上年下降1.2个百分点。

五、特殊教育
全县有特殊教育学校1所,在校生283人(其中送教上门学生96人),比上年增加17人;专任教师35人。普通学校随班就读残疾学生178人。适龄残疾儿童少年义务教育入学率为95.2%。

六、2021年与2022年主要指标对比
2021年、2022年,全县学前三年毛入园率分别为87.7%、89.3%;普惠性幼儿园覆盖率分别为83.5%、86.2%;九年义务教育巩固率分别为95.1%、95.8%;高中阶段毛入学率分别为88.9%、90.6%。
小学专任教师由2021年的1764人增加到2022年的1786人;初中在校生由2021年的13546人增加到2022年的13854人;普通高中在校生由2021年的6144人增加到2022年的6286人。
2021年全县一般公共预算教育支出为58236万元,2022年为61025万元,增长4.79%。

七、分析与建议
(一)学前教育学位将逐步富余。按出生人口测算,2025年全县在园幼儿将降至11800人左右,建议统筹调整幼儿园布局。
(二)城区义务教育学位仍然紧张。城区小学平均班额为48人,县城关二小平均班额达54人。
(三)特殊教育送教上门比重偏高。送教上门学生占特殊教育在校生的33.9%,建议扩大随班就读规模。
(四)中职吸引力不足。建议到2025年将中职招生占高中阶段招生比例稳定在40%左右,高中阶段毛入学率达到92%以上。

附件:2022年梧垣县教育事业统计主要数据表(略)

梧垣县教育局发展规划股
2023年3月10日
"""

ANALYSIS_HAND = [
    ("schools", None, 2022, "186"), ("students", None, 2022, "68245"), ("full_time_teachers", None, 2022, "4526"),
    ("schools", "kindergarten", 2022, "98"), ("private_kindergartens", None, 2022, "41"),
    ("students", "kindergarten", 2022, "14605"), ("full_time_teachers", "kindergarten", 2022, "1032"),
    ("preschool_gross_enrollment_rate", None, 2022, "89.3"),
    ("schools", "primary", 2022, "53"), ("students", "primary", 2022, "30439"),
    ("full_time_teachers", "primary", 2022, "1786"), ("classes", "primary", 2022, "762"),
    ("large_classes", "primary", 2022, "4"),
    ("schools", "junior", 2022, "22"), ("students", "junior", 2022, "13854"),
    ("full_time_teachers", "junior", 2022, "1098"), ("classes", "junior", 2022, "318"),
    ("large_classes", "junior", 2022, "7"),
    ("compulsory_retention_rate", None, 2022, "95.8"),
    ("schools", "senior", 2022, "3"), ("students", "senior", 2022, "6286"),
    ("full_time_teachers", "senior", 2022, "412"),
    ("schools", "vocational", 2022, "2"), ("students", "vocational", 2022, "2778"),
    ("full_time_teachers", "vocational", 2022, "163"),
    ("senior_secondary_gross_enrollment_rate", None, 2022, "90.6"),
    ("schools", "special", 2022, "1"), ("students", "special", 2022, "283"),
    ("full_time_teachers", "special", 2022, "35"),
    ("disabled_students_in_regular_classes", None, 2022, "178"),
    ("disabled_children_enrollment_rate", None, 2022, "95.2"),
    ("preschool_gross_enrollment_rate", None, 2021, "87.7"),
    ("inclusive_kindergarten_coverage", None, 2021, "83.5"), ("inclusive_kindergarten_coverage", None, 2022, "86.2"),
    ("compulsory_retention_rate", None, 2021, "95.1"), ("senior_secondary_gross_enrollment_rate", None, 2021, "88.9"),
    ("full_time_teachers", "primary", 2021, "1764"), ("students", "junior", 2021, "13546"),
    ("students", "senior", 2021, "6144"),
    ("edu_general_budget_expenditure", None, 2021, "58236"), ("edu_general_budget_expenditure", None, 2022, "61025"),
]
ANALYSIS_ALSO = [("special_education_schools", None, 2022, "1"), ("edu_appropriation_growth_rate", None, 2022, "4.79")]


# (3) a prefecture's (市) 教育事业统计公报: the city's totals in prose, its counties as the COLUMNS of a table ----------
CITY = """澜平市2023年教育事业发展统计公报
澜平市教育局
2024年5月16日

2023年,全市教育系统坚持立德树人根本任务,各级各类教育协调发展。现将2023/2024学年初全市教育事业发展基本情况公报如下。

一、总体情况
全市共有各级各类学校1246所(不含教学点),在校学生(含在园幼儿)58.62万人,专任教师38415人。全市辖澜城区、平江区、石湾县、云岭县、丰溪县和安宁市6个县(市、区)。

二、学前教育
全市共有幼儿园586所,比上年减少14所;在园幼儿12.43万人,比上年减少0.86万人;幼儿园专任教师8236人。全市学前三年毛入园率为92.5%,普惠性幼儿园覆盖率为89.6%,公办园在园幼儿占比为56.3%。

三、义务教育
全市共有小学412所,在校生25.36万人,专任教师15862人;初中158所,在校生12.15万人,专任教师9834人。全市九年义务教育巩固率为97.3%,进城务工人员随迁子女在公办学校和政府购买服务民办学校就读比例为95.6%。

四、高中阶段教育
全市共有普通高中36所,在校生5.62万人;中等职业学校18所,在校生2.86万人。全市高中阶段毛入学率为93.1%。

五、特殊教育
全市共有特殊教育学校8所,在校生1236人;普通学校随班就读残疾学生2215人。全市适龄残疾儿童少年义务教育入学率为96.8%。

六、分县(市、区)主要指标
表1 2023年各县(市、区)教育事业主要指标
单位:所、人、%
指标              全市    澜城区  平江区  石湾县  云岭县  丰溪县  安宁市
幼儿园            586     98      76      112     104     87      109
小学              412     45      38      86      92      71      80
初中              158     18      15      33      35      27      30
普通高中          36      8       7       5       6       4       6
专任教师          38415   6520    5480    7310    6890    5625    6590
学前三年毛入园率  92.5    96.8    95.2    89.6    88.1    90.3    93.4
义务教育巩固率    97.3    99.2    98.6    95.8    95.1    96.4    97.9
高中阶段毛入学率  93.1    97.5    96.2    90.4    89.3    91.6    94.8
注:学校数不含教学点;全市数含市直属学校。

七、与全省比较
2023年,全省学前三年毛入园率为91.8%,九年义务教育巩固率为96.9%,高中阶段毛入学率为92.4%。全市三项普及指标均高于全省平均水平,但石湾县、云岭县学前三年毛入园率仍低于全省平均水平。

八、教育经费
2023年,全市一般公共预算教育支出98.65亿元,比上年的95.12亿元增长3.71%;征收教育费附加6.12亿元。

附注:
1.本公报数据为2023年教育事业统计快报数据。
2.在校学生数不含成人教育学员。
3.部分数据因四舍五入,分项合计与总数略有出入。

澜平市教育局
2024年5月16日
"""

CITY_HAND = [
    ("schools", None, 2023, "1246"), ("students", None, 2023, "58.62"), ("full_time_teachers", None, 2023, "38415"),
    ("schools", "kindergarten", 2023, "586"), ("students", "kindergarten", 2023, "12.43"),
    ("full_time_teachers", "kindergarten", 2023, "8236"),
    ("preschool_gross_enrollment_rate", None, 2023, "92.5"), ("inclusive_kindergarten_coverage", None, 2023, "89.6"),
    ("public_kindergarten_enrollment_share", None, 2023, "56.3"),
    ("schools", "primary", 2023, "412"), ("students", "primary", 2023, "25.36"),
    ("full_time_teachers", "primary", 2023, "15862"),
    ("schools", "junior", 2023, "158"), ("students", "junior", 2023, "12.15"),
    ("full_time_teachers", "junior", 2023, "9834"),
    ("compulsory_retention_rate", None, 2023, "97.3"), ("migrant_children_public_share", None, 2023, "95.6"),
    ("schools", "senior", 2023, "36"), ("students", "senior", 2023, "5.62"),
    ("schools", "vocational", 2023, "18"), ("students", "vocational", 2023, "2.86"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "93.1"),
    ("schools", "special", 2023, "8"), ("students", "special", 2023, "1236"),
    ("disabled_students_in_regular_classes", None, 2023, "2215"),
    ("disabled_children_enrollment_rate", None, 2023, "96.8"),
    ("edu_general_budget_expenditure", None, 2023, "98.65"), ("edu_general_budget_expenditure", None, 2022, "95.12"),
    ("edu_surcharge_collected", None, 2023, "6.12"),
]
CITY_ALSO = [("special_education_schools", None, 2023, "8"), ("edu_appropriation_growth_rate", None, 2023, "3.71")]


# (4) a county's 义务教育发展基本均衡县 复查 自查报告 of 2017: the old eight items per stage, 2016 and 2017 差异系数 ------
RECHECK = """榆川县义务教育发展基本均衡县复查自查报告
榆川县人民政府
2017年11月8日

我县于2015年通过国家义务教育发展基本均衡县督导评估认定。根据《省教育厅关于开展义务教育发展基本均衡县复查工作的通知》要求,县政府组织教育、财政、人社、编办等部门,对照省定义务教育学校办学基本标准,对全县义务教育学校2017年办学条件和均衡状况逐校进行了自查。现将自查情况报告如下。

一、基本情况
全县共有义务教育学校68所,其中小学49所、初中19所;另有小学教学点14个。2017年,全县小学在校生21365人、初中在校生10248人;小学专任教师1426人、初中专任教师876人。

二、学校达标情况
对照省定办学基本标准的八项指标,逐校核查结果如下:
(一)小学。49所小学中,生均教学及辅助用房面积达标47所,生均体育运动场馆面积达标45所,生均教学仪器设备值达标49所,每百名学生拥有计算机台数达标48所,生均图书册数达标49所,师生比达标46所,生均高于规定学历教师数达标49所,生均中级及以上专业技术职务教师数达标44所。
(二)初中。19所初中中,生均教学及辅助用房面积达标19所,生均体育运动场馆面积达标17所,生均教学仪器设备值达标19所,每百名学生拥有计算机台数达标19所,生均图书册数达标18所,师生比达标19所,生均高于规定学历教师数达标19所,生均中级及以上专业技术职务教师数达标18所。
八项指标全部达标的小学42所、初中16所,分别比2016年增加3所、1所。

三、校际均衡状况
(一)小学。2017年全县小学八项指标校际差异系数分别为:生均教学及辅助用房面积0.482(2016年0.503),生均体育运动场馆面积0.615(2016年0.642),生均教学仪器设备值0.536(2016年0.558),每百名学生拥有计算机台数0.425(2016年0.451),生均图书册数0.398(2016年0.412),师生比0.312(2016年0.335),生均高于规定学历教师数0.386(2016年0.402),生均中级及以上专业技术职务教师数0.468(2016年0.495)。小学综合差异系数为0.453,2016年为0.475,低于国家规定的0.65。
(二)初中。全县初中八项指标校际差异系数见下表:
表1 榆川县初中校际差异系数
指标                            2016年   2017年
生均教学及辅助用房面积          0.412    0.395
生均体育运动场馆面积            0.526    0.508
生均教学仪器设备值              0.438    0.416
每百名学生拥有计算机台数        0.356    0.342
生均图书册数                    0.301    0.288
师生比                          0.265    0.251
生均高于规定学历教师数          0.284    0.270
生均中级及以上专业技术职务教师数 0.394    0.314
综合差异系数                    0.372    0.348
初中综合差异系数低于国家规定的0.55。

四、政府保障情况
2017年,全县小学、初中生均公用经费分别达到680元、880元,高于国家基准定额(小学600元、初中800元)。义务教育教师平均工资收入为58620元,不低于当地公务员平均工资收入(57940元)。全县九年义务教育巩固率为96.2%,适龄残疾儿童少年义务教育入学率为91.5%。
全县小学56人以上大班额12个,比2016年减少8个;初中已无大班额。

五、社会认可情况
县政府委托第三方开展满意度调查,共发放问卷3200份,义务教育基本均衡公众满意度为93.6%。

六、存在的问题和整改措施
(一)部分乡村小学体育运动场馆面积不足,如西岭乡中心小学生均体育运动场馆面积仅3.2平方米,低于省定标准(小学不低于5平方米)。
(二)小学生均中级及以上专业技术职务教师数达标学校少,5所小学未达标。
整改措施:2018年投入资金3600万元,新建、改扩建运动场8个;力争到2018年底,全县小学综合差异系数降至0.43以下,八项指标全部达标的小学达到46所以上。

榆川县人民政府
2017年11月8日
"""

_CV_ROWS = [("cv_aux_area_per_student_stated", "0.482", "0.503", "0.395", "0.412"),
            ("cv_sports_area_per_student_stated", "0.615", "0.642", "0.508", "0.526"),
            ("cv_equipment_per_student_stated", "0.536", "0.558", "0.416", "0.438"),
            ("cv_computers_per100_stated", "0.425", "0.451", "0.342", "0.356"),
            ("cv_books_per_student_stated", "0.398", "0.412", "0.288", "0.301"),
            ("cv_teachers_per100_stated", "0.312", "0.335", "0.251", "0.265"),
            ("cv_degree_per100_stated", "0.386", "0.402", "0.270", "0.284"),
            ("cv_mid_title_per100_stated", "0.468", "0.495", "0.314", "0.394"),
            ("cv_composite_stated", "0.453", "0.475", "0.348", "0.372")]
RECHECK_HAND = [
    ("schools", "primary", 2017, "49"), ("schools", "junior", 2017, "19"),
    ("students", "primary", 2017, "21365"), ("students", "junior", 2017, "10248"),
    ("full_time_teachers", "primary", 2017, "1426"), ("full_time_teachers", "junior", 2017, "876"),
] + [(ind, s, y, v) for ind, p17, p16, j17, j16 in _CV_ROWS
     for s, y, v in (("primary", 2017, p17), ("primary", 2016, p16), ("junior", 2017, j17), ("junior", 2016, j16))] + [
    ("per_student_public_funding", "primary", 2017, "680"), ("per_student_public_funding", "junior", 2017, "880"),
    ("teacher_avg_salary", None, 2017, "58620"), ("civil_servant_avg_salary", None, 2017, "57940"),
    ("compulsory_retention_rate", None, 2017, "96.2"), ("disabled_children_enrollment_rate", None, 2017, "91.5"),
    ("large_classes", "primary", 2017, "12"), ("basic_balance_public_satisfaction", None, 2017, "93.6"),
]
RECHECK_ALSO = [("large_classes", "junior", 2017, "0")]


# (5) a county's only 中职's 质量年度报告: the school's figures, and the few the county states as its own -----------------
VOCATIONAL = """莱岭县职业中等专业学校质量年度报告(2024)

莱岭县职业中等专业学校

2024年1月

前言

根据《教育部办公厅关于做好中等职业教育质量年度报告工作的通知》要求,我校编制了本年度质量报告。报告数据截至2023年12月31日,学校数据来源于学校状态数据采集平台,县域数据由莱岭县教育和体育局提供。

一、县域中等职业教育概况

据莱岭县教育和体育局统计,2023年,全县有中等职业学校1所,即我校;全县中职在校生3215人,占全县高中阶段在校生的38.7%。全县高中阶段毛入学率为94.6%,比上年提高0.8个百分点。县财政按每生每年1800元的标准拨付中职学校生均公用经费。

二、学校基本情况

(一)办学规模。学校占地面积186亩,建筑面积9.8万平方米,开设数控技术应用、汽车运用与维修、电子商务、学前教育、护理等14个专业。2023年秋季招生1126人,在校生3215人,教学班72个;毕业生968人。

(二)师资队伍。学校有教职工226人,其中专任教师186人,专业课教师128人,"双师型"教师占专业课教师比例为72.4%;具有研究生学历教师21人,高级职称教师58人。生师比为17.3:1,达到国家设置标准(20:1)。

(三)设施设备。学校教学仪器设备总值4865万元,生均15132元;纸质图书12.6万册,生均39册;校内实训基地38个,实训工位2860个。

三、学生发展

(一)学生素质。2023年,学生文化课合格率97.8%,体质测试合格率93.5%,毕业率98.2%。

(二)技能竞赛。学生在省职业院校技能大赛中获一等奖3项、二等奖7项,获奖数比上年增加4项。

(三)就业质量。2023届毕业生968人,就业率96.4%,其中升入高等院校512人,对口就业率85.3%;直接就业学生月平均收入3860元。

四、质量保障

学校建立"三全育人"机制,实施教学诊断与改进。全年开展教师培训1560人次,专业课教师企业实践率达到100%。

五、校企合作

学校与县内外68家企业开展合作,共建订单班12个,企业捐赠设备价值326万元。2023年开展社会培训8600人次。

六、经费投入

2023年学校总收入6852万元,其中财政拨款5916万元。学校生均公用经费实际达到2050元。县政府投入1500万元建设实训大楼。

七、面临挑战

一是专业课教师仍有缺口,按照专业课教师占专任教师比例不低于60%的要求,尚缺专业课教师约24人。二是实训设备更新滞后。三是招生规模受普通高中扩招影响,2023年招生计划完成率为93.7%。

八、下一步打算

到2025年,学校在校生达到3500人,"双师型"教师占专业课教师比例达到80%,毕业生就业率稳定在95%以上。

莱岭县职业中等专业学校

2024年1月
"""

VOCATIONAL_HAND = [
    ("schools", "vocational", 2023, "1"), ("students", "vocational", 2023, "3215"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "94.6"),
]
VOCATIONAL_ALSO: list = []


# (6) a county's 第二期特殊教育提升计划 实施情况总结: 2016 base, each year's rate, 2020 results, the third plan's targets --
SPECIAL = """岐川县第二期特殊教育提升计划(2017—2020年)实施情况总结

岐川县教育局 岐川县残疾人联合会

2020年12月18日

2017年以来,我县认真贯彻《第二期特殊教育提升计划(2017—2020年)》和省、市实施方案,以提高残疾儿童少年义务教育普及水平为重点,全面推进融合教育,第二期特殊教育提升计划确定的目标任务全面完成。现将实施情况总结如下。

一、主要目标完成情况

(一)普及水平明显提高。到2020年底,全县适龄残疾儿童少年义务教育入学率达到96.3%,比2016年的82.5%提高13.8个百分点,超过省定95%的目标。2017年至2020年,全县适龄残疾儿童少年义务教育入学率分别为86.4%、90.2%、93.8%、96.3%。

(二)安置体系基本健全。形成以普通学校随班就读为主体、以特殊教育学校为骨干、以送教上门为补充的安置格局。2020年,全县共有特殊教育学校1所,在校生186人(不含送教上门学生),专任教师38人;普通学校随班就读残疾学生242人,比2016年的158人增加84人;送教上门学生87人。

(三)办学条件持续改善。全县普通学校建成特殊教育资源教室16个,比计划目标多建4个;县特殊教育学校完成改扩建,建筑面积由2016年的3200平方米增加到6800平方米。

二、主要做法

(一)强化组织领导。县政府成立特殊教育提升计划领导小组,将特殊教育纳入县政府对乡镇年度目标考核。

(二)加大经费投入。2017年起,特殊教育学校生均公用经费按每生每年6000元的标准拨付,2020年实际达到7200元;随班就读和送教上门学生按特殊教育学校标准拨付生均公用经费。四年来,县财政累计投入特殊教育经费2865万元,年均增长12.6%。

(三)加强队伍建设。全县特殊教育学校专任教师中,特殊教育专业毕业的占64.2%。特殊教育教师享受特殊教育津贴,标准为基本工资的15%。四年共培训资源教师和随班就读教师620人次。

(四)推进融合教育。全县58所普通中小学接收残疾学生随班就读,建立"一人一案"档案470份。送教上门教师每月入户不少于2次,每次不少于2课时。

(五)完善非义务教育阶段特殊教育。县特殊教育学校开办学前部和职业教育部,2020年学前部在园残疾幼儿21人,职教部在校生34人。

三、存在的问题

一是重度、多重残疾儿童入学仍有困难,全县仍有未入学适龄残疾儿童少年17人。二是资源教室使用效率不高,有5个资源教室未配备专职资源教师。三是特殊教育教师数量不足,按照1:3的师生比标准,县特殊教育学校尚缺专任教师约24人。四是送教上门质量有待提高。

四、下一步工作

根据国家《"十四五"特殊教育发展提升行动计划》,我县将制定第三期实施方案:到2025年,全县适龄残疾儿童少年义务教育入学率达到97%以上;新建资源教室10个,实现乡镇中心学校全覆盖;特殊教育学校生均公用经费逐步提高到每生每年8000元;特殊教育学校专任教师达到60人。

岐川县教育局 岐川县残疾人联合会

2020年12月18日

(联系人:县教育局基础教育股)
"""

SPECIAL_HAND = [
    ("disabled_children_enrollment_rate", None, 2020, "96.3"),
    ("disabled_children_enrollment_rate", None, 2016, "82.5"),
    ("disabled_children_enrollment_rate", None, 2017, "86.4"),
    ("disabled_children_enrollment_rate", None, 2018, "90.2"),
    ("disabled_children_enrollment_rate", None, 2019, "93.8"),
    ("schools", "special", 2020, "1"), ("students", "special", 2020, "186"),
    ("full_time_teachers", "special", 2020, "38"),
    ("disabled_students_in_regular_classes", None, 2020, "242"),
    ("disabled_students_in_regular_classes", None, 2016, "158"),
    ("per_student_public_funding", "special", 2020, "7200"),
]
SPECIAL_ALSO = [("special_education_schools", None, 2020, "1")]


DOCS = [
    Doc("preschool", "450998", "青禾县", 2023, PRESCHOOL, PRESCHOOL_HAND, PRESCHOOL_ALSO),
    Doc("analysis", "520998", "梧垣县", 2022, ANALYSIS, ANALYSIS_HAND, ANALYSIS_ALSO),
    Doc("city", "459800", "澜平市", 2023, CITY, CITY_HAND, CITY_ALSO),
    Doc("recheck", "140998", "榆川县", 2017, RECHECK, RECHECK_HAND, RECHECK_ALSO),
    Doc("vocational", "370998", "莱岭县", 2023, VOCATIONAL, VOCATIONAL_HAND, VOCATIONAL_ALSO),
    Doc("special", "610998", "岐川县", 2020, SPECIAL, SPECIAL_HAND, SPECIAL_ALSO),
]

# Documents read wrongly today (id -> the class of the fault), at b2b2781 (h-review34e).
# Mended: vocational — other entity: a school's own report (我校/学校…): its 在校生3215人, 教学班72个, 其中专任教师186人
# and "双师型"教师占专业课教师比例为72.4% were read as the county's (now named_school: extract figures.py school_report).
WRONG: dict = {}
# Figures of HAND found today (at b2b2781, h-review34e: 106/151): a later change may raise these, never lower them.
# The misses, by class:
#   preschool 17/17 (the 省考核目标值 and 全省/全市 averages all kept apart; they are listed as `target`, locator 三4: the
#     paragraph 同期,全省… after the numbered list is taken as the list's item 4).
#   analysis 34/41: structural — 在校学生(含在园幼儿)68245人 lends 幼儿园 to its clause and the next, so 68245 and
#     专任教师4526人 meet 二's kindergarten figures (14605, 1032) and all three are dropped as stated_twice (3 figures);
#     wording — 2021年、2022年,全县学前三年毛入园率分别为87.7%、89.3%;普惠性幼儿园覆盖率分别为83.5%、86.2%;… : the
#     years' list is read in the first clause only; after ; the next 分别为 lists lose their years (`phrase`, and 86.2%
#     `no_indicator`) (4 figures).
#   city 29/29 (the counties' columns all `sub_entity`; the 全市 column of the school rows 幼儿园/小学 `no_indicator`, the
#     same figures read from the prose).
#   recheck 14/50: structural — the primary 差异系数 in prose, each with its 2016 value in brackets (生均教学及辅助用房面积
#     0.482(2016年0.503),生均体育运动场馆面积0.615(2016年0.642),…): 16 figures neither facts nor unattached (silent,
#     test below); the junior table with 2016年 | 2017年 columns whose rows are the bare item names (生均图书册数 0.301
#     0.288) and whose caption names the stage and 差异系数 (表1 榆川县初中校际差异系数): 18 cells `no_indicator`;
#     wording — 小学综合差异系数为0.453,2016年为0.475 (`year_unclear`: the clause names no year, the sentence before
#     names 2017, the next clause 2016).
#   vocational 3/3 (and the wrong readings above).
#   special 9/11: wording — 在校生186人(不含送教上门学生) (`definition`: a bracket saying what is not counted makes the
#     figure a definition); 特殊教育学校生均公用经费按每生每年6000元的标准拨付,2020年实际达到7200元 (the actual figure
#     in the clause after the standard loses the subject: `no_indicator`).
RECALL = {"preschool": 17, "analysis": 34, "city": 29, "recheck": 14, "vocational": 3, "special": 9}


def test_the_documents_are_whole_and_their_keys_their_own():
    check_whole(DOCS, WRONG, RECALL)


def test_the_city_table_has_its_counties_as_columns_and_its_totals_first():
    rows = [line.split() for line in CITY.splitlines() if line.startswith(("指标 ", "幼儿园 ", "小学 ", "初中 ", "普通高中 ",
                                                                             "专任教师 "))]
    assert rows[0] == ["指标", "全市", "澜城区", "平江区", "石湾县", "云岭县", "丰溪县", "安宁市"] and len(rows) == 6
    for row in rows[1:]:  # the 全市 column is the sum of the counties'
        assert int(row[1]) == sum(int(cell) for cell in row[2:]), row[0]


@pytest.mark.parametrize("doc", wrong_params(DOCS, WRONG))
def test_no_wrong_reading(doc):
    assert_no_wrong(read_doc(doc), doc)


@pytest.mark.parametrize("doc", DOCS, ids=[doc.id for doc in DOCS])
def test_recall_not_lower(doc):
    assert_recall(read_doc(doc), doc, RECALL)


def test_the_province_assessments_targets_are_nobodys():
    got = read_doc(DOCS[0])
    for value in ("90", "85", "55", "92.8", "90.1", "52.6", "93", "60", "800"):
        assert not [key for key in got if key[3] == value], value


# Nothing silent: every 差异系数 of the recheck's 三、校际均衡状况 is read as a fact or listed unattached. Today the 16
# primary figures written 0.482(2016年0.503) were neither at b2b2781 (silent); listed since (no_indicator).
def test_the_primary_coefficients_are_read_or_listed():
    draft = draft_of(DOCS[3])
    origin = draft.folded.origin
    spans = [(origin[i.start], origin[i.end - 1] + 1) for i in (*draft.facts, *draft.unattached) if i.end > i.start]
    line = next(line for line in RECHECK.splitlines() if line.startswith("(一)小学。2017年全县小学八项指标"))
    at = RECHECK.index(line)
    silent = [m.group() for m in re.finditer(r"0\.\d{3}", line)
              if not any(s <= at + m.start() < e for s, e in spans)]
    assert not silent, f"{len(silent)} coefficients passed over in silence: {silent}"
