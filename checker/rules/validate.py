"""What a parsed criterion must satisfy beyond the schema: unambiguous parameter variants, and rules
the engine can express."""

from __future__ import annotations

from checker.rules import expr
from checker.rules.criteria import ParamSpec


MAX_COMPARISONS = 8  # measured: any flat and/or mix of 11 guarded comparisons fits one rule, 12 may not


def check_variants(where: str, params: tuple[ParamSpec, ...]) -> list[str]:
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


def check_compilable(node: expr.Cond) -> list[str]:
    """What the engine cannot express: a comparison needs a plain indicator on one side."""
    problems = []
    for cmp in expr.comparisons(node):
        if not isinstance(cmp.left, expr.Ref) and not isinstance(cmp.right, expr.Ref):
            problems.append(f"comparison '{cmp}' needs an indicator alone on one side")
    for n in expr.walk(node):
        if isinstance(n, expr.Num) and n.value != 0 and not (1e-4 <= abs(n.value) < 1e15):
            problems.append(f"constant {n.value!r} is outside the range the engine reads exactly (1e-4 to 1e15)")
    return problems
