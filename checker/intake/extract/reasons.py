"""Why a figure was left unattached, in the reader's language: the reader records a reason as a token
(`subset`, `other_entity`, `stated_twice: 45所 二(五)1`: a token, then any detail), which the draft YAML
keeps as written (data, for tools); a person reads it from the catalogue (`extract.reason.<token>`). A
token the catalogue does not know is shown as it is, inside a sentence saying the figure was not attached
(tests/test_extract_reasons.py lists every token the reader gives on the tune documents and its tests)."""

from __future__ import annotations

from checker.i18n import catalogue, text

DETAILS = frozenset({"stated_twice"})  # tokens whose detail (the other places) is shown after the sentence


def reason_words(reason: str, lang: str = "zh") -> str:
    token, _, detail = (part.strip() for part in reason.partition(":"))
    key = f"extract.reason.{token}"
    if key not in catalogue():
        return text("extract.reason.unknown", lang, reason=reason)
    words = text(key, lang)
    return f"{words}:{detail}" if token in DETAILS and detail else words
