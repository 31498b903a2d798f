"""The engine wrapper with the real durable-rules engine: nothing it refuses or swallows is lost."""

import json
import multiprocessing

import pytest

from checker.evaluate import engine as engine_mod
from checker.api import run
from checker.evaluate.engine import Engine, encode, number_text
from checker.evaluate.findings import evaluate
from checker.intake.facts import Loaded
from checker.intake.files import load_paths
from checker.model import Status
from conftest import SUBMISSIONS


def qujing():
    return load_paths([SUBMISSIONS / "qujing-2021.yaml"]).submissions[0]


def test_ruleset_json_holds_the_comparisons_and_thresholds(compiled):
    rules = compiled.ruleset
    # per-student spending: this year >= last year, compared by the engine, field against field
    fund = rules["DUT-FUND-02#0:fail"]["all"][0]["m"]["$and"]
    assert fund[0] == {"kind": "DUT-FUND-02#0"}
    assert fund[1] == {"$and": [{"$ex": {"o1": 1}}, {"$lt": {"o0": {"$m": "o1"}}}]}
    # public kindergartens: the 50 (2020–2026) and 60 (2027–) thresholds are constants in the rules
    pass_rules = {json.dumps(rules[name]["all"][0]["m"]["$and"][1]) for name in rules
                  if name.startswith("DUT-PRE-03#") and name.endswith(":pass")}
    assert pass_rules == {json.dumps({"$gte": {"o0": 50.0}}), json.dumps({"$gte": {"o0": 60.0}})}
    # land revenue: fund >= net revenue * 0.10
    land = rules["DUT-FUND-04#0:pass"]["all"][0]["m"]["$and"]
    assert land[1] == {"$gt": {"o0": 0.0}}  # the precondition: net land revenue (o0) > 0
    assert land[2] == {"$and": [{"$ex": {"o0": 1}}, {"$gte": {"o1": {"$mul": {"$l": {"$m": "o0"}, "$r": 0.1}}}}]}
    assert rules["DUT-FUND-04#0:na"]["all"][0]["m"]["$and"][1] == {"$lte": {"o0": 0.0}}
    # dropouts == 0 and its negation
    assert rules["DUT-DROP-01#0:pass"]["all"][0]["m"]["$and"][1] == {"o0": 0.0}
    assert rules["DUT-DROP-01#0:fail"]["all"][0]["m"]["$and"][1] == {"$neq": {"o0": 0.0}}
    # no rule without a discriminator (the engine's own state fact must never match)
    for name, rule in rules.items():
        cond = rule["all"][0]["m"]
        assert "kind" in cond or cond["$and"][0].keys() == {"kind"}, name


def test_ruleset_stays_within_engine_limits(compiled):
    assert len(compiled.ruleset) < 400  # field guide §9.7


def test_numbers_reach_the_engine_in_a_form_it_reads():
    assert number_text(1e-05) == "1.0e-05"
    assert number_text(1e16) == "1.0e+16"
    assert number_text(10071.8) == "10071.8"
    assert number_text(0) == "0.0"
    with pytest.raises(engine_mod.EngineInputError):
        number_text(float("nan"))
    assert encode({"a": [1, "中"], "b": None}) == '{"a":[1.0,"中"],"b":null}'


def test_a_fact_the_engine_refuses_becomes_an_error(packs, compiled, monkeypatch):
    # Spell numbers as json.dumps would: the engine's parser refuses "1e+16" (error 204).
    monkeypatch.setattr(engine_mod, "number_text", lambda v: repr(float(v)))
    sub = qujing()
    big = [f for f in sub.facts if f.indicator == "edu_general_budget_expenditure"]
    facts = tuple(f if f not in big else type(f)(**{**f.__dict__, "value": 1e16}) for f in sub.facts)
    sub = type(sub)(sub.entity, sub.period, sub.file, facts)
    with Engine(compiled) as engine:
        findings = evaluate(sub, packs, compiled, engine)
    fund = next(f for f in findings if f.criterion_id == "DUT-FUND-01")
    assert fund.status is Status.ERROR
    assert "refused" in fund.message_en
    # the other criteria of the same submission are still decided
    assert next(f for f in findings if f.stage == "vocational").status is Status.FAIL


def test_an_exception_inside_an_action_becomes_an_error(packs, compiled):
    with Engine(compiled) as engine:
        def boom(rule, fact):
            if rule.startswith("DUT-FUND-02#0:fail"):
                raise SystemExit(3)  # even SystemExit, which durable-rules would swallow
        engine.on_match = boom
        findings = evaluate(qujing(), packs, compiled, engine)
    vocational = next(f for f in findings if f.stage == "vocational" and f.criterion_id == "DUT-FUND-02")
    assert vocational.status is Status.ERROR and "SystemExit" in vocational.message_en
    primary = next(f for f in findings if f.stage == "primary" and f.criterion_id == "DUT-FUND-02")
    assert primary.status is Status.PASS


def test_no_verdict_with_all_data_present_is_an_error(packs, compiled):
    # An engine that matches nothing, simulated by asserting every case under a kind no rule knows.
    with Engine(compiled) as engine:
        real_run = engine.run
        engine.run = lambda cases: real_run([("no-such-kind", ops) for _, ops in cases])
        findings = evaluate(qujing(), packs, compiled, engine)
    decided = next(f for f in findings if f.criterion_id == "DUT-PRE-01")
    assert decided.status is Status.ERROR and "no verdict" in decided.message_en
    # where figures were missing anyway, the finding stays `missing`
    assert next(f for f in findings if f.criterion_id == "DUT-TEACH-01").status is Status.MISSING


def test_sessions_do_not_leak_between_submissions(packs, compiled):
    subs = load_paths([SUBMISSIONS]).submissions
    with Engine(compiled) as engine:
        alone = {s.entity.code: evaluate(s, packs, compiled, engine) for s in subs}
        again = {s.entity.code: evaluate(s, packs, compiled, engine) for s in reversed(subs)}
    assert alone == again


def test_more_sessions_than_the_engine_cap(packs, compiled):
    """1,100 submissions through one engine: the 1,024 live-session cap never bites."""
    sub = qujing()
    with Engine(compiled) as engine:
        statuses = {tuple(f.status for f in evaluate(sub, packs, compiled, engine)) for _ in range(1100)}
    assert len(statuses) == 1


def _compile_in_worker(_):
    from checker.api import check

    report = check([str(SUBMISSIONS / "qujing-2021.yaml")])
    return [(f.criterion_id, f.stage, f.status.value) for f in report.findings]


def test_pack_compiles_and_runs_inside_a_spawned_worker():
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        remote = pool.map(_compile_in_worker, [0])[0]
    assert remote == _compile_in_worker(0)


def test_run_with_no_submissions_gives_an_empty_report(packs):
    report = run(Loaded(), packs)
    assert report.findings == () and report.exit_code() == 0


def test_absent_field_trap():
    """The engine trap the existence guards avoid, shown on the raw engine: without a guard,
    `$and[x <= 0, x < $m.y]` matches a fact that has no y at all."""
    from checker.rules.compile import CompiledPack

    def fired(condition):
        pack = CompiledPack("t")
        pack.ruleset = {"r": {"all": [{"m": {"$and": [{"kind": "k"}, *condition]}}]},
                        "$end": {"all": [{"m": {"kind": "$end"}}]}}
        with Engine(pack) as engine:
            results, errors = engine.run([("k", {"o0": 0})])
        assert errors == []
        return results[0].fired

    unguarded = [{"$lte": {"o0": 0.0}}, {"$lt": {"o0": {"$m": "o1"}}}]
    guarded = [{"$lte": {"o0": 0.0}}, {"$and": [{"$ex": {"o1": 1}}, {"$lt": {"o0": {"$m": "o1"}}}]}]
    assert fired(unguarded) == ["r"]  # the trap: if this ever stops firing, the engine was fixed
    assert fired(guarded) == []


def test_a_rule_too_large_for_the_engine_is_refused_by_name():
    from checker.rules.compile import CompiledPack
    from checker.evaluate.engine import EngineRuleError

    guarded = {"$and": [{"$ex": {"o1": 1}}, {"$lt": {"o0": {"$m": "o1"}}}]}
    pack = CompiledPack("t")
    pack.ruleset = {"small": {"all": [{"m": {"$and": [{"kind": "k"}, guarded]}}]},
                    "huge": {"all": [{"m": {"$and": [{"kind": "k"}] + [guarded] * 20}}]}}
    with pytest.raises(EngineRuleError) as info:
        Engine(pack)
    assert info.value.rules == ["huge"] and "113" in str(info.value)


def test_pack_validation_caps_comparisons():
    from checker.rules.criteria import PackError
    from checker.rules.parse import parse_pack
    from checker.rules.validate import MAX_COMPARISONS
    from checker.intake.safeyaml import load_yaml

    rule = " and ".join(["students >= 1"] * (MAX_COMPARISONS + 1))
    text = f"""\
pack: {{id: big, version: "1", title: {{zh: 大, en: big}}}}
criteria:
  - id: BIG-01
    title: {{zh: 大, en: big}}
    basis: [{{document: x, status: confirmed}}]
    severity: blocking
    levels: [county]
    rule: {rule}
    examples: [{{expect: pass, values: {{students: 1}}}}, {{expect: fail, values: {{students: 0}}}}]
"""
    with pytest.raises(PackError, match="the engine takes at most"):
        parse_pack(load_yaml(text).data, "big.yaml")


def test_fast_case_encoding_equals_the_general_encoder():
    from checker.evaluate.engine import case_text

    operands = {"o0": 1e-05, "o1": 10071.8, "o2": -3, "o3": 1e16}
    assert case_text(7, "DUT-FUND-02#0", operands) == encode({"id": "7", "sid": "0", "kind": "DUT-FUND-02#0",
                                                              **operands})
