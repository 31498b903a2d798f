"""A ninth set of whole own-made documents, read end to end (h-review35b, issue 24): kinds and styles the documents of
test_extract_documents32d.py, 33.py, 33c.py, 33e.py, 33g.py, 33i.py, 34a.py, 34b.py, 34c.py, 34e.py and 34f.py do not
have — the kinds batch 7's first contact read worst (20 of 43 figures).

(1) a prefecture's (市) 国民经济和社会发展统计公报 whose 教育和科学技术 section counts in 万人 with two decimals (在园幼儿
15.62万人,下降7.8%; 专任教师2.14万人), changes as 增加/减少 and %, 普通中学 with its 其中 初中/普通高中, 中等职业教育学校
(不含技工学校) beside 技工学校, 普通本专科 and 研究生 (no stage of the dictionary), and 教育支出 inside the finance section;
(2) a city newspaper's news item (本报讯, 记者…从市教育局获悉) on the 2023—2024学年 statistics: 本学年 against 上一学年 /
上学年 (比上学年增0.84万人), an official quoted, 普高 and 技工学校 (counted by 人社, not in the totals), the province's
average, a 2025 target, the page's widgets around it; (3) a county 教育局's 教育事业统计分析报告 by stage (一、二、三(一)…),
each stage's schools, 教学班…个, pupils, teachers with 比上年 changes, and 其中 lists of school kinds within a stage
(其中完全小学41所, 其中完全中学2所, 其中职业高中2所 — parts, not the stage), closed by a table of the same figures;
(4) a document-sharing site's text preview of a county 教育工作总结: the site's widgets on top, the text cut into chunks
numbered 1、 2、 3、… after blank lines, a chunk cutting a sentence (普通高中 / 3、4所; 毛入园率达到 / 4、93.2%) and even a
figure (在园幼儿86 / 6、45人; 初中专任教师8 / 8、36人), the download prompts below; (5) a county-level city's statistical
yearbook chapter 十九、教育 flattened from its tables: 表19-1 with its headers broken over lines (学校数 / (所) / 教学班 /
数 / (个) …), a 合计 row, 表19-2 by 城乡 (合计 城区 镇区 乡村) and 表19-3 by 举办者 (合计 教育部门 其他部门 民办) under
单位 lines, 表19-4 with 2022年 / 2023年 columns, 表19-5 of years as rows; (6) a county 人民政府's report to the
人大常委会 on education that compares the county with the city and the province in the same sentences (高于全市平均1.2个
百分点,全省为92.8%) and gives 2021, 2022 and 2023 side by side (2021年、2022年、2023年…分别为…; 由2021年的…提高到2023年
的…; 2021年为…,2022年为…,2023年达到…).
Every place and figure is made up (湄澄市 449700, 槿州市 359700, 芩溪县 431398, 樟岚县 361398, 澂阳市 421398, 蓼川县
511398 exist nowhere); nothing is copied from tests/data/reports/ or from the earlier files.

HAND is what a careful reader attaches to the document's entity (indicator, stage, period, value) by the conventions
of tests/data/reports/README.md: figures of standards, targets, budgets, other entities (全省, 全市 in a county's report,
技工学校, 普通高校, a school) or of another year read as this year are not the entity's; a school year is the year it
begins in (2023—2024学年 → 2023, 上一学年 → 2022); a part (公办, 民办 within a stage's count, 完全中学 / 职业高中 within a
stage, 城区/镇区/乡村, 教育部门) is not the stage's, except that 民办幼儿园 is its own indicator; 普通中学, 义务教育 and
高中阶段 totals have no stage; a prior year's figure is taken only where written with its year (上一学年…, 比上年的…, a
2022年 column, 2021年、2022年…分别为…); figures in 万人 / 万元 / 亿元 are keyed as written (15.62). In the yearbook the
2023 and 2022 figures are the city's; the earlier rows are its figures of their own years (ALSO). Two figures of the
preview are cut inside by a chunk's number (CUT: keyed apart, in ALSO, with the form they are written in). ALSO lists
readings that are not wrong though not counted. The constraint is 0 wrong (test_no_wrong_reading, a strict xfail where
one is read wrongly today, its reason the class of the fault); the objective is recall, held at today's count
(test_recall_not_lower). Past 400 lines for a reason: the file is six whole documents and their keys; the tests are at
the end.
"""

import pytest
from whole_documents import Doc, assert_no_wrong, assert_recall, check_whole, draft_of, read_doc, wrong_params


# (1) a prefecture's 国民经济和社会发展统计公报: one section on education, counts in 万人 --------------------------------
STATCOMM = """湄澄市2023年国民经济和社会发展统计公报
湄澄市统计局 国家统计局湄澄调查队
(2024年3月26日)

2023年,面对复杂严峻的外部环境,全市上下坚持稳中求进工作总基调,经济运行整体回升向好,社会大局和谐稳定。

一、综合
初步核算,全年全市地区生产总值2865.42亿元,按不变价格计算,比上年增长5.6%。其中,第一产业增加值312.68亿元,增长3.9%;第二产业增加值1106.35亿元,增长6.2%;第三产业增加值1446.39亿元,增长5.4%。三次产业结构为10.9:38.6:50.5。
年末全市常住人口468.35万人,比上年末减少1.26万人。其中,城镇人口289.52万人,常住人口城镇化率61.82%,比上年末提高0.74个百分点。全年出生人口2.86万人,出生率6.10‰。

二、农业
全年粮食播种面积386.5千公顷,比上年增加1.2千公顷;粮食总产量248.6万吨,增长1.8%。全年猪牛羊禽肉产量42.36万吨,增长3.1%。

三、工业和建筑业
全年规模以上工业增加值比上年增长7.1%。年末全市规模以上工业企业1862家,比上年末增加126家。全年建筑业总产值1028.64亿元,增长4.6%。

四、固定资产投资
全年固定资产投资比上年增长4.8%。其中,社会领域投资增长9.6%,教育投资增长12.4%,卫生投资增长6.8%。

五、国内贸易和对外经济
全年社会消费品零售总额1325.86亿元,比上年增长6.9%。全年货物进出口总额412.35亿元,增长2.3%。

六、财政和金融
全年一般公共预算收入212.36亿元,比上年增长6.3%,其中税收收入148.52亿元,增长8.1%。一般公共预算支出586.14亿元,增长3.7%,其中教育支出98.62亿元,增长4.3%;社会保障和就业支出86.35亿元,增长5.2%;卫生健康支出52.18亿元,下降2.6%。
年末全市金融机构本外币各项存款余额5236.48亿元,比年初增长9.8%。

七、居民收入和消费
全年全市居民人均可支配收入32865元,比上年增长6.1%。其中,城镇居民人均可支配收入43216元,增长5.2%;农村居民人均可支配收入19862元,增长7.6%。

八、教育和科学技术
年末全市有幼儿园1286所,比上年减少43所,其中民办幼儿园512所;在园幼儿15.62万人,下降7.8%;幼儿园专任教师1.12万人。学前三年毛入园率92.6%,普惠性幼儿园覆盖率88.5%。
全市有小学642所,减少11所;在校生36.85万人,增长0.6%;专任教师2.14万人,增加0.03万人。小学教学点186个。
普通中学318所,增加2所;在校生27.46万人,增长3.2%;专任教师2.32万人。其中,初中262所,在校生18.93万人,增长2.4%;普通高中56所,在校生8.53万人,增长5.1%。
中等职业教育学校(不含技工学校)38所,在校生6.12万人,增长2.5%;技工学校12所,在校生1.86万人。
特殊教育学校14所,在校生3126人,增加208人。
普通高等学校9所,普通本专科招生5.26万人,在校生17.38万人,毕业生4.62万人;研究生招生1862人,在学研究生5214人。
全市九年义务教育巩固率98.6%,高中阶段毛入学率93.8%。
年末全市共有县级以上科学研究与技术开发机构48个。全年专利授权量1.36万件,其中发明专利授权2186件。全市高新技术企业1126家,比上年增加168家。

九、文化旅游、卫生健康和体育
年末全市有公共图书馆11个,文化馆11个,博物馆23个。全年接待国内游客4862.35万人次,增长28.6%。
年末全市共有医疗卫生机构5862个,其中医院186个;卫生技术人员3.86万人,其中执业(助理)医师1.52万人。
全年全市共举办市级以上体育赛事42项,全市人均体育场地面积2.46平方米。

十、资源、环境和应急管理
全年全市空气质量优良天数比例为92.1%,比上年提高1.4个百分点。森林覆盖率58.6%。

十一、社会保障
年末全市参加城镇职工基本养老保险人数126.35万人,比上年末增加3.12万人;参加城乡居民基本养老保险人数218.46万人。全年城乡最低生活保障对象8.62万人。

注:
1.本公报中数据均为初步统计数,部分数据因四舍五入,存在总计与分项合计不等的情况。
2.地区生产总值、各产业增加值绝对数按现价计算,增长速度按不变价格计算。
3.教育数据来源于市教育局,学校数、在校生数为2023/2024学年初数据;技工学校数据来源于市人力资源和社会保障局。
4.其他数据来源于各有关部门。
"""
STATCOMM_HAND = [
    ("resident_population", None, 2023, "468.35"), ("general_budget_expenditure", None, 2023, "586.14"),
    ("edu_general_budget_expenditure", None, 2023, "98.62"),  # 一般公共预算支出…,其中教育支出98.62亿元
    ("schools", "kindergarten", 2023, "1286"), ("private_kindergartens", None, 2023, "512"),
    ("students", "kindergarten", 2023, "15.62"), ("full_time_teachers", "kindergarten", 2023, "1.12"),
    ("preschool_gross_enrollment_rate", None, 2023, "92.6"), ("inclusive_kindergarten_coverage", None, 2023, "88.5"),
    ("schools", "primary", 2023, "642"), ("students", "primary", 2023, "36.85"),
    ("full_time_teachers", "primary", 2023, "2.14"),
    ("schools", "junior", 2023, "262"), ("students", "junior", 2023, "18.93"),
    ("schools", "senior", 2023, "56"), ("students", "senior", 2023, "8.53"),
    ("schools", "vocational", 2023, "38"), ("students", "vocational", 2023, "6.12"),  # 不含技工学校: the 中职 of the statistics
    ("schools", "special", 2023, "14"), ("students", "special", 2023, "3126"),
    ("compulsory_retention_rate", None, 2023, "98.6"), ("senior_secondary_gross_enrollment_rate", None, 2023, "93.8"),
]
STATCOMM_ALSO = [("special_education_schools", None, 2023, "14"), ("edu_appropriation_growth_rate", None, 2023, "4.3")]


# (2) a newspaper's news item on the 2023—2024学年 statistics ------------------------------------------------------------
NEWS = """槿州新闻网 > 教育 > 正文
本学年全市在校生96.38万人 普高在校生增量最大
2024-05-16 09:12  来源:槿州日报  作者:记者 林晓岚 通讯员 周文博
【字体:大 中 小】  分享到:微信 微博 QQ空间

本报讯 学前教育"缩",高中教育"扩",义务教育"稳"。记者昨日从市教育局获悉,《槿州市2023—2024学年教育事业统计简报》日前印发,全市教育规模整体保持稳定,各学段"一减一增"的结构性变化更加明显。

统计显示,本学年全市共有各级各类学校1468所,比上一学年减少21所;在校生(含在园幼儿)96.38万人,比上学年增0.84万人;专任教师6.52万人,比上学年增加0.11万人。

在园幼儿连续三个学年下降

"出生人口下降的影响,已经从幼儿园传导到小学一年级。"市教育局发展规划处处长王建平告诉记者,本学年全市有幼儿园862所,比上学年减少37所;在园幼儿18.25万人,比上学年减少1.62万人,已连续三个学年下降。上一学年,全市在园幼儿19.87万人。
王建平介绍,在园幼儿减少的同时,学前教育的普惠程度继续提高:本学年全市公办园在园幼儿占比达到58.6%,比上学年提高3.2个百分点;普惠性幼儿园覆盖率达到91.3%。
"按照省里的要求,到2025年公办园在园幼儿占比要达到60%以上,我们还差1.4个百分点。"王建平说。

义务教育学校在校生总体平稳

本学年,全市小学在校生42.16万人,初中在校生20.35万人,分别比上学年增0.52万人和0.87万人。小学一年级招生6.95万人,比上学年少招0.38万人,这是近十年来首次下降。
全市小学专任教师2.63万人,初中专任教师1.78万人。全市九年义务教育巩固率达99.1%,随班就读残疾学生1826人。
"初中在校生还将增长两到三年,'十四五'期间全市计划新建、改扩建初中学校24所,新增学位3.6万个。"王建平说。

高中阶段招生继续扩大

记者注意到,普高是本学年在校生增量最大的学段。本学年全市有普高41所,普高在校生9.64万人,比上学年增加0.46万人;普高专任教师7152人。中职学校26所,在校生4.12万人,中职专任教师2986人;另有技工学校9所,在校生1.36万人(技工学校由市人社局统计,未计入上述在校生总数)。
全市高中阶段毛入学率达96.2%,比上学年提高0.8个百分点,高于全省平均水平(94.5%)。
据介绍,本学年全市普高招生3.42万人,普职招生比为6.2:3.8。

特殊教育方面,全市有特殊教育学校8所,在校生1215人。

高校在校生首次突破10万人

统计简报还显示,全市4所普通高校本学年共有普通本专科在校生10.26万人,研究生2136人。

对于下一步工作,王建平表示,市教育局将根据学龄人口变化趋势,科学调整学校布局,"小学、幼儿园将逐步从'扩容'转向'提质'"。

链接:
什么是"学年"?教育事业统计以学年为单位,2023—2024学年的统计时点为2023年9月,简报中"本学年"即2023—2024学年,"上学年"即2022—2023学年。

(责任编辑:陈思)

相关新闻:
· 我市2024年义务教育招生政策发布
· 市教育局召开2024年教育统计工作会议
· 槿州:今年新增公办学位1.2万个

上一篇:我市中小学生体质健康优良率达56.3%
下一篇:槿州职业技术学院获评省级"双高"建设单位
"""
NEWS_HAND = [
    ("schools", None, 2023, "1468"), ("students", None, 2023, "96.38"), ("full_time_teachers", None, 2023, "6.52"),
    ("schools", "kindergarten", 2023, "862"), ("students", "kindergarten", 2023, "18.25"),
    ("students", "kindergarten", 2022, "19.87"),  # 上一学年,全市在园幼儿19.87万人: the 2022—2023学年
    ("public_kindergarten_enrollment_share", None, 2023, "58.6"), ("inclusive_kindergarten_coverage", None, 2023, "91.3"),
    ("students", "primary", 2023, "42.16"), ("students", "junior", 2023, "20.35"),
    ("full_time_teachers", "primary", 2023, "2.63"), ("full_time_teachers", "junior", 2023, "1.78"),
    ("compulsory_retention_rate", None, 2023, "99.1"), ("disabled_students_in_regular_classes", None, 2023, "1826"),
    ("schools", "senior", 2023, "41"), ("students", "senior", 2023, "9.64"), ("full_time_teachers", "senior", 2023, "7152"),
    ("schools", "vocational", 2023, "26"), ("students", "vocational", 2023, "4.12"),
    ("full_time_teachers", "vocational", 2023, "2986"), ("senior_secondary_gross_enrollment_rate", None, 2023, "96.2"),
    ("schools", "special", 2023, "8"), ("students", "special", 2023, "1215"),
]
NEWS_ALSO = [("special_education_schools", None, 2023, "8")]


# (3) a county 教育事业统计分析报告 by stage, 其中 lists of school kinds, a closing table ------------------------------------
ANALYSIS = """芩溪县2023年教育事业统计分析报告
芩溪县教育局
(2024年1月12日)

根据省教育厅统一部署,我局组织完成了2023年教育事业综合统计工作(统计时点为2023年9月30日)。现将全县教育事业发展基本情况分析如下。

一、总体情况
2023年,全县共有各级各类学校170所(不含教学点),比上年减少6所;教学班2258个,比上年减少31个;在校学生66144人,比上年减少1046人;专任教师4685人,比上年增加38人。
从学段结构看,学前教育在校生占全部在校生的16.99%,义务教育占60.34%,高中阶段占22.44%。

二、学前教育
全县共有幼儿园92所,比上年减少5所。其中公办幼儿园58所,民办幼儿园34所(其中普惠性民办幼儿园27所)。幼儿园教学班468个,比上年减少36个;在园幼儿11236人,比上年减少1328人,下降10.57%。幼儿园专任教师812人,比上年增加16人,其中学前教育专业毕业的专任教师占比为76.4%。
全县学前三年毛入园率为91.86%,比上年提高0.42个百分点;普惠性幼儿园覆盖率为90.12%。
分析:在园幼儿连续两年下降,主要是适龄人口减少。预计2024年在园幼儿将降至1万人左右。

三、义务教育
(一)小学
全县共有小学48所,比上年减少2所,其中完全小学41所、九年一贯制学校小学部6所、十二年一贯制学校小学部1所;另有教学点23个。小学教学班1028个,比上年减少14个,其中56人及以上大班额8个;在校生26384人,比上年减少512人;专任教师1852人。
(二)初中
全县共有初中20所,其中独立初中13所、九年一贯制学校6所、完全中学初中部1所。初中教学班412个,比上年增加9个,无56人以上大班额;在校生13526人,比上年增加386人;专任教师1126人,比上年增加22人。
全县九年义务教育巩固率为97.82%,适龄残疾儿童少年义务教育入学率为96.5%。

四、高中阶段教育
(一)普通高中
全县共有普通高中6所,其中完全中学2所、独立设置的高级中学4所。普通高中教学班196个,比上年增加6个;在校生9214人,比上年增加312人;专任教师628人,比上年增加12人。
(二)中等职业教育
全县共有中等职业学校3所,其中职业高中2所、普通中专1所。中职教学班142个;在校生5628人,比上年增加146人;专任教师246人,"双师型"教师占专业课教师比例为52.6%。
全县高中阶段毛入学率为93.45%,比上年提高1.02个百分点。

五、特殊教育
全县有特殊教育学校1所,教学班12个,在校生156人,专任教师21人。另有随班就读残疾学生318人,送教上门学生82人。

六、教职工队伍
全县中小学、幼儿园共有教职工5216人,其中专任教师4685人。专任教师中,小学、初中专任教师学历合格率均为100%,普通高中专任教师学历合格率为98.9%。

七、主要问题
一是学前教育资源出现结构性过剩,部分乡镇公办园在园幼儿不足30人;二是县城初中学位紧张,城关第二中学平均班额达到54人;三是中职"双师型"教师比例低于省定60%的标准。

八、几点建议
(一)统筹调整幼儿园布局,到2025年将普惠性幼儿园覆盖率稳定在90%以上。
(二)加快县城初中扩容,2024年新增学位900个。
(三)加强中职教师队伍建设,力争2025年"双师型"教师占专业课教师比例达到60%。

附表:2023年全县各级各类教育基本情况
学段 学校数(所) 教学班(个) 在校生(人) 专任教师(人)
幼儿园 92 468 11236 812
小学 48 1028 26384 1852
初中 20 412 13526 1126
普通高中 6 196 9214 628
中等职业学校 3 142 5628 246
特殊教育学校 1 12 156 21
合计 170 2258 66144 4685
"""
ANALYSIS_HAND = [
    ("schools", None, 2023, "170"), ("classes", None, 2023, "2258"), ("students", None, 2023, "66144"),
    ("full_time_teachers", None, 2023, "4685"),
    ("schools", "kindergarten", 2023, "92"), ("private_kindergartens", None, 2023, "34"),
    ("classes", "kindergarten", 2023, "468"), ("students", "kindergarten", 2023, "11236"),
    ("full_time_teachers", "kindergarten", 2023, "812"), ("kg_teacher_professional_share", None, 2023, "76.4"),
    ("preschool_gross_enrollment_rate", None, 2023, "91.86"), ("inclusive_kindergarten_coverage", None, 2023, "90.12"),
    ("schools", "primary", 2023, "48"), ("classes", "primary", 2023, "1028"), ("large_classes", "primary", 2023, "8"),
    ("students", "primary", 2023, "26384"), ("full_time_teachers", "primary", 2023, "1852"),
    ("schools", "junior", 2023, "20"), ("classes", "junior", 2023, "412"), ("students", "junior", 2023, "13526"),
    ("full_time_teachers", "junior", 2023, "1126"),
    ("compulsory_retention_rate", None, 2023, "97.82"), ("disabled_children_enrollment_rate", None, 2023, "96.5"),
    ("schools", "senior", 2023, "6"), ("classes", "senior", 2023, "196"), ("students", "senior", 2023, "9214"),
    ("full_time_teachers", "senior", 2023, "628"),
    ("schools", "vocational", 2023, "3"), ("classes", "vocational", 2023, "142"), ("students", "vocational", 2023, "5628"),
    ("full_time_teachers", "vocational", 2023, "246"), ("dual_qualified_teacher_share", None, 2023, "52.6"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "93.45"),
    ("schools", "special", 2023, "1"), ("classes", "special", 2023, "12"), ("students", "special", 2023, "156"),
    ("full_time_teachers", "special", 2023, "21"), ("disabled_students_in_regular_classes", None, 2023, "318"),
]
ANALYSIS_ALSO = [("special_education_schools", None, 2023, "1"), ("large_classes", "junior", 2023, "0")]


# (4) a document-sharing site's text preview of a county 教育工作总结, cut into numbered chunks ---------------------------
PREVIEW = """樟岚县教育局2023年教育工作总结 - 文档之家
首页 > 实用文档 > 工作总结 > 教育工作总结
樟岚县教育局2023年教育工作总结.docx
上传者:zl****23  上传时间:2024-01-18  页数:12页  浏览:1306次  下载:58次
★★★★☆ 4.6分(21人评价)
VIP免费下载  加入收藏  举报  分享
文档简介:樟岚县教育局2023年教育工作总结,共12页,欢迎下载。本文档由用户上传,仅供参考。
温馨提示:当前为文本预览,格式可能有误,完整内容请下载后查看。
1、樟岚县教育局2023年教育工作总结
2023年,县教育局在县委、县政府的坚强领导下,在上级教育行政部门的精心指导下,坚持立德树人根本任务,聚焦"办好人民满意的教育"目标,各项工作取得新进展。现将一年来的工作总结如下:

2、一、教育事业发展总体情况
全县现有各级各类学校103所,其中幼儿园52所(公办31所、民办21所),小学32所,初中12所,普通高中

3、4所,中职学校2所,特殊教育学校1所。全县在校学生48526人,专任教师3562人。全县学前三年毛入园率达到

4、93.2%,九年义务教育巩固率达到98.7%,高中阶段毛入学率达到94.1%,均高于省定目标。

5、二、主要工作及成效
(一)学前教育普惠发展。全年新建、改扩建幼儿园3所,新增学位810个;认定普惠性民办幼儿园6所。全县在园幼儿86

6、45人,普惠性幼儿园覆盖率达到91.6%,公办园在园幼儿占比达到55.2%,分别比上年提高1.8和2.3个百分点。

7、(二)义务教育优质均衡。小学在校生21356人,初中在校生10248人;全县大班额由上年的6个降至0个。义务教育学校课后服务实现全覆盖,学生参与课后服务比例达到96.8%。小学专任教师1512人,初中专任教师8

8、36人。全年交流轮岗教师186人,占符合交流条件教师比例为17.2%。

9、(三)高中阶段多样发展。普通高中在校生6382人,专任教师468人;2023年高考本科上线2156人,上线率61.2%。中职学校在校生2486人,"双师型"教师占专业课教师比例为62.5%。

10、(四)教育投入持续加大。全年一般公共预算教育支出68526万元,比上年的64312万元增长6.55%;征收教育费附加2136万元、地方教育附加1424万元,全部用于教育。

11、三、存在的问题
一是城区学位依然紧张,城关片区小学平均班额48人;二是乡村学校教师结构性缺编,音体美教师缺口86人;三是中职学校办学条件有待改善。

12、四、2024年工作打算
(一)力争学前三年毛入园率达到94%以上,普惠性幼儿园覆盖率稳定在92%以上。
(二)新建城东小学,新增学位1620个。
(三)全年一般公共预算教育支出预计安排72000万元。

樟岚县教育局
2024年1月10日

13、

……此处隐藏:1862字,全部文档内容请下载后查看。喜欢就下载吧……

樟岚县教育局2023年教育工作总结.docx
将本文的Word文档下载到电脑,方便复制、编辑、收藏和打印
本文链接:https://www.wendangzhijia.example/doc/8e1f2a6c.html(转载请注明文章来源)
相关文档:
· 樟岚县教育局2022年教育工作总结
· 2023年县教育局工作总结及2024年工作计划
· 乡镇中心学校2023年度工作总结
热门搜索:教育工作总结 教育局 年度总结 范文
"""
PREVIEW_HAND = [
    ("schools", None, 2023, "103"), ("schools", "kindergarten", 2023, "52"), ("private_kindergartens", None, 2023, "21"),
    ("schools", "primary", 2023, "32"), ("schools", "junior", 2023, "12"),
    ("schools", "senior", 2023, "4"),  # 普通高中 / 3、4所: the chunk's number between name and figure
    ("schools", "vocational", 2023, "2"), ("schools", "special", 2023, "1"),
    ("students", None, 2023, "48526"), ("full_time_teachers", None, 2023, "3562"),
    ("preschool_gross_enrollment_rate", None, 2023, "93.2"),  # 毛入园率达到 / 4、93.2%
    ("compulsory_retention_rate", None, 2023, "98.7"), ("senior_secondary_gross_enrollment_rate", None, 2023, "94.1"),
    ("kindergartens_built_or_expanded", None, 2023, "3"), ("inclusive_private_kindergartens_recognised", None, 2023, "6"),
    ("inclusive_kindergarten_coverage", None, 2023, "91.6"), ("public_kindergarten_enrollment_share", None, 2023, "55.2"),
    ("students", "primary", 2023, "21356"), ("students", "junior", 2023, "10248"),
    ("after_school_service_student_share", None, 2023, "96.8"), ("full_time_teachers", "primary", 2023, "1512"),
    ("teacher_rotation_share", None, 2023, "17.2"),
    ("students", "senior", 2023, "6382"), ("full_time_teachers", "senior", 2023, "468"),
    ("students", "vocational", 2023, "2486"), ("dual_qualified_teacher_share", None, 2023, "62.5"),
    ("edu_general_budget_expenditure", None, 2023, "68526"), ("edu_general_budget_expenditure", None, 2022, "64312"),
    ("edu_surcharge_collected", None, 2023, "2136"), ("local_edu_surcharge_collected", None, 2023, "1424"),
]
# Figures cut inside by a chunk's number: keyed apart with the form they are written in (check_whole cannot find them).
CUT = [(("students", "kindergarten", 2023, "8645"), "86\n\n6、45人"), (("full_time_teachers", "junior", 2023, "836"), "8\n\n8、36人")]
PREVIEW_ALSO = [k for k, _ in CUT] + [
    ("special_education_schools", None, 2023, "1"), ("edu_surcharge_used_for_education", None, 2023, None),
    ("edu_appropriation_growth_rate", None, 2023, "6.55"), ("after_school_service_school_share", None, 2023, "100"),
    ("large_classes", None, 2023, "0"), ("large_classes", None, 2022, "6"),  # 全县大班额由上年的6个降至0个
]


# (5) a county-level city's statistical yearbook, chapter 十九、教育, flattened from its tables ---------------------------
YEARBOOK = """十九、教    育
简 要 说 明
本部分资料反映全市各级各类学校的学校数、教学班数、在校学生数和专任教师数等基本情况。资料来源于澂阳市教育局教育事业统计年报,统计时点为2023年9月,即2023/2024学年初。技工学校资料由市人力资源和社会保障局提供,未包括在本部分合计数内。
主要统计指标解释
在校学生数  指学年初在学校学籍管理系统中注册的学生数。
专任教师数  指具有教师资格、专门从事教学工作的人员数。
学前三年毛入园率  指幼儿园在园幼儿数占3—5周岁学龄人口的比例。
表19-1 各级各类学校基本情况
(2023年)
学校类别
学校数
(所)
教学班
数
(个)
在校学
生数
(人)
专任教
师数
(人)
合    计 214 3326 98562 7018
幼儿园 108 612 16482 1236
小学 62 1542 41256 2718
初中 28 726 22864 1826
普通高中 9 318 12536 958
中等职业学校 5 116 5268 246
特殊教育学校 2 12 156 34
表19-2 分城乡各级各类学校在校学生数
(2023年)
单位:人
类别
合计
城区
镇区
乡村
幼儿园 16482 6125 5386 4971
小学 41256 15862 14328 11066
初中 22864 9426 9812 3626
普通高中 12536 8216 4320 0
中等职业学校 5268 5268 0 0
表19-3 分举办者各级各类学校数
(2023年)
单位:所
类别
合计
教育部门
其他部门
民办
幼儿园 108 52 6 50
小学 62 60 0 2
初中 28 26 0 2
普通高中 9 8 0 1
中等职业学校 5 3 1 1
表19-4 主要教育指标
单位:%
指标
2022年
2023年
学前三年毛入园率 91.8 92.7
九年义务教育巩固率 98.2 98.5
高中阶段毛入学率 92.6 93.4
普惠性幼儿园覆盖率 87.5 89.6
表19-5 历年在校学生数
单位:人
类别
2019年
2020年
2021年
2022年
2023年
小学 39862 40216 40862 41025 41256
初中 20156 20863 21458 22136 22864
普通高中 11268 11542 11865 12216 12536
注:本表2019—2022年数据为各年统计年报数。
"""
YEARBOOK_HAND = [
    ("schools", None, 2023, "214"), ("classes", None, 2023, "3326"), ("students", None, 2023, "98562"),
    ("full_time_teachers", None, 2023, "7018"),
    *[(ind, stage, 2023, v) for stage, row in [
        ("kindergarten", ("108", "612", "16482", "1236")), ("primary", ("62", "1542", "41256", "2718")),
        ("junior", ("28", "726", "22864", "1826")), ("senior", ("9", "318", "12536", "958")),
        ("vocational", ("5", "116", "5268", "246")), ("special", ("2", "12", "156", "34"))]
      for ind, v in zip(("schools", "classes", "students", "full_time_teachers"), row)],
    ("private_kindergartens", None, 2023, "50"),  # 表19-3, 幼儿园 row, 民办 column
    ("preschool_gross_enrollment_rate", None, 2022, "91.8"), ("preschool_gross_enrollment_rate", None, 2023, "92.7"),
    ("compulsory_retention_rate", None, 2022, "98.2"), ("compulsory_retention_rate", None, 2023, "98.5"),
    ("senior_secondary_gross_enrollment_rate", None, 2022, "92.6"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "93.4"),
    ("inclusive_kindergarten_coverage", None, 2022, "87.5"), ("inclusive_kindergarten_coverage", None, 2023, "89.6"),
    ("students", "primary", 2022, "41025"), ("students", "junior", 2022, "22136"), ("students", "senior", 2022, "12216"),
]
YEARBOOK_ALSO = [("special_education_schools", None, 2023, "2")] + [
    ("students", stage, year, v) for year, row in [(2019, ("39862", "20156", "11268")), (2020, ("40216", "20863", "11542")),
                                                   (2021, ("40862", "21458", "11865"))]
    for stage, v in zip(("primary", "junior", "senior"), row)]


# (6) a county 人民政府's report to the 人大常委会: the county beside the city and the province, 2021—2023 side by side -------
CONGRESS = """关于全县教育事业发展情况的报告
——2024年4月23日在蓼川县第十八届人民代表大会常务委员会第十六次会议上
蓼川县人民政府副县长 何静怡

主任、各位副主任、各位委员:
受县人民政府委托,现将近三年来全县教育事业发展情况报告如下,请予审议。

一、基本情况
全县现有各级各类学校158所,在校学生58264人,专任教师4126人。2021年、2022年、2023年,全县各级各类学校在校学生分别为59836人、59012人、58264人,呈逐年减少态势,其中在园幼儿分别为12658人、11842人、10926人。
近三年,县委、县政府坚持把教育摆在优先发展的战略地位,全县教育主要指标稳步提升,多数指标高于全市平均水平。

二、主要工作及成效
(一)学前教育普及普惠水平持续提高
2023年,全县学前三年毛入园率为93.6%,高于全市平均1.2个百分点,全省为92.8%;普惠性幼儿园覆盖率为91.4%,高于全市平均2.3个百分点,全省为90.5%。2021年、2022年全县学前三年毛入园率分别为90.2%、91.9%。全县公办园在园幼儿占比由2021年的48.6%提高到2023年的56.2%,比全市(52.4%)高3.8个百分点。
全县现有幼儿园68所,其中民办幼儿园22所;幼儿园专任教师726人。

(二)义务教育优质均衡稳步推进
全县有小学36所、初中14所。2023年,小学在校生24168人、初中在校生12036人;小学专任教师1652人、初中专任教师1018人。全县九年义务教育巩固率2021年为97.2%,2022年为97.6%,2023年达到98.1%,与全市持平,低于全省平均0.3个百分点。
全县大班额由2021年的23个减少到2023年的0个;适龄残疾儿童少年义务教育入学率达到97.8%,高于全省平均(96.5%)。义务教育学校课后服务实现全覆盖,参与课后服务学生占比为94.3%,全市为92.6%。

(三)高中阶段教育协调发展
全县有普通高中4所、中等职业学校2所。2023年普通高中在校生7215人,中职在校生3812人,高中阶段毛入学率为93.2%,比2022年提高1.1个百分点,比2021年提高2.6个百分点,但仍低于全市平均(94.0%)。中职学校"双师型"教师占专业课教师比例为58.3%,全省为61.0%。

(四)教育投入保障有力
2021年、2022年、2023年,全县一般公共预算教育支出分别为5.86亿元、6.12亿元、6.45亿元,年均增长4.9%;一般公共预算教育支出占一般公共预算支出比例分别为18.6%、19.1%、19.4%,均高于全市平均(17.8%)。2023年,全县财政经常性收入16.82亿元。
全县义务教育教师平均工资收入2023年为10.36万元,不低于当地公务员平均工资收入(10.21万元)。

(五)教师队伍建设不断加强
近三年累计招聘教师486名,交流轮岗教师412人次。2023年交流轮岗教师占符合交流条件教师比例为16.8%,全市平均为15.2%。

三、存在的问题
(一)城乡学位供需矛盾突出。县城学校学位紧张,城关第一小学平均班额达49人;乡村小规模学校在校生持续减少,全县不足100人的乡村小规模学校有31所。
(二)高中阶段普及水平偏低。全县高中阶段毛入学率比全市平均低0.8个百分点,比全省(95.1%)低1.9个百分点。
(三)教师结构性缺编问题仍然存在,音体美、心理健康教师缺口约120人。

四、下一步工作打算
(一)到2025年,全县学前三年毛入园率达到95%以上,普惠性幼儿园覆盖率稳定在92%以上。
(二)2024年启动县城第三初级中学建设,新增学位1800个。
(三)力争到2025年高中阶段毛入学率达到95%,达到全省平均水平。
(四)持续落实教育投入"两个只增不减",2024年一般公共预算教育支出预算安排6.68亿元。

主任、各位副主任、各位委员,办好人民满意的教育是县委、县政府的重要职责。我们将认真落实本次会议审议意见,推动全县教育事业高质量发展。
"""
CONGRESS_HAND = [
    ("schools", None, 2023, "158"), ("students", None, 2023, "58264"), ("full_time_teachers", None, 2023, "4126"),
    ("students", None, 2021, "59836"), ("students", None, 2022, "59012"),
    ("students", "kindergarten", 2021, "12658"), ("students", "kindergarten", 2022, "11842"),
    ("students", "kindergarten", 2023, "10926"),
    ("preschool_gross_enrollment_rate", None, 2023, "93.6"), ("preschool_gross_enrollment_rate", None, 2021, "90.2"),
    ("preschool_gross_enrollment_rate", None, 2022, "91.9"), ("inclusive_kindergarten_coverage", None, 2023, "91.4"),
    ("public_kindergarten_enrollment_share", None, 2021, "48.6"),
    ("public_kindergarten_enrollment_share", None, 2023, "56.2"),
    ("schools", "kindergarten", 2023, "68"), ("private_kindergartens", None, 2023, "22"),
    ("full_time_teachers", "kindergarten", 2023, "726"),
    ("schools", "primary", 2023, "36"), ("schools", "junior", 2023, "14"),
    ("students", "primary", 2023, "24168"), ("students", "junior", 2023, "12036"),
    ("full_time_teachers", "primary", 2023, "1652"), ("full_time_teachers", "junior", 2023, "1018"),
    ("compulsory_retention_rate", None, 2021, "97.2"), ("compulsory_retention_rate", None, 2022, "97.6"),
    ("compulsory_retention_rate", None, 2023, "98.1"),
    ("disabled_children_enrollment_rate", None, 2023, "97.8"), ("after_school_service_student_share", None, 2023, "94.3"),
    ("schools", "senior", 2023, "4"), ("schools", "vocational", 2023, "2"),
    ("students", "senior", 2023, "7215"), ("students", "vocational", 2023, "3812"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "93.2"),
    ("dual_qualified_teacher_share", None, 2023, "58.3"),  # 中职学校"双师型"教师占专业课教师比例为58.3%
    ("edu_general_budget_expenditure", None, 2021, "5.86"), ("edu_general_budget_expenditure", None, 2022, "6.12"),
    ("edu_general_budget_expenditure", None, 2023, "6.45"),
    ("edu_general_budget_share", None, 2021, "18.6"), ("edu_general_budget_share", None, 2022, "19.1"),
    ("edu_general_budget_share", None, 2023, "19.4"),
    ("fiscal_recurrent_revenue", None, 2023, "16.82"),
    ("teacher_avg_salary", None, 2023, "10.36"), ("civil_servant_avg_salary", None, 2023, "10.21"),
    ("teacher_rotation_share", None, 2023, "16.8"),
]
CONGRESS_ALSO = [
    ("large_classes", None, 2021, "23"), ("large_classes", None, 2023, "0"),  # 全县大班额由2021年的23个减少到2023年的0个
    ("after_school_service_school_share", None, 2023, "100"),
]


DOCS = [
    Doc("statcomm", "449700", "湄澄市", 2023, STATCOMM, STATCOMM_HAND, STATCOMM_ALSO),
    Doc("news", "359700", "槿州市", 2023, NEWS, NEWS_HAND, NEWS_ALSO),
    Doc("analysis", "431398", "芩溪县", 2023, ANALYSIS, ANALYSIS_HAND, ANALYSIS_ALSO),
    Doc("preview", "361398", "樟岚县", 2023, PREVIEW, PREVIEW_HAND, PREVIEW_ALSO),
    Doc("yearbook", "421398", "澂阳市", 2023, YEARBOOK, YEARBOOK_HAND, YEARBOOK_ALSO),
    Doc("congress", "511398", "蓼川县", 2023, CONGRESS, CONGRESS_HAND, CONGRESS_ALSO),
]

# Documents read wrongly today (id -> the class of the fault), at b4dec00 (h-review35b).
WRONG: dict = {}  # at first contact (b4dec00) two: the news item's 在校生(含在园幼儿)…;专任教师6.52万人 read as kindergarten
# teachers (a stage inside a 含 parenthesis lent to the next clause) and the yearbook's 表19-3 caption taken as the title
# printed under 表19-2 (its pupils read as school counts); both mended in stop 35 (stages.py asides; texttables.py: a 表
# line with a table starting within six lines after it heads that table)
# Figures of HAND found today (at b4dec00, h-review35b: 139/197 over the six): a later change may raise these, never
# lower them. The misses, by class:
#   statcomm 20/22: wording — 中等职业教育学校(不含技工学校)38所 (`no_indicator`); structural — 中等职业教育学校…在校生6.12万人
#     and 技工学校12所,在校生1.86万人 in one sentence: the 技工 figure taken as 中职's too, both dropped (`stated_twice`).
#   news 19/23: the wrong stage above (6.52 missed as the total); wording — 本学年全市有幼儿园862所 inside an official's
#     reported speech and 本学年全市有普高41所 (`no_indicator`); structural — 中职学校26所,在校生4.12万人…;另有技工学校9所,
#     在校生1.36万人 (`stated_twice`, as statcomm). Every locator is the widget line 【字体:大 中 小】, taken as a heading.
#   analysis 38/38 (the prose's 其中完全中学2所 / 其中职业高中2所 are `subset`, not the stage: right; 初中20所 and 普通高中6所
#     `stage_unclear` in prose, found in the closing table).
#   preview 25/30: structural — a chunk's number between name and figure: 普通高中 / 3、4所 and the list after it (中职学校2所,
#     特殊教育学校1所), 毛入园率达到 / 4、93.2% (`no_indicator`); wording — 征收教育费附加2136万元、地方教育附加1424万元 (the
#     shared verb); the two figures cut inside (CUT) 0/2 (86 `no_unit`, 45人 `no_indicator`).
#   yearbook 0/40 (39/40 since stop 36: a header one cell a line broken at any character, each column ended by its
#     unit, is joined back; a corner word over it heads the label column; a title over (2023年) / 单位:人 is the caption;
#     left: 表19-3's 民办 column, no_indicator): structural — 表19-1's headers broken over lines (学校数 / (所) / 教学班 / 数 / (个) …): all 28 cells `phrase`;
#     表19-4's header (指标 / 2022年 / 2023年) over lines with 单位:% alone: 8 cells `unit`; 表19-3's 民办 column (50)
#     `no_indicator`; 表19-5 (历年在校学生数, years as columns) `no_indicator`; locators say 表19 / 表5 for 表19-2 / 表19-5.
#   congress 37/44: wording — …在校学生分别为…,其中在园幼儿分别为12658人、11842人、10926人 (`phrase`: a second 分别为 list in
#     the sentence); 一般公共预算教育支出占一般公共预算支出比例分别为18.6%、19.1%、19.4% (`phrase`, the years of the list
#     before); 中职学校"双师型"教师占专业课教师比例为58.3% (`stage_not_allowed`: a stage word before a stage-less share).
RECALL = {"statcomm": 20, "news": 20, "analysis": 38, "preview": 25, "yearbook": 39, "congress": 37}


def test_the_documents_are_whole_and_their_keys_their_own():
    check_whole(DOCS, WRONG, RECALL)
    keys = [k for k, _ in CUT]
    assert len(set(keys)) == len(keys) and not set(keys) & set(PREVIEW_HAND) and set(keys) <= set(PREVIEW_ALSO)
    for key, written in CUT:  # the figure, once its chunk's number and the blank line are taken out, is the one keyed
        assert PREVIEW.count(written) == 1 and written.split("\n")[0] + written.split("、")[1][:-1] == key[3], key


def test_the_documents_have_the_forms_they_claim():
    assert STATCOMM.count("万人") >= 20 and "\n八、教育和科学技术\n" in STATCOMM
    assert "2023—2024学年" in NEWS and NEWS.count("上学年") >= 5 and "记者昨日从市教育局获悉" in NEWS
    assert ANALYSIS.splitlines()[-1] == "合计 170 2258 66144 4685"
    chunks = [line.split("、")[0] for line in PREVIEW.splitlines() if line[:1].isdigit() and "、" in line[:3]]
    assert chunks == [str(i) for i in range(1, 14)]
    assert YEARBOOK.count("\n(人)\n") == 2 and YEARBOOK.count("\n单位:") == 4 and "\n合    计 214 " in YEARBOOK
    assert CONGRESS.count("2021年、2022年") == 3 and CONGRESS.count("全省") >= 4 and CONGRESS.count("全市") >= 6


@pytest.mark.parametrize("doc", wrong_params(DOCS, WRONG))
def test_no_wrong_reading(doc):
    assert_no_wrong(read_doc(doc), doc)


@pytest.mark.parametrize("doc", DOCS, ids=[doc.id for doc in DOCS])
def test_recall_not_lower(doc):
    assert_recall(read_doc(doc), doc, RECALL)


@pytest.mark.xfail(strict=True, reason="structural: a figure cut by a chunk's number (在园幼儿86 / 6、45人) is read as two "
                   "numbers, no_unit and no_indicator")
def test_the_figures_cut_by_a_chunk_are_read():
    got = read_doc(DOCS[3])
    assert {k for k, _ in CUT} <= got
