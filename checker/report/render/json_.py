"""The report's canonical record, as JSON: what `--format json` prints.

One key per line at the top, one finding (or input, or error) per line: still one JSON document,
readable and diffable, and written by the C encoder (an `indent` forces json's pure-Python
encoder, 20× slower on a national batch). The findings arrive as JSON text already, made in the
worker that evaluated them (checker/report/packed.py): written as they are.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Iterator

_BATCH = 500


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    yield "{\n"
    for n, (key, value) in enumerate(report.items()):
        sep = ",\n" if n < len(report) - 1 else "\n"
        if isinstance(value, Sequence) and not isinstance(value, str):
            if not len(value):
                yield f"{_dump(key)}: []{sep}"
                continue
            yield f"{_dump(key)}: [\n"
            texts = getattr(value, "texts", None)  # the findings: already JSON (report/packed.py)
            batch: list[str] = []
            last = len(value) - 1
            for i, item in enumerate(texts() if texts is not None else map(_dump, value)):
                batch.append(item + (",\n" if i < last else "\n"))
                if len(batch) >= _BATCH:
                    yield "".join(batch)
                    batch = []
            yield "".join(batch) + "]" + sep
        else:
            yield f"{_dump(key)}: {_dump(value)}{sep}"
    yield "}\n"
