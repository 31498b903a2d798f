from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "submissions"
SEEDS = ROOT.parent / "shared" / "seeds"

# The disk cache of packs and schemas (checker/cache.py) goes to a folder of this test session,
# never into the real home; subprocesses started by tests inherit it.
CACHE_DIR = tempfile.mkdtemp(prefix="checker-test-cache-")
os.environ["CHECKER_CACHE_DIR"] = CACHE_DIR


def pytest_unconfigure(config):
    shutil.rmtree(CACHE_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def packs():
    from checker.rules.library import load_packs

    return load_packs()


@pytest.fixture(scope="session")
def compiled(packs):
    from checker.rules.compile import compile_packs

    return compile_packs(packs)


@pytest.fixture(scope="session")
def report():
    """The bundled example submissions, checked with the default packs, paths as in the README."""
    import os

    from checker.api import check

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return check(["submissions"])
    finally:
        os.chdir(cwd)


@pytest.fixture
def engine(compiled):
    """One isolated engine per test, its C ruleset deleted on teardown."""
    from checker.evaluate.engine import Engine

    eng = Engine(compiled)
    yield eng
    eng.close()


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


MINIMAL = """\
entity: {code: "530322", name: 陆良县, level: county, region: west}
period: 2021
documents: [{id: report, title: 自查自评报告}]
facts:
"""


# A one-criterion pack, for tests that need a pack of their own.
MINI_PACK = """\
pack: {id: mini, version: "1", title: {zh: 小, en: mini}}
criteria:
  - id: MINI-01
    title: {zh: 辍学清零, en: no dropouts}
    basis: [{document: 国办发〔2017〕72号, status: confirmed}]
    severity: blocking
    levels: [county]
    rule: dropouts_outstanding == 0
    examples:
      - {expect: pass, values: {dropouts_outstanding: 0}}
      - {expect: fail, values: {dropouts_outstanding: 1}}
"""


def en(message) -> str:
    """A message (a catalogue text or plain text) in English, for tests that look for a phrase."""
    return message.render("en") if hasattr(message, "render") else str(message)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1, the first the catalog), with its cross-reference
    table: the tests' small PDFs, written by hand so that no PDF library is needed to make them."""
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def cjk_hex(text: str) -> str:
    """A string as a PDF text operand in the UniGB-UCS2-H encoding (UTF-16BE, hex)."""
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def cjk_pdf(ops: list[str]) -> bytes:
    """A one-page A4 PDF drawing `ops` (content-stream operators; text through `cjk_hex`) in
    STSong-Light, a standard CJK font a reader knows without a font file."""
    content = "\n".join(ops).encode("ascii")
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                     b"/Resources << /Font << /F1 5 0 R >> >> >>",
                     b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                     b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                     b"/DescendantFonts [6 0 R] >>",
                     b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /FontDescriptor 7 0 R "
                     b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 >>",
                     b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                     b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"])
