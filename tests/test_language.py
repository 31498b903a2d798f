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
    for n in record["notices"]:  # the places of the figures a notice lists
        out |= {f["place"] for f in n.get("figures", ())}
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
    if fmt == "markdown":
        return data.replace("\\|", "|")  # what a reader sees: a cell's escaped bar is a bar
    return data


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "xlsx", "html", "junit"])
def test_every_format_reads_in_chinese(record, fmt):
    options = {"width": 400} if fmt == "table" else {}  # no file name broken across lines
    data = b"".join(render(record, fmt, "zh")) if fmt == "xlsx" else "".join(render(record, fmt, "zh", **options))
    words = english_words(_visible_text(fmt, data), allowed_strings(record))
    assert not words, sorted(words)


YAML_PATH = re.compile(r"\b[a-z_]+(?:\[\d+\]|\.[a-z_]+)*\[\d+\](?:\[\d+\]|\.[a-z_]+)*")  # facts[0].unit


def ids() -> set[str]:
    """The contract's own ids, shown as they are in either language: field and column names,
    indicator, stage, level and region ids (an expected text names the ids to write)."""
    import json

    from checker.intake.facts import LABEL_COLUMNS, LONG_COLUMNS, STATED_COLUMNS
    from checker.intake.indicators import dictionary
    from checker.intake.roster import ROSTER_COLUMNS
    from checker.intake.schema import schema
    from checker.intake.schools import columns
    from checker.model import LEVELS, REGIONS, STAGES

    names: set[str] = set()

    def walk(x):
        if isinstance(x, dict):
            names.update(x.get("properties") or {})
            names.update(x.get("required") or [])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(schema("submission"))
    return (names | set(LONG_COLUMNS) | set(STATED_COLUMNS) | set(LABEL_COLUMNS) | set(ROSTER_COLUMNS)
            | set(columns()) | set(dictionary()) | set(STAGES) | set(LEVELS) | set(REGIONS)
            | {"true", "false", "template"})  # `checker template`, the command that writes the form


HAN = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")
ENTITY = 'entity: {code: "530322", name: 陆良县, level: county, region: west}\nperiod: 2021\nfacts:\n'
FACT = "  - {indicator: edu_general_budget_expenditure, period: 2021, value: 12, unit: 万元}\n"
LONG_ROW = ["530322", "陆良县", "county", "west", "2021", "students", "primary", "1200", "人", "", "", ""]


def _long_table(*rows: list[str]) -> str:
    from checker.intake.facts import LONG_COLUMNS

    return ",".join(LONG_COLUMNS) + "\n" + "".join(",".join(r) + "\n" for r in rows)


def _xlsx_bad_header(folder):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["code", "value"])
    wb.active.append(["530322", "12"])
    wb.save(folder / "bad-header.xlsx")


def _form_without_value_column(folder):
    from badfiles import no_value_column

    no_value_column(folder)


def _form_entity(folder):
    from badfiles import _data_cell, form_bytes

    def fill(wb):
        _data_cell(wb, "edu_general_budget_expenditure", "value", "1000")
        for row, value in ((3, None), (4, "乡镇"), (5, "南部")):  # name empty, level and region not allowed
            wb["单位"].cell(row=row, column=4, value=value)
    (folder / "form-entity.xlsx").write_bytes(form_bytes(fill))


def _school_table(folder):
    write(folder, "schools.csv", "school_code,school_name,school_type,students_primary\nS1,甲小学,小学,100\n"
                                 "S2,乙小学,大学,200\n")
    write(folder, "county.yaml", ENTITY.replace("facts:", "tables: {schools: schools.csv}\nfacts:") + FACT)


# One bad input of each kind (and the county text its message quotes, shown as written).
BAD_INPUTS = {
    "yaml syntax": (lambda d: write(d, "a.yaml", ENTITY + "  - {indicator: students, period: 2021\n"), ()),
    "yaml colon": (lambda d: write(d, "a.yaml", "entity:\n  code: 530322\n  name 陆良县\n  level: county\n"), ()),
    "yaml mapping value": (lambda d: write(d, "a.yaml", "entity: code: 530322\n"), ()),
    "yaml control character": (lambda d: write(d, "a.yaml", ENTITY + "  - {indicator: students\x01}\n"), ()),
    "json syntax": (lambda d: write(d, "a.json", '{"entity": {"code": "530322",}}'), ()),
    "csv header": (lambda d: write(d, "a.csv", "code,value\n530322,12\n"), ()),
    "csv ragged row": (lambda d: write(d, "a.csv", _long_table(LONG_ROW, LONG_ROW[:6])), ()),
    "csv beyond header": (lambda d: write(d, "a.csv", _long_table(LONG_ROW + ["", "9"])), ("'9'",)),
    "xlsx header": (_xlsx_bad_header, ()),
    "form without value column": (_form_without_value_column, ("数据",)),
    "form entity": (_form_entity, ("单位", "'乡镇'", "'南部'")),
    "school table column": (_school_table, ("'大学'",)),
    "document outside folder": (lambda d: write(d, "a.yaml", ENTITY.replace(
        "facts:", "documents: [{id: r, path: ../../etc/passwd}]\nfacts:") + FACT), ("'../../etc/passwd'",)),
    "entity code": (lambda d: write(d, "a.csv", _long_table(["12"] + LONG_ROW[1:])), ("'12'",)),
    "period": (lambda d: write(d, "a.csv", _long_table(LONG_ROW[:4] + ["20x1"] + LONG_ROW[5:])), ("'20x1'",)),
    "unknown indicator": (lambda d: write(d, "a.yaml", ENTITY + FACT.replace("edu_general_budget_expenditure",
                                                                             "teacher_salary")), ("'teacher_salary'",)),
    "unknown stage": (lambda d: write(d, "a.csv", _long_table(LONG_ROW[:6] + ["college"] + LONG_ROW[7:])),
                      ("'college'",)),
    "bad unit": (lambda d: write(d, "a.yaml", ENTITY + FACT.replace("万元", "万")), ("万",)),
    "schema": (lambda d: write(d, "a.yaml", ENTITY.replace("county", "town").replace("period: 2021\n", "")
                               + "  - {indicator: students, period: 2021, vaule: 3}\n"), ("'town'", "'vaule'")),
    "roster row": (lambda d: write(d, "roster.csv", "code,name,level,parent,region\n5303X1,陆良县,town,,west\n"),
                   ("'5303X1'",)),
}


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_input_errors_read_in_the_readers_language(tmp_path, kind):
    build, echoed = BAD_INPUTS[kind]
    folder = tmp_path / "in"
    folder.mkdir()
    build(folder)
    roster = folder / "roster.csv"
    if roster.exists():
        roster.rename(tmp_path / "roster.csv")
        write(folder, "a.yaml", ENTITY + FACT)
    report = check([folder], jobs=1, roster=tmp_path / "roster.csv" if roster.exists() or kind == "roster row"
                   else None)
    record = report.to_dict()
    assert record["errors"], kind
    allowed = sorted(set(allowed_strings(record)) - {e["place"] for e in record["errors"]} | set(echoed),
                     key=len, reverse=True)
    for fmt in ("table", "markdown"):
        shown = "".join(render(record, fmt, "zh", **({"width": 400} if fmt == "table" else {})))
        words = english_words(YAML_PATH.sub(" ", shown), allowed) - ids()
        assert not words, (kind, fmt, sorted(words))
        english = "".join(render(record, fmt, "en", **({"width": 400} if fmt == "table" else {})))
        for e in record["errors"]:
            assert e["message_en"] in english and e["place_en"] in english, (kind, fmt)
            said = e["message_en"] + " " + e["place_en"]
            for s in sorted(set(echoed) | {e["file"]}, key=len, reverse=True):
                said = said.replace(s, " ")
            assert not HAN.search(said) and WORD.search(e["message_en"]), (kind, e["message_en"], e["place_en"])


def test_input_errors_read_in_chinese(tmp_path):
    write(tmp_path, "unit.yaml", 'entity: {code: "530322", name: 陆良县, level: county, region: west}\nperiod: 2021\n'
          "facts:\n  - {indicator: edu_general_budget_expenditure, period: 2021, value: 12, unit: 万}\n")
    write(tmp_path, "broken.yaml", "entity: [\n")
    record = check([tmp_path], jobs=1).to_dict()
    assert len(record["errors"]) == 2
    allowed = sorted(set(allowed_strings(record)) - {e["place"] for e in record["errors"]}, key=len, reverse=True)
    for fmt in ("table", "markdown"):
        shown = "".join(render(record, fmt, "zh", **({"width": 400} if fmt == "table" else {})))
        words = english_words(YAML_PATH.sub(" ", shown), allowed)
        assert not words, sorted(words)
