"""Tables: CSV (UTF-8 or GB18030) and XLSX sheets as rows of (cell text, cell reference), the long
table of facts read from them (one submission per entity code), and school tables named by a
submission."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import Any

from checker.intake.facts import (LABEL_COLUMNS, LONG_COLUMNS, STATED_COLUMNS, Loaded, column_of, row_entity,
                                  row_fact)
from checker.intake.safeyaml import DocumentError, read_bytes
from checker.model import STAGES, BadFact, InputError, Location, Submission


def csv_rows(data: bytes) -> list[list[tuple[str, str]]]:
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


def is_school_table(rows: list[list[tuple[str, str]]]) -> bool:
    first = next((r for r in rows if any(t.strip() for t, _ in r)), [])
    return any(t.strip() == "school_code" for t, _ in first)


def open_workbook(data: bytes):
    import zipfile

    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"not a readable .xlsx workbook ({exc.__class__.__name__})",
                            expected="an Excel .xlsx file") from None


def sheet_rows(ws) -> tuple[str, list[list[tuple[str, str]]]]:
    """Every row of a sheet as (cell text, cell reference) pairs."""
    from openpyxl.utils import get_column_letter

    rows: list[list[tuple[str, str]]] = []
    for r, row in enumerate(ws.iter_rows(), start=1):
        rows.append([(_cell_text(cell), f"{get_column_letter(c)}{r}") for c, cell in enumerate(row, start=1)])
    return ws.title, rows


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


def from_rows(rows: list[list[tuple[str, str]]], name: str, out: Loaded, period: int | None,
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
        entity_problem = row_entity(text, code)
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
        fact, problems = row_fact(text, cells["quote"][0], fact_period, loc)
        for field_name, message, expected in problems:
            out.errors.append(InputError(name, where(column_of(field_name, index)), message, expected))
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


def read_school_file(path: Path, out: Loaded) -> tuple[list, list[str], str | None]:
    """Read a school table; (schools, unreadable rows, its name), or no name if it cannot be read."""
    from checker.intake.schools import read_table

    name = path.as_posix()
    try:
        data = read_bytes(path)
        if path.suffix.lower() == ".xlsx":
            wb = open_workbook(data)
            sheet, rows = sheet_rows(wb.worksheets[0])
            wb.close()
        else:
            sheet, rows = None, csv_rows(data)
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
