"""A quick hostile review of stop 37's last extraction rules (4648c1f, 335bd02; h-review37c): the entity's own name masked
before a heading's part words are looked for, a heading …未达要求 neither a part nor a standard (whose._lead_in_whose,
document.py); a kind no stage names opening its sentence not the stage topic before (subjects.py, 工读学校1所,在校学生85人);
a section heading run into its paragraph given a line of its own (normal._RUN_IN_HEADING: 。 教育 全区共有…); a spaced
table whose header has more label columns than its rows and heads over two lines left unread (spacedtables.py); a text
dated once in the year after the evaluated one reading a sentence opening on 去年 / 截至去年底 as the evaluated year's
(figures.written_in, extract.yaml last_year_heads); 你县/你区/你市/贵县 the entity addressed (scope words).

Own-made sentences and short paragraphs (桐溪县 510998 and 芩溪, 芩州 exist nowhere), read for 2023 under a report's
title, written to meet what each rule was not written for — above all rule 5 (dates of other kinds, 去年 as a base, 去年同期,
去年以来, 上年) and rule 3 (two words of prose, a place, a part, a stage, a year word before a space after a full stop).
`take`: must be read; `may`: may also be read; `left`: figures that must be read or listed, never passed over. A case read
wrongly (or passed over) today is a strict xfail naming its class; unmarked cases pass.

130 cases; 47 strict xfails at 335bd02: 25 wrong readings, 18 figures not read though listed, 4 silences. 33 of them
are new (read rightly, or listed, at 4648c1f^, checked in a scratch worktree of it): 20 wrong readings (rule 5: 8, rule 3:
10, rule 1: 1, rule 6: 1), 10 not read (rule 3: 9, rule 2: 1) and 3 silences (rule 3: 1, rule 4: 2); 14 are older (read
the same way at 4648c1f^, "older" in their class): 5 wrong readings, 8 not read, 1 silence. 83 unmarked cases pass, the
rules' own sentences among them (25 of those were read wrongly or not read at 4648c1f^: what the rules mended).

Mended in stop 37 after it: the run-in heading rule withdrawn whole (rule 3: 10 wrong readings, 9 not read, 1 silence
mended); 去年 read for the evaluated year only under the page's own date (a date alone on its line, or after 发布时间 /
日期, one later year) and only 去年 itself (never 上年, 去年同期, 去年以来, 与去年相比) (8 wrong mended; two cases that read
去年 under a 数据截至 or a meeting's date now marked not read; one case of a plan's later date beside the page's own made
a `may`); the entity's name masked only when no 城/镇/乡 follows (县城, 1 mended); 你市/贵市 no longer the entity addressed
(1 mended). Left: the 14 older.

Classes found (h-review37c), the wrong readings first:
- wrong (rule 5, 4 cases): a later year's date that is not the text's own — a law's day in force (《…条例》自2024年1月1日
  起施行 beside the report's own 2023年12月20日), a date in a book's title, a meeting to come (定于2024年1月10日召开), a
  deadline (到2024年12月31日前): 去年全县在园幼儿8500人 read as 2023's (students kindergarten 2023; year_unclear, or
  2022, at 4648c1f^);
- wrong (rule 5, 3 cases): 上年 / 上年末 / 上年度 in a page dated the year after, a statistics text's year before the one
  reported (发布时间:2024-01-18⏎上年全县在园幼儿8000人 → students kindergarten 2023; 2022 at 4648c1f^);
- wrong (rule 5, 1 case): 去年同期, a comparison's base, in a page dated the year after (去年同期全县在园幼儿8000人 →
  students kindergarten 2023);
- wrong (rule 3, 9 cases): a place, a part, a standard or a plan before a space after a full stop taken for a run-in
  heading (。 芩溪县 小学在校生15000人 → students primary 15000; 。 全市 有普通高中50所,在校生60000人 → students senior
  60000; 芩州市 有普通高中50所… → schools senior 50; 。 城关镇 小学在校生3000人; 。 乡镇 小学20所,在校生8000人; 。 省定标准
  小学生均公用经费720元 → per_student_public_funding primary 720; 。 计划 明年在园幼儿达5500人 → students kindergarten
  5500): the other's figure read as the county's;
- wrong (rule 3, 1 case): a stage before the space (全县小学在校生17356人。 初中 在校生3042人): the stage lost, 3042 read as
  students of every stage (stage None; junior at 4648c1f^);
- wrong (rule 1, 1 case): the own name masked takes a part's word with it (一、桐溪县城学校基本情况, 县城 the county seat):
  its 12 schools and 9356 pupils read as the county's primary (named_school at 4648c1f^);
- wrong (rule 6, 1 case): 你市 in a county's text (你市有普通高中50所,在校生60000人): the city's figures read as the
  county's senior schools and pupils;
- wrong (older, 5 cases): 去年以来 in a text dated nowhere (去年以来,…在园幼儿达8500人 → students kindergarten 2022); a 其中
  after a part's sentence (全县民办学校3所。 其中 小学在校生1356人… → students primary 1356; 全县城区学校在校生12398人。 其中
  小学生9356人…; 全县城区有小学12所。 其中 在校生9356人 → students None 9356, primary at 4648c1f^); a heading setting the
  entity beside another place (一、桐溪县与芩溪县学校对比 → schools primary 20, students primary 8000);
- not read (rule 3, 6 cases): a part or another place before the space (全县在校生20398人。 农村 在校生8398人; 。 城区 …;
  。 县城 …; 。 城关镇 有小学5所…; 。 全市平均 …750元; ⏎芩溪县 小学生均公用经费650元): the county's own figure listed
  stated_twice beside the other's;
- not read (rule 3, 3 cases): 去年 / 上年 at a line's start before a space (去年 全县在园幼儿8500人): year_unclear, and with
  the year's figure before it both stated_twice (2022 at 4648c1f^);
- not read (rule 2, 1 case): a count that is no kind (全县小学32所。撤并学校3所后,在校学生17356人): stage_unclear (primary
  at 4648c1f^);
- not read (older, 8 cases): 去年 not opening its sentence in a page dated the year after (与去年相比,…达到8500人; 较去年,…;
  今年…,去年为8500人; 2024年1月18日,…:去年全县…; 到去年底,…): year_unclear; the county named again after an unknown kind
  (工读学校1所,全县在校学生20398人): stage_unclear; a heading …未达到省定标准要求 (subset); 你们县 (no_indicator);
- silent (rule 3, 1 case): a name before the space (全县民办幼儿园12所。 在园幼儿 共有3600人): 3600 passed over (read at
  4648c1f^);
- silent (rule 4, 2 cases): a header cell spanning the line under it over one label column (学段 学校数 学生数 ⏎ 招生数
  在校生数 ⏎ 小学 32 3000 17356; 学生数 over 在校生数 毕业生数): every figure passed over in silence (the pupils read rightly
  at 4648c1f^);
- silent (older, 1 case): the year before last after 去年's figure (去年全县在园幼儿8500人;前年为8200人): 8200 passed over.
"""

import pytest
from hostile_cases import check_case, mended, schools as _sc, students as _st, teachers as _tt, xfail

Y, P = 2023, 2022
_PGER = "preschool_gross_enrollment_rate"
_EGB = "edu_general_budget_expenditure"
_PPF = "per_student_public_funding"
_D = "发布时间:2024-01-18\n"  # a page dated once, in the year after the evaluated one


_NOT_PUBLISHED = ("not read (listed; since stop 37 after this review): a later year's date in the text that is not the text's "
                  "own (数据截至…, a meeting's day): 去年 is read for the evaluated year only under the page's own date (a "
                  "date on its own line, or after 发布时间/日期), as a law's or a meeting's day could make it wrong")

def _r(indicator, value, year=Y, stage=None):
    return (indicator, stage, year, value)


def _k(value, year=Y):
    return _st("kindergarten", value, year)


_DATE_NOT_OWN = ("wrong: a later year's date that is not the text's own (a law's day in force, a meeting to come, a "
                 "deadline, a date in a book's title beside the report's own date 2023年12月20日) makes 去年 the "
                 "evaluated year (去年全县在园幼儿8500人 → students kindergarten 2023)")
_SHANGNIAN = ("wrong: 上年 / 上年末 / 上年度 in a page dated the year after, said of the year before the one reported "
              "(上年全县在园幼儿8000人 → students kindergarten 2023; 2022 at 4648c1f^)")
_SAME_TIME = ("wrong: 去年同期, the base a comparison is made on, in a page dated the year after (去年同期全县在园幼儿8000人 "
              "→ students kindergarten 2023)")
_SINCE_LAST_YEAR = ("wrong (older): 去年以来 (since last year: the figure now's) in a text dated nowhere read as the year "
                    "before (去年以来,…在园幼儿达8500人 → students kindergarten 2022)")
_DEICTIC_UNCLEAR = ("not read (older, listed year_unclear): 去年 not opening the sentence in a page dated the year after "
                    "(与去年相比,…达到8500人; 今年…,去年为8500人; 2024年1月18日,…:去年全县…; 到去年底,…)")
_HEADING_OTHER = ("wrong: a place, a part, a standard or a plan before a space after a full stop taken for a run-in "
                  "heading (。 芩溪县 小学在校生15000人; 。 全市 有普通高中50所,在校生60000人; 。 城关镇 小学在校生3000人; "
                  "。 乡镇 小学20所,在校生8000人; 。 省定标准 小学生均公用经费720元; 。 计划 明年在园幼儿达5500人): its "
                  "figure read as the county's")
_HEADING_STAGE = ("wrong: a stage before a space after a full stop taken for a heading (。 初中 在校生3042人): the "
                  "stage lost, the figure read as the county's students of every stage (students None)")
_HEADING_TWICE = ("not read: a part or another place before a space after a full stop taken for a heading (全县在校生"
                  "20398人。 农村 在校生8398人; 全县小学生均公用经费700元。 全市平均 …750元): the county's own figure "
                  "listed stated_twice beside the part's")
_HEADING_YEAR = ("not read: 去年 / 上年 before a space at a line's start taken for a heading (去年 全县在园幼儿8500人): "
                 "year_unclear (read for 2022 at 4648c1f^)")
_HEADING_SILENT = ("silent: a name before a space after a full stop taken for a heading (。 在园幼儿 共有3600人): the "
                   "figure passed over in silence")
_LEAD_PART_OLDER = ("wrong (older): a 其中 after a part's sentence (全县民办学校3所。 其中 小学在校生1356人; 全县城区学校在校生"
                    "12398人。 其中 小学生9356人; 全县城区有小学12所。 其中 在校生9356人): the part's figures read as the "
                    "county's")
_SPANNED_SILENT = ("silent: a spaced table whose header cell spans the line under it, one label column (学段 学校数 学生数 "
                   "/ 招生数 在校生数 over 小学 32 3000 17356): every figure passed over in silence (students read "
                   "rightly at 4648c1f^)")
_OWN_NAME_HOLDS_PART = ("wrong: the entity's own name masked out of a heading takes the part's word with it (一、桐溪县城"
                        "学校基本情况: 县城): the county seat's figures read as the county's")
_COMPARED_OLDER = ("wrong (older): a heading setting the entity beside another place (一、桐溪县与芩溪县学校对比): the "
                   "figures under it read as the county's, as at 4648c1f^")
_YOUR_CITY = ("wrong: 你市 (a city addressed) in a county's text (你市有普通高中50所,在校生60000人): the city's figures "
              "read as the county's")
_KIND_NOT_A_KIND = ("not read: a count of schools that is no kind (撤并学校3所后, 在校学生17356人) taken for a kind no stage "
                    "names: stage_unclear (primary at 4648c1f^)")
_OLDER_SILENT = ("silent (older): the year before last after 去年's figure in one sentence (去年全县在园幼儿8500人;前年为"
                 "8200人): 8200 passed over in silence, as at 4648c1f^")
_OLDER_NOT_READ = ("not read (older): the county's figure after an unknown kind with the county named again (工读学校1所,"
                   "全县在校学生20398人), under a heading …未达到省定标准要求 (subset), after 你们县 (no_indicator)")


# --- rule 5: a text dated the year after reads 去年 as the evaluated year (figures.written_in) ---------------------------

@pytest.mark.parametrize("text, take, may, left", [
    # the rule's own
    (_D + "去年全县在园幼儿8500人。", {_k("8500")}, set(), []),
    ("2024年1月18日\n去年全县在园幼儿8500人。", {_k("8500")}, set(), []),
    ("发布时间:2024年1月18日\n去年全县在园幼儿8500人。", {_k("8500")}, set(), []),
    (_D + "截至去年底,全县有小学32所、初中7所。", {_sc("primary", "32"), _sc("junior", "7")}, set(), []),
    (_D + "全县去年底在园幼儿8500人。", {_k("8500")}, set(), []),
    (_D + "去年,全县学前三年毛入园率达92.5%。", {_r(_PGER, "92.5")}, set(), []),
    (_D + "去年全县一般公共预算教育支出9.26亿元。", {_r(_EGB, "9.26")}, set(), []),
    (_D + "去年全县小学32所,在校生17356人。", {_st("primary", "17356")}, {_sc("primary", "32")}, ["32所"]),
    (_D + "去年12月全县在园幼儿8500人。", {_k("8500")}, set(), []),
    (_D + "去年秋季学期,全县在园幼儿8500人。", {_k("8500")}, set(), []),
    xfail(_D + "去年全县在园幼儿8500人;前年为8200人。", {_k("8500")}, set(), ["8200人"], reason=_OLDER_SILENT),
    xfail("数据截至2024年6月30日。\n去年全县在园幼儿8500人。", {_k("8500")}, set(), [], reason=_NOT_PUBLISHED),
    xfail("2024年1月10日,县人民政府召开全县教育大会。\n去年全县在园幼儿8500人。", {_k("8500")}, set(), [], reason=_NOT_PUBLISHED),
    (_D + "2024年1月10日,县人民政府召开全县教育大会。\n去年全县在园幼儿8500人。", {_k("8500")}, set(), []),
    (_D + "截至2024年6月底,全县在园幼儿8600人。\n去年全县在园幼儿8500人。", {_k("8500")}, set(), ["8600人"]),
    (_D + "去年以来,全县新建幼儿园5所,在园幼儿达8500人。", set(),
     {_k("8500"), _r("new_kindergartens_built", "5")}, ["5所", "8500人"]),
    # 今年 beside it, a target, a base
    (_D + "去年全县在园幼儿8500人,今年将达到9000人。", {_k("8500")}, set(), ["9000人"]),
    (_D + "去年全县在园幼儿8500人。今年以来,全县新增幼儿园2所,在园幼儿8600人。", {_k("8500")}, set(), ["2所", "8600人"]),
    (_D + "去年县政府计划新建幼儿园5所,在园幼儿将达到9000人。", set(), set(), ["5所", "9000人"]),
    (_D + "全县在园幼儿8500人,比去年增加300人。", {_k("8500")}, set(), ["300人"]),
    (_D + "全县在园幼儿8500人,比上年增加300人。", {_k("8500")}, set(), ["300人"]),
    ("与去年相比,全县在园幼儿增加300人,达到8500人。", {_k("8500")}, set(), ["300人"]),
    # another place, another year
    (_D + "去年全市在园幼儿85000人。", set(), set(), ["85000人"]),
    (_D + "去年芩溪县在园幼儿8500人。", set(), set(), ["8500人"]),
    (_D + "前年全县在园幼儿8200人。", set(), set(), ["8200人"]),
    ("2025年1月18日\n去年全县在园幼儿8500人。", set(), set(), ["8500人"]),
    # (changed in stop 37 after this review: a plan's later date beside the page's own publication date leaves 去年 the
    # year before the page's, which the reader may take)
    (_D + "全县将于2025年3月1日启用新校区。\n去年全县在园幼儿8500人。", set(), {_k("8500")}, ["8500人"]),
    # the evaluated year the date's own
    ("2023年12月20日\n去年全县在园幼儿8500人。", {_k("8500", P)}, set(), []),
    ("发布时间:2023-12-20\n去年全县在园幼儿8500人。", {_k("8500", P)}, set(), []),
    ("去年全县在园幼儿8500人。\n2023年12月20日", {_k("8500", P)}, set(), []),
    # a later date that is not the text's own
    mended("《桐溪县学前教育条例》自2024年1月1日起施行。\n去年全县在园幼儿8500人。\n2023年12月20日", set(), {_k("8500", P)},
          ["8500人"], reason=_DATE_NOT_OWN),
    mended("依据《桐溪县教育督导规定(2024年1月1日施行)》开展自评。\n去年全县在园幼儿8500人。\n2023年12月20日", {_k("8500", P)},
          set(), [], reason=_DATE_NOT_OWN),
    mended("县人民政府定于2024年1月10日召开全县教育大会。\n去年全县在园幼儿8500人。", set(), {_k("8500", P)}, ["8500人"],
          reason=_DATE_NOT_OWN),
    mended("到2024年12月31日前,全县新建幼儿园5所。\n去年全县在园幼儿8500人。", set(), {_k("8500", P)}, ["5所", "8500人"],
          reason=_DATE_NOT_OWN),
    # 上年, 去年同期
    mended(_D + "上年全县在园幼儿8000人。", {_k("8000", P)}, set(), [], reason=_SHANGNIAN),
    mended(_D + "全县上年末在园幼儿8000人。", {_k("8000", P)}, set(), [], reason=_SHANGNIAN),
    mended(_D + "上年度全县在园幼儿8000人。", {_k("8000", P)}, set(), [], reason=_SHANGNIAN),
    mended(_D + "去年同期全县在园幼儿8000人。", set(), {_k("8000", P)}, ["8000人"], reason=_SAME_TIME),
    (_D + "截至目前,全县在园幼儿8500人,去年同期为8000人。", set(), {_k("8500")}, ["8500人", "8000人"]),
    xfail("去年以来,全县新建幼儿园5所,在园幼儿达8500人。", set(), {_k("8500"), _r("new_kindergartens_built", "5")},
          ["5所", "8500人"], reason=_SINCE_LAST_YEAR),
    # 去年 not opening its sentence
    xfail(_D + "与去年相比,全县在园幼儿增加300人,达到8500人。", {_k("8500")}, set(), ["300人"], reason=_DEICTIC_UNCLEAR),
    xfail(_D + "较去年,全县在园幼儿增加300人,达到8500人。", {_k("8500")}, set(), ["300人"], reason=_DEICTIC_UNCLEAR),
    xfail(_D + "今年全县在园幼儿9000人,去年为8500人。", {_k("8500")}, set(), ["9000人"], reason=_DEICTIC_UNCLEAR),
    xfail("2024年1月18日,县教育局发布统计数据:去年全县在园幼儿8500人。", {_k("8500")}, set(), [], reason=_DEICTIC_UNCLEAR),
    xfail(_D + "到去年底,全县在园幼儿8500人。", {_k("8500")}, set(), [], reason=_DEICTIC_UNCLEAR),
])
def test_dated_the_year_after(text, take, may, left):
    check_case(text, take=take, may=may, left=left)


# --- rule 3: a section heading run into its paragraph gets a line of its own (normal._RUN_IN_HEADING) ------------------

@pytest.mark.parametrize("text, take, may, left", [
    # the rule's own and what it leaves alone
    ("二、义务教育\n全县小学在校生17356人。 学前教育 全县在园幼儿5000人。", {_st("primary", "17356"), _k("5000")}, set(), []),
    ("全县有小学32所。 特殊教育 全县特殊教育学校1所,在校生120人。",
     {_sc("primary", "32"), _sc("special", "1"), _st("special", "120")}, set(), []),
    ("学段 学校数 在校生\n(所) (人)\n小学 32 17356\n初中 7 3042\n",
     {_sc("primary", "32"), _sc("junior", "7"), _st("primary", "17356"), _st("junior", "3042")}, set(), []),
    ("教育 2023年全县共有小学32所。", set(), {_sc("primary", "32")}, ["32所"]),
    ("全县共有 小学32所,初中7所。", {_sc("primary", "32"), _sc("junior", "7")}, set(), []),
    ("小学 在校生17356人。", {_st("primary", "17356")}, set(), []),
    # two words of prose after a full stop
    ("全县有小学32所。 同时 全县新建幼儿园3所,在园幼儿5000人。",
     {_sc("primary", "32"), _k("5000")}, {_r("new_kindergartens_built", "3")}, ["3所"]),
    ("全县共有学校39所。 其中 小学32所,初中7所。", {_sc(None, "39"), _sc("primary", "32"), _sc("junior", "7")}, set(), []),
    ("全县在校生20398人,\n其中 小学生17356人,初中生3042人。",
     {_st(None, "20398"), _st("primary", "17356"), _st("junior", "3042")}, set(), []),
    ("全县在校生20398人。 其中 小学 17356人,初中 3042人。",
     {_st(None, "20398"), _st("primary", "17356"), _st("junior", "3042")}, set(), []),
    ("全县教职工2000人。 其中 专任教师1580人。", {_tt(None, "1580")}, set(), ["2000人"]),
    ("全县在校生20398人。 其中 城区学校 在校生12000人。", {_st(None, "20398")}, set(), ["12000人"]),
    ("全县有小学32所,在校生17356人。 目前 全县在园幼儿5000人。",
     {_sc("primary", "32"), _st("primary", "17356"), _k("5000")}, set(), []),
    ("全县有小学32所。 此外 城区有民办小学3所,在校生1356人。", {_sc("primary", "32")}, set(), ["3所", "1356人"]),
    ("全县有小学32所。 另有 民办小学3所,在校生1356人。", {_sc("primary", "32")}, set(), ["3所", "1356人"]),
    ("全县有小学32所。 预计 全县在园幼儿将达5500人。", {_sc("primary", "32")}, set(), ["5500人"]),
    ("全县有小学32所。 到2025年 全县在园幼儿达6000人。", {_sc("primary", "32")}, set(), ["6000人"]),
    ("全县在校生20398人。\n民办 在校生1398人。", {_st(None, "20398")}, set(), ["1398人"]),
    ("全市 有普通高中50所,在校生60000人。\n全县有普通高中2所,在校生4100人。",
     {_sc("senior", "2"), _st("senior", "4100")}, set(), ["50所", "60000人"]),
    ("城关镇 有小学5所,在校生3000人。\n全县有小学32所,在校生17356人。",
     {_sc("primary", "32"), _st("primary", "17356")}, set(), ["5所", "3000人"]),
    ("全县小学在校生17356人。 城关镇 全镇小学在校生3000人。 全县初中在校生3042人。",
     {_st("primary", "17356"), _st("junior", "3042")}, set(), ["3000人"]),
    ("全县民办幼儿园12所。 其中 在园幼儿3600人。", {_r("private_kindergartens", "12")}, {_k("3600")}, ["3600人"]),
    # a place, a part, a standard, a plan before the space
    mended("全县有小学32所。 城关镇 小学在校生3000人。", {_sc("primary", "32")}, set(), ["3000人"], reason=_HEADING_OTHER),
    mended("全县有普通高中2所。 全市 有普通高中50所,在校生60000人。", {_sc("senior", "2")}, set(), ["50所", "60000人"],
          reason=_HEADING_OTHER),
    mended("芩州市 有普通高中50所,在校生60000人。", set(), set(), ["50所", "60000人"], reason=_HEADING_OTHER),
    mended("全县小学32所。 芩溪县 小学在校生15000人。", {_sc("primary", "32")}, set(), ["15000人"], reason=_HEADING_OTHER),
    mended("全县小学32所。 芩溪县 全县小学在校生15000人。", {_sc("primary", "32")}, set(), ["15000人"],
          reason=_HEADING_OTHER),
    mended("芩溪县 全县小学在校生15000人。\n小学专任教师1200人。", set(), {_tt("primary", "1200")}, ["15000人", "1200人"],
          reason=_HEADING_OTHER),
    mended("全县有小学32所,其中城区12所。 乡镇 小学20所,在校生8000人。", {_sc("primary", "32")}, set(),
          ["12所", "20所", "8000人"], reason=_HEADING_OTHER),
    mended("全县有小学32所。 省定标准 小学生均公用经费720元。", {_sc("primary", "32")}, set(), ["720元"],
          reason=_HEADING_OTHER),
    mended("全县有小学32所。 计划 明年在园幼儿达5500人。", {_sc("primary", "32")}, set(), ["5500人"], reason=_HEADING_OTHER),
    mended("全县小学在校生17356人。 初中 在校生3042人。", {_st("primary", "17356"), _st("junior", "3042")}, set(), [],
          reason=_HEADING_STAGE),
    mended("全县在校生20398人。 农村 在校生8398人。", {_st(None, "20398")}, set(), ["8398人"], reason=_HEADING_TWICE),
    mended("全县在校生20398人。 城区 在校生12000人。", {_st(None, "20398")}, set(), ["12000人"], reason=_HEADING_TWICE),
    mended("全县小学在校生17356人。 县城 小学在校生9000人。", {_st("primary", "17356")}, set(), ["9000人"],
          reason=_HEADING_TWICE),
    mended("全县有小学32所,在校生17356人。 城关镇 有小学5所,在校生3000人。",
          {_sc("primary", "32"), _st("primary", "17356")}, set(), ["5所", "3000人"], reason=_HEADING_TWICE),
    mended("全县小学生均公用经费700元。 全市平均 小学生均公用经费750元。", {_r(_PPF, "700", stage="primary")}, set(),
          ["750元"], reason=_HEADING_TWICE),
    mended("全县小学生均公用经费700元。\n芩溪县 小学生均公用经费650元。", {_r(_PPF, "700", stage="primary")}, set(),
          ["650元"], reason=_HEADING_TWICE),
    mended("去年 全县在园幼儿8500人。", {_k("8500", P)}, set(), [], reason=_HEADING_YEAR),
    mended("上年 全县在园幼儿8500人。", {_k("8500", P)}, set(), [], reason=_HEADING_YEAR),
    mended("全县在园幼儿8600人。 去年 全县在园幼儿8500人。", {_k("8600"), _k("8500", P)}, set(), [], reason=_HEADING_YEAR),
    mended("全县民办幼儿园12所。 在园幼儿 共有3600人。", {_r("private_kindergartens", "12")}, {_k("3600")}, ["3600人"],
          reason=_HEADING_SILENT),
    # 其中 after a part's sentence
    xfail("全县民办学校3所。 其中 小学在校生1356人,初中在校生1042人。", set(), set(), ["3所", "1356人", "1042人"],
          reason=_LEAD_PART_OLDER),
    xfail("全县城区学校在校生12398人。 其中 小学生9356人,初中生3042人。", set(), set(), ["12398人", "9356人", "3042人"],
          reason=_LEAD_PART_OLDER),
    xfail("全县城区有小学12所。 其中 在校生9356人。", set(), set(), ["12所", "9356人"], reason=_LEAD_PART_OLDER),
])
def test_run_in_heading(text, take, may, left):
    check_case(text, take=take, may=may, left=left)


# --- rule 1: the entity's own name masked in a heading, …未达要求 (whose._lead_in_whose, document.py) ------------------

@pytest.mark.parametrize("text, take, may, left", [
    ("一、桐溪县学校基本情况\n小学32所,在校生17356人。", {_sc("primary", "32"), _st("primary", "17356")}, set(), []),
    ("一、桐溪县城区学校基本情况\n小学12所,在校生9356人。", set(), set(), ["12所", "9356人"]),
    ("一、桐溪县农村学校基本情况\n小学20所,在校生8000人。", set(), set(), ["20所", "8000人"]),
    ("二、存在的问题\n(二)城区学校大班额指标未达要求\n小学大班额12个。", set(), set(), ["12个"]),
    ("二、存在的问题\n(二)民办学校指标未达要求\n小学在校生1356人。", set(), set(), ["1356人"]),
    ("二、存在的问题\n(二)指标未达到要求\n小学生均公用经费700元。", {_r(_PPF, "700", stage="primary")}, set(), []),
    ("二、存在的问题\n(二)个别指标未达要求\n小学生均公用经费700元,省定标准720元。", {_r(_PPF, "700", stage="primary")}, set(),
     ["720元"]),
    mended("一、桐溪县城学校基本情况\n小学12所,在校生9356人。", set(), set(), ["12所", "9356人"], reason=_OWN_NAME_HOLDS_PART),
    xfail("一、桐溪县与芩溪县学校对比\n小学20所,在校生8000人。", set(), set(), ["20所", "8000人"],
          reason=_COMPARED_OLDER),
    xfail("二、存在的问题\n(二)生均公用经费未达到省定标准要求\n小学生均公用经费700元。", {_r(_PPF, "700", stage="primary")},
          set(), [], reason=_OLDER_NOT_READ),
])
def test_own_name_in_a_heading(text, take, may, left):
    check_case(text, take=take, may=may, left=left)


# --- rule 2: a kind no stage names opening its sentence (subjects.py) ---------------------------------------------------

@pytest.mark.parametrize("text, take, may, left", [
    ("全县有小学32所。工读学校1所,在校学生85人。", {_sc("primary", "32")}, set(), ["1所", "85人"]),
    ("全县有小学32所。工读学校1所,专任教师20人。", {_sc("primary", "32")}, set(), ["1所", "20人"]),
    ("小学 全县32所。工读学校1所,在校学生85人。", set(), {_sc("primary", "32")}, ["1所", "85人"]),
    ("全县有小学32所。寄宿制学校12所,在校生5000人。", {_sc("primary", "32")}, set(), ["12所", "5000人"]),
    ("全县有小学32所。九年一贯制学校5所,在校学生3200人。", {_sc("primary", "32")}, set(), ["5所", "3200人"]),
    ("全县有小学32所。十二年一贯制学校1所,在校学生2500人。", {_sc("primary", "32")}, set(), ["1所", "2500人"]),
    ("全县有高中2所。职业高中1所,在校学生1500人。",
     {_sc("senior", "2"), _sc("vocational", "1"), _st("vocational", "1500")}, set(), []),
    ("全县有学校39所,在校学生20398人。", {_sc(None, "39"), _st(None, "20398")}, set(), []),
    ("全县有各类学校39所,在校学生20398人。", {_sc(None, "39"), _st(None, "20398")}, set(), []),
    ("全县有小学32所,在校生17356人。工读学校1所。", {_sc("primary", "32"), _st("primary", "17356")}, set(), ["1所"]),
    ("全县小学32所,新建学校2所,在校学生17356人。", {_sc("primary", "32"), _st("primary", "17356")}, set(), ["2所"]),
    ("全县有小学32所。工读学校1所,在校学生85人,小学在校生17356人。", {_sc("primary", "32"), _st("primary", "17356")}, set(),
     ["1所", "85人"]),
    xfail("全县小学32所。撤并学校3所后,在校学生17356人。", {_sc("primary", "32"), _st("primary", "17356")}, set(), ["3所"],
          reason=_KIND_NOT_A_KIND),
    xfail("全县有小学32所。工读学校1所,全县在校学生20398人。", {_sc("primary", "32"), _st(None, "20398")}, set(), ["1所"],
          reason=_OLDER_NOT_READ),
])
def test_unknown_kind(text, take, may, left):
    check_case(text, take=take, may=may, left=left)


# --- rule 4: a spaced table whose header spans two lines over fewer label columns (spacedtables.py) --------------------

@pytest.mark.parametrize("text, take, may, left", [
    ("学段 学校数 在校生\n(所) (人)\n小学 32 17356\n初中 7 3042\n",
     {_sc("primary", "32"), _sc("junior", "7"), _st("primary", "17356"), _st("junior", "3042")}, set(), []),
    ("序号 学段 学校数 在校生\n(所) (人)\n1 小学 32 17356\n2 初中 7 3042\n",
     {_sc("primary", "32"), _sc("junior", "7"), _st("primary", "17356"), _st("junior", "3042")}, set(), []),
    ("序号 学段 学校数 在校生数\n所 人\n1 小学 32 17356\n2 初中 7 3042\n",
     {_sc("primary", "32"), _sc("junior", "7"), _st("primary", "17356"), _st("junior", "3042")}, set(), []),
    ("学段 类别 学校数 在校生\n(所) (人)\n小学 公办 30 16000\n小学 民办 2 1356\n", set(), set(),
     ["30", "16000", "2", "1356"]),
    xfail("学段 学校数 学生数\n招生数 在校生数\n小学 32 3000 17356\n初中 7 1100 3042\n",
          set(), {_sc("primary", "32"), _sc("junior", "7"), _st("primary", "17356"), _st("junior", "3042")},
          ["32", "3000", "17356", "7", "1100", "3042"], reason=_SPANNED_SILENT),
    xfail("学段 学校数 学生数\n在校生数 毕业生数\n小学 32 17356 2800\n初中 7 3042 1000\n",
          set(), {_sc("primary", "32"), _sc("junior", "7"), _st("primary", "17356"), _st("junior", "3042")},
          ["32", "17356", "2800", "7", "3042", "1000"], reason=_SPANNED_SILENT),
])
def test_spanned_header(text, take, may, left):
    check_case(text, take=take, may=may, left=left)


# --- rule 6: 你县 / 你区 / 你市 / 贵县 the entity addressed (scope words) --------------------------------------------

@pytest.mark.parametrize("text, take, may, left", [
    ("你县小学32所,在校生17356人。", {_sc("primary", "32"), _st("primary", "17356")}, set(), []),
    ("贵县有小学32所,在校生17356人。", {_sc("primary", "32"), _st("primary", "17356")}, set(), []),
    ("你县城区小学12所,在校生9356人。", set(), set(), ["12所", "9356人"]),
    ("你县民办小学3所,在校生1356人。", set(), set(), ["3所", "1356人"]),
    ("你县所在的芩州市有普通高中50所。", set(), set(), ["50所"]),
    ("与你县相邻的芩溪县有小学20所。", set(), set(), ["20所"]),
    ("你县和芩溪县共有小学60所。", set(), set(), ["60所"]),
    ("你县小学生均公用经费700元,低于你市平均水平750元。", {_r(_PPF, "700", stage="primary")}, set(), ["750元"]),
    mended("你市有普通高中50所,在校生60000人。", set(), set(), ["50所", "60000人"], reason=_YOUR_CITY),
    xfail("你们县有小学32所。", {_sc("primary", "32")}, set(), [], reason=_OLDER_NOT_READ),
])
def test_entity_addressed(text, take, may, left):
    check_case(text, take=take, may=may, left=left)
