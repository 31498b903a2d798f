"""Plain-language labels and messages, in Chinese and English, with the county's own numbers.

Only presentation lives here: the numbers are printed as the county wrote them (its decimals),
and the relation shown is the one that holds between them. Verdicts come from the engine.
"""

from __future__ import annotations

from functools import lru_cache

from checker.rules import expr
from checker.intake.indicators import dictionary
from checker.model import STAGE_ZH, Fact, Status
from checker.intake.units import decimals_written

_SYMBOL = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "=", "!=": "≠"}
_ARITH = {"+": "+", "-": "−", "*": "×"}


def number(value: float | int, decimals: int | None = None) -> str:
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(4, len(repr(float(value)).split(".")[1]))
    return f"{value:,.{decimals}f}".replace("-", "−")


def fact_value(fact: Fact) -> str:
    if fact.value is None:
        return "—"
    if isinstance(fact.value, str):
        return fact.value
    decimals = decimals_written(fact.value_as_written)
    written_unit = fact.unit_as_written
    if decimals is not None and written_unit not in (None, fact.unit) and not float(fact.value).is_integer():
        decimals = None  # rescaled from 万元/亿元/‰: the written decimals no longer apply
    elif decimals is not None and written_unit not in (None, fact.unit):
        decimals = 0
    return number(fact.value, decimals)


def fact_label(fact: Fact) -> str:
    return f"{fact_value(fact)} {fact.unit or ''}".strip()


def ref_label(ref: expr.Ref, stage: str | None, period: int) -> tuple[str, str]:
    spec = dictionary()[ref.indicator]
    stage_zh = STAGE_ZH.get(stage, "")
    zh = f"{stage_zh}{spec.zh}({period}年)" if stage_zh else f"{spec.zh}({period}年)"
    en = f"{spec.en}{f' ({stage})' if stage else ''}, {period}"
    return zh, en


def _term(node, operands: dict, thresholds: dict, lang: str, show_name: bool) -> tuple[str, float | None]:
    if isinstance(node, expr.Ref):
        op = operands.get(node)
        if op is None or not op.facts:
            return ("?", None)
        fact = op.facts[0]
        spec = dictionary()[node.indicator]
        name = (spec.zh if lang == "zh" else spec.en) + " " if show_name else ""
        return f"{name}{op.period} {fact_label(fact)}", float(fact.value)
    if isinstance(node, expr.Num):
        return number(node.value), float(node.value)
    if isinstance(node, expr.Param):
        t = thresholds.get(node.name)
        if t is None:
            return node.name, None
        word = "标准" if lang == "zh" else "standard"
        unit = f" {t.unit}" if t.unit else ""
        return f"{word} {number(t.value)}{unit}", float(t.value)
    if isinstance(node, expr.Arith):
        left, lv = _term(node.left, operands, thresholds, lang, show_name)
        right, rv = _term(node.right, operands, thresholds, lang, show_name)
        value = None
        if lv is not None and rv is not None:
            value = lv + rv if node.op == "+" else lv - rv if node.op == "-" else lv * rv
        return f"{left} {_ARITH[node.op]} {right}", value
    return str(node), None


@lru_cache(maxsize=4096)
def _refs(node) -> tuple[expr.Ref, ...]:
    return tuple(expr.refs(node))


def percent_change(cur: float, prev: float) -> str:
    """+0.08%, −0.64%; a change too small for two decimals keeps two significant digits."""
    change = (cur - prev) / abs(prev) * 100
    text = f"{change:+.2f}%"
    if change and float(text[:-1]) == 0:
        text = f"{change:+.2g}%"
    return text.replace("-", "−")


def _holds(op: str, left: float, right: float) -> bool:
    return {">=": left >= right, ">": left > right, "<=": left <= right, "<": left < right,
            "==": left == right, "!=": left != right}[op]


def describe_rule(criterion, stage: str | None, operands: list, thresholds, status: Status) -> tuple[str, str]:
    """One clause per comparison of the rule (of the precondition, when it does not hold), with
    the figures on both sides and the relation that holds between them."""
    by_ref = {op.ref: op for op in operands}
    by_param = {t.name: t for t in thresholds}
    comparisons = criterion.rule_comparisons if status is not Status.NOT_APPLICABLE else \
        tuple(expr.comparisons(criterion.precondition))
    out = {}
    for lang in ("zh", "en"):
        parts = []
        for cmp in comparisons:
            same = [r.indicator for r in _refs(cmp)]
            show_name = not (len(same) == 2 and same[0] == same[1])  # "2021 x < 2020 y" reads alone
            left, lv = _term(cmp.left, by_ref, by_param, lang, show_name)
            right, rv = _term(cmp.right, by_ref, by_param, lang, show_name)
            if lv is None or rv is None:
                continue
            symbol = _SYMBOL[cmp.op] if _holds(cmp.op, lv, rv) else _SYMBOL[expr.NEGATE[cmp.op]]
            text = f"{left} {symbol} {right}"
            if isinstance(cmp.left, expr.Ref) and isinstance(cmp.right, expr.Ref) and \
                    cmp.left.indicator == cmp.right.indicator and cmp.left.prev != cmp.right.prev:
                cur, prev = (lv, rv) if cmp.right.prev else (rv, lv)
                if prev:
                    text += ", " + percent_change(cur, prev)
            parts.append(text)
        out[lang] = ("; " if lang == "en" else ";").join(parts)
    verdict_zh = {Status.FAIL: "不达标: ", Status.WARN: "预警: ", Status.NOT_APPLICABLE: "前提条件不成立: "}.get(status, "")
    verdict_en = {Status.FAIL: "fails: ", Status.WARN: "warning: ",
                  Status.NOT_APPLICABLE: "precondition does not hold: "}.get(status, "")
    prefix_zh = f"{STAGE_ZH[stage]} " if stage else ""
    prefix_en = f"{stage} " if stage else ""
    return f"{verdict_zh}{prefix_zh}{out['zh']}", f"{verdict_en}{prefix_en}{out['en']}"


def describe_check(detail, status: Status) -> tuple[str, str]:
    """A consistency detail in words: what was stated, what the county's own figures give, where."""
    if detail.school is not None:  # a school compared with a standard
        shown, std = number(detail.point), number(detail.standard)
        rel_zh = "达标" if status is Status.PASS else "未达标"
        return (f"{detail.what_zh} {shown} ({rel_zh},标准 {std}) [{detail.place}]",
                f"{detail.what_en} {shown} ({'meets' if status is Status.PASS else 'misses'} {std}) [{detail.place}]")
    if detail.kind == "restated":
        a, b = detail.facts
        places = " ≠ ".join(f"{fact_label(x)}" + (f" ({x.citation.locator})" if x.citation.locator else "")
                            + f" @ {x.location}" for x in (a, b))
        if status is Status.PASS:
            return f"{detail.what_zh}: 在书写精度内一致", f"{detail.what_en}: agree within the precision written"
        return f"{detail.what_zh}: {places}", f"{detail.what_en}: {places}"
    shown = number(detail.point, 2 if detail.kind in ("change", "share") else None)
    unit = "%" if detail.kind in ("change", "share") else ""
    if detail.kind == "within" and status is not Status.PASS:
        return (f"{detail.what_zh}: 各学段之和 {shown} 超过合计", f"{detail.what_en}: the stages add up to {shown}, "
                "more than the total")
    if status is Status.PASS:
        return f"{detail.what_zh}: 与数据一致(计算值 {shown}{unit})", f"{detail.what_en}: agrees ({shown}{unit})"
    if status is Status.WARN:
        return (f"{detail.what_zh}: 按所报数据为 {shown}{unit},陈述值系截断而非四舍五入",
                f"{detail.what_en}: the figures give {shown}{unit}; the stated figure is truncated, not rounded")
    return (f"{detail.what_zh}: 与数据不一致,按所报数据计算为 {shown}{unit}",
            f"{detail.what_en}: disagrees — the reported figures give {shown}{unit}")
