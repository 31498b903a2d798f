"""Evaluation speed: the checker (durable-rules) against a plain vectorised pandas evaluation of
the same rules on the same in-memory facts, and the alternative "wide fact" encoding.

    .venv/bin/python benchmarks/bench_engine.py [--counties 2850] [--seed 7] [--repeat 3]

Prints facts/second and entity×criterion×stage evaluations/second for each, their ratios (best of
--repeat runs; these machines are shared and noisy, so read ratios, not absolute times), checks
that pandas and the checker reach identical statuses, and times one small `checker check`.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from checker import expr
from checker.compile import compile_packs, condition
from checker.criteria import load_packs
from checker.engine import Engine, encode
from checker.evaluate import evaluate
from checker.indicators import dictionary
from checker.model import Citation, Entity, Fact, Location, Submission

ROOT = Path(__file__).resolve().parent.parent


# --- a synthetic nation, in memory ---------------------------------------------------------------

def nation(n: int, seed: int, packs) -> list[Submission]:
    """Each county reports the pack's indicators for the evaluated year and the year before;
    about 5% of figures are missing, 3% are claims, 1% conflict; values straddle the thresholds."""
    rng = random.Random(seed)
    needs = sorted({(ref.indicator, stage) for p in packs for c in p.criteria for stage in c.stages
                    for ref in c.refs}, key=lambda x: (x[0], x[1] or ""))
    base = {"edu_general_budget_expenditure": 2e9, "per_student_general_budget_expenditure": 11000,
            "per_student_public_funding": 900, "teacher_avg_salary": 98000, "civil_servant_avg_salary": 97000,
            "edu_surcharge_collected": 2e7, "edu_surcharge_used_for_education": 2e7, "land_net_revenue": 1e9,
            "land_revenue_education_fund": 1.02e8, "classes": 400, "large_classes": 15, "super_large_classes": 0,
            "dropouts_outstanding": 0, "private_compulsory_enrollment_share": 4}
    subs = []
    for i in range(n):
        code = f"{110000 + i * 7:06d}"
        region = rng.choice(["east", "central", "west"])
        facts = []
        for indicator, stage in needs:
            spec = dictionary()[indicator]
            centre = base.get(indicator, 92.0 if spec.family == "percent" else 100.0)
            for period in (2021, 2020):
                roll = rng.random()
                if roll < 0.05:
                    continue
                loc = Location(f"{code}.yaml", path=f"facts[{len(facts)}]")
                if roll < 0.08:
                    facts.append(Fact(indicator, stage, period, None, None, None, None,
                                      Citation("report", "一", "已实现"), loc))
                    continue
                if indicator == "dropouts_outstanding":
                    value = float(rng.random() < 0.1)
                elif spec.family == "percent" and centre >= 90:
                    value = round(min(100.0, centre + rng.uniform(-10, 9)), 2)
                else:
                    value = round(centre * rng.uniform(0.97, 1.05), 2)
                facts.append(Fact(indicator, stage, period, value, spec.unit, repr(value), spec.unit,
                                  Citation("report", "一"), loc))
                if roll > 0.99:
                    facts.append(Fact(indicator, stage, period, value + 1, spec.unit, repr(value + 1), spec.unit,
                                      Citation("report", "二"), loc))
        subs.append(Submission(Entity(code, f"县{i}", "county", region), 2021, f"{code}.yaml", tuple(facts)))
    return subs


# --- the yardstick: the same rules, vectorised with pandas ----------------------------------------

def pandas_evaluate(subs: list[Submission], packs) -> pd.DataFrame:
    """Statuses of every entity × criterion × stage, vectorised per criterion and stage."""
    ents = pd.DataFrame({"code": [s.entity.code for s in subs], "level": [s.entity.level for s in subs],
                         "region": [s.entity.region for s in subs], "period": [s.period for s in subs]})
    rows = [(s.entity.code, f.indicator, f.stage or "", f.period, np.nan if f.value is None else float(f.value))
            for s in subs for f in s.facts]
    facts = pd.DataFrame(rows, columns=["code", "indicator", "stage", "period", "value"])
    values = facts.dropna(subset=["value"])
    spread = values.groupby(["code", "indicator", "stage", "period"])["value"].agg(["first", "nunique"])
    out = []
    for pack in packs:
        for c in pack.criteria:
            for stage in c.stages:
                st = stage or ""
                status = pd.Series("", index=ents.index, dtype=object)
                applies = ents["level"].isin(c.levels)
                if c.valid_from:
                    applies &= ents["period"] >= c.valid_from
                if c.valid_to:
                    applies &= ents["period"] <= c.valid_to
                params = {}
                for p in c.params:
                    chosen = pd.Series(np.nan, index=ents.index)
                    rank = pd.Series(-1.0, index=ents.index)
                    for i, v in enumerate(p.variants):
                        ok = pd.Series(True, index=ents.index)
                        if v.start:
                            ok &= ents["period"] >= v.start
                        if v.end:
                            ok &= ents["period"] <= v.end
                        if v.regions:
                            ok &= ents["region"].isin(v.regions)
                        if v.stages:
                            ok &= stage in v.stages
                        score = v.specificity * 10000 + (v.start or 0) - i * 1e-3
                        better = ok & (score > rank)
                        chosen = chosen.where(~better, v.value)
                        rank = rank.where(~better, score)
                    params[p.name] = chosen
                    applies &= chosen.notna()
                operands, conflict = {}, pd.Series(False, index=ents.index)
                for ref in c.refs:
                    key = pd.MultiIndex.from_arrays([ents["code"], [ref.indicator] * len(ents), [st] * len(ents),
                                                     ents["period"] - (1 if ref.prev else 0)])
                    found = spread.reindex(key)
                    operands[ref] = pd.Series(found["first"].to_numpy(), index=ents.index)
                    conflict |= pd.Series(found["nunique"].to_numpy() > 1, index=ents.index)
                missing = pd.concat([v.isna() for v in operands.values()], axis=1).any(axis=1)
                verdict = _vec(c.rule, operands, params)
                warn = _vec(c.warn, operands, params) if c.warn is not None else pd.Series(False, index=ents.index)
                status = np.select(
                    [~applies, conflict, missing, verdict, warn],
                    ["not_applicable", "error", "missing", "pass", "warn"], default="fail")
                out.append(pd.DataFrame({"code": ents["code"], "criterion": c.id, "stage": st, "status": status}))
    return pd.concat(out, ignore_index=True)


def _vec(node, operands, params):
    if isinstance(node, expr.Cmp):
        left, right = _vterm(node.left, operands, params), _vterm(node.right, operands, params)
        return {">=": left >= right, ">": left > right, "<=": left <= right, "<": left < right,
                "==": left == right, "!=": left != right}[node.op]
    if isinstance(node, expr.And):
        result = _vec(node.items[0], operands, params)
        for item in node.items[1:]:
            result = result & _vec(item, operands, params)
        return result
    if isinstance(node, expr.Or):
        result = _vec(node.items[0], operands, params)
        for item in node.items[1:]:
            result = result | _vec(item, operands, params)
        return result
    if isinstance(node, expr.Not):
        return ~_vec(node.item, operands, params)
    raise TypeError(node)


def _vterm(node, operands, params):
    if isinstance(node, expr.Num):
        return node.value
    if isinstance(node, expr.Ref):
        return operands[node]
    if isinstance(node, expr.Param):
        return params[node.name]
    left, right = _vterm(node.left, operands, params), _vterm(node.right, operands, params)
    return left + right if node.op == "+" else left - right if node.op == "-" else left * right


# --- the alternative encoding: one wide fact per entity and stage ---------------------------------

def wide_ruleset(packs):
    """Rules that read indicator fields of a wide fact directly; thresholds chosen by rule tests on
    period and region. No missing/conflict/n/a logic: this measures the engine cost only."""
    rules, slots_of = {}, {}
    compiled = compile_packs(packs)
    for pack in packs:
        for c in pack.criteria:
            slots = {ref: ("p_" if ref.prev else "c_") + ref.indicator for ref in c.refs}
            slots_of[c.id] = slots
            for stage in c.stages:
                for (cid, combo), kind in compiled.kinds.items():
                    if cid != c.id:
                        continue
                    values = {p.name: p.variants[i].value for p, i in zip(c.params, combo)}
                    tests = [{"stage": stage or "-"}]
                    for p, i in zip(c.params, combo):
                        v = p.variants[i]
                        if v.start:
                            tests.append({"$gte": {"period": v.start}})
                        if v.end:
                            tests.append({"$lte": {"period": v.end}})
                        if (v.stages and stage not in v.stages):
                            tests.append({"stage": "never"})
                    rule = expr.substitute(c.rule, values)
                    for outcome, cond in (("pass", rule), ("fail", expr.negate(rule))):
                        name = f"{kind}:{stage}:{outcome}"
                        rules[name] = {"all": [{"m": {"$and": tests + [condition(expr.nnf(cond), slots)]}}]}
    rules["$end"] = {"all": [{"m": {"kind": "$end"}}]}
    return rules


def run_wide(subs, rules) -> tuple[int, int, float]:
    import durable_rules_engine as dre
    from durable import engine as dengine

    class Host(dengine.Host):
        def _run(self):
            pass

    fired = []

    def action(name):
        def run(c):  # exactly one parameter: two would make the action async (field guide T1)
            fired.append(name)
        return run

    host = Host()
    rs = dengine.Ruleset.__new__(dengine.Ruleset)
    rs._name, rs._host, rs._definition = "wide", host, rules
    rs._actions = {name: dengine.Promise(action(name)) for name in rules}
    rs._handle = dre.create_ruleset("wide", encode(rules))
    host._ruleset_directory["wide"] = rs
    host._ruleset_list.append(rs)
    facts = 0
    start = time.perf_counter()
    for s in subs:
        wide: dict[str, dict] = {}
        for f in s.facts:
            if f.value is None:
                continue
            row = wide.setdefault(f.stage or "-", {"stage": f.stage or "-", "period": s.period})
            prefix = "c_" if f.period == s.period else "p_" if f.period == s.period - 1 else None
            if prefix:
                row[prefix + f.indicator] = f.value
        for n, row in enumerate(list(wide.values()) + [{"kind": "$end"}]):
            text = encode({"id": str(n), "sid": "0", **row})
            try:
                host._handle_function(rs, lambda t: rs._handle_result(dre.assert_fact(rs._handle, t), t), text, None)
            except dengine.MessageNotHandledException:
                pass
            facts += 1
        rs.delete_state("0")
    elapsed = time.perf_counter() - start
    dre.delete_ruleset(rs._handle)
    return facts, len(fired), elapsed


def best(fn, repeat):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--counties", type=int, default=2850)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    packs = load_packs()
    compiled = compile_packs(packs)
    subs = nation(args.counties, args.seed, packs)
    n_facts = sum(len(s.facts) for s in subs)
    n_evals = len(subs) * sum(len(c.stages) for p in packs for c in p.criteria)
    print(f"{len(subs)} counties, {n_facts} submitted facts, {n_evals} entity×criterion×stage evaluations, "
          f"{len(compiled.ruleset)} rules")

    engine = Engine(compiled)
    engine_time = [0.0]
    real_run = engine.run

    def timed_run(cases):
        start = time.perf_counter()
        try:
            return real_run(cases)
        finally:
            engine_time[0] += time.perf_counter() - start

    engine.run = timed_run
    t_checker, findings = best(lambda: [f for s in subs for f in evaluate(s, packs, compiled, engine)], args.repeat)
    t_engine = engine_time[0] / args.repeat
    engine.close()
    cases = sum(1 for f in findings if f.status.value in ("pass", "fail", "warn"))
    t_pandas, frame = best(lambda: pandas_evaluate(subs, packs), args.repeat)

    mine = sorted((f.entity.code, f.criterion_id, f.stage or "", f.status.value) for f in findings)
    theirs = sorted(frame.itertuples(index=False, name=None))
    print(f"statuses identical to pandas: {mine == theirs}")

    wide_rules = wide_ruleset(packs)
    t_wide, (wide_facts, wide_fired, _) = best(lambda: run_wide(subs, wide_rules), args.repeat)

    print(f"checker (case facts, durable-rules): {t_checker:.3f} s  {n_facts / t_checker:,.0f} submitted facts/s  "
          f"{n_evals / t_checker:,.0f} evaluations/s  ({cases} verdicts from the engine)")
    print(f"pandas yardstick (vectorised):       {t_pandas:.3f} s  {n_facts / t_pandas:,.0f} submitted facts/s  "
          f"{n_evals / t_pandas:,.0f} evaluations/s")
    print(f"  of which inside the engine (case facts): {t_engine:.3f} s  "
          f"{n_evals / t_engine:,.0f} evaluations/s")
    print(f"wide facts, engine only (no missing/conflict/n-a logic, no findings): {t_wide:.3f} s  "
          f"{wide_facts} wide facts, {wide_fired} firings")
    print(f"ratio checker / pandas (evaluation only, same in-memory facts): {t_checker / t_pandas:.1f}x")
    print(f"ratio engine time, wide / case facts: {t_wide / t_engine:.2f}x")

    small = ROOT / "submissions" / "qujing-2021.yaml"
    exe = str(Path(sys.executable).with_name("checker"))
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([exe, "check", str(small)], capture_output=True)
        runs.append(time.perf_counter() - start)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], capture_output=True)
    bare = time.perf_counter() - start
    print(f"start-up: `checker check {small.name}` best of 5: {min(runs):.3f} s wall (bare python: {bare:.3f} s)")


if __name__ == "__main__":
    main()
