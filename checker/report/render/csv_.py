"""One row per finding, UTF-8 with BOM so that Excel opens it; headers and labels in the report's
language; county text never runs as a formula. A problem's row names the place to fill or correct
(`数据!G26`, render/fixlist.py `places_of`)."""

from __future__ import annotations

import csv
import io
from typing import Iterator

from checker.report.render.fixlist import places_of
from checker.report.render.common import (View, basis_text, level_label, message, ordered_evidence, province_code,
                                          province_label, severity_label, stage_label, status_label, threshold_text,
                                          title)

BOM = "\ufeff"
COLUMNS = ("head.code", "head.name", "head.level", "head.province", "head.period", "head.criterion_id",
           "head.criterion", "head.stage", "head.status", "head.severity", "head.message", "head.fix_place", "head.threshold",
           "head.evidence", "head.basis", "head.pack")
_PROBLEMS = ("fail", "missing", "error")  # a problem's row names the place to fill or correct
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    view = View.of(report, lang)
    where = places_of(report, view)
    sep = "、" if lang == "zh" else ", "
    buf = io.StringIO()
    buf.write(BOM)
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([view.word(c) for c in COLUMNS])
    for n, f in enumerate(report["findings"]):
        if n and n % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        e = f["entity"]
        writer.writerow([neutralise(v) for v in (
            e["code"], e["name"], level_label(e["level"], lang), province_label(province_code(e["code"]), lang),
            f["period"], f["criterion"]["id"], title(f, lang), stage_label(f["stage"], lang),
            status_label(f["status"], lang), severity_label(f["severity"], lang), message(f, lang),
            sep.join(where(f)) if f["status"] in _PROBLEMS else "",
            "; ".join(threshold_text(t, lang) for t in f["thresholds"]),
            " | ".join(view.evidence_text(x) for x in ordered_evidence(f)),
            "; ".join(basis_text(b, lang) for b in f["basis"]), f["criterion"]["pack"],
        )])
    yield buf.getvalue()
