"""A government's own plan as criteria: a plan file (plans/*.yaml, checker/schemas/plan.schema.json)
compiled into an ordinary pack that applies only to the plan's entity.

Each target row becomes one criterion, `indicator >= plan_value` (or `<=`), whose parameter has
one variant per year the plan speaks for, so the engine compares the county's figure with the value
in force that year like any national threshold. The row's type sets the severity: 约束性 blocks;
预期性, or no type stated (annual work plans), warns. The direction is read from the wording
(达到/以上/不低于 → ≥; 控制在/以内/不超过/以下 → ≤; 保持/稳定在 → a floor every year from its first
year to the plan's last year, or to the row's `until:` year — `until: null` for none; 全覆盖 → 100 %).
After that the floor is not_applicable and its findings say the plan has ended.

Between the baseline and the target year a second criterion (`…-PATH`, always a warning) asks for
the trajectory: `floor` (never below the baseline), `linear` (the interpolated line) or `none`. A
path value is compared at the precision of the figure as written: the figure stands for every value
within half a unit of its last place (98.9 % → 98.85–98.95 %; counts are exact), and it meets the
path when that interval reaches the value (≥: its top, ≤: its bottom). A county that wrote 98.9
cannot be said to be below 98.946; 98.94 (98.935–98.945) still is. The evaluation applies this to
criteria whose plan info says `precision: written` (checker/evaluate/cases.py), and the finding's
message says so with the interval. A target row's own value is compared as stated.

A path needs a baseline that measures what the indicator measures: a row whose baseline is another
quantity (杏花岭's 普惠 92.1 % is a share of kindergartens, the indicator a share of children) says
`baseline: {comparable: false, source: …}`; its path is then not compiled, and a notice says why.

Years outside the plan are not_applicable. A target relative to the parent entity ("达全市平均水平")
reads `parent_<indicator>`, which api.py supplies from the parent's submission when the batch holds
it (otherwise `missing`). Two values for the same indicator and year (the text and the 专栏 table),
or two maintained floors with different values, are kept and checked, and a notice says so; a floor
beside a target-year level (保持90%以上 every year, 99 in 2025) is not a restatement.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from checker.i18n import t
from checker.intake import schema
from checker.intake.indicators import dictionary
from checker.intake.safeyaml import DocumentError, decode, format_path, load_yaml, read_bytes
from checker.model import InputError
from checker.rules.criteria import Pack, PackError, problem
from checker.rules.files import document_problem
from checker.rules.parse import parse_pack, schema_problem
from checker.rules.planform import read_form

TYPES = {"约束性": "约束性", "binding": "约束性", "预期性": "预期性", "expected": "预期性", "unstated": "未标明"}
SEVERITY = {"约束性": "blocking", "预期性": "warning", "未标明": "warning"}
TYPE_EN = {"约束性": "binding", "预期性": "expected", "未标明": "type not stated"}
# wording → (direction, maintain, full coverage); the first group found in the wording wins
WORDING = ((("控制在", "以内", "不超过", "以下", "不高于"), "<=", False),
           (("保持", "稳定在"), ">=", True),
           (("全覆盖",), ">=", False),
           (("达到", "以上", "不低于", "达"), ">=", False))


def load_plans(paths: list[str | Path]) -> tuple[list[Pack], list[InputError]]:
    """Plan files (or directories of them) -> packs and the notices their rows raise. Every
    problem of every file is collected and raised together as a PackError."""
    packs, notices, problems = [], [], []
    files = [f for p in map(Path, paths) for f in (sorted([*p.glob("*.yaml"), *p.glob("*.xlsx")]) if p.is_dir() else [p])]
    for path in files:
        try:
            pack, found = load_plan(path)
            packs.append(pack)
            notices += found
        except PackError as exc:
            problems += exc.texts
    seen: dict[str, str] = {}
    for pack in packs:
        for c in pack.criteria:
            if c.id in seen:
                problems.append(problem(pack.source, "targets", "plan.id_reused", id=c.id, other=seen[c.id]))
            seen[c.id] = pack.source
    if problems:
        raise PackError(problems)
    return packs, notices


def load_plan(path: Path) -> tuple[Pack, list[InputError]]:
    name = path.as_posix()
    if not path.is_file():
        raise PackError([problem(name, "", "plan.no_such_file")])
    try:
        data = read_form(path) if path.suffix.lower() == ".xlsx" else load_yaml(decode(read_bytes(path))).data
    except DocumentError as exc:
        raise PackError([document_problem(name, exc)]) from None
    if path.suffix.lower() != ".xlsx":
        return compile_plan(data, name)
    try:  # a filled form: name the sheet and row, not the YAML path
        return compile_plan(data, name)
    except PackError as exc:
        raise PackError([_form_place(p) for p in exc.texts]) from None


def compile_plan(data: Any, name: str) -> tuple[Pack, list[InputError]]:
    errors = schema.errors("plan", data)
    if errors:
        raise PackError([schema_problem(name, format_path(tuple(e.absolute_path)), e) for e in errors])
    plan, rows = data["plan"], data["targets"]
    entity = plan["entity"]
    indicators = dictionary()
    problems, criteria, infos, notices = [], [], {}, []
    ids = set()
    for n, row in enumerate(rows):
        where = f"targets[{n}]"
        if row["id"] in ids:
            problems.append(problem(name, f"{where}.id", "plan.duplicate_target", id=repr(row["id"])))
        ids.add(row["id"])
        try:
            info = _info(plan, row)
        except RowError as exc:
            problems.append(problem(name, f"{where}.{exc.field}", exc.key, **exc.fields))
            continue
        if row["indicator"] not in indicators:
            problems.append(problem(name, f"{where}.indicator", "plan.unknown_indicator", indicator=row["indicator"]))
            continue
        first, last = plan["period"]["from"], plan["period"]["to"]
        if not first <= row["target"]["year"] <= last:
            problems.append(problem(name, f"{where}.target.year", "plan.year_outside", year=row["target"]["year"],
                                    first=first, last=last))
        if info["relative"] and not info["parent"]:
            problems.append(problem(name, f"{where}.target.relative", "plan.relative_needs_parent"))
        other = info["compare_to"]
        if other and other.removeprefix("prev(").removesuffix(")") not in indicators:
            problems.append(problem(name, f"{where}.target", "plan.unknown_indicator", indicator=other))
            continue
        for criterion, extra in _criteria(plan, row, info):
            criteria.append(criterion)
            infos[criterion["id"]] = {**info, **extra}
        if not info["comparable"] and info["trajectory"] not in ("none", "maintain"):
            notices.append(_not_comparable(name, n, info))
    if problems:
        raise PackError(problems)
    pack_data = {"pack": {"id": f"plan-{plan['id']}", "version": plan["document"].get("date", "1"),
                          "title": {"zh": f"{entity['name']}规划目标:{plan['document']['title']}",
                                    "en": f"{entity['name']} plan targets: {plan['document']['title']}"}},
                 "criteria": criteria}
    pack = parse_pack(pack_data, name)
    pack = replace(pack, entity=entity["code"],
                   criteria=tuple(replace(c, plan=infos[c.id]) for c in pack.criteria))
    return pack, notices + restated(rows, name)


class RowError(ValueError):
    """A target row that cannot be read as a target: its field and what is wrong (a catalogue key)."""

    def __init__(self, field: str, key: str, **fields: Any):
        super().__init__(f"{field}: {key}")
        self.field, self.key, self.fields = field, key, fields


def _form_place(problem_text):
    """A problem of a filled plan form: the sheet and row (目标!第3行) in place of targets[0]."""
    fields = dict(problem_text.fields)
    place = fields.get("place")
    match = re.match(r"targets\[(\d+)\](.*)", place) if isinstance(place, str) else None
    if not match:
        return problem_text
    fields["place"] = t("plan.form_row", row=int(match[1]) + 3, rest=match[2])
    return t(problem_text.key, **fields)


def _info(plan: dict, row: dict) -> dict:
    """What a finding shows about its row: document, baseline, target, type, direction, quote."""
    op, maintain, full = direction(row)
    target = row["target"]
    value = target.get("value", 100 if full else None)
    compare = target.get("indicator") or (f"parent_{row['indicator']}" if target.get("relative") else None)
    if target.get("previous_year"):
        compare = f"prev({row['indicator']})"
    if value is None and compare is None:
        raise RowError("target", "plan.target_needs_value")
    if compare and (row.get("baseline") or row.get("trajectory") not in (None, "none")):
        raise RowError("trajectory", "plan.relative_trajectory")
    kind = row.get("trajectory") or "none"
    if kind != "none" and not row.get("baseline"):
        raise RowError("trajectory", "plan.trajectory_needs_baseline", kind=kind)
    baseline = row.get("baseline")
    start = target["year"]
    if maintain and baseline:
        start = min(start, baseline["year"])
    if "until" in row and not maintain:
        raise RowError("until", "plan.until_needs_floor")
    until = (row["until"] if "until" in row else plan["period"]["to"]) if maintain else None
    if until is not None and until < start:
        raise RowError("until", "plan.until_before_start", until=until, first=start)
    doc = plan["document"]
    return {"plan": plan["id"], "document": doc["title"], "number": doc.get("number", ""),
            "entity": plan["entity"]["code"], "level": plan["entity"]["level"], "parent": (plan["entity"].get("parent") or {}).get("code"),
            "parent_name": (plan["entity"].get("parent") or {}).get("name"),
            "row": row["id"], "label": row["label"], "indicator": row["indicator"], "stage": row.get("stage"),
            "unit": row["unit"], "scope": row.get("scope", ""), "baseline": baseline,
            "comparable": (baseline or {}).get("comparable", True), "start": start, "until": until,
            "plan_end": plan["period"]["to"],
            "target": {"year": target["year"], "value": value}, "type": TYPES[row.get("type", "unstated")],
            "direction": op, "maintain": maintain, "trajectory": "maintain" if maintain else kind,
            "compare_to": compare, "relative": target.get("relative"), "assigned_by": row.get("assigned_by"),
            "authoritative": row.get("authoritative", False), "locator": row["source"]["locator"],
            "quote": row["source"]["quote"], "note": row.get("note", "")}


def direction(row: dict) -> tuple[str, bool, bool]:
    """(≥ or ≤, a floor every year, full coverage) from the row's wording (or its quote)."""
    wording = row.get("wording") or row["source"]["quote"]
    found = next(((op, keep, words == ("全覆盖",)) for words, op, keep in WORDING if any(w in wording for w in words)),
                 None)
    if row.get("maintain") is not None or row.get("direction"):
        op = row.get("direction") or (found[0] if found else None)
        if op is None:
            raise RowError("direction", "plan.no_direction")
        return op, bool(row.get("maintain", found[1] if found else False)), bool(found and found[2])
    if found is None:
        raise RowError("direction", "plan.no_direction")
    return found


def trajectory(baseline: dict, target: dict, kind: str) -> dict[int, float]:
    """The value each year from the baseline year up to (not including) the target year asks for:
    `floor` the baseline itself, `linear` the straight line from baseline to target."""
    by, bv, ty, tv = baseline["year"], baseline["value"], target["year"], target["value"]
    if kind == "floor":
        return {y: bv for y in range(by, ty)}
    if kind == "linear":
        return {y: round(bv + (tv - bv) * (y - by) / (ty - by), 4) for y in range(by, ty)}
    return {}


def _criteria(plan: dict, row: dict, info: dict) -> list[tuple[dict, dict]]:
    """The pack entries of one row: the target itself, and its trajectory between baseline and target."""
    code, level = plan["entity"]["code"], plan["entity"]["level"]
    severity = SEVERITY[info["type"]]
    target = info["target"]
    year, until = info["start"], info["until"]
    rhs = info["compare_to"] or "plan_value"
    base = {"levels": [level], "rule": f"{row['indicator']} {info['direction']} {rhs}",
            "basis": _basis(info)}
    if row.get("stage"):
        base["stages"] = [row["stage"]]
    title = row["label"]
    main = {"id": f"PLAN-{code}-{row['id']}", **base, "severity": severity,
            "title": {"zh": f"规划目标 {row['id']}:{title}", "en": f"plan target {row['id']}: {title}"},
            "valid": _span(year, until) if info["maintain"] else {"from": year, "to": year}}
    if rhs == "plan_value":
        span = _span(year, until) if info["maintain"] else {"from": year, "to": year}
        main["params"] = {"plan_value": _param(info, [{"value": target["value"], **span}])}
    main["examples"] = _examples(row, info, year, target["value"], rhs)
    out = [(main, {"part": "maintain" if info["maintain"] else "target"})]
    path = trajectory(info["baseline"], target, info["trajectory"]) \
        if info["baseline"] and info["comparable"] and not info["maintain"] else {}
    if path:
        first, last = min(path), max(path)
        path_c = {"id": f"PLAN-{code}-{row['id']}-PATH", **base, "severity": "warning",
                  "title": {"zh": f"规划轨迹 {row['id']}:{title}", "en": f"plan trajectory {row['id']}: {title}"},
                  "valid": {"from": first, "to": last},
                  "params": {"plan_value": _param(info, [{"value": v, "from": y, "to": y} for y, v in path.items()])},
                  "examples": _examples(row, info, last, path[last], "plan_value", after=False)}
        out.append((path_c, {"part": "trajectory", "precision": "written"}))  # checker/evaluate/cases.py
    return out


def _span(first: int, last: int | None) -> dict:
    """The years a maintained floor is in force: from its first year to `last` (None: no end)."""
    return {"from": first} if last is None else {"from": first, "to": last}


def _not_comparable(name: str, n: int, info: dict) -> InputError:
    """A row whose baseline measures another quantity than its indicator: its path is not compiled."""
    baseline, source = info["baseline"], info["baseline"].get("source") or {}
    spec = dictionary()[info["indicator"]]
    quoted = f"{source['locator']}「{source['quote']}」" if source else "—"
    return InputError(name, f"targets[{n}].baseline", t(
        "plan.baseline_not_comparable", row=info["row"], indicator=spec.zh,
        value=_num(baseline["value"]), year=baseline["year"], source=quoted, target_year=info["target"]["year"]))


def _param(info: dict, variants: list[dict]) -> dict:
    return {"title": {"zh": "规划要求值", "en": "value the plan asks for"}, "unit": info["unit"],
            "values": [{**v, "basis": f"{info['number'] or info['document']} {info['locator']}"} for v in variants]}


def _basis(info: dict) -> list[dict]:
    quote = " ".join(info["quote"].replace("|", " ").split())
    basis = [{"document": info["document"], "number": info["number"], "article": f"{info['locator']}:「{quote}」",
              "status": "confirmed", "note": f"{info['type']} ({TYPE_EN[info['type']]}); the entity's own plan"}]
    if info["assigned_by"]:
        basis.append({"document": f"{info['assigned_by']}下达的任务({info['assigned_by']}定任务)", "status": "unconfirmed",
                      "note": "assigned by the higher level; its own document is not at hand, only this report of it"})
    return basis


def _examples(row: dict, info: dict, year: int, value: float | None, rhs: str, after: bool = True) -> list[dict]:
    """Pass at the boundary, fail one step beyond it, and not_applicable outside the years."""
    ind = row["indicator"]
    count = dictionary()[ind].family == "count"
    step = 1 if count else 0.01
    beyond = -step if info["direction"] == ">=" else step
    common = {"period": year, "level": info["level"]}
    if row.get("stage"):
        common["stage"] = row["stage"]
    if rhs == "plan_value":
        edge = {ind: _num(value)}
        # one step short at the value's own decimals (at least 2), written as text so the decimals stay:
        # a path compares at the precision written, and 98.9 would stand for 98.85–98.95
        places = 0 if count else max(2, len(repr(float(_num(value))).split(".")[1]))
        miss = {ind: _num(value + beyond) if count else f"{value + beyond * 10 ** (2 - places):.{places}f}"}
    else:
        other = rhs
        edge = {ind: 90, other: 90}
        miss = {ind: _num(90 + beyond), other: 90}
    examples = [{"name": "exactly the value asked (boundary)", "expect": "pass", "values": edge, **common},
                {"name": "one step short", "expect": "fail", "values": miss, **common}]
    if rhs != "plan_value" and rhs.startswith("parent_"):
        examples.append({"name": "the parent's figure not in the batch", "expect": "missing",
                         "values": {ind: 90}, **common})
    if after and not info["maintain"]:
        examples.append({"name": "the year after the plan's target year", "expect": "not_applicable",
                         "values": edge, **{**common, "period": year + 1}})
    if info["maintain"]:
        examples.append({"name": "before the floor applies", "expect": "not_applicable",
                         "values": edge, **{**common, "period": year - 1}})
        if info["until"] is not None:
            examples.append({"name": "the year after the floor ends (the plan's end, or until:)",
                             "expect": "not_applicable", "values": edge, **{**common, "period": info["until"] + 1}})
    return examples


def _num(value: float) -> float | int:
    value = round(float(value), 6)
    return int(value) if value.is_integer() else value


def restated(rows: list[dict], name: str) -> list[InputError]:
    """A target stated more than once with different values (the text and the 专栏 table): both are
    kept and checked; this notice says so, naming both places. Stated more than once means two
    values for the same indicator (and stage) in the same target year, or two maintained floors; a
    floor beside a level to reach in a target year (保持90%以上 every year, 99 in 2025) is not."""
    notices = []
    by_key: dict[tuple, list[tuple[int, dict]]] = {}
    for n, row in enumerate(rows):
        if row["target"].get("value") is not None:  # a relative target states no value of its own
            when = "floor" if direction(row)[1] else row["target"]["year"]
            by_key.setdefault((row["indicator"], row.get("stage"), when), []).append((n, row))
    for (indicator, _, _), group in by_key.items():
        if len(group) < 2 or len({r["target"]["value"] for _, r in group}) < 2:
            continue
        places = [f"{r['id']} {r['source']['locator']} {r['target'].get('value')}"
                  f"{'(' + str(r['target']['year']) + ')'}" for _, r in group]
        main = [r["id"] for _, r in group if r.get("authoritative")]
        notices.append(InputError(name, f"targets[{group[0][0]}]",
                                  t("plan.restated", indicator=dictionary()[indicator].zh,
                                    places="; ".join(places), authoritative=", ".join(main) or "—")))
    return notices
