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
    assert "10007.75 元" in vocational[11] and "二(五)1" in vocational[11] and "qujing-2021.yaml facts[10]" in vocational[11]
    assert any(name.startswith("530300 曲靖市") for name in wb.sheetnames)


def test_workbook_counts_entities_and_prints_on_landscape_pages(report, workbook):
    counts = list(workbook["单位计数"].iter_rows(values_only=True))
    entities = len({(f.entity.code, f.period) for f in report.findings})
    assert ("合计", entities) == counts[6][:2]
    assert sum(r[1] for r in counts[1:6]) == entities  # each entity once, by its overall result
    for ws in workbook.worksheets:
        assert ws.freeze_panes and ws.auto_filter.ref, ws.title
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows, ws.title


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
    assert "<svg" in page and "各准则不达标率" in page and "云南省" in page


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
