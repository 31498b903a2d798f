"""The report's canonical record, as JSON: what `--format json` prints."""

from __future__ import annotations

import json


def render(report: dict, lang: str = "zh") -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
