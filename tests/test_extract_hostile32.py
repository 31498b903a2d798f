"""A hostile review of two readings (issue 24): lines a page set at a fixed width read as the sentence they wrap
(`normal._wraps`, used by `fold`), and a line of quantities over blocks of repeated stage columns read as a second
header row (`spacedtables._blocks`). Every text here is own-made, of the kinds real documents contain. The constraint is
0 wrong values, stages, scopes and years: a figure not read is acceptable, a figure read wrongly is not, and a join
must never make a reading worse than the same text read line by line. (The wrong readings found were mended at once:
a line ending in a figure and its unit ends its item (read as `;`), two numbers are never joined, a caption or a
running header is never read into a sentence.)"""

import re

import pytest

from checker.intake.extract import extract_text, normal
from checker.intake.extract.normal import fold

# Four lines of prose set at 20 full-width characters, the last ending its sentence: the page's width is then 20.
_PROSE = ("全县坚持把教育摆在优先发展的战略地位认真落实各项教育法律法规和政策措施不断加大教育投入力度"
          "持续改善办学条件努力办好人民满意的教育全面提升教育质量切实保障适龄儿童少年依法接受义务教育")
PAGE = [_PROSE[i * 20:(i + 1) * 20] for i in range(3)] + [_PROSE[60:79] + "。"]


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _read(text: str):
    return extract_text(text, "report.txt", "411122", 2022, name="临颍县")


def _facts(text: str) -> set:
    return {(p.indicator, p.stage, p.period, p.value) for p in _read(text).facts}


# --- texts a join makes worse: each reads right line by line (the precondition test below) ---------------------

# A paragraph that ends exactly at the margin without 。(web copies drop it), then the next paragraph.
PARAGRAPH_END_THEN_STAGE = _text(PAGE + ["全县共有初中8所,在校生6789人,专任教师612人", "小学专任教师学历合格率为100%。"])
PARAGRAPH_END_THEN_COUNT = _text(PAGE + ["全县共有小学25所,初中8所,在校生共19134人", "小学专任教师856人。"])
PARAGRAPH_END_THEN_YEAR = _text(PAGE + ["全县共有幼儿园32所,公办园在园幼儿数为3456", "2022年全县小学在校生12345人。"])
# A list of short items, one a line, all of one width (a web page or a bulletin's summary): no page sets them.
EQUAL_ITEMS = _text(["2022年全县教育基本情况", "全县初中学校8所,专任教师612人", "全县小学学校25所,专任教师856人",
                     "全县高中学校3所,专任教师410人", "小学专任教师学历合格率为100%"])
EQUAL_ITEMS_2 = _text(["2022年全县教育基本情况", "小学在校生12345人,专任教师856人", "初中在校生67890人,专任教师612人",
                       "高中在校生54321人,专任教师410人"])
# A table's caption, with its year, right under a full line that ends no sentence ("…详见" / "表1 2021年…").
CAPTION_AFTER_FULL_LINE = _text(PAGE + ["全县小学在校生12345人,初中在校生6789人,详见", "表1 2021年全县各学段在校生数",
                                        "学段 在校生数 专任教师数", "小学 12001 850", "初中 6500 600"])
# The next page's running header between a full line and its continuation.
RUNNING_HEADER = _text(PAGE + ["全县小学在校生12345人,初中专任教师人数为", "2021年临颍县教育事业统计公报", "612人。"])

WORSE = {
    "paragraph end, then a stage": (PARAGRAPH_END_THEN_STAGE, {("full_time_teachers", "junior", 2022, "612")}),
    "paragraph end, then a count": (PARAGRAPH_END_THEN_COUNT, {("full_time_teachers", "primary", 2022, "856")}),
    "paragraph end, then a year": (PARAGRAPH_END_THEN_YEAR, {("students", "primary", 2022, "12345")}),
    "equal items": (EQUAL_ITEMS, {("full_time_teachers", "junior", 2022, "612"), ("schools", "primary", 2022, "25"),
                                  ("full_time_teachers", "primary", 2022, "856"), ("schools", "senior", 2022, "3"),
                                  ("full_time_teachers", "senior", 2022, "410")}),
    "equal items 2": (EQUAL_ITEMS_2, {("full_time_teachers", "junior", 2022, "612"),
                                      ("full_time_teachers", "senior", 2022, "410")}),
    "caption after a full line": (CAPTION_AFTER_FULL_LINE, {("students", "junior", 2022, "6789")}),
    "running header": (RUNNING_HEADER, {("students", "primary", 2022, "12345")}),
}


@pytest.mark.parametrize("name", sorted(WORSE))
def test_without_the_wraps_these_texts_read_right(name, monkeypatch):
    """The precondition of the tests below: read line by line, each text gives the figures a careful reader takes."""
    monkeypatch.setattr(normal, "_wraps", lambda s: ([], {}))
    text, expected = WORSE[name]
    assert expected <= _facts(text)


@pytest.mark.parametrize("name", sorted(WORSE))
def test_a_join_never_makes_a_reading_worse(name):
    text, expected = WORSE[name]
    assert expected <= _facts(text)


# --- wrong readings ---------------------------------------------------------------------------------------------

def test_a_paragraph_ending_at_the_margin_lends_no_stage_to_its_figure():
    facts = _facts(PARAGRAPH_END_THEN_STAGE)
    assert ("full_time_teachers", "primary", 2022, "612") not in facts  # 612 are the 初中's teachers


def test_a_list_of_equal_width_items_puts_no_figure_on_another_items_stage():
    facts = _facts(EQUAL_ITEMS)
    assert ("full_time_teachers", "primary", 2022, "410") not in facts  # 410 are the 高中's teachers


def test_a_list_of_equal_width_items_reads_as_its_lines_read(monkeypatch):
    """Items ending in a figure and its unit, taken for a page's lines, are read as ended (`;`), never as one clause:
    the same figures as line by line."""
    assert ";全县小学学校" in fold(EQUAL_ITEMS).text  # joined, each item ended
    joined = _facts(EQUAL_ITEMS)
    monkeypatch.setattr(normal, "_wraps", lambda s: ([], {}))
    assert joined == _facts(EQUAL_ITEMS)


def _figures(draft) -> list[str]:
    return [draft.quote(p) for p in draft.facts] + [draft.quote(u) for u in draft.unattached]


def test_a_figure_ending_a_line_is_never_joined_with_the_figure_opening_the_next():
    text = _text(PAGE + ["全县小学在校生12345人,初中在校生为6789", "12所初中中有8所为寄宿制学校。"])
    draft = _read(text)
    assert not any(re.search(r"\d[ \t]*\n\s*\d", q) for q in _figures(draft))  # got the figure `6789\n12所`


def test_digits_either_side_of_a_line_break_are_one_figure_only_when_they_are_its_groups_of_three():
    """A page breaks a number only where a space groups it in threes (GB/T 15835: 12 345人): such a break reads as
    that space, so the grouping's own test decides — 12 / 345人 is 12345 (main, stop 32: the review's first rule was
    never to join; a real yearbook's 教职工186 / 409人 then gave 409 pupils), 6789 / 12所 and 856 / 2023年 stay two."""
    text = _text(PAGE + ["全县共有小学25所,初中8所,全县小学在校生12", "345人,初中在校生6789人,专任教师612人。"])
    assert ("students", "primary", 2022, "12345") in _facts(text)
    staff = _text(PAGE + ["全县共有小学25所,初中8所,全县小学教职工186", "409人,其中专任教师1523人,初中专任教师612人。"])
    assert not any(p.value == "409" for p in _read(staff).facts)


def test_a_year_opening_the_next_line_is_not_joined_to_a_figure():
    text = _text(PAGE + ["全县小学在校生12345人,小学专任教师856", "2023年计划新建小学2所。"])
    assert "8562023" not in fold(text).text


# --- guards: block headers whose quantities are not one quantity a block read no wrong figure (these pass) ---

_ROWS = "全市 5230 8761 70120 150301\n  城关区 812 1302 10233 22780\n  安平县 640 1105 8890 19876\n"
_CAPTION = "表2 各县中小学在校学生数(2022年)\n单位:人\n"
BLOCKS = {
    "本年 上年 over stages": ("县别 本年 上年\n初中 小学 初中 小学\n", {
        ("students", "junior", 2022, "640"), ("students", "primary", 2022, "1105"),
        ("students", "junior", 2021, "8890"), ("students", "primary", 2021, "19876")}),
    "stages over 本年 上年": ("县别 小学 初中\n本年 上年 本年 上年\n", {
        ("students", "primary", 2022, "640"), ("students", "primary", 2021, "1105"),
        ("students", "junior", 2022, "8890"), ("students", "junior", 2021, "19876")}),
    "合计 其中:女": ("县别 合计 其中:女\n初中 小学 初中 小学\n", {
        ("students", "junior", 2022, "640"), ("students", "primary", 2022, "1105")}),
    "stages over 合计 其中:女": ("县别 小学 初中\n合计 其中:女 合计 其中:女\n", {
        ("students", "primary", 2022, "640"), ("students", "junior", 2022, "8890")}),
    "城镇 乡村": ("县别 城镇 乡村\n初中 小学 初中 小学\n", set()),
    "公办 民办 under stages": ("县别 小学 初中\n公办 民办 公办 民办\n", set()),
    "在校生数 其中:寄宿生": ("县别 在校生数 其中:寄宿生\n初中 小学 初中 小学\n", {
        ("students", "junior", 2022, "640"), ("students", "primary", 2022, "1105")}),
    "在校生数 比上年增减": ("县别 在校生数 比上年增减\n初中 小学 初中 小学\n", {
        ("students", "junior", 2022, "640"), ("students", "primary", 2022, "1105")}),
    "a spaced 其中: 女": ("在校生数 其中: 女\n初中 小学 初中 小学\n", {
        ("students", "junior", 2022, "640"), ("students", "primary", 2022, "1105")}),
    "a title of two words": ("", set()),
}


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_a_block_header_of_parts_years_or_scopes_reads_no_wrong_figure(name):
    """Each case lists what a careful reader takes for 安平县; the reader may take less, never another figure."""
    header, careful = BLOCKS[name]
    text = (_CAPTION + header + _ROWS) if header else ("安平县 2021年中小学学生数\n初中 小学 初中 小学\n" + _ROWS)
    draft = extract_text(text, "report.txt", "131125", 2022, name="安平县")
    assert {(p.indicator, p.stage, p.period, p.value) for p in draft.facts} <= careful
