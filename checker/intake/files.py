"""Submission files: directories walked, each file read by its kind (YAML/JSON, CSV, XLSX long
table or filled form), with a place for every value. One bad file is an input error, never the end
of the others."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterable

from checker.intake.documents import from_document
from checker.intake.facts import Loaded
from checker.intake.forms import from_template, is_template
from checker.intake.safeyaml import DocumentError, decode, load_json, load_yaml, os_reason, read_bytes
from checker.intake.tables import (csv_stream, first_row, first_sheet, from_rows, is_report_table, is_report_workbook,
                                   is_school_table, open_workbook, sheet_stream)
from checker.i18n import t
from checker.model import InputError

SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".xlsx")


def discover(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> tuple[list[Path], list[InputError]]:
    """Expand directories (recursively, sorted) into submission files; `exclude` (the report being
    written, when it lies in a folder being checked) is never read back as a submission."""
    skip = {p.resolve() for p in exclude}
    files: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        if path.is_dir():
            found, refused = walk(path, skip)
            if not found and not refused:
                errors.append(InputError(str(path), "", t("input.empty_directory"),
                                         t("input.expected_suffixes", suffixes=", ".join(SUFFIXES))))
            files.extend(found)
            errors.extend(refused)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(InputError(str(path), "", t("input.no_such_path")))
    return files, errors


def walk(folder: Path, skip: set[Path]) -> tuple[list[Path], list[InputError]]:
    """The submission files under `folder` (sorted, hidden ones left out), and an input error for
    each symbolic link — to a file or a directory — that leads out of the folder: named, never
    followed, not a byte of its target read. (A linked directory is never descended into: its
    files, when inside the folder, are met at their own place.)"""
    top = folder.resolve()
    found: list[Path] = []
    refused: list[InputError] = []
    for p in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        if p.is_symlink() and not _inside(p, top):
            if p.is_dir() or p.suffix.lower() in SUFFIXES:
                refused.append(InputError(p.as_posix(), "", t("input.link_leaves_folder"), t("input.expected_inside_walk")))
            continue
        if p.is_file() and p.suffix.lower() in SUFFIXES and (not skip or p.resolve() not in skip):
            found.append(p)
    return found, refused


def _inside(path: Path, top: Path) -> bool:
    try:
        path.resolve().relative_to(top)
    except (ValueError, OSError, RuntimeError):  # outside, unreadable, or a loop of links
        return False
    return True


def load_paths(paths: Iterable[Path], period: int | None = None, entity: str | None = None) -> Loaded:
    files, errors = discover(paths)
    out = Loaded(errors=errors)
    for path in files:
        load_file(path, out, period, entity)
    out.inputs = unique_inputs(out.inputs)
    return out


def load_file(path: Path, out: Loaded, period: int | None = None, entity: str | None = None) -> None:
    name = path.as_posix()
    try:
        data = read_bytes(path)
    except DocumentError as exc:
        entry = {"file": name, "sha256": None, "entities": []}
        out.inputs.append(entry)
        if getattr(exc.message, "key", None) == "input.file_too_large" and peek_report(path):
            skip_report(entry, name, out)  # a nation's report of an earlier run: larger than any submission
        else:
            out.errors.append(InputError(name, exc.place, exc.message, exc.expected))
        return
    except OSError as exc:
        out.errors.append(InputError(name, "", t("input.cannot_read", reason=os_reason(exc))))
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
            if isinstance(doc.data, dict) and "schema_version" in doc.data and "findings" in doc.data:
                skip_report(entry, name, out)
                return
            from_document(doc, name, path, out)
        elif suffix == ".csv":
            head, rows = first_row(csv_stream(data))
            if is_report_table(head):
                skip_report(entry, name, out)
                return
            if is_school_table(head):
                entry["role"] = "school table"
                return  # read with the submission whose `tables:` names it
            from_rows(rows, name, out, period, sheet=None)
        elif suffix == ".xlsx":
            wb = open_workbook(data)
            try:
                if is_report_workbook(wb.sheetnames):
                    skip_report(entry, name, out)
                elif is_template(wb):
                    from_template(wb, name, out, period)
                else:
                    ws = first_sheet(wb, name, out)
                    head, rows = first_row(sheet_stream(ws))
                    if is_school_table(head):
                        entry["role"] = "school table"
                        return  # read with the submission whose `tables:` names it
                    from_rows(rows, name, out, period, sheet=ws.title)
            finally:
                wb.close()
        elif suffix in _report_suffixes():
            from_report(path, name, out, period, entity)
        else:
            out.errors.append(InputError(name, "", t("input.unsupported_type", suffix=repr(suffix)),
                                         t("input.expected_suffixes", suffixes=", ".join(SUFFIXES))))
    except DocumentError as exc:
        out.errors.append(InputError(name, exc.place, exc.message, exc.expected))
    except Exception as exc:  # noqa: BLE001 - a bug met with this file: name it, go on with the others
        del out.submissions[before:]
        out.errors.append(internal_error(name, exc))
    entry["entities"] = [s.entity.code for s in out.submissions[before:]]
    titles = {doc: title for s in out.submissions[before:] for doc, title in s.documents if title}
    if titles:
        entry["documents"] = titles  # reports name a cited document by its title


def peek_report(path: Path) -> bool:
    """Whether a file refused as too large for a submission is a report of an earlier run (a
    nation's), judged without reading it whole: a JSON report by its opening key, a CSV by its first
    line, an XLSX by the sheet names in its workbook.xml (the zip's directory read, one small
    member inflated)."""
    import html
    import re
    import zipfile

    try:
        if path.suffix.lower() == ".json":
            with path.open("rb") as f:
                return re.match(rb'\s*\{\s*"schema_version"\s*:', f.read(256)) is not None
        if path.suffix.lower() == ".csv":
            with path.open("rb") as f:
                line = f.read(64 * 1024).split(b"\n", 1)[0]
            return is_report_table(next(csv_stream(line), []))
        if path.suffix.lower() == ".xlsx":
            with zipfile.ZipFile(path) as z:
                info = z.getinfo("xl/workbook.xml")
                if info.file_size > 1024 * 1024:
                    return False
                xml = z.read(info).decode("utf-8", "replace")
            return is_report_workbook(html.unescape(n) for n in re.findall(r'<sheet\b[^>]*\bname="([^"]*)"', xml))
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile, DocumentError):
        return False
    return False


def skip_report(entry: dict, name: str, out: Loaded) -> None:
    """A report of an earlier run (JSON, CSV or XLSX) met among the submissions: not read, noticed."""
    entry["role"] = "checker report"
    out.notices.append(InputError(name, "", t("input.report_not_submission")))


def from_report(path: Path, name: str, out: Loaded, period: int | None, entity: str | None) -> None:
    """A county's report checked directly: extracted to a draft submission and read as one, so every
    fact is marked extracted and every finding resting on it is a draft."""
    from checker.intake.extract import ReportError, draft_yaml, extract

    if entity is None or period is None:
        out.errors.append(InputError(name, "", t("extract.needs_entity")))
        return
    try:
        draft = extract(path, entity, period)
    except ReportError as exc:
        out.errors.append(InputError(name, "", t(exc.key, **exc.fields), exc.expected))
        return
    from_document(load_yaml(draft_yaml(draft)), name, path, out)


def _report_suffixes() -> tuple[str, ...]:
    """The report kinds `extract` reads; imported only when a file is none of SUFFIXES (the
    extractor's modules take ~25 ms to import, for a check that reads no report)."""
    from checker.intake.extract import REPORT_SUFFIXES

    return REPORT_SUFFIXES


def internal_error(name: str, exc: BaseException) -> InputError:
    """An exception the checker did not expect while processing file `name`: named, and marked
    internal (exit code 3), so one bug with one file never ends the batch or hides the file."""
    return InputError(name, "", t("input.internal_error", error=f"{exc.__class__.__name__}: {str(exc)[:200]}"),
                      internal=True)


def unique_inputs(inputs: list[dict]) -> list[dict]:
    """Each input file once (a school table is met both by its submission and by the walk)."""
    return list({i["file"]: i for i in reversed(inputs)}.values())[::-1]
