"""`checker extract`: from the report a county wrote to a draft submission of facts, each with the
document's own locator and a quote that is an exact substring of the document.

    draft = extract(Path("report.docx"), "530300", 2021)
    text = draft_yaml(draft)            # an ordinary submission, every fact `extracted: true`

readers (file → text) → normal (folded text that remembers the original) → outline (locators) →
figures (facts and unattached figures, from the vocabulary in the indicator dictionary and
checker/data/extract.yaml). The draft is a submission like any other: `checker check` reads it,
and every finding resting on it is marked draft until a person sets `confirmed: true` (or removes
the `extracted` marks).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from checker.intake.extract.figures import Extractor, Proposed, Unattached
from checker.intake.extract.grids import grid_spans, read_grids
from checker.intake.extract.guards import implausible, outnumbered, stated_twice
from checker.intake.extract.normal import Folded, fold
from checker.intake.extract.readers import REPORT_SUFFIXES, Grid, ReportError, read_document, read_report
from checker.intake.extract.texttables import text_grids

__all__ = ["Draft", "REPORT_SUFFIXES", "ReportError", "draft_yaml", "extract", "extract_text", "read_report"]

DOCUMENT_ID = "report"


@dataclass(frozen=True)
class Draft:
    entity_code: str
    entity_name: str
    level: str
    region: str | None
    period: int
    source: str  # the report's file name
    title: str
    folded: Folded
    facts: tuple[Proposed, ...]
    unattached: tuple[Unattached, ...]

    def quote(self, item: Proposed | Unattached) -> str:
        return self.folded.quote(item.start, item.end)


def level_of(code: str) -> str:
    """The level an administrative division code stands for (GB/T 2260: 530000, 530300, 530302)."""
    return "province" if code[2:6] == "0000" else "prefecture" if code[4:6] == "00" else "county"


def extract(path: Path, entity: str, period: int, name: str | None = None, level: str | None = None,
            region: str | None = None) -> Draft:
    """Read a report file and propose its facts (ReportError if the file has no text)."""
    document = read_document(path)
    return extract_text(document.text, path.name, entity, period, name, level, region, document.grids)


def extract_text(text: str, source: str, entity: str, period: int, name: str | None = None,
                 level: str | None = None, region: str | None = None, grids: tuple[Grid, ...] = ()) -> Draft:
    folded = fold(text)
    grids = grids or text_grids(text)  # a page saved as text keeps its tables as `|`-separated cells
    run = Extractor(folded, period, grid_spans(grids, folded.origin), level or level_of(entity), entity, name)
    run.run()
    prose = {id(p) for p in run.facts}
    read_grids(run, grids)
    implausible(run, level)  # first: a value its indicator cannot take contradicts no other
    outnumbered(run)
    stated_twice(run, {id(p) for p in run.facts if id(p) not in prose})
    title = next((line.strip() for line in text.splitlines() if line.strip()), source)[:120]
    facts = sorted(run.facts, key=lambda p: (p.start, p.end, p.indicator, p.period))
    return Draft(entity, name or entity, level or level_of(entity), region, period, source, title, folded,
                 tuple(facts), tuple(sorted(run.unattached, key=lambda u: (u.start, u.figure))))


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def draft_yaml(draft: Draft) -> str:
    """The draft as a submission file (YAML), deterministic, quotes exact."""
    out = [
        f"# Draft extracted by `checker extract` from {draft.source}: every fact below was proposed by",
        "# the extractor (`extracted: true`) and findings resting on them are drafts. Check each fact",
        "# against its quote, then set `confirmed: true` (or remove the marks) to make it a submission.",
        "# `unattached:` lists figures the extractor could not attach with certainty, for a person.",
        "entity:",
        f"  code: {_q(draft.entity_code)}",
        f"  name: {_q(draft.entity_name)}",
        f"  level: {draft.level}",
    ]
    if draft.region:
        out.append(f"  region: {draft.region}")
    out += [f"period: {draft.period}", "confirmed: false", "documents:",
            f"  - {{id: {DOCUMENT_ID}, title: {_q(draft.title)}}}", "facts:" if draft.facts else "facts: []"]
    for p in draft.facts:
        out.append(f"  - indicator: {p.indicator}")
        if p.stage:
            out.append(f"    stage: {p.stage}")
        if p.scope:
            out.append(f"    scope: {_q(p.scope)}")
        out.append(f"    period: {p.period}")
        if p.value is not None:
            out.append(f"    value: {p.value}")
            if p.unit is not None:  # as written: a figure the county left without a unit has none
                out.append(f"    unit: {_q(p.unit)}")
        out.append(f"    source: {{document: {DOCUMENT_ID}, locator: {_q(p.locator)}, quote: {_q(draft.quote(p))}}}")
        stated = _stated(p.stated)
        if stated:
            out.append(f"    stated: {{{stated}}}")
        out.append("    extracted: true")
    if draft.unattached:
        out.append("unattached:")
        for u in draft.unattached:
            out.append(f"  - {{figure: {_q(u.figure)}, locator: {_q(u.locator)}, quote: {_q(draft.quote(u))}, "
                       f"reason: {u.reason if re.fullmatch(r'[a-z_]+', u.reason) else _q(u.reason)}}}")
    return "\n".join(out) + "\n"


def _stated(stated: dict) -> str:
    items = []
    for key in ("change_pct", "share_pct"):
        if key in stated:
            items.append(f"{key}: {_q(stated[key])}")
    if "of" in stated:
        items.append(f"of: {stated['of']}")
    if "parts" in stated:
        parts = [p if isinstance(p, str) else f"{{label: {_q(p['label'])}, value: {p['value']}}}"
                 for p in stated["parts"]]
        items.append(f"parts: [{', '.join(parts)}]")
    return ", ".join(items)
