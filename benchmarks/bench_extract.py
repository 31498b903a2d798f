"""`checker extract` measured against the hand transcriptions: the seeds (submissions/) and the real
reports of tests/data/reports/, in the two sets fixed by tests/data/reports/split.yaml.

    .venv/bin/python benchmarks/bench_extract.py [--set tune|heldout|all] [--repeat 3] [--verbose]

`tune` (the default) is the seeds plus the split's `tune` documents: read them, study their misses
(`--verbose`). `heldout` is only ever measured: its documents' numbers are printed, never what was
missed or found (`--verbose` is refused for them), and it is run once, after the last change to the
extractor (tests/data/reports/README.md, "The held-out set", says why).

Each document is extracted with its entity's code and name as the hand transcription writes them (a county
running the tool knows its own name; a table of several districts needs it to tell its own rows).

For each document, numeric facts are compared with the hand transcription's by (indicator, stage,
period, normalised value, scope). Columns: found/hand and recall; wrong values (an extracted figure on
a key the hand gives another value, or a hand figure, as written, put on another indicator), wrong
stages (the hand has the indicator, year and value under another stage), wrong scopes (same key and
value, another scope: 区属 for 辖区), wrong years (same indicator, stage and value, another year): all
four must be 0; claims found; figures the hand does not have (extra, to review); figures left
`unattached` with a reason. On held-out documents only indicators their transcriptions could map
when they were written count (the funding-bulletin block of issue 24 is newer: see the README).
Speed as a ratio: extraction time over the time to load the hand transcription of the same document
(best of --repeat). Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.api import extract_report  # noqa: E402
from checker.intake.documents import from_document  # noqa: E402
from checker.intake.extract import draft_yaml  # noqa: E402
from checker.intake.units import t2s  # noqa: E402
from checker.intake.facts import Loaded  # noqa: E402
from checker.intake.files import load_paths  # noqa: E402
from checker.intake.safeyaml import load_yaml  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
REPORTS = ROOT / "tests" / "data" / "reports"
SUBMISSIONS = ROOT / "submissions"
# The seeds have no entry in split.yaml: they are tune documents (read while the extractor was built).
SEED_DOCS = [
    ("seed-000 曲靖市 2021", SEEDS / "000_1afc5dbe69f06f0f.txt", SUBMISSIONS / "qujing-2021.yaml", "530300", 2021),
    ("seed-002 城中区 2018", SEEDS / "002_36dbaba7e56358f4.txt", SUBMISSIONS / "chengzhong-2018.yaml", "630103", 2018),
    ("seed-001 杏花岭区 2020", SEEDS / "001_3bf94dc3a89a6442.txt", SUBMISSIONS / "batch-seeds-001-003.csv", "140107", 2020),
    ("seed-003 长治市 2021", SEEDS / "003_5eb50fef6423d212.txt", SUBMISSIONS / "batch-seeds-001-003.csv", "140400", 2021),
]
# Indicators added after the held-out transcriptions were written (issue 24, funding-bulletin lines):
# a held-out transcription lists their figures as `# unmapped:`, so they are not counted there.
NEWER_THAN_HELDOUT = frozenset({
    "edu_total_investment", "state_fiscal_edu_funding", "edu_business_income", "edu_other_funding",
    "per_student_general_budget_operating_expense", "edu_general_budget_share",
})


def documents(which: str) -> list[tuple[str, str, Path, Path, str, int]]:
    """(set, label, text, hand transcription, entity code, period) of the chosen set(s)."""
    split = yaml.safe_load((REPORTS / "split.yaml").read_text(encoding="utf-8"))
    out = []
    for name in ("tune", "heldout"):
        if which not in (name, "all"):
            continue
        if name == "tune":
            out += [("tune", *seed) for seed in SEED_DOCS]
        for stem in split[name]:
            hand = REPORTS / f"{stem}.yaml"
            head = yaml.safe_load(hand.read_text(encoding="utf-8"))  # only its entity and period are read here
            out.append((name, stem, REPORTS / f"{stem}.txt", hand, str(head["entity"]["code"]), int(head["period"])))
    return out


@dataclass
class Score:
    hand: int = 0
    found: int = 0
    claims_hand: int = 0
    claims_found: int = 0
    wrong: dict = field(default_factory=lambda: {"value": [], "stage": [], "scope": [], "year": []})
    extra: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    unattached: int = 0

    def add(self, other: "Score") -> None:
        self.hand += other.hand
        self.found += other.found
        self.claims_hand += other.claims_hand
        self.claims_found += other.claims_found
        for k in self.wrong:
            self.wrong[k] += other.wrong[k]
        self.extra += other.extra
        self.unattached += other.unattached


def _scope(scope: str | None) -> str | None:
    """A scope as compared: in simplified characters (a hand transcribing a page in traditional ones writes 含技工學校 where
    the reader, which reads in simplified ones, says 含技工学校: the same scope)."""
    return t2s().convert(scope) if scope else scope


def _name(f) -> str:
    scope = f"[{f.scope}]" if f.scope else ""
    return f"{f.indicator}/{f.stage or '-'}/{f.period}{scope}={f.value_as_written}{f.unit_as_written or ''}"


def entity_name(hand: Path, entity: str) -> str | None:
    """The entity's name as the answer key writes it: a county running the tool knows its own name."""
    return next((s.entity.name for s in load_paths([hand]).submissions if s.entity.code == entity and s.entity.name),
                None)


def score(doc: Path, hand: Path, entity: str, period: int, heldout: bool) -> Score:
    subs = [s for s in load_paths([hand]).submissions if s.entity.code == entity]
    draft = extract_report(doc, entity, period, name=entity_name(hand, entity))
    got = Loaded()
    from_document(load_yaml(draft_yaml(draft)), "draft", doc, got)
    mine = [f for s in got.submissions for f in s.facts]
    theirs = [f for s in subs for f in s.facts]
    if heldout:
        mine = [f for f in mine if f.indicator not in NEWER_THAN_HELDOUT]
    s = Score(unattached=len(draft.unattached))
    full = {(f.indicator, f.stage, f.period, f.value, _scope(f.scope)): f for f in theirs if f.value is not None}
    mine_full = {(f.indicator, f.stage, f.period, f.value, _scope(f.scope)): f for f in mine if f.value is not None}
    s.hand, s.found = len(full), sum(1 for k in full if k in mine_full)
    s.missed = sorted(_name(f) for k, f in full.items() if k not in mine_full)
    hand_keys = {k[:3] + k[4:] for k in full}  # indicator, stage, period, scope
    written = {(f.value_as_written, f.unit_as_written) for f in full.values()}
    for k, f in sorted(mine_full.items(), key=lambda kv: _name(kv[1])):
        ind, stage, year, value, scope = k
        if k in full:
            continue
        if any(h[:4] == k[:4] for h in full):
            s.wrong["scope"].append(_name(f))
        elif any(h[0] == ind and h[2] == year and h[3] == value and h[1] != stage for h in full):
            s.wrong["stage"].append(_name(f))
        elif any(h[0] == ind and h[1] == stage and h[3] == value and h[2] != year for h in full):
            s.wrong["year"].append(_name(f))
        elif (ind, stage, year, scope) in hand_keys or (f.value_as_written, f.unit_as_written) in written:
            s.wrong["value"].append(_name(f))
        else:
            s.extra.append(_name(f))
    claims_hand = {(f.indicator, f.period) for f in theirs if f.value is None}
    claims_mine = {(f.indicator, f.period) for f in mine if f.value is None}
    s.claims_hand, s.claims_found = len(claims_hand), len(claims_hand & claims_mine)
    return s


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _set(text: str, width: int) -> str:
    """The text as a page sets it: lines of `width` full-width characters (a half-width one counts half), a run of
    half-width characters (a number) never broken, a space a line would open with dropped; a page number every 30
    lines, between blank lines."""
    import re

    from checker.intake.extract.normal import _width as wide  # the reader's own measure of a line

    out = []
    for paragraph in text.splitlines():
        line = ""
        for word in re.findall(r"[0-9A-Za-z.%]+|.", paragraph):
            if wide(line + word) > width:
                out.append(line)
                line = ""
            if line or word != " " or not out:
                line += word
        out.append(line)
    paged = []
    for i, line in enumerate(out):
        paged.append(line)
        if i % 30 == 29:
            paged += ["", f"— {i // 30 + 1} —", ""]
    return "\n".join(paged) + "\n"


def _as_pdf_layer(which: str) -> int:
    """The documents of prose of a set (no table flattened into their text: a page would not wrap a table's rows), read
    as text and as a PDF's text layer: the figures read the same, and those read only from the layer — named for tune
    documents, only counted for held-out ones (their readings are never printed)."""
    import re

    from checker.intake.extract import extract_text

    same = total = only = 0
    for name_of_set, label, doc, hand, entity, period in documents(which):
        text = doc.read_text(encoding="utf-8")
        if re.search(r"\S(?: {2,}|\t)\S|\||(?:\d+ ){3,}", text):
            continue
        name = entity_name(hand, entity)
        plain = {(p.indicator, p.stage, p.period, p.value) for p in extract_text(text, "r.txt", entity, period, name=name).facts}
        for width in (26, 34):
            layer = {(p.indicator, p.stage, p.period, p.value)
                     for p in extract_text(_set(text, width), "r.txt", entity, period, name=name).facts}
            same, total, only = same + len(plain & layer), total + len(plain), only + len(layer - plain)
            if layer - plain and name_of_set == "tune":
                print(f"{label} at {width}: read only from the layer: {sorted(layer - plain, key=str)}")
    print(f"{which} as a PDF's text layer: {same}/{total} of the figures read from the text read the same; "
          f"{only} read only from the layer")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=("tune", "heldout", "all"), default="tune", dest="which")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--verbose", action="store_true",
                        help="list missed, wrong and extra figures (tune documents only)")
    parser.add_argument("--as-pdf-layer", action="store_true",
                        help="read each tune document of prose also as a PDF's text layer would give it (lines set at "
                             "26 and 34 full-width characters, a page number every 30 lines) and count the figures "
                             "read the same and those read otherwise (held-out documents: counts only)")
    args = parser.parse_args(argv)
    if args.as_pdf_layer:
        return _as_pdf_layer(args.which)
    if args.verbose and args.which == "heldout":
        print("--verbose is refused for held-out documents: only their numbers are printed "
              "(tests/data/reports/README.md, 'The held-out set')", file=sys.stderr)
        return 2
    docs = documents(args.which)
    extract_report(SEED_DOCS[0][1], SEED_DOCS[0][3], SEED_DOCS[0][4])  # warm the vocabulary and OpenCC
    header = (f"{'set':<7} {'document':<22} {'found/hand':>10} {'recall':>7} {'w.val':>5} {'w.stg':>5} "
              f"{'w.scp':>5} {'w.yr':>5} {'claims':>7} {'extra':>5} {'unatt':>5} {'time':>6}")
    print(header)
    print("-" * len(header))
    totals: dict[str, Score] = {}
    for which, label, doc, hand, entity, period in docs:
        s = score(doc, hand, entity, period, which == "heldout")
        totals.setdefault(which, Score()).add(s)
        name = entity_name(hand, entity)
        t_extract = best(lambda: extract_report(doc, entity, period, name=name), args.repeat)
        t_load = best(lambda: load_paths([hand]), args.repeat)
        w = s.wrong
        recall = s.found / s.hand if s.hand else 1.0
        print(f"{which:<7} {label:<22} {s.found:>4}/{s.hand:<5} {recall:>7.0%} {len(w['value']):>5} "
              f"{len(w['stage']):>5} {len(w['scope']):>5} {len(w['year']):>5} "
              f"{s.claims_found:>3}/{s.claims_hand:<3} {len(s.extra):>5} {s.unattached:>5} "
              f"{t_extract / t_load:>5.1f}x")
        if args.verbose and which == "tune":
            for kind, items in (("missed", s.missed), ("WRONG VALUE", w["value"]), ("WRONG STAGE", w["stage"]),
                                ("WRONG SCOPE", w["scope"]), ("WRONG YEAR", w["year"]), ("extra", s.extra)):
                for item in items:
                    print(f"    {kind}: {item}")
    print("-" * len(header))
    for which, s in totals.items():
        w = s.wrong
        print(f"{which}: {s.found}/{s.hand} numeric facts found ({s.found / max(s.hand, 1):.1%}); wrong values "
              f"{len(w['value'])}, stages {len(w['stage'])}, scopes {len(w['scope'])}, years {len(w['year'])}; "
              f"claims {s.claims_found}/{s.claims_hand}; extra {len(s.extra)}; unattached {s.unattached}")
    if args.verbose and args.which == "all":
        print("(held-out documents: numbers only, --verbose does not apply to them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
