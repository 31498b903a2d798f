"""Packs built on other packs: a province pack (`extends:`) overrides its base's parameter values by
name; `parameters_from:` shares another pack's parameters, defined once."""

from __future__ import annotations

import re
from pathlib import Path

from checker.intake import schema
from checker.rules.criteria import PackError, problem
from checker.rules.files import bundled_names, bundled_path, pack_file_exists, read_pack_file
from checker.rules.parse import schema_problem, yaml_place


def base_data(spec: str, name: str, path: Path) -> dict:
    """The YAML data of a pack named by path (beside this one) or by bundled name."""
    base_path = (path.parent / spec) if pack_file_exists(path.parent / spec) else None
    if base_path is None:
        if spec not in bundled_names():
            raise PackError([problem(name, "", "pack.no_base", spec=repr(spec))])
        base_path = bundled_path(spec)
    return read_pack_file(base_path)[1]


def shared_parameters(raw: dict, name: str, path: Path) -> dict:
    """A pack that takes its shared parameters from another pack: one definition, two packs."""
    other = base_data(raw["parameters_from"], name, path).get("parameters") or {}
    clash = sorted(set(other) & set(raw.get("parameters") or {}))
    if clash:
        raise PackError([problem(name, f"parameters.{k}", "pack.param_clash", other=repr(raw["parameters_from"]))
                         for k in clash])
    merged = {k: v for k, v in raw.items() if k != "parameters_from"}
    merged["parameters"] = {**other, **(raw.get("parameters") or {})}
    return merged


def extended(raw: dict, name: str, path: Path) -> tuple[dict, str, tuple[str, ...], tuple[str, ...]]:
    """A province pack: its base pack's data with the parameter values it overrides, the base's
    id, the province prefixes it applies to and the criteria it changes. An override keeps the
    base parameter's title and unit unless it gives its own. Every criterion it changes must
    carry the pack's own examples (`examples: {ID: [...]}`): the base's no longer hold."""
    import copy

    problems = [schema_problem(name, yaml_place(raw, tuple(e.absolute_path)), e)
                for e in schema.errors("criteria", raw)]
    if problems:
        raise PackError(problems)
    spec = raw["extends"]
    base = base_data(spec, name, path)
    if isinstance(base, dict) and base.get("extends"):  # a chain, or a cycle (a extends b extends a)
        raise PackError([problem(name, "extends", "pack.extends_chain", spec=repr(spec), base=repr(base["extends"]))])
    if not isinstance(base, dict) or "criteria" not in base:
        raise PackError([problem(name, "extends", "pack.base_not_pack", spec=repr(spec))])
    merged = copy.deepcopy(base)
    merged["pack"] = raw["pack"]
    changed: set[str] = set()
    for key, value in (raw.get("parameters") or {}).items():
        if key not in (base.get("parameters") or {}):
            problems.append(problem(name, f"parameters.{key}", "pack.base_no_param", spec=repr(spec), param=repr(key)))
        else:
            merged["parameters"][key] = _inherit(value, base["parameters"][key])
            changed |= {c["id"] for c in merged["criteria"] if _reads(c, key)}
    by_id = {c["id"]: c for c in merged["criteria"]}
    for cid, params in (raw.get("criterion_parameters") or {}).items():
        for key, value in params.items():
            if cid not in by_id or key not in (by_id[cid].get("params") or {}):
                problems.append(problem(name, f"criterion_parameters.{cid}.{key}", "pack.no_such_param",
                                        spec=repr(spec)))
            else:
                by_id[cid]["params"][key] = _inherit(value, by_id[cid]["params"][key])
                changed.add(cid)
    examples = raw.get("examples") or {}
    for cid in sorted(changed):
        if cid not in examples:
            problems.append(problem(name, f"examples.{cid}", "pack.needs_own_examples", id=cid))
        else:
            by_id[cid]["examples"] = examples[cid]
    for cid in sorted(set(examples) - changed):
        problems.append(problem(name, f"examples.{cid}", "pack.needless_examples", id=cid))
    if problems:
        raise PackError(problems)
    return merged, base["pack"]["id"], tuple(raw["provinces"]), tuple(sorted(changed))


def _inherit(override: dict, base: dict) -> dict:
    return {**{k: base[k] for k in ("title", "unit") if k in base}, **override}


def _reads(criterion: dict, param: str) -> bool:
    """Whether a criterion's rule, warn band or precondition names a parameter (and has no own of that name)."""
    if param in (criterion.get("params") or {}):
        return False
    texts = " ".join(str(criterion.get(k) or "") for k in ("rule", "warn", "precondition"))
    return re.search(rf"(?<![A-Za-z0-9_]){re.escape(param)}(?![A-Za-z0-9_])", texts) is not None
