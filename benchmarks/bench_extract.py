"""`checker extract` measured against the hand transcriptions: the seeds (submissions/) and the real
funding bulletins (tests/data/reports/).

    .venv/bin/python benchmarks/bench_extract.py [--repeat 3] [--verbose]

For each document: numeric facts of the hand transcription found by the extractor (same indicator,
stage, period and normalised value), those found written exactly as the hand wrote them, wrongly
attached figures (a figure on a key the hand gives another value, or a hand figure put on another
key: must be 0), claims found, figures the hand does not have (to review), and figures left
unattached. Speed as a ratio: extraction time over the time to load the hand transcription of the
same document (best of --repeat). Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.api import extract_report, measure_extraction  # noqa: E402
from checker.intake.files import load_paths  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
REPORTS = ROOT / "tests" / "data" / "reports"
SUBMISSIONS = ROOT / "submissions"
CORPUS = [
    ("000 曲靖市 2021 自查自评", SEEDS / "000_1afc5dbe69f06f0f.txt", SUBMISSIONS / "qujing-2021.yaml", "530300", 2021),
    ("002 城中区 2018 自查自评", SEEDS / "002_36dbaba7e56358f4.txt", SUBMISSIONS / "chengzhong-2018.yaml", "630103", 2018),
    ("001 杏花岭区 规划 (2020)", SEEDS / "001_3bf94dc3a89a6442.txt", SUBMISSIONS / "batch-seeds-001-003.csv", "140107", 2020),
    ("003 长治市 2021 总结", SEEDS / "003_5eb50fef6423d212.txt", SUBMISSIONS / "batch-seeds-001-003.csv", "140400", 2021),
    ("栾川县 2021 经费公告", REPORTS / "luanchuan-2021.txt", REPORTS / "luanchuan-2021.yaml", "410324", 2021),
    ("烟台市 2022 经费", REPORTS / "yantai-2022.txt", REPORTS / "yantai-2022.yaml", "370600", 2022),
    ("辽宁省 2021 经费公告", REPORTS / "liaoning-2021.txt", REPORTS / "liaoning-2021.yaml", "210000", 2021),
    ("青田县 2022 经费公告", REPORTS / "qingtian-2022.txt", REPORTS / "qingtian-2022.yaml", "331121", 2022),
]


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--verbose", action="store_true", help="list missed, wrong and extra figures")
    args = parser.parse_args()
    extract_report(CORPUS[0][1], CORPUS[0][3], CORPUS[0][4])  # warm the vocabulary and OpenCC
    header = f"{'document':<26} {'found/hand':>10} {'recall':>7} {'exact':>6} {'wrong':>6} {'claims':>7} " \
             f"{'extra':>6} {'unatt.':>6} {'time ratio':>10}"
    print(header)
    print("-" * len(header))
    totals = [0, 0, 0]
    for label, doc, hand, entity, period in CORPUS:
        m = measure_extraction(doc, hand, entity, period)
        draft = extract_report(doc, entity, period)
        t_extract = best(lambda: extract_report(doc, entity, period), args.repeat)
        t_load = best(lambda: load_paths([hand]), args.repeat)
        totals[0] += m.found
        totals[1] += m.hand
        totals[2] += len(m.wrong)
        print(f"{label:<26} {m.found:>4}/{m.hand:<5} {m.recall:>7.0%} {m.exact:>6} {len(m.wrong):>6} "
              f"{m.claims_found:>3}/{m.claims_hand:<3} {len(m.extra):>6} {len(draft.unattached):>6} "
              f"{t_extract / t_load:>9.1f}x")
        if args.verbose:
            for kind, items in (("missed", m.missed), ("WRONG", m.wrong), ("extra", m.extra)):
                for item in items:
                    print(f"    {kind}: {item}")
    print("-" * len(header))
    print(f"all: {totals[0]}/{totals[1]} numeric facts found ({totals[0] / totals[1]:.0%}), "
          f"{totals[2]} wrongly attached")


if __name__ == "__main__":
    main()
