"""The school table of a submission (`tables: {schools: FILE}`), CSV or XLSX, one row per school,
typed by the column dictionary (checker/data/school_columns.yaml). Every problem names its row
and column (or sheet!cell); an unreadable row is kept as a place, so the criteria that would
have needed it report an error rather than judging the county on the schools that remain.
"""

from __future__ import annotations

import re
from functools import lru_cache
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
    spec = columns()
    numbered = [(n, r) for n, r in enumerate(rows, start=1) if any(t.strip() for t, _ in r)]
    if not numbered:
        return [], [], [InputError(name, "", t("input.school_table_empty"), t("input.expected_school_columns"))]
    header_row, header_cells = numbered[0]
    header = [t.strip() for t, _ in header_cells]
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
    plan = [(column, i, spec[column]["type"], bool(spec[column].get("required")), spec[column].get("values", ()))
            for column, i in position.items()]
    name_at = position["school_name"]
    schools, bad = [], []
    seen: set[str] = set()
    for r, row in numbered[1:]:
        width = len(row)
        values: dict[str, Any] = {}
        problems = []
        for column, i, kind, required, allowed in plan:
            text = row[i][0].strip() if i < width else ""
            if not text:
                if required:
                    problems.append((column, t("input.cell_empty"), t("input.expected_a_value")))
                continue
            if kind == "text":
                values[column] = text
            elif kind == "enum":
                if text in allowed:
                    values[column] = text
                else:
                    problems.append((column, t("input.schema.enum", text=repr(text)),
                                     t("input.expected_one_of", values=", ".join(allowed))))
            elif kind in _FAMILY:
                value = _plain_number(text)
                if value is None:
                    try:
                        value = read_number(text, None, _FAMILY[kind]).value
                    except UnitError as exc:
                        problems.append((column, exc.message, exc.expected))
                        continue
                    if value < 0 or (kind == "count" and value != int(value)):
                        problems.append((column, t("input.not_a_count", text=repr(text)), t("input.expected_count")))
                        continue
                elif kind == "count" and value != int(value):
                    problems.append((column, t("input.not_a_count", text=repr(text)), t("input.expected_count")))
                    continue
                values[column] = value
            else:
                values[column] = text
        code = values.get("school_code", "")
        if code and code in seen:
            problems.append(("school_code", t("input.school_twice", code=code), t("input.expected_school_once")))
        seen.add(code)
        if sheet:
            loc = Location(name, sheet=sheet, cell=row[name_at][1] if name_at < width else "")
        else:
            loc = Location(name, row=r)
        if problems:
            errors.extend(InputError(name, _where(row, position, r, sheet, c), m, e) for c, m, e in problems)
            bad.append(str(loc))
            continue
        schools.append(School(values["school_code"], values["school_name"], values["school_type"],
                              tuple(sorted(values.items())), loc))
    return schools, bad, errors


def _where(row, position: dict[str, int], r: int, sheet: str | None, column: str) -> str | Text:
    """A cell's place: sheet!cell in a workbook, else the row and the column's id."""
    i = position.get(column)
    ref = row[i][1] if i is not None and i < len(row) else ""
    return f"{sheet}!{ref}" if sheet and ref else row_place(r, column)


_PLAIN = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,12})?")


def _plain_number(text: str) -> int | float | None:
    """A cell written as plain ASCII digits (`1107`, `4427.5`: nearly every cell of a table a
    program wrote) read as `read_number` reads it — an int without a point, else the float
    nearest the decimal — without its Unicode folding, unit and Decimal steps; None for any
    other spelling, which `read_number` reads (or refuses) in full. Bounded to 15 digits before
    the point, so the figure is below read_number's 10¹⁵ limit."""
    if _PLAIN.fullmatch(text) is None:
        return None
    return float(text) if "." in text else int(text)
