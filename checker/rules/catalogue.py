"""The criteria catalogue: every shipped criterion in Markdown, generated from the packs' YAML.

`checker criteria catalogue --output docs/criteria.md`; a test keeps docs/criteria.md current.
"""

from __future__ import annotations

from typing import Iterator

from checker.rules.criteria import Pack
from checker.model import STAGE_ZH

_OPS_ZH = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "=", "!=": "≠"}


def render(packs: list[Pack]) -> Iterator[str]:
    yield "# Criteria catalogue 准则目录\n\n"
    yield ("Generated from the packs' YAML by `checker criteria catalogue`; do not edit by hand. "
           "Basis status: confirmed / secondary / unconfirmed, as in `../shared/notes/criteria-sources.md`.\n\n")
    for pack in packs:
        yield f"## {pack.id} {pack.version} — {pack.title_zh} / {pack.title_en}\n\n"
        if pack.extends:
            yield from _province(pack, next(p for p in packs if p.id == pack.extends))
            continue
        yield "| id | 名称 / title | severity | levels | years | stages |\n|---|---|---|---|---|---|\n"
        for c in pack.criteria:
            years = f"{c.valid_from or '…'}–{c.valid_to or '…'}" if (c.valid_from or c.valid_to) else "all"
            stages = ", ".join(f"{s} {STAGE_ZH[s]}" for s in c.stages if s) or "—"
            yield (f"| [{c.id}](#{c.id.lower()}) | {c.title_zh} / {c.title_en} | {c.severity.value} | "
                   f"{', '.join(c.levels)} | {years} | {stages} |\n")
        yield "\n"
        for c in pack.criteria:
            yield from _criterion(c)


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
    yield "\n"


def _criterion(c) -> Iterator[str]:
    yield f"### {c.id}\n\n**{c.title_zh}** — {c.title_en}\n\n"
    if c.check:
        yield f"- Check: `{c.check}` (checker/evaluate/consistency.py), decided by `{c.rule_text}`, warn if `{c.warn_text}`\n"
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
        yield f"  - {parts} [{b.status}]{f' — {b.note}' if b.note else ''}\n"
    yield "- Examples (run by `checker criteria test`):\n"
    for e in c.examples:
        values = ", ".join(f"{k} = {v}" for k, v in e.values) or ", ".join(
            f"{f['indicator']}{'/' + f['stage'] if f.get('stage') else ''} {f['period']} = {f.get('value')}"
            + (f" stated {f['stated']}" if f.get("stated") else "") for f in e.facts) or "no figures"
        stage = f", {e.stage}" if e.stage else ""
        yield f"  - {e.expect}: {e.name} ({e.period}{stage}, {e.region or 'no region'}): {values}\n"
    yield "\n"
