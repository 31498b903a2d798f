"""Readings learnt in stop 36 (issue 24) from own-made documents (h-review35b's yearbook, tests/test_extract_documents35b.py):
a yearbook's table printed one header cell a line, the cells broken at any character, each column's header ended by its
unit on a line of its own; the table's title over a (2023年) line and a 单位 line. Each rule with own-made tables
(桐溪县 510998 exists nowhere) that fail on the code before it, and with the tables it must leave as they were.
"""

import pytest

from extract_reading import read_report


def _read(body: str):
    return read_report(body)[:2]


BROKEN = """表3 各级各类学校基本情况
(2023年)
学校类别
学校数
(所)
在校学
生数
(人)
专任教
师数
(人)
合    计 120 52310 3866
小学 58 30120 2015
初中 24 16250 1420
"""


def test_a_header_broken_at_any_character_is_joined_back_by_its_units():
    facts, _ = _read(BROKEN)
    assert {("schools", "primary", 2023, "58"), ("students", "primary", 2023, "30120"),
            ("full_time_teachers", "primary", 2023, "2015"), ("schools", "junior", 2023, "24"),
            ("students", "junior", 2023, "16250"), ("full_time_teachers", "junior", 2023, "1420")} <= facts


def test_a_header_whose_units_do_not_count_its_columns_is_left_as_it_was():
    # three columns of figures under two units: which pieces make which column is unsure: nothing taken from them
    body = BROKEN.replace("专任教\n师数\n(人)", "专任教\n师数")
    facts, _ = _read(body)
    assert not any(f[0] == "full_time_teachers" for f in facts)
    assert not any(f[3] in {"2015", "1420"} for f in facts)


def test_a_header_of_whole_cells_one_a_line_is_read_as_before():
    body = BROKEN.replace("在校学\n生数", "在校生数").replace("专任教\n师数", "专任教师数")
    facts, _ = _read(body)
    assert ("students", "primary", 2023, "30120") in facts and ("full_time_teachers", "junior", 2023, "1420") in facts


TITLED = """表4 分城乡在校学生数
(2023年)
单位:人
类别
合计
城区
乡村
小学 30120 18200 11920
初中 16250 10150 6100
"""


def test_a_corner_word_heads_the_label_column_and_the_title_over_the_year_is_the_caption():
    facts, _ = _read(TITLED)
    assert {("students", "primary", 2023, "30120"), ("students", "junior", 2023, "16250")} <= facts
    assert not any(f[3] in {"18200", "11920", "10150", "6100"} for f in facts)  # 城区, 乡村: parts, not the stage


@pytest.mark.parametrize("corner", ["说明", "备注"])
def test_a_word_that_heads_no_label_column_is_no_corner(corner):
    facts, _ = _read(TITLED.replace("类别", corner))
    assert not any(f[3] in {"18200", "11920", "10150", "6100"} for f in facts)


# --- batch 8's tune documents after their first contact (NEW-BATCH-8-FIRST.md) -----------------------------------

def test_the_stages_in_a_parenthesis_after_a_several_stage_part_are_the_quantitys():
    facts, unattached = _read("全县有专任教师3273人,其中中等职业学校51人,基础教育3222人(其中幼儿园458人,小学1414人,"
                              "普通初中909人)。")
    assert {("full_time_teachers", "kindergarten", 2023, "458"), ("full_time_teachers", "primary", 2023, "1414"),
            ("full_time_teachers", "junior", 2023, "909"), ("full_time_teachers", "vocational", 2023, "51")} <= facts
    assert ("3222人", "no_indicator") in unattached  # the several stages' own figure: no stage of the dictionary


@pytest.mark.parametrize("body", [
    "全县有专任教师3273人,其中公办学校3222人(其中幼儿园458人,小学1414人)。",  # a kind of school: 公办's parts
    "全县有专任教师3273人,其中基础教育3222人(其中城区458人,乡村1414人)。",  # no stage inside
    "全县有专任教师3273人,基础教育完成投资3222万元(其中幼儿园458万元,小学1414万元)。",  # another quantity's
])
def test_a_parenthesis_after_another_part_or_another_quantity_gives_no_stage(body):
    facts, _ = _read(body)
    assert facts == {("full_time_teachers", None, 2023, "3273")}


def test_a_parenthesis_the_sentences_end_closes_holds_the_parts():
    facts, _ = _read("全县有各级各类学校学生43905人,其中中等职业学校1239人,基础教育42666人(其中幼儿园8551人,"
                     "小学18727人。")
    assert {("students", None, 2023, "43905"), ("students", "vocational", 2023, "1239"),
            ("students", "kindergarten", 2023, "8551"), ("students", "primary", 2023, "18727")} <= facts


def test_an_aside_in_angle_brackets_is_a_parenthesis_and_a_title_in_them_is_not():
    facts, unattached = _read("全县现有学校共112所(其中幼儿园69所,小学27所<小学教学点18所不计校数未纳入学校数统计>,普通初中10所)。")
    assert {("schools", "primary", 2023, "27"), ("schools", "junior", 2023, "10")} <= facts
    assert not any(f[3] == "18" for f in facts) and any(u[0] == "18所" for u in unattached)
    facts, _ = _read("全县按照<学校建设标准>新建小学2所。")
    assert not any(f[3] == "2" for f in facts)


def test_every_kinds_pupils_are_the_total_never_the_stage_before():
    facts, unattached = _read("初中招生5035人,在校生14124人。各类学校在校学生69433人。")
    assert {("students", "junior", 2023, "14124"), ("students", None, 2023, "69433")} <= facts
    assert not any("stated_twice" in u[1] for u in unattached)


def test_special_schools_written_te_shu_xue_xiao():
    facts, _ = _read("全县共有特殊学校1所,在校学生166人。")
    assert ("schools", "special", 2023, "1") in facts


def test_a_name_after_the_whole_named_again_once_stages_broke_another_total_down():
    facts, _ = _read("全县共有学校339所,在校生80847人,其中小学33304人;初中36208人;高中9905人;全县教职工总数6286人,"
                     "其中专任教师4603人。")
    assert ("full_time_teachers", None, 2023, "4603") in facts


@pytest.mark.parametrize("body", [
    "全县在校生5万人,其中小学3万人;初中1万人;专任教师3000人。",  # no whole named again: whose teachers?
    "全县小学在校生3万人;全县专任教师3000人。",  # a stage's topic, the whole named again: the county's, or primary's?
])
def test_a_name_after_a_stages_clause_stays_unclear(body):
    facts, unattached = _read(body)
    assert not any(f[0] == "full_time_teachers" for f in facts) and ("3000人", "stage_unclear") in unattached


# --- batch 9B's tune documents after their first contact (NEW-BATCH-9-FIRST.md) -----------------------------------

def test_a_stage_counts_its_classes_then_its_pupils():
    facts, unattached = _read("全县各级各类在校生59804人,其中高中94个班5241人,初中297个班14477人。")
    assert facts == {("students", None, 2023, "59804"), ("classes", "senior", 2023, "94"),
                     ("students", "senior", 2023, "5241"), ("classes", "junior", 2023, "297"),
                     ("students", "junior", 2023, "14477")} and unattached == []


@pytest.mark.parametrize("body", [
    "全县各级各类在校生59804人,其中高中94个班超过56人。",  # a figure that is no count of the pupils: a size
    "全县在校生59804人,高中新开设12个班600人。",  # new classes: no stage's count
])
def test_classes_then_a_figure_that_is_no_stages_pupils(body):
    facts, _ = _read(body)
    assert not any(f[0] == "students" and f[1] for f in facts)


def test_figures_set_with_a_space_on_both_sides_are_whole():
    facts, _ = _read("全县有小学 12 所,在校生 15 230 人,专任教师 1 020 人。")
    assert facts == {("schools", "primary", 2023, "12"), ("students", "primary", 2023, "15230"),
                     ("full_time_teachers", "primary", 2023, "1020")}


def test_a_table_row_of_spaced_cells_is_not_one_figure():
    facts, _ = _read("小学 148 145 所")
    assert not any(f[3] == "148145" for f in facts)


# --- batch 9A's tune documents after their first contact: a communiqué's table one cell a line ------------------------

COMMUNIQUE_TABLE = """七、教育
2023年教育事业基本情况
单位
2022年
2023年
学校所数
所
958
946
#普通高校
所
42
43
中等职业学校
所
51
41
技工学校
所
27
25
普通中学
所
209
214
小学
所
588
582
在校生
万人
153.75
153.71
"""


def test_a_table_one_cell_a_line_under_a_unit_column_and_years():
    facts, unattached = _read(COMMUNIQUE_TABLE)
    assert {("schools", None, 2022, "958"), ("schools", None, 2023, "946"), ("schools", "vocational", 2022, "51"),
            ("schools", "vocational", 2023, "41"), ("schools", "primary", 2022, "588"),
            ("schools", "primary", 2023, "582"), ("students", None, 2022, "153.75"),
            ("students", None, 2023, "153.71")} <= facts
    # 普通高校 (no stage), 技工学校 (no stage of the dictionary), 普通中学 (junior and senior): listed, never a stage's
    assert not any(f[3] in {"42", "43", "27", "25", "209", "214"} for f in facts)
    assert {u[0] for u in unattached} >= {"42", "43", "27", "25", "209", "214"}


def test_a_stage_row_counted_in_pupils_is_no_count_of_schools():
    facts, _ = _read(COMMUNIQUE_TABLE.replace("小学\n所\n588\n582", "小学\n人\n588\n582"))
    assert not any(f[3] in {"588", "582"} and f[0] == "schools" for f in facts)


def test_a_decimal_count_outside_wan_is_still_no_count():
    facts, _ = _read(COMMUNIQUE_TABLE.replace("在校生\n万人\n153.75\n153.71", "在校生\n人\n153.75\n153.71"))
    assert not any(f[3] in {"153.75", "153.71"} for f in facts)


# --- batch 10's tune documents and h-review36b's own-made documents after their first contact -----------------------

def test_the_entitys_name_without_its_division_word_opens_a_count():
    facts, _ = _read("2022年,桐溪拥有小学107所,初级中学29所。")
    assert facts == {("schools", "primary", 2022, "107"), ("schools", "junior", 2022, "29")}


@pytest.mark.parametrize("body", [
    "2022年,桐溪州拥有小学107所。",  # the prefecture the short name starts
    "2022年,桐溪土家族苗族自治州拥有小学107所。",
    "2022年,桐溪大学城拥有小学107所。",  # a place inside it, not the whole
])
def test_a_name_the_short_name_only_starts_is_not_the_entitys(body):
    facts, _ = _read(body)
    assert facts == set()


def test_a_stages_item_giving_the_year_before_first():
    facts, _ = _read("二、生均一般公共预算教育经费增长情况\n1.幼儿园:上年8632.15元,本年9126.48元,增长5.73%。\n"
                     "2.普通小学:上年10245.32元,本年10862.17元,增长6.02%。\n")
    assert {("per_student_general_budget_expenditure", "kindergarten", 2022, "8632.15"),
            ("per_student_general_budget_expenditure", "kindergarten", 2023, "9126.48"),
            ("per_student_general_budget_expenditure", "primary", 2022, "10245.32"),
            ("per_student_general_budget_expenditure", "primary", 2023, "10862.17")} == facts


def test_yi_ci_is_respectively():
    facts, _ = _read("2021年、2022年、2023年全县学前三年毛入园率依次为88.2%、90.1%、92.5%。")
    assert facts == {("preschool_gross_enrollment_rate", None, 2021, "88.2"),
                     ("preschool_gross_enrollment_rate", None, 2022, "90.1"),
                     ("preschool_gross_enrollment_rate", None, 2023, "92.5")}


_DATED = "!桐溪县人民政府关于全县教育工作情况的报告\n{date}\n今年全县学前三年毛入园率达到92.8%。到2025年,全县学前三年毛入园率达到95%。\n"


@pytest.mark.parametrize("date", ["2023年10月26日", "——2023年10月26日在桐溪县第十七届人民代表大会常务委员会第十四次会议上"])
def test_a_report_dated_in_the_evaluated_year_says_jin_nian_of_it(date):
    facts, unattached = _read(_DATED.format(date=date))
    assert facts == {("preschool_gross_enrollment_rate", None, 2023, "92.8")} and ("95%", "later_year") in unattached


@pytest.mark.parametrize("date", ["2024年1月26日", "", "发布日期:2024-01-26\n2023年10月26日"])
def test_a_report_written_later_or_undated_leaves_jin_nian_unclear(date):
    facts, unattached = _read(_DATED.format(date=date))
    assert facts == set() and ("92.8%", "year_unclear") in unattached


def test_a_qi_zhong_clause_naming_a_stage_within_a_mix_gives_its_stage_to_what_follows():
    facts, _ = _read("全年普通中学招生1.18万人,在校生3.46万人,毕业生1.09万人,其中高中招生0.42万人,在校生1.21万人,"
                     "毕业生0.36万人。")
    assert facts == {("students", "senior", 2023, "1.21")}


@pytest.mark.parametrize("body", [
    "全县普通中学在校生3.46万人,其中高中1.21万人,专任教师2000人。",  # a part listed: the teachers are whose?
    "全县中学在校生3.46万人,其中民办高中在校生0.21万人。",  # a part of the stage
])
def test_a_part_listed_within_a_mix_gives_no_stage_to_what_follows(body):
    facts, _ = _read(body)
    assert not any(f[0] == "full_time_teachers" or f[3] == "0.21" for f in facts)


def test_the_older_names_of_a_budget_and_of_the_preschool_rate():
    facts, _ = _read("全县地方财政一般预算支出12.86亿元。学前三年幼儿入园率48.6%。")
    assert facts == {("general_budget_expenditure", None, 2023, "12.86"),
                     ("preschool_gross_enrollment_rate", None, 2023, "48.6")}


def test_a_school_named_first_keeps_its_stage_less_figures_and_the_whole_named_again_is_the_entitys():
    facts, unattached = _read("桐溪一中有教学班60个,在校生3000人。")
    assert facts == set() and ("3000人", "named_school") in unattached
    facts, _ = _read("桐溪一中有教学班60个,全县在校生3万人。")
    assert facts == {("students", None, 2023, "3")}


def test_a_whole_read_under_a_wider_word_than_its_qi_zhong_part_is_several_stages():
    facts, unattached = _read("全县高中学校6所,在校生15000人,其中普通高中5所,在校生12000人。")
    assert facts == {("students", "senior", 2023, "12000")}
    assert ("6所", "mixed_stage") in unattached and ("15000人", "mixed_stage") in unattached
    facts, _ = _read("全县普通高中6所,在校生15000人,其中民办普通高中1所。")  # the same word: the part is a kind within
    assert facts == {("schools", "senior", 2023, "6"), ("students", "senior", 2023, "15000")}


def test_a_short_title_line_naming_the_school_year_before_opens_that_years_section():
    facts, unattached = _read("本学年全县在园幼儿9862人。\n上一学年情况\n全县小学在校生31000人。\n本学年情况\n全县小学在校生32000人。\n")
    assert facts == {("students", "kindergarten", 2023, "9862"), ("students", "primary", 2023, "32000")}
    assert ("31000人", "year_unclear") in unattached


def test_a_unit_column_table_whose_last_row_is_cut_short_reads_the_rows_before():
    facts, unattached = _read(COMMUNIQUE_TABLE.rstrip("\n").rsplit("\n", 1)[0] + "\n")  # 在校生 / 万人 / 153.75: one cell short
    assert ("schools", "primary", 2023, "582") in facts
    assert not any(f[3] == "153.75" for f in facts)
