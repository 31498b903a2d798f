import pytest

from conftest import en

from checker.intake.units import UnitError, decimals_written, read_number


@pytest.mark.parametrize("text, unit, family, value, written_unit", [
    ("10007.75", "元", "money", 10007.75, "元"),
    ("10,007.75", "元", "money", 10007.75, "元"),
    ("１０００７．７５", "元", "money", 10007.75, "元"),
    ("10007.75元", None, "money", 10007.75, "元"),
    ("10007.75元", "元", "money", 10007.75, "元"),
    ("124.40", "亿元", "money", 12_440_000_000, "亿元"),
    ("30", "万元", "money", 300_000, "万元"),
    ("2021", "万元", "money", 20_210_000, "万元"),
    ("95.3%", None, "percent", 95.3, "%"),
    ("95.3", "％", "percent", 95.3, "％"),
    ("953", "‰", "percent", 95.3, "‰"),
    ("22.79", "万人", "count", 227_900, "万人"),
    ("26568", "名", "count", 26568, "名"),
    ("602", "家", "count", 602, "家"),  # 中等职业学校602家: institutions are also counted in 家
    ("1.2", "万所", "count", 12_000, "万所"),  # a province's schools (广东 2022 公报)
    ("61.3万名", None, "count", 613_000, "万名"),
    ("1,200", "㎡", "area", 1200, "㎡"),
    ("-3.5", "%", "percent", -3.5, "%"),
    ("6000", "元/生", "money", 6000, "元/生"),
    ("98000", "元/人·年", "money", 98000, "元/人·年"),
])
def test_spellings_normalise(text, unit, family, value, written_unit):
    reading = read_number(text, unit, family)
    assert reading.value == value
    assert reading.unit_as_written == written_unit


def test_money_rescaling_is_exact():
    # 124.40 亿元 must be exactly 12,440,000,000 元, not 12439999999.999998
    assert read_number("124.40", "亿元", "money").value == 12440000000.0
    assert read_number("0.1", "万元", "money").value == 1000


def test_integer_text_stays_int_and_decimal_text_float():
    assert isinstance(read_number("409", "个", "count").value, int)
    assert isinstance(read_number("85.0", "%", "percent").value, float)


@pytest.mark.parametrize("text, unit, family, fragment", [
    ("3.9", "个百分点", "percent", "percentage points"),
    ("10007.75", "%", "money", "percent unit"),
    ("10007.75", "公斤", "money", "unknown unit"),
    ("1,00,000", "元", "money", "thousands separators"),
    ("about 5", "元", "money", "not a number"),
    ("10007.75元", "万元", "money", "disagrees"),
    ("", "元", "money", "not a number"),
    ("9e20", "元", "money", "not a number"),
    ("20000000", "亿元", "money", "out of range"),
])
def test_bad_spellings_are_refused_with_what_was_expected(text, unit, family, fragment):
    with pytest.raises(UnitError) as info:
        read_number(text, unit, family)
    assert fragment in en(info.value.message)


def test_decimals_written():
    assert decimals_written("3.9") == 1
    assert decimals_written("10071.80") == 2
    assert decimals_written("10,071") == 0
    assert decimals_written("abc") is None


def test_the_expected_units_a_refusal_names_are_the_plain_ones_first():
    """With every count also in 万, the first twelve names sorted as text were mostly 万 forms: the
    message a county reads lists the base units and their multiples in order first."""
    from checker.intake.units import expected_units

    assert str(expected_units("money")).startswith("金额单位:元, 千元, 万元, 亿元, 元/")
    count = str(expected_units("count"))
    assert all(f"{u}," in count for u in ("人", "名", "所", "个", "班")) and "万人" not in count
    assert str(expected_units("percent")).endswith("%, ‰")


@pytest.mark.parametrize("text, unit, family, value", [
    ("59 804", "人", "count", 59804),  # thousands grouped by a space (GB/T 15835-2011), as a yearbook prints them
    ("1 234 567.8", "元", "money", 1234567.8),
    ("59\u2009804", "人", "count", 59804),  # a thin space
    ("20 691.34万元", None, "money", 206_913_400),
    ("1.2", "萬人", "count", 12000),  # a traditional-character page's unit
    ("3.5", "億元", "money", 350_000_000),
])
def test_space_grouped_thousands_and_traditional_units(text, unit, family, value):
    assert read_number(text, unit, family).value == value


@pytest.mark.parametrize("text", ["59 8041", "5 98 04", "59 804 1"])
def test_a_space_not_grouping_in_threes_is_still_refused(text):
    with pytest.raises(UnitError):
        read_number(text, "人", "count")
