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


def test_workbook_has_summary_matrix_findings_and_errors(report, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "r.xlsx"
    path.write_bytes(workbook_bytes(report, entity_sheets=True))
    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["汇总", "明细", "输入错误"]
    summary = wb["汇总"]
    assert summary.freeze_panes == "F2" and summary.auto_filter.ref.startswith("A1:")
    rows = list(summary.iter_rows(values_only=True))
    header = rows[0]
    col = header.index("DUT-FUND-02 中职")
    qujing = next(r for r in rows if r[0] == "530300")
    assert qujing[1] == "曲靖市" and qujing[col] == "✗ 不达标"
    assert summary.cell(row=rows.index(qujing) + 1, column=col + 1).fill.start_color.rgb.endswith("FFC7CE")
    assert any(r[5] == "⚠ 无效提交" and "broken.yaml" in r[1] for r in rows)
    findings = list(wb["明细"].iter_rows(values_only=True))
    assert len(findings) == len(report.findings) + 1
    vocational = next(r for r in findings if r[0] == "530300" and r[3] == "DUT-FUND-02" and r[5] == "中职")
    assert "10007.75 元" in vocational[10] and "二(五)1" in vocational[10]
    assert any(name.startswith("530300 曲靖市") for name in wb.sheetnames)


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


def html_text(report, lang="zh") -> str:
    return "".join(render(report.record(), "html", lang))


def test_html_is_self_contained_and_escapes_county_text(report):
    page = html_text(report)
    assert "<script>document" not in page and "&lt;script&gt;document" in page
    assert "<img src=x" not in page and "&lt;img src=x" in page
    assert page.count("<script>") == 1  # the page's own filter script, nothing else
    for external in ("http://", "https://", "src=\"//", "<link"):
        assert external not in page.replace("http-equiv", "")
    assert "曲靖市" in page and "10007.75" in page and "中等職業(yè)學(xué)校一般公共預(yù)算教育支出為10007.75元" in page


class _Dom(HTMLParser):
    """What a person sees after the page's script ran: visible finding rows and sections."""

    def __init__(self):
        super().__init__()
        self.rows, self.sections, self.matrix, self.html_attrs = [], [], [], {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_attrs = a
        elif tag == "tr" and "finding" in (a.get("class") or ""):
            self.rows.append((a.get("data-status"), "hidden" in a))
        elif tag == "tr" and "mrow" in (a.get("class") or ""):
            self.matrix.append((a.get("data-search"), "hidden" in a))
        elif tag == "section":
            self.sections.append((a.get("data-search"), "hidden" in a))


def browse(path, fragment=""):
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is required: scripts/setup-tests.sh installs it"
    profile = path.parent / "profile"
    proc = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", path.as_uri() + fragment],
        capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    dom = _Dom()
    dom.feed(proc.stdout.decode("utf-8"))
    return dom


@pytest.fixture(scope="module")
def page(report, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(html_text(report), encoding="utf-8")
    return path


def test_browser_shows_every_finding_and_runs_no_county_script(report, page):
    dom = browse(page)
    assert "data-pwned" not in dom.html_attrs  # neither injected script ran
    assert len(dom.rows) == len(report.findings) and not any(hidden for _, hidden in dom.rows)
    assert len(dom.matrix) == len({(f.entity.code, f.period) for f in report.findings})


def test_browser_filters_by_status(report, page):
    dom = browse(page, "#status=fail")
    visible = [status for status, hidden in dom.rows if not hidden]
    assert visible and set(visible) == {"fail"}
    assert len(visible) == sum(1 for f in report.findings if f.status.value == "fail")
    assert any(hidden for _, hidden in dom.sections)  # entities without a failure are hidden


def test_browser_searches_by_county(page):
    dom = browse(page, "#q=曲靖")
    shown = [key for key, hidden in dom.sections if not hidden]
    assert shown == ["530300 曲靖市"]
    assert [key for key, hidden in dom.matrix if not hidden] == ["530300 曲靖市"]
