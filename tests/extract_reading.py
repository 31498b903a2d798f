"""Reading one own-made text with `checker extract`, as the extraction tests do: its facts as (indicator, stage,
year, value), its unattached figures as (figure, reason), and the draft; every quote asserted to be the text's own."""

from __future__ import annotations

from checker.intake.extract import extract_text


def read(text: str, period: int = 2022, code: str = "410000", name: str | None = None):
    draft = extract_text(text, "report.txt", code, period, name=name)
    facts = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}
    unattached = {(u.figure, u.reason) for u in draft.unattached}
    for p in draft.facts:  # every quote is the document's own text
        assert draft.quote(p) in text
    return facts, unattached, draft
