"""Tables read from real documents that have them (issue 24): three statistics tables kept in
tests/data/reports/tables/ (a city's 基础教育情况表 and two statistical yearbooks' education sheets), each
stored as its page's text and as a .docx that reproduces its rows and cells, each transcribed by hand
before the extractor ran on it. Then one test for each way a real table differs from a tidy one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from checker.intake.extract import extract, extract_text
from checker.intake.extract.readers import _Builder, read_document

TABLES = Path(__file__).parent / "data" / "reports" / "tables"

# What the hand transcription has that the reader does not find, and why (a person reads it): nothing
# now (江门's 班级数 column was, until 班级数 became a name of `classes` in the dictionary).
NOT_FOUND: dict[str, set[str]] = {}


def _hand(stem):
    data = yaml.safe_load((TABLES / f"{stem}.yaml").read_text(encoding="utf-8"))
    facts = {f["source"]["locator"]: (f["indicator"], f.get("stage"), f["period"], str(f["value"]), f["unit"])
             for f in data["facts"]}
    return data, facts


@pytest.mark.parametrize("stem", ["jiangmen-2024", "chongqing-2007", "huzhou-2007"])
def test_a_real_table_is_read_as_its_hand_transcription_says(stem):
    data, hand = _hand(stem)
    draft = extract(TABLES / f"{stem}.docx", data["entity"]["code"], data["period"])
    found = {p.locator: (p.indicator, p.stage, p.period, p.value, p.unit) for p in draft.facts}
    # nothing attached that the hand transcription does not have, nothing attached differently
    assert {loc: found[loc] for loc in found if found[loc] != hand.get(loc)} == {}
    assert set(hand) - set(found) == NOT_FOUND.get(stem, set())
    text = (TABLES / f"{stem}.txt").read_text(encoding="utf-8")
    assert all(draft.quote(p) == p.value and p.value in text for p in draft.facts)
    # every figure of the table the reader saw is a fact or listed unattached, with a reason
    seen = {p.locator for p in draft.facts} | {u.locator for u in draft.unattached}
    document = read_document(TABLES / f"{stem}.docx")
    figures = {f"表1 第{r + 1}行第{c + 1}列" for r, row in enumerate(document.grids[0].cells)
               for c, (a, b) in enumerate(row) if c and re.fullmatch(r"[\d.]+", document.text[a:b])
               and not re.fullmatch(r"(19|20)\d\d", document.text[a:b])}
    assert figures <= seen


def test_the_reasons_a_real_table_figure_is_left_for_a_person():
    def reasons(stem):
        data, _ = _hand(stem)
        draft = extract(TABLES / f"{stem}.docx", data["entity"]["code"], data["period"])
        return {u.locator: u.reason for u in draft.unattached}

    jiangmen = reasons("jiangmen-2024")
    assert jiangmen["表1 第4行第5列"] == "merged_cell"  # 24895: 初中、高中为合计数
    assert jiangmen["表1 第7行第2列"] == "no_stage"  # 专门学校 is no stage, and not the total
    assert jiangmen["表1 第2行第7列"] == "no_indicator"  # 学生与专任教师比: not a teacher count
    chongqing = reasons("chongqing-2007")
    assert chongqing["表1 第5行第2列"] == chongqing["表1 第11行第2列"] == "stage_unclear"  # two kinds of 中职
    assert chongqing["表1 第8行第2列"] == "mixed_stage"  # 普通中学: junior and senior (a mix of stages since h-extract3)
    assert chongqing["表1 第29行第2列"] == "no_indicator"  # under 招生数, a quantity with no indicator
    huzhou = reasons("huzhou-2007")
    assert huzhou["表1 第11行第2列"] == "stage_unclear"  # 职业高中, a part of 3.中等职业学校 (kept)
    assert huzhou["表1 第9行第2列"] == huzhou["表1 第15行第2列"] == "no_stage"  # #普通中专, 7.技工学校
    assert huzhou["表1 第15行第3列"] == "no_indicator"  # 招生数 of 技工学校: never its 学校


@pytest.mark.parametrize("stem", ["jiangmen-2024", "chongqing-2007", "huzhou-2007"])
def test_the_docx_reproduces_the_stored_page_s_cells(stem):
    document = read_document(TABLES / f"{stem}.docx")
    page = re.sub(r"\s", "", (TABLES / f"{stem}.txt").read_text(encoding="utf-8"))
    grid = document.grids[0]
    cells = [document.text[a:b] for row in grid.cells for a, b in row]
    assert all(re.sub(r"\s", "", cell) in page for cell in cells)


# -- one test for each way a real table differs from a tidy one --------------------------------

def _grid(rows, caption=None, merged=(), period=2022, entity="331102"):
    out = _Builder()
    if caption:
        out.line(caption)
    out.table(rows, **({"merged": merged} if merged else {}))
    document = out.document()
    draft = extract_text(document.text, "t.docx", entity, period, grids=document.grids)
    facts = {(p.locator, p.indicator, p.stage, p.period, p.value, p.unit) for p in draft.facts}
    return facts, {u.locator: u.reason for u in draft.unattached}, draft


def test_a_header_over_several_rows_gives_the_indicator_and_the_unit():
    facts, _, _ = _grid([["", "学校数", "在  校"], ["", "(所)", "学生数(人)"], ["4.小    学", "71", "74649"]],
                        "表3 市区教育事业基本情况")
    assert facts == {("表3 第3行第2列", "schools", "primary", 2022, "71", "所"),
                     ("表3 第3行第3列", "students", "primary", 2022, "74649", "人")}


def test_a_header_cell_merged_across_columns_heads_each(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("表1 专任教师")
    table = document.add_table(rows=3, cols=3)
    for (r, c), text in {(1, 1): "2022年", (1, 2): "2021年", (2, 0): "小学", (2, 1): "100", (2, 2): "90"}.items():
        table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2)).text = "专任教师数(人)"
    document.save(tmp_path / "t.docx")
    read = read_document(tmp_path / "t.docx")
    assert read.grids[0].merged == ((0, 1, 0, 2),)
    draft = extract(tmp_path / "t.docx", "331102", 2022)
    assert {(p.locator, p.period, p.value, p.unit) for p in draft.facts} == {("表1 第3行第2列", 2022, "100", "人"),
                                                                           ("表1 第3行第3列", 2021, "90", "人")}


def test_a_figure_in_a_cell_merged_over_two_rows_is_no_one_s(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("表1 基础教育情况(单位:人)")
    table = document.add_table(rows=3, cols=3)
    for (r, c), text in {(0, 0): "类别", (0, 1): "专任教师数", (0, 2): "在校学生数", (1, 0): "初中", (1, 2): "171369",
                         (2, 0): "普通高中", (2, 2): "89750"}.items():
        table.cell(r, c).text = text
    table.cell(1, 1).merge(table.cell(2, 1)).text = "24895"
    document.save(tmp_path / "t.docx")
    draft = extract(tmp_path / "t.docx", "440700", 2022)
    assert {(p.stage, p.indicator, p.value) for p in draft.facts} == {("junior", "students", "171369"),
                                                                      ("senior", "students", "89750")}
    assert [(u.locator, u.reason) for u in draft.unattached] == [("表1 第2行第2列", "merged_cell")]


def test_a_total_row_is_the_total_and_a_row_of_no_stage_is_no_one_s():
    facts, refused, _ = _grid([["类别", "学校数(所)"], ["小学", "334"], ["专门学校", "2"], ["总计", "1212"]])
    assert facts == {("表1 第2行第2列", "schools", "primary", 2022, "334", "所"),
                     ("表1 第4行第2列", "schools", None, 2022, "1212", "所")}
    assert refused == {"表1 第3行第2列": "no_stage"}


def test_thousands_separators_and_full_width_digits_are_read_and_quoted_as_written():
    facts, _, draft = _grid([["学段", "在校学生数(人)"], ["小学", "１２，３４５"], ["初中", "6,789"]])
    assert {(f[2], f[4]) for f in facts} == {("primary", "12345"), ("junior", "6789")}
    assert sorted(draft.quote(p) for p in draft.facts) == ["6,789", "１２，３４５"]


def test_a_bare_year_heads_a_column_and_a_section_row_names_the_quantity_of_the_rows_under_it():
    facts, refused, _ = _grid([["Item", "2006", "2007"], ["学校数 Number of Schools", "", ""],
                               ["小 学 Primary Schools", "8754", "7990"], ["专任教师 Number of Full-time Teachers", "", ""],
                               ["小 学 Primary Schools", "113724", "119831"], ["招生数 New Student Enrollment", "", ""],
                               ["小学生", "1000", "1100"]], "单位:人、所     (person, unit)", period=2007)
    assert facts == {("表1 第3行第2列", "schools", "primary", 2006, "8754", "所"),
                     ("表1 第3行第3列", "schools", "primary", 2007, "7990", "所"),
                     ("表1 第5行第2列", "full_time_teachers", "primary", 2006, "113724", "人"),
                     ("表1 第5行第3列", "full_time_teachers", "primary", 2007, "119831", "人")}
    # 招生数 names a quantity the dictionary has not: 小学生 under it is no count of pupils
    assert refused == {"表1 第7行第2列": "no_indicator", "表1 第7行第3列": "no_indicator"}


def test_a_school_year_in_the_caption_is_the_year_it_begins_in():
    facts, _, _ = _grid([["类别", "学校数"], ["小学", "334"]], "2024-2025年全市基础教育情况表", period=2024,
                        entity="440700")  # 江门市's own table (全市 in a district's report is the city's: refused)
    assert facts == {("表1 第2行第2列", "schools", "primary", 2024, "334", "所")}


def test_of_a_whole_and_its_part_on_one_stage_the_numbered_row_is_kept():
    facts, refused, _ = _grid([["", "学校数(所)"], ["3.中等职业学校", "10"], ["#普通中专", "3"], ["职业高中", "7"]])
    assert facts == {("表1 第2行第2列", "schools", "vocational", 2022, "10", "所")}
    assert refused == {"表1 第3行第2列": "no_stage", "表1 第4行第2列": "stage_unclear"}
    facts, refused, _ = _grid([["", "学校数(所)"], ["普通中等专业学校", "30"], ["职业中学", "153"]])
    assert facts == set() and set(refused.values()) == {"stage_unclear"}


def test_a_ratio_of_a_count_is_not_the_count():
    facts, refused, _ = _grid([["类别", "专任教师数(人)", "学生与专任教师比", "生师比"], ["小学", "18955", "19.57", "20"]])
    assert facts == {("表1 第2行第2列", "full_time_teachers", "primary", 2022, "18955", "人")}
    assert refused == {"表1 第2行第3列": "no_indicator", "表1 第2行第4列": "no_indicator"}


def _pdf(above: list[str], rows: list[list[str]], widths: list[int]) -> bytes:
    """One page: the lines above, then the table ruled, in STSong-Light (a standard CJK font: no font file)."""
    from conftest import cjk_hex, cjk_pdf

    ops = [f"BT /F1 8 Tf 10 {820 - 12 * i} Td {cjk_hex(line)} Tj ET" for i, line in enumerate(above)]
    top, h, x0 = 820 - 12 * len(above) - 6, 16, 10
    xs = [x0 + sum(widths[:j]) for j in range(len(widths) + 1)]
    ops += [f"{x0} {top - i * h} m {xs[-1]} {top - i * h} l S" for i in range(len(rows) + 1)]
    ops += [f"{x} {top} m {x} {top - len(rows) * h} l S" for x in xs]
    ops += [f"BT /F1 8 Tf {xs[j] + 2} {top - (i + 1) * h + 5} Td {cjk_hex(cell)} Tj ET"
            for i, row in enumerate(rows) for j, cell in enumerate(row) if cell]
    return cjk_pdf(ops)


@pytest.mark.parametrize("stem,widths", [("chongqing-2007", [450, 60, 60]), ("huzhou-2007", [90, 50, 50, 50, 50, 50, 50])])
def test_a_real_table_in_a_pdf_is_read_as_in_the_docx(tmp_path, stem, widths):
    """The same rows as a ruled PDF table, read by pdfplumber's table finder: the same facts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_docx", TABLES / "build_docx.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    above, rows, _, _ = getattr(build, stem.split("-")[0])((TABLES / f"{stem}.txt").read_text(encoding="utf-8"))
    (tmp_path / f"{stem}.pdf").write_bytes(_pdf(above, rows, widths))
    data, hand = _hand(stem)
    draft = extract(tmp_path / f"{stem}.pdf", data["entity"]["code"], data["period"])
    assert {p.locator: (p.indicator, p.stage, p.period, p.value, p.unit) for p in draft.facts} == hand
