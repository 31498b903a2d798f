"""Read submissions (YAML, JSON, long-table CSV and XLSX) into facts, with a place for every value.

Each file is validated against the JSON Schema shipped in `checker/schemas/` and the indicator
dictionary. Problems become `InputError`s naming the file and the place (YAML path, sheet!cell or
row/column); a fact that cannot be read becomes a `BadFact`, so criteria that needed it report an
error instead of silently going without it, while the valid rest of the file is still checked.
"""

from __future__ import annotations

import csv
import hashlib
import io
import posixpath
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

from checker import schema
from checker.indicators import dictionary
from checker.model import STAGES, BadFact, Citation, Entity, Fact, InputError, Location, Part, Stated, Submission
from checker.safeyaml import Document, DocumentError, decode, format_path, load_json, load_yaml, read_bytes
from checker.units import UnitError, read_number

SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".xlsx")
LONG_COLUMNS = ("entity_code", "entity_name", "entity_level", "region", "period", "indicator", "stage",
                "value", "unit", "document", "locator", "quote")
# Optional long-table columns, recognised when present: the fact's scope and the figures the
# county derived from it (stated_parts: "primary+junior" or "primary+九年一贯制学校:2+junior").
STATED_COLUMNS = ("scope", "stated_change_pct", "stated_share_pct", "share_of", "stated_parts")
LABEL_COLUMNS = ("label_zh", "label_en")  # the template's own labels: known, not read
ENTITY_SHEET, DATA_SHEET, SCHOOL_SHEET = "单位", "数据", "学校"  # the sheets of the Excel form


@dataclass
class Loaded:
    submissions: list[Submission] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notices: list[InputError] = field(default_factory=list)
    inputs: list[dict[str, Any]] = field(default_factory=list)


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[InputError]]:
    """Expand directories (recursively, sorted) into submission files."""
    files: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                errors.append(InputError(str(path), "", "no submission files in this directory",
                                         "files ending in " + ", ".join(SUFFIXES)))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(InputError(str(path), "", "no such file or directory"))
    return files, errors


def load_paths(paths: Iterable[Path], period: int | None = None) -> Loaded:
    files, errors = discover(paths)
    out = Loaded(errors=errors)
    for path in files:
        load_file(path, out, period)
    out.inputs = unique_inputs(out.inputs)
    return out


def load_file(path: Path, out: Loaded, period: int | None = None) -> None:
    name = path.as_posix()
    try:
        data = read_bytes(path)
    except DocumentError as exc:
        out.errors.append(InputError(name, exc.place, str(exc), exc.expected))
        out.inputs.append({"file": name, "sha256": None, "entities": []})
        return
    except OSError as exc:
        out.errors.append(InputError(name, "", f"cannot read file: {exc.strerror}"))
        out.inputs.append({"file": name, "sha256": None, "entities": []})
        return
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    before = len(out.submissions)
    entry: dict[str, Any] = {"file": name, "sha256": digest, "entities": []}
    out.inputs.append(entry)  # before any school table this file names
    try:
        if suffix in (".yaml", ".yml", ".json"):
            text = decode(data)
            doc = load_json(text) if suffix == ".json" else load_yaml(text)
            _from_document(doc, name, path, out)
        elif suffix == ".csv":
            rows = _csv_rows(data)
            if _is_school_table(rows):
                entry["role"] = "school table"
                return  # read with the submission whose `tables:` names it
            _from_rows(rows, name, out, period, sheet=None)
        elif suffix == ".xlsx":
            wb = _workbook(data)
            if _is_template(wb):
                _from_template(wb, name, out, period)
            else:
                sheet, rows = _sheet_rows(wb.worksheets[0])
                if _is_school_table(rows):
                    wb.close()
                    entry["role"] = "school table"
                    return  # read with the submission whose `tables:` names it
                _from_rows(rows, name, out, period, sheet=sheet)
            wb.close()
        else:
            out.errors.append(InputError(name, "", f"unsupported file type {suffix!r}", ", ".join(SUFFIXES)))
    except DocumentError as exc:
        out.errors.append(InputError(name, exc.place, str(exc), exc.expected))
    entry["entities"] = [s.entity.code for s in out.submissions[before:]]


def unique_inputs(inputs: list[dict]) -> list[dict]:
    """Each input file once (a school table is met both by its submission and by the walk)."""
    return list({i["file"]: i for i in reversed(inputs)}.values())[::-1]


# --- YAML / JSON form -------------------------------------------------------------------------

def _from_document(doc: Document, name: str, path: Path, out: Loaded) -> None:
    data = doc.data
    if not isinstance(data, dict):
        raise DocumentError("the document is not a mapping", expected="entity:, period:, facts:")
    bad_fact_errors: dict[int, list[str]] = {}
    fatal = False
    for err in schema.errors("submission", data):
        p = tuple(err.absolute_path)
        place = format_path(p)
        message, expected = _schema_message(err)
        out.errors.append(InputError(name, place, message, expected))
        if len(p) >= 2 and p[0] == "facts" and isinstance(p[1], int):
            bad_fact_errors.setdefault(p[1], []).append(f"{place}: {message}")
        else:
            fatal = True
    if fatal:
        return
    ent = data["entity"]
    code = doc.raw.get(("entity", "code"), str(ent["code"]))
    entity = Entity(code, ent["name"], ent["level"], ent.get("region"))
    documents = []
    for i, d in enumerate(data.get("documents") or []):
        rel = d.get("path")
        if rel is not None and not _inside_folder(rel):
            out.errors.append(InputError(name, f"documents[{i}].path", f"path {rel!r} leaves the submission's folder",
                                         "a relative path inside the submission's folder"))
        documents.append((d["id"], d.get("title", "")))
    known_docs = {d for d, _ in documents}
    facts: list[Fact] = []
    bad: list[BadFact] = []
    for i, item in enumerate(data.get("facts") or []):
        loc = Location(name, path=f"facts[{i}]")
        if i in bad_fact_errors:
            bad.append(_bad(item, loc, "; ".join(bad_fact_errors[i])))
            continue
        src = item.get("source") or {}
        raw_value = doc.raw.get(("facts", i, "value")) if item.get("value") is not None else None
        stated = item.get("stated") or {}
        stated_text = {k: doc.raw.get(("facts", i, "stated", k)) for k in ("change_pct", "share_pct")}
        parts = [p if isinstance(p, str) else (p["label"], doc.raw.get(("facts", i, "stated", "parts", j, "value")))
                 for j, p in enumerate(stated.get("parts") or [])]
        fact, problems = read_fact(
            indicator=item["indicator"], stage=item.get("stage"), period=item["period"],
            value=item.get("value"), value_text=raw_value, unit=item.get("unit"),
            citation=Citation(src.get("document"), _opt_str(src.get("locator")), src.get("quote")),
            location=loc, known_documents=known_docs if documents else None, scope=item.get("scope"),
            stated_change=stated_text["change_pct"], stated_share=stated_text["share_pct"],
            share_of=stated.get("of"), parts=parts,
        )
        for field_name, message, expected in problems:
            out.errors.append(InputError(name, f"facts[{i}].{field_name}", message, expected))
        if fact is None:
            bad.append(_bad(item, loc, "; ".join(m for _, m, _ in problems)))
        else:
            facts.append(fact)
    schools, bad_schools, table = (), (), None
    table_rel = (data.get("tables") or {}).get("schools")
    for key in data.get("tables") or {}:
        if key != "schools":
            out.errors.append(InputError(name, f"tables.{key}", f"unknown table {key!r}", "tables: {schools: FILE}"))
    if table_rel is not None:
        if not _inside_folder(table_rel):
            out.errors.append(InputError(name, "tables.schools", f"path {table_rel!r} leaves the submission's folder",
                                         "a relative path inside the submission's folder"))
        else:
            schools, bad_schools, table = _school_table(path.parent / table_rel, out)
            if table is None:  # named but unreadable: the criteria that need it report an error
                table = (path.parent / table_rel).as_posix()
                bad_schools = [f"{table} (cannot be read)"]
    out.submissions.append(Submission(entity, data["period"], name, tuple(facts), tuple(bad), tuple(documents),
                                      tuple(schools), tuple(bad_schools), table))


def _school_table(path: Path, out: Loaded) -> tuple[list, list[str], str | None]:
    """Read a school table; (schools, unreadable rows, its name), or no name if it cannot be read."""
    from checker.schools import read_table

    name = path.as_posix()
    try:
        data = read_bytes(path)
        if path.suffix.lower() == ".xlsx":
            wb = _workbook(data)
            sheet, rows = _sheet_rows(wb.worksheets[0])
            wb.close()
        else:
            sheet, rows = None, _csv_rows(data)
    except DocumentError as exc:
        out.errors.append(InputError(name, exc.place, str(exc), exc.expected))
        return [], [], None
    except OSError as exc:
        out.errors.append(InputError(name, "", f"cannot read the school table: {exc.strerror}"))
        return [], [], None
    out.inputs.append({"file": name, "sha256": hashlib.sha256(data).hexdigest(), "entities": [],
                       "role": "school table"})
    schools, bad, errors = read_table(rows, name, sheet)
    out.errors.extend(errors)
    return schools, bad, name


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _inside_folder(rel: str) -> bool:
    if not rel or "\\" in rel or rel.startswith("/") or (len(rel) > 1 and rel[1] == ":"):
        return False
    norm = posixpath.normpath(rel)
    return not (norm == ".." or norm.startswith("../") or PurePosixPath(norm).is_absolute())


def _bad(item: Any, loc: Location, message: str) -> BadFact:
    item = item if isinstance(item, dict) else {}
    period = item.get("period") if isinstance(item.get("period"), int) else None
    stage = item.get("stage") if item.get("stage") in STAGES else None
    indicator = item.get("indicator") if isinstance(item.get("indicator"), str) else None
    return BadFact(indicator, stage, period, loc, message)


def _schema_message(err) -> tuple[str, str]:
    validator = err.validator
    if validator == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return f"required field {missing!r} is missing", f"a {missing!r} field"
    if validator == "additionalProperties":
        return err.message.replace("were unexpected", "are not allowed").replace("was unexpected", "is not allowed"), \
            "only the fields of the submission format"
    if validator == "enum":
        return f"{err.instance!r} is not allowed", "one of " + ", ".join(repr(v) for v in err.validator_value if v)
    if validator == "type":
        want = err.validator_value if isinstance(err.validator_value, str) else " or ".join(err.validator_value)
        return f"{err.instance!r} has the wrong type", want
    if validator == "pattern":
        return f"{err.instance!r} has the wrong form", "a 6-digit administrative division code" \
            if "0-9" in err.validator_value else err.validator_value
    if validator in ("minimum", "maximum"):
        return f"{err.instance!r} is out of range", f"{validator} {err.validator_value}"
    return err.message, ""


# --- one fact, whatever the form -------------------------------------------------------------

def read_fact(*, indicator: str, stage: Any, period: int, value: Any, value_text: str | None, unit: Any,
              citation: Citation, location: Location, known_documents: set[str] | None,
              scope: str | None = None, stated_change: str | None = None, stated_share: str | None = None,
              share_of: str | None = None, parts: list | None = None, allow_derived: bool = False,
              ) -> tuple[Fact | None, list[tuple[str, str, str]]]:
    """Validate and normalise one fact. Returns (fact or None, [(field, message, expected)])."""
    problems: list[tuple[str, str, str]] = []
    stated = _read_stated(indicator, unit, stated_change, stated_share, share_of, parts or [], problems)
    spec = dictionary().get(indicator)
    if spec is None:
        problems.append(("indicator", f"unknown indicator {indicator!r}", "an id from the indicator dictionary"))
        return None, problems
    if spec.derived and not allow_derived:
        problems.append(("indicator", f"{indicator} is computed from the school table, not submitted",
                         "the school table (tables: schools) it is derived from"))
        return None, problems
    stage = stage or None
    if stage is not None and stage not in STAGES:
        problems.append(("stage", f"unknown stage {stage!r}", "one of " + ", ".join(STAGES) + " or empty"))
    elif not spec.allows_stage(stage):
        problems.append(("stage", f"{indicator} takes no stage ({stage!r} given)", "no stage for this indicator"))
    unit_text = None if unit in (None, "") else str(unit)
    if known_documents is not None and citation.document is not None and citation.document not in known_documents:
        problems.append(("source.document", f"document {citation.document!r} is not declared under documents:",
                         "one of " + ", ".join(sorted(known_documents))))
    if value is None or value == "":
        if not citation.quote:
            problems.append(("value", "a fact needs a value, or a quote when it records a claim",
                             "value: <number>, or source.quote for a claim"))
        if problems:
            return None, problems
        return Fact(indicator, stage, period, None, None, None, unit_text, citation, location, scope or None,
                    stated), problems
    if isinstance(value, bool):
        problems.append(("value", f"{value!r} is not a number", "a number"))
        return None, problems
    written = value_text if value_text is not None else (value if isinstance(value, str) else repr(value))
    if spec.family == "text":
        normalised: Any = str(value)
        unit_written = unit_text
    else:
        try:
            reading = read_number(written, unit_text, spec.family)
        except UnitError as exc:
            problems.append((exc.field, str(exc), exc.expected))
            return None, problems
        normalised, unit_written = reading.value, reading.unit_as_written
    if problems:
        return None, problems
    return Fact(indicator, stage, period, normalised, spec.unit, written, unit_written, citation, location,
                scope or None, stated), problems


def _read_stated(indicator: str, unit: Any, change: str | None, share: str | None, of: str | None,
                 parts: list, problems: list) -> tuple[Stated, ...]:
    """The figures a county derived and wrote beside a value, read like values (precision kept)."""
    out: list[Stated] = []
    for kind, text in (("change_pct", change), ("share_pct", share)):
        if text in (None, ""):
            continue
        try:
            reading = read_number(str(text), None, "percent")
        except UnitError as exc:
            problems.append((f"stated.{kind}", str(exc), "a percentage such as 0.08, -0.64 or 3.9%"))
            continue
        if kind == "share_pct" and of not in dictionary():
            problems.append(("stated.of", f"unknown indicator {of!r}", "the indicator this is a share of"))
            continue
        out.append(Stated(kind, float(reading.value), str(text).strip(), of if kind == "share_pct" else None))
    if parts:
        family = dictionary()[indicator].family if indicator in dictionary() else "count"
        read: list[Part] = []
        for j, part in enumerate(parts):
            if isinstance(part, str):
                if part not in STAGES:
                    problems.append((f"stated.parts[{j}]", f"{part!r} is not a stage",
                                     "a stage, or a label with a value"))
                read.append(Part(stage=part))
                continue
            label, text = part
            try:
                reading = read_number(str(text), None if unit in (None, "") else str(unit), family)
            except UnitError as exc:
                problems.append((f"stated.parts[{j}].value", str(exc), exc.expected))
                continue
            read.append(Part(label=label, value=reading.value, value_as_written=str(text).strip()))
        out.append(Stated("parts", parts=tuple(read)))
    return tuple(out)


def parse_parts(text: str) -> list:
    """The long table's stated_parts cell: "primary+junior" or "primary+九年一贯制学校:2+junior"."""
    parts: list = []
    for item in (x.strip() for x in text.split("+") if x.strip()):
        label, sep, value = item.partition(":") if ":" in item else item.partition("=")
        parts.append((label.strip(), value.strip()) if sep else item)
    return parts


# --- long table (CSV / XLSX) -------------------------------------------------------------------

def _csv_rows(data: bytes) -> list[list[tuple[str, str]]]:
    """Rows of (cell text, cell reference) from UTF-8 (with or without BOM) or GB18030 bytes."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"neither UTF-8 nor GB18030 text (byte {exc.start})",
                                expected="a CSV saved as UTF-8 or GBK/GB18030") from None
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise DocumentError(f"CSV syntax error: {exc}", expected="a comma-separated table") from None
    return [[(cell, "") for cell in row] for row in rows]


def _is_school_table(rows: list[list[tuple[str, str]]]) -> bool:
    first = next((r for r in rows if any(t.strip() for t, _ in r)), [])
    return any(t.strip() == "school_code" for t, _ in first)


def _workbook(data: bytes):
    import zipfile

    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"not a readable .xlsx workbook ({exc.__class__.__name__})",
                            expected="an Excel .xlsx file") from None


def _sheet_rows(ws) -> tuple[str, list[list[tuple[str, str]]]]:
    """Every row of a sheet as (cell text, cell reference) pairs."""
    from openpyxl.utils import get_column_letter

    rows: list[list[tuple[str, str]]] = []
    for r, row in enumerate(ws.iter_rows(), start=1):
        rows.append([(_cell_text(cell), f"{get_column_letter(c)}{r}") for c, cell in enumerate(row, start=1)])
    return ws.title, rows


# --- the filled template (checker template --format xlsx) --------------------------------------

def _is_template(wb) -> bool:
    return DATA_SHEET in wb.sheetnames and ENTITY_SHEET in wb.sheetnames


def _from_template(wb, name: str, out: Loaded, period: int | None) -> None:
    """A filled form: the entity from the 单位 sheet, one fact per filled row of the 数据 sheet.
    Rows left empty are figures not reported (missing in the findings, not errors)."""
    _, ent_rows = _sheet_rows(wb[ENTITY_SHEET])
    fields = {row[0][0].strip(): row[3] if len(row) > 3 else ("", f"D{n}")
              for n, row in enumerate(ent_rows, start=1) if row and row[0][0].strip()}

    def ent(key: str) -> tuple[str, str]:
        text, ref = fields.get(key, ("", ""))
        return text.strip(), f"{ENTITY_SHEET}!{ref}" if ref else ENTITY_SHEET

    code, level, region, year = ent("entity_code"), ent("entity_level"), ent("region"), ent("period")
    problems = []
    if not (code[0].isdigit() and len(code[0]) in (6, 9)):
        problems.append(InputError(name, code[1], f"entity code {code[0]!r} is not a 6-digit division code", "e.g. 530300"))
    if not ent("entity_name")[0]:
        problems.append(InputError(name, ent("entity_name")[1], "entity name is empty", "the entity's name"))
    if level[0] not in ("province", "prefecture", "county"):
        problems.append(InputError(name, level[1], f"level {level[0]!r} is not allowed", "province, prefecture or county"))
    if region[0] not in ("", "east", "central", "west"):
        problems.append(InputError(name, region[1], f"region {region[0]!r} is not allowed", "east, central or west"))
    try:
        evaluated = int(year[0])
    except ValueError:
        problems.append(InputError(name, year[1], f"evaluated year {year[0]!r} is not a year", "e.g. 2021"))
        evaluated = None
    out.errors.extend(problems)
    if problems:
        return
    entity = Entity(code[0], ent("entity_name")[0], level[0], region[0] or None)

    sheet, rows = _sheet_rows(wb[DATA_SHEET])
    header = [text.strip() for text, _ in rows[0]] if rows else []
    col = {key: header.index(key) for key in header if key}
    facts, bad = [], []
    for row in rows[2:]:
        cells = {key: row[i] if i < len(row) else ("", "") for key, i in col.items()}

        def text(key: str) -> str:
            return cells[key][0].strip() if key in cells else ""

        if not (text("value") or text("quote")) or not text("indicator"):
            continue  # not reported
        ref = cells["value"][1]
        loc = Location(name, sheet=sheet, cell=ref)
        try:
            fact_period = int(float(text("period")))
        except ValueError:
            out.errors.append(InputError(name, f"{sheet}!{cells['period'][1]}", f"year {text('period')!r} is not a year",
                                         "a year such as 2021"))
            continue
        fact, found = _row_fact(text, cells.get("quote", ("",))[0], fact_period, loc)
        for field_name, message, expected in found:
            key = _column_of(field_name, cells)
            out.errors.append(InputError(name, f"{sheet}!{cells[key][1]}", message, expected))
        if fact is None:
            st = text("stage")
            bad.append(BadFact(text("indicator") or None, st if st in STAGES else None, fact_period, loc,
                               "; ".join(m for _, m, _ in found)))
        else:
            facts.append(fact)
    schools, bad_schools, table = (), (), None
    if SCHOOL_SHEET in wb.sheetnames:
        from checker.schools import read_table

        title, rows = _sheet_rows(wb[SCHOOL_SHEET])
        rows = rows[:1] + rows[2:]  # row 2 holds the form's labels
        if any(any(t.strip() for t, _ in r) for r in rows[1:]):
            schools, bad_schools, problems = read_table(rows, name, title)
            out.errors.extend(problems)
            table = f"{name} {title}"
    out.submissions.append(Submission(entity, period if period is not None else evaluated, name, tuple(facts),
                                      tuple(bad), schools=tuple(schools), bad_schools=tuple(bad_schools),
                                      schools_file=table))


def _cell_text(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        fmt = getattr(cell, "number_format", "General") or "General"
        if fmt.startswith("0.") and set(fmt[2:]) <= {"0"}:
            return f"{value:.{len(fmt) - 2}f}"
        if fmt == "0":
            return f"{value:.0f}"
        return repr(value).removesuffix(".0") if value.is_integer() else repr(value)
    return str(value)


def _from_rows(rows: list[list[tuple[str, str]]], name: str, out: Loaded, period: int | None,
               sheet: str | None) -> None:
    numbered = [(n, r) for n, r in enumerate(rows, start=1) if any(text.strip() for text, _ in r)]
    if not numbered:
        raise DocumentError("the table is empty", expected="a header row: " + ",".join(LONG_COLUMNS))
    header_row, header_cells = numbered[0]
    header = [text.strip() for text, _ in header_cells]
    missing = [c for c in LONG_COLUMNS if c not in header]
    if missing:
        raise DocumentError("header lacks " + ", ".join(missing), f"row {header_row}",
                            expected="the header " + ",".join(LONG_COLUMNS))
    index = {c: header.index(c) for c in LONG_COLUMNS + STATED_COLUMNS if c in header}
    if [h for h in header if h in LONG_COLUMNS] != list(LONG_COLUMNS):
        out.errors.append(InputError(name, f"row {header_row}", "the columns are not in the contract's order",
                                     ",".join(LONG_COLUMNS)))
    extra = [h for h in header if h not in LONG_COLUMNS + STATED_COLUMNS + LABEL_COLUMNS]
    if extra:
        out.notices.append(InputError(name, f"row {header_row}", "extra columns ignored: " + ", ".join(extra)))
    groups: dict[str, dict[str, Any]] = {}
    for r, row in numbered[1:]:
        cells = {c: (row[i] if i < len(row) else ("", "")) for c, i in index.items()}

        def where(column: str) -> str:
            ref = cells[column][1]
            return f"{sheet}!{ref}" if sheet and ref else f"row {r}, column {column}"

        def text(column: str) -> str:
            return cells[column][0].strip() if column in cells else ""

        if not text("value") and not cells["quote"][0].strip():
            continue  # a row of a form left blank: not reported (criteria that need it say `missing`)
        loc = Location(name, sheet=sheet, cell=cells["value"][1]) if sheet else Location(name, row=r)
        code = text("entity_code")
        group = groups.setdefault(code, {"entity": None, "facts": [], "bad": [], "errors": 0})
        entity_problem = _row_entity(text, code)
        if isinstance(entity_problem, tuple):
            out.errors.append(InputError(name, where(entity_problem[0]), entity_problem[1], entity_problem[2]))
            group["errors"] += 1
            continue
        if group["entity"] is None:
            group["entity"] = entity_problem
        elif group["entity"] != entity_problem:
            out.errors.append(InputError(name, where("entity_name"),
                                         f"entity {code} is described differently than on its first row",
                                         "the same name, level and region on every row of an entity"))
        try:
            fact_period = int(text("period"))
            if not 1990 <= fact_period <= 2100:
                raise ValueError
        except ValueError:
            out.errors.append(InputError(name, where("period"), f"period {text('period')!r} is not a year", "a year such as 2021"))
            group["bad"].append(BadFact(text("indicator") or None, text("stage") or None, None, loc, "period is not a year"))
            continue
        fact, problems = _row_fact(text, cells["quote"][0], fact_period, loc)
        for field_name, message, expected in problems:
            out.errors.append(InputError(name, where(_column_of(field_name, index)), message, expected))
        if fact is None:
            st = text("stage")
            group["bad"].append(BadFact(text("indicator") or None, st if st in STAGES else None, fact_period, loc,
                                        "; ".join(m for _, m, _ in problems)))
        else:
            group["facts"].append(fact)
    for code in sorted(groups):
        group = groups[code]
        if group["entity"] is None:
            continue
        periods = [f.period for f in group["facts"]] + [b.period for b in group["bad"] if b.period]
        evaluated = period if period is not None else max(periods)
        out.submissions.append(Submission(group["entity"], evaluated, name, tuple(group["facts"]), tuple(group["bad"])))


_FIELD_COLUMN = {"stated.change_pct": "stated_change_pct", "stated.share_pct": "stated_share_pct",
                 "stated.of": "share_of", "source.document": "document"}


def _row_fact(text, quote: str, period: int, loc: Location) -> tuple[Fact | None, list[tuple[str, str, str]]]:
    """A fact from one row of a table (the long table or the Excel form), its cells by column id."""
    return read_fact(
        indicator=text("indicator"), stage=text("stage"), period=period, value=text("value") or None,
        value_text=text("value") or None, unit=text("unit"),
        citation=Citation(text("document") or None, text("locator") or None, quote or None),
        location=loc, known_documents=None, scope=text("scope") or None,
        stated_change=text("stated_change_pct") or None, stated_share=text("stated_share_pct") or None,
        share_of=text("share_of") or None, parts=parse_parts(text("stated_parts")),
    )


def _column_of(field_name: str, columns) -> str:
    """The column a problem of `read_fact` points at: its own, or the value's."""
    column = _FIELD_COLUMN.get(field_name, field_name)
    if column in columns:
        return column
    return "stated_parts" if field_name.startswith("stated.parts") and "stated_parts" in columns else "value"


def _row_entity(text, code: str) -> Entity | tuple[str, str, str]:
    if not (code.isdigit() and len(code) in (6, 9)):
        return ("entity_code", f"entity code {code!r} is not a 6-digit division code", "e.g. 530300")
    level = text("entity_level")
    if level not in ("province", "prefecture", "county"):
        return ("entity_level", f"entity level {level!r} is not allowed", "province, prefecture or county")
    region = text("region") or None
    if region not in (None, "east", "central", "west"):
        return ("region", f"region {region!r} is not allowed", "east, central, west or empty")
    if not text("entity_name"):
        return ("entity_name", "entity name is empty", "the entity's name")
    return Entity(code, text("entity_name"), level, region)


# --- the office's roster of who must submit ----------------------------------------------------

ROSTER_COLUMNS = ("code", "name", "level", "parent", "region")


def load_roster(path: Path) -> tuple[list[dict[str, str]], list[InputError]]:
    """The entities registry (CSV: code, name, level, parent, region), UTF-8 or GB18030."""
    name = path.as_posix()
    try:
        rows = _csv_rows(read_bytes(path))
    except DocumentError as exc:
        return [], [InputError(name, exc.place, str(exc), exc.expected)]
    except OSError as exc:
        return [], [InputError(name, "", f"cannot read the roster: {exc.strerror}")]
    if not rows or [c.strip() for c, _ in rows[0]][:5] != list(ROSTER_COLUMNS):
        return [], [InputError(name, "row 1", "not a roster header", ",".join(ROSTER_COLUMNS))]
    entries, errors, seen = [], [], set()
    for r, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c, _ in row] + [""] * 5
        if not any(cells):
            continue
        entry = dict(zip(ROSTER_COLUMNS, cells))
        if not (entry["code"].isdigit() and len(entry["code"]) in (6, 9)):
            errors.append(InputError(name, f"row {r}, column code", f"{entry['code']!r} is not a division code",
                                     "6 digits, e.g. 530321"))
        elif entry["level"] not in ("province", "prefecture", "county"):
            errors.append(InputError(name, f"row {r}, column level", f"level {entry['level']!r} is not allowed",
                                     "province, prefecture or county"))
        elif entry["code"] in seen:
            errors.append(InputError(name, f"row {r}, column code", f"code {entry['code']} is listed twice",
                                     "each entity once"))
        else:
            seen.add(entry["code"])
            entries.append(entry)
    return entries, errors
