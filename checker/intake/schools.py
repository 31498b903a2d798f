"""The school table of a submission (`tables: {schools: FILE}`), CSV or XLSX, one row per school,
typed by the column dictionary (checker/data/school_columns.yaml). Every problem names its row
and column (or sheet!cell); an unreadable row is kept as a place, so the criteria that would
have needed it report an error rather than judging the county on the schools that remain.
"""

from __future__ import annotations

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
    schools, bad = [], []
    seen: set[str] = set()
    for r, row in numbered[1:]:
        cells = {h: row[i] if i < len(row) else ("", "") for i, h in enumerate(header) if h in spec}

        def where(column: str) -> str | Text:
            ref = cells.get(column, ("", ""))[1]
            return f"{sheet}!{ref}" if sheet and ref else row_place(r, column)

        values: dict[str, Any] = {}
        problems = []
        for column, (text, _) in cells.items():
            text = text.strip()
            kind = spec[column]["type"]
            if not text:
                if spec[column].get("required"):
                    problems.append((column, t("input.cell_empty"), t("input.expected_a_value")))
                continue
            if kind == "enum" and text not in spec[column]["values"]:
                problems.append((column, t("input.schema.enum", text=repr(text)),
                                 t("input.expected_one_of", values=", ".join(spec[column]["values"]))))
            elif kind in _FAMILY:
                try:
                    value = read_number(text, None, _FAMILY[kind]).value
                except UnitError as exc:
                    problems.append((column, exc.message, exc.expected))
                    continue
                if value < 0 or (kind == "count" and value != int(value)):
                    problems.append((column, t("input.not_a_count", text=repr(text)), t("input.expected_count")))
                    continue
                values[column] = value
            else:
                values[column] = text
        code = values.get("school_code", "")
        if code and code in seen:
            problems.append(("school_code", t("input.school_twice", code=code), t("input.expected_school_once")))
        seen.add(code)
        loc = Location(name, sheet=sheet, cell=cells["school_name"][1]) if sheet else Location(name, row=r)
        if problems:
            errors.extend(InputError(name, where(c), m, e) for c, m, e in problems)
            bad.append(str(loc))
            continue
        schools.append(School(values["school_code"], values["school_name"], values["school_type"],
                              tuple(sorted(values.items())), loc))
    return schools, bad, errors
