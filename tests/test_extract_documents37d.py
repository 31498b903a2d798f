"""A twelfth set of whole own-made documents, read end to end (h-docs37d): kinds and styles nobody tuned the reader
on, none of them a kind of test_extract_documents35b.py, 36b.py or 37c.py.

(1) a county's 国民经济和社会发展统计公报 of 1999 whose section is 文教、卫生、体育 in that decade's wording: 1999/2000学年初,
普通中学…所,在校学生…万人,其中高中…所,在校学生…人;初中…, 职业中学, 小学…所(含村小),另有教学点…个, 在园幼儿(含学前班)
…万人, 在校残疾学生; 学龄儿童入学率, 小学在校学生年巩固率, 小学毕业生升学率, 初中阶段入学率, 初中学生年辍学率 (no
indicator but the first), 每万人口拥有在校中学生…人, 中小学 / 中学 teacher totals, 扫除青壮年文盲1.2千人, 文教卫生事业费
支出 in the finance section, the date in mixed numerals (二000年); (2) a prefecture 统计局's page of its 统计年鉴's 教育
chapter: 【概况】【学前教育】… entries in prose (万人 counts, 技工学校 outside the totals), then two tables flattened by
the page with a space between cells: 17-1 with 单位:所、个、人 under its caption and a header over two lines (学生数 spanning
招生数 毕业生数 在校学生数), a 总计 row, stage rows and a 其中:民办幼儿园 row; 17-2 by 县(市、区) with a 全市 row; the page's
breadcrumb and footer; (3) a county 人大常委会 执法检查组's report on the 义务教育法's implementation: the inspection's own
counts (28所中小学校, 1200份), 截至2023年底 figures by stage with a 含 parenthesis, 生均公用经费 only as the 省定标准 paid
(按…标准足额拨付), areas beside their 国家标准, 存在的主要问题 with counts (大班额38个,其中小学14个、初中24个; teacher
pay below the civil servants'; 缺编186名; 12所学校…未达到), 意见和建议 with targets; (4) a county 教育局's 2023年度部门决算
page: 部门概况 with the county's schools and pupils (comma-grouped: 72,486人), the department's 104 units by kind (its
scope, not the county's), then the 收入支出决算总表 in prose (一般公共预算财政拨款收入…万元), 教育支出 and each 功能分类
line as 年初预算…,支出决算…,完成年初预算的…%; (5) a 乡村振兴 news feature on a county dated January 2024: a pupil's and
a parent's words, 去年 for 2023, 控辍保学 (劝返复学68人, 动态清零), 资助 figures, 营养改善计划 coverage (198所, 4.96万人,
每生每天5元 of the nation), 寄宿制学校 and 寄宿生, 由2019年的…提高到去年的…, 比2019年的…, the city's average, 今年's
targets; (6) a province's 督导评估 反馈意见 on a county's 义务教育优质均衡 in the supervisor's voice (你县): 综合差异系数
by stage and 较2022年的…, single 差异系数 over their standard, counts of schools meeting all seven items, 生均公用经费
below the 省定标准, 大班额 in the 县城初中, 交流轮岗 shares, a 问题清单 appended that repeats the figures (3.9所小学: an
item's number before a count).
Every place and figure is made up (渫川县 430798, 璟州市 369800, 湍岭县 411398, 漪水县 510898, 岜峦县 452798, 芷岚县
431098 exist nowhere; nor do 璟城区, 东璟区, 璟口市, 桐岚县, 沙湄县, 雩岭县, 沅岚市); nothing is copied from
tests/data/reports/ or from the earlier files. Each document and its key were written before the reader was run on any
of them.

HAND is what a careful reader attaches to the document's entity (indicator, stage, period, value as written) by the
conventions of test_extract_documents35b.py, 36b.py and 37c.py: a part (寄宿, 民办 within a stage, 九年一贯制 within the
primary schools, the 教育局's own units) is not the stage's, except that 民办幼儿园 is its own indicator; 普通中学, 中学,
义务教育 and 中小学 totals have no stage and are not keyed (义务教育学校…大班额38个, the class counts' whole by
`mixed_totals`, is allowed in ALSO); a school year is the year it begins (1999/2000学年初 → 1999); figures in 万人 / 亿元
are keyed as written; a standard's (省定标准, 国家标准, 每生每天5元), a target's, another place's (全市 in a county's page,
the prefecture's districts and counties, 技工学校 run by 人社) or a school's figure is never the entity's, nor are the
department's own money and units in a 部门决算; a prior year's figure is taken only where written with its year
(比2019年的93.2%, 较2022年的0.486). Particular readings: 学龄儿童入学率 is the statistics' net rate
(primary_net_enrollment_rate); 初中阶段入学率 of the 1990s is the gross rate (ALSO); 职业中学 is the vocational stage;
在园幼儿(含学前班) is the kindergartens' count as the statistics then gave it; a share written after the amount it is of
is that amount's `stated.share_pct` (ALSO); 大班额9个 in the 县城初中 is the county's (no stage; the junior reading in
ALSO); 辍学学生实现动态清零 and 不低于…公务员 are claims (ALSO); a news page of January 2024 calls 2023 去年, and its
统计 figures are 2023's. The yearbook's 17-1 and 17-2 give the prefecture's totals twice (总计, 全市), keyed once; its
prose gives some of them in 万人, keyed as written besides. The 部门决算's comma-grouped figures are keyed without their
group mark (72,486 → 72486: check_whole is given its text with the marks taken out, and every grouped key is asserted
written grouped). ALSO lists readings that are not wrong though not counted. The constraint is 0 wrong
(test_no_wrong_reading, a strict xfail where one is read wrongly today, its reason the class of the fault); the
objective is recall, held at today's count (test_recall_not_lower). One fix of the keys after the first run, for
contradicting the conventions: the feedback's 你县县城初中仍有56人以上大班额9个 was keyed the county's large_classes
(its junior reading in ALSO); the county town's junior schools are a part, so the figure is neither the county's nor
the stage's and is keyed nowhere (the reader left it `subset`). No document was changed after the reader ran on it. Past 400 lines for a
reason: the file is six whole documents and their keys; the tests are at the end.
"""

import re

import pytest
from whole_documents import Doc, assert_no_wrong, assert_recall, check_whole, read_doc, wrong_params


# (1) a county's 1999 统计公报: the 文教 section in the wording of the 1990s, 万人 and 千人 ---------------------------
STATCOMM99 = """渫川县1999年国民经济和社会发展统计公报
渫川县统计局
（二000年三月十五日）

1999年，全县人民在县委、县政府的正确领导下，以邓小平理论为指导，认真贯彻党的十五大和十五届三中、四中全会精神，积极应对特大洪涝灾害的不利影响，国民经济保持了稳定增长，各项社会事业全面进步。

一、农业
全年完成农业总产值9.36亿元（按1990年不变价格计算），比上年增长4.8%。粮食总产量21.62万吨，比上年减产3.2%；油料总产量1.86万吨；生猪出栏38.6万头。
农业机械总动力达到16.2万千瓦。全年新增有效灌溉面积1.2千公顷，治理水土流失面积12.6平方公里。

二、工业
全县乡及乡以上工业企业完成工业总产值12.48亿元（按1990年不变价格计算），比上年增长9.6%。其中县属国有工业企业完成产值3.62亿元，乡镇企业完成产值8.86亿元。

三、固定资产投资
全年完成全社会固定资产投资4.26亿元，比上年增长13.8%。其中国有单位投资1.86亿元，集体单位投资0.92亿元，个体投资1.48亿元。

四、交通、邮电
年末全县公路通车里程1186公里，其中等级公路642公里。全年邮电业务总量5862万元，年末市话用户2.36万户。

五、国内贸易和物价
全年社会消费品零售总额6.12亿元，比上年增长7.2%。全县商品零售价格总水平比上年下降2.1%。

六、财政、金融
全年财政总收入1.86亿元，比上年增长9.2%，其中地方财政收入1.12亿元。全年财政支出2.45亿元，增长11.6%，其中文教卫生事业费支出0.86亿元。
年末全县金融机构各项存款余额16.28亿元，各项贷款余额12.36亿元。

七、文教、卫生、体育
教育事业稳步发展。“两基”工作顺利通过省人民政府评估验收。1999/2000学年初，全县共有普通中学34所，在校学生2.48万人，其中高中4所，在校学生3862人；初中30所，在校学生20938人。职业中学2所，在校学生1146人。小学216所（含村小），另有教学点48个，在校学生5.36万人。幼儿园18所，在园幼儿（含学前班）1.12万人。特殊教育学校1所，在校残疾学生86人。
全县学龄儿童入学率99.6%，小学在校学生年巩固率99.2%，小学毕业生升学率96.8%；初中阶段入学率89.6%，初中学生年辍学率2.8%。全县每万人口拥有在校中学生586人。
全县中小学教职工4682人，其中专任教师4126人；小学专任教师2318人，中学专任教师1808人。小学、初中教师学历合格率分别为96.2%和84.6%。
全年扫除青壮年文盲1.2千人，举办农民实用技术培训班312期，培训农民2.6万人次。
全年教育投入（含社会集资）5862万元，新建、改建校舍3.6万平方米，改造中小学危房1.8万平方米。
全县有卫生机构62个，医院病床986张，卫生技术人员1236人。年末有文化馆1个、图书馆1个、乡镇文化站26个。全年举办县级以上体育比赛12次。

八、科学技术
全年取得县级以上科技成果12项，推广农业新技术18项。年末全县有各类专业技术人员6862人。

九、人口和人民生活
年末全县总人口42.35万人，其中非农业人口6.12万人。全年人口出生率13.6‰，自然增长率7.2‰。
全年城镇居民人均可支配收入4862元，比上年增长5.6%；农民人均纯收入2136元，增长3.2%。

注：本公报所列数据为快报数。
"""
STATCOMM99_HAND = [
    ("schools", "senior", 1999, "4"), ("students", "senior", 1999, "3862"),  # 普通中学34所 / 2.48万人: no stage
    ("schools", "junior", 1999, "30"), ("students", "junior", 1999, "20938"),
    ("schools", "vocational", 1999, "2"), ("students", "vocational", 1999, "1146"),  # 职业中学
    ("schools", "primary", 1999, "216"), ("students", "primary", 1999, "5.36"),  # 教学点48个: not schools
    ("schools", "kindergarten", 1999, "18"), ("students", "kindergarten", 1999, "1.12"),  # 在园幼儿（含学前班）
    ("schools", "special", 1999, "1"), ("students", "special", 1999, "86"),  # 在校残疾学生86人 of that school
    ("primary_net_enrollment_rate", None, 1999, "99.6"),  # 学龄儿童入学率: the statistics' net rate
    ("full_time_teachers", "primary", 1999, "2318"),  # 中小学 4126 and 中学 1808: no stage
]
STATCOMM99_ALSO = [("special_education_schools", None, 1999, "1"),
                   ("junior_gross_enrollment_rate", None, 1999, "89.6")]  # 初中阶段入学率: the gross rate of then


# (2) a prefecture's 统计年鉴 教育 chapter on the bureau's site: 【条目】 prose, then tables flattened with spaces -------
YEARBOOK = """璟州市统计局
首页 > 数据发布 > 统计年鉴 > 璟州统计年鉴2024 > 十七、教育
璟州统计年鉴2024
十七、教育
【概况】2023年末，全市共有各级各类学校（不含技工学校）1832所，比上年减少46所；在校学生82.13万人，比上年减少0.86万人；专任教师5.30万人，比上年增加0.12万人。全市一般公共预算教育支出86.42亿元，比上年增长3.6%。
【学前教育】全市有幼儿园986所，其中民办幼儿园412所；在园幼儿15.68万人，比上年减少1.26万人。学前三年毛入园率92.8%，普惠性幼儿园覆盖率88.2%，公办园在园幼儿占比51.6%。
【义务教育】全市有小学512所，另有教学点214个；初中216所。九年义务教育巩固率97.6%，随迁子女在公办学校和政府购买服务民办学校就读比例98.2%。
【高中阶段教育】全市有普通高中68所、中等职业学校42所，高中阶段毛入学率93.6%。另有技工学校12所，在校生2.16万人，由市人力资源和社会保障局管理，未计入本章合计。
【特殊教育】全市有特殊教育学校8所，适龄残疾儿童少年义务教育入学率96.5%。
各县（市、区）中，璟城区在校学生最多，雩岭县专任教师增加最多。

17-1 各级各类学校基本情况（2023年）
单位：所、个、人
学校类别 学校数 教学班数 学生数 专任教师数
招生数 毕业生数 在校学生数
总计 1832 23054 209512 201888 821286 53042
幼儿园 986 5862 52316 58624 156842 9862
其中：民办幼儿园 412 2136 21862 22415 58236 3826
小学 512 10236 68542 64128 402862 23168
初中 216 4512 54236 48126 162354 12316
普通高中 68 1536 21346 19862 62148 5216
中等职业学校 42 812 12836 10962 35218 2168
特殊教育学校 8 96 236 186 1862 312
资料来源：璟州市教育局。

17-2 分县（市、区）学校数、在校学生数和专任教师数（2023年）
单位：所、人
地区 学校数 在校学生数 专任教师数
全市 1832 821286 53042
璟城区 268 186235 10862
东璟区 212 142618 8926
璟口市 356 152436 10124
桐岚县 342 128562 8536
沙湄县 318 112835 7612
雩岭县 336 98600 6982
资料来源：璟州市教育局。

注：1.本章资料由市教育局提供，统计时点为2023/2024学年初。
2.在校学生数不含技工学校和普通高等学校学生。
3.幼儿园在校学生数为在园幼儿数。

上一篇：十六、科学技术　　下一篇：十八、文化、体育和旅游
主办单位：璟州市统计局　网站标识码：3698000012
"""
_YB_ROWS = [("kindergarten", "986", "156842", "9862"), ("primary", "512", "402862", "23168"),
            ("junior", "216", "162354", "12316"), ("senior", "68", "62148", "5216"),
            ("vocational", "42", "35218", "2168"), ("special", "8", "1862", "312"), (None, "1832", "821286", "53042")]
YEARBOOK_HAND = [
    *[(ind, stage, 2023, v) for stage, *values in _YB_ROWS
      for ind, v in zip(("schools", "students", "full_time_teachers"), values)],
    ("students", None, 2023, "82.13"), ("full_time_teachers", None, 2023, "5.30"),  # the 概况's 万人
    ("edu_general_budget_expenditure", None, 2023, "86.42"),
    ("private_kindergartens", None, 2023, "412"),  # prose and the 其中 row's first cell
    ("students", "kindergarten", 2023, "15.68"),
    ("preschool_gross_enrollment_rate", None, 2023, "92.8"), ("inclusive_kindergarten_coverage", None, 2023, "88.2"),
    ("public_kindergarten_enrollment_share", None, 2023, "51.6"),
    ("compulsory_retention_rate", None, 2023, "97.6"), ("migrant_children_public_share", None, 2023, "98.2"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "93.6"),  # 技工学校12所 / 2.16万人: no stage's
    ("disabled_children_enrollment_rate", None, 2023, "96.5"),
]
YEARBOOK_ALSO = [("special_education_schools", None, 2023, "8"), ("edu_appropriation_growth_rate", None, 2023, "3.6")]


# (3) a county 人大常委会's 执法检查报告 on the 义务教育法: figures against 标准, 存在问题 with counts -------------------
LAWCHECK = """湍岭县人大常委会执法检查组关于检查《中华人民共和国义务教育法》贯彻实施情况的报告
——2024年6月26日在县第十届人民代表大会常务委员会第十九次会议上
县人大常委会副主任 赵立新

主任、各位副主任、秘书长、各位委员：
根据县人大常委会2024年监督工作计划，4月至5月，县人大常委会组成执法检查组，由我任组长，对全县贯彻实施《中华人民共和国义务教育法》情况进行了检查。检查组听取了县政府及教育、财政、人社、编办等部门的汇报，实地检查了8个乡镇的28所中小学校，召开座谈会6场，发放调查问卷1200份。
检查中，检查组坚持问题导向，重点检查了县政府及有关部门落实义务教育入学保障、经费保障、办学条件保障、教师队伍保障和控辍保学等五个方面的法定职责。现将检查情况报告如下：

一、法律实施的基本情况
（一）义务教育普及水平稳步提高。截至2023年底，全县有义务教育学校86所，其中小学62所（含九年一贯制学校4所）、初中24所，另有小学教学点28个；义务教育阶段在校生4.86万人，其中小学3.26万人、初中1.6万人。2023年，全县九年义务教育巩固率97.8%，残疾儿童少年入学率96.2%，随迁子女在公办学校和政府购买服务民办学校就读比例达到100%。
（二）经费保障机制逐步健全。2023年，全县一般公共预算教育支出7.36亿元，比上年增长4.2%，占一般公共预算支出的18.6%。义务教育学校生均公用经费按小学每生每年720元、初中每生每年920元的省定标准足额拨付到位；农村学校生均公用经费另按每生每年50元增加。
（三）办学条件明显改善。近三年累计投入2.62亿元，新建、改扩建校舍12.6万平方米。全县义务教育学校生均教学及辅助用房面积小学4.8平方米、初中6.1平方米，分别达到国家标准（4.5平方米、5.8平方米）。
（四）教师队伍建设持续加强。全县义务教育学校专任教师3612人，其中小学2116人、初中1496人。2023年交流轮岗教师256人，占符合交流条件教师的15.6%。
（五）控辍保学成效明显。2023年劝返复学辍学学生46人，截至2023年底，全县未劝返辍学学生3人。
（六）“双减”工作有序推进。全县义务教育学校课后服务覆盖率100%，学生参与课后服务比例达到92.6%。
（七）残疾儿童受教育权利得到保障。县特殊教育学校在校生126人，随班就读残疾学生218人，送教上门学生46人。
总的看，县政府及有关部门能够认真履行义务教育法规定的职责，全县义务教育持续健康发展。但对照法律规定和人民群众期盼，仍存在一些问题和不足。

二、存在的主要问题
（一）大班额问题仍然突出。受城镇化影响，县城学校学位紧张。全县义务教育学校仍有56人以上大班额38个，其中小学14个、初中24个，县城第二初级中学平均班额达62人。
（二）教师待遇保障还有差距。2023年全县义务教育教师平均工资收入9.86万元，当地公务员平均工资收入10.12万元，尚未完全落实“不低于”的要求。
（三）教师结构性短缺问题突出。全县中小学按标准测算缺编186名，音体美专任教师缺口126人；乡村学校35岁以下教师占比仅为18.6%。
（四）部分学校办学条件不达标。全县仍有12所学校生均体育运动场馆面积未达到国家标准，有9所农村小学未配备标准化实验室。
（五）义务教育法宣传不够深入。问卷调查显示，仅有62.3%的家长知道适龄儿童必须接受义务教育的法定义务。
（六）随迁子女入学压力加大。2023年县城义务教育学校接收随迁子女4862人，比上年增加612人，部分学校学位供给不足。

三、意见和建议
（一）加快学位建设。县政府要科学规划城区学校布局，力争到2025年底全面消除56人以上大班额，新增义务教育学位3600个。
（二）落实教师工资待遇。确保义务教育教师平均工资收入不低于当地公务员平均工资收入，2024年底前补足差额。
（三）补齐师资短板。用好编制周转池，3年内补充音体美教师120名以上。
（四）持续改善办学条件。将12所运动场馆不达标学校的改造纳入2025年民生实事。
（五）加大普法力度。把义务教育法宣传纳入“八五”普法重点内容。
（六）强化督导问责。县人民政府教育督导委员会要将义务教育法实施情况纳入对乡镇和部门的年度考核。

附：执法检查组成员名单（略）

以上报告，请予审议。

湍岭县人大常委会执法检查组
2024年6月20日
"""
LAWCHECK_HAND = [
    ("schools", "primary", 2023, "62"), ("schools", "junior", 2023, "24"),  # (含九年一贯制学校4所): a part
    ("students", "primary", 2023, "3.26"), ("students", "junior", 2023, "1.6"),  # 义务教育阶段 4.86万人: no stage
    ("compulsory_retention_rate", None, 2023, "97.8"), ("disabled_children_enrollment_rate", None, 2023, "96.2"),
    ("migrant_children_public_share", None, 2023, "100"),
    ("edu_general_budget_expenditure", None, 2023, "7.36"),  # its 占…的18.6%: `stated.share_pct`
    # 按小学每生每年720元、初中…920元的省定标准足额拨付: the standard's figures, never the county's
    ("full_time_teachers", "primary", 2023, "2116"), ("full_time_teachers", "junior", 2023, "1496"),
    ("teacher_rotation_share", None, 2023, "15.6"),
    ("dropouts_outstanding", None, 2023, "3"),  # 劝返复学…46人: a flow
    ("after_school_service_school_share", None, 2023, "100"),
    ("after_school_service_student_share", None, 2023, "92.6"),
    ("students", "special", 2023, "126"), ("disabled_students_in_regular_classes", None, 2023, "218"),
    ("large_classes", "primary", 2023, "14"), ("large_classes", "junior", 2023, "24"),
    ("teacher_avg_salary", None, 2023, "9.86"), ("civil_servant_avg_salary", None, 2023, "10.12"),
]
LAWCHECK_ALSO = [("large_classes", None, 2023, "38"),  # 义务教育学校…大班额38个: the class counts' whole
                 ("edu_appropriation_growth_rate", None, 2023, "4.2"),
                 ("edu_general_budget_share", None, 2023, "18.6")]


# (4) a county 教育局's 2023年度部门决算 page: the county in 部门概况, the department's money by 功能分类 ------------------
ACCOUNTS = """漪水县教育局2023年度部门决算
发布日期：2024年09月06日　信息来源：漪水县教育局　阅读次数：286
【大 中 小】【打印】【关闭】

目　录
第一部分　漪水县教育局概况
第二部分　2023年度部门决算表（见附件）
第三部分　2023年度部门决算情况说明
第四部分　名词解释

第一部分　漪水县教育局概况
一、基本职能及主要工作
（一）主要职能。贯彻执行国家、省、市教育工作方针政策和法律法规，统筹管理全县各级各类教育，负责教育经费统筹管理和学生资助工作，负责全县教师队伍建设和教育督导工作。
（二）2023年重点工作完成情况。2023年，全县共有各级各类学校132所，其中幼儿园58所（民办幼儿园21所），小学46所，初中18所，普通高中5所，中等职业学校3所（含民办1所），特殊教育学校1所。全县在校学生（含在园幼儿）72,486人，其中在园幼儿14,862人、小学生32,516人、初中生15,238人、普通高中学生7,412人、中职学生2,268人、特殊教育学校在校生190人。全县教职工6,218人，其中专任教师5,436人。
全县学前三年毛入园率92.6%，九年义务教育巩固率97.2%，高中阶段毛入学率91.8%。全年资助家庭经济困难学生2.36万人次，发放资助资金3,862.15万元。
二、机构设置及决算单位构成
本部门2023年度部门决算由局机关本级和所属104个预算单位组成，其中：幼儿园37所、小学43所、初中18所、普通高中4所、中等职业学校1所、特殊教育学校1所。年末在职人员5,862人、离退休人员1,236人。

第三部分　2023年度部门决算情况说明
一、收入支出决算总体情况说明
2023年度收入总计68,526.42万元，支出总计68,526.42万元。与2022年相比，收、支总计各增加2,486.36万元，增长3.76%。主要原因是教师工资正常调整和城东小学建设项目投入增加。
二、收入决算情况说明
2023年度本年收入合计65,218.36万元，其中：一般公共预算财政拨款收入61,862.48万元，占94.85%；政府性基金预算财政拨款收入1,236.00万元，占1.90%；事业收入1,862.52万元，占2.86%；其他收入257.36万元，占0.39%。
三、支出决算情况说明
2023年度本年支出合计66,283.15万元，其中：基本支出52,618.42万元，占79.38%；项目支出13,664.73万元，占20.62%。
四、财政拨款收入支出决算总体情况说明
2023年度财政拨款收入总计63,098.48万元，支出总计63,098.48万元。与2022年相比，财政拨款收、支总计各增加2,218.62万元，增长3.64%。
五、一般公共预算财政拨款支出决算情况说明
（一）总体情况。2023年度一般公共预算财政拨款支出61,862.48万元，占本年支出合计的93.33%。与2022年相比，增加2,316.52万元，增长3.89%。
（二）结构情况。教育支出58,236.15万元，占94.14%；社会保障和就业支出2,368.12万元，占3.83%；卫生健康支出612.85万元，占0.99%；住房保障支出645.36万元，占1.04%。
（三）具体情况。一般公共预算财政拨款支出年初预算为57,862.00万元，支出决算为61,862.48万元，完成年初预算的106.91%。其中：
1.教育支出（类）教育管理事务（款）行政运行（项）：年初预算528.00万元，支出决算536.42万元，完成年初预算的101.59%。
2.教育支出（类）普通教育（款）学前教育（项）：年初预算4,862.00万元，支出决算5,126.38万元，完成年初预算的105.44%。主要原因是新建公办幼儿园投入使用。
3.教育支出（类）普通教育（款）小学教育（项）：年初预算21,360.00万元，支出决算23,018.62万元，完成年初预算的107.76%。
4.教育支出（类）普通教育（款）初中教育（项）：年初预算13,126.00万元，支出决算14,236.18万元，完成年初预算的108.46%。
5.教育支出（类）普通教育（款）高中教育（项）：年初预算7,862.00万元，支出决算8,012.36万元，完成年初预算的101.91%。
6.教育支出（类）职业教育（款）中等职业教育（项）：年初预算2,318.00万元，支出决算2,426.15万元，完成年初预算的104.67%。
7.教育支出（类）特殊教育（款）特殊学校教育（项）：年初预算262.00万元，支出决算268.36万元，完成年初预算的102.43%。
8.教育支出（类）教育费附加安排的支出（款）其他教育费附加安排的支出（项）：年初预算3,000.00万元，支出决算2,861.42万元，完成年初预算的95.38%。主要原因是教育费附加收入减少。
9.教育支出（类）其他教育支出（款）其他教育支出（项）：年初预算1,350.00万元，支出决算1,750.26万元，完成年初预算的129.65%。
六、一般公共预算财政拨款基本支出决算情况说明
2023年度一般公共预算财政拨款基本支出51,236.18万元，其中：人员经费47,862.36万元，公用经费3,373.82万元。
七、“三公”经费财政拨款支出决算情况说明
2023年度“三公”经费财政拨款支出决算为16.28万元，完成预算的81.40%，其中：公务接待费2.86万元，公务用车运行维护费13.42万元，因公出国（境）费0元。
八、政府采购支出情况说明
2023年度政府采购支出总额4,862.36万元，其中授予中小企业合同金额4,512.18万元，占92.80%。
九、国有资产占用情况说明
截至2023年12月31日，本部门共有车辆2辆，单位价值100万元以上设备3台（套）。

第四部分　名词解释
1.一般公共预算财政拨款收入：指本级财政当年拨付的资金。
2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。
3.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。

附件：漪水县教育局2023年度部门决算表.xls
"""
ACCOUNTS_HAND = [
    ("schools", None, 2023, "132"), ("schools", "kindergarten", 2023, "58"),
    ("private_kindergartens", None, 2023, "21"),
    ("schools", "primary", 2023, "46"), ("schools", "junior", 2023, "18"), ("schools", "senior", 2023, "5"),
    ("schools", "vocational", 2023, "3"), ("schools", "special", 2023, "1"),
    ("students", None, 2023, "72486"), ("students", "kindergarten", 2023, "14862"),
    ("students", "primary", 2023, "32516"), ("students", "junior", 2023, "15238"),
    ("students", "senior", 2023, "7412"), ("students", "vocational", 2023, "2268"),
    ("students", "special", 2023, "190"), ("full_time_teachers", None, 2023, "5436"),
    ("preschool_gross_enrollment_rate", None, 2023, "92.6"), ("compulsory_retention_rate", None, 2023, "97.2"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "91.8"),
    # the department's own money (its 一般公共预算财政拨款, its 教育支出 by 功能分类) and its 104 units: never the county's
]
ACCOUNTS_ALSO = [("special_education_schools", None, 2023, "1")]


# (5) a 乡村振兴 / 教育帮扶 news feature on a county: 控辍保学, 资助, 营养改善计划, 寄宿生; dated January 2024 ---------------
FEATURE = """岜峦新闻网
首页 | 本地新闻 | 乡村振兴 | 民生 | 图说岜峦 | 专题
您现在的位置：首页 > 乡村振兴
教育托底：让山里娃“有学上”更“上好学”
——岜峦县巩固拓展教育帮扶成果同乡村振兴有效衔接纪实
发布时间：2024-01-18 10:12　来源：岜峦新闻网　记者 覃海燕 黄志勇　点击数：2,036

清晨六点半，弄江镇中心小学的食堂里已经飘出米粥的香味。“学校每天给我们发一个鸡蛋、一盒牛奶，中午还有两荤一素。”五年级学生韦小兰说。这是岜峦县实施农村义务教育学生营养改善计划的一个缩影。

岜峦县地处石山区，曾是国家扶贫开发工作重点县。脱贫攻坚以来，县委、县政府始终把教育作为阻断贫困代际传递的根本之策。记者从县教育局了解到，去年全县一般公共预算教育支出9.26亿元，占一般公共预算支出的比例为21.6%。

控辍保学：一个都不能少
“我们坚持‘一生一案’，县、乡、村、校四级联动，逐一落实劝返责任。”县教育局局长蒙建华介绍，2023年全县劝返复学学生68人，辍学学生实现动态清零，九年义务教育巩固率达到96.8%，比2019年的93.2%提高了3.6个百分点。
截至去年底，全县有小学146所（另有教学点40个）、初中22所，小学生3.38万人、初中生1.74万人。其中农村寄宿制学校68所，寄宿生2.36万人。去年完成12所农村寄宿制学校提档升级，新增床位3600张。

资助政策：应助尽助
“以前最怕孩子上高中要花钱，现在不但学费全免，每学期还有助学金。”板烈村脱贫户梁大伯说，他家3个孩子，老大在读大学，老二、老三分别在县高中和初中就读。
去年，全县落实各类学生资助资金1.28亿元，资助学生6.86万人次，其中脱贫家庭学生2.12万人次；办理生源地信用助学贷款2862人。2016年以来，全县累计资助学生42.6万人次、资金7.86亿元。

营养改善：吃得饱更吃得好
全县198所农村义务教育学校全部纳入营养改善计划，去年惠及学生4.96万人，发放膳食补助资金4960万元，覆盖率100%。按照国家每生每天5元的标准，县财政每生每天另补助1元。

学前教育：在家门口上好幼儿园
截至去年底，全县共有幼儿园126所，在园幼儿1.86万人。学前三年毛入园率由2019年的78.6%提高到去年的91.3%，每个乡镇均建有1所以上公办中心幼儿园。
“孩子在家门口就能上幼儿园，我们外出务工也放心了。”那坡村村民黄秀梅说。

师资建设：留得住教得好
去年全县招聘特岗教师136名，乡村教师生活补助每人每月最高达到800元。去年全县义务教育教师年平均工资收入9.12万元，教师平均工资收入不低于当地公务员平均工资收入。
全县高中阶段毛入学率达到90.2%，比全市平均高1.2个百分点。

“今年，我们将力争学前三年毛入园率达到92%，高中阶段毛入学率达到91%，持续巩固控辍保学成果。”蒙建华表示。

（责任编辑：陆小娟）

【相关阅读】
·岜峦县召开2024年春季学期开学工作会议
·弄江镇中心小学新教学楼投入使用
·我县召开控辍保学工作推进会
【打印】【关闭】
主办：中共岜峦县委宣传部　桂ICP备12004862号
"""
FEATURE_HAND = [
    ("edu_general_budget_expenditure", None, 2023, "9.26"),  # 去年 in a page of January 2024
    ("compulsory_retention_rate", None, 2023, "96.8"), ("compulsory_retention_rate", None, 2019, "93.2"),
    ("schools", "primary", 2023, "146"), ("schools", "junior", 2023, "22"),  # 寄宿制学校68所: a part
    ("students", "primary", 2023, "3.38"), ("students", "junior", 2023, "1.74"),  # 寄宿生2.36万人: a part
    ("boarding_schools_upgraded", None, 2023, "12"),
    ("schools", "kindergarten", 2023, "126"), ("students", "kindergarten", 2023, "1.86"),
    ("preschool_gross_enrollment_rate", None, 2023, "91.3"), ("preschool_gross_enrollment_rate", None, 2019, "78.6"),
    ("teacher_avg_salary", None, 2023, "9.12"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "90.2"),  # 今年…力争92% / 91%: targets
]
FEATURE_ALSO = [("edu_general_budget_share", None, 2023, "21.6"),  # after the amount: its `stated.share_pct`
                ("dropouts_outstanding", None, 2023, "0"), ("dropouts_outstanding", None, 2023, None),  # 动态清零
                ("teacher_avg_salary", None, 2023, None), ("civil_servant_avg_salary", None, 2023, None)]


# (6) a 督导评估 反馈意见 to a county on 义务教育优质均衡, in the supervisor's voice (你县): the problems with figures ----
FEEDBACK = """关于芷岚县义务教育优质均衡发展省级督导评估的反馈意见
湘督〔2024〕38号

芷岚县人民政府：
2024年10月21日至25日，省人民政府教育督导委员会办公室组织督导评估组，按照《县域义务教育优质均衡发展督导评估办法》，对你县义务教育优质均衡发展情况进行了省级督导评估。评估组审核了你县2023年教育事业统计数据和有关资料，实地查看了16所义务教育学校，个别访谈校长、教师、家长186人，组织社会认可度问卷调查2860份。现将督导评估意见反馈如下。

一、总体评价
2023年，你县有义务教育学校56所，其中小学40所、初中16所；义务教育阶段在校生3.62万人，其中小学2.38万人、初中1.24万人。近年来，你县把义务教育优质均衡作为教育工作的头号工程，累计投入资金5.86亿元，新建学校4所、改扩建学校38所，办学条件明显改善。
评估组认为，你县政府保障程度较高，15项政府保障程度指标中有13项达到要求；教育质量稳步提升，九年义务教育巩固率为98.1%，适龄残疾儿童少年义务教育入学率为96.6%；义务教育优质均衡社会认可度为88.6%，达到85%的要求。

二、存在的主要问题
（一）资源配置校际差异仍然较大
1.你县小学、初中校际综合差异系数分别为0.438、0.392，虽低于国家规定的0.50、0.45，但小学较2022年的0.486下降不多，部分单项指标差异系数超标。
2.小学生均体育运动场馆面积差异系数为0.562，超过0.50的国家标准；初中每百名学生拥有体育艺术专任教师数差异系数为0.486，超过0.45的国家标准。
3.资源配置7项指标全部达标的学校偏少。全县40所小学中7项指标全部达标的仅31所，达标率77.5%；16所初中中全部达标的仅12所。抽查的城关第二小学生均体育运动场馆面积仅3.2平方米，不足国家标准（7.5平方米）的一半。
（二）政府保障程度个别指标未达要求
1.你县小学、初中生均公用经费分别为680元、880元，低于省定标准（小学720元、初中920元）。
2.你县县城初中仍有56人以上大班额9个，县城第一初级中学平均班额为54.6人。
3.教师交流轮岗比例偏低。交流轮岗教师占符合交流条件教师比例为11.8%，低于15%的要求；交流轮岗教师中骨干教师占比为14.2%，低于20%的要求。
4.优质高中招生名额分配到初中的比例为46%，未达到50%以上的要求。
（三）教师队伍建设仍有短板
音乐、美术专任教师缺口分别为38人、26人，部分乡村学校音体美课程由其他学科教师兼任；教师5年360学时培训完成率为92.3%，未达到100%的要求。
（四）学校管理仍需规范
抽查的16所学校中，有3所学校未建立作业校内公示制度，有2所学校课后服务时间未达到要求。

三、整改意见
（一）请你县围绕单项指标差异系数超标、7项指标未全部达标学校等问题，制定资源配置补短板计划，确保2025年底前每所学校至少6项指标达标、其余指标不低于标准的85%。
（二）请你县足额落实生均公用经费，2025年起小学、初中分别不低于720元、920元。
（三）请你县在2025年秋季学期前全面消除56人以上大班额，交流轮岗教师比例不低于15%，其中骨干教师不低于20%。
（四）请你县于2025年1月31日前将整改方案报省人民政府教育督导委员会办公室。

附件：芷岚县义务教育优质均衡发展问题清单
1.小学生均体育运动场馆面积差异系数0.562，超标；
2.初中每百名学生拥有体育艺术专任教师数差异系数0.486，超标；
3.9所小学、4所初中资源配置7项指标未全部达标；
4.小学、初中生均公用经费低于省定标准；
5.县城初中56人以上大班额9个；
6.交流轮岗教师比例11.8%、骨干教师占比14.2%，均未达到要求；
7.优质高中招生名额分配比例46%，未达到要求；
8.教师5年360学时培训完成率92.3%，未达到要求。

省人民政府教育督导委员会办公室
2024年11月8日

抄送：省教育厅，沅岚市人民政府。
"""
FEEDBACK_HAND = [
    ("schools", "primary", 2023, "40"), ("schools", "junior", 2023, "16"),
    ("students", "primary", 2023, "2.38"), ("students", "junior", 2023, "1.24"),
    ("compulsory_retention_rate", None, 2023, "98.1"), ("disabled_children_enrollment_rate", None, 2023, "96.6"),
    ("compulsory_social_recognition_rate", None, 2023, "88.6"),
    ("cv_composite_stated", "primary", 2023, "0.438"), ("cv_composite_stated", "junior", 2023, "0.392"),
    ("cv_composite_stated", "primary", 2022, "0.486"),  # 较2022年的0.486
    ("cv_sports_area_per_student_stated", "primary", 2023, "0.562"),
    ("cv_pe_art_per100_stated", "junior", 2023, "0.486"),
    ("per_student_public_funding", "primary", 2023, "680"), ("per_student_public_funding", "junior", 2023, "880"),
    ("teacher_rotation_share", None, 2023, "11.8"), ("rotation_backbone_share", None, 2023, "14.2"),
    ("quality_hs_quota_share", None, 2023, "46"), ("teacher_training_360h_rate", None, 2023, "92.3"),
]
# 县城初中仍有56人以上大班额9个: the county town's junior schools, a part — neither the county's nor the junior stage's
# (keyed the county's at first, moved out after the first run: it contradicted the conventions, a part is not the whole)
FEEDBACK_ALSO: list = []


DOCS = [
    Doc("statcomm99", "430798", "渫川县", 1999, STATCOMM99, STATCOMM99_HAND, STATCOMM99_ALSO),
    Doc("yearbook", "369800", "璟州市", 2023, YEARBOOK, YEARBOOK_HAND, YEARBOOK_ALSO),
    Doc("lawcheck", "411398", "湍岭县", 2023, LAWCHECK, LAWCHECK_HAND, LAWCHECK_ALSO),
    Doc("accounts", "510898", "漪水县", 2023, ACCOUNTS, ACCOUNTS_HAND, ACCOUNTS_ALSO),
    Doc("feature", "452798", "岜峦县", 2023, FEATURE, FEATURE_HAND, FEATURE_ALSO),
    Doc("feedback", "431098", "芷岚县", 2023, FEEDBACK, FEEDBACK_HAND, FEEDBACK_ALSO),
]
GROUP_MARK = {"accounts": ","}  # how each groups its long figures (the others write them ungrouped)

# Documents read wrongly today (id -> the class of the fault), at first contact (h-docs37d, on 7e6a501).
WRONG: dict = {}  # at first contact the yearbook's 17-1 was read under the wrong columns (13 figures: its header over two
# lines, 学生数 spanning 招生数 毕业生数 在校学生数, laid over the wrong columns — 学校数 as 教学班数, 专任教师数 as 在校学生数,
# 招生数 as 专任教师数); since stop 37 such a header's table is not read (spacedtables: more label columns in the header
# than the rows have, the figures' headers over two lines), and the prose's totals, refused before as stated twice
# against the misread cells, are read: yearbook 16 → 21/33, no wrong reading
# Figures of HAND found today (at first contact, h-docs37d on 7e6a501: 77/118 over the six, 13 wrong, all in the
# yearbook): a later change may raise these, never lower them. The misses, by class:
#   statcomm99 10/14: wording — 其中高中4所，在校学生3862人 (高中 within 普通中学's 其中: 4所 `no_indicator`, 3862人
#     `mixed_stage`); 特殊教育学校1所，在校残疾学生86人 (`no_indicator`); 学龄儿童入学率99.6% (`no_indicator`, as 37c).
#     Right: 普通中学34所 / 2.48万人, 中小学 and 中学 teachers, 初中阶段入学率, 每万人口拥有在校中学生586人, 1.2千人, 教学点,
#     文教卫生事业费 all left alone; 1999/2000学年初 read as 1999; 在园幼儿（含学前班）1.12万人 read.
#   yearbook 16/33 (+13 wrong, above): structural — 17-1's two header lines: the 12 true 在校学生数 / 专任教师数 cells of
#     the stages `no_indicator` or read under another name; its 总计 row's and 17-2's 全市 row's 821286 and 53042 then
#     refused `stated_twice` against the misread cells, as are the prose's 在校学生82.13万人, 专任教师5.30万人 and 在园幼儿
#     15.68万人 (`stated_twice`). Right: 17-2's six districts and counties all `sub_entity`, its 全市 row's 学校数 read;
#     技工学校12所 / 在校生2.16万人 and the 其中：民办幼儿园 row (`no_stage`) left alone; every 【条目】 rate read.
#   lawcheck 20/20: the 省定标准 paid (按小学每生每年720元…足额拨付), the areas beside their 国家标准, the inspection's
#     28所中小学校, the 义务教育 totals (`mixed_stage`), the problems' 12所 / 9所 / 186名 and the targets left alone.
#   accounts 19/19: the department's 104 units (`scope_unclear`), its 收入, 教育支出 by 功能分类 and 年初预算 lines left
#     alone; the comma-grouped counts (72,486人) read right.
#   feature 4/14: year — 去年 in a page dated 2024-01-18, read with the period 2023: 去年全县一般公共预算教育支出9.26亿元,
#     截至去年底 (小学146所、初中22所, 小学生3.38万人、初中生1.74万人; 幼儿园126所, 在园幼儿1.86万人) and 去年…教师年平均
#     工资收入9.12万元 all `year_unclear`; 由2019年的78.6%提高到去年的91.3% (`phrase`: 78.6% read as 2019's); wording —
#     去年完成12所农村寄宿制学校提档升级 (`no_indicator`). Right: 动态清零 (the claim), 比2019年的93.2%, 劝返复学68人,
#     the 资助 and 营养改善计划 figures, 每生每天5元, 寄宿 parts, the city's average and 今年's targets left alone.
#   feedback 8/18: voice — the entity addressed as 你县: 2023年，你县有义务教育学校56所，其中小学40所、初中16所
#     (`no_indicator`), 你县小学、初中校际综合差异系数分别为0.438、0.392 (`other_entity`) and 较2022年的0.486
#     (`no_indicator`); structural — under the heading （二）政府保障程度个别指标未达要求 (个别 taken for a part) every
#     figure `subset`: 你县小学、初中生均公用经费分别为680元、880元 (你县 alone: `other_entity`), 交流轮岗 11.8%, 骨干教师
#     占比14.2%, 优质高中…分配到初中的比例46% (each read without the heading). Right: single 差异系数 by stage, every
#     国家标准 / 省定标准 / 要求 beside a figure, the 问题清单's repeats (3.9所小学) and the school's 3.2平方米 left alone.
# After stop 37's readings of its misses: feature 4 → 12 (a news page dated once in the year after the evaluated one:
# a sentence opening on 去年 or 截至去年底 is the evaluated year's), feedback 8 → 17 (你县 the entity addressed; a heading
# …指标未达要求 names the entity's shortfall, neither a standard nor a part): 99/118.
RECALL = {"statcomm99": 10, "yearbook": 21, "lawcheck": 20, "accounts": 19, "feature": 12, "feedback": 17}


def _ungroup(text: str) -> str:
    """The text with the digits' group marks taken out (72,486 → 72486), for check_whole."""
    return re.sub(r"(?<=\d)[, ](?=\d{3}(?!\d))", "", text)


def test_the_documents_are_whole_and_their_keys_their_own():
    check_whole([doc._replace(text=_ungroup(doc.text)) if doc.id in GROUP_MARK else doc for doc in DOCS], WRONG, RECALL)
    for doc in DOCS:  # every figure of five digits or more is written grouped where its document groups them
        for key in doc.hand:
            if doc.id in GROUP_MARK and re.fullmatch(r"\d{5,}", key[3]):
                written = re.sub(r"(?<=\d)(?=(\d{3})+$)", GROUP_MARK[doc.id], key[3])
                assert re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d.,])", doc.text), (doc.id, key)


def test_the_documents_have_the_forms_they_claim():
    assert "1999/2000学年初，全县共有普通中学34所，在校学生2.48万人，其中高中4所" in STATCOMM99
    assert all(w in STATCOMM99 for w in ("学龄儿童入学率", "初中阶段入学率", "1.2千人", "二000年", "文教卫生事业费"))
    assert "单位：所、个、人\n学校类别 学校数 教学班数 学生数 专任教师数\n招生数 毕业生数 在校学生数\n总计 " in YEARBOOK
    assert "\n其中：民办幼儿园 412 " in YEARBOOK and "\n全市 1832 821286 53042\n" in YEARBOOK
    assert YEARBOOK.count("【") == 5 and "技工学校12所" in YEARBOOK
    assert "执法检查" in LAWCHECK and LAWCHECK.count("标准") >= 5 and "二、存在的主要问题" in LAWCHECK
    assert "按小学每生每年720元、初中每生每年920元的省定标准足额拨付" in LAWCHECK
    assert "部门决算" in ACCOUNTS and ACCOUNTS.count("年初预算") >= 10 and "72,486人" in ACCOUNTS
    assert "所属104个预算单位组成，其中：幼儿园37所" in ACCOUNTS and ACCOUNTS.count("（功能分类）") == 0
    assert "2024-01-18" in FEATURE and FEATURE.count("去年") >= 8 and "营养改善计划" in FEATURE
    assert "动态清零" in FEATURE and "每生每天5元" in FEATURE
    assert FEEDBACK.count("你县") >= 8 and "较2022年的0.486" in FEEDBACK and "\n3.9所小学" in FEEDBACK


@pytest.mark.parametrize("doc", wrong_params(DOCS, WRONG))
def test_no_wrong_reading(doc):
    assert_no_wrong(read_doc(doc), doc)


@pytest.mark.parametrize("doc", DOCS, ids=[doc.id for doc in DOCS])
def test_recall_not_lower(doc):
    assert_recall(read_doc(doc), doc, RECALL)
