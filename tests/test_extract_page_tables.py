"""`checker extract` on tables in web pages and Word frames: a saved page's <table>s of figures (a county's
statistics page) are read as grids, their rowspan and colspan cells placed as a browser places them, cited by their
place (表1 第3行第2列); a table that lays out a page or a Word report (the article in one of its cells, a 红头 frame)
is read as text, and a table of figures inside it still as a grid. Every document here is written for the test;
each test of a reading failed before it was written (the page layout-table guard held already)."""

from checker.api import extract_report


def _draft(tmp_path, body: str, period: int = 2022, code: str = "411122", name: str = "临颍县"):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>统计</title><style>td{{}}</style></head><body>{body}</body></html>",
                    encoding="utf-8")
    return extract_report(path, code, period, name=name)


def _facts(draft) -> set:
    return {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}


TABLE = """<p>2022年临颍县教育事业基本情况</p><p>单位:所、人</p>
<table>
<tr><th rowspan="2">学段</th><th colspan="2">学校数</th><th colspan="2">专任教师数</th></tr>
<tr><th>2021年</th><th>2022年</th><th>2021年</th><th>2022年</th></tr>
<tr><td>小学</td><td>27</td><td>25</td><td>840</td><td>856</td></tr>
<tr><td>初中</td><td>8</td><td>8</td><td>600</td><td>612</td></tr>
</table>"""


def test_a_pages_table_is_read_as_a_grid_with_its_merged_headers(tmp_path):
    draft = _draft(tmp_path, TABLE)
    assert {("schools", "primary", 2022, "25"), ("schools", "primary", 2021, "27"),
            ("full_time_teachers", "primary", 2022, "856"), ("full_time_teachers", "junior", 2021, "600"),
            ("full_time_teachers", "junior", 2022, "612"), ("schools", "junior", 2022, "8")} <= _facts(draft)
    by_value = {p.value: p.locator for p in draft.facts if p.period == 2022}
    assert by_value["856"] == "表1 第3行第5列"  # the header's two rows first; 学段 merged down over both


def test_a_cell_merged_down_covers_the_place_under_it(tmp_path):
    body = """<p>单位:人</p><table>
<tr><th>类别</th><th>学段</th><th>在校生数</th></tr>
<tr><td rowspan="2">义务教育</td><td>小学</td><td>12345</td></tr>
<tr><td>初中</td><td>6789</td></tr>
</table>"""
    assert {("students", "primary", 2022, "12345"), ("students", "junior", 2022, "6789")} <= _facts(_draft(tmp_path, body))


def test_a_layout_table_holding_the_article_is_read_as_text(tmp_path):
    article = ("2022年,全县共有小学25所,在校生12345人,专任教师856人;初中8所,在校生6789人,专任教师612人。"
               "全县学前三年毛入园率达到96.5%,九年义务教育巩固率达到99.1%,高中阶段毛入学率达到93.2%。")
    body = f"""<table><tr><td>首页</td><td>政务公开</td></tr>
<tr><td>导航</td><td><p>{article}</p><table><tr><td>发布日期</td><td>2023-01-05</td></tr></table></td></tr></table>"""
    assert {("students", "primary", 2022, "12345"), ("full_time_teachers", "junior", 2022, "612"),
            ("compulsory_retention_rate", None, 2022, "99.1")} <= _facts(_draft(tmp_path, body))


def test_a_table_of_places_gives_the_county_its_row_only(tmp_path):
    body = """<p>表3 各县区中小学在校生数(2022年)</p><p>单位:人</p><table>
<tr><td>县区</td><td>小学</td><td>初中</td></tr><tr><td>全市</td><td>98765</td><td>45678</td></tr>
<tr><td>郾城区</td><td>23456</td><td>11234</td></tr><tr><td>临颍县</td><td>12345</td><td>6789</td></tr></table>"""
    draft = _draft(tmp_path, body)
    assert _facts(draft) == {("students", "primary", 2022, "12345"), ("students", "junior", 2022, "6789")}
    assert ("23456", "other_entity") in {(u.figure, u.reason) for u in draft.unattached}


def test_a_table_never_closed_and_a_bad_span_are_read_not_refused(tmp_path):
    body = """<p>单位:人</p><table><tr><th>学段</th><th colspan="x">在校生数</th></tr>
<tr><td>小学</td><td rowspan="9999">12345</td></tr><tr><td>初中</td></tr>"""
    draft = _draft(tmp_path, body)
    assert not any(p.value == "12345" for p in draft.facts)  # one cell over 小学 and 初中: a joint figure, no one's
    assert ("12345", "merged_cell") in {(u.figure, u.reason) for u in draft.unattached}


def _docx(tmp_path, build) -> "object":
    import docx

    document = docx.Document()
    build(document)
    path = tmp_path / "report.docx"
    document.save(path)
    return extract_report(path, "411122", 2022, name="临颍县")


ARTICLE = ("2022年,全县共有小学25所,在校生12345人,专任教师856人;初中8所,在校生6789人,专任教师612人。"
           "全县学前三年毛入园率达到96.5%,九年义务教育巩固率达到99.1%,高中阶段毛入学率达到93.2%。")


def test_a_word_report_set_in_a_one_cell_table_is_read_as_its_text(tmp_path):
    """Word templates set a whole report in a table's cell (a 红头 frame): its text, not one grid cell."""
    def build(document):
        frame = document.add_table(rows=2, cols=1)
        frame.cell(0, 0).text = "临颍县人民政府教育督导室"
        frame.cell(1, 0).text = ARTICLE
    assert {("students", "primary", 2022, "12345"), ("full_time_teachers", "junior", 2022, "612"),
            ("compulsory_retention_rate", None, 2022, "99.1")} <= _facts(_docx(tmp_path, build))


def test_a_table_of_figures_inside_a_word_frame_is_still_a_grid(tmp_path):
    def build(document):
        frame = document.add_table(rows=1, cols=1)
        cell = frame.cell(0, 0)
        cell.text = "单位:人"
        inner = cell.add_table(rows=3, cols=2)
        for r, row in enumerate([["学段", "在校生数"], ["小学", "12345"], ["初中", "6789"]]):
            for c, text in enumerate(row):
                inner.cell(r, c).text = text
    draft = _docx(tmp_path, build)
    assert {("students", "primary", 2022, "12345"), ("students", "junior", 2022, "6789")} <= _facts(draft)
    assert {p.locator for p in draft.facts} == {"表1 第2行第2列", "表1 第3行第2列"}


def test_a_pdf_whose_text_stands_in_a_ruled_frame_is_read_as_its_text(tmp_path):
    """A frame ruled round a page's text, a rule under its heading (a 红头 template's), is found as a table of one
    column: a frame, its text read as text."""
    from conftest import cjk_hex, cjk_pdf

    lines = [sentence + "。" for sentence in ARTICLE.split("。") if sentence]
    ops = ["40 40 515 760 re S", "40 700 m 555 700 l S"]  # the frame, and the rule under the heading
    ops += [f"BT /F1 14 Tf 60 740 Td {cjk_hex('临颍县人民政府教育督导室')} Tj ET"]
    ops += [f"BT /F1 8 Tf 50 {680 - 14 * i} Td {cjk_hex(line)} Tj ET" for i, line in enumerate(lines)]
    path = tmp_path / "report.pdf"
    path.write_bytes(cjk_pdf(ops))
    draft = extract_report(path, "411122", 2022, name="临颍县")
    assert {("students", "primary", 2022, "12345"), ("full_time_teachers", "junior", 2022, "612"),
            ("compulsory_retention_rate", None, 2022, "99.1")} <= _facts(draft)
