"""The office's roster against a report: who must submit and did not, who submitted and is not on it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checker.model import InputError
from checker.report.record import Report


def with_roster(report: Report, path: Path) -> Report:
    """Entities on the roster with no submission, and submissions from entities not on it."""
    from checker.intake.roster import load_roster

    entries, errors = load_roster(path)
    submitted: dict[str, str] = {}
    for item in report.inputs:
        for code in item["entities"]:
            submitted.setdefault(code, item["file"])
    listed = {e["code"] for e in entries}
    missing = [e for e in entries if e["code"] not in submitted] if not errors else []
    unexpected = [{"code": code, "file": file} for code, file in sorted(submitted.items()) if code not in listed] \
        if not errors else []
    notices = list(report.notices) + [
        InputError(u["file"], "entity.code", f"entity {u['code']} is not on the roster {path.as_posix()}")
        for u in unexpected]
    block = {"file": path.as_posix(), "entities": len(entries), "submitted": len(listed & set(submitted)),
             "missing_submissions": missing, "not_on_roster": unexpected}
    return replace(report, errors=report.errors + tuple(errors), notices=tuple(notices), roster=block)
