"""Everything a person reads comes in Chinese with `--lang zh`: every format is rendered and no
English word may remain once ids (criteria, indicators, packs, files, places) and citations (the
county's documents and quotes, the legal basis) are set aside. JSON is the machine record, not
read by people, and is left out."""

from __future__ import annotations

import re
import pytest

from checker.api import check
from checker.report.render import render
from conftest import SUBMISSIONS, write

WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")
# Names of formats and markup that stay as they are in Chinese text.
ALLOWED = {"YAML", "CSV", "XLSX", "JSON", "checker"}


def allowed_strings(record: dict) -> list[str]:
    """Ids and citations in the record: they are shown as they are."""
    out: set[str] = set()
    for f in record["findings"]:
        out |= {f["criterion"]["id"], f["criterion"]["pack"], f["entity"]["name"]}
        for fact in f["evidence"]:
            out |= {v for v in fact["citation"].values() if v}
            out |= {str(fact["location"][k]) for k in ("file", "path", "sheet") if k in fact["location"]}
            out.add(fact["indicator"])
        for b in f["basis"]:
            out |= {v for v in (b["document"], b["number"], b["article"]) if v}
        for t in f["thresholds"]:
            out.add(t["name"])
    for item in record["inputs"]:
        out.add(item["file"])
        out |= set((item.get("documents") or {}).keys())
    for e in record["errors"]:
        out |= {e["file"], e["place"]}
    out |= {p["id"] for p in record["meta"]["packs"]}
    return sorted((s for s in out if s), key=len, reverse=True)


FILE = re.compile(r"[\w./-]+\.(?:yaml|yml|json|csv|xlsx)\b")
MARKS = re.compile(r"^[pfwmne.]+$")  # the HTML matrix's status codes, one letter per column


def english_words(text: str, allowed: list[str]) -> set[str]:
    for s in allowed:
        text = text.replace(s, " ")
    text = FILE.sub(" ", text)  # a submitted file's name, as the batch has it
    return {w for w in WORD.findall(text) if w not in ALLOWED}


@pytest.fixture(scope="module")
def record():
    return check([SUBMISSIONS], jobs=1).to_dict()


def _visible_text(fmt: str, data) -> str:
    if fmt == "xlsx":
        import io

        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data))
        return "\n".join([ws.title for ws in wb.worksheets] + [str(c.value) for ws in wb.worksheets
                                                                for row in ws.iter_rows() for c in row
                                                                if isinstance(c.value, str)])
    if fmt == "junit":
        from xml.etree import ElementTree

        root = ElementTree.fromstring(data.encode("utf-8"))
        return "\n".join([v for el in root.iter() for k, v in el.attrib.items() if k in ("name", "message", "type")]
                         + [el.text or "" for el in root.iter()])
    if fmt == "html":
        import html
        import json

        # What the page shows: its text outside the style and script, and the strings in its data.
        shown = re.sub(r"<style>.*?</style>|<script>.*?</script>", " ", data, flags=re.S)
        blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', shown, flags=re.S)
        shown = re.sub(r'<script type="application/json".*?</script>', " ", shown, flags=re.S)
        strings: list[str] = []

        def walk(x):
            if isinstance(x, str):
                strings.append(re.sub(r"\{\w+\}", " ", x))  # a template's placeholders
            elif isinstance(x, dict):
                for k, v in x.items():
                    if k not in ("codes", "status", "mark"):  # the script's own lookup tables
                        walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)

        for block in blocks:
            walk(json.loads(block))
        text = html.unescape(re.sub(r"<[^>]+>", " ", shown))
        statuses = ("pass", "fail", "warn", "missing", "error", "not_applicable")
        return text + "\n" + "\n".join(s for s in strings if s not in statuses and not MARKS.match(s))
    return data


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "xlsx", "html", "junit"])
def test_every_format_reads_in_chinese(record, fmt):
    options = {"width": 400} if fmt == "table" else {}  # no file name broken across lines
    data = b"".join(render(record, fmt, "zh")) if fmt == "xlsx" else "".join(render(record, fmt, "zh", **options))
    words = english_words(_visible_text(fmt, data), allowed_strings(record))
    assert not words, sorted(words)


@pytest.mark.xfail(strict=True, reason="intake's input errors are still English; the 'silent' engineer is moving "
                                       "them into the catalogue (remove this mark when they are)")
def test_input_errors_read_in_chinese(tmp_path):
    write(tmp_path, "unit.yaml", 'entity: {code: "530322", name: 陆良县, level: county, region: west}\nperiod: 2021\n'
          "facts:\n  - {indicator: edu_general_budget_expenditure, period: 2021, value: 12, unit: 万}\n")
    write(tmp_path, "broken.yaml", "entity: [\n")
    record = check([tmp_path], jobs=1).to_dict()
    assert len(record["errors"]) == 2
    for fmt in ("table", "markdown"):
        words = english_words("".join(render(record, fmt, "zh")), allowed_strings(record))
        assert not words, sorted(words)
