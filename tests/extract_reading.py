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


REPORT_TITLE = "桐溪县2023年教育工作报告\n"  # 桐溪县 510998 exists nowhere


def read_report(text: str, name: str = "桐溪县"):
    """A body under a report's title line, or (after "!") a whole document, of 桐溪县 510998 for 2023 (passed `name`: the
    entity's name as a page writes it), as the stop-33 tests write them: its facts, its unattached figures as a list
    (in the text's order), and the draft; every quote asserted to be the text's own."""
    full = text[1:] if text.startswith("!") else REPORT_TITLE + text
    draft = extract_text(full, "report.txt", "510998", 2023, name=name)
    for p in draft.facts:
        assert draft.quote(p) in full
    return ({(p.indicator, p.stage, p.period, p.value) for p in draft.facts},
            [(u.figure, u.reason) for u in draft.unattached], draft)
