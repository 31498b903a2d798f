"""What a parsed criterion must satisfy beyond the schema: unambiguous parameter variants, and rules
the engine can express."""

from __future__ import annotations

from checker.rules import expr
from checker.i18n import Text, t
from checker.rules.criteria import ParamSpec, Variant


MAX_COMPARISONS = 8  # measured: any flat and/or mix of 11 guarded comparisons fits one rule, 12 may not


def check_variants(where: str, params: tuple[ParamSpec, ...]) -> list[Text]:
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
                    problems.append(t("pack.ambiguous_variants", where=where, name=p.name, a=_variant(a),
                                      b=_variant(b)))
    return problems


def check_compilable(node: expr.Cond) -> list[Text]:
    """What the engine cannot express: a comparison needs a plain indicator on one side."""
    problems = []
    for cmp in expr.comparisons(node):
        if not isinstance(cmp.left, expr.Ref) and not isinstance(cmp.right, expr.Ref):
            problems.append(t("pack.not_compilable", comparison=str(cmp)))
    for n in expr.walk(node):
        if isinstance(n, expr.Num) and n.value != 0 and not (1e-4 <= abs(n.value) < 1e15):
            problems.append(t("pack.constant_range", value=repr(n.value)))
    return problems


def _variant(v: Variant) -> Text:
    """A variant's years, regions and stages, as a problem names it."""
    return t("pack.variant", years=f"{v.start or '…'}–{v.end or '…'}",
             regions="/".join(v.regions) if v.regions else t("pack.all"),
             stages="/".join(v.stages) if v.stages else t("pack.all"))
