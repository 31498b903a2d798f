"""What a plan target's findings and notices say (checker/rules/plan.py compiles the targets):
the plan context every finding carries — baseline, target, the value asked that year, type and
quote — and the notice when a plan target is lower than a national or province floor."""

from __future__ import annotations

from typing import Any

from checker.i18n import t, text
from checker.intake.indicators import dictionary
from checker.model import InputError
from checker.rules.criteria import Pack, packs_for
from checker.rules.plan import TYPE_EN, _num


def below_floors(plans: list[Pack], packs: list[Pack]) -> list[InputError]:
    """A plan target lower than a national or province floor on the same figure in the same year:
    both are checked and both findings appear (the plan never lowers the floor); this says so."""
    from checker.rules import expr

    notices = []
    for pack in plans:  # the floors in force for this entity: its province's pack in place of the base
        floors = [(c, c.rule.left.indicator, c.param(c.rule.right.name)) for p in packs_for(packs, pack.entity)
                  if p.entity is None for c in p.criteria if isinstance(c.rule, expr.Cmp) and c.rule.op in (">=", ">")
                  and isinstance(c.rule.left, expr.Ref) and not c.rule.left.prev
                  and isinstance(c.rule.right, expr.Param)]
        for c in pack.criteria:
            info = c.plan or {}
            if info.get("direction") != ">=" or not c.params or info.get("part") not in ("target", "maintain"):
                continue
            for national, indicator, param in floors:
                if indicator != info["indicator"] or info.get("stage") not in national.stages:
                    continue
                for variant in c.params[0].variants:
                    year = variant.start
                    if (national.valid_from or year) > year or (national.valid_to or year) < year:
                        continue
                    chosen = param.select(year, None, info.get("stage"))
                    if chosen and chosen[1].value > variant.value:
                        notices.append(InputError(pack.source, f"targets[{info['row']}]", t(
                            "plan.below_floor", row=info["row"], year=year, value=_num(variant.value),
                            criterion=national.id, floor=_num(chosen[1].value))))
                        break
    return notices


def describe(info: dict, asks: float | None, period: int | None = None,
             written: tuple[str, float, float, bool] | None = None) -> tuple[str, str]:
    """The plan context a finding carries: baseline, target, what this year asks, type, quote; for a
    path compared at the precision written, the figure and the interval it stands for (`written`:
    as written, low, high, whether it reaches the path); and, in a year after the plan (or a floor's `until:`), that it has ended."""
    baseline, target = info["baseline"], info["target"]
    unit = info["unit"]
    maintain = info["trajectory"] == "maintain"
    end = info.get("until") if maintain else info.get("plan_end")
    out = []
    for lang in ("zh", "en"):
        def at(point: dict | None, value: Any = None) -> str:
            if point is None:
                return "—"
            shown = f"{_num(point['value'])}{unit}" if point.get("value") is not None else str(value)
            return f"{point['year']}年 {shown}" if lang == "zh" else f"{shown} in {point['year']}"
        shown_baseline = at(baseline)
        if baseline and not info.get("comparable", True):
            shown_baseline += text("plan.baseline_other", lang)
        if maintain and info.get("until") is not None:
            path = text("plan.path.maintain_until", lang, first=info["start"], until=info["until"])
        else:
            path = text(f"plan.path.{info['trajectory']}", lang)
        if written is not None:
            path += (";" if lang == "zh" else "; ") + text(
                "plan.path.written", lang, written=written[0], low=f"{_num(written[1])}{unit}",
                high=f"{_num(written[2])}{unit}", verdict=text(f"plan.written.{'reaches' if written[3] else 'misses'}", lang))
        said = text("plan.context", lang, row=info["row"], number=info["number"] or info["document"],
                    locator=info["locator"], quote=" ".join(info["quote"].replace("|", " ").split()),
                    type=info["type"] if lang == "zh" else TYPE_EN[info["type"]],
                    baseline=shown_baseline, target=at(target, _shown_compare(info, lang)),
                    asks=f"{_num(asks)}{unit}" if asks is not None else _shown_compare(info, lang) or "—",
                    path=path)
        if period is not None and end is not None and period > end:
            said = text("plan.ended", lang, end=end) + ("" if lang == "zh" else " ") + said
        out.append(said)
    return out[0], out[1]


def _shown_compare(info: dict, lang: str) -> str:
    """What a relative target compares with, in words."""
    other = info["compare_to"] or ""
    if other.startswith("parent_") and info["parent_name"]:
        spec = dictionary()[other]
        return f"{info['parent_name']}({info['parent']}){spec.zh}" if lang == "zh" else \
            f"{spec.en} ({info['parent_name']}, {info['parent']})"
    if other.startswith("prev("):
        return "上年数值" if lang == "zh" else "last year's figure"
    spec = dictionary().get(other)
    if spec is None:
        return other
    return spec.zh if lang == "zh" else spec.en
