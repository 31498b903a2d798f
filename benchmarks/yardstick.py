"""The yardstick: the same criteria evaluated by plain vectorised pandas (no row-wise apply),
from the same files or the same in-memory facts; and the alternative "wide fact" engine
encoding, for the encoding comparison. Used by bench_nation.py.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd

from checker.intake.indicators import dictionary
from checker.rules import expr
from checker.rules.compile import compile_packs, condition
from checker.evaluate.engine import encode
from checker.model import Submission

SCALE = {"元": 1.0, "万元": 1e4, "亿元": 1e8, "%": 1.0, "人": 1.0, "个": 1.0}


def read_files(files: list[Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The yardstick's own reading of the YAML submissions: PyYAML's C loader, then two frames."""
    import yaml

    ents, rows = [], []
    for path in files:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        e = doc["entity"]
        ents.append((str(e["code"]), e["level"], e.get("region"), doc["period"]))
        for f in doc["facts"]:
            rows.append((str(e["code"]), f["indicator"], f.get("stage") or "", f["period"], f.get("value"),
                         f.get("unit")))
    entities = pd.DataFrame(ents, columns=["code", "level", "region", "period"])
    facts = pd.DataFrame(rows, columns=["code", "indicator", "stage", "period", "value", "unit"])
    facts["value"] = pd.to_numeric(facts["value"], errors="coerce") * facts["unit"].map(SCALE).fillna(1.0)
    return entities, facts.drop(columns="unit")


def frames(subs: list[Submission]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The same two frames from the checker's in-memory submissions."""
    entities = pd.DataFrame({"code": [s.entity.code for s in subs], "level": [s.entity.level for s in subs],
                             "region": [s.entity.region for s in subs], "period": [s.period for s in subs]})
    rows = [(s.entity.code, f.indicator, f.stage or "", f.period, np.nan if f.value is None else float(f.value))
            for s in subs for f in s.facts]
    return entities, pd.DataFrame(rows, columns=["code", "indicator", "stage", "period", "value"])


# --- the yardstick: the same rules, vectorised with pandas ----------------------------------------

def pandas_evaluate(ents: pd.DataFrame, facts: pd.DataFrame, packs) -> pd.DataFrame:
    """Statuses of every entity × criterion × stage, vectorised per criterion and stage."""
    values = facts.dropna(subset=["value"])
    spread = values.groupby(["code", "indicator", "stage", "period"])["value"].agg(["first", "nunique"])
    out = []
    province = ents["code"].str[:2]
    for pack in packs:
        if pack.extends:  # a province pack: its provinces' entities, in place of its base
            whose = province.isin(pack.provinces)
        else:
            taken = [p for other in packs if other.extends == pack.id for p in other.provinces]
            whose = ~province.isin(taken)
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
                def lookup(indicator, stage_, back):
                    key = pd.MultiIndex.from_arrays([ents["code"], [indicator] * len(ents), [stage_] * len(ents),
                                                     ents["period"] - back])
                    found = spread.reindex(key)
                    return (pd.Series(found["first"].to_numpy(), index=ents.index),
                            pd.Series(found["nunique"].to_numpy() > 1, index=ents.index))

                for ref in c.refs:
                    back = 1 if ref.prev else 0
                    value, clash = lookup(ref.indicator, st, back)
                    if c.totals_from and not st and dictionary()[ref.indicator].family == "count":
                        # no entity total: the sum of the stages the criterion names, all of them given
                        parts = [lookup(ref.indicator, part, back) for part in c.totals_from]
                        summed = sum(v for v, _ in parts)
                        use = value.isna()
                        value = value.where(~use, summed)
                        for _, part_clash in parts:
                            clash = clash | (use & part_clash)
                    operands[ref] = value
                    conflict |= clash
                missing = pd.concat([v.isna() for v in operands.values()], axis=1).any(axis=1)
                pre = _vec(c.precondition, operands, params) if c.precondition is not None else True
                verdict = _vec(c.rule, operands, params)
                warn = _vec(c.warn, operands, params) if c.warn is not None else pd.Series(False, index=ents.index)
                pre_missing = pd.concat([operands[r].isna() for r in c.precondition_refs], axis=1).any(axis=1) \
                    if c.precondition_refs else pd.Series(False, index=ents.index)
                status = np.select(
                    [~applies, conflict, pre_missing, ~pd.Series(pre, index=ents.index) & ~pre_missing, missing,
                     verdict, warn],
                    ["not_applicable", "error", "missing", "not_applicable", "missing", "pass", "warn"], default="fail")
                frame = pd.DataFrame({"code": ents["code"], "criterion": c.id, "stage": st, "status": status})
                out.append(frame[whose.to_numpy()])
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
                for (pid, cid, combo), kind in compiled.kinds.items():
                    if (pid, cid) != (c.pack, c.id):  # a province pack repeats its base's ids
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


