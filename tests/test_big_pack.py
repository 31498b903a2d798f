"""A pack of 2,000 criteria loads, sets up the engine and runs: the engine's root node takes at
most 511 case kinds (field guide trap 9), so a larger pack is split into several rulesets."""

from __future__ import annotations

import yaml

from checker.api import check
from checker.evaluate.engine import KINDS_PER_RULESET, Engine, split_ruleset
from checker.rules.compile import compile_packs
from checker.rules.library import load_packs

N = 2000


def big_pack(path, n=N):
    criteria = [{"id": f"BIG-{i:04d}", "title": {"zh": f"准则{i}", "en": f"criterion {i}"},
                 "basis": [{"document": "测试", "status": "confirmed"}], "severity": "blocking",
                 "levels": ["province", "prefecture", "county"], "rule": f"students >= {i}",
                 "examples": [{"name": "pass", "expect": "pass", "period": 2021, "values": {"students": i + 1}},
                              {"name": "fail", "expect": "fail", "period": 2021, "values": {"students": i - 1}}]}
                for i in range(n)]
    doc = {"pack": {"id": "big", "version": "1", "title": {"zh": "大", "en": "big"}}, "criteria": criteria}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_split_keeps_every_rule_once_and_each_part_small():
    ruleset = {f"K{i}:{o}": {"all": [{"m": {"$and": [{"kind": f"K{i}"}, {"o0": 1.0}]}}]}
               for i in range(1000) for o in ("pass", "fail")}
    ruleset["$end"] = {"all": [{"m": {"kind": "$end"}}]}
    parts = split_ruleset(ruleset)
    assert len(parts) == 3
    names = [n for p in parts for n in p if n != "$end"]
    assert sorted(names) == sorted(n for n in ruleset if n != "$end")
    assert all("$end" in p for p in parts)
    assert all(len({n.split(":")[0] for n in p}) <= KINDS_PER_RULESET + 1 for p in parts)


def test_two_thousand_criteria_load_and_run(tmp_path):
    packs = load_packs(big_pack(tmp_path / "big.yaml"))
    with Engine(compile_packs(packs)) as engine:
        assert len(engine._parts) == -(-N // KINDS_PER_RULESET)
    sub = tmp_path / "s.yaml"
    sub.write_text('entity: {code: "530300", name: 曲靖市, level: prefecture, region: west}\nperiod: 2021\n'
                   'facts:\n  - {indicator: students, period: 2021, value: 1000, unit: 人, source: {document: r}}\n',
                   encoding="utf-8")
    report = check([sub], packs=packs)
    status = {f.criterion_id: f.status.value for f in report.findings}
    assert len(status) == N
    assert status["BIG-0999"] == "pass" and status["BIG-1000"] == "pass" and status["BIG-1001"] == "fail"
    assert status["BIG-1999"] == "fail"
