"""Packs built on other packs: a province pack (`extends:`) overrides its base's parameter values by
name; `parameters_from:` shares another pack's parameters, defined once."""

from __future__ import annotations

from pathlib import Path

from checker.intake import schema
from checker.rules.criteria import PackError
from checker.rules.files import bundled_names, bundled_path, read_pack_file
from checker.rules.parse import yaml_place


def base_data(spec: str, name: str, path: Path) -> dict:
    """The YAML data of a pack named by path (beside this one) or by bundled name."""
    base_path = (path.parent / spec) if (path.parent / spec).is_file() else None
    if base_path is None:
        if spec not in bundled_names():
            raise PackError([f"{name}: no pack {spec!r} (a path beside this file or a bundled pack)"])
        base_path = bundled_path(spec)
    return read_pack_file(base_path)[1]


def shared_parameters(raw: dict, name: str, path: Path) -> dict:
    """A pack that takes its shared parameters from another pack: one definition, two packs."""
    other = base_data(raw["parameters_from"], name, path).get("parameters") or {}
    clash = sorted(set(other) & set(raw.get("parameters") or {}))
    if clash:
        raise PackError([f"{name}: parameters.{k}: also defined in {raw['parameters_from']!r}" for k in clash])
    merged = {k: v for k, v in raw.items() if k != "parameters_from"}
    merged["parameters"] = {**other, **(raw.get("parameters") or {})}
    return merged


def extended(raw: dict, name: str, path: Path) -> tuple[dict, str, tuple[str, ...]]:
    """A province pack: its base pack's data with the parameter values it overrides, the base's
    id and the province prefixes it applies to."""
    import copy

    problems = [f"{name}: {yaml_place(raw, tuple(e.absolute_path))}: {e.message}" for e in schema.errors("criteria", raw)]
    if problems:
        raise PackError(problems)
    spec = raw["extends"]
    base = base_data(spec, name, path)
    merged = copy.deepcopy(base)
    merged["pack"] = raw["pack"]
    for key, value in (raw.get("parameters") or {}).items():
        if key not in (base.get("parameters") or {}):
            problems.append(f"{name}: parameters.{key}: the base pack {spec!r} has no parameter {key!r}")
        else:
            merged["parameters"][key] = value
    by_id = {c["id"]: c for c in merged["criteria"]}
    for cid, params in (raw.get("criterion_parameters") or {}).items():
        for key, value in params.items():
            if cid not in by_id or key not in (by_id[cid].get("params") or {}):
                problems.append(f"{name}: criterion_parameters.{cid}.{key}: no such parameter in {spec!r}")
            else:
                by_id[cid]["params"][key] = value
    if problems:
        raise PackError(problems)
    return merged, base["pack"]["id"], tuple(raw["provinces"])
