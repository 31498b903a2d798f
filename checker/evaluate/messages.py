"""Plain-language labels and messages, in Chinese and English, with the county's own numbers.

Only presentation lives here: the numbers are printed as the county wrote them (its decimals),
and the relation shown is the one that holds between them. Verdicts come from the engine.
"""

from __future__ import annotations

import operator
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
    return _value_text(fact.value, fact.value_as_written, fact.unit, fact.unit_as_written)


@lru_cache(maxsize=8192)
def _value_text(value: float | int, as_written: str | None, unit: str | None, written_unit: str | None) -> str:
    """A figure with the decimals the county wrote (cached: one figure is shown by many findings)."""
    decimals = decimals_written(as_written)
    if decimals is not None and written_unit not in (None, unit) and not float(value).is_integer():
        decimals = None  # rescaled from 万元/亿元/‰: the written decimals no longer apply
    elif decimals is not None and written_unit not in (None, unit):
        decimals = 0
    return number(value, decimals)


def fact_label(fact: Fact) -> str:
    """The figure as the county wrote it: `124.40 亿元` (not 12,440,000,000 元), `10,007.75 元`."""
    if fact.value is not None and fact.value_as_written and fact.unit_as_written not in (None, fact.unit):
        return f"{fact.value_as_written} {fact.unit_as_written}"
    return f"{fact_value(fact)} {fact.unit or ''}".strip()


LEVEL_ZH = {"province": "省", "prefecture": "市(州)", "county": "县(区)"}


def place(location, lang: str = "zh") -> str:
    """Where a figure stands in its file: `表格.xlsx 数据!G5`, `batch.csv 第3行`, `a.yaml facts[0]`."""
    if lang == "zh" and location.sheet is None and location.row is not None:
        return f"{location.file} 第{location.row}行" + (f"({location.path})" if location.path else "")
    return str(location)


def ref_label(ref: expr.Ref, stage: str | None, period: int) -> tuple[str, str]:
    spec = dictionary()[ref.indicator]
    stage_zh = STAGE_ZH.get(stage, "")
    zh = f"{stage_zh}{spec.zh}({period}年)" if stage_zh else f"{spec.zh}({period}年)"
    en = f"{spec.en}{f' ({stage})' if stage else ''}, {period}"
    return zh, en


def _term(node, operands: dict, thresholds: dict, show_name: bool) -> tuple[str, str, float | None]:
    """A side of a comparison in Chinese and in English, and its value (None: not shown)."""
    if isinstance(node, expr.Ref):
        op = operands.get(node)
        if op is None or not op.facts:
            return "?", "?", None
        fact = op.facts[0]
        shown = f"{op.period} {fact_label(fact)}"
        parts = getattr(op, "parts", ())  # a total taken from the stage figures: show them
        shown_zh = shown + (" (" + " + ".join(f"{STAGE_ZH[f.stage]} {fact_value(f)}" for f in parts) + ")" if parts else "")
        shown_en = shown + (" (" + " + ".join(f"{f.stage} {fact_value(f)}" for f in parts) + ")" if parts else "")
        if show_name:
            spec = dictionary()[node.indicator]
            return f"{spec.zh} {shown_zh}", f"{spec.en} {shown_en}", float(fact.value)
        return shown_zh, shown_en, float(fact.value)
    if isinstance(node, expr.Num):
        shown = number(node.value)
        return shown, shown, float(node.value)
    if isinstance(node, expr.Param):
        t = thresholds.get(node.name)
        if t is None:
            return node.name, node.name, None
        shown = f"{number(t.value)}{f' {t.unit}' if t.unit else ''}"
        return f"标准 {shown}", f"standard {shown}", float(t.value)
    if isinstance(node, expr.Arith):
        lzh, len_, lv = _term(node.left, operands, thresholds, show_name)
        rzh, ren, rv = _term(node.right, operands, thresholds, show_name)
        value = None
        if lv is not None and rv is not None:
            value = lv + rv if node.op == "+" else lv - rv if node.op == "-" else lv * rv
        sym = _ARITH[node.op]
        return f"{lzh} {sym} {rzh}", f"{len_} {sym} {ren}", value
    return str(node), str(node), None


@lru_cache(maxsize=4096)
def _refs(node) -> tuple[expr.Ref, ...]:
    return tuple(expr.refs(node))


_SHAPES: dict[tuple, tuple] = {}


def _shape(criterion, status: Status) -> tuple:
    """The comparisons a message shows, with whether each names its indicators and whether it
    shows a year-on-year change: worked out once per criterion and verdict."""
    key = (id(criterion), status is Status.NOT_APPLICABLE)
    hit = _SHAPES.get(key)
    if hit is not None and hit[0] is criterion:
        return hit[1]
    comparisons = criterion.rule_comparisons if status is not Status.NOT_APPLICABLE else \
        tuple(expr.comparisons(criterion.precondition))
    shape = []
    for cmp in comparisons:
        same = [r.indicator for r in _refs(cmp)]
        show_name = not (len(same) == 2 and same[0] == same[1])  # "2021 x < 2020 y" reads alone
        change = isinstance(cmp.left, expr.Ref) and isinstance(cmp.right, expr.Ref) and \
            cmp.left.indicator == cmp.right.indicator and cmp.left.prev != cmp.right.prev
        shape.append((cmp, show_name, change))
    _SHAPES[key] = (criterion, tuple(shape))
    return _SHAPES[key][1]


def percent_change(cur: float, prev: float) -> str:
    """+0.08%, −0.64%; a change too small for two decimals keeps two significant digits."""
    change = (cur - prev) / abs(prev) * 100
    text = f"{change:+.2f}%"
    if change and float(text[:-1]) == 0:
        text = f"{change:+.2g}%"
    return text.replace("-", "−")


_OPS = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt, "==": operator.eq,
        "!=": operator.ne}


def _holds(op: str, left: float, right: float) -> bool:
    return _OPS[op](left, right)


_VERDICT_ZH = {Status.FAIL: "不达标: ", Status.WARN: "预警: ", Status.NOT_APPLICABLE: "前提条件不成立: "}
_VERDICT_EN = {Status.FAIL: "fails: ", Status.WARN: "warning: ", Status.NOT_APPLICABLE: "precondition does not hold: "}


def describe_rule(criterion, stage: str | None, operands: list, thresholds, status: Status) -> tuple[str, str]:
    """One clause per comparison of the rule (of the precondition, when it does not hold), with
    the figures on both sides and the relation that holds between them."""
    by_ref = {op.ref: op for op in operands}
    by_param = {t.name: t for t in thresholds}
    parts_zh, parts_en = [], []
    for cmp, show_name, change in _shape(criterion, status):
        lzh, len_, lv = _term(cmp.left, by_ref, by_param, show_name)
        rzh, ren, rv = _term(cmp.right, by_ref, by_param, show_name)
        if lv is None or rv is None:
            continue
        symbol = _SYMBOL[cmp.op] if _holds(cmp.op, lv, rv) else _SYMBOL[expr.NEGATE[cmp.op]]
        tail = ""
        if change:
            cur, prev = (lv, rv) if cmp.right.prev else (rv, lv)
            if prev:
                tail = ", " + percent_change(cur, prev)
        parts_zh.append(f"{lzh} {symbol} {rzh}{tail}")
        parts_en.append(f"{len_} {symbol} {ren}{tail}")
    prefix_zh = f"{STAGE_ZH[stage]} " if stage else ""
    prefix_en = f"{stage} " if stage else ""
    return (f"{_VERDICT_ZH.get(status, '')}{prefix_zh}{';'.join(parts_zh)}",
            f"{_VERDICT_EN.get(status, '')}{prefix_en}{'; '.join(parts_en)}")


def describe_check(detail, status: Status) -> tuple[str, str]:
    """A consistency detail in words: what was stated, what the county's own figures give, where."""
    if detail.school is not None:  # a school compared with a standard
        shown, std = number(detail.point), number(detail.standard)
        rel_zh = "达标" if status is Status.PASS else "未达标"
        return (f"{detail.what_zh} {shown} ({rel_zh},标准 {std}) [{detail.place}]",
                f"{detail.what_en} {shown} ({'meets' if status is Status.PASS else 'misses'} {std}) [{detail.place}]")
    if detail.kind == "restated":
        a, b = detail.facts
        places, places_en = (" ≠ ".join(f"{fact_label(x)}" + (f" ({x.citation.locator})" if x.citation.locator else "")
                                        + f" @ {place(x.location, lang)}" for x in (a, b)) for lang in ("zh", "en"))
        if status is Status.PASS:
            return f"{detail.what_zh}: 在书写精度内一致", f"{detail.what_en}: agree within the precision written"
        return f"{detail.what_zh}: {places}", f"{detail.what_en}: {places_en}"
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
