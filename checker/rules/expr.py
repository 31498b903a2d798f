"""The rule language: a tokenizer, a recursive-descent parser and the AST. Nothing is ever `eval`ed.

    rule      := or
    or        := and ("or" and)*
    and       := unary ("and" unary)*
    unary     := "not" unary | comparison | "(" rule ")"
    comparison:= sum OP sum            OP: >= > <= < == !=
    sum       := product (("+" | "-") product)*
    product   := atom ("*" atom)*
    atom      := NUMBER | "-" atom | NAME | "prev" "(" NAME ")" | "(" sum ")"

A NAME is an indicator id (its value for the entity, stage and evaluated year) or a parameter
declared by the criterion or its pack (its value in force for that year, region and stage).
`prev(x)` is x for the year before. Examples:

    per_student_general_budget_expenditure >= prev(per_student_general_budget_expenditure)
    teacher_avg_salary >= civil_servant_avg_salary
    land_revenue_education_fund >= land_net_revenue * land_share_min
    dropouts_outstanding == 0
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable, Union

from checker.i18n import Text

OPS = (">=", ">", "<=", "<", "==", "!=")
FLIP = {">=": "<=", ">": "<", "<=": ">=", "<": ">", "==": "==", "!=": "!="}
NEGATE = {">=": "<", ">": "<=", "<=": ">", "<": ">=", "==": "!=", "!=": "=="}


class ExprError(ValueError):
    """A rule that does not parse: `message` is a catalogue text (expr.*) naming the place in the rule;
    str() is its English. Built without reading the catalogue: the parser raises and catches these
    while it backtracks."""

    def __init__(self, key: str, text: str = "", pos: int | None = None, **fields):
        message = Text(f"expr.{key}", tuple(sorted(fields.items())))
        if pos is not None and text:
            message = Text("expr.at", (("after", text[pos:]), ("before", text[:pos]), ("column", pos + 1),
                                       ("message", message)))
        super().__init__(key)
        self.message = message

    def __str__(self) -> str:
        return self.message.render("en")


# --- AST -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Num:
    value: float

    def __str__(self) -> str:
        return _num_text(self.value)


@dataclass(frozen=True)
class Ref:
    """An indicator's value; `prev` means the year before the evaluated year."""

    indicator: str
    prev: bool = False

    def __str__(self) -> str:
        return f"prev({self.indicator})" if self.prev else self.indicator


@dataclass(frozen=True)
class Param:
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Arith:
    op: str  # + - *
    left: "Term"
    right: "Term"

    def __str__(self) -> str:
        return f"({self.left} {self.op} {self.right})"


@dataclass(frozen=True)
class Cmp:
    op: str
    left: "Term"
    right: "Term"

    def __str__(self) -> str:
        return f"{self.left} {self.op} {self.right}"


@dataclass(frozen=True)
class And:
    items: tuple["Cond", ...]

    def __str__(self) -> str:
        return "(" + " and ".join(map(str, self.items)) + ")"


@dataclass(frozen=True)
class Or:
    items: tuple["Cond", ...]

    def __str__(self) -> str:
        return "(" + " or ".join(map(str, self.items)) + ")"


@dataclass(frozen=True)
class Not:
    item: "Cond"

    def __str__(self) -> str:
        return f"not {self.item}"


Term = Union[Num, Ref, Param, Arith]
Cond = Union[Cmp, And, Or, Not]


def _num_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


# --- tokenizer and parser --------------------------------------------------------------------

_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
                    r"|(?P<op>>=|<=|==|!=|>|<|\+|-|\*|\(|\)))")


def tokenize(text: str) -> list[tuple[str, str, int]]:
    tokens = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise ExprError("unexpected_character", text, pos + (len(text[pos:]) - len(text[pos:].lstrip())))
        kind = match.lastgroup
        tokens.append((kind, match.group(kind), match.start(kind)))
        pos = match.end()
    tokens.append(("end", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str, indicators: Iterable[str], params: Iterable[str]):
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0
        self.indicators = set(indicators)
        self.params = set(params)

    def peek(self) -> tuple[str, str, int]:
        return self.tokens[self.i]

    def take(self, value: str | None = None, kind: str | None = None) -> tuple[str, str, int]:
        tok = self.tokens[self.i]
        if (value is not None and tok[1] != value) or (kind is not None and tok[0] != kind):
            want = repr(value) if value else Text(f"expr.kind.{kind}")
            if tok[1]:
                raise ExprError("expected_found", self.text, tok[2], want=want, found=repr(tok[1]))
            raise ExprError("expected_at_end", self.text, tok[2], want=want)
        self.i += 1
        return tok

    def parse(self) -> Cond:
        cond = self.or_()
        if self.peek()[0] != "end":
            raise ExprError("unexpected", self.text, self.peek()[2], found=repr(self.peek()[1]))
        return cond

    def or_(self) -> Cond:
        items = [self.and_()]
        while self.peek()[1] == "or":
            self.take("or")
            items.append(self.and_())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def and_(self) -> Cond:
        items = [self.unary()]
        while self.peek()[1] == "and":
            self.take("and")
            items.append(self.unary())
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self) -> Cond:
        if self.peek()[1] == "not":
            self.take("not")
            return Not(self.unary())
        if self.peek()[1] == "(":
            # "(" opens either a condition or an arithmetic term: try the condition first.
            saved = self.i
            self.take("(")
            try:
                cond = self.or_()
                self.take(")")
                if self.peek()[1] not in OPS:
                    return cond
            except ExprError:
                pass
            self.i = saved
        return self.comparison()

    def comparison(self) -> Cond:
        left = self.sum()
        tok = self.peek()
        if tok[1] not in OPS:
            raise ExprError("expected_comparison", self.text, tok[2], ops=" ".join(OPS), found=repr(tok[1]))
        self.take()
        return Cmp(tok[1], left, self.sum())

    def sum(self) -> Term:
        term = self.product()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            term = Arith(op, term, self.product())
        return term

    def product(self) -> Term:
        term = self.atom()
        while self.peek()[1] == "*":
            self.take("*")
            term = Arith("*", term, self.atom())
        return term

    def atom(self) -> Term:
        kind, value, pos = self.peek()
        if kind == "num":
            self.take()
            number = float(value)
            if not math.isfinite(number):
                raise ExprError("number_range", self.text, pos)
            return Num(number)
        if value == "-":
            self.take("-")
            inner = self.atom()
            return Num(-inner.value) if isinstance(inner, Num) else Arith("*", inner, Num(-1.0))
        if value == "(":
            self.take("(")
            term = self.sum()
            self.take(")")
            return term
        if kind == "name":
            self.take()
            if value == "prev":
                self.take("(")
                name_tok = self.take(kind="name")
                self.take(")")
                if name_tok[1] not in self.indicators:
                    raise ExprError("prev_indicator", self.text, name_tok[2], name=repr(name_tok[1]))
                return Ref(name_tok[1], prev=True)
            if value in self.params:
                return Param(value)
            if value in self.indicators:
                return Ref(value)
            raise ExprError("unknown_name", self.text, pos, name=repr(value))
        raise ExprError("expected_operand", self.text, pos, found=repr(value))


MAX_TOKENS = 400  # the longest shipped rule has well under 100; a hostile one must not recurse forever
MAX_NESTING = 12  # parentheses inside parentheses: the parser backtracks per level, so depth is bounded


def parse(text: str, indicators: Iterable[str], params: Iterable[str] = ()) -> Cond:
    """The rule `text` as a condition; an ExprError (never a RecursionError or a hang) for a rule
    longer than MAX_TOKENS or nested deeper than MAX_NESTING parentheses."""
    parser = _Parser(str(text), indicators, params)
    if len(parser.tokens) > MAX_TOKENS:
        raise ExprError("too_many_tokens", str(text)[:60], 0, count=len(parser.tokens), limit=MAX_TOKENS)
    depth = 0
    for kind, value, pos in parser.tokens:
        depth += 1 if value == "(" else -1 if value == ")" else 0
        if depth > MAX_NESTING:
            raise ExprError("too_deep", str(text)[:pos + 20], pos, limit=MAX_NESTING)
    return parser.parse()


# --- transformations -------------------------------------------------------------------------

def negate(cond: Cond) -> Cond:
    """Negation normal form of `not cond`: no Not nodes, comparisons flipped."""
    if isinstance(cond, Cmp):
        return Cmp(NEGATE[cond.op], cond.left, cond.right)
    if isinstance(cond, And):
        return Or(tuple(negate(c) for c in cond.items))
    if isinstance(cond, Or):
        return And(tuple(negate(c) for c in cond.items))
    if isinstance(cond, Not):
        return nnf(cond.item)
    raise TypeError(cond)


def nnf(cond: Cond) -> Cond:
    if isinstance(cond, Cmp):
        return cond
    if isinstance(cond, And):
        return And(tuple(nnf(c) for c in cond.items))
    if isinstance(cond, Or):
        return Or(tuple(nnf(c) for c in cond.items))
    if isinstance(cond, Not):
        return negate(cond.item)
    raise TypeError(cond)


def substitute(node, values: dict[str, float], refs: dict[str, float] | None = None):
    """Replace parameters by the numbers in force, and the operands named in `refs` by theirs (a
    check's bounds compiled as constants: rules/compile.py)."""
    if isinstance(node, Param):
        return Num(float(values[node.name]))
    if isinstance(node, Ref):
        return Num(float(refs[node.indicator])) if refs and node.indicator in refs else node
    if isinstance(node, Num):
        return node
    if isinstance(node, Arith):
        return Arith(node.op, substitute(node.left, values, refs), substitute(node.right, values, refs))
    if isinstance(node, Cmp):
        return Cmp(node.op, substitute(node.left, values, refs), substitute(node.right, values, refs))
    if isinstance(node, (And, Or)):
        return type(node)(tuple(substitute(c, values, refs) for c in node.items))
    if isinstance(node, Not):
        return Not(substitute(node.item, values, refs))
    raise TypeError(node)


def walk(node):
    yield node
    if isinstance(node, (Arith, Cmp)):
        yield from walk(node.left)
        yield from walk(node.right)
    elif isinstance(node, (And, Or)):
        for c in node.items:
            yield from walk(c)
    elif isinstance(node, Not):
        yield from walk(node.item)


def refs(node) -> list[Ref]:
    """Indicator references in order of first appearance."""
    seen: dict[Ref, None] = {}
    for n in walk(node):
        if isinstance(n, Ref):
            seen.setdefault(n)
    return list(seen)


def params(node) -> list[str]:
    seen: dict[str, None] = {}
    for n in walk(node):
        if isinstance(n, Param):
            seen.setdefault(n.name)
    return list(seen)


def comparisons(node) -> list[Cmp]:
    return [n for n in walk(node) if isinstance(n, Cmp)]
