"""Reading a school table: the plain-digits fast paths (a cell, a whole column) read every cell as
`read_number` does, and a whole table read with them gives the same schools, unreadable rows and
errors (places, messages) as read without them."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.intake import schools as schools_mod
from checker.intake.schools import _plain_number, read_table
from checker.intake.units import UnitError, read_number

digits = st.text("0123456789", min_size=1, max_size=18)
spellings = st.one_of(
    digits,
    st.builds(lambda a, b: f"{a}.{b}", digits, digits),
    st.sampled_from(["0", "00", "007", "12.0", "12.", ".5", "1,107", "1e3", "-3", "+4", "４２", "3.0000000000001",
                     "999999999999999", "1000000000000000", "999999999999999.999999999999", "12 人", "#N/A", "",
                     "0.1", "0.30000000000000004", "1.5e-05", " 7"]),
    st.text("0123456789.,-+e ", max_size=12),
)


def slow(text: str, family: str):
    try:
        return read_number(text, None, family).value
    except UnitError:
        return "refused"


@settings(max_examples=500, deadline=None)
@given(text=spellings)
def test_the_fast_path_reads_a_cell_as_read_number_does(text):
    fast = _plain_number(text)
    if fast is None:
        return  # read_number reads it
    for family in ("count", "area", "money"):
        expected = slow(text, family)
        assert fast == expected and type(fast) is type(expected), (text, family, fast, expected)


def test_the_fast_path_takes_the_plain_spellings():
    assert _plain_number("1107") == 1107 and type(_plain_number("1107")) is int
    assert _plain_number("4427.50") == 4427.5
    assert [_plain_number(x) for x in ("1,107", "１２", "12.", ".5", "1e3", "-3", "1000000000000000")] == [None] * 7


HEADER = ["school_code", "school_name", "school_type", "students_primary", "teaching_aux_area", "equipment_value",
          "urban_rural", "classes_primary", "students_primary"]  # a column named twice: its last cell counts
cells = st.one_of(spellings, st.sampled_from(["小学", "初中", "城区", "某", "S1", "S2", "1\n2", "3\n", "\n"]))


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=len(HEADER) + 1), max_size=6)
       | st.lists(st.lists(st.sampled_from(["12", "4.5", "", "007", "S1", "小学"]), min_size=len(HEADER),
                           max_size=len(HEADER)), max_size=6),
       sheet=st.sampled_from([None, "学校"]))
def test_a_table_read_with_the_fast_path_is_the_table_read_without_it(rows, sheet):
    table = [[(h, "") for h in HEADER]] + [[(c, f"{chr(65 + i)}{r + 2}" if sheet else "") for i, c in enumerate(row)]
                                           for r, row in enumerate(rows)]
    fast = read_table(table, "schools.csv", sheet)
    real = schools_mod._plain_number, schools_mod._PLAIN_COLUMN
    schools_mod._plain_number, schools_mod._PLAIN_COLUMN = (lambda text: None), re.compile("(?!)")  # never plain
    try:
        slow_read = read_table(table, "schools.csv", sheet)
    finally:
        schools_mod._plain_number, schools_mod._PLAIN_COLUMN = real
    assert fast == slow_read
