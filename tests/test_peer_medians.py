"""The peer checks (HIS-SCALE-02, HIS-YOY-01) are judged without the engine (checker/batch/peers.py
`Judge`) and their medians read off each province's sorted figures (checker/evaluate/history.py
`_median_without`): the same verdicts as the engine's, the same medians as statistics.median."""

from __future__ import annotations

import random
from statistics import median

from checker.batch.peers import Judge, peer_packs_of
from checker.evaluate.engine import Engine
from checker.evaluate.history import _median_without
from checker.rules.compile import compile_packs
from checker.rules.library import load_packs


def _cases(kinds: list[str], fields: list[str]) -> list[tuple[str, dict[str, float]]]:
    rng = random.Random(2026)
    edges = [-1e15, -50.0, -1e-4, 0.0, 1e-4, 0.9999, 1.0, 1.0001, 3.0, 50.0, 1e4, 1e15]
    cases = []
    for n in range(600):
        kind = kinds[n % len(kinds)]
        values = sorted(rng.choice(edges) if rng.random() < 0.5 else rng.uniform(-100, 100) for _ in range(2))
        ops = {}
        for i in range(0, len(fields), 2):  # each (lo, hi) pair: a point, an interval, or one edge shared
            lo, hi = values if rng.random() < 0.5 else (values[0], values[0])
            ops[fields[i]], ops[fields[i + 1]] = lo, hi
        cases.append((kind, ops))
    return cases


def test_the_peer_checks_judged_here_fire_the_rules_the_engine_fires():
    compiled = compile_packs(peer_packs_of(load_packs("history")))
    kinds = sorted({rule["all"][0]["m"]["$and"][0]["kind"] for name, rule in compiled.ruleset.items()
                    if name in compiled.rules})
    assert len(kinds) == 2  # scale_peers and yoy_peers
    fields = sorted({f for slots in compiled.slots.values() for f in slots.values()})
    cases = _cases(kinds, fields)
    with Engine(compiled) as engine:
        expected, errors = engine.run(cases)
    got, none = Judge(compiled).run(cases)
    assert errors == [] and none == []
    assert [r.fired for r in got] == [r.fired for r in expected]
    assert {compiled.rules[r.fired[0]][2] for r in got if r.fired} == {"pass", "warn", "fail"}  # every verdict met


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
