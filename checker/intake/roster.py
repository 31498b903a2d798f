"""The office's roster of who must submit (CSV: code, name, level, parent, region)."""

from __future__ import annotations

from pathlib import Path

from checker.intake.safeyaml import DocumentError, read_bytes
from checker.intake.tables import csv_rows
from checker.model import InputError


ROSTER_COLUMNS = ("code", "name", "level", "parent", "region")


def load_roster(path: Path) -> tuple[list[dict[str, str]], list[InputError]]:
    """The entities registry (CSV: code, name, level, parent, region), UTF-8 or GB18030."""
    name = path.as_posix()
    try:
        rows = csv_rows(read_bytes(path))
    except DocumentError as exc:
        return [], [InputError(name, exc.place, exc.message, exc.expected)]
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
