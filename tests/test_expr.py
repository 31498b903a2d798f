import pytest

from checker.rules import expr
from checker.intake.indicators import dictionary

IND = dictionary()


def parse(text, params=()):
    return expr.parse(text, IND, params)


def test_grammar_and_precedence():
    node = parse("land_revenue_education_fund >= land_net_revenue * share + 1 and not dropouts_outstanding == 0",
                 ["share"])
    assert str(node) == "(land_revenue_education_fund >= ((land_net_revenue * share) + 1) and not dropouts_outstanding == 0)"
    assert parse("students >= prev(students)") == expr.Cmp(">=", expr.Ref("students"), expr.Ref("students", True))
    assert parse("(students > 1 or classes > 2) and schools > 0").__class__ is expr.And
    assert parse("(students + classes) * 2 >= 3").left.__class__ is expr.Arith
    assert parse("students >= -5").right == expr.Num(-5.0)


@pytest.mark.parametrize("text, fragment", [
    ("students >=", "expected a number"),
    ("studnts >= 1", "unknown name 'studnts'"),
    ("prev(share) >= 1", "prev() takes an indicator"),
    ("students >= 1 2", "unexpected '2'"),
    ("students", "expected a comparison"),
    ("students >= 1; import os", "unexpected character"),
    ("__import__('os') >= 1", "unexpected character"),
])
def test_errors_say_where(text, fragment):
    with pytest.raises(expr.ExprError) as info:
        parse(text, ["share"])
    assert fragment in str(info.value)


def test_negation_normal_form():
    node = parse("not (students >= 1 and (classes < 2 or schools == 3))")
    nnf = expr.nnf(node)
    assert str(nnf) == "(students < 1 or (classes >= 2 and schools != 3))"
    assert not any(isinstance(n, expr.Not) for n in expr.walk(nnf))


def test_substitute_and_refs():
    node = parse("large_classes <= classes * share", ["share"])
    assert expr.params(node) == ["share"]
    assert expr.refs(node) == [expr.Ref("large_classes"), expr.Ref("classes")]
    assert str(expr.substitute(node, {"share": 0.05})) == "large_classes <= (classes * 0.05)"
