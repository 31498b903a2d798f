"""One fact, whatever the form it came in: validated against the indicator dictionary, its value and
unit read and normalised, its stated figures read like values. The long table and the Excel form
share one row-to-fact path (`row_fact`, `row_entity`); a fact that cannot be read becomes a
`BadFact`, so criteria that needed it report an error instead of silently going without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from checker.i18n import t
from checker.intake.indicators import dictionary
from checker.intake.units import (DEFAULT_UNIT, UNITS, UnitError, expected_units, inline_unit, needs_unit,
                                  quote_unit_disagreement, read_number)
from checker.model import STAGES, BadFact, Citation, Entity, Fact, InputError, Location, Part, Stated, Submission

LONG_COLUMNS = ("entity_code", "entity_name", "entity_level", "region", "period", "indicator", "stage",
                "value", "unit", "document", "locator", "quote")
# Optional long-table columns, recognised when present: the fact's scope and the figures the
# county derived from it (stated_parts: "primary+junior" or "primary+九年一贯制学校:2+junior").
STATED_COLUMNS = ("scope", "stated_change_pct", "stated_share_pct", "share_of", "stated_parts")
LABEL_COLUMNS = ("label_zh", "label_en")  # the template's own labels: known, not read


@dataclass
class Loaded:
    """What reading a set of files produced: submissions, errors, notices, and each input file."""

    submissions: list[Submission] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notices: list[InputError] = field(default_factory=list)
    inputs: list[dict[str, Any]] = field(default_factory=list)


def read_fact(*, indicator: str, stage: Any, period: int, value: Any, value_text: str | None, unit: Any,
              citation: Citation, location: Location, known_documents: set[str] | None,
              scope: str | None = None, stated_change: str | None = None, stated_share: str | None = None,
              share_of: str | None = None, parts: list | None = None, allow_derived: bool = False,
              extracted: bool = False, notices: list | None = None,
              unit_default: bool = False) -> tuple[Fact | None, list[tuple[str, Any, Any]]]:
    """Validate and normalise one fact. Returns (fact or None, [(field, message, expected)]), each
    message and expected a catalogue text (rendered in the reader's language). What was read with
    an assumption (a percentage without its %) is added to `notices` as (field, message). A money or
    count figure without a unit is refused (units.DEFAULT_UNIT), unless `unit_default`: a criteria
    pack's examples, whose figures are in the indicator's own unit."""
    problems: list[tuple[str, Any, Any]] = []
    value_unit = None if unit in (None, "") else str(unit)
    if value_unit is None and isinstance(value_text if value_text is not None else value, str):
        value_unit = inline_unit(value_text if value_text is not None else value)  # 124.40亿元: its parts too
    stated = _read_stated(indicator, value_unit, stated_change, stated_share, share_of, parts or [], problems,
                          unit_default)
    spec = dictionary().get(indicator)
    if spec is None:
        problems.append(("indicator", t("input.unknown_indicator", indicator=repr(indicator)), t("input.expected_indicator")))
        return None, problems
    if spec.derived and not allow_derived:
        problems.append(("indicator", t("input.derived_indicator", indicator=indicator), t("input.expected_school_table")))
        return None, problems
    stage = stage or None
    if stage is not None and stage not in STAGES:
        problems.append(("stage", t("input.unknown_stage", stage=repr(stage)), t("input.expected_stage", stages=", ".join(STAGES))))
    elif not spec.allows_stage(stage):
        problems.append(("stage", t("input.stage_not_taken", indicator=indicator, stage=repr(stage)), t("input.expected_no_stage")))
    unit_text = None if unit in (None, "") else str(unit)
    nul = [name for name, text in (("source.document", citation.document), ("source.locator", citation.locator),
                                   ("source.quote", citation.quote), ("value", value), ("unit", unit), ("scope", scope))
           if isinstance(text, str) and "\x00" in text]  # no document has it, and PostgreSQL cannot store it
    if nul:
        problems += [(name, t("input.nul_character"), t("input.expected_text_without_nul")) for name in nul]
        return None, problems
    if known_documents is not None and citation.document is not None and citation.document not in known_documents:
        problems.append(("source.document", t("input.undeclared_document", document=repr(citation.document)),
                         t("input.expected_one_of", values=", ".join(sorted(known_documents)))))
    if value is None or value == "":
        if not citation.quote:
            problems.append(("value", t("input.value_needed"), t("input.expected_value_or_quote")))
        if problems:
            return None, problems
        return Fact(indicator, stage, period, None, None, None, unit_text, citation, location, scope or None,
                    stated, extracted), problems
    if isinstance(value, bool):
        problems.append(("value", t("input.not_a_number", text=repr(value)), t("input.expected_number")))
        return None, problems
    written = value_text if value_text is not None else (value if isinstance(value, str) else repr(value))
    if spec.family == "text":
        normalised: Any = str(value)
        unit_written = unit_text
    else:
        try:
            reading = read_number(written, unit_text, spec.family)
        except UnitError as exc:
            problems.append((exc.field, exc.message, exc.expected))
            return None, problems
        normalised, unit_written = reading.value, reading.unit_as_written
        quoted = quote_unit_disagreement(written, unit_written, citation.quote, spec.family)
        if quoted is not None:  # the fact's own quote writes the figure in another scale: a likely 元/万元 slip
            problems.append(("unit", t("input.unit_quote_disagrees", value=written, unit=unit_written,
                                       quoted=quoted, quote=citation.quote), t("input.expected_quote_unit")))
        if unit_written is None and UNITS.get(spec.family) and not unit_default:
            if needs_unit(spec.family):
                problems.append(("unit", t("input.unit_missing", indicator=indicator, value=written,
                                           family=t(f"input.family.{spec.family}")), expected_units(spec.family)))
                return None, problems
            if notices is not None:
                notices.append(("unit", t("input.unit_assumed", indicator=indicator, value=written,
                                          unit=DEFAULT_UNIT[spec.family])))
        if spec.min is not None and normalised < spec.min:  # a negative count or sum of money
            problems.append(("value", t("input.value_below_min", indicator=indicator, value=written, min=spec.min),
                             t("input.expected_at_least", min=spec.min, unit=spec.unit)))
        elif spec.max is not None and normalised > spec.max:  # a share above 100 %
            problems.append(("value", t("input.value_above_max", indicator=indicator, value=written, max=spec.max),
                             t("input.expected_at_most", max=spec.max, unit=spec.unit)))
    if problems:
        return None, problems
    return Fact(indicator, stage, period, normalised, spec.unit, written, unit_written, citation, location,
                scope or None, stated, extracted), problems


def _read_stated(indicator: str, unit: str | None, change: str | None, share: str | None, of: str | None,
                 parts: list, problems: list, unit_default: bool = False) -> tuple[Stated, ...]:
    """The figures a county derived and wrote beside a value, read like values (precision kept).
    Parts are in the value's unit (its unit field, or the unit written in it) or carry their own:
    a money or count part with neither is refused like a value."""
    out: list[Stated] = []
    for kind, text in (("change_pct", change), ("share_pct", share)):
        if text in (None, ""):
            continue
        try:
            reading = read_number(str(text), None, "percent")
        except UnitError as exc:
            problems.append((f"stated.{kind}", exc.message, t("input.expected_percentage")))
            continue
        if kind == "share_pct" and of not in dictionary():
            problems.append(("stated.of", t("input.unknown_indicator", indicator=repr(of)), t("input.expected_share_of")))
            continue
        out.append(Stated(kind, float(reading.value), str(text).strip(), of if kind == "share_pct" else None))
    if parts:
        family = dictionary()[indicator].family if indicator in dictionary() else "count"
        read: list[Part] = []
        for j, part in enumerate(parts):
            if isinstance(part, str):
                if part not in STAGES:
                    problems.append((f"stated.parts[{j}]", t("input.part_not_stage", text=repr(part)), t("input.expected_part")))
                read.append(Part(stage=part))
                continue
            label, text = part
            try:
                reading = read_number(str(text), unit, family)
            except UnitError as exc:
                problems.append((f"stated.parts[{j}].value", exc.message, exc.expected))
                continue
            if reading.unit_as_written is None and needs_unit(family) and not unit_default:
                problems.append((f"stated.parts[{j}].value", t("input.unit_missing", indicator=indicator,
                                 value=str(text), family=t(f"input.family.{family}")), expected_units(family)))
                continue
            read.append(Part(label=label, value=reading.value, value_as_written=str(text).strip()))
        out.append(Stated("parts", parts=tuple(read)))
    return tuple(out)


def parse_parts(text: str) -> list:
    """The long table's stated_parts cell: "primary+junior" or "primary+九年一贯制学校:2+junior"."""
    parts: list = []
    for item in (x.strip() for x in text.split("+") if x.strip()):
        label, sep, value = item.partition(":") if ":" in item else item.partition("=")
        parts.append((label.strip(), value.strip()) if sep else item)
    return parts


def bad_fact(item: Any, loc: Location, message: str) -> BadFact:
    item = item if isinstance(item, dict) else {}
    period = item.get("period") if isinstance(item.get("period"), int) else None
    stage = item.get("stage") if item.get("stage") in STAGES else None
    indicator = item.get("indicator") if isinstance(item.get("indicator"), str) else None
    return BadFact(indicator, stage, period, loc, message)


FIELD_COLUMN = {"stated.change_pct": "stated_change_pct", "stated.share_pct": "stated_share_pct",
                 "stated.of": "share_of", "source.document": "document"}


def row_fact(text, quote: str, period: int, loc: Location,
             notices: list | None = None) -> tuple[Fact | None, list[tuple[str, str, str]]]:
    """A fact from one row of a table (the long table or the Excel form), its cells by column id."""
    return read_fact(
        indicator=text("indicator"), stage=text("stage"), period=period, value=text("value") or None,
        value_text=text("value") or None, unit=text("unit"),
        citation=Citation(text("document") or None, text("locator") or None, quote or None),
        location=loc, known_documents=None, scope=text("scope") or None,
        stated_change=text("stated_change_pct") or None, stated_share=text("stated_share_pct") or None,
        share_of=text("share_of") or None, parts=parse_parts(text("stated_parts")), notices=notices,
    )


def column_of(field_name: str, columns) -> str:
    """The column a problem of `read_fact` points at: its own, or the value's."""
    column = FIELD_COLUMN.get(field_name, field_name)
    if column in columns:
        return column
    return "stated_parts" if field_name.startswith("stated.parts") and "stated_parts" in columns else "value"


_FULL_WIDTH_DIGITS = {0xFF10 + d: str(d) for d in range(10)}
_CODE = re.compile(r"[0-9]{6}(?:[0-9]{3})?")
_YEAR = re.compile(r"[0-9]{4}")
_BARE_NUMBER = re.compile(r"[+-]?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:%|‰|元|万元|亿元|人|万人|所|个)?")
MIN_YEAR, MAX_YEAR = 1990, 2100


def normal_code(code: Any) -> str | None:
    """A division code as six (or nine) ASCII digits, full-width digits (５３０３２１) folded;
    None for anything else: `12`, `530321\n`, `①②③④⑤⑥`, a code typed as a number with a lost zero."""
    if isinstance(code, bool) or not isinstance(code, (str, int)):
        return None
    text = str(code).translate(_FULL_WIDTH_DIGITS).strip(" \u3000")
    return text if _CODE.fullmatch(text) else None


def read_year(text: Any) -> int | None:
    """A year as four digits from 1990 to 2100; None for `2021.0`, `inf`, `21`, `#N/A`, …"""
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return text if MIN_YEAR <= text <= MAX_YEAR else None
    folded = str(text).translate(_FULL_WIDTH_DIGITS).strip()
    if not _YEAR.fullmatch(folded):
        return None
    year = int(folded)
    return year if MIN_YEAR <= year <= MAX_YEAR else None


MISPLACED_COLUMNS = ("unit", "quote", "locator", "scope")


def number_elsewhere(text) -> str | None:
    """With the value empty, the column (unit, quote, locator, scope) that holds a bare number
    instead: a figure typed into the wrong column, which would otherwise be dropped in silence."""
    import unicodedata

    for column in MISPLACED_COLUMNS:
        cell = unicodedata.normalize("NFKC", text(column)).strip()
        if cell and _BARE_NUMBER.fullmatch(cell):
            return column
    return None


def row_entity(text, code: str) -> Entity | tuple[str, Any, Any]:
    code = normal_code(code) or code
    if normal_code(code) is None:
        return ("entity_code", t("input.entity_code_invalid", code=repr(code[:20])), t("input.expected_code"))
    level = text("entity_level")
    if level not in ("province", "prefecture", "county"):
        return ("entity_level", t("input.entity_level_invalid", level=repr(level)), t("input.expected_level"))
    region = text("region") or None
    if region not in (None, "east", "central", "west"):
        return ("region", t("input.region_invalid", region=repr(region)), t("input.expected_region"))
    if not text("entity_name"):
        return ("entity_name", t("input.entity_name_empty"), t("input.expected_entity_name"))
    if "\x00" in text("entity_name"):
        return ("entity_name", t("input.nul_character"), t("input.expected_text_without_nul"))
    return Entity(normal_code(code), text("entity_name"), level, region)
