"""The criteria catalogue: every shipped criterion in Markdown, generated from the packs' YAML.

`checker criteria catalogue --output docs/criteria.md`; a test keeps docs/criteria.md current.
"""

from __future__ import annotations

from typing import Iterator

from checker.rules.checks import HISTORY_CHECKS
from checker.rules.criteria import Pack
from checker.model import STAGE_ZH

_OPS_ZH = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "=", "!=": "≠"}


def render(packs: list[Pack]) -> Iterator[str]:
    yield "# Criteria catalogue 准则目录\n\n"
    yield ("Generated from the packs' YAML by `checker criteria catalogue`; do not edit by hand. "
           "Basis status: confirmed / secondary / unconfirmed, as in `../shared/notes/criteria-sources.md` and the "
           "audit `../shared/notes/criteria-fidelity.md`; *checked* is the date the sources were last checked "
           "against the criterion (the oldest of its basis entries; — when an entry has none); *ex.* counts the "
           "examples `checker criteria test` runs.\n\n")
    for pack in packs:
        yield f"## {pack.id} {pack.version} — {pack.title_zh} / {pack.title_en}\n\n"
        if pack.extends:
            yield from _province(pack, next(p for p in packs if p.id == pack.extends))
            continue
        yield ("| id | 名称 / title | severity | levels | years | stages | basis | checked | ex. |\n"
               "|---|---|---|---|---|---|---|---|---|\n")
        for c in pack.criteria:
            years = f"{c.valid_from or '…'}–{c.valid_to or '…'}" if (c.valid_from or c.valid_to) else "all"
            stages = ", ".join(f"{s} {STAGE_ZH[s]}" for s in c.stages if s) or "—"
            yield (f"| [{c.id}](#{c.id.lower()}) | {c.title_zh} / {c.title_en} | {c.severity.value} | "
                   f"{', '.join(c.levels)} | {years} | {stages} | {basis_status(c)} | {last_checked(c)} | "
                   f"{len(c.examples)} |\n")
        yield "\n"
        for c in pack.criteria:
            yield from _criterion(c)
    yield from plan_section()


def plan_section() -> Iterator[str]:
    """How a government's own plan becomes a pack (checker/rules/plan.py), from the tables it uses."""
    from checker.rules.plan import SEVERITY, TYPES, WORDING

    yield "## Plan packs 规划目标 (`checker check … --plan plans/…`)\n\n"
    yield ("A plan file (`plans/*.yaml`, schema `checker/schemas/plan.schema.json`, or the Excel form of "
           "`checker template --plan`) names one entity, its plan document (title, 文号, date, period) and one row "
           "per target: indicator, label as written, unit, scope, baseline {year, value}, target {year, value}, "
           "type, direction, trajectory and the source quote. Each plan compiles into a pack `plan-<id>` that applies "
           "to that entity only, beside the national and province packs (both findings appear; a plan never lowers "
           "a national floor). Each row becomes `PLAN-<code>-<row>`: `indicator >= plan_value` (or `<=`), whose "
           "parameter has one variant per year; findings show baseline, target, the value asked that year, the type "
           "and the quote.\n\n")
    yield "| type 属性 | severity |\n|---|---|\n"
    for written, canonical in TYPES.items():
        yield f"| {written} | {SEVERITY[canonical]} |\n"
    yield "\n| wording 措辞 | direction |\n|---|---|\n"
    for words, op, keep in WORDING:
        keeps = " every year from its first year to the plan's last, or `until:` (保持)" if keep else ""
        yield f"| {' / '.join(words)} | {op}{keeps} |\n"
    yield "| 全覆盖 | ≥ 100 % |\n\n"
    yield ("Trajectory between the baseline year and the target year: a second criterion `PLAN-<code>-<row>-PATH`, "
           "always a warning, from the baseline year (the baseline figures themselves are checked against the "
           "baseline the plan states) to the year before the target: `floor` asks for the baseline every year, "
           "`linear` for baseline + (target − baseline) × (year − baseline year) / (target year − baseline year) "
           "(65 → 80 over 2020–2025: 65, 68, 71, 74, 77, then 80), `none` checks the target year only. A path "
           "value is compared at the precision the figure is written to (98.9 stands for 98.85–98.95 and meets "
           "98.946; counts are exact); a baseline marked `comparable: false` (another measure than the indicator) "
           "has no path, and a notice says why. Years after the target year are not_applicable; a maintained "
           "(保持/稳定在) floor holds to the plan's last year (or its `until:`), then says the plan ended. Count targets (新建幼儿园6所) "
           "are ordinary rows in 所; a target assigned by a higher level (省定任务) names it in `assigned_by` and "
           "cites it as an unconfirmed basis. A relative target (达全市平均水平) compares with `parent_<indicator>`, "
           "the parent entity's figure from the same batch, and is missing when the batch does not hold it. "
           "A target stated twice with different values for the same year (the text and the 专栏 table), or two "
           "floors, is kept twice and reported as a notice (a floor beside a target-year level is not), and so is a plan target below a national or province floor on the same figure "
           "(both are checked).\n"
           "Seed plans: `plans/xinghualing-14th.yaml` (seed 001), `plans/changzhi-2022.yaml` (seed 003), "
           "`plans/shidian-2021.yaml` (seed 004); results checked against them in `plans/results/`.\n")


_STATUSES = ("confirmed", "secondary", "unconfirmed")


def basis_status(c) -> str:
    """The statuses of a criterion's basis entries, strongest first (confirmed + unconfirmed)."""
    found = {b.status for b in c.basis}
    return " + ".join(s for s in _STATUSES if s in found) or "—"


def last_checked(c) -> str:
    """When the criterion's sources were last checked: the oldest date of its entries, — if one has none."""
    dates = [b.checked for b in c.basis]
    return min(dates) if dates and all(dates) else "—"


def _province(pack: Pack, base: Pack) -> Iterator[str]:
    """A province pack: which entities it applies to and only what it overrides."""
    yield (f"Extends `{base.id}` for entities whose code starts with {', '.join(pack.provinces)}; "
           f"every other criterion is the base's.\n\n")
    old = {c.id: c for c in base.criteria}
    for c in pack.criteria:
        for p in c.params:
            if p not in old[c.id].params:
                variants = "; ".join(f"{v.value:g} ({v.describe()}{' — ' + v.basis if v.basis else ''})"
                                     for v in p.variants)
                yield f"- {c.id} `{p.name}`: {variants}\n"
    for c in pack.criteria:
        if c.id in pack.overrides:
            yield f"- {c.id}: {len(c.examples)} examples of its own (run by `checker criteria test`)\n"
    yield "\n"


def _criterion(c) -> Iterator[str]:
    yield f"### {c.id}\n\n**{c.title_zh}** — {c.title_en}\n\n"
    if c.check:
        module = "history" if c.check in HISTORY_CHECKS else "consistency"
        yield f"- Check: `{c.check}` (checker/evaluate/{module}.py), decided by `{c.rule_text}`, warn if `{c.warn_text}`\n"
    else:
        if c.precondition_text:
            yield f"- Applies when: `{c.precondition_text}` (otherwise not applicable; unknown is missing)\n"
        yield f"- Rule: `{c.rule_text}`\n"
        if c.warn_text:
            yield f"- Warn band: `{c.warn_text}`\n"
    yield f"- Severity: {c.severity.value}; levels: {', '.join(c.levels)}\n"
    for p in c.params:
        yield f"- Parameter `{p.name}`{f' ({p.title_zh} / {p.title_en})' if p.title_zh else ''}" \
              f"{f', unit {p.unit}' if p.unit else ''}:\n"
        for v in p.variants:
            source = f" — {v.basis}" if v.basis else ""
            note = f" ({v.note})" if v.note else ""
            yield f"  - {v.value:g}: {v.describe()}{source}{note}\n"
    yield "- Basis:\n"
    for b in c.basis:
        parts = " ".join(x for x in (b.document, b.number, b.article) if x)
        checked = f", checked {b.checked}" if b.checked else ""
        yield f"  - {parts} [{b.status}{checked}]{f' — {b.note}' if b.note else ''}\n"
    yield "- Examples (run by `checker criteria test`):\n"
    for e in c.examples:
        values = ", ".join(f"{k} = {v}" for k, v in e.values) or ", ".join(
            f"{f['indicator']}{'/' + f['stage'] if f.get('stage') else ''} {f['period']} = {f.get('value')}"
            + (f" {f['unit']}" if f.get("unit") else "") + (f" stated {f['stated']}" if f.get("stated") else "")
            + (f" (round {f['round']})" if f.get("round") else "") + (f" (peer {f['peer']})" if f.get("peer") else "")
            for f in e.facts) or "no figures"
        stage = f", {e.stage}" if e.stage else ""
        yield f"  - {e.expect}: {e.name} ({e.period}{stage}, {e.region or 'no region'}): {values}\n"
    yield "\n"
