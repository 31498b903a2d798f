"""Renderers: pure functions `render(record, lang) -> Iterator[str | bytes]`, one module per format.

`record` is the report's canonical record (`Report.record()` or `Report.to_dict()`); a renderer
yields its output in pieces so that a national report is never held whole in memory.
"""

from __future__ import annotations

from importlib import import_module
from typing import Iterator

FORMATS = {"table": "table", "json": "json_", "csv": "csv_", "markdown": "markdown", "xlsx": "xlsx", "html": "html",
           "junit": "junit"}
BINARY = frozenset({"xlsx"})
PREPARED = frozenset({"xlsx"})  # formats with a `preparer`: parts of their output made in api.check's workers


def render(record: dict, fmt: str, lang: str = "zh", **options) -> Iterator[str | bytes]:
    """Every format but JSON (whose own escaping is exact) gets the record with control characters
    shown as escapes (render/common.py `safe_record`)."""
    if fmt != "json":
        from checker.report.render.common import safe_record

        record = safe_record(record)
    return import_module(f"checker.report.render.{FORMATS[fmt]}").render(record, lang, **options)


def render_text(record: dict, fmt: str, lang: str = "zh") -> str:
    return "".join(render(record, fmt, lang))


def preparer(fmt: str, lang: str = "zh", **options):
    """What api.check(prepare=…) makes beside each finding for this format (rows of the workbook's
    findings sheet), or None: only the formats in PREPARED have one (the others are not imported)."""
    if fmt not in PREPARED:
        return None
    return import_module(f"checker.report.render.{FORMATS[fmt]}").preparer(lang, **options)
