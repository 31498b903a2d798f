"""The peer checks' medians (HIS-SCALE-02, HIS-YOY-01) are read off each province's sorted figures once
per round (checker/evaluate/history.py `_median_without`): the same medians as statistics.median of the
others, the entity's own left out."""

from __future__ import annotations

import random
from statistics import median

from checker.evaluate.history import _median_without


def test_a_median_without_the_entity_is_the_median_of_the_others():
    rng = random.Random(7)
    for n in range(1, 40):
        values = {f"{c:03d}": float(rng.choice([1, 2, 2, 3, 5, 8, 8, 13])) if n % 3 else rng.uniform(0, 9)
                  for c in range(n)}
        ranked = (values, sorted(values.values()))
        for code in [*values, "absent"]:
            others = [v for c, v in values.items() if c != code]
            count, mid = _median_without(ranked, code)
            assert count == len(others)
            assert mid == (median(others) if others else None)
