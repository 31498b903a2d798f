"""Markdown: a section per entity with its findings table, then invalid inputs and totals."""

from __future__ import annotations

from typing import Iterator

from checker.report.render.common import (localized, HEADERS, SEVERITY_LABEL, STAGE_LABEL, STATUS_LABEL, entity_heading,
                                   evidence_text, grouped, label, message, title)


def cell(text: object) -> str:
    """Text for a table cell or line: no line breaks, `|` escaped, and raw HTML shown, never run."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\\", "\\\\")
            .replace("|", "\\|").replace("\r", " ").replace("\n", " "))


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    from tabulate import tabulate

    h = HEADERS[lang]
    for entity, period, findings in grouped(report["findings"]):
        out = [f"## {cell(entity_heading(entity, period, lang))}\n"]
        rows = [[cell(f["criterion"]["id"]), cell(title(f, lang)), cell(label(STAGE_LABEL, lang, f["stage"])),
                 cell(label(STATUS_LABEL, lang, f["status"])), cell(label(SEVERITY_LABEL, lang, f["severity"])),
                 cell(message(f, lang)), "<br>".join(cell(evidence_text(x)) for x in f["evidence"])]
                for f in findings]
        out.append(tabulate(rows, headers=[h["criterion"], h["title"], h["stage"], h["status"], h["severity"],
                                           h["message"], "evidence"], tablefmt="github", disable_numparse=True))
        yield "\n".join(out) + "\n\n"
    out = []
    if report["errors"]:
        out.append(f"## {h['errors']}\n")
        out.extend(f"- `{cell(e['file'])}` {cell(e['place'])}: {cell(localized(e, 'message', lang))}"
                   + (f" (expected: {cell(e['expected'])})" if e["expected"] else "") for e in report["errors"])
        out.append("")
    counts = report["summary"]["by_status"]
    out.append(f"**{h['summary']}**: " + ", ".join(f"{label(STATUS_LABEL, lang, s)} {n}" for s, n in counts.items()))
    yield "\n".join(out) + "\n"
