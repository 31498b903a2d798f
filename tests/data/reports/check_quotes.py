"""Check the hand transcriptions here: every fact's source.quote and every `# unmapped:` quote is an
exact substring of the .txt beside it, and every file named in split.yaml exists (and no file is in
both lists). Reads text only; it never runs the extractor.

    .venv/bin/python tests/data/reports/check_quotes.py [stem ...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
UNMAPPED = re.compile(r"^# unmapped: (.+?)   \(")


def check(stem: str) -> list[str]:
    problems = []
    text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
    raw = (HERE / f"{stem}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    for i, fact in enumerate(data.get("facts") or []):
        quote = (fact.get("source") or {}).get("quote")
        if quote is None:
            problems.append(f"{stem}: facts[{i}] has no quote")
        elif quote not in text:
            problems.append(f"{stem}: facts[{i}] quote not in text: {quote!r}")
    for n, line in enumerate(raw.splitlines(), 1):
        if line.startswith("# unmapped:"):
            match = UNMAPPED.match(line)
            if not match:
                problems.append(f"{stem}.yaml:{n}: unmapped line without '   (' before its note")
            elif match.group(1) not in text:
                problems.append(f"{stem}.yaml:{n}: unmapped quote not in text: {match.group(1)!r}")
    return problems


def main(stems: list[str]) -> int:
    split = yaml.safe_load((HERE / "split.yaml").read_text(encoding="utf-8"))
    problems = []
    both = set(split["tune"]) & set(split["heldout"])
    if both:
        problems.append(f"in both tune and heldout: {sorted(both)}")
    listed = split["tune"] + split["heldout"]
    for stem in listed:
        for ext in (".txt", ".yaml"):
            if not (HERE / f"{stem}{ext}").exists():
                problems.append(f"split.yaml names {stem}{ext}, which does not exist")
    unlisted = {p.stem for p in HERE.glob("*.yaml") if p.name != "split.yaml"} - set(listed)
    if unlisted:
        problems.append(f"not in split.yaml: {sorted(unlisted)}")
    for stem in stems or [s for s in listed if (HERE / f"{s}.yaml").exists()]:
        problems += check(stem)
    print("\n".join(problems) or "all quotes found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
