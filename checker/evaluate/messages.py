"""Plain-language labels and messages, in Chinese and English, with the county's own numbers.

Only presentation lives here: the numbers are printed as the county wrote them (its decimals),
and the relation shown is the one that holds between them. Verdicts come from the engine.
Every word comes from the catalogue (checker/data/messages.yaml, the evaluate.* keys): `both`
renders a text in both languages at once, as a finding carries it.
"""

from __future__ import annotations

import operator
from functools import lru_cache

from checker.i18n import Text, catalogue, render, text
from checker.rules import expr
from checker.intake.indicators import dictionary
from checker.model import STAGE_ZH, Fact, Status
from checker.intake.units import decimals_written, unit_scale

_SYMBOL = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "=", "!=": "≠"}
_ARITH = {"+": "+", "-": "−", "*": "×"}


class Pair(Text):
    """A field already written in both languages (an indicator's label, a place), for `t()`."""

    def __init__(self, zh: str, en: str):
        super().__init__("", ())
        object.__setattr__(self, "zh", zh)
        object.__setattr__(self, "en", en)

    def render(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    def __eq__(self, other) -> bool:
        return isinstance(other, Pair) and (self.zh, self.en) == (other.zh, other.en)

    def __hash__(self) -> int:
        return hash((self.zh, self.en))


def both(key: str, **fields) -> tuple[str, str]:
    """The catalogue text `key` rendered now in Chinese and in English (a finding carries both).
    A field given as a `(zh, en)` tuple is taken in each language. Rendered for every finding of
    a batch: the two templates are kept per key, and a text without fields is formatted once."""
    templates = _TEMPLATES.get(key) or _templates(key)
    if not fields:
        fixed = _FIXED.get(key)
        if fixed is None:
            fixed = _FIXED[key] = (templates[0].format(), templates[1].format())
        return fixed
    for v in fields.values():
        if type(v) is tuple:
            break
    else:
        return templates[0].format_map(fields), templates[1].format_map(fields)
    return (templates[0].format_map({k: v[0] if type(v) is tuple else v for k, v in fields.items()}),
            templates[1].format_map({k: v[1] if type(v) is tuple else v for k, v in fields.items()}))


_TEMPLATES: dict[str, tuple[str, str]] = {}
_FIXED: dict[str, tuple[str, str]] = {}


def _templates(key: str) -> tuple[str, str]:
    entry = catalogue()[key]
    _TEMPLATES[key] = (entry["zh"], entry["en"])
    return _TEMPLATES[key]


def text_in(key: str, lang: str, **fields) -> str:
    """The catalogue text `key` rendered now in `lang`, its fields plain values (a fast `text`)."""
    return (_TEMPLATES.get(key) or _templates(key))[lang == "en"].format_map(fields)


@lru_cache(maxsize=None)
def sep(kind: str) -> tuple[str, str]:
    """How a list is joined in each language: `clause` (;), `list` (、) or `comma` (,)."""
    return both(f"evaluate.sep.{kind}")


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


def level_zh(level: str) -> str:
    """An entity's level in Chinese (the report's own labels, report.level.*), else as given."""
    key = f"report.level.{level}"
    return text_in(key, "zh") if key in catalogue() else level


def place(location, lang: str = "zh") -> str:
    """Where a figure stands in its file: `表格.xlsx 数据!G5`, `batch.csv 第3行`, `a.yaml facts[0]`."""
    if lang == "zh" and location.sheet is None and location.row is not None:
        return text_in("derive.row_place", "zh", file=location.file, row=location.row) + (
            text_in("evaluate.parens", "zh", what=location.path) if location.path else "")
    return str(location)


def ref_label(ref: expr.Ref, stage: str | None, period: int) -> tuple[str, str]:
    spec = dictionary()[ref.indicator]
    return both("evaluate.ref_label", name=(spec.zh, spec.en), year=period,
                stage=(STAGE_ZH.get(stage, ""), f" ({stage})" if stage else ""))


_UNKNOWN = ("?", "?", None)


def _operand_text(op, named: bool) -> tuple[str, str, float]:
    """An operand as a message shows it — year and figure as written, and the stage figures a
    total was taken from — with the indicator's name when `named`; kept on the operand, which
    every finding reading it shares."""
    texts = op.texts
    if texts is None:
        fact = op.facts[0]
        shown = f"{op.period} {fact_label(fact)}"
        parts = op.parts  # a total taken from the stage figures: show them
        shown_zh = shown + (" (" + " + ".join(f"{STAGE_ZH[f.stage]} {fact_value(f)}" for f in parts) + ")" if parts else "")
        shown_en = shown + (" (" + " + ".join(f"{f.stage} {fact_value(f)}" for f in parts) + ")" if parts else "")
        texts = op.texts = [(shown_zh, shown_en, float(fact.value)), None]
    if not named:
        return texts[0]
    if texts[1] is None:
        spec = dictionary()[op.ref.indicator]
        zh, en, value = texts[0]
        texts[1] = (f"{spec.zh} {zh}", f"{spec.en} {en}", value)
    return texts[1]


def _compile_term(node, position: dict) -> tuple:
    """A side of a comparison as a small program for `_side`: ("r", operand index), ("n", text,
    value), ("p", parameter name), ("a", operator, left, right), or ("s", text)."""
    if isinstance(node, expr.Ref):
        return ("r", position.get(node))
    if isinstance(node, expr.Num):
        return ("n", number(node.value), float(node.value))
    if isinstance(node, expr.Param):
        return ("p", node.name)
    if isinstance(node, expr.Arith):
        return ("a", node.op, _compile_term(node.left, position), _compile_term(node.right, position))
    return ("s", str(node))


def _side(code: tuple, operands: list, params: dict, named: bool) -> tuple[str, str, float | None]:
    """A side of a comparison in Chinese and in English, and its value (None: not shown)."""
    tag = code[0]
    if tag == "r":
        i = code[1]
        op = operands[i] if i is not None and i < len(operands) else None
        if op is None or not op.facts:
            return _UNKNOWN
        return _operand_text(op, named)
    if tag == "n":
        return code[1], code[1], code[2]
    if tag == "p":
        return params.get(code[1]) or (code[1], code[1], None)
    if tag == "a":
        lzh, len_, lv = _side(code[2], operands, params, named)
        rzh, ren, rv = _side(code[3], operands, params, named)
        op = code[1]
        value = None
        if lv is not None and rv is not None:
            value = lv + rv if op == "+" else lv - rv if op == "-" else lv * rv
        sym = _ARITH[op]
        return f"{lzh} {sym} {rzh}", f"{len_} {sym} {ren}", value
    return code[1], code[1], None


_PARAMS: dict[int, tuple] = {}


def _params(thresholds) -> dict[str, tuple[str, str, float]]:
    """Each threshold as a message shows it ("标准 85 %"), once per tuple of thresholds in force
    (the evaluator shares one tuple among every entity of the same year, region and stage)."""
    hit = _PARAMS.get(id(thresholds))
    if hit is not None and hit[0] is thresholds:
        return hit[1]
    shown = {}
    for t in thresholds:
        text = f"{number(t.value)}{f' {t.unit}' if t.unit else ''}"
        shown[t.name] = (*both("evaluate.standard", value=text), float(t.value))
    if len(_PARAMS) > 50_000:
        _PARAMS.clear()
    _PARAMS[id(thresholds)] = (thresholds, shown)
    return shown


@lru_cache(maxsize=4096)
def _refs(node) -> tuple[expr.Ref, ...]:
    return tuple(expr.refs(node))


_SHAPES: dict[tuple, tuple] = {}


def _shape(criterion, status: Status) -> tuple:
    """The comparisons a message shows, each as (its test, its symbol, the symbol of its negation,
    left, right, whether it names its indicators, whether it shows a year-on-year change, whether
    its right side is the previous year): worked out once per criterion and verdict."""
    key = (id(criterion), status is Status.NOT_APPLICABLE)
    hit = _SHAPES.get(key)
    if hit is not None and hit[0] is criterion:
        return hit[1]
    comparisons = criterion.rule_comparisons if status is not Status.NOT_APPLICABLE else \
        tuple(expr.comparisons(criterion.precondition))
    position = {r: i for i, r in enumerate(criterion.refs)}
    shape = []
    for cmp in comparisons:
        same = [r.indicator for r in _refs(cmp)]
        show_name = not (len(same) == 2 and same[0] == same[1])  # "2021 x < 2020 y" reads alone
        change = isinstance(cmp.left, expr.Ref) and isinstance(cmp.right, expr.Ref) and \
            cmp.left.indicator == cmp.right.indicator and cmp.left.prev != cmp.right.prev
        right_prev = change and cmp.right.prev
        shape.append((_OPS[cmp.op], _SYMBOL[cmp.op], _SYMBOL[expr.NEGATE[cmp.op]], _compile_term(cmp.left, position),
                      _compile_term(cmp.right, position), show_name, change, right_prev))
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


@lru_cache(maxsize=None)
def _verdict(status: Status) -> tuple[str, str]:
    """The words a rule's message begins with for its verdict (none for pass, missing, error)."""
    if status in (Status.FAIL, Status.WARN, Status.NOT_APPLICABLE):
        return both(f"evaluate.verdict.{status.value}")
    return "", ""


def describe_rule(criterion, stage: str | None, operands: list, thresholds, status: Status) -> tuple[str, str]:
    """One clause per comparison of the rule (of the precondition, when it does not hold), with
    the figures on both sides and the relation that holds between them. `operands` are in the
    order of `criterion.refs`."""
    params = _params(thresholds)
    parts_zh, parts_en = [], []
    for holds, symbol, negated, left, right, show_name, change, right_prev in _shape(criterion, status):
        lzh, len_, lv = _side(left, operands, params, show_name)
        rzh, ren, rv = _side(right, operands, params, show_name)
        if lv is None or rv is None:
            continue
        if not holds(lv, rv):
            symbol = negated
        tail = ""
        if change:
            cur, prev = (lv, rv) if right_prev else (rv, lv)
            if prev:
                tail = ", " + percent_change(cur, prev)
        parts_zh.append(f"{lzh} {symbol} {rzh}{tail}")
        parts_en.append(f"{len_} {symbol} {ren}{tail}")
    prefix_zh = f"{STAGE_ZH[stage]} " if stage else ""
    prefix_en = f"{stage} " if stage else ""
    verdict_zh, verdict_en = _verdict(status)
    sep_zh, sep_en = sep("clause")
    return f"{verdict_zh}{prefix_zh}{sep_zh.join(parts_zh)}", f"{verdict_en}{prefix_en}{sep_en.join(parts_en)}"


def describe_check(detail, status: Status) -> tuple[str, str]:
    """A consistency detail in words: what was stated, what the county's own figures give, where."""
    what = (detail.what_zh, detail.what_en)
    if detail.school is not None:  # a school compared with a standard
        return both("evaluate.school_meets" if status is Status.PASS else "evaluate.school_misses", what=what,
                    value=number(detail.point), standard=number(detail.standard), place=detail.place)
    if detail.kind == "report":  # the submission's figure, the narrative report's
        form, told = detail.facts
        where = both("evaluate.report_form_where", locator=told.citation.locator or "—", told=fact_value(told),
                     place=(place(form.location), place(form.location, "en")), form=fact_value(form))
        return both("evaluate.report_form_agree" if status is Status.PASS else "evaluate.report_form_disagree",
                    what=what, where=where)
    if detail.kind == "restated":
        a, b = detail.facts
        places, places_en = (" ≠ ".join(f"{fact_label(x)}" + (f" ({x.citation.locator})" if x.citation.locator else "")
                                        + f" @ {place(x.location, lang)}" for x in (a, b)) for lang in ("zh", "en"))
        if status is Status.PASS:
            return both("evaluate.restated_agree", what=what)
        return f"{detail.what_zh}: {places}", f"{detail.what_en}: {places_en}"
    shown = number(detail.point, 2 if detail.kind in ("change", "share") else None)
    unit = "%" if detail.kind in ("change", "share") else ""
    if detail.kind == "within" and status is not Status.PASS:
        return both("evaluate.stages_over_total", what=what, value=shown)
    key = "evaluate.stated_agrees" if status is Status.PASS else "evaluate.stated_truncated" \
        if status is Status.WARN else "evaluate.stated_disagrees"
    return both(key, what=what, value=shown, unit=unit)


def broken_operands(broken: list) -> tuple[str, str]:
    """Why figures cannot be compared: given only for parts of the entity, conflicting, unreadable."""
    zh, en = [], []
    (list_zh, list_en), (clause_zh, clause_en) = sep("list"), sep("clause")
    for op in broken:
        label = ref_label(op.ref, None, op.period)
        if op.state == "scoped":
            said = both("evaluate.only_scoped", label=label, scopes=(list_zh.join(op.scopes), list_en.join(op.scopes)))
        elif op.state == "conflict":
            said = conflicting(label, op.facts)
        else:
            said = both("evaluate.unreadable", label=label, problems=(
                clause_zh.join(f"{place(b.location)}: {render(b.message, 'zh')}" for b in op.bad),
                clause_en.join(f"{place(b.location, 'en')}: {render(b.message, 'en')}" for b in op.bad)))
        zh.append(said[0])
        en.append(said[1])
    return clause_zh.join(zh), clause_en.join(en)


def conflicting(label: tuple[str, str], facts) -> tuple[str, str]:
    """Two or more figures for one thing that disagree, each with its place."""
    comma_zh, comma_en = sep("comma")
    return both("evaluate.conflicting", label=label, figures=(
        comma_zh.join(f"{fact_label(f)} @ {place(f.location)}" for f in facts),
        comma_en.join(f"{fact_label(f)} @ {place(f.location, 'en')}" for f in facts)))


def _signed(value: float, written: str | None) -> str:
    return ("+" if value > 0 else "") + number(value, decimals_written(written))


def describe_implied(stage: str | None, operands: list, status: Status) -> tuple[str, str]:
    """A comparison with last year decided on the county's stated change (last year's figure not
    given): this year's figure, the statement quoted, and the interval it implies for last year."""
    op = next(o for o in operands if o.implied)
    fact, stated, lo, hi = op.implied
    d = decimals_written(fact.value_as_written)
    scale = float(unit_scale(fact.unit_as_written, dictionary()[fact.indicator].family)) \
        if fact.unit_as_written else 1.0
    fields = dict(year=fact.period, value=fact_label(fact), prev_year=op.period, quote=fact.citation.quote or "",
                  locator=fact.citation.locator or "—", change=_signed(stated.value, stated.value_as_written),
                  lo=number(lo / scale, d), hi=number(hi / scale, d), unit=fact.unit_as_written or fact.unit or "")
    return (text("growth.implied_prior", "zh", verdict=_verdict(status)[0],
                 stage=f"{STAGE_ZH[stage]} " if stage else "", **fields),
            text("growth.implied_prior", "en", verdict=_verdict(status)[1],
                 stage=f"{stage} " if stage else "", **fields))


def describe_computed(entries) -> tuple[str, str]:
    """How the rates a verdict read were computed (or taken from a stated change): the figures,
    with their places. `entries` are the lineage entries of derive's computed figures."""
    zh, en = [], []
    for e in entries:
        spec = dictionary()[e["indicator"]]
        value = number(e["value"], decimals_written(e.get("value_as_written")) if "value_as_written" in e else 2)
        if e["computed"] == "stated_change":
            src = e["sources"][0]
            fields = dict(value=value, quote=src["quote"] or "", locator=src["locator"] or "—")
            zh.append(text("growth.stated_rate", "zh", name=spec.zh, **fields))
            en.append(text("growth.stated_rate", "en", name=spec.en, **fields))
            continue
        figures = {"zh": [], "en": []}
        for src in e["sources"]:
            of = dictionary()[src["indicator"]]
            shown = f"{src['value_as_written']} {src['unit_as_written'] or of.unit}".strip()
            for lang, name in (("zh", STAGE_ZH.get(src["stage"], "") + of.zh),
                               ("en", of.en + (f" ({src['stage']})" if src["stage"] else ""))):
                figures[lang].append(text("growth.source", lang, name=name, year=src["period"], value=shown,
                                          locator=src["locator"] or "—", place=src["place"]))
        formula = "growth.formula_growth" if e["computed"] == "growth" else "growth.formula_ratio"
        zh.append(text("growth.computed", "zh", name=spec.zh, value=value, formula=text(formula, "zh"),
                       figures=sep("list")[0].join(figures["zh"])))
        en.append(text("growth.computed", "en", name=spec.en, value=value, formula=text(formula, "en"),
                       figures=sep("clause")[1].join(figures["en"])))
    return sep("clause")[0].join(zh), sep("clause")[1].join(en)
