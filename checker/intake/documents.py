"""The YAML / JSON form of a submission: validated against the JSON Schema shipped in
`checker/schemas/`, every problem an `InputError` at its YAML path, the valid rest still read."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
import posixpath
from typing import Any

from checker.intake import schema
from checker.intake.facts import Loaded, bad_fact, read_fact
from checker.intake.safeyaml import Document, DocumentError, format_path
from checker.intake.tables import read_school_file
from checker.model import Citation, Entity, Fact, BadFact, InputError, Location, Submission


def from_document(doc: Document, name: str, path: Path, out: Loaded) -> None:
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
        if rel is not None and not inside_folder(rel, path.parent):
            out.errors.append(InputError(name, f"documents[{i}].path", f"path {rel!r} leaves the submission's folder",
                                         "a relative path inside the submission's folder"))
        documents.append((d["id"], d.get("title", "")))
    known_docs = {d for d, _ in documents}
    confirmed = data.get("confirmed") is True  # a person checked the extracted facts: no longer drafts
    facts: list[Fact] = []
    bad: list[BadFact] = []
    for i, item in enumerate(data.get("facts") or []):
        loc = Location(name, path=f"facts[{i}]")
        if i in bad_fact_errors:
            bad.append(bad_fact(item, loc, "; ".join(bad_fact_errors[i])))
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
            share_of=stated.get("of"), parts=parts, extracted=item.get("extracted") is True and not confirmed,
        )
        for field_name, message, expected in problems:
            out.errors.append(InputError(name, f"facts[{i}].{field_name}", message, expected))
        if fact is None:
            bad.append(bad_fact(item, loc, "; ".join(str(m) for _, m, _ in problems)))
        else:
            facts.append(fact)
    schools, bad_schools, table = (), (), None
    table_rel = (data.get("tables") or {}).get("schools")
    for key in data.get("tables") or {}:
        if key != "schools":
            out.errors.append(InputError(name, f"tables.{key}", f"unknown table {key!r}", "tables: {schools: FILE}"))
    if table_rel is not None:
        if not inside_folder(table_rel, path.parent):
            out.errors.append(InputError(name, "tables.schools", f"path {table_rel!r} leaves the submission's folder",
                                         "a relative path inside the submission's folder"))
        else:
            schools, bad_schools, table = read_school_file(path.parent / table_rel, out)
            if table is None:  # named but unreadable: the criteria that need it report an error
                table = (path.parent / table_rel).as_posix()
                bad_schools = [f"{table} (cannot be read)"]
    out.submissions.append(Submission(entity, data["period"], name, tuple(facts), tuple(bad), tuple(documents),
                                      tuple(schools), tuple(bad_schools), table))


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def inside_folder(rel: str, folder: Path | None = None) -> bool:
    """Whether `rel` stays inside the submission's folder: as written (no `..`, no absolute path)
    and, given the `folder`, once resolved — a symbolic link pointing out of it is refused too,
    before a byte of its target is read."""
    if not _inside_as_written(rel):
        return False
    if folder is None:
        return True
    try:
        (folder / rel).resolve().relative_to(folder.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _inside_as_written(rel: str) -> bool:
    if not rel or "\\" in rel or rel.startswith("/") or (len(rel) > 1 and rel[1] == ":"):
        return False
    norm = posixpath.normpath(rel)
    return not (norm == ".." or norm.startswith("../") or PurePosixPath(norm).is_absolute())


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
