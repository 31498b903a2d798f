"""`checker extract` on text wrapped at a fixed width: a PDF's text layer gives a page's lines as they are set, and a
report copied from one keeps them, so a sentence runs over several lines and a name or its figure may be cut
(全县专任教师 / 856人). Lines that fill the width and do not end a sentence are read with the next line. Every text
here is written for the test; each test of the reading failed before it was written (the guards held already)."""

import re

from checker.intake.extract import extract_text
from checker.intake.extract.readers import read_document
from checker.intake.extract.normal import _width, fold

PARAGRAPHS = [
    "一、基本情况",
    "2022年,全县共有小学25所,在校生12345人,专任教师856人;初中8所,在校生6789人,专任教师612人。"
    "全县学前三年毛入园率达到96.5%,九年义务教育巩固率达到99.1%,高中阶段毛入学率达到93.2%。",
    "二、教育经费",
    "2022年全县教育经费总投入为123456万元,比上年增长5.2%。其中,一般公共预算教育经费为98765万元,比上年增长3.1%。",
]


def _wrap(paragraphs: list[str], width: int) -> str:
    """Each paragraph set in lines of `width` full-width characters (a half-width one counts half), as a page
    sets them: a run of half-width characters (a number, 93.2%) is never broken; a new paragraph starts a new line."""
    out = []
    for p in paragraphs:
        line = ""
        for word in re.findall(r"[0-9A-Za-z.%]+|.", p):
            if _width(line + word) > width:
                out.append(line)
                line = ""
            if line or word != " " or not out:  # a space a line would open with is dropped, as a page drops it
                line += word
        out.append(line)
    return "\n".join(out) + "\n"


def _facts(text: str) -> set:
    draft = extract_text(text, "report.txt", "411122", 2022, name="临颍县")
    for p in draft.facts:  # every quote is the document's own text
        assert draft.quote(p) in text
    return {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}


EXPECTED = {("schools", "primary", 2022, "25"), ("students", "primary", 2022, "12345"),
            ("full_time_teachers", "primary", 2022, "856"), ("schools", "junior", 2022, "8"),
            ("students", "junior", 2022, "6789"), ("full_time_teachers", "junior", 2022, "612"),
            ("preschool_gross_enrollment_rate", None, 2022, "96.5"), ("compulsory_retention_rate", None, 2022, "99.1"),
            ("senior_secondary_gross_enrollment_rate", None, 2022, "93.2"),
            ("edu_total_investment", None, 2022, "123456"), ("edu_general_budget_expenditure", None, 2022, "98765")}


def test_the_paragraphs_unwrapped_are_read():
    assert EXPECTED <= _facts("\n".join(PARAGRAPHS) + "\n")


def test_the_same_paragraphs_wrapped_at_a_pages_width_read_the_same():
    for width in (20, 24, 28, 33, 40):
        text = _wrap(PARAGRAPHS, width)
        assert _facts(text) == _facts("\n".join(PARAGRAPHS) + "\n"), width


def test_a_quote_across_a_wrap_is_cut_from_the_text_as_written():
    text = _wrap(PARAGRAPHS, 24)
    draft = extract_text(text, "report.txt", "411122", 2022, name="临颍县")
    quotes = [draft.quote(p) for p in draft.facts]
    assert any("\n" in q for q in quotes)  # the figure's words run over a line: the quote keeps the line break
    assert all(q in text for q in quotes)


def test_lines_of_a_paragraph_each_a_sentence_are_not_joined():
    """Web pages keep one paragraph a line: their lengths vary, no width is set, nothing is joined."""
    text = "\n".join(["全县小学在校生12345人", "初中在校生6789人", "全县共有幼儿园32所,其中公办园12所,普惠性民办园15所",
                      "专任教师856人"]) + "\n"
    assert "\n" in fold(text).text.strip()
    assert fold(text).text == text


def test_a_heading_after_a_full_line_starts_its_own_line():
    lines = ["全县共有小学25所,在校生12345人,专任教师856人,初中8所", "二、教育经费", "2022年全县教育经费总投入为123456万元。"]
    text = "\n".join([lines[0], lines[0], lines[0], *lines[1:]]) + "\n"
    assert "\n二、教育经费\n" in fold(text).text


def test_a_table_row_is_never_joined_to_the_line_after_it():
    row = "小学   25   12345   856   8   6789   612   32   4567"
    text = "\n".join([row, row, row, "合计   57   19134   1468   8   6789   612   32   4567"]) + "\n"
    assert fold(text).text == text


def test_a_pdf_whose_paragraph_runs_over_lines_reads_its_figures(tmp_path):
    from conftest import cjk_hex, cjk_pdf

    lines = _wrap(PARAGRAPHS, 28).splitlines()
    ops = [f"BT /F1 14 Tf 60 {800 - 20 * i} Td {cjk_hex(line)} Tj ET" for i, line in enumerate(lines)]
    path = tmp_path / "report.pdf"
    path.write_bytes(cjk_pdf(ops))
    document = read_document(path)
    draft = extract_text(document.text, "report.pdf", "411122", 2022, name="临颍县")
    assert EXPECTED <= {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}


def test_a_page_number_or_a_running_header_between_a_line_and_the_next_pages_first_is_passed_over():
    lines = _wrap(PARAGRAPHS, 24).splitlines()
    cut = next(i for i, line in enumerate(lines) if line.endswith("专任教师"))  # the figure's name ends a full line
    for furniture in (["— 3 —"], ["临颍县教育局工作材料"]):
        pages = lines[:cut + 1] + furniture + lines[cut + 1:]
        if furniture == ["临颍县教育局工作材料"]:  # a running header stands on every page: here on the first too
            pages = furniture + pages
        text = "\n".join(pages) + "\n"
        assert ("full_time_teachers", "primary", 2022, "856") in _facts(text), furniture


def test_a_page_number_standing_between_blank_lines_is_passed_over_too():
    lines = _wrap(PARAGRAPHS, 24).splitlines()
    cut = next(i for i, line in enumerate(lines) if line.endswith("专任教师"))
    text = "\n".join(lines[:cut + 1] + ["", "— 3 —", ""] + lines[cut + 1:]) + "\n"
    assert ("full_time_teachers", "primary", 2022, "856") in _facts(text)
    blank = "\n".join(lines[:cut + 1] + [""] + lines[cut + 1:]) + "\n"  # a blank line alone ends the paragraph
    assert ("full_time_teachers", "primary", 2022, "856") not in _facts(blank)


def test_the_pages_width_is_its_widest_common_width_not_that_of_its_many_short_items():
    """A bulletin's items (each a short paragraph, many of one width) are no page's width: its full lines are the
    widest, with few lines wider still."""
    from checker.intake.extract.normal import _page_width

    assert _page_width([34, 34, 33.5, 30, 30, 30, 30, 30, 30, 12]) == 34
    assert _page_width([34, 34, 30, 30, 30, 30]) is None  # two full lines: no page
    assert _page_width([60, 60, 60, 80, 120, 150, 200]) is None  # a web page's paragraphs, one a line


def test_a_lead_in_run_over_two_lines_keeps_its_year_for_the_items_under_it():
    """A lead-in naming its year, broken over lines (…2021年全县普通小学、普 / 通初中…情况是:), whether or not the page's
    width is found: its year is the items'."""
    items = [f"({k})全县普通{stage}为{value}元,比上年的{prior}元增长{pct}%。" for k, (stage, value, prior, pct) in enumerate(
        [("小学", "2716.00", "2600.00", "4.46"), ("初中", "3497.01", "3300.50", "5.95"), ("高中", "3296.09", "3100.00", "6.33")], 1)]
    paragraphs = ["一、教育经费投入情况", "全县教育经费总投入为123456万元,比上年增长5.2%,其中一般公共预算教育经费为98765万元。",
                  "二、生均公用经费", "各级教育生均一般公共预算公用经费支出增长情况。2021年全县普通小学、普通初中、普通高中等学校生均"
                  "一般公共预算公用经费支出情况是:", *items, *items]
    text = _wrap(paragraphs, 34)
    facts = _facts(text)
    assert ("per_student_public_funding", "junior", 2021, "3497.01") in facts
    assert not any(f[0] == "per_student_public_funding" and f[2] == 2022 for f in facts)  # never the evaluated year's
