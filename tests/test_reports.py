"""The inspector's reports: the Excel workbook and the self-contained HTML page (in a real browser)."""

import json
import shutil
import subprocess
import sys
import zipfile
from html.parser import HTMLParser

import pytest

from checker.api import check
from checker.report.render import render
from conftest import MINIMAL, SUBMISSIONS, write

EVIL_NAME = "<script>document.documentElement.setAttribute('data-pwned','1')</script>恶意县"
EVIL_QUOTE = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\">=HYPERLINK(\"x\")"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("evil")
    write(tmp, "evil.yaml", MINIMAL.replace("陆良县", json.dumps(EVIL_NAME, ensure_ascii=False))
          .replace('"530322"', '"530399"') + "  - {indicator: dropouts_outstanding, period: 2021, "
          f"source: {{document: report, quote: {json.dumps(EVIL_QUOTE, ensure_ascii=False)}}}}}\n")
    write(tmp, "broken.yaml", "entity: [\n")
    result = check([SUBMISSIONS, tmp], jobs=1)
    assert [e.file.rsplit("/", 1)[-1] for e in result.errors] == ["broken.yaml"]
    assert any(f.entity.name == EVIL_NAME for f in result.findings)
    return result


def workbook_bytes(report, **options) -> bytes:
    return b"".join(render(report.record(), "xlsx", "zh", **options))


@pytest.fixture(scope="module")
def workbook(report, tmp_path_factory):
    from openpyxl import load_workbook

    path = tmp_path_factory.mktemp("xlsx") / "r.xlsx"
    path.write_bytes(workbook_bytes(report, entity_sheets=True))
    return load_workbook(path)


def test_workbook_has_counts_summary_matrix_findings_and_errors(report, workbook):
    wb = workbook
    assert wb.sheetnames[:6] == ["单位计数", "各准则不达标率", "各省份不达标率", "汇总", "明细", "无效输入"]
    summary = wb["汇总"]
    assert summary.freeze_panes == "G3" and summary.auto_filter.ref.startswith("A2:")
    rows = list(summary.iter_rows(values_only=True))
    titles, ids = rows[0], rows[1]
    col = ids.index("DUT-FUND-02 中职")
    assert titles[col] == "生均一般公共预算教育支出逐年只增不减(分学段)(中职)"
    assert titles[3] == "省份"
    qujing = next(r for r in rows if r[0] == "530300")
    assert qujing[1] == "曲靖市" and qujing[3] == "云南省" and qujing[col] == "✗ 不达标"
    assert summary.cell(row=rows.index(qujing) + 1, column=col + 1).fill.start_color.rgb.endswith("FFC7CE")
    assert any(r[6] == "⚠ 无效提交" and "broken.yaml" in r[1] for r in rows)
    totals = {r[1]: r for r in rows if r[0] == "合计"}
    fails = sum(1 for f in report.findings if (f.criterion_id, f.stage, f.status.value) == ("DUT-FUND-02", "vocational", "fail"))
    assert totals["不达标"][col] == fails >= 1
    findings = list(wb["明细"].iter_rows(values_only=True))
    assert len(findings) == len(report.findings) + 1
    vocational = next(r for r in findings if r[0] == "530300" and r[5] == "DUT-FUND-02" and r[6] == "中职")
    assert vocational[4] == "生均一般公共预算教育支出逐年只增不减(分学段)" and vocational[2] == "云南省"
    assert "10007.75 元" in vocational[12] and "二(五)1" in vocational[12] and "qujing-2021.yaml facts[10]" in vocational[12]
    assert vocational[10] == "核对 facts[10]、facts[11]"  # what to do, and where
    assert any(name.startswith("530300 曲靖市") for name in wb.sheetnames)


def test_workbook_counts_entities_and_prints_on_landscape_pages(report, workbook):
    counts = list(workbook["单位计数"].iter_rows(values_only=True))
    entities = len({(f.entity.code, f.period) for f in report.findings})
    assert ("合计", entities) == counts[6][:2]
    assert sum(r[1] for r in counts[1:6]) == entities  # each entity once, by its overall result
    for ws in workbook.worksheets:
        assert ws.freeze_panes and ws.auto_filter.ref, ws.title
        assert ws.page_setup.orientation == "landscape" and ws.print_title_rows, ws.title
        if ws.title == "汇总":  # a column per criterion and stage: pages across at a legible scale
            assert ws.page_setup.scale >= 75 and not ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
            assert ws.print_title_cols == "$A:$B"  # code and name on every page
        else:
            # one page wide: fitToWidth absent is the file format's default, 1
            assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0, ws.title
            assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        # title, sheet and the report's own date in the header; page X of Y in the footer
        assert ws.oddHeader.left.text == "教育督导核查报告" and ws.oddHeader.center.text == "&A", ws.title
        assert ws.oddHeader.right.text == "报告日期 " + report.record()["meta"]["generated_at"][:10], ws.title
        assert ws.oddFooter.center.text == "第 &P 页,共 &N 页", ws.title


def test_workbook_rates_are_percentages_under_heads_that_name_them(workbook):
    for name in ("各准则不达标率", "各省份不达标率"):
        ws = workbook[name]
        heads = [c.value for c in ws[1]]
        assert "比例" not in heads and len(set(heads)) == len(heads), name
        fail, missing = heads.index("不达标率"), heads.index("缺数据率")
        assert heads[fail - 1] == "不达标单位数" and heads[missing - 1] == "缺数据单位数"
        for row in ws.iter_rows(min_row=2):
            for cell in (row[fail], row[missing]):
                assert cell.number_format == "0.0%" and 0 <= cell.value <= 1, (name, cell.coordinate)


def test_workbook_entity_sheet_lists_what_to_do_and_its_notices_on_their_own_page(report, workbook):
    ws = next(workbook[n] for n in workbook.sheetnames if n.startswith("530300 曲靖市"))
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1][6] == "需要处理"
    assert rows[2][3] in ("✗ 不达标", "! 错误") and rows[2][6].startswith("核对 ")  # problems first, with their places
    notices = [n for n in report.notices if n.file.endswith("qujing-2021.yaml")]
    assert notices
    start = next(i for i, r in enumerate(rows, start=1) if (r[0] or "").startswith("提示"))
    assert [b.id for b in ws.row_breaks.brk] == [start - 1]  # the notices begin a printed page
    assert rows[start - 1][0] == f"提示 ({len(notices)})" and "未被任何准则读取" in rows[start][5]
    others = workbook["提示"]
    assert [c.value for c in others[1]][3] == "单位" and any(r[3] == "530300" for r in others.iter_rows(values_only=True))


def test_workbook_never_holds_a_formula(report):
    data = workbook_bytes(report)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        sheets = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/")]
        strings = z.read("xl/sharedStrings.xml").decode("utf-8") if "xl/sharedStrings.xml" in z.namelist() else ""
    assert sheets and not any("<f>" in s or "<f " in s for s in sheets)
    assert "=HYPERLINK" in "".join(sheets) + strings  # kept, as text


def test_cli_writes_xlsx(tmp_path):
    out = tmp_path / "r.xlsx"
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(SUBMISSIONS / "qujing-2021.yaml"),
                           "-f", "xlsx", "-o", str(out)], capture_output=True)
    assert proc.returncode == 1 and out.read_bytes()[:2] == b"PK"


def test_junit_has_one_testcase_per_finding_and_failures_as_failures(report):
    """One test case per finding, and one per invalid input (an error); binding fail and missing
    are failures, advisory ones pass (render/junit.py)."""
    from xml.etree import ElementTree

    root = ElementTree.fromstring("".join(render(report.record(), "junit", "zh")).encode("utf-8"))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(report.findings) + len(report.errors) and report.errors
    failing = {(c.get("classname"), c.get("name")) for c in cases if c.find("failure") is not None}
    expected = sum(1 for f in report.findings if f.status.value in ("fail", "missing") and f.severity.value == "blocking")
    assert 0 < expected < sum(1 for f in report.findings if f.status.value in ("fail", "missing"))
    assert len([c for c in cases if c.find("failure") is not None]) == expected
    assert ("DUT-FUND-02", "生均一般公共预算教育支出逐年只增不减(分学段)(中职)") in failing
    assert int(root.get("failures")) == expected
    assert int(root.get("tests")) == len(cases)


def html_text(report, lang="zh") -> str:
    return "".join(render(report.record(), "html", lang))


def test_html_is_self_contained_and_escapes_county_text(report):
    page = html_text(report)
    assert "<script>document" not in page and "<img src=x" not in page
    assert "\\u003cscript>document" in page or "\\u003cscript\\u003edocument" in page or "\u003cscript" in page
    assert page.count("<script>") == 1  # the page's own script; the data blocks are inert JSON
    assert page.count('<script type="application/json"') == len({(f.entity.code, f.period) for f in report.findings}) + 1
    for external in ("http://", "https://", "src=\"//", "<link"):
        assert external not in page.replace("http-equiv", "").replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "曲靖市" in page and "10007.75 元" in page and "中等職業(yè)學(xué)校一般公共預(yù)算教育支出為10007.75元" in page
    assert 'class="num rate f"><i style="width:' in page and "各准则不达标率" in page and "云南省" in page


def browse(path, fragment=""):
    """What a person sees after the page's script ran (headless Chromium's DOM, parsed by lxml)."""
    from lxml import html as lhtml

    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is required: scripts/setup-tests.sh installs it"
    profile = path.parent / "profile"
    proc = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", path.as_uri() + fragment],
        capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    return lhtml.fromstring(proc.stdout)


def visible(node) -> bool:
    while node is not None:
        if node.get("hidden") is not None:
            return False
        node = node.getparent()
    return True


@pytest.fixture(scope="module")
def page(report, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(html_text(report), encoding="utf-8")
    return path


def test_browser_overview_counts_entities_and_runs_no_county_script(report, page):
    dom = browse(page)
    assert dom.get("data-pwned") is None  # neither injected script ran
    entities = {(f.entity.code, f.period) for f in report.findings}
    cards = [int(b.text) for b in dom.xpath('//*[@id="verdicts"]//b')]
    assert sum(cards) == len(entities)
    rows = dom.xpath('//tbody[@id="mbody"]/tr')
    assert len(rows) == len(entities)
    assert "530300 曲靖市" in {r.get("data-key") for r in rows}
    assert not dom.xpath('//tr[contains(@class, "finding")]')  # no county is built until opened
    criteria = " ".join(dom.xpath('//table[@id="by-criterion"]//td/text()'))
    assert "生均一般公共预算教育支出逐年只增不减(分学段)" in criteria
    heads = dom.xpath('//table[@id="matrix"]/thead//th[@title]')
    assert any(h.get("title") == "DUT-FUND-02 vocational" and "(中职)" in h.text_content() for h in heads)
    assert visible(dom.xpath('//main[@id="overview"]')[0])


def test_browser_opens_a_county_with_its_failures_by_title_and_evidence_as_written(report, page):
    dom = browse(page, "#e=530300-2021")
    assert not visible(dom.xpath('//main[@id="overview"]')[0])
    rows = dom.xpath('//main[@id="entity"]//tr[contains(@class, "finding")]')
    qujing = [f for f in report.findings if f.entity.code == "530300"]
    assert len(rows) == len(qujing)
    failing = [r for r in rows if r.get("data-status") == "fail"]
    titles = {r.xpath('.//div[@class="ctitle"]')[0].text_content() for r in failing}
    assert titles == {f.title_zh for f in qujing if f.status.value == "fail"}
    assert rows[0].get("data-status") in ("fail", "error")  # problems first
    text = " ".join(r.text_content() for r in rows)
    assert "124.40 亿元" in text and "12440000000" not in text
    assert "曲靖市2021年履行教育职责" in text or "qujing-2021.yaml facts[0]" in text
    change = next(r for r in failing if "CON-CHANGE-01" in r.text_content())
    first = change.xpath('.//td[contains(@class, "ev")]/div')[0].text_content()
    assert "5402.99 元" in first  # the figures that disagree come first


def test_browser_filters_by_status_and_searches(report, page):
    dom = browse(page, "#status=fail")
    keys = {r.get("data-key") for r in dom.xpath('//tbody[@id="mbody"]/tr')}
    failing = {f"{f.entity.code} {f.entity.name}" for f in report.findings if f.status.value == "fail"}
    assert keys == failing
    dom = browse(page, "#q=曲靖")
    assert [r.get("data-key") for r in dom.xpath('//tbody[@id="mbody"]/tr')] == ["530300 曲靖市"]
    dom = browse(page, "#e=530300-2021&status=fail")
    shown = [r.get("data-status") for r in dom.xpath('//main[@id="entity"]//tr[contains(@class, "finding")]')
             if visible(r)]
    assert shown and set(shown) == {"fail"}


@pytest.fixture(scope="module")
def form_report(tmp_path_factory):
    """A county's filled form with ordinary gaps and one unit from the wrong family."""
    from test_template import fill_workbook

    def edit(ws, header, index):
        col = {k: header.index(k) + 1 for k in header}
        ws.cell(row=index[("per_student_general_budget_expenditure", "vocational", 2021)], column=col["value"], value="10007.75")
        ws.cell(row=index[("per_student_general_budget_expenditure", "vocational", 2020)], column=col["value"], value="10071.80")
        pre = index[("preschool_gross_enrollment_rate", None, 2021)]
        ws.cell(row=pre, column=col["value"], value="92")
        ws.cell(row=pre, column=col["unit"], value="万元")

    return check([fill_workbook(tmp_path_factory.mktemp("form"), edit)])


def test_workbook_names_the_cells_to_fill_and_to_check(form_report, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "r.xlsx"
    path.write_bytes(workbook_bytes(form_report, entity_sheets=True))
    wb = load_workbook(path)
    primary = next(f for f in form_report.findings if (f.criterion_id, f.stage) == ("DUT-FUND-02", "primary"))
    cells = [m["cell"] for m in primary.missing]
    assert cells and all(c.startswith("数据!G") for c in cells)
    rows = list(wb["明细"].iter_rows(values_only=True))
    assert rows[0][10] == "需要处理"
    row = next(r for r in rows if r[5] == "DUT-FUND-02" and r[6] == "小学")
    assert row[10] == "填写 " + "、".join(cells)
    row = next(r for r in rows if r[5] == "DUT-FUND-02" and r[6] == "中职")
    assert row[10] == "核对 " + "、".join(f"数据!{e.location.cell}" for e in next(
        f for f in form_report.findings if (f.criterion_id, f.stage) == ("DUT-FUND-02", "vocational")).evidence)
    sheet = wb[next(n for n in wb.sheetnames if n.startswith("530300"))]
    texts = [r for r in sheet.iter_rows(values_only=True)]
    assert any(r[0] == "无效输入 (1)" for r in texts)  # the county's own input error, on its page
    assert any(r[0] == form_report.errors[0].place and "万元" in r[5] for r in texts)


def test_rate_bars_one_per_measure_within_their_cells(report, page):
    """Each rate has its own bar, 0–100 % of its cell (a county failing and missing data is not
    stacked past 100 %), and each name is a table cell, never clipped."""
    import re

    dom = browse(page)
    for ident in ("by-criterion", "by-province"):
        for tr in dom.xpath(f'//table[@id="{ident}"]/tbody/tr'):
            cells = tr.xpath('./td[contains(@class, "rate")]')
            assert len(cells) == 2, ident  # fail, missing data
            for td in cells:
                width = float(re.search(r"width:([\d.]+)%", td.xpath("./i")[0].get("style")).group(1))
                assert 0 <= width <= 100 and td.text_content() == f"{width:.1f}%"
            assert tr.xpath("./td")[0].text_content().strip()
    assert not dom.xpath("//svg")
    provinces = [r.xpath("./td")[0].text_content() for r in dom.xpath('//table[@id="by-province"]/tbody/tr')]
    assert "云南省" in provinces and all(not p.endswith("…") for p in provinces)


def _overview_numbers(dom):
    cards = {c.get("data-k"): int(c.xpath("./b")[0].text) for c in dom.xpath('//*[@id="verdicts"]/div')}
    crit = {tr.get("data-k"): [td.text_content() for td in tr.xpath("./td")[1:6]]
            for tr in dom.xpath('//table[@id="by-criterion"]/tbody/tr') if visible(tr)}
    prov = {tr.get("data-k"): [td.text_content() for td in tr.xpath("./td")[1:6]]
            for tr in dom.xpath('//table[@id="by-province"]/tbody/tr') if visible(tr)}
    return cards, crit, prov


def test_overview_follows_the_province_filter(report, page):
    """A province's view of its own counties: the page's script counts exactly as the server
    does (unfiltered, the same numbers), and for a province only its counties."""
    from checker.report.render.overview import overview

    record = report.record()

    def counted(keep):
        stats = overview({**record, "findings": [f for f in record["findings"] if keep(f["entity"])]})
        return stats, {r.key: [str(r.assessed), str(r.fail), f"{r.share('fail'):.1%}", str(r.missing),
                               f"{r.share('missing'):.1%}"] for r in stats.by_criterion()}

    stats, expected = counted(lambda e: e["name"] == "曲靖市")  # a search
    cards, crit, _prov = _overview_numbers(browse(page, "#q=曲靖"))
    assert cards == stats.by_verdict and sum(cards.values()) == 1 and crit == expected
    stats, expected = counted(lambda e: e["code"].startswith("53"))
    dom = browse(page, "#p=53")
    cards, crit, prov = _overview_numbers(dom)
    assert cards == stats.by_verdict and sum(cards.values()) == stats.entities < len(
        {(f.entity.code, f.period) for f in report.findings})
    assert crit == expected
    order = [tr.get("data-k") for tr in dom.xpath('//table[@id="by-criterion"]/tbody/tr') if visible(tr)]
    assert order == [r.key for r in stats.by_criterion()]  # worst first, for the province
    assert list(prov) == ["53"]
    assert "云南省" in dom.xpath('//p[@id="scope"]')[0].text_content() and visible(dom.xpath('//p[@id="scope"]')[0])
    assert dom.xpath('//span[@id="hits"]')[0].text_content() == f"显示 {stats.entities} / {stats.entities} 个单位"


def test_filter_results_are_where_the_eye_is(report, page, tmp_path):
    """With a filter, the matrix of results is scrolled to just under the filter bar; without
    one the page opens at its top. (The report in a frame, whose position the frame's page reads.)"""
    import re

    frame = tmp_path / "frame.html"
    frame.write_text(
        f'<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{page.as_uri()}#p=53" width="1400" height="900">'
        "</iframe><pre id=out></pre><script>document.getElementById('f').onload=function(){setTimeout(function(){"
        "var w=document.getElementById('f').contentWindow,t=w.document.getElementById('matrix-title');"
        "document.getElementById('out').textContent='y='+w.scrollY+' top='+Math.round(t.getBoundingClientRect().top);},500);};"
        "</script></body></html>", encoding="utf-8")

    def position(fragment):
        frame.write_text(frame.read_text("utf-8").replace("#p=53", fragment), encoding="utf-8")
        proc = subprocess.run([shutil.which("chromium"), "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                               f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                               frame.as_uri()], capture_output=True, timeout=120)
        found = re.search(r"y=(\d+) top=(-?\d+)", proc.stdout.decode("utf-8"))
        assert found, proc.stdout.decode("utf-8", "replace")[-500:]
        return int(found.group(1)), int(found.group(2))

    scrolled, top = position("#p=53")
    assert scrolled > 0 and 0 <= top <= 120  # the results' heading just under the sticky filter bar
    assert position("#p=")[0] == 0  # no filter: the overview from its top


def test_a_single_county_page_opens_on_the_county_with_what_to_do(form_report, tmp_path):
    path = tmp_path / "county.html"
    path.write_text(html_text(form_report), encoding="utf-8")
    dom = browse(path)
    assert not visible(dom.xpath('//main[@id="overview"]')[0]) and visible(dom.xpath('//main[@id="entity"]')[0])
    todo = dom.xpath('//section[@id="todo"]')[0]
    items = [li.text_content() for li in todo.xpath(".//li")]
    assert todo.xpath("./h3")[0].text_content().startswith("需要处理")
    assert form_report.errors[0].place in items[0] and "万元" in items[0]  # the input error first
    primary = next(f for f in form_report.findings if (f.criterion_id, f.stage) == ("DUT-FUND-02", "primary"))
    assert any(("填写 " + "、".join(m["cell"] for m in primary.missing)) in i for i in items)
    assert any("核对 数据!G" in i for i in items)
    assert len(items) == 1 + sum(1 for f in form_report.findings if f.status.value in ("error", "fail", "missing", "warn"))
    fix = [td.text_content() for td in dom.xpath('//tr[contains(@class, "finding")]/td[contains(@class, "fix")]')]
    assert any(t.startswith("填写 数据!G") for t in fix)
    back = browse(path, "#all")  # the way back to the overview stays open
    assert visible(back.xpath('//main[@id="overview"]')[0])


def test_what_to_do_and_the_rate_heads_in_english(form_report, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "county.html"
    path.write_text(html_text(form_report, "en"), encoding="utf-8")
    todo = browse(path).xpath('//section[@id="todo"]')[0]
    assert todo.xpath("./h3")[0].text_content().startswith("to do (")
    assert any("fill in 数据!G" in li.text_content() for li in todo.xpath(".//li"))
    book = tmp_path / "r.xlsx"
    book.write_bytes(b"".join(render(form_report.record(), "xlsx", "en")))
    wb = load_workbook(book)
    heads = [c.value for c in wb.worksheets[1][1]]
    assert {"failure rate", "missing-data rate", "entities failing"} <= set(heads)
    assert wb.worksheets[0].oddFooter.center.text == "page &P of &N"
