"""A seventh set of whole own-made documents, read end to end (h-review34c, issue 24): kinds and styles the documents
of test_extract_documents32d.py, 33.py, 33c.py, 33e.py, 33g.py and 33i.py do not have.

(1) a county's 教育经费执行情况统计公告 copied from its web page WITH the page around it (breadcrumb, 发布时间 / 来源 /
浏览次数, 字号 大 中 小, 打印本页, 分享到, 相关链接 to other years' bulletins, 上一篇/下一篇, a footer with an address, 邮编,
a phone number, 备案号 and a visitor counter); (2) a Word report (built by the test with python-docx) whose figures are
in three tables with a 单位 column, the stages (or stage-named rows) as rows and 2022年 | 2023年 | 增减% as columns,
a 义务教育阶段 row and a 合计 row among them; (3) a 教育事业统计公报 as a PDF's text layer: page 1 with EVERY character
apart by a space (幼 儿 园 4 6 所), pages 2–3 wrapped at the page's width with figures and names cut across lines
(在校生213 / 56人, 97. / 8%, 生均一般公共预算 / 公用经费), page numbers and a running header between pages; (4) a
county's 县情概况 page (【地理位置】【人口】【经济】… one 【教育】 paragraph among a dozen others); (5) a county
education project's 年度绩效自评报告 whose 绩效指标 table (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分) is
copied from a spreadsheet, cells apart by runs of spaces, merged cells left empty: the targets are nobody's, the
实际完成值 are the year's; (6) a county 教育局's 2025年部门预算说明: the budget's figures are planned (nobody's), only
the 2024 actuals it states (事业发展情况, 上年预算执行情况) are facts, read with period 2024 and again with 2025.
Every place and figure is made up (柳塘县 411098, 沐溪县 640998, 栖岩县 520998, 瓯岭县 330998, 榆涧县 610998, 岑阳县
450898 exist nowhere); nothing is copied from tests/data/reports/ or from the six earlier files.

HAND is what a careful reader attaches to the document's entity (indicator, stage, period, value) by the conventions
of tests/data/reports/README.md: figures of standards, targets, budgets, other entities (全市, 全省) or of another year
are not the entity's; a part (公办) is not the whole; 义务教育 totals have no stage; a prior year's figure is taken only
where written (比上年的…, a 2022年 column). ALSO lists readings that are not wrong though not counted. The PDF's page 1
figures are written with a space between their digits, so HAND (whose figures check_whole finds written) cannot hold
them: they are PDF_SPACED, in ALSO, and tested for silence apart. The constraint is 0 wrong (test_no_wrong_reading, a
strict xfail where one is read wrongly today, its reason the class of the fault); the objective is recall, held at
today's count (test_recall_not_lower). Past 400 lines for a reason: the file is six whole documents and their keys;
the tests are at the end.
"""

import re
from pathlib import Path

import pytest
from whole_documents import (Doc, assert_no_wrong, assert_recall, check_whole, docx_text, draft_of, read_doc,
                             write_docx, wrong_params)

# (1) a county funding bulletin copied from a web page, with the page's cruft around it ------------------------------
WEB = """首页 > 政务公开 > 法定主动公开内容 > 统计信息
关于2023年柳塘县教育经费执行情况的统计公告
发布时间:2024-11-08 09:32  来源:县教育体育局  浏览次数:1386
字号:[ 大 中 小 ]  打印本页  关闭窗口
分享到:微信 微博 QQ空间

柳塘县教育体育局 柳塘县统计局 柳塘县财政局
关于2023年全县教育经费执行情况的统计公告

为全面掌握全县教育经费投入和使用情况,加强教育经费管理,根据全国教育经费统计工作要求,现将2023年全县教育经费执行情况公告如下:

一、全县教育经费投入情况
2023年全县教育经费总投入为98652.37万元,比上年的93218.45万元增长5.83%。
其中:国家财政性教育经费为92315.62万元,比上年的87406.18万元增长5.62%;事业收入为4586.21万元;其他教育经费为1750.54万元。

二、全县一般公共预算教育经费情况
(一)一般公共预算教育经费增长情况
2023年全县一般公共预算教育经费为86236.15万元,比上年的81845.72万元增长5.36%。
全县财政经常性收入为152368万元,比上年增长3.12%。一般公共预算教育经费增长比财政经常性收入增长高2.24个百分点。
(二)生均一般公共预算教育经费增长情况
1.全县普通小学为11236.54元,比上年的10862.17元增长3.45%;
2.全县普通初中为15862.36元,比上年的15218.64元增长4.23%;
3.全县普通高中为14526.18元,比上年的14862.35元下降2.26%;
4.全县中等职业学校为16352.48元,比上年的15986.21元增长2.29%;
5.全县幼儿园为7865.32元,比上年的7512.68元增长4.69%。
(三)生均一般公共预算公用经费增长情况
1.全县普通小学为2865.14元,比上年的2712.36元增长5.63%;
2.全县普通初中为3562.48元,比上年的3415.27元增长4.31%;
3.全县普通高中为3128.65元,比上年的3206.18元下降2.42%;
4.全县中等职业学校为4265.31元,比上年的4118.52元增长3.56%;
5.全县幼儿园为1236.85元,比上年的1165.24元增长6.14%。

三、一般公共预算教育经费占一般公共预算支出比例情况
2023年全县一般公共预算支出为412658万元,一般公共预算教育经费占一般公共预算支出的比例为20.90%,比上年的20.35%提高0.55个百分点。

四、教育费附加征收和使用情况
2023年全县征收教育费附加3216万元,征收地方教育附加2144万元,均已全部用于教育。

柳塘县教育体育局  柳塘县统计局  柳塘县财政局
2024年10月30日

【打印本页】 【关闭窗口】
相关链接:
· 关于2022年柳塘县教育经费执行情况的统计公告  2023-10-26
· 关于2021年柳塘县教育经费执行情况的统计公告  2022-11-15
· 柳塘县教育体育局2024年部门预算公开  2024-02-28
· 柳塘县2023年教育事业发展统计公报  2024-04-18
上一篇:柳塘县2024年秋季学期学生资助政策简介
下一篇:柳塘县教育体育局2024年政府信息公开工作年度报告

网站首页 | 网站地图 | 联系我们 | 隐私声明
主办单位:柳塘县人民政府办公室  承办单位:柳塘县大数据中心
地址:柳塘县城关镇人民路88号  邮编:471300  联系电话:0379-66123456
网站标识码:4110980012  豫ICP备12034567号-1  豫公网安备 41109802000123号
您是本站第 3862145 位访客
"""

_WEB_STAGES = [("primary", "11236.54", "10862.17", "2865.14", "2712.36"),
               ("junior", "15862.36", "15218.64", "3562.48", "3415.27"),
               ("senior", "14526.18", "14862.35", "3128.65", "3206.18"),
               ("vocational", "16352.48", "15986.21", "4265.31", "4118.52"),
               ("kindergarten", "7865.32", "7512.68", "1236.85", "1165.24")]
WEB_HAND = [
    ("edu_total_investment", None, 2023, "98652.37"), ("edu_total_investment", None, 2022, "93218.45"),
    ("state_fiscal_edu_funding", None, 2023, "92315.62"), ("state_fiscal_edu_funding", None, 2022, "87406.18"),
    ("edu_business_income", None, 2023, "4586.21"), ("edu_other_funding", None, 2023, "1750.54"),
    ("edu_general_budget_expenditure", None, 2023, "86236.15"), ("edu_general_budget_expenditure", None, 2022, "81845.72"),
    ("fiscal_recurrent_revenue", None, 2023, "152368"), ("general_budget_expenditure", None, 2023, "412658"),
    ("edu_general_budget_share", None, 2023, "20.90"), ("edu_general_budget_share", None, 2022, "20.35"),
    ("edu_surcharge_collected", None, 2023, "3216"), ("local_edu_surcharge_collected", None, 2023, "2144"),
] + [("per_student_general_budget_expenditure", s, y, v) for s, now, before, _, _ in _WEB_STAGES
     for y, v in ((2023, now), (2022, before))] + [
    ("per_student_public_funding", s, y, v) for s, _, _, now, before in _WEB_STAGES
    for y, v in ((2023, now), (2022, before))]
WEB_ALSO = [("edu_appropriation_growth_rate", None, 2023, "5.36"),
            ("fiscal_recurrent_revenue_growth_rate", None, 2023, "3.12"),
            ("edu_general_budget_share", None, 2023, "20.9"),
            ("edu_surcharge_used_for_education", None, 2023, None)]


# (2) a Word report whose figures are in tables with a 单位 column, the stages as rows, 2022年 | 2023年 | 增减% ---------
WORD = [
    ("h", "沐溪县2023年教育事业发展情况报告"),
    ("p", "沐溪县教育体育局"),
    ("p", "2024年3月6日"),
    ("h", "一、总体情况"),
    ("p", "2023年,全县教育系统围绕学前教育普及普惠、义务教育优质均衡和高中阶段教育多样化发展三项重点,"
          "补短板、强弱项,各项事业稳步发展。全县教育事业主要数据与上年的对比见表1至表3。"),
    ("t", "表1 全县各学段学校数", [
        ["学段", "单位", "2022年", "2023年", "增减%"],
        ["幼儿园", "所", "47", "49", "4.26"],
        ["小学", "所", "36", "35", "-2.78"],
        ["初中", "所", "15", "15", "0.00"],
        ["普通高中", "所", "3", "3", "0.00"],
        ["中等职业学校", "所", "1", "1", "0.00"],
    ]),
    ("t", "表2 全县各学段在校生和专任教师", [
        ["项目", "单位", "2022年", "2023年", "增减%"],
        ["幼儿园在园幼儿", "人", "8215", "7968", "-3.01"],
        ["小学在校生", "人", "18652", "18406", "-1.32"],
        ["初中在校生", "人", "8964", "9128", "1.83"],
        ["普通高中在校生", "人", "5236", "5412", "3.36"],
        ["中等职业学校在校生", "人", "1862", "1935", "3.92"],
        ["义务教育阶段在校生", "人", "27616", "27534", "-0.30"],
        ["在校生合计", "人", "42929", "42849", "-0.19"],
        ["专任教师合计", "人", "3318", "3356", "1.15"],
    ]),
    ("p", "注:义务教育阶段在校生为小学、初中在校生之和;在校生合计不含特殊教育学校送教上门学生。"),
    ("t", "表3 全县各学段生均一般公共预算教育经费", [
        ["学段", "单位", "2022年", "2023年", "增减%"],
        ["幼儿园", "元", "6825.14", "7102.36", "4.06"],
        ["小学", "元", "10236.52", "10584.17", "3.40"],
        ["初中", "元", "13562.38", "14015.26", "3.34"],
        ["普通高中", "元", "12865.41", "12632.15", "-1.81"],
        ["中等职业学校", "元", "15218.36", "15862.47", "4.23"],
    ]),
    ("h", "二、学前教育"),
    ("p", "全县学前三年毛入园率达到91.6%,比上年提高1.4个百分点;普惠性幼儿园覆盖率为88.3%,"
          "公办园在园幼儿占比为53.2%,均高于自治区“十四五”规划目标(分别为90%、85%、50%)。"),
    ("p", "新建、改扩建公办幼儿园3所,新增公办学位810个。"),
    ("h", "三、义务教育"),
    ("p", "全县九年义务教育巩固率为98.4%,适龄残疾儿童少年义务教育入学率为95.6%。"),
    ("p", "全县小学、初中教学班分别为486个、218个,无56人以上大班额。"),
    ("p", "义务教育教师平均工资收入95862元,不低于当地公务员平均工资收入。"),
    ("h", "四、高中阶段教育"),
    ("p", "全县高中阶段毛入学率为92.7%,中等职业学校“双师型”教师占专业课教师比例为58.4%。"),
    ("h", "五、教育投入"),
    ("p", "2023年全县一般公共预算教育支出62385万元,比上年的59842万元增长4.25%,"
          "占一般公共预算支出的18.6%。征收教育费附加1465万元,征收地方教育附加976万元。"),
    ("h", "六、2024年工作目标"),
    ("p", "学前三年毛入园率稳定在92%以上,九年义务教育巩固率达到98.6%,高中阶段毛入学率达到93.5%;"
          "新建幼儿园2所、小学1所。"),
    ("p", "沐溪县教育体育局"),
]

_WORD_TABLE = [("schools", "kindergarten", "47", "49"), ("schools", "primary", "36", "35"),
               ("schools", "junior", "15", "15"), ("schools", "senior", "3", "3"), ("schools", "vocational", "1", "1"),
               ("students", "kindergarten", "8215", "7968"), ("students", "primary", "18652", "18406"),
               ("students", "junior", "8964", "9128"), ("students", "senior", "5236", "5412"),
               ("students", "vocational", "1862", "1935"), ("students", None, "42929", "42849"),
               ("full_time_teachers", None, "3318", "3356"),
               ("per_student_general_budget_expenditure", "kindergarten", "6825.14", "7102.36"),
               ("per_student_general_budget_expenditure", "primary", "10236.52", "10584.17"),
               ("per_student_general_budget_expenditure", "junior", "13562.38", "14015.26"),
               ("per_student_general_budget_expenditure", "senior", "12865.41", "12632.15"),
               ("per_student_general_budget_expenditure", "vocational", "15218.36", "15862.47")]
WORD_HAND = [(ind, s, y, v) for ind, s, before, now in _WORD_TABLE for y, v in ((2022, before), (2023, now))] + [
    ("preschool_gross_enrollment_rate", None, 2023, "91.6"), ("inclusive_kindergarten_coverage", None, 2023, "88.3"),
    ("public_kindergarten_enrollment_share", None, 2023, "53.2"),
    ("compulsory_retention_rate", None, 2023, "98.4"), ("disabled_children_enrollment_rate", None, 2023, "95.6"),
    ("classes", "primary", 2023, "486"), ("classes", "junior", 2023, "218"),
    ("teacher_avg_salary", None, 2023, "95862"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "92.7"), ("dual_qualified_teacher_share", None, 2023, "58.4"),
    ("edu_general_budget_expenditure", None, 2023, "62385"), ("edu_general_budget_expenditure", None, 2022, "59842"),
    ("edu_general_budget_share", None, 2023, "18.6"),
    ("edu_surcharge_collected", None, 2023, "1465"), ("local_edu_surcharge_collected", None, 2023, "976"),
]
# 新建、改扩建公办幼儿园3所 counts the public ones only (a part): not the county's 新建和改扩建幼儿园数, not wrong either
WORD_ALSO = [("edu_appropriation_growth_rate", None, 2023, "4.25"), ("large_classes", None, 2023, "0"),
             ("kindergartens_built_or_expanded", None, 2023, "3"),
             ("special_education_schools", None, 2023, None)]


# (3) a PDF's text layer: page 1 with every character apart by a space (a font without spacing information), the rest
# wrapped at the page's width with figures cut across lines (213 / 56人, 97. / 8%, 万 / 元), page numbers between pages
PDF = """栖 岩 县 2 0 2 3 年 教 育 事 业 发 展 统 计 公 报
栖 岩 县 教 育 局   栖 岩 县 统 计 局
2 0 2 4 年 5 月 1 0 日
2 0 2 3 年 , 全 县 教 育 事 业 持 续 健 康 发 展 。 现 将 主 要 统 计 数 据
公 报 如 下 。
一 、 学 前 教 育
全 县 共 有 幼 儿 园 4 6 所 , 比 上 年 增 加 2 所 , 其 中 公 办 幼 儿 园
2 9 所 、 民 办 幼 儿 园 1 7 所 。 在 园 幼 儿 9 8 6 2 人 , 幼 儿 园 专 任
教 师 6 1 5 人 。 全 县 学 前 三 年 毛 入 园 率 为 9 1 . 6 % , 普 惠 性 幼
儿 园 覆 盖 率 为 8 9 . 4 % 。
— 1 —
栖岩县2023年教育事业发展统计公报
二、义务教育
全县共有小学52所(另有教学点18个),招生3862人,在校生213
56人,专任教师1426人;全县共有初中19所,在校生10468人,专
任教师926人。九年义务教育巩固率为97.
8%,适龄残疾儿童少年义务教育入学率为95.2%。全县小学教学班9
64个、初中教学班238个;义务教育学校56人以上大班额4个,比上年的
11个减少7个。进城务工人员随迁子女在公办学校和政府购买服务民办学校
就读比例为96.5%。
三、高中阶段教育
全县共有普通高中4所,在校生7152人,专任教师538人;中等职业
学校2所,在校生2864人,专任教师176人。高中阶段毛入学率为93.
5%,比上年提高1.1个百分点。
四、特殊教育
全县共有特殊教育学校1所,在校生138人;随班就读残疾学生2
15人,送教上门学生46人。
— 2 —
栖岩县2023年教育事业发展统计公报
五、教师队伍
全县共有专任教师3681人,义务教育教师平均工资收入9682
5元,当地公务员平均工资收入95136元。交流轮岗教师占符合交流
条件教师比例为16.8%。
六、教育经费
2023年全县一般公共预算教育支出61528.36万
元,比上年的58962.14万元增长4.35%。全县征收教育费附加1
862万元,征收地方教育附加1241万元。小学、初中生均一般公共预算
公用经费分别为1086.52元、1352.
18元。
七、办学条件
全县中小学校舍建筑面积共85.6万平方米,中小学教室照明达标率达
到100%,标准化智慧校园建成率为48.
6%。
注:本公报数据为2023/2024学年初统计数,教育经费为2023年度
数据。全省学前三年毛入园率为91.2%,九年义务教育巩固率为9
7.1%。
— 3 —
"""

PDF_HAND = [
    ("schools", "primary", 2023, "52"), ("students", "primary", 2023, "21356"),
    ("full_time_teachers", "primary", 2023, "1426"), ("schools", "junior", 2023, "19"),
    ("students", "junior", 2023, "10468"), ("full_time_teachers", "junior", 2023, "926"),
    ("compulsory_retention_rate", None, 2023, "97.8"), ("disabled_children_enrollment_rate", None, 2023, "95.2"),
    ("classes", "primary", 2023, "964"), ("classes", "junior", 2023, "238"),
    ("large_classes", None, 2023, "4"), ("large_classes", None, 2022, "11"),
    ("migrant_children_public_share", None, 2023, "96.5"),
    ("schools", "senior", 2023, "4"), ("students", "senior", 2023, "7152"), ("full_time_teachers", "senior", 2023, "538"),
    ("schools", "vocational", 2023, "2"), ("students", "vocational", 2023, "2864"),
    ("full_time_teachers", "vocational", 2023, "176"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "93.5"),
    ("schools", "special", 2023, "1"), ("students", "special", 2023, "138"),
    ("disabled_students_in_regular_classes", None, 2023, "215"),
    ("full_time_teachers", None, 2023, "3681"), ("teacher_avg_salary", None, 2023, "96825"),
    ("civil_servant_avg_salary", None, 2023, "95136"), ("teacher_rotation_share", None, 2023, "16.8"),
    ("edu_general_budget_expenditure", None, 2023, "61528.36"), ("edu_general_budget_expenditure", None, 2022, "58962.14"),
    ("edu_surcharge_collected", None, 2023, "1862"), ("local_edu_surcharge_collected", None, 2023, "1241"),
    ("per_student_public_funding", "primary", 2023, "1086.52"), ("per_student_public_funding", "junior", 2023, "1352.18"),
    ("classroom_lighting_compliant_share", None, 2023, "100"), ("smart_campus_share", None, 2023, "48.6"),
]
# Page 1's figures, every character apart by a space (幼 儿 园 4 6 所): a careful reader reads them (46 kindergartens), but
# they are not written as one figure, so check_whole cannot hold them in HAND; they are counted apart (PDF_SPACED, its
# own recall test) and are in ALSO, since reading one of them right is not wrong. Reading 4 or 6 for 46 is.
PDF_SPACED = [("schools", "kindergarten", 2023, "46"), ("private_kindergartens", None, 2023, "17"),
              ("students", "kindergarten", 2023, "9862"), ("full_time_teachers", "kindergarten", 2023, "615"),
              ("preschool_gross_enrollment_rate", None, 2023, "91.6"), ("inclusive_kindergarten_coverage", None, 2023, "89.4")]
PDF_ALSO = PDF_SPACED + [("edu_appropriation_growth_rate", None, 2023, "4.35"),
                         ("special_education_schools", None, 2023, "1"),
                         ("parent_preschool_gross_enrollment_rate", None, 2023, "91.2"),
                         ("parent_compulsory_retention_rate", None, 2023, "97.1")]


# (4) a county 县情概况 page: land, population, economy, then one paragraph on education ------------------------------
PROFILE = """当前位置:首页 > 走进瓯岭 > 瓯岭概况
瓯岭概况
发布日期:2024-06-20  信息来源:县地方志研究室
【地理位置】
瓯岭县位于省境南部、瓯江上游,东邻青潭县,西接云和山区,南与闽北接壤。
县境东西长68.2公里,南北宽54.6公里,总面积1563.8平方公里,其中山地占84.5%,素有"九山半水半分田"之称。
【历史沿革】
瓯岭古属越地,唐贞元年间置瓯岭镇,北宋元丰三年升为县,明清两代隶处州府。
1958年撤县并入邻县,1962年恢复县建制,沿袭至今。
【行政区划】
全县辖6个镇、8个乡、2个街道,下设186个行政村、21个社区。县人民政府驻城关街道。
【人口】
2023年末,全县户籍人口42.61万人,常住人口35.82万人,常住人口城镇化率为58.6%。
全年出生人口2136人,人口出生率5.95‰;死亡人口3018人,人口自然增长率为-2.46‰。
全县有畲族等少数民族人口1.26万人。
【气候】
瓯岭县属亚热带季风气候,四季分明,温暖湿润。
年平均气温17.8℃,年平均降水量1682毫米,年无霜期256天。
【自然资源】
全县森林覆盖率82.3%,林地面积191.6万亩,活立木蓄积量862万立方米。
境内有大小溪流136条,水资源总量18.6亿立方米,水能理论蕴藏量32.5万千瓦。
已探明矿产有萤石、叶蜡石等21种,其中萤石储量居全省第三。
【经济】
2023年,全县实现地区生产总值268.35亿元,按可比价格计算,比上年增长6.2%。
其中,第一产业增加值22.16亿元,增长3.8%;第二产业增加值106.52亿元,增长7.1%;第三产业增加值139.67亿元,增长5.9%。三次产业结构为8.3:39.7:52.0。
全年一般公共预算收入18.62亿元,增长5.4%;一般公共预算支出46.25亿元,增长3.1%,其中教育支出9.86亿元,增长4.2%。
全县城镇居民人均可支配收入54862元,农村居民人均可支配收入29635元,分别增长4.8%和6.9%。
【农业】
全县粮食播种面积18.6万亩,总产量6.82万吨。茶叶、食用菌、高山蔬菜为三大主导产业,全年茶叶产量3265吨。
【工业】
全县规模以上工业企业186家,实现规上工业增加值58.63亿元,增长8.2%。阀门、竹木制品、新材料为三大特色产业。
【交通】
全县公路总里程2865公里,其中高速公路86公里。龙丽温高速、G330国道过境,县城至市区车程40分钟。
【教育】
2023年,全县共有各级各类学校112所,其中幼儿园54所、小学31所、初中15所、九年一贯制学校4所、普通高中5所、中等职业学校2所、特殊教育学校1所。
全县在校学生(含在园幼儿)48265人,其中在园幼儿9136人、小学生19854人、初中生9562人、普通高中学生6315人、中职学生3248人;全县教职工4215人,其中专任教师3862人。
全县学前三年毛入园率98.2%,普惠性幼儿园覆盖率95.6%,九年义务教育巩固率100%,高中阶段毛入学率97.3%。全县所有乡镇均建有1所以上公办中心幼儿园。
2021年瓯岭县成功创建省学前教育普及普惠县,2023年通过国家义务教育基本均衡发展县复评。
【卫生健康】
全县共有医疗卫生机构312个,其中医院9个、乡镇卫生院16个;卫生技术人员2865人,每千常住人口执业(助理)医师3.12人。
【文化旅游】
全县有国家AAAA级旅游景区3个、AAA级旅游景区11个。
2023年接待游客1062.5万人次,实现旅游总收入98.6亿元,分别增长18.6%和21.3%。
【社会保障】
全县城乡居民基本养老保险参保人数22.36万人,城乡居民基本医疗保险参保率99.2%。
【荣誉】
瓯岭县先后获得国家生态县、省森林城市等称号。2023年,全县在全省山区26县高质量发展评价中位列第7。
(数据来源:《瓯岭县2023年国民经济和社会发展统计公报》,教育数据来源于县教育局)
"""

PROFILE_HAND = [
    ("resident_population", None, 2023, "35.82"),
    ("general_budget_expenditure", None, 2023, "46.25"), ("edu_general_budget_expenditure", None, 2023, "9.86"),
    ("schools", None, 2023, "112"), ("schools", "kindergarten", 2023, "54"), ("schools", "primary", 2023, "31"),
    ("schools", "junior", 2023, "15"), ("schools", "senior", 2023, "5"), ("schools", "vocational", 2023, "2"),
    ("schools", "special", 2023, "1"),
    ("students", None, 2023, "48265"), ("students", "kindergarten", 2023, "9136"), ("students", "primary", 2023, "19854"),
    ("students", "junior", 2023, "9562"), ("students", "senior", 2023, "6315"), ("students", "vocational", 2023, "3248"),
    ("full_time_teachers", None, 2023, "3862"),
    ("preschool_gross_enrollment_rate", None, 2023, "98.2"), ("inclusive_kindergarten_coverage", None, 2023, "95.6"),
    ("compulsory_retention_rate", None, 2023, "100"), ("senior_secondary_gross_enrollment_rate", None, 2023, "97.3"),
]
PROFILE_ALSO = [("special_education_schools", None, 2023, "1"), ("edu_appropriation_growth_rate", None, 2023, "4.2")]


# (5) a county education project's 年度绩效自评报告: a 绩效指标 table (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分)
# copied from a spreadsheet, cells apart by runs of spaces, a merged cell left empty in the rows below it
PERFORMANCE = """榆涧县2023年度学前教育发展专项资金项目绩效自评报告
项目名称:2023年度学前教育发展专项资金
主管部门:榆涧县教育局    实施单位:榆涧县教育局及各公办幼儿园
自评得分:94分    自评等级:优

一、项目基本情况
(一)项目概况。2023年,全县共有幼儿园63所,其中公办幼儿园38所、民办幼儿园25所;在园幼儿10236人,幼儿园专任教师742人。项目资金主要用于公办幼儿园新建和改扩建、普惠性民办幼儿园奖补、幼儿园教师培训和学前教育资助。
(二)资金投入和使用情况。项目全年预算数1862.00万元,其中中央资金1036.00万元、省级资金486.00万元、县级配套资金340.00万元;全年执行数1815.36万元,预算执行率97.50%。
(三)项目绩效目标。年初设定的总体目标为:学前三年毛入园率达到92%以上,普惠性幼儿园覆盖率达到88%以上,公办园在园幼儿占比达到50%以上,新建、改扩建幼儿园3所以上。

二、绩效指标完成情况
项目绩效指标完成情况见下表。
表1 2023年度学前教育发展专项资金绩效指标完成情况表
一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分
产出指标    数量指标    新建、改扩建幼儿园数    ≥3所    4所    10    10
                        认定扶持普惠性民办园数    ≥2所    3所    5    5
                        幼儿园教师培训人次    ≥300人次    356人次    5    5
            质量指标    学前三年毛入园率    ≥92%    93.4%    10    10
                        普惠性幼儿园覆盖率    ≥88%    90.2%    10    10
                        公办园在园幼儿占比    ≥50%    52.7%    10    10
                        幼儿园专任教师持证率    ≥85%    83.6%    5    3
            时效指标    资金拨付及时率    100%    96.2%    5    4
            成本指标    公办园生均公用经费财政拨款标准    ≥600元    600元    5    5
效益指标    社会效益指标    学前教育普及普惠社会认可度    ≥85%    91.3%    10    10
            可持续影响指标    县域幼儿园班额达标率    ≥95%    97.8%    10    9
满意度指标    服务对象满意度指标    幼儿家长满意度    ≥90%    95.6%    15    13
合计                        100    94

三、偏差分析
(一)幼儿园专任教师持证率未达到年度指标值。2023年全县幼儿园专任教师742人,其中持证专任教师620人,持证率83.6%,比年度指标值低1.4个百分点,主要原因是新招聘的非在编教师尚未取得教师资格证。
(二)资金拨付及时率未达到100%。因一所改扩建幼儿园工程竣工结算滞后,部分资金于2024年1月拨付。
(三)县域幼儿园班额达标率97.8%,仍有城区2所幼儿园存在超额编班。

四、绩效目标实现情况分析
通过项目实施,全县新增公办学位1080个,普惠性幼儿园覆盖率比上年的87.6%提高2.6个百分点,公办园在园幼儿占比比上年的50.9%提高1.8个百分点。学前三年毛入园率比全市平均水平(91.5%)高1.9个百分点。

五、存在的问题
一是部分农村幼儿园生源逐年减少,园舍利用率偏低;二是民办园教师流动性大,队伍不够稳定;三是城区学位仍然紧张。

六、下一步改进措施
2024年,计划新建城北幼儿园1所,将普惠性幼儿园覆盖率提高到91%以上,幼儿园专任教师持证率提高到90%;严格执行资金拨付时限,确保拨付及时率达到100%。

七、自评结论
项目总体完成了年度绩效目标,自评得分94分,等级为"优"。

榆涧县教育局
2024年3月20日
"""

PERFORMANCE_HAND = [
    ("schools", "kindergarten", 2023, "63"), ("private_kindergartens", None, 2023, "25"),
    ("students", "kindergarten", 2023, "10236"), ("full_time_teachers", "kindergarten", 2023, "742"),
    ("kindergartens_built_or_expanded", None, 2023, "4"), ("inclusive_private_kindergartens_recognised", None, 2023, "3"),
    ("preschool_gross_enrollment_rate", None, 2023, "93.4"), ("inclusive_kindergarten_coverage", None, 2023, "90.2"),
    ("public_kindergarten_enrollment_share", None, 2023, "52.7"),
    ("preschool_social_recognition_rate", None, 2023, "91.3"), ("kg_class_size_compliance_rate", None, 2023, "97.8"),
    ("certified_teachers", "kindergarten", 2023, "620"),
    ("inclusive_kindergarten_coverage", None, 2022, "87.6"), ("public_kindergarten_enrollment_share", None, 2022, "50.9"),
]
PERFORMANCE_ALSO = [("parent_preschool_gross_enrollment_rate", None, 2023, "91.5")]


# (6) a county 教育局's 部门预算说明 for 2025: next year's budget (planned, nobody's figures yet), a few 2024 actuals ------
BUDGET = """岑阳县教育局2025年部门预算说明
(2025年2月14日)

一、部门基本情况
(一)主要职能
贯彻执行国家和自治区教育工作方针、政策和法律法规,统筹规划和管理全县各级各类教育,负责全县教育经费的统筹管理,指导全县教育督导评估工作。
(二)部门预算单位构成
岑阳县教育局部门预算由局机关本级预算和所属62个单位预算组成,其中行政单位1个、参照公务员法管理事业单位1个、其他事业单位60个(含公办学校和幼儿园56所)。
(三)事业发展情况
截至2024年底,全县共有各级各类学校128所,在校学生(含在园幼儿)63418人,专任教师4526人。2024年全县学前三年毛入园率为92.8%,九年义务教育巩固率为97.9%,高中阶段毛入学率为93.1%。

二、2025年部门预算收支总体情况
2025年部门收入预算总计86325.18万元,比2024年预算增加3216.52万元,增长3.87%。其中:一般公共预算拨款收入79862.36万元,政府性基金预算拨款收入1850.00万元,事业收入4125.82万元,其他收入487.00万元。
2025年部门支出预算总计86325.18万元,其中基本支出68215.36万元,项目支出18109.82万元。

三、一般公共预算拨款支出预算情况
2025年一般公共预算拨款支出预算79862.36万元,按功能分类科目:
1.教育管理事务(2050101至2050199)1265.48万元;
2.学前教育(2050201)6852.36万元;
3.小学教育(2050202)32165.47万元;
4.初中教育(2050203)19862.15万元;
5.高中教育(2050204)11236.58万元;
6.中等职业教育(2050302)3015.26万元;
7.特殊教育(20507)528.64万元;
8.教育费附加安排的支出(2050999)2450.00万元;
9.其他教育支出及社会保障、住房保障支出2486.42万元。
主要变动原因:一是义务教育学校生均公用经费基准定额提高,小学由每生每年720元提高到770元,初中由940元提高到990元;二是新建城东幼儿园投入使用。

四、上年预算执行情况
2024年,全县一般公共预算教育支出完成84216万元,比上年的80562万元增长4.54%,占一般公共预算支出的19.2%。2024年全县征收教育费附加2315万元、征收地方教育附加1543万元,全部用于教育。
2024年义务教育学校生均公用经费按小学720元、初中940元的标准足额拨付,义务教育教师平均工资收入97265元,不低于当地公务员平均工资收入。

五、"三公"经费预算情况
2025年"三公"经费预算数为38.60万元,比2024年预算减少4.20万元。其中:因公出国(境)费0万元;公务用车购置及运行费32.40万元(其中购置费0万元,运行费32.40万元);公务接待费6.20万元。

六、其他重要事项说明
(一)机关运行经费。2025年局机关本级机关运行经费预算186.35万元,比上年减少5.6%。
(二)政府采购情况。2025年部门政府采购预算总额6215.80万元,其中货物类3862.50万元、工程类1865.30万元、服务类488.00万元。
(三)国有资产占用情况。截至2024年12月31日,部门共有车辆12辆,单位价值100万元以上设备3台(套)。
(四)预算绩效目标。2025年部门项目支出全部编制绩效目标,涉及资金18109.82万元。主要目标:学前三年毛入园率达到93%以上,九年义务教育巩固率保持在98%以上,新增公办学位1200个,新建改扩建幼儿园2所。

七、名词解释
1.一般公共预算拨款收入:指县财政当年拨付的资金。
2.基本支出:指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。
3.项目支出:指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。
4."三公"经费:指用财政拨款安排的因公出国(境)费、公务用车购置及运行费和公务接待费。

附件:岑阳县教育局2025年部门预算公开表(共9张)
"""

BUDGET_HAND = [
    ("schools", None, 2024, "128"), ("students", None, 2024, "63418"), ("full_time_teachers", None, 2024, "4526"),
    ("preschool_gross_enrollment_rate", None, 2024, "92.8"), ("compulsory_retention_rate", None, 2024, "97.9"),
    ("senior_secondary_gross_enrollment_rate", None, 2024, "93.1"),
    ("edu_general_budget_expenditure", None, 2024, "84216"), ("edu_general_budget_expenditure", None, 2023, "80562"),
    ("edu_general_budget_share", None, 2024, "19.2"),
    ("edu_surcharge_collected", None, 2024, "2315"), ("local_edu_surcharge_collected", None, 2024, "1543"),
    ("teacher_avg_salary", None, 2024, "97265"),
]
BUDGET_ALSO = [("edu_appropriation_growth_rate", None, 2024, "4.54"), ("edu_surcharge_used_for_education", None, 2024, None)]


DOCS = [
    Doc("web", "411098", "柳塘县", 2023, WEB, WEB_HAND, WEB_ALSO),
    Doc("word", "640998", "沐溪县", 2023, docx_text(WORD), WORD_HAND, WORD_ALSO),
    Doc("pdf", "520998", "栖岩县", 2023, PDF, PDF_HAND, PDF_ALSO),
    Doc("profile", "330998", "瓯岭县", 2023, PROFILE, PROFILE_HAND, PROFILE_ALSO),
    Doc("performance", "610998", "榆涧县", 2023, PERFORMANCE, PERFORMANCE_HAND, PERFORMANCE_ALSO),
    Doc("budget", "450898", "岑阳县", 2024, BUDGET, BUDGET_HAND, BUDGET_ALSO),
    # the same budget read with its own year: its 2025 figures are planned, so still only the 2024 actuals are facts
    Doc("budget_read_2025", "450898", "岑阳县", 2025, BUDGET, BUDGET_HAND, BUDGET_ALSO),
]

# Documents read wrongly today (id -> the class of the fault), at 45f4afd (h-review34c): none.
WRONG: dict = {}
# Figures of HAND found today (at 45f4afd, h-review34c: 129/165 over the six, the spaced page apart): a later change
# may raise these, never lower them. The misses, by class:
#   web 34/34 (the page's breadcrumb, counters, links, 邮编, phone and 备案号 read as nothing).
#   word 47/49: wording — 中等职业学校“双师型”教师占专业课教师比例为58.4% (stage_not_allowed: the stage word before an
#     indicator that takes none); structural — 全县一般公共预算教育支出62385万元,…,占一般公共预算支出的18.6% (the share
#     after its amount's clause, silent: neither read nor listed).
#   pdf 16/35 (and 0/6 of PDF_SPACED): structural — page 1's figures with every character apart (幼 儿 园 4 6 所: silent,
#     nothing read, nothing listed); a figure cut by the line end (在校生213 / 56人, 巩固率为97. / 8%, 教学班9 / 64个,
#     随班就读残疾学生2 / 15人, 工资收入9682 / 5元, 教育费附加1 / 862万元, 1352. / 18元, 建成率为48. / 6%, 毛入学率为93. / 5%:
#     the head silent, the tail no_indicator); a name cut by the line end (专 / 任教师926人, 中等职业 / 学校2所, 交流 /
#     条件教师比例为16.8%, 民办学校 / 就读比例为96.5%, 生均一般公共预算 / 公用经费…1086.52元, 照明达标率达 / 到100%);
#     比上年的 / 11个 (the prior year after a break).
#   profile 19/21: wording — 初中15所 beside 九年一贯制学校4所 (stage_unclear); 全县教职工4215人,其中专任教师3862人 after a
#     list of stages' pupils (stage_unclear).
#   performance 6/14: structural — the 绩效指标 table copied with runs of spaces and empty merged cells is not read as a
#     table (新建、改扩建幼儿园数    ≥3所    4所    10    10: every cell no_indicator, 8 figures); wording —
#     普惠性幼儿园覆盖率比上年的87.6%提高2.6个百分点 (the prior year inside a change in points: percentage_points, target).
#   budget 7/12 (and budget_read_2025 the same): structural — the 2024 actuals of 四、上年预算执行情况 are taken as the
#     department's (reason department), though written 全县 (全县一般公共预算教育支出完成84216万元, 比上年的80562万元,
#     全县征收教育费附加2315万元, 征收地方教育附加1543万元, 义务教育教师平均工资收入97265元) — while the same sentence's
#     growth rate (4.54) and share (19.2) are taken as the county's.
RECALL = {"web": 34, "word": 47, "pdf": 25, "profile": 19, "performance": 6, "budget": 7, "budget_read_2025": 7}

_WORD = {"word": (WORD, "沐溪县2023年教育事业发展情况报告.docx", 2)}  # the document given as a Word file


def _draft(doc: Doc, tmp_path: Path):
    return draft_of(doc, tmp_path, _WORD)


def _read(doc: Doc, tmp_path: Path) -> set:
    return read_doc(doc, tmp_path, _WORD)


def _silent(draft, snippets) -> list:
    """The snippets (each written once in the source) whose figure no fact and no unattached item covers."""
    whole, origin = draft.folded.source, draft.folded.origin
    spans = [(origin[i.start], origin[i.end - 1] + 1) for i in (*draft.facts, *draft.unattached) if i.end > i.start]
    silent = []
    for snippet in snippets:
        assert whole.count(snippet) == 1, snippet
        at = whole.index(snippet)
        digits = [at + m.start() for m in re.finditer(r"\d", snippet)]
        if not any(s <= d < e for d in digits for s, e in spans):
            silent.append(snippet)
    return silent


def test_the_documents_are_whole_and_their_keys_their_own():
    check_whole(DOCS, WRONG, RECALL)


def test_the_documents_have_the_forms_they_claim(tmp_path):
    assert all(w in WEB for w in ("首页 >", "发布时间", "来源", "浏览次数", "字号", "打印本页", "关闭窗口", "分享到",
                                  "相关链接", "ICP备", "联系电话"))
    from docx import Document

    tables = Document(write_docx(WORD, tmp_path / "t.docx")).tables
    assert [[c.text for c in t.rows[0].cells][1:] for t in tables] == [["单位", "2022年", "2023年", "增减%"]] * 3
    page1 = PDF[:PDF.index("— 1 —")].splitlines()
    assert all(re.fullmatch(r"(\S )*\S", line.replace("   ", " ")) for line in page1)
    assert PDF.count("栖岩县2023年教育事业发展统计公报\n") == 2 and "在校生213\n56人" in PDF
    header = next(line for line in PERFORMANCE.splitlines() if line.startswith("一级指标"))
    assert re.split(r" {2,}", header) == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


@pytest.mark.parametrize("doc", wrong_params(DOCS, WRONG))
def test_no_wrong_reading(doc, tmp_path):
    assert_no_wrong(_read(doc, tmp_path), doc)


@pytest.mark.parametrize("doc", DOCS, ids=[doc.id for doc in DOCS])
def test_recall_not_lower(doc, tmp_path):
    assert_recall(_read(doc, tmp_path), doc, RECALL)


def test_nothing_is_invented_from_the_spaced_page(tmp_path):
    """Page 1 (every character apart by a space) may be read right (a PDF_SPACED key) or not at all, never in pieces
    (幼 儿 园 4 6 所 as 6 kindergartens). Today (45f4afd) nothing of it is read: 0/6 of PDF_SPACED."""
    draft = _draft(DOCS[2], tmp_path)
    page1_end = draft.folded.source.index("— 1 —")
    on_page1 = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts
                if draft.folded.origin[p.start] < page1_end}
    assert on_page1 <= set(PDF_SPACED), sorted(on_page1 - set(PDF_SPACED), key=str)


# Nothing silent: every figure the reader sees and does not attach is listed unattached with its reason. Two parts of
# the PDF's text layer are passed over in silence today (45f4afd), each a strict xfail.
@pytest.mark.xfail(strict=True, reason="silent: a line whose every character is apart by a space (幼 儿 园 4 6 所) is "
                   "neither read nor listed")
def test_the_spaced_page_is_read_or_listed(tmp_path):
    figures = ["园 4 6 所", "园 1 7 所", "儿 9 8 6 2 人", "师 6 1 5 人", "为 9 1 . 6 %", "为 8 9 . 4 %"]
    assert not _silent(_draft(DOCS[2], tmp_path), figures)


@pytest.mark.xfail(strict=True, reason="silent: the head of a figure cut by the line end (在校生213 / 56人, 巩固率为97. / "
                   "8%) and a figure after a name cut by it (生均一般公共预算 / 公用经费…1086.52元) are neither read nor listed")
def test_a_figure_cut_by_the_line_end_is_read_or_listed(tmp_path):
    figures = ["在校生213", "巩固率为97.", "教学班9\n", "残疾学生2\n", "收入9682", "教育费附加1\n", "1352.", "建成率为48.",
               "毛入学率为93.", "就读比例为96.5%", "分别为1086.52元"]
    assert not _silent(_draft(DOCS[2], tmp_path), figures)


def test_the_budgets_planned_figures_are_nobodys(tmp_path):
    for doc in DOCS[5:]:
        draft = _draft(doc, tmp_path)
        planned = {"79862.36", "86325.18", "6852.36", "32165.47", "770", "990", "93", "1200", "2450.00"}
        assert not [p for p in draft.facts if p.period == 2025 or p.value in planned]
