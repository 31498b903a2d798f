"""The office's roster of who must submit (CSV: code, name, level, parent, region)."""

from __future__ import annotations

from pathlib import Path

from checker.i18n import t
from checker.intake.facts import normal_code
from checker.intake.safeyaml import DocumentError, os_reason, read_bytes
from checker.intake.tables import csv_rows
from checker.model import InputError, row_place


ROSTER_COLUMNS = ("code", "name", "level", "parent", "region")


def load_roster(path: Path) -> tuple[list[dict[str, str]], list[InputError]]:
    """The entities registry (CSV: code, name, level, parent, region), UTF-8 or GB18030."""
    name = path.as_posix()
    try:
        rows = csv_rows(read_bytes(path))
    except DocumentError as exc:
        return [], [InputError(name, exc.place, exc.message, exc.expected)]
    except OSError as exc:
        return [], [InputError(name, "", t("input.cannot_read_roster", reason=os_reason(exc)))]
    if not rows or [c.strip() for c, _ in rows[0]][:5] != list(ROSTER_COLUMNS):
        return [], [InputError(name, row_place(1), t("input.roster_header"),
                               t("input.expected_header", columns=",".join(ROSTER_COLUMNS)))]
    entries, errors, seen = [], [], set()
    for r, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c, _ in row] + [""] * 5
        if not any(cells):
            continue
        entry = dict(zip(ROSTER_COLUMNS, cells))
        code = normal_code(entry["code"])  # the submissions' own rule: six or nine ASCII digits, full-width folded
        if code is None:
            errors.append(InputError(name, row_place(r, "code"), t("input.roster_code_invalid", code=repr(entry["code"])),
                                     t("input.expected_roster_code")))
        elif entry["level"] not in ("province", "prefecture", "county"):
            errors.append(InputError(name, row_place(r, "level"), t("input.entity_level_invalid", level=repr(entry["level"])),
                                     t("input.expected_level")))
        elif code in seen:
            errors.append(InputError(name, row_place(r, "code"), t("input.roster_code_twice", code=code),
                                     t("input.expected_entity_once")))
        else:
            entry["code"] = code
            seen.add(entry["code"])
            entries.append(entry)
    return entries, errors
