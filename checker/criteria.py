"""Criteria packs: YAML files of criteria, validated by a JSON Schema shipped in the package.

A pack holds shared parameters (a threshold used by several criteria is defined once) and
criteria. Each criterion has a stable id, zh/en titles, its policy basis, a severity, the entity
levels and years it applies to, the stages it expands to, an optional precondition, the rule,
an optional warn band, parameters that vary by year, region and stage, and its own examples.
All problems are collected and reported together, each naming file, criterion id and field.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from checker import consistency, expr, schema
from checker.indicators import dictionary
from checker.model import Basis, Severity
from checker.safeyaml import DocumentError, decode, format_path, load_yaml, read_bytes

BUNDLED_DEFAULT = ("duties", "consistency")  # run together unless --criteria says otherwise
ALIASES = {"优质均衡": "yzjh", "普及普惠": "ppph", "学前普及普惠": "ppph", "履职": "duties", "一致性": "consistency"}
MAX_COMPARISONS = 8  # measured: any flat and/or mix of 11 guarded comparisons fits one rule, 12 may not


class PackError(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Variant:
    """One value of a parameter, and when, where and for which stage it is in force."""

    value: float
    start: int | None = None
    end: int | None = None
    regions: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    basis: str = ""
    note: str = ""

    def matches(self, period: int, region: str | None, stage: str | None) -> bool:
        return ((self.start is None or period >= self.start) and (self.end is None or period <= self.end)
                and (not self.regions or region in self.regions) and (not self.stages or stage in self.stages))

    @property
    def specificity(self) -> int:
        return bool(self.regions) + bool(self.stages)

    def describe(self) -> str:
        years = f"{self.start or '…'}–{self.end or '…'}"
        parts = [years, "regions: " + "/".join(self.regions) if self.regions else "all regions"]
        if self.stages:
            parts.append("stages: " + "/".join(self.stages))
        return ", ".join(parts)


@dataclass(frozen=True)
class ParamSpec:
    name: str
    unit: str
    variants: tuple[Variant, ...]
    title_zh: str = ""
    title_en: str = ""

    def select(self, period: int, region: str | None, stage: str | None) -> tuple[int, Variant] | None:
        found = [(i, v) for i, v in enumerate(self.variants) if v.matches(period, region, stage)]
        if not found:
            return None
        return max(found, key=lambda iv: (iv[1].specificity, iv[1].start or 0, -iv[0]))


@dataclass(frozen=True)
class Example:
    name: str
    expect: str
    values: tuple[tuple[str, Any], ...]  # (reference text, value) — value as a county writes it
    period: int
    region: str | None
    level: str
    stage: str | None
    facts: tuple[dict, ...] = ()  # or whole facts, as in a submission (for consistency checks)
    schools: tuple[dict, ...] = ()  # school-table rows (for school checks and derived figures)


@dataclass(frozen=True)
class Criterion:
    id: str
    title_zh: str
    title_en: str
    basis: tuple[Basis, ...]
    severity: Severity
    levels: tuple[str, ...]
    valid_from: int | None
    valid_to: int | None
    stages: tuple[str | None, ...]
    rule_text: str
    rule: expr.Cond
    warn_text: str | None
    warn: expr.Cond | None
    precondition_text: str | None
    precondition: expr.Cond | None
    params: tuple[ParamSpec, ...]
    examples: tuple[Example, ...]
    aliases: tuple[str, ...] = ()
    pack: str = ""
    check: str | None = None  # a consistency check (checker/consistency.py) instead of a rule

    @cached_property
    def refs(self) -> tuple[expr.Ref, ...]:
        """Every indicator reference of precondition, rule and warn, in order of first appearance."""
        nodes = [n for n in (self.precondition, self.rule, self.warn) if n is not None]
        seen: dict[expr.Ref, None] = {}
        for node in nodes:
            for ref in expr.refs(node):
                seen.setdefault(ref)
        return tuple(seen)

    @cached_property
    def precondition_refs(self) -> tuple[expr.Ref, ...]:
        return tuple(expr.refs(self.precondition)) if self.precondition is not None else ()

    @cached_property
    def rule_comparisons(self) -> tuple[expr.Cmp, ...]:
        return tuple(expr.comparisons(self.rule))

    def param(self, name: str) -> ParamSpec:
        return next(p for p in self.params if p.name == name)


@dataclass(frozen=True)
class Pack:
    id: str
    version: str
    title_zh: str
    title_en: str
    source: str
    sha256: str
    criteria: tuple[Criterion, ...]
    raw: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    extends: str | None = None  # a province pack: the base pack it overrides
    provinces: tuple[str, ...] = ()  # the province code prefixes a province pack applies to

    def meta(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "version": self.version, "sha256": self.sha256, "source": self.source}
        if self.extends:
            d.update(extends=self.extends, provinces=list(self.provinces))
        return d


def packs_for(packs: list[Pack], code: str) -> list[Pack]:
    """The packs an entity is checked against: its province's pack in place of the base it extends."""
    mine = {p.extends: p for p in packs if p.extends and code[:2] in p.provinces}
    return [mine.get(p.id, p) for p in packs if not p.extends]


def bundled_path(name: str = "duties") -> Path:
    """A pack shipped in the package (checker/packs/, which the repository's criteria/ points to)."""
    return Path(str(resources.files("checker").joinpath(f"packs/{name}.yaml")))


def bundled_names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("checker").joinpath("packs").iterdir()
                  if p.name.endswith(".yaml"))


def resolve(spec: str | Path | None) -> list[Path]:
    """A pack file, a directory of packs, or the name of a bundled pack."""
    if spec is None:  # the default packs, and the bundled province packs that extend them
        base = [bundled_path(name) for name in BUNDLED_DEFAULT]
        return base + [bundled_path(n) for n in bundled_names() if "." in n and n.split(".")[0] in BUNDLED_DEFAULT]
    path = Path(spec)
    if path.is_dir():
        return sorted(path.glob("*.yaml"))
    if path.exists():
        return [path]
    name = ALIASES.get(str(spec), str(spec))
    if name in bundled_names():
        return [bundled_path(name)]
    raise PackError([f"{spec}: no such criteria file, directory or bundled pack "
                     f"(bundled: {', '.join(bundled_names())})"])


def all_bundled() -> list[Pack]:
    """Every shipped pack: the default ones (with their province packs) first, then the opt-in ones."""
    packs = load_packs()
    loaded = {p.id for p in packs}
    return packs + [p for n in bundled_names() if n not in loaded for p in load_packs(n)]


def load_packs(spec: str | Path | None = None) -> list[Pack]:
    packs = [load_pack(p) for p in resolve(spec)]
    seen: dict[str, str] = {}
    problems = []
    for pack in packs:
        if pack.extends:
            continue  # a province pack repeats its base's ids on purpose
        for c in pack.criteria:
            for key in (c.id, *c.aliases):
                if key in seen:
                    problems.append(f"{pack.source}: criteria[{c.id}].id: id {key!r} is already used in {seen[key]}")
                seen[key] = pack.source
    if problems:
        raise PackError(problems)
    return packs


def _pack_name(path: Path) -> str:
    return path.as_posix() if not str(path).startswith(str(bundled_path().parent)) else f"bundled:{path.name}"


def _read(path: Path) -> tuple[str, Any]:
    """(sha256, YAML data) of a pack file; read once per process, as a province pack's base is
    read again by every pack that extends it. Callers never mutate the data (`_extended` copies)."""
    stat = path.stat()
    return _read_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _read_cached(path: str, mtime_ns: int, size: int) -> tuple[str, Any]:
    try:
        data = read_bytes(Path(path))
        return hashlib.sha256(data).hexdigest(), load_yaml(decode(data)).data
    except DocumentError as exc:
        raise PackError([f"{_pack_name(Path(path))}: {exc.place + ': ' if exc.place else ''}{exc}"]) from None


def load_pack(path: Path) -> Pack:
    name = _pack_name(path)
    sha256, raw = _read(path)
    extends, provinces = None, ()
    if isinstance(raw, dict) and raw.get("extends"):
        raw, extends, provinces = _extended(raw, name, path)
    if isinstance(raw, dict) and raw.get("parameters_from"):
        raw = _shared_parameters(raw, name, path)
    pack = parse_pack(raw, name, sha256)
    return replace(pack, extends=extends, provinces=provinces) if extends else pack


def _base_data(spec: str, name: str, path: Path) -> dict:
    """The YAML data of a pack named by path (beside this one) or by bundled name."""
    base_path = (path.parent / spec) if (path.parent / spec).is_file() else None
    if base_path is None:
        if spec not in bundled_names():
            raise PackError([f"{name}: no pack {spec!r} (a path beside this file or a bundled pack)"])
        base_path = bundled_path(spec)
    return _read(base_path)[1]


def _shared_parameters(raw: dict, name: str, path: Path) -> dict:
    """A pack that takes its shared parameters from another pack: one definition, two packs."""
    other = _base_data(raw["parameters_from"], name, path).get("parameters") or {}
    clash = sorted(set(other) & set(raw.get("parameters") or {}))
    if clash:
        raise PackError([f"{name}: parameters.{k}: also defined in {raw['parameters_from']!r}" for k in clash])
    merged = {k: v for k, v in raw.items() if k != "parameters_from"}
    merged["parameters"] = {**other, **(raw.get("parameters") or {})}
    return merged


def _extended(raw: dict, name: str, path: Path) -> tuple[dict, str, tuple[str, ...]]:
    """A province pack: its base pack's data with the parameter values it overrides, the base's
    id and the province prefixes it applies to."""
    import copy

    problems = [f"{name}: {_where(raw, tuple(e.absolute_path))}: {e.message}" for e in schema.errors("criteria", raw)]
    if problems:
        raise PackError(problems)
    spec = raw["extends"]
    base = _base_data(spec, name, path)
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


def parse_pack(data: Any, name: str, sha256: str = "") -> Pack:
    problems: list[str] = []
    errors = schema.errors("criteria", data)
    problems = [f"{name}: {_where(data, tuple(e.absolute_path))}: {e.message}" for e in errors]
    paths = [tuple(e.absolute_path) for e in errors]
    # A criterion that broke the schema is reported and skipped; any other schema error is fatal.
    broken = {p[1] for p in paths if len(p) >= 2 and p[0] == "criteria" and isinstance(p[1], int)}
    if any(not (len(p) >= 2 and p[0] == "criteria" and isinstance(p[1], int)) for p in paths):
        raise PackError(problems)
    indicators = dictionary()
    shared = {k: _param(k, v) for k, v in (data.get("parameters") or {}).items()}
    for key in shared:
        if key in indicators:
            problems.append(f"{name}: parameters.{key}: a parameter may not take an indicator's name")
    criteria = []
    ids: set[str] = set()
    for i, raw in enumerate(data["criteria"]):
        if i in broken:
            continue
        cid = raw["id"]
        where = f"{name}: criteria[{cid}]"
        if cid in ids:
            problems.append(f"{where}.id: duplicate criterion id {cid!r}")
        ids.add(cid)
        local = {k: _param(k, v) for k, v in (raw.get("params") or {}).items()}
        for key in local:
            if key in shared:
                problems.append(f"{where}.params.{key}: shadows the pack parameter of the same name")
            if key in indicators:
                problems.append(f"{where}.params.{key}: a parameter may not take an indicator's name")
        available = {**shared, **local}
        parsed: dict[str, expr.Cond | None] = {}
        if raw.get("check"):
            # every consistency check is decided by the same interval comparison
            check_rule, check_warn = consistency.rule()
            raw = {**raw, "rule": consistency.RULE_TEXT, "warn": consistency.WARN_TEXT}
            parsed = {"precondition": None, "rule": check_rule, "warn": check_warn}
        for fname in ("precondition", "rule", "warn") if not raw.get("check") else ():
            text = raw.get(fname)
            if text is None:
                parsed[fname] = None
                continue
            try:
                parsed[fname] = expr.parse(text, indicators, available)
            except expr.ExprError as exc:
                problems.append(f"{where}.{fname}: {exc}")
                parsed[fname] = None
        if parsed["rule"] is None:
            continue
        used: list[str] = []
        for fname, node in parsed.items():
            if node is not None:
                used += [p for p in expr.params(node) if p not in used]
                problems += [f"{where}.{fname}: {msg}" for msg in _check_compilable(node)]
        if raw.get("check"):
            used = list(local)  # a check reads its declared parameters by name (e.g. degree_per100_min)
        count = sum(len(expr.comparisons(n)) for n in parsed.values() if n is not None)
        if count > MAX_COMPARISONS:
            problems.append(f"{where}.rule: {count} comparisons in precondition, rule and warn together; the engine "
                            f"takes at most {MAX_COMPARISONS} (its 32-entry expression limit, error 113)")
        stages: tuple[str | None, ...] = tuple(raw.get("stages") or [None])
        for node in (parsed["precondition"], parsed["rule"], parsed["warn"]) if not raw.get("check") else ():
            for ref in expr.refs(node) if node is not None else []:
                for stage in stages:
                    if not indicators[ref.indicator].allows_stage(stage):
                        problems.append(f"{where}.stages: indicator {ref.indicator} takes no stage, "
                                        f"but the criterion expands to {stage!r}")
        params = tuple(available[p] for p in used)
        problems += _check_variants(where, params)
        valid = raw.get("valid") or {}
        examples = tuple(_example(e, data, raw) for e in raw["examples"])
        expects = {e.expect for e in examples}
        for need in ("pass", "fail"):
            if need not in expects:
                problems.append(f"{where}.examples: needs at least one example expecting {need!r}")
        rule_refs = {str(r) for n in (parsed["precondition"], parsed["rule"], parsed["warn"]) if n is not None
                     for r in expr.refs(n)}
        for j, e in enumerate(examples):
            unknown = [k for k, _ in e.values if k not in rule_refs and not raw.get("check")
                       and not k.startswith("cv_")]
            if unknown:
                problems.append(f"{where}.examples[{j}].values: {', '.join(unknown)} not used by the rule "
                                f"(uses: {', '.join(sorted(rule_refs))})")
            if e.stage not in stages:
                problems.append(f"{where}.examples[{j}].stage: {e.stage!r} is not one of the criterion's stages")
        criteria.append(Criterion(
            id=cid, title_zh=raw["title"]["zh"], title_en=raw["title"]["en"],
            basis=tuple(Basis(b["document"], b.get("number", ""), b.get("article", ""), b["status"],
                              b.get("note", "")) for b in raw["basis"]),
            severity=Severity(raw["severity"]), levels=tuple(raw["levels"]),
            valid_from=valid.get("from"), valid_to=valid.get("to"), stages=stages,
            rule_text=raw["rule"], rule=parsed["rule"], warn_text=raw.get("warn"), warn=parsed["warn"],
            precondition_text=raw.get("precondition"), precondition=parsed["precondition"],
            params=params, examples=examples, aliases=tuple(raw.get("aliases") or ()), pack=data["pack"]["id"],
            check=raw.get("check"),
        ))
    if problems:
        raise PackError(problems)
    meta = data["pack"]
    return Pack(meta["id"], str(meta["version"]), meta["title"]["zh"], meta["title"]["en"], name, sha256,
                tuple(criteria), data)


def _where(data: Any, path: tuple) -> str:
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


def _check_variants(where: str, params: tuple[ParamSpec, ...]) -> list[str]:
    """Two variants that could both apply with equal specificity and the same start are ambiguous."""
    problems = []
    for p in params:
        for i, a in enumerate(p.variants):
            for b in p.variants[i + 1:]:
                overlap_years = (a.start or 0) <= (b.end or 9999) and (b.start or 0) <= (a.end or 9999)
                overlap_regions = not a.regions or not b.regions or set(a.regions) & set(b.regions)
                overlap_stages = not a.stages or not b.stages or set(a.stages) & set(b.stages)
                if overlap_years and overlap_regions and overlap_stages and a.specificity == b.specificity \
                        and (a.start or 0) == (b.start or 0):
                    problems.append(f"{where}: parameter {p.name}: variants {a.describe()} and {b.describe()} "
                                    "overlap with nothing to choose between them")
    return problems


def _check_compilable(node: expr.Cond) -> list[str]:
    """What the engine cannot express: a comparison needs a plain indicator on one side."""
    problems = []
    for cmp in expr.comparisons(node):
        if not isinstance(cmp.left, expr.Ref) and not isinstance(cmp.right, expr.Ref):
            problems.append(f"comparison '{cmp}' needs an indicator alone on one side")
    for n in expr.walk(node):
        if isinstance(n, expr.Num) and n.value != 0 and not (1e-4 <= abs(n.value) < 1e15):
            problems.append(f"constant {n.value!r} is outside the range the engine reads exactly (1e-4 to 1e15)")
    return problems


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

