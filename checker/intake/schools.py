"""The school table of a submission (`tables: {schools: FILE}`), CSV or XLSX, one row per school,
typed by the column dictionary (checker/data/school_columns.yaml). Every problem names its row
and column (or sheet!cell); an unreadable row is kept as a place, so the criteria that would
have needed it report an error rather than judging the county on the schools that remain.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import is_not
from pathlib import Path
from typing import Any

from checker.i18n import Text, t
from checker.model import InputError, Location, School, row_place
from checker.intake.units import UnitError, read_number

_FAMILY = {"count": "count", "area": "area", "money": "money"}


@lru_cache(maxsize=1)
def _spec() -> dict:
    import yaml

    text = (Path(__file__).parent.parent / "data" / "school_columns.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def columns() -> dict[str, dict]:
    return _spec()["columns"]


def section_weights() -> dict[str, float]:
    """How a school's whole-school resources are apportioned between its sections: per pupil,
    times these weights (`section_weights` in checker/data/school_columns.yaml)."""
    return {k: float(v["value"]) for k, v in _spec()["section_weights"].items()}


def read_table(rows: list[list[tuple[str, str]]], name: str, sheet: str | None
               ) -> tuple[list[School], list[str], list[InputError]]:
    """(schools, places of unreadable rows, errors) from rows of (cell text, cell reference)."""
    return read_cells([[text for text, _ in row] for row in rows], name, sheet,
                      [[ref for _, ref in row] for row in rows] if sheet else None)


def read_cells(rows: list[list[str]], name: str, sheet: str | None, refs: list[list[str]] | None = None
               ) -> tuple[list[School], list[str], list[InputError]]:
    """`read_table` of rows of cell texts (a CSV's), `refs` their cell references (a sheet's).

    Read column by column — a table written by a program has whole columns of plain figures,
    read in one step each (`_plain_column`) — then assembled row by row: a national batch reads
    ~200,000 school rows, and the cell-by-cell reading was a fifth of its time."""
    spec = columns()
    numbered = [(n, r) for n, r in enumerate(rows, start=1) if any(t.strip() for t in r)]
    if not numbered:
        return [], [], [InputError(name, "", t("input.school_table_empty"), t("input.expected_school_columns"))]
    header_row, header_cells = numbered[0]
    header = [t.strip() for t in header_cells]
    errors = []
    missing = [c for c, s in spec.items() if s.get("required") and c not in header]
    if missing:
        return [], [], [InputError(name, row_place(header_row), t("input.header_lacks", columns=", ".join(missing)),
                                   t("input.expected_school_columns"))]
    unknown = [h for h in header if h and h not in spec]
    if unknown:
        errors.append(InputError(name, row_place(header_row), t("input.unknown_columns", columns=", ".join(unknown)),
                                 t("input.expected_school_columns")))
    # each known column once, in the order first met, read from its last cell (a column named twice)
    position = {h: i for i, h in enumerate(header) if h in spec}
    data = numbered[1:]
    read: dict[str, list] = {}  # column -> its value in each row (None: empty or unreadable)
    problems: dict[int, list] = {}  # a row's position in `data` -> its problems, in column order
    width = len(header)
    cells = list(zip(*[row if len(row) >= width else row + [""] * (width - len(row)) for _, row in data])) \
        or [()] * width  # column by column; a short row's missing cells are empty
    for column, i in position.items():
        read[column] = _column(list(map(str.strip, cells[i])), column, spec[column], problems)
    names = sorted(read)
    schools, bad = [], []
    seen: set[str] = set()
    name_at = position["school_name"]
    for k, ((r, row), values) in enumerate(zip(data, zip(*(read[c] for c in names)))):
        code = read["school_code"][k] or ""
        found = problems.get(k, [])
        if code and code in seen:
            found.append(("school_code", t("input.school_twice", code=code), t("input.expected_school_once")))
        seen.add(code)
        if sheet:
            at = refs[r - 1]
            loc = Location(name, sheet=sheet, cell=at[name_at] if name_at < len(at) else "")
        else:
            loc = Location(name, row=r)
        if found:
            errors.extend(InputError(name, _where(refs, position, r, sheet, c), m, e) for c, m, e in found)
            bad.append(str(loc) if sheet else t("derive.row_place", file=name, row=r))
            continue
        given = tuple(compress(zip(names, values), map(is_not, values, repeat(None))))  # the non-empty cells
        schools.append(School(code, read["school_name"][k], read["school_type"][k], given, loc))
    return schools, bad, errors


def _column(texts: list[str], column: str, spec: dict, problems: dict[int, list]) -> list:
    """One column's values (None where empty or unreadable); each unreadable cell's problem added
    to its row's in `problems`."""
    kind, required = spec["type"], spec.get("required")
    joined = "\n".join(texts) if kind in _FAMILY and not required else ""
    if joined and joined.count("\n") == len(texts) - 1 and (kind != "count" or "." not in joined) \
            and _PLAIN_COLUMN.fullmatch(joined):  # every cell plain digits, or empty
        if "." not in joined:
            return [int(x) if x else None for x in texts]
        return [(float(x) if "." in x else int(x)) if x else None for x in texts]
    allowed = spec.get("values", ())
    out: list = []
    for k, text in enumerate(texts):
        value = None
        if not text:
            if required:
                problems.setdefault(k, []).append((column, t("input.cell_empty"), t("input.expected_a_value")))
        elif kind == "enum" and text not in allowed:
            problems.setdefault(k, []).append((column, t("input.schema.enum", text=repr(text)),
                                               t("input.expected_one_of", values=", ".join(allowed))))
        elif kind in _FAMILY:
            value = _plain_number(text)
            try:
                value = read_number(text, None, _FAMILY[kind]).value if value is None else value
            except UnitError as exc:
                problems.setdefault(k, []).append((column, exc.message, exc.expected))
            else:
                if value < 0 or (kind == "count" and value != int(value)):
                    problems.setdefault(k, []).append((column, t("input.not_a_count", text=repr(text)),
                                                       t("input.expected_count")))
                    value = None
        else:
            value = text
        out.append(value)
    return out


def _where(refs: list[list[str]] | None, position: dict[str, int], r: int, sheet: str | None,
           column: str) -> str | Text:
    """A cell's place: sheet!cell in a workbook, else the row and the column's id."""
    cells = refs[r - 1] if refs is not None else ()
    i = position.get(column)
    ref = cells[i] if i is not None and i < len(cells) else ""
    return f"{sheet}!{ref}" if sheet and ref else row_place(r, column)


_NUMBER = r"[0-9]{1,15}(?:\.[0-9]{1,12})?"  # a plain figure: `_plain_number`
_PLAIN = re.compile(_NUMBER)
_PLAIN_COLUMN = re.compile(rf"(?:{_NUMBER})?(?:\n(?:{_NUMBER})?)*")  # a column of plain figures or empty cells


def _plain_number(text: str) -> int | float | None:
    """A cell written as plain ASCII digits (`1107`, `4427.5`: nearly every cell of a table a
    program wrote) read as `read_number` reads it — an int without a point, else the float
    nearest the decimal — without its Unicode folding, unit and Decimal steps; None for any
    other spelling, which `read_number` reads (or refuses) in full. Bounded to 15 digits before
    the point, so the figure is below read_number's 10¹⁵ limit."""
    if _PLAIN.fullmatch(text) is None:
        return None
    return float(text) if "." in text else int(text)
