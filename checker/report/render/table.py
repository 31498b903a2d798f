"""Plain-text findings table (tabulate), grouped by entity, ending with counts per status."""

from __future__ import annotations

from typing import Iterator

from checker.report.render.common import (localized, HEADERS, SEVERITY_LABEL, STAGE_LABEL, STATUS_LABEL, entity_heading, grouped,
                                   label, message)


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    from tabulate import tabulate

    h = HEADERS[lang]
    for entity, period, findings in grouped(report["findings"]):
        out = [f"== {entity_heading(entity, period, lang)} =="]
        rows = [[f["criterion"]["id"], label(STAGE_LABEL, lang, f["stage"]), label(STATUS_LABEL, lang, f["status"]),
                 label(SEVERITY_LABEL, lang, f["severity"]), message(f, lang)] for f in findings]
        out.append(tabulate(rows, headers=[h["criterion"], h["stage"], h["status"], h["severity"], h["message"]],
                            tablefmt="simple", maxcolwidths=[None, None, None, None, 72],
                            disable_numparse=True))
        yield "\n".join(out) + "\n\n"
    out = []
    roster = report.get("roster")
    if roster and roster["missing_submissions"]:
        out.append(f"{h['missing_submissions']} ({len(roster['missing_submissions'])}/{roster['entities']}):")
        out.extend(f"  {e['code']} {e['name']} ({e['level']}, {e['parent']})" for e in roster["missing_submissions"])
        out.append("")
    if report["errors"]:
        out.append(f"{h['errors']}:")
        out.extend(f"  {_error(e, lang)}" for e in report["errors"])
        out.append("")
    if report["notices"]:
        out.append(f"{h['notices']}:")
        out.extend(f"  {_error(e, lang)}" for e in report["notices"])
        out.append("")
    counts = report["summary"]["by_status"]
    out.append(f"{h['summary']}: " + ", ".join(f"{label(STATUS_LABEL, lang, s)} {n}" for s, n in counts.items())
               + f"; {h['entity']} {report['summary']['entities']}")
    yield "\n".join(out) + "\n"


def _error(e: dict, lang: str) -> str:
    where = f"{e['file']}: {e['place']}" if e["place"] else e["file"]
    expected = localized(e, "expected", lang)
    tail = (f"(应为:{expected})" if lang == "zh" else f" (expected: {expected})") if expected else ""
    return f"{where}: {localized(e, 'message', lang)}{tail}"
