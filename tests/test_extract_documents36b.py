"""A tenth set of whole own-made documents, read end to end (h-review36b): kinds and styles nobody tuned the reader on.

(1) a county's 国民经济和社会发展统计公报 of 2008 whose 教育和科学技术 section keeps the old wording: 普通中学 招生 / 在校生 /
毕业生 triples with 其中高中, 职业中学, 村小教学点, 小学适龄儿童入学率, 初中三年保留率, 学前三年幼儿入园率, counts in 万人,
中小学 / 中学 teacher totals, 地方财政一般预算支出 with 其中教育支出, amid ten other sections; (2) a district's 教育事业发展
统计公报 (2023) in full-width punctuation: 其中 parts in parentheses and parentheses within them (民办54所(含普惠性民办
幼儿园41所)), 教职工 beside 专任教师, 民办 parts, 比上年增加/减少 amounts and rates, 义务教育 totals; (3) a prefecture
yearbook's 教育 entry as a PDF's text layer: a space on both sides of every figure and a space grouping the digits of
five-digit and longer ones (在校学生 523 612 人), lines broken at a fixed width (a figure never cut), the running page
header with its page number (242  岫州年鉴(2024) / 教    育  243); (4) a county 义务教育优质均衡发展 自评报告 (2024):
the 差异系数 table by stage with the 国家标准 as its last row, each 每百名学生拥有… level beside its standard in prose
and in a table, a table of schools, the 15 government-guarantee items with standards in parentheses, 2023's money
figures in a report of 2024; (5) a county's 教育经费执行情况统计公告 (2022) in traditional characters as a mirror copies
it (經費, 學校, &nbsp;, a click count): 上年…元,本年…元,增長…% lines by stage, then 本年為…,比上年的…增長… in one
sentence for five stages, 上年為… for the totals; (6) a county government's 教育工作情况报告 to its 人大常委会, given in
October 2023: 今年 / 去年 / 2021年, 依次为…, 由2021年的…提高到今年的…, 分别为…和…, a forecast (预计), 1—9月 figures,
and 到2025年 / 2024年 targets.
Every place and figure is made up (澜沂县 451398, 桐泾区 441398, 岫州市 539700, 涞溪县 521398, 澴山县 351398, 濉川县
141398 exist nowhere); nothing is copied from tests/data/reports/ or from the earlier files. Each document and its key
were written before the reader was run on any of them.

HAND is what a careful reader attaches to the document's entity (indicator, stage, period, value as written) by the
conventions of test_extract_documents35b.py: a part (公办, 民办 within a stage, 随迁子女, 九年一贯制 within 初中) is not the
stage's, except that 民办幼儿园 / 民办园 is its own indicator; 普通中学, 中学, 义务教育, 中小学 and 高中阶段 totals have no
stage and are not the entity's whole either (not keyed); a school year is the year it begins; figures in 万人 / 万元 /
亿元 are keyed as written; a standard's (国家标准, 省定标准), a target's, a forecast's, another place's (全市 in a county's
document, a district of the prefecture, a school) figure is never the entity's; a prior year's figure is taken only
where written with its year (上年…元, 比上年的…, 2021年为…, 去年 in a report of 2023 → 2022). Particular readings:
小学适龄儿童入学率 is the statistics' 学龄儿童入学率, the net rate (primary_net_enrollment_rate); 学前三年幼儿入园率 is
the three-year preschool rate; 地方财政一般预算支出 is the old name of 一般公共预算支出; 村小教学点 and 技工学校 are no
stage's schools; the yearbook's grouped figures are keyed without their group space (523 612 → 523612: check_whole is
given its text with the group spaces taken out, and every grouped key is asserted written grouped). ALSO lists readings
that are not wrong though not counted. The constraint is 0 wrong (test_no_wrong_reading, a strict xfail where one is
read wrongly today, its reason the class of the fault); the objective is recall, held at today's count
(test_recall_not_lower). One fix of the keys after the first run, for contradicting the conventions: the district's
and the yearbook's 一般公共预算教育支出…亿元,比上年增长…,占一般公共预算支出的(比例为)…% had their share keyed as a fact
of its own (edu_general_budget_share); by the conventions (test_extract_documents33.py, 33c.py) a share written
after the amount is the amount's `stated.share_pct`, so both moved to ALSO (the reader records them so); no document
was changed after the reader ran on it. Past 400 lines for a reason: the file is six whole documents and their keys;
the tests are at the end.
"""

import re
import unicodedata

import pytest
from whole_documents import Doc, assert_no_wrong, assert_recall, check_whole, read_doc, wrong_params


# (1) a county's 2008 统计公报, the education section in the old wording ---------------------------------------------
STATCOMM08 = """澜沂县2008年国民经济和社会发展统计公报
澜沂县统计局
(2009年3月20日)

2008年是极不平凡的一年。面对年初罕见的低温雨雪冰冻灾害和下半年国际金融危机的严重冲击,全县人民在县委、县政府的坚强领导下,深入贯彻落实科学发展观,全县经济保持平稳较快增长,各项社会事业全面进步。

一、综合
初步核算,全县实现生产总值(GDP)68.42亿元,按可比价格计算,比上年增长12.6%。其中,第一产业增加值19.36亿元,增长5.1%;第二产业增加值26.85亿元,增长17.8%;第三产业增加值22.21亿元,增长12.3%。人均生产总值14358元。
年末全县总人口52.38万人,其中农业人口43.16万人,非农业人口9.22万人。年末常住人口47.65万人。全年出生人口6126人,出生率11.72‰;死亡人口3208人,死亡率6.14‰;人口自然增长率5.58‰。

二、农业
全年粮食总产量18.62万吨,比上年减产3.2%;受冰冻灾害影响,油菜籽产量下降21.6%。年末生猪存栏36.8万头。全县农民专业合作社发展到86个。

三、工业和建筑业
全年全部工业增加值22.14亿元,比上年增长18.6%。年末规模以上工业企业(年主营业务收入500万元及以上)112家,完成增加值16.32亿元,增长21.2%。全年建筑业总产值9.86亿元。

四、固定资产投资
全年全社会固定资产投资41.25亿元,比上年增长36.8%。在城镇固定资产投资中,教育投资1.12亿元,增长62.4%;卫生投资0.46亿元。

五、国内贸易、对外经济和旅游
全年社会消费品零售总额21.68亿元,比上年增长22.3%。全年外贸进出口总额4862万美元。全年接待国内外游客126.5万人次。

六、财政和金融
全年财政总收入6.38亿元,比上年增长16.9%;其中地方财政一般预算收入3.12亿元,增长18.2%。地方财政一般预算支出12.86亿元,增长31.2%,其中教育支出2.73亿元,增长28.4%;社会保障和就业支出1.86亿元;医疗卫生支出0.92亿元。
年末全县金融机构各项存款余额52.36亿元,各项贷款余额28.64亿元。

七、教育和科学技术
年末全县共有各级各类学校255所,比上年减少6所,在校学生(含在园幼儿)8.84万人。全年普通中学招生1.18万人,在校生3.46万人,毕业生1.09万人,其中高中招生0.42万人,在校生1.21万人,毕业生0.36万人;小学招生0.64万人,在校生3.87万人,毕业生0.71万人。职业中学招生1526人,在校生3862人,毕业生1108人。
年末有普通中学31所,其中高中5所、初中26所;小学186所,另有村小教学点42个;职业中学2所;特殊教育学校1所,在校生86人;幼儿园35所,在园幼儿1.12万人。
全县中小学专任教师5128人,其中小学专任教师2436人,中学专任教师2692人。小学适龄儿童入学率99.86%,初中三年保留率96.2%,初中毕业生升学率78.5%,高中阶段毛入学率62.3%,学前三年幼儿入园率48.6%。
全面落实农村义务教育经费保障机制,全年免除农村义务教育阶段学生学杂费、免费提供教科书共惠及学生7.12万人,为1.36万名寄宿生提供生活补助368万元。
全年共安排科技三项费用520万元。全年专利申请量126件,授权68件。

八、文化、卫生和体育
年末全县有文化馆1个,公共图书馆1个,乡镇文化站18个。广播人口覆盖率96.2%,电视人口覆盖率97.8%。
年末全县共有卫生机构312个,其中医院、卫生院24个;卫生技术人员1862人。新型农村合作医疗参合率92.6%。
全年在省级以上体育比赛中获得金牌3枚。

九、人民生活和社会保障
全年城镇居民人均可支配收入11235元,增长14.6%;农民人均纯收入4126元,增长15.2%。
年末参加城镇基本养老保险人数2.36万人,参加失业保险人数1.52万人。全年城乡居民最低生活保障对象2.86万人。

十、资源、环境和安全生产
年末全县森林覆盖率62.4%。全年各类安全生产事故死亡12人,比上年下降14.3%。

注:
1.本公报所列数据均为初步统计数。
2.生产总值及各产业增加值绝对数按现价计算,增长速度按可比价格计算。
3.教育数据为2008/2009学年初数据。
"""
STATCOMM08_HAND = [
    ("resident_population", None, 2008, "47.65"),  # 年末常住人口; 总人口52.38万人 is the registered population
    ("general_budget_expenditure", None, 2008, "12.86"),  # 地方财政一般预算支出: the old name
    ("edu_general_budget_expenditure", None, 2008, "2.73"),  # …其中教育支出2.73亿元
    ("schools", None, 2008, "255"), ("students", None, 2008, "8.84"),
    ("students", "senior", 2008, "1.21"),  # 普通中学…,其中高中…在校生1.21万人
    ("students", "primary", 2008, "3.87"), ("students", "vocational", 2008, "3862"),  # 职业中学
    ("schools", "senior", 2008, "5"), ("schools", "junior", 2008, "26"), ("schools", "primary", 2008, "186"),
    ("schools", "vocational", 2008, "2"), ("schools", "special", 2008, "1"), ("students", "special", 2008, "86"),
    ("schools", "kindergarten", 2008, "35"), ("students", "kindergarten", 2008, "1.12"),
    ("full_time_teachers", "primary", 2008, "2436"),  # 中小学 5128 and 中学 2692: no stage, not the whole
    ("primary_net_enrollment_rate", None, 2008, "99.86"),  # 小学适龄儿童入学率: the statistics' net rate
    ("junior_retention_3yr", None, 2008, "96.2"), ("senior_secondary_gross_enrollment_rate", None, 2008, "62.3"),
    ("preschool_gross_enrollment_rate", None, 2008, "48.6"),  # 学前三年幼儿入园率
]
STATCOMM08_ALSO = [("special_education_schools", None, 2008, "1"),
                   ("edu_appropriation_growth_rate", None, 2008, "28.4")]


# (2) a district's 教育事业发展统计公报 (2023): parts in parentheses, parentheses within them, full-width punctuation -------
DISTRICT = """桐泾区2023年教育事业发展统计公报
桐泾区教育局
2024年4月18日

2023年，在区委、区政府的坚强领导下，全区教育系统坚持以人民为中心的发展思想，深化教育领域综合改革，各级各类教育持续健康发展。现将2023年全区教育事业发展主要情况公报如下：

一、总体规模
全区共有各级各类学校175所（不含校外培训机构），比上年增加3所；在校生（含在园幼儿）11.61万人，比上年增加0.28万人，增长2.47%。
全区教职工1.12万人，比上年增加362人，其中专任教师9190人，比上年增加215人，增长2.40%。
民办学校63所（其中民办幼儿园54所、民办中小学9所），比上年减少2所；民办学校在校生2.03万人，占全区在校生总数的17.48%。

二、学前教育
全区共有幼儿园96所（其中公办42所，民办54所（含普惠性民办幼儿园41所）），比上年减少4所；幼儿园班级872个，比上年减少31个。
在园幼儿2.46万人（其中民办园在园幼儿1.18万人），比上年减少0.19万人，下降7.17%。
幼儿园教职工3864人，其中专任教师2136人，比上年减少58人。
学前三年毛入园率96.8%，比上年提高0.6个百分点；普惠性幼儿园覆盖率93.4%，比上年提高1.2个百分点；公办园在园幼儿占比52.1%。

三、义务教育
全区共有义务教育学校68所，在校生7.02万人，专任教师5368人。
（一）小学
全区共有小学44所（其中民办3所），比上年增加1所。
招生1.21万人，比上年减少0.08万人；在校生4.68万人（其中进城务工人员随迁子女1.36万人（其中在公办学校就读1.12万人）），比上年增加0.07万人，增长1.52%。
教学班1052个。教职工3756人，其中专任教师3412人，比上年增加96人。
小学学龄儿童净入学率100%。
（二）初中
全区共有初中24所（含九年一贯制学校6所、民办初中4所），比上年增加1所。
招生0.81万人；在校生2.34万人，比上年增加0.12万人，增长5.41%。
教学班498个。专任教师1956人，比上年增加47人。
初中毛入学率106.8%。
（三）其他
全区九年义务教育巩固率99.32%。随迁子女在公办学校和政府购买服务民办学校就读比例为96.4%。
民办义务教育在校生占比5.13%，比上年下降0.42个百分点。

四、高中阶段教育
全区共有普通高中7所（其中民办2所），与上年持平。招生0.52万人；在校生1.49万人（其中民办学校在校生0.21万人（含复读生186人）），比上年增加0.06万人；专任教师1268人，比上年增加23人。
中等职业学校3所（不含技工学校），招生0.23万人，在校生0.62万人，比上年减少0.03万人，下降4.62%；专任教师386人，其中“双师型”教师214人，占专业课教师的64.3%。
高中阶段毛入学率98.1%，比上年提高0.4个百分点。

五、特殊教育
全区共有特殊教育学校1所，在校生168人（含送教上门学生42人）；专任教师32人。
全区另有随班就读残疾学生236人。适龄残疾儿童少年义务教育入学率98.5%。

六、办学条件
全区中小学（不含中等职业学校）校舍建筑面积102.63万平方米，比上年增加3.26万平方米；教学仪器设备值3.68亿元；图书资料286.4万册。

七、教育经费
2023年全区一般公共预算教育支出18.62亿元，比上年增长4.12%，占一般公共预算支出的比例为21.36%。

注：
1.本公报数据为2023/2024学年初统计数，不含技工学校。
2.部分数据因四舍五入，存在总计与分项合计不等的情况。
"""
DISTRICT_HAND = [
    ("schools", None, 2023, "175"), ("students", None, 2023, "11.61"), ("full_time_teachers", None, 2023, "9190"),
    ("schools", "kindergarten", 2023, "96"), ("private_kindergartens", None, 2023, "54"),
    ("classes", "kindergarten", 2023, "872"), ("students", "kindergarten", 2023, "2.46"),
    ("full_time_teachers", "kindergarten", 2023, "2136"),
    ("preschool_gross_enrollment_rate", None, 2023, "96.8"), ("inclusive_kindergarten_coverage", None, 2023, "93.4"),
    ("public_kindergarten_enrollment_share", None, 2023, "52.1"),
    ("schools", "primary", 2023, "44"), ("students", "primary", 2023, "4.68"), ("classes", "primary", 2023, "1052"),
    ("full_time_teachers", "primary", 2023, "3412"), ("primary_net_enrollment_rate", None, 2023, "100"),
    ("schools", "junior", 2023, "24"), ("students", "junior", 2023, "2.34"), ("classes", "junior", 2023, "498"),
    ("full_time_teachers", "junior", 2023, "1956"), ("junior_gross_enrollment_rate", None, 2023, "106.8"),
    ("compulsory_retention_rate", None, 2023, "99.32"), ("migrant_children_public_share", None, 2023, "96.4"),
    ("private_compulsory_enrollment_share", None, 2023, "5.13"),
    ("schools", "senior", 2023, "7"), ("students", "senior", 2023, "1.49"),
    ("full_time_teachers", "senior", 2023, "1268"),
    ("schools", "vocational", 2023, "3"), ("students", "vocational", 2023, "0.62"),
    ("full_time_teachers", "vocational", 2023, "386"),
    ("dual_qualified_teacher_share", None, 2023, "64.3"),  # “双师型”教师214人,占专业课教师的64.3%
    ("senior_secondary_gross_enrollment_rate", None, 2023, "98.1"),
    ("schools", "special", 2023, "1"), ("students", "special", 2023, "168"),
    ("full_time_teachers", "special", 2023, "32"),
    ("disabled_students_in_regular_classes", None, 2023, "236"),
    ("disabled_children_enrollment_rate", None, 2023, "98.5"),
    ("edu_general_budget_expenditure", None, 2023, "18.62"),  # its 占…的比例为21.36%: `stated.share_pct`
]
DISTRICT_ALSO = [
    ("special_education_schools", None, 2023, "1"), ("edu_appropriation_growth_rate", None, 2023, "4.12"),
    ("inclusive_private_kindergartens_recognised", None, 2023, "41"),  # 含普惠性民办幼儿园41所: the stock, not the year's
    ("edu_general_budget_share", None, 2023, "21.36"),  # key fixed after the first run: the amount's stated share
]


# (3) a prefecture yearbook's 教育 entry as a PDF's text layer ------------------------------------------------------
# The entry as typeset: figures with a space on both sides, five digits and more grouped by a space (GB/T 15835).
YEARBOOK_PARAS = [
    "【概况】 2023 年，全市有各级各类学校 1286 所（不含技工学校），比上年减少 37 所；在校学生 523 612 人，比上年减少"
    " 4126 人；教职工 40 218 人，其中专任教师 31 836 人。全市学前三年毛入园率 91.2%，九年义务教育巩固率 97.6%，高中阶段"
    "毛入学率 92.3%，分别比上年提高 0.8 个、0.3 个和 1.1 个百分点。年内，岫东区、澜平县通过国家义务教育优质均衡发展"
    "督导评估省级复核，岫东区在校学生 86 215 人。",
    "【学前教育】 年末全市有幼儿园 612 所，其中公办幼儿园 326 所、民办幼儿园 286 所；在园幼儿 102 645 人，比上年减少"
    " 8536 人；幼儿园专任教师 6352 人。普惠性幼儿园覆盖率 89.6%，公办园在园幼儿占比 51.3%。全年新建、改扩建幼儿园"
    " 18 所，新增学位 5400 个。",
    "【义务教育】 全市有小学 418 所、初中 176 所（含九年一贯制学校 38 所），另有小学教学点 162 个。小学在校生 231 245"
    " 人，初中在校生 110 568 人；小学专任教师 13 586 人，初中专任教师 8912 人。其中，岫东区小学在校生 38 612 人。全市"
    "义务教育学校大班额全部消除，随迁子女在公办学校和政府购买服务民办学校就读比例 95.8%。",
    "【高中阶段教育】 全市有普通高中 52 所，在校生 62 318 人，专任教师 4862 人；当年普通高中招生 21 036 人。中等职业"
    "学校 28 所（另有技工学校 9 所），在校生 31 056 人，专任教师 1982 人，“双师型”教师占专业课教师比例 58.6%。",
    "【特殊教育】 全市有特殊教育学校 9 所，在校生 1862 人；随班就读残疾学生 2316 人。适龄残疾儿童少年义务教育入学率"
    " 96.8%。",
    "【教育经费】 全市一般公共预算教育支出 86.52 亿元，比上年增长 3.6%，占一般公共预算支出的 17.8%。",
    "【教师队伍】 全年交流轮岗教师 2136 人，占符合交流条件教师的 16.2%。义务教育教师平均工资收入 10.12 万元。",
    "【高等教育】 全市有普通高校 3 所，在校生 41 236 人，其中研究生 1208 人。",
    "【教育大事】 3 月 12 日，市教育局召开全市教育工作会议。9 月 8 日，市政府表彰优秀教师 300 名、优秀教育工作者"
    " 60 名。11 月 20 日，全市中小学生运动会在岫东区举行，参赛学生 2650 人。",
    "（撰稿：周敏芳）",
]
YEARBOOK_WIDTH = 26  # full-width characters a line; a digit, a space or a letter is half one
YEARBOOK_PAGE_LINES = 20
NO_LINE_START = "，。；、：）”％"  # never at a line's start: hung at the end of the line before (禁则)


def _width(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def _yearbook_pdf(paras: list) -> str:
    """The text layer of the yearbook's pages (242 on): the entry's title, each paragraph broken at the fixed width
    (a grouped figure with its percent sign is never cut: it goes whole to the next line; a closing
    punctuation mark never starts a line), a running header with
    the page number atop every page (242  岫州年鉴(2024) on even pages, 教    育  243 on odd ones)."""
    body = ["教    育"]
    for para in paras:
        line, used = "", 0.0
        for token in re.findall(r"\d[\d.]*(?: \d{3})*%?|[A-Za-z]+|.", para):
            width = sum(_width(ch) for ch in token)
            if used + width > YEARBOOK_WIDTH and token not in NO_LINE_START:
                body.append(line)
                line, used = "", 0.0
            line, used = line + token, used + width
        body.append(line)
    lines = []
    for n, start in enumerate(range(0, len(body), YEARBOOK_PAGE_LINES)):
        page = 242 + n
        lines.append(f"{page}  岫州年鉴(2024)" if page % 2 == 0 else f"教    育  {page}")
        lines += body[start:start + YEARBOOK_PAGE_LINES]
    return "\n".join(lines) + "\n"


YEARBOOK = _yearbook_pdf(YEARBOOK_PARAS)
YEARBOOK_HAND = [
    ("schools", None, 2023, "1286"), ("students", None, 2023, "523612"), ("full_time_teachers", None, 2023, "31836"),
    ("preschool_gross_enrollment_rate", None, 2023, "91.2"), ("compulsory_retention_rate", None, 2023, "97.6"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "92.3"),
    ("schools", "kindergarten", 2023, "612"), ("private_kindergartens", None, 2023, "286"),
    ("students", "kindergarten", 2023, "102645"), ("full_time_teachers", "kindergarten", 2023, "6352"),
    ("inclusive_kindergarten_coverage", None, 2023, "89.6"),
    ("public_kindergarten_enrollment_share", None, 2023, "51.3"),
    ("kindergartens_built_or_expanded", None, 2023, "18"),
    ("schools", "primary", 2023, "418"), ("schools", "junior", 2023, "176"),
    ("students", "primary", 2023, "231245"), ("students", "junior", 2023, "110568"),
    ("full_time_teachers", "primary", 2023, "13586"), ("full_time_teachers", "junior", 2023, "8912"),
    ("migrant_children_public_share", None, 2023, "95.8"),
    ("schools", "senior", 2023, "52"), ("students", "senior", 2023, "62318"),
    ("full_time_teachers", "senior", 2023, "4862"),
    ("schools", "vocational", 2023, "28"), ("students", "vocational", 2023, "31056"),
    ("full_time_teachers", "vocational", 2023, "1982"), ("dual_qualified_teacher_share", None, 2023, "58.6"),
    ("schools", "special", 2023, "9"), ("students", "special", 2023, "1862"),
    ("disabled_students_in_regular_classes", None, 2023, "2316"),
    ("disabled_children_enrollment_rate", None, 2023, "96.8"),
    ("edu_general_budget_expenditure", None, 2023, "86.52"),  # its 占一般公共预算支出的 17.8%: `stated.share_pct`
    ("teacher_rotation_share", None, 2023, "16.2"), ("teacher_avg_salary", None, 2023, "10.12"),
]
YEARBOOK_ALSO = [("special_education_schools", None, 2023, "9"), ("edu_appropriation_growth_rate", None, 2023, "3.6"),
                 ("edu_general_budget_share", None, 2023, "17.8")]  # key fixed after the first run: the stated share


def _ungroup(text: str) -> str:
    """The text with the digits' group spaces taken out (523 612 → 523612), for check_whole."""
    return re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", text)


# (4) a county 义务教育优质均衡发展 自评报告 (2024): 差异系数 by stage, levels beside standards, a table of schools ------
SELF_EVAL = """涞溪县义务教育优质均衡发展自评报告
涞溪县人民政府
(2024年11月)

根据《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)和省人民政府教育督导委员会的工作安排,县人民政府组织教育、财政、人社、编办、自然资源等部门,对照评估内容和标准逐项自查。自评结果:资源配置7项指标校际差异系数、政府保障程度15项指标、教育质量9项指标均达到国家标准,社会认可度达到85%以上。现将自评情况报告如下。

一、县域基本情况
涞溪县地处省境西南部,辖9镇3乡,总面积1862平方公里,2023年末常住人口31.26万人。
2024年秋季学期,全县有义务教育学校42所,其中小学28所、初中14所(含九年一贯制学校5所),另有小学教学点11个。义务教育阶段在校生30862人,其中小学20436人、初中10426人;专任教师2318人,其中小学1426人、初中892人。

二、资源配置情况
(一)七项指标达标情况。国家标准要求每所学校至少6项指标达到要求,余项不低于要求的85%。全县42所学校均达到要求。
全县小学、初中每百名学生拥有高于规定学历教师数分别为5.32人、6.18人,国家标准分别为4.2人、5.3人;每百名学生拥有县级及以上骨干教师数分别为1.46人、1.52人,均高于国家标准(1人);每百名学生拥有体育、艺术专任教师数分别为1.12人、1.08人,国家标准为0.9人。
生均教学及辅助用房面积小学6.12平方米、初中7.86平方米(国家标准分别为4.5平方米、5.8平方米);生均体育运动场馆面积小学8.56平方米、初中10.36平方米;生均教学仪器设备值小学3120元、初中3986元(国家标准分别为2000元、2500元);每百名学生拥有网络多媒体教室数小学3.12间、初中3.56间(国家标准分别为2.3间、2.4间)。
表1 涞溪县义务教育学校资源配置指标达标情况
指标 国家标准(小学/初中) 全县(小学) 全县(初中) 达标学校(所)
每百名学生拥有高于规定学历教师数(人) 4.2/5.3 5.32 6.18 42
每百名学生拥有县级及以上骨干教师数(人) 1/1 1.46 1.52 41
每百名学生拥有体育、艺术专任教师数(人) 0.9/0.9 1.12 1.08 40
生均教学及辅助用房面积(平方米) 4.5/5.8 6.12 7.86 42
生均体育运动场馆面积(平方米) 7.5/10.2 8.56 10.36 39
生均教学仪器设备值(元) 2000/2500 3120 3986 42
每百名学生拥有网络多媒体教室数(间) 2.3/2.4 3.12 3.56 42
(二)校际差异系数。2024年全县义务教育学校资源配置校际差异系数见表2。
表2 涞溪县2024年义务教育学校校际差异系数
指标 小学 初中
每百名学生拥有高于规定学历教师数 0.286 0.241
每百名学生拥有县级及以上骨干教师数 0.392 0.358
每百名学生拥有体育、艺术专任教师数 0.348 0.312
生均教学及辅助用房面积 0.312 0.276
生均体育运动场馆面积 0.405 0.367
生均教学仪器设备值 0.334 0.298
每百名学生拥有网络多媒体教室数 0.301 0.264
综合差异系数 0.345 0.302
国家标准 ≤0.50 ≤0.45
全县小学、初中校际综合差异系数分别为0.345、0.302,分别低于国家标准0.50、0.45。
表3 部分学校主要指标(2024年秋季学期)
学校 学段 在校生(人) 班级(个) 专任教师(人) 每百名学生拥有骨干教师数(人) 生均教学仪器设备值(元)
涞溪县城关第一小学 小学 2368 48 132 1.86 3862
涞溪县实验小学 小学 1956 40 108 1.92 4126
龙泉镇中心小学 小学 862 18 56 1.21 3518
涞溪县第二初级中学 初中 1826 36 142 1.68 5216
白沙镇中学 初中 612 14 58 1.12 4862
涞溪县育才学校(九年一贯制) 小学/初中 1468 32 118 1.45 4586

三、政府保障程度
1.县政府制定了《涞溪县义务教育学校布局规划(2021—2030年)》,城区新建住宅小区配套学校3所,均已投入使用。
2.2023年全县小学、初中生均公用经费分别为850元、1050元,高于省定标准(小学720元、初中940元);特殊教育学校生均公用经费8000元(国家标准6000元);全县不足100人的小规模学校11所,均按100人拨付公用经费。
3.2023年全县义务教育教师年平均工资收入9.86万元,当地公务员年平均工资收入9.72万元,教师平均工资收入不低于公务员平均工资收入。
4.2024年,全县交流轮岗教师268人,占符合交流条件教师比例为18.6%(国家标准10%以上),其中骨干教师占交流轮岗教师的比例为23.4%(国家标准20%以上)。
5.教师5年360学时培训完成率100%,专任教师持证上岗率100%。
6.城区和镇区公办小学、初中就近划片入学比例分别为100%、98.6%(国家标准:小学100%,初中不低于95%)。
7.优质高中招生名额分配比例为52.3%(国家标准不低于50%),并向农村初中倾斜。
8.随迁子女在公办学校和政府购买服务民办学校就读比例为96.2%(国家标准不低于85%)。
9.全县小学、初中所有班级学生数均不超过45人、50人。

四、教育质量
全县九年义务教育巩固率98.4%(国家标准95%),初中三年巩固率97.1%,适龄残疾儿童少年义务教育入学率96.3%(国家标准94%)。2024年国家义务教育质量监测结果显示,全县学生学业质量达到Ⅱ级以上,校际差异率0.12。

五、社会认可度
县政府委托第三方开展社会认可度调查,共发放问卷3860份,回收有效问卷3712份,社会认可度为92.6%(国家标准85%以上)。

六、存在的问题和下一步打算
一是城区学位依然紧张,城关第一小学平均班额达49人;二是乡村学校音体美教师仍有缺口。下一步,我县将持续加大投入,到2025年,小学、初中校际综合差异系数分别降至0.32、0.28以下,交流轮岗教师比例不低于20%。

涞溪县人民政府
2024年11月8日
"""
_CV_ROWS = [("cv_degree_per100_stated", "0.286", "0.241"), ("cv_backbone_per100_stated", "0.392", "0.358"),
            ("cv_pe_art_per100_stated", "0.348", "0.312"), ("cv_aux_area_per_student_stated", "0.312", "0.276"),
            ("cv_sports_area_per_student_stated", "0.405", "0.367"),
            ("cv_equipment_per_student_stated", "0.334", "0.298"),
            ("cv_multimedia_per100_stated", "0.301", "0.264"), ("cv_composite_stated", "0.345", "0.302")]
SELF_EVAL_HAND = [
    ("resident_population", None, 2023, "31.26"),  # 2023年末常住人口, in a report of 2024
    ("schools", "primary", 2024, "28"), ("schools", "junior", 2024, "14"),
    ("students", "primary", 2024, "20436"), ("students", "junior", 2024, "10426"),
    ("full_time_teachers", "primary", 2024, "1426"), ("full_time_teachers", "junior", 2024, "892"),
    *[(ind, stage, 2024, v) for ind, p, j in _CV_ROWS for stage, v in (("primary", p), ("junior", j))],
    ("per_student_public_funding", "primary", 2023, "850"), ("per_student_public_funding", "junior", 2023, "1050"),
    ("per_student_public_funding", "special", 2023, "8000"),
    ("small_schools_under_100", None, 2023, "11"),
    ("teacher_avg_salary", None, 2023, "9.86"), ("civil_servant_avg_salary", None, 2023, "9.72"),
    ("teacher_rotation_share", None, 2024, "18.6"), ("rotation_backbone_share", None, 2024, "23.4"),
    ("teacher_training_360h_rate", None, 2024, "100"), ("teacher_certified_share", None, 2024, "100"),
    ("nearby_enrollment_share", "primary", 2024, "100"), ("nearby_enrollment_share", "junior", 2024, "98.6"),
    ("quality_hs_quota_share", None, 2024, "52.3"), ("migrant_children_public_share", None, 2024, "96.2"),
    ("compulsory_retention_rate", None, 2024, "98.4"), ("junior_retention_3yr", None, 2024, "97.1"),
    ("disabled_children_enrollment_rate", None, 2024, "96.3"),
    ("quality_monitoring_interschool_difference", None, 2024, "0.12"),
    ("compulsory_social_recognition_rate", None, 2024, "92.6"),
]
SELF_EVAL_ALSO = [("small_schools_funded_as_100", None, 2023, "11")]


# (5) a county's 2022 funding bulletin in traditional characters, as a mirror copies it --------------------------------
MIRROR = """澴山新聞網 - 鏡像
首頁 > 政務公開 > 統計信息 > 正文
關於2022年全縣教育經費執行情況的統計公告
澴山縣教育局 澴山縣統計局 澴山縣財政局
發佈日期:2023-12-26&nbsp;&nbsp;點擊數:1862&nbsp;&nbsp;【字體:大 中 小】

根據教育部、國家統計局、財政部關於教育經費統計工作的有關要求,現將2022年全縣教育經費執行情況公告如下:

一、教育經費總投入
2022年,全縣教育經費總投入為96328.46萬元,比上年的91245.12萬元增長5.57%。其中:國家財政性教育經費為88612.35萬元,比上年的84236.58萬元增長5.19%;事業收入5236.12萬元;其他教育經費2479.99萬元。

二、一般公共預算教育經費
2022年全縣一般公共預算教育經費為82135.62萬元,上年為78426.35萬元,增長4.73%。
全縣一般公共預算支出396852.14萬元,一般公共預算教育經費佔一般公共預算支出的比例為20.70%,上年為21.02%,降低0.32個百分點。
全縣財政經常性收入本年為136524.80萬元,上年為131862.45萬元,增長3.54%。一般公共預算教育經費增長比財政經常性收入增長高1.19個百分點。

三、各級教育生均一般公共預算教育經費
1.幼兒園:上年8632.15元,本年9126.48元,增長5.73%。
2.普通小學:上年11865.32元,本年12436.75元,增長4.82%。
3.普通初中:上年15236.48元,本年15862.31元,增長4.11%。
4.普通高中:上年16852.36元,本年16524.18元,下降1.95%。
5.中等職業學校:上年18236.54元,本年19012.62元,增長4.26%。

四、各級教育生均一般公共預算公用經費
幼兒園本年為1862.35元,比上年的1756.24元增長6.04%;普通小學本年為2986.42元,比上年的2836.15元增長5.30%;普通初中本年為3826.54元,比上年的3712.86元增長3.06%;普通高中本年為3512.36元,比上年的3625.48元下降3.12%;中等職業學校本年為4562.18元,比上年的4312.56元增長5.79%。

五、生均一般公共預算教育事業費
普通小學10862.35元、普通初中13625.48元,分別比上年增長4.62%、3.86%。

六、其他
2022年全縣征收教育費附加2862.36萬元、地方教育附加1908.24萬元,全部用於教育。

附註:
1.全市2022年普通小學生均一般公共預算教育經費為13215.62元,普通初中為17026.35元。
2.普通高中生均經費下降主要是因縣第四中學擴招,在校生增加936人。
3.本公告數據來源於2022年教育經費統計年報。

澴山縣教育局
2023年12月20日

[打印本頁]&nbsp;[關閉窗口]
上一篇:澴山縣2021年教育經費執行情況統計公告
下一篇:關於做好2024年春季學期學生資助工作的通知
Copyright © 澴山新聞網鏡像 All Rights Reserved
"""
_MIRROR_STAGES = [("kindergarten", "9126.48", "8632.15", "1862.35", "1756.24"),
                  ("primary", "12436.75", "11865.32", "2986.42", "2836.15"),
                  ("junior", "15862.31", "15236.48", "3826.54", "3712.86"),
                  ("senior", "16524.18", "16852.36", "3512.36", "3625.48"),
                  ("vocational", "19012.62", "18236.54", "4562.18", "4312.56")]
MIRROR_HAND = [
    ("edu_total_investment", None, 2022, "96328.46"), ("edu_total_investment", None, 2021, "91245.12"),
    ("state_fiscal_edu_funding", None, 2022, "88612.35"), ("state_fiscal_edu_funding", None, 2021, "84236.58"),
    ("edu_business_income", None, 2022, "5236.12"), ("edu_other_funding", None, 2022, "2479.99"),
    ("edu_general_budget_expenditure", None, 2022, "82135.62"),
    ("edu_general_budget_expenditure", None, 2021, "78426.35"),
    ("general_budget_expenditure", None, 2022, "396852.14"),
    ("edu_general_budget_share", None, 2022, "20.70"), ("edu_general_budget_share", None, 2021, "21.02"),
    ("fiscal_recurrent_revenue", None, 2022, "136524.80"), ("fiscal_recurrent_revenue", None, 2021, "131862.45"),
    *[("per_student_general_budget_expenditure", s, y, v) for s, now, before, _, _ in _MIRROR_STAGES
      for y, v in ((2022, now), (2021, before))],
    *[("per_student_public_funding", s, y, v) for s, _, _, now, before in _MIRROR_STAGES
      for y, v in ((2022, now), (2021, before))],
    ("per_student_general_budget_operating_expense", "primary", 2022, "10862.35"),
    ("per_student_general_budget_operating_expense", "junior", 2022, "13625.48"),
    ("edu_surcharge_collected", None, 2022, "2862.36"), ("local_edu_surcharge_collected", None, 2022, "1908.24"),
]
MIRROR_ALSO = [("edu_appropriation_growth_rate", None, 2022, "4.73"),
               ("fiscal_recurrent_revenue_growth_rate", None, 2022, "3.54"),
               ("edu_surcharge_used_for_education", None, 2022, None)]


# (6) a county government's 教育工作情况报告 to the 人大常委会, October 2023: 今年, 去年, 2021年, targets ---------------
CONGRESS = """濉川县人民政府关于全县教育工作情况的报告
——2023年10月26日在濉川县第十七届人民代表大会常务委员会第十四次会议上
县人民政府县长助理、县教育局局长 崔明远

主任、各位副主任、各位委员:
我受县人民政府委托,向本次会议报告全县教育工作情况,请予审议。

一、全县教育发展现状
今年秋季学期,全县共有各级各类学校115所,在校学生(含在园幼儿)44376人,教职工3986人,其中专任教师3410人。与"十四五"开局之年(2021年)相比,学校减少9所,在校学生减少2136人,专任教师增加186人。
(一)学前教育
全县有幼儿园56所,其中公办园32所、民办园24所;在园幼儿8126人,比去年秋季减少612人。学前三年毛入园率,2021年为89.6%,去年为91.3%,今年达到92.8%。普惠性幼儿园覆盖率由2021年的84.2%提高到今年的90.6%。
(二)义务教育
全县有小学38所、初中16所(其中九年一贯制学校4所),小学在校生18326人、初中在校生9215人,小学、初中专任教师分别为1286人、836人。近三年小学一年级招生数分别为3126人、2986人和2765人,呈逐年下降趋势。九年义务教育巩固率连续三年保持在97%以上,今年为97.9%。全县义务教育学校大班额2021年有18个,去年降至5个,今年实现动态清零。
(三)高中阶段教育
全县有普通高中3所、中等职业学校1所,普通高中在校生6215人,中职在校生2368人。高中阶段毛入学率2021年、2022年、2023年依次为88.2%、89.6%、91.4%。
(四)特殊教育
全县特殊教育学校1所,在校生126人;适龄残疾儿童少年义务教育入学率96.2%,送教上门学生43人。

二、主要工作及成效
(一)坚持优先发展,教育投入持续加大
2021年至2022年,全县一般公共预算教育支出分别为4.62亿元和4.86亿元,今年预计达到5.1亿元;一般公共预算教育支出占一般公共预算支出的比例去年为18.9%,高于全市平均(17.6%)。今年1—9月,全县已拨付教育经费3.86亿元。
义务教育学校生均公用经费小学、初中分别达到每生每年750元、950元(省定标准分别为720元、940元)。去年全县义务教育教师平均工资收入为8.96万元,当地公务员平均工资收入为8.92万元。
(二)实施学位扩容,办学条件明显改善
近三年新建、改扩建学校14所,新增学位5260个;今年新建城东幼儿园、城北小学,新增学位1350个。
(三)加强队伍建设,教师素质不断提升
近三年共招聘教师312名,其中今年招聘126名。交流轮岗教师占符合交流条件教师比例2021年为11.2%、今年为15.6%。
(四)落实"双减"政策,育人质量稳步提高
义务教育学校课后服务覆盖率100%,参与课后服务的学生比例达到93.6%。学科类校外培训机构由2021年的46家压减至3家,压减率93.5%。今年高考本科上线1862人,上线率58.6%。

三、存在的问题
(一)城乡学校布局仍不均衡。县城学校学位紧张,城关小学平均班额47人;乡村学校生源持续减少,全县不足100人的乡村小规模学校有21所。
(二)教师队伍结构性矛盾突出。乡村学校音体美教师缺口约86人,45岁以上教师占比达42.3%。
(三)高中阶段教育普及水平偏低。全县高中阶段毛入学率低于全市平均(93.2%)1.8个百分点。

四、下一步工作打算
(一)到2025年,全县学前三年毛入园率达到95%,普惠性幼儿园覆盖率达到92%以上,高中阶段毛入学率达到93%。
(二)2024年新建城南幼儿园,新增学位360个;力争2027年通过义务教育优质均衡发展国家督导评估。
(三)2024年交流轮岗教师比例不低于16%,一般公共预算教育支出确保只增不减。

主任、各位副主任、各位委员,我们将认真落实本次会议审议意见,推动全县教育高质量发展。
"""
CONGRESS_HAND = [
    ("schools", None, 2023, "115"), ("students", None, 2023, "44376"), ("full_time_teachers", None, 2023, "3410"),
    ("schools", "kindergarten", 2023, "56"), ("private_kindergartens", None, 2023, "24"),
    ("students", "kindergarten", 2023, "8126"),
    ("preschool_gross_enrollment_rate", None, 2021, "89.6"),
    ("preschool_gross_enrollment_rate", None, 2022, "91.3"),  # 去年, in a report of October 2023
    ("preschool_gross_enrollment_rate", None, 2023, "92.8"),
    ("inclusive_kindergarten_coverage", None, 2021, "84.2"), ("inclusive_kindergarten_coverage", None, 2023, "90.6"),
    ("schools", "primary", 2023, "38"), ("schools", "junior", 2023, "16"),
    ("students", "primary", 2023, "18326"), ("students", "junior", 2023, "9215"),
    ("full_time_teachers", "primary", 2023, "1286"), ("full_time_teachers", "junior", 2023, "836"),
    ("compulsory_retention_rate", None, 2023, "97.9"),
    ("schools", "senior", 2023, "3"), ("schools", "vocational", 2023, "1"),
    ("students", "senior", 2023, "6215"), ("students", "vocational", 2023, "2368"),
    ("senior_secondary_gross_enrollment_rate", None, 2021, "88.2"),
    ("senior_secondary_gross_enrollment_rate", None, 2022, "89.6"),
    ("senior_secondary_gross_enrollment_rate", None, 2023, "91.4"),
    ("schools", "special", 2023, "1"), ("students", "special", 2023, "126"),
    ("disabled_children_enrollment_rate", None, 2023, "96.2"),
    ("edu_general_budget_expenditure", None, 2021, "4.62"), ("edu_general_budget_expenditure", None, 2022, "4.86"),
    ("edu_general_budget_share", None, 2022, "18.9"),
    ("per_student_public_funding", "primary", 2023, "750"), ("per_student_public_funding", "junior", 2023, "950"),
    ("teacher_avg_salary", None, 2022, "8.96"), ("civil_servant_avg_salary", None, 2022, "8.92"),
    ("teacher_rotation_share", None, 2021, "11.2"), ("teacher_rotation_share", None, 2023, "15.6"),
    ("after_school_service_school_share", None, 2023, "100"),
    ("after_school_service_student_share", None, 2023, "93.6"),
    ("tutoring_institutions_reduction_rate", None, 2023, "93.5"),
]
CONGRESS_ALSO = [
    ("special_education_schools", None, 2023, "1"),
    ("large_classes", None, 2021, "18"), ("large_classes", None, 2022, "5"),  # 大班额2021年有18个,去年降至5个
    ("small_schools_under_100", None, 2023, "21"),  # 不足100人的乡村小规模学校有21所 (written under 存在的问题)
]


DOCS = [
    Doc("statcomm08", "451398", "澜沂县", 2008, STATCOMM08, STATCOMM08_HAND, STATCOMM08_ALSO),
    Doc("district", "441398", "桐泾区", 2023, DISTRICT, DISTRICT_HAND, DISTRICT_ALSO),
    Doc("yearbook", "539700", "岫州市", 2023, YEARBOOK, YEARBOOK_HAND, YEARBOOK_ALSO),
    Doc("self_eval", "521398", "涞溪县", 2024, SELF_EVAL, SELF_EVAL_HAND, SELF_EVAL_ALSO),
    Doc("mirror", "351398", "澴山县", 2022, MIRROR, MIRROR_HAND, MIRROR_ALSO),
    Doc("congress", "141398", "濉川县", 2023, CONGRESS, CONGRESS_HAND, CONGRESS_ALSO),
]

# Documents read wrongly today (id -> the class of the fault): none at first contact (d27994e, h-review36b).
WRONG: dict = {}
# Figures of HAND found today (at d27994e, h-review36b: 164/212 over the six, 0 wrong): a later change may raise these,
# never lower them. The misses, by class:
#   statcomm08 16/21: wording — old names: 地方财政一般预算支出12.86亿元 and its 其中教育支出2.73亿元, 小学适龄儿童入学率
#     99.86%, 学前三年幼儿入园率48.6% (`no_indicator`); structural — 普通中学招生…,在校生3.46万人,…,其中高中招生0.42万人,
#     在校生1.21万人 (`mixed_stage`: a 其中 stage's triple inside the 普通中学 triple).
#   district 35/37: wording — a 不含 parenthesis after the figure: 中等职业学校3所（不含技工学校）, 各级各类学校175所（不含校外
#     培训机构） (`definition`); "双师型"教师214人，占专业课教师的64.3% (`share_of_unknown`: the share after a count).
#     Every nested parenthesis read right (民办54所（含普惠性民办幼儿园41所）), no part taken for the stage.
#   yearbook 28/33: structural — a line broken between a name and its figure or a figure and its unit, the space kept
#     at the break (其中专任教师 / 31 836 人; 在校生 62 318 / 人; 在校生 / 31 056 人): three silent, and the teachers
#     after them `mixed_stage` (专任教师 4862 人, 1982 人); unwrapped, 33/34 (only the 1286 below): the digits' group space
#     itself is read right everywhere; wording — 各级各类学校 1286 所（不含技工学校） (`definition`, as district).
#   self_eval 36/42 (all 16 差异系数 of the table, no standard, no school row and no 每百名学生拥有… level taken):
#     wording — names the dictionary lacks or a share of a part: 就近划片入学比例分别为100%、98.6% and 专任教师持证上岗率
#     100% (`no_indicator`), 其中骨干教师占交流轮岗教师的比例为23.4% (`phrase`), 不足100人的小规模学校11所
#     (`no_indicator`); 社会认可度为92.6%(国家标准85%以上) dropped silently.
#   mirror 26/37 (traditional characters no obstacle: simplified, the same 26): structural — 1.幼兒園:上年8632.15元,
#     本年9126.48元,增長5.73% under the 生均…教育經費 lead-in: with 上年 before 本年 all ten `no_indicator` (本年 first,
#     the line is read); wording — 征收教育費附加2862.36萬元、地方教育附加1908.24萬元 (the shared verb, as 35b's preview).
#   congress 23/40: wording — 今年 / 去年 in a report dated (——2023年10月26日在…会议上) are `year_unclear` (10: the
#     totals, 92.8%, 91.3%, 97.9%, 18.9%, 8.96/8.92万元, 15.6%); …毛入学率2021年、2022年、2023年依次为88.2%、89.6%、
#     91.4% (`no_indicator`: 依次为 where 分别为 is read); 由2021年的84.2%提高到今年的90.6% (the 今年 end, `phrase`);
#     生均公用经费小学、初中分别达到每生每年750元、950元 (`no_indicator`); 学科类校外培训机构由…压减至3家,压减率93.5%
#     (`no_indicator`).
# Since (stop 36, after this review): 上年 before 本年 in a stage's item (1.幼兒園:上年…元,本年…元) read, mirror 26 -> 36;
# a report dated on a line of its own in the evaluated year (——2023年10月26日在…会议上) reads 今年/去年 as that year and
# the one before, and 依次为 is 分别为, congress 23 -> 29; 地方财政一般预算支出 and 学前三年幼儿入园率 named, and a 其中 clause
# naming a stage within a mix (普通中学…,其中高中招生…,在校生1.21万人) that stage's, statcomm08 16 -> 20
RECALL = {"statcomm08": 20, "district": 35, "yearbook": 28, "self_eval": 36, "mirror": 36, "congress": 29}


def test_the_documents_are_whole_and_their_keys_their_own():
    check_whole([doc._replace(text=_ungroup(doc.text)) if doc.id == "yearbook" else doc for doc in DOCS], WRONG, RECALL)
    grouped = [k for k in YEARBOOK_HAND if len(k[3]) >= 5 and "." not in k[3]]
    for key in grouped:  # every grouped figure is written grouped, with a space on both sides
        written = re.sub(r"(?<=\d)(?=(\d{3})+$)", " ", key[3])
        assert f" {written} " in YEARBOOK.replace("\n", " "), key


def test_the_documents_have_the_forms_they_claim():
    assert all(w in STATCOMM08 for w in ("普通中学招生", "职业中学", "小学适龄儿童入学率", "初中三年保留率"))
    assert STATCOMM08.count("万人") >= 15 and "\n七、教育和科学技术\n" in STATCOMM08
    assert DISTRICT.count("（") >= 15 and "（含普惠性民办幼儿园41所））" in DISTRICT and "," not in DISTRICT
    lines = YEARBOOK.splitlines()
    assert all(sum(_width(ch) for ch in line) <= YEARBOOK_WIDTH + 1 for line in lines)  # + a hung mark
    assert lines[0] == "242  岫州年鉴(2024)" and "教    育  243" in lines and " 523 612 " in YEARBOOK.replace("\n", " ")
    assert "国家标准 ≤0.50 ≤0.45" in SELF_EVAL and SELF_EVAL.count("国家标准") >= 12
    assert MIRROR.count("經費") >= 15 and "经费" not in MIRROR and MIRROR.count("&nbsp;") == 5
    assert CONGRESS.count("去年") >= 4 and CONGRESS.count("今年") >= 6 and "依次为" in CONGRESS and "到2025年" in CONGRESS


@pytest.mark.parametrize("doc", wrong_params(DOCS, WRONG))
def test_no_wrong_reading(doc):
    assert_no_wrong(read_doc(doc), doc)


@pytest.mark.parametrize("doc", DOCS, ids=[doc.id for doc in DOCS])
def test_recall_not_lower(doc):
    assert_recall(read_doc(doc), doc, RECALL)
