"""Every input handled (issue 20): entity codes in YAML and JSON judged by the long table's own rule;
damaged workbooks and Word files are input errors naming the file on every path an .xlsx or .docx is
read through; reports given to `extract` bounded before they are read (size, unpacked size, pages,
characters). No test here times anything: the bounds are shown by what is refused and what is never
called."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.api import check
from checker.cli import app
from checker.i18n import render
from checker.intake.facts import normal_code
from conftest import ROOT, SUBMISSIONS, pdf_file

runner = CliRunner()
COLUMNS = "entity_code,entity_name,entity_level,region,period,indicator,stage,value,unit,document,locator,quote"


def cli(*args: str):
    return runner.invoke(app, list(args), env={"SOURCE_DATE_EPOCH": "1700000000"})


# --- entity codes in YAML and JSON ---------------------------------------------------------------

BAD_CODES = {"integer": 12, "trailing newline": "530300\n", "short": "5303"}


def _document(folder: Path, kind: str, code) -> Path:
    path = folder / f"s.{kind}"
    if kind == "json":
        data = {"entity": {"code": code, "name": "曲靖市", "level": "prefecture", "region": "west"}, "period": 2021,
                "facts": [{"indicator": "students", "period": 2021, "value": 100, "unit": "人"}]}
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:  # the code as a YAML scalar: 12 plain, "530300\n" double-quoted with its escape
        path.write_text(f"entity:\n  code: {json.dumps(code, ensure_ascii=False)}\n  name: 曲靖市\n  level: prefecture\n"
                        "  region: west\nperiod: 2021\nfacts:\n  - {indicator: students, period: 2021, value: 100, unit: 人}\n",
                        encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["yaml", "json"])
@pytest.mark.parametrize("case", list(BAD_CODES))
def test_a_bad_entity_code_in_a_document_is_an_input_error_at_entity_code(tmp_path, kind, case):
    path = _document(tmp_path, kind, BAD_CODES[case])
    report = check([path])
    assert [(e.file, e.place, e.internal) for e in report.errors] == [(path.as_posix(), "entity.code", False)]
    error, written = report.errors[0], repr(str(BAD_CODES[case]))  # the code as written, as a table's cell is shown
    assert render(error.message, "zh") == f"单位代码 {written} 不是 6 位数字的行政区划代码"
    assert render(error.message, "en") == f"entity code {written} is not a 6-digit division code"
    assert "勿丢失开头的 0" in render(error.expected, "zh") and "leading zero" in render(error.expected, "en")
    assert not report.findings  # no entity 12 or "530300\n" is ever judged
    for lang, words in (("zh", "单位代码"), ("en", "entity code")):
        result = cli("check", str(path), "--lang", lang)
        assert result.exit_code == 2, result.output
        assert f"{path.name}: entity.code" in result.output and words in result.output


@pytest.mark.parametrize("code", [12, "530300\n", "5303", "５３０３００", "530300", 530300, "53030a", True, None])
def test_documents_and_tables_judge_a_code_by_one_rule(tmp_path, code):
    """The rule is facts.normal_code, the one the long table uses: what it refuses a document refuses
    (full-width digits folded alike), and the code kept is the one it gives."""
    report = check([_document(tmp_path, "yaml", code)])
    kept = normal_code(code)
    assert [e.place for e in report.errors] == ([] if kept else ["entity.code"])
    assert {f.entity.code for f in report.findings} == ({kept} if kept else set())


def test_a_code_written_with_its_leading_zero_keeps_it(tmp_path):
    path = tmp_path / "s.yaml"  # YAML 1.1 would read 053000 as an octal number: the text as written is judged
    path.write_text('entity: {code: 053000, name: 某县, level: county}\nperiod: 2021\n'
                    'facts:\n  - {indicator: students, period: 2021, value: 100, unit: 人}\n', encoding="utf-8")
    report = check([path])
    assert not report.errors and {f.entity.code for f in report.findings} == {"053000"}


# --- damaged workbooks and Word files -----------------------------------------------------------

def _stored(data: bytes) -> bytes:
    """The zip rewritten without compression: a changed byte then fails only the member's CRC."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
    return buf.getvalue()


def bad_crc(data: bytes, member: str, at: float = 0.9) -> bytes:
    """The zip with one digit of `member` changed (1 ↔ 0, 2 ↔ 3, …) near its end: the XML stays
    well formed, the CRC fails, and a reader streaming the member meets it only at the end."""
    raw = bytearray(_stored(data))
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo(member)
    local = info.header_offset
    start = local + 30 + int.from_bytes(raw[local + 26:local + 28], "little") + \
        int.from_bytes(raw[local + 28:local + 30], "little")
    i = next(i for i in range(start + int(info.compress_size * at), start + info.compress_size) if raw[i] in b"0123456789")
    raw[i] ^= 0x01
    with pytest.raises(zipfile.BadZipFile, match="CRC"):
        zipfile.ZipFile(io.BytesIO(bytes(raw))).read(member)
    return bytes(raw)


def truncated(data: bytes) -> bytes:
    return data[: len(data) * 2 // 3]


def long_table_xlsx(rows: int = 3000) -> bytes:
    """A long-table workbook large enough that its sheet is not read whole when it is opened."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(COLUMNS.split(","))
    for i in range(rows):
        ws.append(["530321", "会泽县", "county", "west", "2021", "students", "", str(1000 + i), "人", "", "", ""])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_damaged_workbooks_are_input_errors_and_the_batch_goes_on(tmp_path):
    from badfiles import form_bytes

    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SUBMISSIONS / "qujing-2021.yaml", folder / "good.yaml")
    table = long_table_xlsx()
    damaged = {"crc-table.xlsx": bad_crc(table, "xl/worksheets/sheet1.xml"),
               "truncated-table.xlsx": truncated(table),
               "crc-form.xlsx": bad_crc(form_bytes(lambda wb: None), "xl/worksheets/sheet3.xml"),  # its 数据 sheet
               "truncated-form.xlsx": truncated(form_bytes(lambda wb: None))}
    for name, data in damaged.items():
        (folder / name).write_bytes(data)
    report = check([folder], jobs=1)
    assert {(f.entity.code, f.period) for f in report.findings} == {("530300", 2021)}  # the good file is checked
    errors = {Path(e.file).name: e for e in report.errors}
    assert set(errors) == set(damaged)
    for error in errors.values():
        assert not error.internal
        assert render(error.message, "zh").startswith("工作簿已损坏,无法读取")
        assert render(error.message, "en").startswith("the workbook is damaged and cannot be read")
    assert report.exit_code() == 2
    result = cli("check", str(folder), "--lang", "en")
    assert result.exit_code == 2 and "Traceback" not in result.output
    for name in damaged:
        assert name in result.output


def test_a_damaged_school_table_is_named_and_its_submission_still_read(tmp_path):
    from openpyxl import Workbook

    county = tmp_path / "county"
    shutil.copytree(SUBMISSIONS / "synthetic-county", county)
    wb = Workbook()
    import csv

    for row in csv.reader((county / "schools.csv").read_text(encoding="utf-8").splitlines()):
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    (county / "schools.csv").unlink()
    (county / "schools.xlsx").write_bytes(bad_crc(buf.getvalue(), "xl/worksheets/sheet1.xml"))
    text = (county / "county.yaml").read_text(encoding="utf-8")
    (county / "county.yaml").write_text(text.replace("tables: {schools: schools.csv}", "tables: {schools: schools.xlsx}"),
                                        encoding="utf-8")
    report = check([county / "county.yaml"], criteria="yzjh", jobs=1)
    assert [(Path(e.file).name, e.internal) for e in report.errors] == [("schools.xlsx", False)]
    assert "工作簿已损坏" in render(report.errors[0].message, "zh")
    assert report.findings  # the submission itself is checked; its school criteria say the table is unreadable


@pytest.mark.parametrize("damage", ["crc", "truncated"])
def test_a_damaged_plan_form_is_an_invalid_plan_naming_the_file(tmp_path, damage):
    from checker.rules.planform import render_form

    form = render_form()
    path = tmp_path / "规划.xlsx"
    path.write_bytes(bad_crc(form, "xl/worksheets/sheet2.xml") if damage == "crc" else truncated(form))
    result = cli("check", str(SUBMISSIONS / "qujing-2021.yaml"), "--plan", str(path))
    assert result.exit_code == 2, result.output
    assert "规划.xlsx" in result.output and "工作簿已损坏" in result.output and "Traceback" not in result.output


def small_docx() -> bytes:
    import docx

    document = docx.Document()
    for i in range(400):
        document.add_paragraph(f"2021年,全市教育经费总投入{100 + i}.40亿元,比上年增长5.17%。")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("damage", ["crc", "truncated"])
def test_a_damaged_word_report_is_an_input_error(tmp_path, damage):
    data = small_docx()
    path = tmp_path / "报告.docx"
    path.write_bytes(bad_crc(data, "word/document.xml") if damage == "crc" else truncated(data))
    result = cli("extract", str(path), "--entity", "530300", "--period", "2021", "--lang", "en")
    assert result.exit_code == 2 and "报告.docx" in result.output and "damaged" in result.output
    assert "Traceback" not in result.output
    shutil.copy(SUBMISSIONS / "qujing-2021.yaml", tmp_path / "good.yaml")
    report = check([path, tmp_path / "good.yaml"], entity="530300", period=2021, jobs=1)
    assert [(Path(e.file).name, e.internal) for e in report.errors] == [("报告.docx", False)]
    assert report.errors[0].message.key == "input.docx_damaged"  # from the zip's directory or from python-docx alike
    assert render(report.errors[0].message, "zh").startswith("Word 文件已损坏,无法读取")
    assert render(report.errors[0].message, "en").startswith("the Word file is damaged and cannot be read")
    assert report.exit_code() == 2 and report.findings


# --- extract bounded like intake -----------------------------------------------------------------

def bomb_docx(unpacked: int) -> bytes:
    """A Word file whose document.xml unpacks to `unpacked` bytes of one paragraph repeated: a few
    hundred kilobytes on disk (deflate packs it ~1000:1)."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
            b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    para = "<w:p><w:r><w:t>2021年教育经费总投入124.40亿元。</w:t></w:r></w:p>".encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info, src.read(info))
        with z.open("word/document.xml", "w") as f:
            f.write(head)
            block = para * (1024 * 1024 // len(para))
            written = len(head)
            while written < unpacked:
                f.write(block)
                written += len(block)
            f.write(b"</w:body></w:document>")
    return out.getvalue()


@pytest.fixture
def never_parsed(monkeypatch):
    """Called once the test's files are written: python-docx and pdfplumber then fail if called,
    for a refusal must come before either reads a byte."""
    import docx
    import pdfplumber

    def boom(*args, **kwargs):
        raise AssertionError("the file was parsed before its limits were checked")

    def forbid():
        monkeypatch.setattr(docx, "Document", boom)
        monkeypatch.setattr(pdfplumber, "open", boom)

    return forbid


def test_a_word_zip_bomb_is_refused_before_a_member_is_inflated(tmp_path, never_parsed):
    from checker.intake import safeyaml
    from checker.intake.extract import ReportError, read_report

    limit = safeyaml.MAX_XML_MEMBER[".docx"]
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb_docx(limit + 1024 * 1024))
    assert path.stat().st_size < limit // 20  # small on disk
    never_parsed()
    with pytest.raises(ReportError) as err:
        read_report(path)
    assert err.value.key == "input.zip_member_too_large"
    assert err.value.fields["member"] == "word/document.xml" and err.value.fields["limit"] == f"{limit:,}"
    for lang, words in (("zh", "可能是压缩炸弹"), ("en", "a zip bomb?")):
        result = cli("extract", str(path), "--entity", "530300", "--period", "2021", "--lang", lang)
        assert result.exit_code == 2 and "bomb.docx" in result.output and words in result.output
        assert f"{limit:,}" in result.output
    report = check([path], entity="530300", period=2021, jobs=1)  # checked directly: the same refusal
    assert [(e.place, e.internal) for e in report.errors] == [("", False)]
    assert "MiB" in render(report.errors[0].expected, "en") and "压缩炸弹" in render(report.errors[0].message, "zh")


def test_a_word_file_over_the_unpacked_limit_is_refused(tmp_path, monkeypatch, never_parsed):
    from checker.intake import safeyaml
    from checker.intake.extract import ReportError, read_report

    data = small_docx()
    unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    monkeypatch.setitem(safeyaml.MAX_UNPACKED, ".docx", unpacked - 1)  # the limit on all members together
    path = tmp_path / "report.docx"
    path.write_bytes(data)
    never_parsed()
    with pytest.raises(ReportError) as err:
        read_report(path)
    assert err.value.key == "input.docx_too_large_unpacked"
    assert err.value.fields == {"size": f"{unpacked:,}", "limit": f"{unpacked - 1:,}"}
    assert render(err.value.expected, "zh").startswith("解压后不超过")


def test_oversize_text_and_web_pages_are_refused_before_reading(tmp_path):
    from checker.intake import safeyaml
    from checker.intake.extract import ReportError, read_report

    for suffix in (".txt", ".html"):
        path = tmp_path / f"big{suffix}"
        path.write_bytes(b"1" * (safeyaml.MAX_BYTES_BY_SUFFIX[suffix] + 1))
        with pytest.raises(ReportError) as err:
            read_report(path)
        assert err.value.key == "input.file_too_large"
        assert err.value.fields["kind"] == suffix[1:].upper()
        result = cli("extract", str(path), "--entity", "530300", "--period", "2021", "--lang", "en")
        assert result.exit_code == 2 and f"big{suffix}" in result.output and "-byte limit" in result.output


def test_a_text_over_the_character_limit_is_refused_before_extraction(tmp_path, monkeypatch):
    from checker.intake.extract import ReportError, readers

    def never(*args, **kwargs):
        raise AssertionError("extracted beyond the character limit")

    monkeypatch.setattr("checker.intake.extract.Extractor", never)
    monkeypatch.setattr(readers, "MAX_CHARS", 1_000)  # the check, at a limit a test can pass cheaply
    line = "2021年教育经费总投入124.40亿元。"
    lines = [line] * (1_000 // len(line) + 1)
    pages = {"long.txt": "\n".join(lines), "long.html": "".join(f"<p>{x}</p>" for x in lines)}
    for name, content in pages.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ReportError) as err:
            readers.read_report(path)
        assert err.value.key == "extract.too_many_chars"
        for lang, words in (("zh", "1,000 个字符的上限"), ("en", "1,000-character limit")):
            result = cli("extract", str(path), "--entity", "530300", "--period", "2021", "--lang", lang)
            assert result.exit_code == 2 and name in result.output and words in result.output
        report = check([path], entity="530300", period=2021, jobs=1)
        assert report.exit_code() == 2 and not report.errors[0].internal
        assert render(report.errors[0].expected, "en").startswith("a report of at most 1,000 characters")
    within = "\n".join(lines[:1_000 // (len(line) + 1)])
    (tmp_path / "short.txt").write_text(within, encoding="utf-8")
    assert readers.read_report(tmp_path / "short.txt") == within  # within the limit: read


def many_pages_pdf(pages: int, count: int | None = None,
                   content: bytes = b"BT /F1 12 Tf 20 100 Td (Report 2021: 124.40) Tj ET") -> bytes:
    """A PDF of `pages` pages sharing one content stream (a few bytes a page); its page tree
    declares `count` pages (by default, truly)."""
    first = 5  # objects 1-4: catalog, page tree, content, font; pages from 5
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages if count is None else count),
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 3 0 R "
                b"/Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    return pdf_file(objects)


def test_a_pdf_over_the_page_limit_is_refused_before_a_page_is_read(tmp_path, monkeypatch):
    import pdfplumber.page

    from checker.intake.extract import ReportError, readers

    path = tmp_path / "long.pdf"
    path.write_bytes(many_pages_pdf(3))
    assert "124.40" in readers.read_report(path)  # the same PDF within the limit is read

    def never(*args, **kwargs):
        raise AssertionError("a page was read")

    monkeypatch.setattr(pdfplumber.page.Page, "extract_text", never)
    path.write_bytes(many_pages_pdf(readers.MAX_PAGES + 1))
    with pytest.raises(ReportError) as err:
        readers.read_report(path)
    assert err.value.key == "extract.too_many_pages"
    assert err.value.fields == {"pages": f"{readers.MAX_PAGES + 1:,}", "limit": f"{readers.MAX_PAGES:,}"}
    result = cli("extract", str(path), "--entity", "530300", "--period", "2021", "--lang", "en")
    assert result.exit_code == 2 and "long.pdf" in result.output and f"{readers.MAX_PAGES}-page limit" in result.output
    path.write_bytes(many_pages_pdf(readers.MAX_PAGES + 1, count=1))  # a page tree that understates its pages
    with pytest.raises(ReportError) as err:
        readers.read_report(path)
    assert err.value.fields["pages"] == f"{readers.MAX_PAGES + 1:,}"


def test_a_pdf_is_refused_at_the_page_that_passes_the_character_limit(tmp_path, monkeypatch):
    import pdfplumber.page

    from checker.intake.extract import ReportError, readers

    read = []
    real = pdfplumber.page.Page.extract_text
    monkeypatch.setattr(pdfplumber.page.Page, "extract_text", lambda self, **kw: read.append(1) or real(self, **kw))
    monkeypatch.setattr(readers, "MAX_CHARS", 70)  # each page holds "Report 2021: 124.40", 19 characters and a newline
    path = tmp_path / "long.pdf"
    path.write_bytes(many_pages_pdf(10))
    with pytest.raises(ReportError) as err:
        readers.read_report(path)
    assert err.value.key == "extract.too_many_chars" and len(read) == 4  # pages 5 to 10 never read


def test_a_damaged_pdf_is_an_input_error(tmp_path):
    data = many_pages_pdf(3)
    path = tmp_path / "报告.pdf"
    path.write_bytes(data[: len(data) // 2])
    for lang, words in (("zh", "PDF 文件已损坏"), ("en", "the PDF is damaged")):
        result = cli("extract", str(path), "--entity", "530300", "--period", "2021", "--lang", lang)
        assert result.exit_code == 2 and "报告.pdf" in result.output and words in result.output
        assert "Traceback" not in result.output
    report = check([path], entity="530300", period=2021, jobs=1)
    assert [(e.message.key, e.internal) for e in report.errors] == [("extract.damaged", False)]


def test_the_readme_lists_the_report_limits():
    from checker.intake import safeyaml
    from checker.intake.extract import readers

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Limits"):readme.index("Files that are not regular files")]
    row = next(line for line in table.splitlines() if line.startswith("| report for `extract`"))
    for value in (f"{readers.MAX_PAGES:,} pages", f"{readers.MAX_CHARS:,} characters",
                  f"{safeyaml.MAX_UNPACKED['.docx'] // safeyaml.MIB} MiB unpacked",
                  f"{safeyaml.MAX_XML_MEMBER['.docx'] // safeyaml.MIB} MiB"):
        assert value in row
    for suffix in (".docx", ".pdf", ".html", ".txt"):
        assert f"{suffix} {safeyaml.MAX_BYTES_BY_SUFFIX[suffix] // safeyaml.MIB} MiB" in row
