"""A reference evaluator that interprets the rule AST directly, with Kleene (three-valued) logic.

It shares nothing with the compiler but the AST. The tests prove, over random rules and facts,
that the durable-rules engine running the compiled ruleset reaches the same verdicts as this.
"""

from __future__ import annotations

import operator

from checker.rules.expr import And, Arith, Cmp, Not, Num, Or, Param, Ref

_CMP = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt,
        "==": operator.eq, "!=": operator.ne}
_ARITH = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def term(node, values: dict[Ref, float | None], params: dict[str, float]) -> float | None:
    if isinstance(node, Num):
        return float(node.value)
    if isinstance(node, Ref):
        value = values.get(node)
        return None if value is None else float(value)
    if isinstance(node, Param):
        return float(params[node.name])
    if isinstance(node, Arith):
        left = term(node.left, values, params)
        right = term(node.right, values, params)
        if left is None or right is None:
            return None
        return _ARITH[node.op](left, right)
    raise TypeError(node)


def truth(node, values: dict[Ref, float | None], params: dict[str, float] | None = None) -> bool | None:
    """True, False, or None when an operand it depends on is absent."""
    params = params or {}
    if isinstance(node, Cmp):
        left = term(node.left, values, params)
        right = term(node.right, values, params)
        if left is None or right is None:
            return None
        return _CMP[node.op](left, right)
    if isinstance(node, And):
        results = [truth(c, values, params) for c in node.items]
        if any(r is False for r in results):
            return False
        return None if any(r is None for r in results) else True
    if isinstance(node, Or):
        results = [truth(c, values, params) for c in node.items]
        if any(r is True for r in results):
            return True
        return None if any(r is None for r in results) else False
    if isinstance(node, Not):
        result = truth(node.item, values, params)
        return None if result is None else not result
    raise TypeError(node)


def outcome(rule, warn, precondition, values, params=None) -> str | None:
    """'not_applicable', 'pass', 'warn', 'fail', or None when the data cannot decide."""
    if precondition is not None:
        pre = truth(precondition, values, params)
        if pre is None:
            return None
        if pre is False:
            return "not_applicable"
    verdict = truth(rule, values, params)
    if verdict is True:
        return "pass"
    if verdict is None:
        return None
    if warn is None:
        return "fail"
    band = truth(warn, values, params)
    return None if band is None else ("warn" if band else "fail")
