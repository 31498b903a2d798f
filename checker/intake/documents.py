"""The YAML / JSON form of a submission: validated against the JSON Schema shipped in
`checker/schemas/`, every problem an `InputError` at its YAML path, the valid rest still read."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
import posixpath
from typing import Any

from checker.intake import schema
from checker.intake.facts import Loaded, bad_fact, normal_code, read_fact
from checker.i18n import Text, t
from checker.intake.safeyaml import Document, DocumentError, either, joined, place_of
from checker.intake.tables import read_school_file
from checker.model import Citation, Entity, Fact, BadFact, InputError, Location, Submission


def from_document(doc: Document, name: str, path: Path, out: Loaded) -> None:
    data = doc.data
    if not isinstance(data, dict):
        raise DocumentError(t("input.not_mapping"), expected=t("input.expected_submission_keys"))
    bad_fact_errors: dict[int, list[Text]] = {}
    fatal = False
    code, problem = _entity_code(doc, name)
    if problem is not None:
        out.errors.append(problem)
        fatal = True
    for err in schema.errors("submission", data):
        p = tuple(err.absolute_path)
        if p == CODE_PATH:
            continue  # the code is judged by the tables' own rule above (one definition), not the schema's pattern
        place = place_of(p)
        message, expected = _schema_message(err)
        out.errors.append(InputError(name, place, message, expected))
        if len(p) >= 2 and p[0] == "facts" and isinstance(p[1], int):
            bad_fact_errors.setdefault(p[1], []).append(t("input.at_place", place=place, message=message))
        else:
            fatal = True
    ent = data.get("entity")
    if not fatal and "\x00" in ent["name"]:  # no document has it, and PostgreSQL cannot store it
        out.errors.append(InputError(name, "entity.name", t("input.nul_character"), t("input.expected_text_without_nul")))
        fatal = True
    if fatal:
        return
    entity = Entity(code, ent["name"], ent["level"], ent.get("region"))
    documents = []
    for i, d in enumerate(data.get("documents") or []):
        rel = d.get("path")
        if rel is not None and not inside_folder(rel, path.parent):
            out.errors.append(InputError(name, f"documents[{i}].path", t("input.path_leaves_folder", path=repr(rel)),
                                         t("input.expected_inside_folder")))
        documents.append((d["id"], d.get("title", "")))
    known_docs = {d for d, _ in documents}
    confirmed = data.get("confirmed") is True  # a person checked the extracted facts: no longer drafts
    facts: list[Fact] = []
    bad: list[BadFact] = []
    for i, item in enumerate(data.get("facts") or []):
        loc = Location(name, path=f"facts[{i}]")
        if i in bad_fact_errors:
            bad.append(bad_fact(item, loc, joined(bad_fact_errors[i])))
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
            notices=(assumed := []),
        )
        for field_name, message, expected in problems:
            out.errors.append(InputError(name, f"facts[{i}].{field_name}", message, expected))
        out.notices.extend(InputError(name, f"facts[{i}].{field_name}", message) for field_name, message in assumed)
        if fact is None:
            bad.append(bad_fact(item, loc, joined([m for _, m, _ in problems])))
        else:
            facts.append(fact)
    schools, bad_schools, table = (), (), None
    table_rel = (data.get("tables") or {}).get("schools")
    for key in data.get("tables") or {}:
        if key != "schools":
            out.errors.append(InputError(name, f"tables.{key}", t("input.unknown_table", name=repr(key)),
                                         t("input.expected_tables")))
    if table_rel is not None:
        if not inside_folder(table_rel, path.parent):
            out.errors.append(InputError(name, "tables.schools", t("input.path_leaves_folder", path=repr(table_rel)),
                                         t("input.expected_inside_folder")))
        else:
            schools, bad_schools, table = read_school_file(path.parent / table_rel, out)
            if table is None:  # named but unreadable: the criteria that need it report an error
                table = (path.parent / table_rel).as_posix()
                bad_schools = [t("derive.table_unreadable", table=table)]
    out.submissions.append(Submission(entity, data["period"], name, tuple(facts), tuple(bad), tuple(documents),
                                      tuple(schools), tuple(bad_schools), table))


CODE_PATH = ("entity", "code")


def _entity_code(doc: Document, name: str) -> tuple[str | None, InputError | None]:
    """The entity's code, judged by the rule the long table and the Excel form use
    (`facts.normal_code`: six ASCII digits as written, full-width digits folded): `code: 12`, a
    code with a trailing newline, a short code are each an input error at `entity.code`. The
    text as written is judged (`code: 053000` keeps its zero), not the number YAML reads in it.
    Returns (code, None) or (None, the error); (None, None) when there is no code to judge (the
    schema reports a missing entity or code)."""
    ent = doc.data.get("entity")
    if not isinstance(ent, dict) or "code" not in ent:
        return None, None
    value = ent["code"]
    written = doc.raw.get(CODE_PATH, value) if isinstance(value, (str, int)) and not isinstance(value, bool) else value
    code = normal_code(written)
    if code is not None:
        return code, None
    shown = repr(written[:20] if isinstance(written, str) else written)
    return None, InputError(name, ".".join(CODE_PATH), t("input.entity_code_invalid", code=shown),
                            t("input.expected_code"))


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


def _schema_message(err) -> tuple[Text, Text | str]:
    """A jsonschema error as (message, expected) catalogue texts, by the kind of rule it broke;
    the validator's own English only for a kind not named here."""
    validator, value = err.validator, err.validator_value
    if validator == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return t("input.schema.required", field=missing), t("input.expected_field", field=missing)
    if validator == "additionalProperties":
        allowed = set((err.schema.get("properties") or {}))
        extra = [k for k in (err.instance if isinstance(err.instance, dict) else ()) if k not in allowed]
        return t("input.schema.unknown_fields", fields=", ".join(repr(k) for k in extra)), \
            t("input.expected_format_fields")
    if validator == "enum":
        return t("input.schema.enum", text=repr(err.instance)), \
            t("input.expected_one_of", values=", ".join(repr(v) for v in value if v))
    if validator == "type":
        kinds = [value] if isinstance(value, str) else list(value)
        return t("input.schema.type", text=repr(err.instance)), either([t(f"input.type.{k}") for k in kinds])
    if validator == "pattern":
        return t("input.schema.pattern", text=repr(err.instance)), \
            t("input.expected_code") if "0-9" in value else t("input.expected_pattern", pattern=value)
    if validator in ("minimum", "maximum"):
        return t("input.out_of_range", text=repr(err.instance)), t(f"input.expected_{validator}", limit=value)
    if validator == "minLength" and value == 1:
        return t("input.cell_empty"), t("input.expected_a_value")
    if validator == "minLength":
        return t("input.schema.too_short", text=repr(err.instance)), t("input.expected_min_length", limit=value)
    if validator == "minItems":
        return t("input.schema.too_few"), t("input.expected_min_items", limit=value)
    if validator in ("anyOf", "oneOf"):
        return t("input.schema.no_form"), ""
    return t("input.schema.other", raw=err.message[:200]), ""

