"""A pack's YAML data -> `Pack`: schema-validated, rules parsed, names resolved, examples read. All
problems are collected and reported together, each naming file, criterion id and field."""

from __future__ import annotations

from typing import Any

from checker.i18n import Text, t
from checker.intake import schema
from checker.intake.indicators import dictionary
from checker.intake.safeyaml import format_path
from checker.model import Basis, Severity
from checker.rules import checks, expr
from checker.rules.criteria import Criterion, Example, Pack, PackError, ParamSpec, Variant, problem
from checker.rules.validate import MAX_COMPARISONS, check_compilable, check_variants


def parse_pack(data: Any, name: str, sha256: str = "") -> Pack:
    errors = schema.errors("criteria", data)
    problems: list = [schema_problem(name, yaml_place(data, tuple(e.absolute_path)), e) for e in errors]
    paths = [tuple(e.absolute_path) for e in errors]
    # A criterion that broke the schema is reported and skipped; any other schema error is fatal.
    broken = {p[1] for p in paths if len(p) >= 2 and p[0] == "criteria" and isinstance(p[1], int)}
    if any(not (len(p) >= 2 and p[0] == "criteria" and isinstance(p[1], int)) for p in paths):
        raise PackError(problems)
    indicators = dictionary()
    shared = {k: _param(k, v) for k, v in (data.get("parameters") or {}).items()}
    for key in shared:
        if key in indicators:
            problems.append(problem(name, f"parameters.{key}", "pack.param_is_indicator"))
    criteria = []
    ids: set[str] = set()
    for i, raw in enumerate(data["criteria"]):
        if i in broken:
            continue
        cid = raw["id"]
        where = f"criteria[{cid}]"
        if cid in ids:
            problems.append(problem(name, f"{where}.id", "pack.duplicate_id", id=repr(cid)))
        ids.add(cid)
        local = {k: _param(k, v) for k, v in (raw.get("params") or {}).items()}
        for key in local:
            if key in shared:
                problems.append(problem(name, f"{where}.params.{key}", "pack.shadows_param"))
            if key in indicators:
                problems.append(problem(name, f"{where}.params.{key}", "pack.param_is_indicator"))
        available = {**shared, **local}
        parsed: dict[str, expr.Cond | None] = {}
        if raw.get("check"):
            # every consistency check is decided by the same interval comparison
            check_rule, check_warn = checks.rule()
            raw = {**raw, "rule": checks.RULE_TEXT, "warn": checks.WARN_TEXT}
            parsed = {"precondition": None, "rule": check_rule, "warn": check_warn}
        for fname in ("precondition", "rule", "warn") if not raw.get("check") else ():
            text = raw.get(fname)
            if text is None:
                parsed[fname] = None
                continue
            try:
                parsed[fname] = expr.parse(text, indicators, available)
            except expr.ExprError as exc:
                problems.append(t("pack.at", file=name, place=f"{where}.{fname}", message=exc.message))
                parsed[fname] = None
        if parsed["rule"] is None:
            continue
        used: list[str] = []
        for fname, node in parsed.items():
            if node is not None:
                used += [p for p in expr.params(node) if p not in used]
                problems += [t("pack.at", file=name, place=f"{where}.{fname}", message=msg)
                             for msg in check_compilable(node)]
        if raw.get("check"):
            used = list(local)  # a check reads its declared parameters by name (e.g. degree_per100_min)
            for name_ in checks.CHECK_PARAMS.get(raw["check"], ()):
                if name_ not in available:
                    problems.append(problem(name, f"{where}.params", "pack.check_needs_param", check=raw["check"],
                                            param=name_))
                elif name_ not in used:
                    used.append(name_)
        count = sum(len(expr.comparisons(n)) for n in parsed.values() if n is not None)
        if count > MAX_COMPARISONS:
            problems.append(problem(name, f"{where}.rule", "pack.too_many_comparisons", count=count,
                                    limit=MAX_COMPARISONS))
        stages: tuple[str | None, ...] = tuple(raw.get("stages") or [None])
        for node in (parsed["precondition"], parsed["rule"], parsed["warn"]) if not raw.get("check") else ():
            for ref in expr.refs(node) if node is not None else []:
                for stage in stages:
                    if not indicators[ref.indicator].allows_stage(stage):
                        problems.append(problem(name, f"{where}.stages", "pack.stage_not_taken",
                                                indicator=ref.indicator, stage=repr(stage)))
        if raw.get("totals_from_stages") and raw.get("stages"):
            problems.append(problem(name, f"{where}.totals_from_stages", "pack.totals_with_stages"))
        params = tuple(available[p] for p in used)
        problems += [t("pack.at_file", file=name, message=m) for m in check_variants(where, params)]
        valid = raw.get("valid") or {}
        examples = tuple(_example(e, data, raw) for e in raw["examples"])
        expects = {e.expect for e in examples}
        for need in ("pass", "fail"):
            if need not in expects:
                problems.append(problem(name, f"{where}.examples", "pack.needs_example", expect=repr(need)))
        rule_refs = {str(r) for n in (parsed["precondition"], parsed["rule"], parsed["warn"]) if n is not None
                     for r in expr.refs(n)}
        for j, e in enumerate(examples):
            for k, v in e.values:
                if v is not None and not _numeric(v):
                    problems.append(problem(name, f"{where}.examples[{j}].values.{k}", "pack.example_not_number",
                                            value=repr(str(v)[:40])))
            unknown = [k for k, _ in e.values if k not in rule_refs and not raw.get("check")
                       and not k.startswith("cv_")]
            if unknown:
                problems.append(problem(name, f"{where}.examples[{j}].values", "pack.example_unused",
                                        names=", ".join(unknown), uses=", ".join(sorted(rule_refs))))
            if e.stage not in stages:
                problems.append(problem(name, f"{where}.examples[{j}].stage", "pack.example_stage",
                                        stage=repr(e.stage)))
        criteria.append(Criterion(
            id=cid, title_zh=raw["title"]["zh"], title_en=raw["title"]["en"],
            basis=tuple(Basis(b["document"], b.get("number", ""), b.get("article", ""), b["status"],
                              b.get("note", ""), b.get("checked", "")) for b in raw["basis"]),
            severity=Severity(raw["severity"]), levels=tuple(raw["levels"]),
            valid_from=valid.get("from"), valid_to=valid.get("to"), stages=stages,
            rule_text=raw["rule"], rule=parsed["rule"], warn_text=raw.get("warn"), warn=parsed["warn"],
            precondition_text=raw.get("precondition"), precondition=parsed["precondition"],
            params=params, examples=examples, aliases=tuple(raw.get("aliases") or ()), pack=data["pack"]["id"],
            check=raw.get("check"), totals_from=tuple(raw.get("totals_from_stages") or ()),
        ))
    if problems:
        raise PackError(problems)
    meta = data["pack"]
    return Pack(meta["id"], str(meta["version"]), meta["title"]["zh"], meta["title"]["en"], name, sha256,
                tuple(criteria), data)


def schema_problem(name: str, place: str, err) -> Text:
    """A schema error of a pack or plan file, in the reader's language (the terms submissions use)."""
    from checker.intake.documents import _schema_message

    message, expected = _schema_message(err)
    if expected:
        message = t("pack.with_expected", message=message, expected=expected)
    return t("pack.at", file=name, place=place, message=message) if place else t("pack.at_file", file=name,
                                                                                  message=message)


def yaml_place(data: Any, path: tuple) -> str:
    """criteria[ID].field instead of criteria[3].field: errors name the criterion id."""
    if len(path) >= 2 and path[0] == "criteria" and isinstance(path[1], int):
        try:
            cid = data["criteria"][path[1]].get("id", path[1])
        except (AttributeError, IndexError, KeyError, TypeError):
            cid = path[1]
        return f"criteria[{cid}]" + (("." + format_path(path[2:])) if len(path) > 2 else "")
    return format_path(path)


def _param(name: str, raw: dict) -> ParamSpec:
    variants = tuple(Variant(float(v["value"]), v.get("from"), v.get("to"), tuple(v.get("regions") or ()),
                             tuple(v.get("stages") or ()), v.get("basis", ""), v.get("note", ""))
                     for v in raw["values"])
    title = raw.get("title") or {}
    return ParamSpec(name, raw.get("unit", ""), variants, title.get("zh", ""), title.get("en", ""))


def _numeric(value) -> bool:
    """An example's value: a number, or a number written as text ("15.01" keeps its decimals)."""
    import math

    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return False
    try:
        return math.isfinite(float(value))
    except (ValueError, OverflowError):
        return False


def _example(raw: dict, pack: dict, criterion: dict) -> Example:
    stage = raw.get("stage")
    if stage is None and criterion.get("stages"):
        stage = criterion["stages"][0]
    return Example(
        name=raw.get("name", ""), expect=raw["expect"],
        values=tuple((str(k), v) for k, v in (raw.get("values") or {}).items()),
        period=raw.get("period", (criterion.get("valid") or {}).get("from") or 2021),
        region=raw.get("region", "west"), level=raw.get("level", (criterion.get("levels") or ["county"])[0]),
        stage=stage, facts=tuple(raw.get("facts") or ()), schools=tuple(raw.get("schools") or ()),
    )
