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
