"""`checker extract` on tables a web page flattened into text (issue 24): cells apart by runs of spaces,
headers broken over lines, a row broken over two lines, several label columns, a 序号 column, and a
coefficient of variation named by its row (差异系数) and its column (what varies). Every table here is
written for the test (none is copied from a document of tests/data/reports/); each test of a reading
failed before that reading was written (the guard, prose with spaced figures being no table, held already)."""

from checker.intake.extract import extract_text
from checker.intake.extract.texttables import text_grids


def _read(text: str, period: int = 2022, entity: str = "410000"):
    draft = extract_text(text, "report.txt", entity, period)
    facts = {(p.indicator, p.stage, p.period, p.value, p.unit) for p in draft.facts}
    unattached = {(u.figure, u.reason) for u in draft.unattached}
    for p in draft.facts:  # every quote is the document's own text
        assert draft.quote(p) in text
    return facts, unattached, draft


SPACED = """某县2022年教育基本情况
概况

2022年
学校数 在校生数 专任教师数 校舍面积
(平方米)
总 计 88 30120 2410 520000.5
幼儿园 40 8100 620 90000
小学 35 14020 1190 250000.25
初中 13 8000 600 180000.25
"""


def test_a_table_flattened_with_spaces_is_read_by_its_headers():
    facts, unattached, draft = _read(SPACED)
    assert {("schools", None, 2022, "88", "所"), ("students", None, 2022, "30120", "人"),
            ("schools", "kindergarten", 2022, "40", "所"), ("students", "primary", 2022, "14020", "人"),
            ("full_time_teachers", "junior", 2022, "600", "人")} <= facts
    by_value = {p.value: p.locator for p in draft.facts}
    assert by_value["14020"] == "表1 第4行第3列"  # the cell's place: row 4 (header first), column 3
    assert ("520000.5", "no_indicator") in unattached  # the floor area: no indicator, never dropped


def test_a_header_broken_over_lines_with_its_unit_is_one_column():
    grid = text_grids(SPACED)[0]
    header = [SPACED[a:b] for a, b in grid.cells[0]]
    assert header[1:] == ["学校数", "在校生数", "专任教师数", "校舍面积\n(平方米)"]


def test_a_row_broken_over_two_lines_with_cells_dropped_fills_first_and_last_columns():
    text = """2022年
班级数 其中:大班额 在校生数 专任教师数
合 计 900
31000 2500
小学 500 3 18000 1500
初中 400 2 13000 1000
"""
    facts, _, _ = _read(text)
    assert {("classes", None, 2022, "900", "个"), ("students", None, 2022, "31000", "人"),
            ("full_time_teachers", None, 2022, "2500", "人"), ("students", "junior", 2022, "13000", "人")} <= facts
    assert not any(f[3] == "31000" and f[0] != "students" for f in facts)


def test_no_unit_written_anywhere_leaves_a_count_that_is_not_a_number_of_something_unattached():
    text = """2022年
教育经费 公用经费 在校生数
全 县 52000 8100 30120
小学 21000 3000 14020
初中 16000 2600 8000
"""
    facts, unattached, _ = _read(text)
    assert ("students", "primary", 2022, "14020", "人") in facts
    assert not any(f[3] in ("52000", "21000") for f in facts)  # money without a unit is never guessed


def test_a_cv_named_by_its_row_and_its_column_is_the_dictionarys_cv():
    text = """2022年义务教育学校校际差异系数情况(小学)
项目 生均教学仪器设备值(元) 生均图书册数 每百名学生拥有计算机台数 综合
平均值 2100.5 30.2 12.5 —
标准差 600.1 9.1 3.3 —
差异系数 0.286 0.301 0.264 0.402
"""
    facts, unattached, _ = _read(text)
    assert {("cv_equipment_per_student_stated", "primary", 2022, "0.286", ""),
            ("cv_books_per_student_stated", "primary", 2022, "0.301", ""),
            ("cv_computers_per100_stated", "primary", 2022, "0.264", "")} <= facts
    assert not any(f[0].startswith("cv_composite") for f in facts)  # 综合 of three columns: not the composite
    assert ("0.402", "no_indicator") in unattached
    assert not any(f[3] in ("2100.5", "600.1") for f in facts)  # a mean and a standard deviation: no CV


def test_label_columns_continue_the_row_above_and_a_serial_column_numbers_the_rows():
    text = """表3 两个学段差异系数
序号 学段 类型 生均图书册数 师生比 生均体育运动场馆面积(平方米)
1 小学 平均值 30.2 0.05 6.1 差异系数 0.301 0.322 0.35 初中 平均值 40.1 0.07 8.2 差异系数 0.251 0.288 0.31
"""
    facts, _, draft = _read(text)
    assert {("cv_books_per_student_stated", "primary", 2022, "0.301", ""),
            ("cv_teachers_per100_stated", "primary", 2022, "0.322", ""),
            ("cv_books_per_student_stated", "junior", 2022, "0.251", ""),
            ("cv_teachers_per100_stated", "junior", 2022, "0.288", "")} <= facts
    assert {p.locator for p in draft.facts if p.value == "0.301"} == {"表3 第3行第4列"}


def test_a_pipe_table_numbering_its_rows_with_codes_under_its_header():
    text = """监测结果(初中部分) |
序号 |
项目 |
生均体育运动场馆面积 |
生均教学及辅助用房面积 |
综 合 |
A1 |
A2 |
A3 |
||
1 |
平均值 |
9.1 |
5.2 |
|
2 |
差异系数 |
0.41 |
0.33 |
0.37 |
"""
    facts, unattached, _ = _read(text)
    assert {("cv_sports_area_per_student_stated", "junior", 2022, "0.41", ""),
            ("cv_aux_area_per_student_stated", "junior", 2022, "0.33", "")} <= facts
    assert ("0.37", "no_indicator") in unattached


def test_two_places_giving_one_stage_a_cv_attach_neither():
    text = """序号 区 学段 类型 生均图书册数 师生比 生均教学仪器设备值
1 甲区 小学 差异系数 0.301 0.322 0.281 2 乙区 小学 差异系数 0.401 0.422 0.381
"""
    facts, unattached, _ = _read(text)
    assert not any(f[0].startswith("cv_") for f in facts)
    # two places and the entity's name not given: no row is certainly the entity's (h-extract4; before: the two
    # rows refused each other as stage_unclear)
    assert ("0.301", "entity_unclear") in unattached and ("0.401", "entity_unclear") in unattached


def test_prose_with_figures_apart_by_spaces_is_no_table():
    text = "全县共有学校 88 所,在校生 30120 人,专任教师 2410 人。\n小学 35 所 14020 人\n"
    assert text_grids(text) == ()


def test_a_table_whose_rows_open_and_close_with_bars_is_read_as_a_grid():
    text = ("| 指标 | 2021年 | 2022年 |\n| --- | --- | --- |\n| 学前三年毛入园率(%) | 90.1 | 92.5 |\n"
            "| 九年义务教育巩固率(%) | 98.2 | 98.6 |\n")
    facts, _, draft = _read(text)
    assert {("preschool_gross_enrollment_rate", None, 2021, "90.1", "%"), ("preschool_gross_enrollment_rate", None, 2022,
                                                                           "92.5", "%"),
            ("compulsory_retention_rate", None, 2022, "98.6", "%")} <= facts
    assert {p.locator for p in draft.facts if p.value == "92.5"} == {"表1 第2行第3列"}


def test_a_part_column_of_a_part_column_of_a_count_takes_the_counts_unit():
    text = """2022年
教育班数 其中:标准班 其中:超大班 在校生数
小学 592 492 0 20247
初中 268 177 0 13057
"""
    facts, _, _ = _read(text)
    assert {("classes", "primary", 2022, "592", "个"), ("super_large_classes", "primary", 2022, "0", "个"),
            ("super_large_classes", "junior", 2022, "0", "个")} <= facts


def test_a_spaced_table_of_two_figure_columns_is_a_grid():
    text = "指标 小学 初中\n生均公用经费(元) 850 1050\n专任教师(人) 1520 1123\n"
    facts, _, _ = _read(text)
    assert {("per_student_public_funding", "primary", 2022, "850", "元"),
            ("full_time_teachers", "junior", 2022, "1123", "人")} <= facts


def test_a_yearbook_table_of_counties_gives_the_county_its_row_and_the_titles_year():
    text = ("10-12 各县区教育事业基本情况(2009年)\n单位:所、人\n地区 学校数 在校学生数 专任教师数\n"
            "全市 456 234567 15678\n吴兴区 56 34567 2345\n长兴县 89 45678 3123\n")
    draft = extract_text(text, "report.txt", "330522", 2009, name="长兴县")
    assert {(p.indicator, p.period, p.value) for p in draft.facts} == {
        ("schools", 2009, "89"), ("students", 2009, "45678"), ("full_time_teachers", 2009, "3123")}
    later = extract_text(text, "report.txt", "330522", 2010, name="长兴县")  # the title's year, not the evaluated one
    assert {p.period for p in later.facts} == {2009}


def test_a_yearbook_table_with_a_column_per_place_gives_the_county_its_column():
    text = ("10-12 各县区教育事业基本情况(2009年)\n指标 全市 吴兴区 德清县 长兴县\n学校数(所) 456 56 67 89\n"
            "在校学生数(人) 234567 34567 38765 45678\n")
    draft = extract_text(text, "report.txt", "330522", 2009, name="长兴县")
    assert {(p.indicator, p.value) for p in draft.facts} == {("schools", "89"), ("students", "45678")}
    assert ("56", "other_entity") in {(u.figure, u.reason) for u in draft.unattached}


def test_a_kindergarten_table_by_county_with_part_rows_under_a_count():
    text = ("10-12  分县幼儿教育基本情况\n"
            "  单位 全  市 甲县 乙县 丙县\n"
            "  园  数 120 42 30 48\n"
            "  班级数 1500 500 400 600\n"
            "  教职工数 3000 1000 900 1100\n"
            "    #园长 120 42 30 48\n"
            "      专任教师 2000 700 600 700\n")
    draft = extract_text(text, "report.txt", "330522", 2009, name="丙县")
    assert {(p.indicator, p.stage, p.value, p.unit) for p in draft.facts} == {
        ("schools", "kindergarten", "48", "所"), ("classes", "kindergarten", "600", "个"),
        ("principals", "kindergarten", "48", "人"), ("full_time_teachers", "kindergarten", "700", "人")}


def test_a_bilingual_yearbook_table_of_two_years_with_kinds_of_school_under_each_count():
    text = ("18-1 主要年份教育事业基本情况\nBasic Statistics on Education in Main Years\n"
            "项   目   Item   2020 2021\n"
            "学校数           (所)   Number of Schools                     (unit)   300 310\n"
            " 普通高等学校             Regular Institutions of Higher Education           5 5\n"
            " 普通中学               Regular Secondary Schools                   60 62\n"
            "  高 中                Senior Secondary Schools                   20 21\n"
            "  初 中                Junior Secondary Schools                   40 41\n"
            " 小 学                Primary Schools                            150 148\n"
            "专任教师          (人)   Number of Full-time Teachers          (person)   20000 20500\n"
            " 小 学                Primary Schools                            9000 9100\n")
    facts, unattached, _ = _read(text, period=2021)
    assert {("schools", None, 2020, "300", "所"), ("schools", None, 2021, "310", "所"),
            ("schools", "senior", 2021, "21", "所"), ("schools", "junior", 2020, "40", "所"),
            ("schools", "primary", 2021, "148", "所"), ("full_time_teachers", None, 2021, "20500", "人"),
            ("full_time_teachers", "primary", 2020, "9000", "人")} <= facts
    assert ("62", "mixed_stage") in unattached and not any(f[3] == "5" for f in facts)  # 普通中学; 高等学校


def test_a_caption_naming_a_mix_of_stages_leaves_the_entitys_row_mixed():
    text = ("22-17 各县(市、区)普通中学基本情况(2014年)\n单位:所、人\n地区 学校数 在校学生数 专任教师数\n"
            "全市 256 276543 23456\n甲区 12 15432 1234\n乙区 10 12345 1023\n")
    draft = extract_text(text, "report.txt", "350103", 2014, name="乙区")
    assert draft.facts == () and ("12345", "mixed_stage") in {(u.figure, u.reason) for u in draft.unattached}


# --- a `|` table flattened one cell a line whose rows are not all as wide as its header (issue 24) ---

ONE_A_LINE = """2023年某市基础教育情况表
学段 |
学校数 |
在校学生数 |
教职工数 |
专任教师数 |
生师比 |
小学 |
120 |
90000 |
6100 |
5000 |
18.00 |
初中 |
60 |
45000 |
7300 |
3000 |
15.00 |
{short}
合计 |
190 |
147000 |
14800 |
9400 |
15.64 |
"""
RATIO_ROW = "普通高中 |\n10 |\n12000 |\n1400 |\n8.57 |"  # 12000 / 1400 = 8.57: 教职工数 is 初中's, merged down


def test_a_table_one_cell_a_line_with_a_short_row_places_its_gap_by_the_row_ratio():
    text = ONE_A_LINE.replace("生师比", "学生与专任教师比").format(short=RATIO_ROW)
    facts, unattached, draft = _read(text, 2023)
    assert {("schools", "primary", 2023, "120", "所"), ("full_time_teachers", "junior", 2023, "3000", "人"),
            ("schools", "senior", 2023, "10", "所"), ("students", "senior", 2023, "12000", "人"),
            ("full_time_teachers", "senior", 2023, "1400", "人"), ("students", None, 2023, "147000", "人")} <= facts
    assert not any(f[3] in ("7300", "8.57") for f in facts)  # the merged 教职工数 is joint; a ratio is no count
    by_value = {p.value: p.locator for p in draft.facts}
    assert by_value["1400"] == "表1 第4行第5列"  # its place in the rebuilt grid: the row, the column it heads
    grid = text_grids(text)[0]
    assert [text[a:b] for a, b in grid.cells[3]] == ["普通高中", "10", "12000", "", "1400", "8.57"]


def test_a_short_row_whose_gap_is_not_certain_is_refused_not_guessed():
    text = ONE_A_LINE.format(short=RATIO_ROW)  # 生师比 names no two columns: the gap could be anywhere
    facts, unattached, _ = _read(text, 2023)
    assert ("schools", "primary", 2023, "120", "所") in facts  # the full rows are read
    assert not any(f[1] == "senior" for f in facts)
    assert {("10", "no_indicator"), ("12000", "no_indicator"), ("1400", "no_indicator")} <= unattached
    # a ratio that fits two places is as uncertain as none
    row = "普通高中 |\n10 |\n10 |\n10 |\n1.00 |"
    facts, unattached, _ = _read(ONE_A_LINE.replace("生师比", "学生与专任教师比").format(short=row), 2023)
    assert not any(f[1] == "senior" for f in facts) and ("10", "no_indicator") in unattached


def test_cells_that_are_not_a_label_and_its_figures_are_no_grid():
    two_labels = ONE_A_LINE.format(short="普通高中 |\n其中 |\n10 |\n12000 |")
    assert text_grids(two_labels) == ()
    too_wide = ONE_A_LINE.format(short="普通高中 |\n10 |\n12000 |\n1400 |\n1300 |\n1200 |\n9.23 |")
    assert text_grids(too_wide) == ()


def test_prose_with_short_lines_and_bars_is_not_a_table():
    text = """通知 |
各学校: |
现将有关事项通知如下 |
报名时间 |
3 |
月 |
10 |
日 |
地点 |
一楼 |
"""
    assert text_grids(text) == ()
    assert text_grids(text.replace("一楼 |\n", "")) == ()  # cells two by two: a column of words and figures mixed
    facts, _, _ = _read(text)
    assert not facts


def test_a_table_one_cell_a_line_without_bars_takes_no_row_label_for_a_header():
    text = ONE_A_LINE.replace("生师比", "学生与专任教师比").format(short=RATIO_ROW).replace(" |", "")
    facts, unattached, _ = _read(text, 2023)
    assert {("schools", "primary", 2023, "120", "所"), ("students", "junior", 2023, "45000", "人"),
            ("full_time_teachers", "junior", 2023, "3000", "人")} <= facts
    assert not any(f[3] in ("60", "7300") and f[0] != "schools" for f in facts)  # no column shifted by one
    assert not any(f[1] == "senior" for f in facts)  # the short row, unbarred: not placed
    assert ("12000", "no_indicator") in unattached


YEARBOOK = """5-3 教育基本情况(2020-2021)
Basic Statistics on Education
单位:人、所 (person, unit)
     Item 2020 2021
学校数 Number of Schools
小 学 Primary Schools 500 480
初 中 Junior Secondary Schools 200 198
专任教师 Full-time Teachers
小 学 Primary Schools 20000 20500
初 中 Junior Secondary Schools 12000 12300
"""


def test_a_bilingual_yearbook_table_reads_its_section_rows_and_year_columns():
    facts, _, draft = _read(YEARBOOK, 2021)
    assert {("schools", "primary", 2020, "500", "所"), ("schools", "primary", 2021, "480", "所"),
            ("schools", "junior", 2021, "198", "所"), ("full_time_teachers", "primary", 2020, "20000", "人"),
            ("full_time_teachers", "junior", 2021, "12300", "人")} <= facts
    assert not any(f[3] == "20000" and f[0] == "schools" for f in facts)
    grid = text_grids(YEARBOOK)[0]
    assert [YEARBOOK[a:b] for a, b in grid.cells[0]] == ["", "2020", "2021"]
    assert [YEARBOOK[a:b] for a, b in grid.cells[1]][0] == "学校数"  # a section row of its own
    by_value = {p.value: p.locator for p in draft.facts}
    assert by_value["12300"] == "表1 第7行第3列"


def test_a_yearbook_table_with_a_count_heading_each_block_of_repeated_stage_columns():
    """Two header lines: the quantities (专任教师数, 在校生数) each over a block of the same stage columns
    (初中 小学, twice): a column's header is its block's quantity and its own stage."""
    text = ("8-5 各县中小学专任教师及在校学生数(2012年)\n单位:人\n县别 专任教师数 在校生数\n"
            "初中 小学 初中 小学\n全市 5230 8761 70120 150301\n  城关区 812 1302 10233 22780\n"
            "  安平县 640 1105 8890 19876\n")
    draft = extract_text(text, "report.txt", "131125", 2012, name="安平县")
    assert {(p.indicator, p.stage, p.period, p.value) for p in draft.facts} == {
        ("full_time_teachers", "junior", 2012, "640"), ("full_time_teachers", "primary", 2012, "1105"),
        ("students", "junior", 2012, "8890"), ("students", "primary", 2012, "19876")}
    assert ("812", "other_entity") in {(u.figure, u.reason) for u in draft.unattached}
    grid = text_grids(text)[0]
    assert text[slice(*grid.caption)].startswith("8-5 各县中小学")  # the quantities' line is a header, not the title


def test_a_second_header_line_that_does_not_repeat_is_no_block_header():
    """Quantities over stage columns that do not repeat block by block: which quantity heads which column is
    not written, so no column takes one from that line."""
    text = ("8-5 各县中小学情况(2012年)\n单位:人\n县别 专任教师数 在校生数\n"
            "初中 小学 高中 幼儿园\n全市 5230 8761 70120 150301\n  安平县 640 1105 8890 19876\n")
    draft = extract_text(text, "report.txt", "131125", 2012, name="安平县")
    assert not any(p.indicator == "students" for p in draft.facts)


def test_a_title_just_above_repeated_stage_columns_stays_the_caption():
    text = ("表3 各县情况\n初中 小学 初中 小学\n全市 5230 8761 70120 150301\n  城关区 812 1302 10233 22780\n"
            "  安平县 640 1105 8890 19876\n")
    grid = text_grids(text)[0]
    assert text[slice(*grid.caption)] == "表3 各县情况"


def test_block_quantities_over_a_heads_line_that_names_the_label_column():
    text = ("8-5 各县中小学专任教师及在校学生数(2012年)\n单位:人\n专任教师数 在校生数\n"
            "县别 初中 小学 初中 小学\n全市 5230 8761 70120 150301\n  城关区 812 1302 10233 22780\n"
            "  安平县 640 1105 8890 19876\n")
    draft = extract_text(text, "report.txt", "131125", 2012, name="安平县")
    assert {(p.indicator, p.stage, p.value) for p in draft.facts} == {
        ("full_time_teachers", "junior", "640"), ("full_time_teachers", "primary", "1105"),
        ("students", "junior", "8890"), ("students", "primary", "19876")}


# --- h-extract12: layouts (tests/data/layouts.yaml); every table made up, each test failed before its rule ----------

def _own(text: str, period: int = 2022):
    draft = extract_text(text, "report.txt", "510999", period, name="桐原县")
    for p in draft.facts:
        assert draft.quote(p) in text
    return ({(p.indicator, p.stage, p.period, p.value) for p in draft.facts},
            {(u.figure, u.reason) for u in draft.unattached})


def test_a_bar_table_whose_rows_neither_open_nor_close_with_a_bar():
    facts, _ = _own("表1 桐原县2022年各级各类学校基本情况\n学段 | 学校数(所) | 在校生数(人)\n幼儿园 | 31 | 6800\n"
                    "小学 | 24 | 15230\n初中 | 9 | 7810\n")
    assert facts == {("schools", "kindergarten", 2022, "31"), ("students", "kindergarten", 2022, "6800"),
                     ("schools", "primary", 2022, "24"), ("students", "primary", 2022, "15230"),
                     ("schools", "junior", 2022, "9"), ("students", "junior", 2022, "7810")}


def test_a_bar_table_ended_by_text_keeps_its_last_cell_and_says_what_it_cannot_read():
    text = ("学段 | 生均一般公共预算教育经费 | 生均一般公共预算公用经费\n小学 | 12030.11 | 1830.42\n初中 | 15620.87 | 2410.66\n"
            "以上为本县生均经费情况。\n")
    facts, unattached = _own(text)
    assert not facts  # no unit written anywhere: never guessed
    assert {("2410.66", "unit"), ("12030.11", "unit")} <= unattached  # nothing silent, the last cell included


def test_figures_with_thousands_separators_or_their_unit_in_the_cell_are_cells_of_a_table():
    facts, _ = _own("桐原县2022年中小学基本情况\n单位:所、人\n学段 学校数 在校生数\n小学 24 15,230\n初中 9 7,810\n")
    assert facts == {("schools", "primary", 2022, "24"), ("students", "primary", 2022, "15230"),
                     ("schools", "junior", 2022, "9"), ("students", "junior", 2022, "7810")}
    facts, _ = _own("桐原县2022年义务教育学校情况\n学段 学校数 在校生数\n小学 24所 15230人\n初中 9所 7810人\n")
    assert ("students", "primary", 2022, "15230") in facts and ("schools", "junior", 2022, "9") in facts


def test_money_with_thousands_separators_and_no_unit_is_still_never_given_one():
    facts, unattached = _own("桐原县2022年教育经费\n项目 | 本年 | 上年\n教育经费总投入 | 85,210 | 80,130\n"
                             "一般公共预算教育经费 | 70,560 | 66,890\n")
    assert not facts and ("85,210", "unit") in unattached


def test_a_spaced_table_numbering_its_rows_at_the_start_of_each_line():
    facts, _ = _own("桐原县2022年各学段基本情况\n单位:所、人\n序号 学段 学校数 在校生数\n1 幼儿园 31 6800\n2 小学 24 15230\n"
                    "3 初中 9 7810\n")
    assert facts == {("schools", "kindergarten", 2022, "31"), ("students", "kindergarten", 2022, "6800"),
                     ("schools", "primary", 2022, "24"), ("students", "primary", 2022, "15230"),
                     ("schools", "junior", 2022, "9"), ("students", "junior", 2022, "7810")}


def test_a_caption_closing_on_a_bracketed_unit_gives_the_table_its_unit():
    facts, _ = _own("生均一般公共预算教育经费(元)\n学段 2022年 2021年 增长(%)\n幼儿园 10230.50 9870.20 3.65\n"
                    "小学 12030.11 11520.40 4.42\n")
    assert facts == {("per_student_general_budget_expenditure", "kindergarten", 2022, "10230.50"),
                     ("per_student_general_budget_expenditure", "kindergarten", 2021, "9870.20"),
                     ("per_student_general_budget_expenditure", "primary", 2022, "12030.11"),
                     ("per_student_general_budget_expenditure", "primary", 2021, "11520.40")}


def test_a_caption_closing_on_a_unit_another_family_cannot_take_gives_none():
    facts, unattached = _own("桐原县各学段生均经费情况(人)\n学段 生均一般公共预算教育经费 生均一般公共预算公用经费\n"
                             "小学 12030.11 1830.42\n初中 15620.87 2410.66\n")
    assert not facts and ("12030.11", "unit") in unattached


def test_a_label_column_after_the_figures_leaves_the_year_columns_where_they_are():
    # before: 属性 was taken for the last year column, so the 2021 figure was read as 2022's (a wrong year)
    facts, _ = _own("桐原县教育发展主要指标\n指标 2021年 2022年 属性\n学前三年毛入园率(%) 88.5 91.2 预期性\n"
                    "九年义务教育巩固率(%) 97.2 98.6 约束性\n高中阶段毛入学率(%) 90.1 93.1 预期性\n")
    assert facts == {("preschool_gross_enrollment_rate", None, 2021, "88.5"),
                     ("preschool_gross_enrollment_rate", None, 2022, "91.2"),
                     ("compulsory_retention_rate", None, 2021, "97.2"), ("compulsory_retention_rate", None, 2022, "98.6"),
                     ("senior_secondary_gross_enrollment_rate", None, 2021, "90.1"),
                     ("senior_secondary_gross_enrollment_rate", None, 2022, "93.1")}


def test_rows_ending_in_labels_the_header_does_not_head_are_no_table():
    facts, _ = _own("桐原县教育发展主要指标\n指标 2021年 2022年\n学前三年毛入园率(%) 88.5 91.2 预期性\n"
                    "九年义务教育巩固率(%) 97.2 98.6 约束性\n高中阶段毛入学率(%) 90.1 93.1 预期性\n")
    assert not any(f[2] == 2022 and f[3] in ("88.5", "97.2", "90.1") for f in facts)  # never the 2021 figure as 2022's


def test_a_row_label_broken_over_two_lines_is_one_label():
    facts, _ = _own("桐原县2022年生均经费\n单位:元\n项目 小学 初中\n生均一般公共预算\n教育经费 12030.11 15620.87\n"
                    "生均一般公共预算\n公用经费 1830.42 2410.66\n")
    assert facts == {("per_student_general_budget_expenditure", "primary", 2022, "12030.11"),
                     ("per_student_general_budget_expenditure", "junior", 2022, "15620.87"),
                     ("per_student_public_funding", "primary", 2022, "1830.42"),
                     ("per_student_public_funding", "junior", 2022, "2410.66")}


def test_a_stage_row_over_a_quantity_row_stays_a_heading_not_half_a_label():
    facts, _ = _own("桐原县2022年基本情况\n单位:所、人\n项目 本年 上年\n小学\n在校生数 15230 15010\n初中\n在校生数 7810 7650\n")
    assert ("students", "primary", 2022, "15230") in facts and ("students", "junior", 2021, "7650") in facts


def test_a_title_under_a_table_is_its_caption():
    facts, _ = _own("学段 | 生均一般公共预算教育经费 | 生均一般公共预算公用经费\n小学 | 12030.11 | 1830.42\n"
                    "初中 | 15620.87 | 2410.66\n表2 2022年桐原县生均经费(单位:元)\n")
    assert facts == {("per_student_general_budget_expenditure", "primary", 2022, "12030.11"),
                     ("per_student_general_budget_expenditure", "junior", 2022, "15620.87"),
                     ("per_student_public_funding", "primary", 2022, "1830.42"),
                     ("per_student_public_funding", "junior", 2022, "2410.66")}


def test_a_title_between_two_tables_is_the_second_ones_not_the_firsts():
    facts, unattached = _own("学段 | 生均一般公共预算教育经费 | 生均一般公共预算公用经费\n小学 | 12030.11 | 1830.42\n"
                             "初中 | 15620.87 | 2410.66\n表2 2021年桐原县生均经费(单位:元)\n"
                             "学段 | 生均一般公共预算教育经费 | 生均一般公共预算公用经费\n小学 | 11520.40 | 1730.42\n"
                             "初中 | 15010.33 | 2310.66\n", 2021)
    assert ("per_student_general_budget_expenditure", "primary", 2021, "11520.40") in facts
    assert not any(f[3] in ("12030.11", "1830.42") for f in facts) and ("12030.11", "unit") in unattached


def test_a_caption_naming_the_stage_a_rates_own_name_says_leaves_the_rate_its_own():
    facts, unattached = _own("桐原县学前教育普及普惠主要指标\n指标 现状值 目标值\n学前三年毛入园率(%) 91.2 95\n"
                             "普惠性幼儿园覆盖率(%) 84.5 90\n")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "91.2"),
                     ("inclusive_kindergarten_coverage", None, 2022, "84.5")}
    assert ("95", "no_indicator") in unattached  # the target: never the county's


def test_a_caption_naming_a_stage_still_keeps_a_total_off_that_stages_part():
    facts, _ = _own("桐原县2022年学前教育经费情况\n单位:万元\n项目 本年 上年\n一般公共预算教育经费 5230 4980\n"
                    "教育经费总投入 6120 5870\n")
    assert not facts  # the kindergartens' part of the budget: never the county's whole budget


def test_whole_territories_beside_the_entitys_own_column_are_other_levels():
    facts, unattached = _own("2022年主要指标对比\n指标 全省 全市 桐原县\n学前三年毛入园率(%) 90.1 89.6 91.2\n"
                             "九年义务教育巩固率(%) 97.0 97.8 98.6\n")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "91.2"),
                     ("compulsory_retention_rate", None, 2022, "98.6")}
    assert ("89.6", "other_entity") in unattached


def test_a_unit_row_under_the_header_gives_each_column_its_unit():
    facts, _ = _own("桐原县2022年中小学基本情况\n学段 学校数 在校生数 专任教师数\n(所) (人) (人)\n小学 24 15230 986\n"
                    "初中 9 7810 612\n")
    assert facts == {("schools", "primary", 2022, "24"), ("students", "primary", 2022, "15230"),
                     ("full_time_teachers", "primary", 2022, "986"), ("schools", "junior", 2022, "9"),
                     ("students", "junior", 2022, "7810"), ("full_time_teachers", "junior", 2022, "612")}


def test_a_unit_row_of_fewer_units_than_columns_gives_no_column_a_unit_by_guess():
    facts, _ = _own("桐原县2022年经费情况\n项目 本年 上年 增长\n(万元) (万元)\n一般公共预算教育经费 70560 66890 5.49\n"
                    "教育经费总投入 85210 80130 6.34\n")
    assert not any(f[3] in ("5.49", "6.34") for f in facts)


def test_years_labelling_the_rows_under_a_year_head_are_each_rows_year():
    facts, _ = _own("桐原县小学基本情况\n单位:所、人\n年份 学校数 在校生数\n2020 25 14800\n2021 24 15010\n2022 24 15230\n")
    assert facts == {("schools", "primary", 2020, "25"), ("students", "primary", 2020, "14800"),
                     ("schools", "primary", 2021, "24"), ("students", "primary", 2021, "15010"),
                     ("schools", "primary", 2022, "24"), ("students", "primary", 2022, "15230")}


def test_a_year_row_after_the_reports_year_is_not_its_figure():
    facts, unattached = _own("桐原县小学基本情况\n单位:所、人\n年份 学校数 在校生数\n2022 24 15230\n2023 24 15400\n")
    assert ("students", "primary", 2022, "15230") in facts and not any(f[3] == "15400" for f in facts)
    assert ("15400", "later_year") in unattached


def test_a_bar_table_with_a_unit_row_opening_with_an_empty_cell():
    facts, _ = _own("表3 桐原县2022年普通中小学情况\n学段 | 学校数 | 在校学生数 | 专任教师数\n| (所) | (人) | (人)\n"
                    "小学 | 24 | 15230 | 986\n初中 | 9 | 7810 | 612\n")
    assert facts == {("schools", "primary", 2022, "24"), ("students", "primary", 2022, "15230"),
                     ("full_time_teachers", "primary", 2022, "986"), ("schools", "junior", 2022, "9"),
                     ("students", "junior", 2022, "7810"), ("full_time_teachers", "junior", 2022, "612")}


def test_a_change_column_of_amounts_is_no_stated_rate():
    # before: 比上年增减 220 (pupils) became a stated change of 220 %
    draft = extract_text("桐原县2022年在校生情况\n单位:人\n学段 本年 上年 比上年增减\n小学 15230 15010 220\n"
                         "初中 7810 7650 160\n", "report.txt", "510999", 2022, name="桐原县")
    assert not any(p.stated for p in draft.facts)
    assert ("220", "unit") in {(u.figure, u.reason) for u in draft.unattached}


def test_a_change_column_in_percent_still_states_the_rate():
    draft = extract_text("桐原县2022年教育经费执行情况\n单位:万元\n项目 本年 上年 增长%\n教育经费总投入 85210 80130 6.34\n"
                         "一般公共预算教育经费 70560 66890 5.49\n", "report.txt", "510999", 2022, name="桐原县")
    assert {(p.value, p.stated.get("change_pct")) for p in draft.facts if p.period == 2022} == {("85210", "6.34"),
                                                                                                ("70560", "5.49")}


def test_a_table_one_cell_a_line_keeps_its_title_above_the_label_columns_header():
    facts, _ = _own("2022年桐原县教育经费(万元)\n项目\n本年\n上年\n教育经费总投入\n85210\n80130\n一般公共预算教育经费\n70560\n"
                    "66890\n")
    assert facts == {("edu_total_investment", None, 2022, "85210"), ("edu_total_investment", None, 2021, "80130"),
                     ("edu_general_budget_expenditure", None, 2022, "70560"),
                     ("edu_general_budget_expenditure", None, 2021, "66890")}


def test_a_caption_giving_percent_as_the_unit_and_a_national_row_beside_the_entitys():
    facts, unattached = _own("桐原县主要指标与全国平均水平比较\n单位:%\n项目 学前三年毛入园率 九年义务教育巩固率\n"
                             "全国 89.7 95.5\n桐原县 91.2 98.6\n")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "91.2"),
                     ("compulsory_retention_rate", None, 2022, "98.6")}
    assert ("89.7", "other_entity") in unattached


def test_one_full_row_under_quantities_over_blocks_of_stages_is_a_table():
    facts, _ = _own("桐原县2022年中小学在校生和专任教师\n单位:人\n专任教师数 在校生数\n类别 小学 初中 小学 初中\n"
                    "合计 986 612 15230 7810\n")
    assert facts == {("full_time_teachers", "primary", 2022, "986"), ("full_time_teachers", "junior", 2022, "612"),
                     ("students", "primary", 2022, "15230"), ("students", "junior", 2022, "7810")}


def test_one_short_row_under_quantities_over_blocks_is_no_table():
    facts, _ = _own("桐原县2022年中小学在校生和专任教师\n单位:人\n专任教师数 在校生数\n类别 小学 初中 小学 初中\n合计 986 612\n")
    assert not facts  # which two of the four columns: not certain


def test_a_table_of_one_figure_column_under_a_neutral_header():
    facts, _ = _own("桐原县2022年教育督导评估主要数据\n指标 数值\n学前三年毛入园率(%) 91.2\n普惠性幼儿园覆盖率(%) 84.5\n")
    assert facts == {("preschool_gross_enrollment_rate", None, 2022, "91.2"),
                     ("inclusive_kindergarten_coverage", None, 2022, "84.5")}


def test_lines_of_a_name_and_a_figure_with_its_unit_stay_the_prose_readers():
    text = "桐原县2022年主要教育指标\n指标名称 完成情况\n学前三年毛入园率 91.2%\n九年义务教育巩固率 98.6%\n"
    assert text_grids(text) == ()
    facts, _ = _own(text)
    assert ("compulsory_retention_rate", None, 2022, "98.6") in facts


def test_a_unit_column_gives_each_row_its_unit():
    facts, _ = _own("桐原县2022年教育经费\n指标\t单位\t数值\n教育经费总投入\t万元\t85210\n一般公共预算教育经费\t万元\t70560\n")
    assert facts == {("edu_total_investment", None, 2022, "85210"), ("edu_general_budget_expenditure", None, 2022, "70560")}
    facts, unattached = _own("桐原县2022年教育经费\n指标\t单位\t数值\n教育经费总投入\t人\t85210\n一般公共预算教育经费\t人\t70560\n")
    assert not facts and ("85210", "unit") in unattached  # a unit the indicator cannot take: refused


def test_kinds_of_school_listed_beside_types_counted_above_them_are_no_stage_count():
    # before: 初级中学 6 beside 九年一贯制学校 3 was read as the county's junior schools (the statistics count both)
    facts, unattached = _own("桐原县2022年中学学校数\n单位:所\n学校类型 学校数\n完全中学 2\n九年一贯制学校 3\n初级中学 6\n")
    assert not facts and ("6", "stage_unclear") in unattached


def test_a_type_marked_as_a_part_of_its_stage_leaves_the_stage_whole():
    facts, _ = _own("桐原县2022年学校情况\n单位:所、人\n学段 学校数 在校生数\n初中 9 7810\n#九年一贯制学校 3 2100\n"
                    "小学 24 15230\n")
    assert ("schools", "junior", 2022, "9") in facts and ("students", "junior", 2022, "7810") in facts


def test_a_header_joining_two_quantities_gives_neither():
    # before: 教职工及专任教师数 1120 was read as 1120 full-time teachers
    facts, unattached = _own("桐原县2022年教职工情况\n单位:人\n学段 教职工及专任教师数\n小学 1120\n初中 700\n")
    assert not facts and ("1120", "phrase") in unattached
    facts, _ = _own("桐原县2022年教师情况\n单位:人\n学段 专任教师数\n小学 986\n初中 612\n")
    assert ("full_time_teachers", "primary", 2022, "986") in facts


def test_the_final_accounts_column_beside_the_budget_is_the_years_figure():
    facts, unattached = _own("桐原县2022年教育经费预算执行情况\n单位:万元\n项目 预算数 决算数\n一般公共预算教育经费 72000 70560\n"
                             "国家财政性教育经费 80000 78120\n")
    assert facts == {("edu_general_budget_expenditure", None, 2022, "70560"),
                     ("state_fiscal_edu_funding", None, 2022, "78120")}
    assert ("72000", "no_indicator") in unattached  # the budget: never the year's figure


def test_key_value_lines_with_a_bar():
    facts, _ = _own("桐原县2022年教育基本情况\n小学在校生 | 15230人\n初中在校生 | 7810人\n小学专任教师 | 986人\n")
    assert facts == {("students", "primary", 2022, "15230"), ("students", "junior", 2022, "7810"),
                     ("full_time_teachers", "primary", 2022, "986")}


def test_key_value_lines_with_a_bar_and_no_unit_take_none():
    facts, unattached = _own("桐原县2022年教育经费\n一般公共预算教育经费 | 70560\n教育经费总投入 | 85210\n"
                             "国家财政性教育经费 | 78120\n")
    assert not facts and ("70560", "unit") in unattached  # no unit written: never guessed, never silent


def test_a_rates_change_column_is_points_never_a_growth_rate():
    # before: 增减(百分点) 0.7 beside 学前三年毛入园率 became a stated change of 0.7 %
    draft = extract_text("桐原县主要教育指标\n指标 2022年 2021年 增减(百分点)\n学前三年毛入园率(%) 91.2 90.5 0.7\n"
                         "九年义务教育巩固率(%) 98.6 98.1 0.5\n", "report.txt", "510999", 2022, name="桐原县")
    assert not any(p.stated for p in draft.facts)
    assert ("0.7", "percentage_points") in {(u.figure, u.reason) for u in draft.unattached}


def test_urban_town_and_rural_columns_are_parts_not_places():
    """城区 镇区 乡村 (the statistics' urban-rural split) head columns of parts: the 合计 column is the county's, the
    parts no stage's total and never another place's."""
    text = ("表2 2022年桐原县中小学在校生数\n单位:人\n学段 合计 城区 镇区 乡村\n小学 15230 6120 5010 4100\n"
            "初中 7810 3400 2610 1800\n")
    draft = extract_text(text, "report.txt", "510999", 2022, name="桐原县")
    facts = {(p.indicator, p.stage, p.value) for p in draft.facts}
    assert {("students", "primary", "15230"), ("students", "junior", "7810")} <= facts
    assert not any(p.value in ("6120", "5010", "4100", "3400", "2610", "1800") for p in draft.facts)
    assert not any(u.reason == "entity_unclear" for u in draft.unattached)


def test_an_unheaded_unit_column_after_the_figures_keeps_every_years_header():
    # before: the header's last year was dropped for the unit column, 23040 read as 2021's
    facts, _ = _own("桐原县教育基本情况\n指标 2021年 2022年\n在校生数 22100 23040 人\n专任教师数 1560 1598 人\n")
    assert facts == {("students", None, 2021, "22100"), ("students", None, 2022, "23040"),
                     ("full_time_teachers", None, 2021, "1560"), ("full_time_teachers", None, 2022, "1598")}


def test_a_column_after_the_figures_the_header_may_or_may_not_head_is_never_read_shifted():
    # 口径 may head the words after the figures (then 2021年 2022年 head the figures) or be a year's column with the
    # words unheaded: which figure is whose year is unsure, so none is read as a year's
    # (小学 the corner or the first figures' header?); a header of fewer labels than the figures is no year's either
    for text in ("2021年 2022年 口径\n在校生数 22100 23040 含教学点\n专任教师数 1560 1598 含代课\n",
                 "小学 初中 口径\n在校生数 15230 7810 含教学点\n专任教师数 986 612 含代课\n",
                 "项目 2022年\n在校生数 22100 23040 人\n专任教师数 1560 1598 人\n"):
        facts, _ = _own("桐原县教育基本情况\n" + text)
        assert facts <= {("students", None, 2021, "22100"), ("students", None, 2022, "23040"),
                         ("full_time_teachers", None, 2021, "1560"), ("full_time_teachers", None, 2022, "1598"),
                         ("students", "primary", 2022, "15230"), ("students", "junior", 2022, "7810"),
                         ("full_time_teachers", "primary", 2022, "986"), ("full_time_teachers", "junior", 2022, "612")}, text


def test_a_stage_column_after_the_figures_that_the_header_names_gives_each_rows_stage():
    # before: 在校生数 headed the 学校数 column and 学校类别 the 在校生数 one, each row took the stage of the row below
    text = "学校数 在校生数 专任教师数 学校类别\n31 6800 520 幼儿园\n24 15230 986 小学\n9 7810 612 初中\n"
    facts, _ = _own(text)
    assert facts == {("schools", "kindergarten", 2022, "31"), ("students", "kindergarten", 2022, "6800"),
                     ("full_time_teachers", "kindergarten", 2022, "520"), ("schools", "primary", 2022, "24"),
                     ("students", "primary", 2022, "15230"), ("full_time_teachers", "primary", 2022, "986"),
                     ("schools", "junior", 2022, "9"), ("students", "junior", 2022, "7810"),
                     ("full_time_teachers", "junior", 2022, "612")}
    (grid,) = text_grids(text)
    assert [text[a:b] for a, b in grid.cells[0]] == ["学校类别", "学校数", "在校生数", "专任教师数"]


def test_labels_after_the_figures_the_header_does_not_name_or_rows_ending_unevenly_are_no_table():
    for text in ("学校数 在校生数 名称\n24 15230 小学\n9 7810 初中\n",  # 名称: not what a stage column is called
                 "学校数 在校生数 学段\n24 15230 小学\n9 7810 初中 公办\n31 6800 幼儿园\n",  # one row ends in two labels
                 "学校数 在校生数 学段\n24 15230 人\n9 7810 人\n",  # units, not the rows' labels
                 "学校数 在校生数 单位\n1 1230 城关小学\n1 980 实验小学\n"):  # 单位: rows of schools, no stage's
        facts, _ = _own(text)
        assert not facts, text


def test_rows_of_two_schools_with_the_same_figure_are_not_one_row_repeated():
    """Two rows naming two schools (城关小学 1, 城南小学 1) give 小学 two values of one quantity: neither is the stage's;
    only a row repeated word for word is one row."""
    draft = extract_text("学校 学校数 在校生数\n城关小学 1 1230\n城南小学 1 980\n", "report.txt", "510998", 2023, name="桐溪县")
    assert not draft.facts
    assert {u.reason for u in draft.unattached} <= {"stage_unclear", "named_school"}  # (headed 学校: each row a school)
    draft = extract_text("项目 学校数 在校生数\n城关小学 1 1230\n城南小学 1 980\n", "report.txt", "510998", 2023, name="桐溪县")
    assert not draft.facts


def test_a_table_of_coefficients_named_only_by_its_caption_reads_each_row_with_the_stage_columns():
    text = ("表3 桐原县2022年义务教育学校资源配置指标校际差异系数\n指标 小学 初中\n生均教学仪器设备值 0.412 0.356\n"
            "生均图书册数 0.298 0.301\n")
    facts, _ = _own(text)
    assert facts == {("cv_equipment_per_student_stated", "primary", 2022, "0.412"),
                     ("cv_equipment_per_student_stated", "junior", 2022, "0.356"),
                     ("cv_books_per_student_stated", "primary", 2022, "0.298"),
                     ("cv_books_per_student_stated", "junior", 2022, "0.301")}
    means = text.replace("生均图书册数 0.298 0.301", "全县平均值 3.042 4.424")  # other measures beside: not certain
    facts, _ = _own(means)
    assert not facts
