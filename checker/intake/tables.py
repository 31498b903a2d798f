"""Tables: CSV (UTF-8 or GB18030) and XLSX sheets as rows of (cell text, cell reference), the long
table of facts read from them (one submission per entity code), and school tables named by a
submission."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import re
from pathlib import Path
from typing import Any, Iterator

from checker.intake.facts import (LABEL_COLUMNS, LONG_COLUMNS, STATED_COLUMNS, Loaded, column_of, normal_code,
                                  number_elsewhere,
                                  read_year, row_entity, row_fact)
from checker.intake.safeyaml import DocumentError, check_zip, joined, os_reason, read_bytes
from checker.i18n import LANGS, Text, t
from checker.i18n import text as text_of
from checker.model import STAGES, BadFact, InputError, Location, Submission, row_place


MAX_ROWS = 500_000  # rows of one sheet or CSV table: an office's long table of 200,000 rows fits
MAX_COLUMNS = 256  # the widest table the contract has is 40 columns

Row = list[tuple[str, str]]  # (cell text, cell reference)


def csv_rows(data: bytes) -> list[Row]:
    """Every row of a small CSV (a roster); see `csv_stream` for a long table."""
    return list(csv_stream(data))


def csv_stream(data: bytes) -> Iterator[Row]:
    """Rows of (cell text, "") from UTF-8 (with or without BOM) or GB18030 bytes, read lazily."""
    for row in csv_cells(data):
        yield [(cell, "") for cell in row]


def csv_cells(data: bytes) -> Iterator[list[str]]:
    """Rows of cell texts from UTF-8 (with or without BOM) or GB18030 bytes, read lazily."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise DocumentError(t("input.csv_encoding", byte=exc.start), expected=t("input.expected_csv_encoding")) \
                from None
    reader = csv.reader(io.StringIO(text, newline=""))
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DocumentError(t("input.csv_syntax", reason=csv_problem(str(exc))), row_place(reader.line_num),
                                t("input.expected_csv")) from None
        n += 1
        if n > MAX_ROWS:
            raise DocumentError(t("input.too_many_rows", rows=f"{MAX_ROWS:,}"), row_place(n),
                                t("input.expected_file_size", kind="CSV", limit_mib=64))
        yield row


def csv_problem(raw: str) -> Text:
    """Python's csv problem (`line contains NUL`) in the reader's language."""
    for phrase, key in (("NUL", "nul"), ("field larger than field limit", "field_limit")):
        if phrase in raw:
            return t(f"input.csv_problem.{key}")
    return t("input.csv_problem.other", raw=raw[:200])


def first_row(rows: Iterator[Row]) -> tuple[Row, Iterator[Row]]:
    """The first non-empty row, and the rows again from the start (the iterator is not consumed)."""
    seen: list[Row] = []
    for row in rows:
        seen.append(row)
        if any(text.strip() for text, _ in row):
            return row, itertools.chain(seen, rows)
    return [], iter(seen)


def is_school_table(first: Row) -> bool:
    """Whether a table's first non-empty row is a school table's header."""
    return any(text.strip() == "school_code" for text, _ in first)


def is_report_table(first: Row) -> bool:
    """Whether a table's first row is the header of a report this checker wrote (`checker check
    -f csv`), in either language: the criterion-id, status and severity columns, no entity_code.
    Read back as a long table it would be a wall of errors on the next run over the same folder."""
    cells = {text.strip() for text, _ in first}
    return "entity_code" not in cells and any(
        {text_of("report.head.criterion_id", lang), text_of("report.head.status", lang), text_of("report.head.severity", lang)}
        <= cells for lang in LANGS)


def is_report_workbook(sheet_names) -> bool:
    """Whether a workbook is a report this checker wrote (`checker check -f xlsx`): its summary and
    findings sheets, named in either language."""
    names = set(sheet_names)
    return any({text_of("report.section.summary", lang), text_of("report.section.findings", lang)} <= names
               for lang in LANGS)


def open_workbook(data: bytes):
    """The workbook, read-only; anything the reader raises on a hostile or broken file is a
    DocumentError (openpyxl raises many kinds: KeyError, AttributeError, zlib.error, …)."""
    from openpyxl import load_workbook

    check_zip(data, ".xlsx")  # a zip bomb or a truncated file, judged from the zip's directory
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted bytes
        raise damaged(exc) from None


def first_sheet(wb, name: str, out) -> Any:
    """The first visible worksheet (a hidden first sheet is not what the county sees: it is
    skipped, with a notice); a DocumentError when there is none (a workbook of charts only)."""
    sheets = list(wb.worksheets)
    visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
    if not visible:
        raise DocumentError(t("input.no_worksheet"), expected=t("input.expected_worksheet"))
    hidden = [ws.title for ws in sheets[:sheets.index(visible[0])]]
    if hidden:
        out.notices.append(InputError(name, visible[0].title,
                                      t("input.hidden_sheets_skipped", sheets=", ".join(hidden), sheet=visible[0].title)))
    return visible[0]


def sheet_stream(ws) -> Iterator[Row]:
    """Every row of a sheet as (cell text, cell reference) pairs, read lazily and bounded: the
    declared dimensions first, then the rows and columns actually met. A damaged member (a bad
    CRC, met only at its end; bad deflate; bad XML) is a DocumentError wherever it is met."""
    from openpyxl.utils import get_column_letter

    try:
        rows, cols = ws.max_row, ws.max_column  # from the sheet's <dimension>, when it declares one
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted bytes
        raise damaged(exc, ws.title) from None
    if (rows or 0) > MAX_ROWS or (cols or 0) > MAX_COLUMNS:
        raise DocumentError(t("input.sheet_too_large", sheet=ws.title, dims=f"{rows} × {cols}", rows=f"{MAX_ROWS:,}",
                              columns=MAX_COLUMNS),
                            expected=t("input.expected_sheet_size", rows=f"{MAX_ROWS:,}", columns=MAX_COLUMNS))
    try:
        uncached = uncached_formulas(ws)  # reads the whole member: its CRC is checked at its end
    except zip_damage() as exc:
        raise damaged(exc, ws.title) from None
    if uncached:
        raise DocumentError(t("input.formula_uncached", cell=uncached[0], more=len(uncached) - 1),
                            f"{ws.title}!{uncached[0]}", t("input.expected_formula_cached"))
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # never pad every row to a declared width
    try:
        for r, row in enumerate(ws.iter_rows(), start=1):
            if r > MAX_ROWS:
                raise DocumentError(t("input.too_many_rows", rows=f"{MAX_ROWS:,}"), f"{ws.title}!A{r}",
                                    t("input.expected_sheet_size", rows=f"{MAX_ROWS:,}", columns=MAX_COLUMNS))
            if len(row) > MAX_COLUMNS:
                beyond = next((c for c, cell in enumerate(row, start=1) if c > MAX_COLUMNS and cell.value is not None),
                              None)
                if beyond is not None:
                    ref = f"{get_column_letter(beyond)}{r}"
                    raise DocumentError(t("input.cell_beyond_columns", cell=ref, columns=MAX_COLUMNS), f"{ws.title}!{ref}",
                                        t("input.expected_sheet_size", rows=f"{MAX_ROWS:,}", columns=MAX_COLUMNS))
                row = row[:MAX_COLUMNS]
            yield [(_cell_text(cell), f"{get_column_letter(c)}{r}") for c, cell in enumerate(row, start=1)]
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged member (zlib.error, BadZipFile, bad XML) met mid-sheet
        raise damaged(exc, ws.title) from None


def zip_damage() -> tuple[type[BaseException], ...]:
    """What reading a damaged member of a zip raises (imported only when a workbook is read)."""
    import zipfile
    import zlib

    return zipfile.BadZipFile, zlib.error, EOFError, OSError


def damaged(exc: BaseException, place: str = "") -> DocumentError:
    """A workbook found damaged while reading it (`exc` what the reader raised), at `place`."""
    return DocumentError(t("input.xlsx_damaged", cause=exc.__class__.__name__), place, t("input.expected_xlsx"))


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_FORMULA_END = re.compile(rb"/>|</(?:[A-Za-z_][\w.-]*:)?f>")
_CELL_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?c>")
_CACHED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:v>\s*[^<\s]|is[\s>])")
_CELL_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"')


def uncached_formulas(ws) -> list[str]:
    """The cells holding a formula with no computed result (a workbook written by a program and
    never opened in Excel): read with data_only they look blank, and a figure would be lost in
    silence. A light second pass over the sheet's XML — a byte search in chunks cut after a row's
    tag, looking only at the cells that hold a formula — so a sheet without one costs a scan."""
    source = getattr(ws, "_get_source", None)  # openpyxl's read-only sheet: its member of the zip
    if source is None:
        return []
    found: list[str] = []
    with source() as stream:
        buf = b""
        while True:
            chunk = stream.read(1 << 22)
            buf += chunk
            cut = buf.rfind(b"row>") + 4 if chunk else len(buf)  # cells never straddle a row's tag
            if cut < 4:
                continue
            part, buf = buf[:cut], buf[cut:]
            for m in _FORMULA_TAG.finditer(part):
                end_f = _FORMULA_END.search(part, m.end() - 1)
                end_c = _CELL_END.search(part, end_f.end()) if end_f else None
                if end_c is None or _CACHED.search(part, end_f.end(), end_c.start()):
                    continue
                refs = list(_CELL_REF.finditer(part, max(0, m.start() - 400), m.start()))
                found.append(refs[-1].group(1).decode() if refs else "?")
            if not chunk:
                return found


def sheet_rows(ws) -> tuple[str, list[Row]]:
    """Every row of a (small) sheet: the Excel form's sheets, a school table."""
    return ws.title, list(sheet_stream(ws))


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


def from_rows(rows, name: str, out: Loaded, period: int | None, sheet: str | None) -> None:
    """The long table, read row by row (a CSV of 200,000 rows is never held as rows)."""
    numbered = ((n, r) for n, r in enumerate(rows, start=1) if any(text.strip() for text, _ in r))
    first = next(numbered, None)
    if first is None:
        raise DocumentError(t("input.table_empty"), expected=t("input.expected_header", columns=",".join(LONG_COLUMNS)))
    header_row, header_cells = first
    header = [text.strip() for text, _ in header_cells]
    missing = [c for c in LONG_COLUMNS if c not in header]
    if missing:
        raise DocumentError(t("input.header_lacks", columns=", ".join(missing)), row_place(header_row),
                            expected=t("input.expected_header", columns=",".join(LONG_COLUMNS)))
    index = {c: header.index(c) for c in LONG_COLUMNS + STATED_COLUMNS if c in header}
    width = max(i for i, h in enumerate(header) if h) + 1
    if [h for h in header if h in LONG_COLUMNS] != list(LONG_COLUMNS):
        out.errors.append(InputError(name, row_place(header_row), t("input.columns_out_of_order"),
                                     t("input.expected_header", columns=",".join(LONG_COLUMNS))))
    extra = [h for h in header if h and h not in LONG_COLUMNS + STATED_COLUMNS + LABEL_COLUMNS]
    if extra:
        out.notices.append(InputError(name, row_place(header_row), t("input.extra_columns", columns=", ".join(extra))))
    groups: dict[str, dict[str, Any]] = {}
    data_rows = 0
    for r, row in numbered:
        data_rows += 1
        if misplaced(row, r, width, len(header_cells), name, sheet, out):
            continue
        cells = {c: (row[i] if i < len(row) else ("", "")) for c, i in index.items()}

        def where(column: str) -> str | Text:
            ref = cells[column][1]
            return f"{sheet}!{ref}" if sheet and ref else row_place(r, column)

        def text(column: str) -> str:
            return cells[column][0].strip() if column in cells else ""

        if not text("value") and not cells["quote"][0].strip():
            wrong = number_elsewhere(text)
            if wrong:
                out.errors.append(InputError(name, where(wrong), t("input.number_in_wrong_column", column=wrong,
                                                                    text=text(wrong)[:40]),
                                             t("input.expected_value_column")))
            continue  # a row of a form left blank: not reported (criteria that need it say `missing`)
        loc = Location(name, sheet=sheet, cell=cells["value"][1]) if sheet else Location(name, row=r)
        raw_code = cells["entity_code"][0]
        code = normal_code(raw_code) or raw_code.strip()
        group = groups.setdefault(code, {"entity": None, "facts": [], "bad": [], "errors": 0})
        entity_problem = row_entity(text, raw_code)
        if isinstance(entity_problem, tuple):
            out.errors.append(InputError(name, where(entity_problem[0]), entity_problem[1], entity_problem[2]))
            group["errors"] += 1
            continue
        if group["entity"] is None:
            group["entity"] = entity_problem
        elif group["entity"] != entity_problem:
            out.errors.append(InputError(name, where("entity_name"), t("input.entity_row_differs", code=code),
                                         t("input.expected_entity_rows_same")))
        fact_period = read_year(text("period"))
        if fact_period is None:
            not_a_year = t("input.year_invalid", text=repr(text("period")[:20]))
            out.errors.append(InputError(name, where("period"), not_a_year, t("input.expected_year")))
            group["bad"].append(BadFact(text("indicator") or None, text("stage") or None, None, loc, not_a_year))
            continue
        assumed: list = []
        fact, problems = row_fact(text, cells["quote"][0], fact_period, loc, assumed)
        for field_name, message, expected in problems:
            out.errors.append(InputError(name, where(column_of(field_name, index)), message, expected))
        out.notices.extend(InputError(name, where(column_of(f, index)), m) for f, m in assumed)
        if fact is None:
            st = text("stage")
            group["bad"].append(BadFact(text("indicator") or None, st if st in STAGES else None, fact_period, loc,
                                        joined([m for _, m, _ in problems])))
        else:
            group["facts"].append(fact)
    if not data_rows:
        raise DocumentError(t("input.header_only"), row_place(header_row), t("input.expected_data_rows"))
    for code in sorted(groups):
        group = groups[code]
        if group["entity"] is None:
            continue
        periods = [f.period for f in group["facts"]] + [b.period for b in group["bad"] if b.period]
        if period is None and not periods:
            continue  # not one row of this entity gives a year: each is an input error at its place
        evaluated = period if period is not None else max(periods)
        out.submissions.append(Submission(group["entity"], evaluated, name, tuple(group["facts"]), tuple(group["bad"])))


def misplaced(row: Row, r: int, width: int, header_cells: int, name: str, sheet: str | None, out: Loaded) -> bool:
    """A row that does not fit the header: a CSV row with fewer cells (truncated, or a cell lost),
    or any row with text beyond the header's columns (a figure typed into the wrong column, or an
    unquoted 10,007.75 split in two). Reported, and the row is not read: its cells cannot be trusted."""
    beyond = next((i for i in range(width, len(row)) if row[i][0].strip()), None)
    if beyond is not None:
        ref = row[beyond][1] or row_place(r, beyond + 1)
        out.errors.append(InputError(name, f"{sheet}!{ref}" if sheet and row[beyond][1] else ref,
                                     t("input.cell_beyond_header", cell=ref, text=repr(row[beyond][0][:40])),
                                     t("input.expected_within_header")))
        return True
    if sheet is None and len(row) < header_cells:
        out.errors.append(InputError(name, row_place(r), t("input.ragged_row", cells=len(row), header=header_cells),
                                     t("input.expected_row_cells")))
        return True
    return False


def read_school_file(path: Path, out: Loaded) -> tuple[list, list[str], str | None]:
    """Read a school table; (schools, unreadable rows, its name), or no name if it cannot be read."""
    from checker.intake.schools import read_cells, read_table

    name = path.as_posix()
    try:
        data = read_bytes(path)
        if path.suffix.lower() == ".xlsx":
            wb = open_workbook(data)
            sheet, rows = sheet_rows(first_sheet(wb, name, out))
            wb.close()
        else:
            sheet, cells = None, list(csv_cells(data))  # texts only: a CSV's cells have no references
    except DocumentError as exc:
        out.errors.append(InputError(name, exc.place, exc.message, exc.expected))
        return [], [], None
    except OSError as exc:
        out.errors.append(InputError(name, "", t("input.cannot_read_school_table", reason=os_reason(exc))))
        return [], [], None
    out.inputs.append({"file": name, "sha256": hashlib.sha256(data).hexdigest(), "entities": [],
                       "role": "school table"})
    schools, bad, errors = read_table(rows, name, sheet) if sheet is not None else read_cells(cells, name, None)
    out.errors.extend(errors)
    return schools, bad, name
