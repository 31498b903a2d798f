"""One row per finding, UTF-8 with BOM so that Excel opens it; county text never runs as a formula."""

from __future__ import annotations

import csv
import io
from typing import Iterator

from checker.report.render.common import (SEVERITY_LABEL, STAGE_LABEL, STATUS_LABEL, basis_text, evidence_text, label,
                                   message, threshold_text, title)

BOM = "\ufeff"
COLUMNS = ("entity_code", "entity_name", "entity_level", "period", "criterion_id", "title", "stage", "status",
           "severity", "message", "thresholds", "evidence", "basis", "pack")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    buf = io.StringIO()
    buf.write(BOM)
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for n, f in enumerate(report["findings"]):
        if n and n % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        e = f["entity"]
        writer.writerow([neutralise(v) for v in (
            e["code"], e["name"], e["level"], f["period"], f["criterion"]["id"], title(f, lang),
            label(STAGE_LABEL, lang, f["stage"]) if f["stage"] else "", label(STATUS_LABEL, lang, f["status"]),
            label(SEVERITY_LABEL, lang, f["severity"]), message(f, lang),
            "; ".join(threshold_text(t) for t in f["thresholds"]),
            " | ".join(evidence_text(x) for x in f["evidence"]),
            "; ".join(basis_text(b) for b in f["basis"]), f["criterion"]["pack"],
        )])
    yield buf.getvalue()
