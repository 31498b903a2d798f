"""The report's canonical record, as JSON: what `--format json` prints.

One key per line at the top, one finding (or input, or error) per line: still one JSON document,
readable and diffable, and written by the C encoder (an `indent` forces json's pure-Python
encoder, 20× slower on a national batch).
"""

from __future__ import annotations

import json


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def render(report: dict, lang: str = "zh") -> str:
    parts = []
    for key, value in report.items():
        if isinstance(value, list):
            items = ",\n".join(_dump(v) for v in value)
            parts.append(f"{_dump(key)}: [\n{items}\n]" if value else f"{_dump(key)}: []")
        else:
            parts.append(f"{_dump(key)}: {_dump(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"
