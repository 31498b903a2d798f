"""Markdown: for one submission, the list of what to fix first (render/fixlist.py); a section per
entity with its findings table, then missing submissions, invalid inputs and the entity counts."""

from __future__ import annotations

from typing import Iterator

from checker.report.render.common import (View, entity_heading, grouped, level_label, localized, message,
                                          ordered_evidence, severity_label, stage_label, status_label, title)
from checker.report.render.table import summary_line
import checker.report.render.fixlist as fixlist


def cell(text: object) -> str:
    """Text for a table cell or line: no line breaks, `|` escaped, and raw HTML shown, never run."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\\", "\\\\")
            .replace("|", "\\|").replace("\r", " ").replace("\n", " "))


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    from tabulate import tabulate

    view = View.of(report, lang)
    w = view.word
    heads = [w(k) for k in ("head.criterion", "head.criterion_id", "head.stage", "head.status", "head.severity",
                            "head.message", "head.evidence")]
    if fixlist.shown(report):  # one submission: what to do first
        items = fixlist.fixes(report, lang)
        shown = [x for x in items if x.blocking or x.kind == "broken"]
        if items:
            out = [f"## {w('fix.title')} ({len(shown)})\n"]
            out.extend(f"{cell(line)}" for line in fixlist.lines(shown, lang))
            if len(items) > len(shown):
                out.append(f"\n{cell(w('fix.advisory', count=len(items) - len(shown)))}")
            yield "\n".join(out) + "\n\n"
    for entity, period, findings in grouped(report["findings"]):
        out = [f"## {cell(entity_heading(entity, period, lang))}\n"]
        rows = [[cell(title(f, lang)), cell(f["criterion"]["id"]), cell(stage_label(f["stage"], lang) or "—"),
                 cell(status_label(f["status"], lang)), cell(severity_label(f["severity"], lang)),
                 cell(message(f, lang)), "<br>".join(cell(view.evidence_text(x)) for x in ordered_evidence(f))]
                for f in findings]
        out.append(tabulate(rows, headers=heads, tablefmt="github", disable_numparse=True))
        yield "\n".join(out) + "\n\n"
    out = []
    roster = report.get("roster")
    if roster and roster["missing_submissions"]:
        out.append(f"## {w('section.missing_submissions')}\n")
        out.extend(f"- {cell(x['code'])} {cell(x['name'])}({cell(level_label(x['level'], lang))})"
                   for x in roster["missing_submissions"])
        out.append("")
    if report["errors"]:
        out.append(f"## {w('section.errors')}\n")
        out.extend(f"- `{cell(view.file(e['file']))}` {cell(localized(e, 'place', lang))}: {cell(localized(e, 'message', lang))}"
                   + (f" ({w('head.expected')}: {cell(localized(e, 'expected', lang))})" if e["expected"] else "")
                   for e in report["errors"])
        out.append("")
    if report["notices"]:
        out.append(f"## {w('section.notices')}\n")
        out.extend(f"- `{cell(view.file(e['file']))}` "
                   + (f"{cell(localized(e, 'place', lang))}: " if e["place"] else "") + cell(localized(e, "message", lang))
                   for e in report["notices"])
        out.append("")
    out.append(f"**{cell(summary_line(report, lang))}**")
    yield "\n".join(out) + "\n"
