"""Units and number spellings: what counties write, and its normalised form.

A unit belongs to a family (money, percent, count, area); an indicator accepts only its family.
Values are read from the text as written — thousands separators, full-width digits and a unit
written inside the value are accepted — with `Decimal` arithmetic, so that 124.40 亿元 becomes
exactly 12,440,000,000 元.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from checker.i18n import t

# family -> {unit as written (NFKC form): scale to the family's base unit}
_MONEY_PREFIXES = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
_MONEY_SUFFIXES = ("", "/生", "/年", "/人", "/人·年", "/人・年", "/人年", "/生·年", "/生・年", "/生年", "/人/年", "/生/年")

UNITS: dict[str, dict[str, Decimal]] = {
    "money": {p + s: scale for p, scale in _MONEY_PREFIXES.items() for s in _MONEY_SUFFIXES},
    "percent": {"%": Decimal(1), "‰": Decimal("0.1")},
    # each count also in 万 (a province's 1.2万所 schools, 61.3万名 teachers, 3.5万个 classes)
    "count": {prefix + unit: scale for unit in ("人", "名", "所", "个", "家", "班", "间", "台", "册", "人次", "件")
              for prefix, scale in (("", Decimal(1)), ("万", Decimal(10_000)))},
    "area": {"平方米": Decimal(1), "m2": Decimal(1), "m²": Decimal(1), "万平方米": Decimal(10_000)},
}
# A figure written without a unit. Money, counts and areas have several scales (元/万元/亿元,
# 人/万人, 平方米/万平方米; 1244000 read as 元 when 万元 was meant is 10⁴ times off and can fail a
# binding rule), so none is assumed: the figure is refused at its place. A percentage is read as %
# with a notice: rates are written as bare percentages (92.3), ‰ is rare and always written. A family
# with no unit at all (ratio: a coefficient of variation) needs none.
DEFAULT_UNIT = {"percent": "%"}
# Spellings that are never a unit of any family, with the reason a county should hear.
REFUSED_UNITS = {"个百分点", "百分点", "pp"}  # percentage points: a difference between two rates, not a rate
_KNOWN = frozenset(u for table in UNITS.values() for u in table) | REFUSED_UNITS

_NUMBER = re.compile(r"^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(.*)$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
# digits grouped in threes by a space (59 804, 1 234 567.8: GB/T 15835-2011; NFKC makes a thin or no-break space a plain
# one), at the start of a value: one number
_SPACE_GROUPED = re.compile(r"^[+-]?\d{1,3}(?: \d{3})+(?![\d])")
MAX_ABS = Decimal("1e15")


EXCEL_ERRORS = {"#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
                "#GETTING_DATA"}


class UnitError(ValueError):
    """A value or unit that cannot be read; `expected` says what would have been accepted
    (`message` and `expected` may be catalogue texts)."""

    def __init__(self, message, expected="", field: str = "value"):
        super().__init__(str(message))
        self.message = message
        self.expected = expected
        self.field = field  # which field of the fact is wrong: "value" or "unit"


def canonical_unit_text(unit: str) -> str:
    """NFKC-fold a unit (full-width ％ → %, ㎡ → m2), drop spaces; a unit no table knows written in traditional
    characters (萬人, 億元: a traditional-character page or its mirror) in simplified ones."""
    text = unicodedata.normalize("NFKC", unit).replace(" ", "").replace("\u3000", "")
    if text in _KNOWN or not any(ord(ch) > 0x2E80 for ch in text):
        return text
    return _simplified(text)


@lru_cache(maxsize=256)
def _simplified(text: str) -> str:
    return t2s().convert(text)


@lru_cache(maxsize=1)
def t2s():
    """OpenCC's traditional-to-simplified converter, loaded once and only when first asked for (a unit in traditional
    characters here; a report's text in extract/normal.py)."""
    from opencc import OpenCC

    return OpenCC("t2s")


def unit_scale(unit: str, family: str) -> Decimal:
    """The factor from `unit` to the family's base unit; UnitError if it is not of that family."""
    text = canonical_unit_text(unit)
    if text in REFUSED_UNITS:
        raise UnitError(t("input.unit_points", unit=unit), expected=expected_units(family), field="unit")
    table = UNITS.get(family, {})
    if text in table:
        return table[text]
    for other, units in UNITS.items():
        if text in units:
            raise UnitError(t("input.unit_wrong_family", unit=unit, other=t(f"input.family.{other}"),
                              family=t(f"input.family.{family}")), expected=expected_units(family), field="unit")
    raise UnitError(t("input.unit_unknown", unit=unit), expected=expected_units(family), field="unit")


def expected_units(family: str):
    table = UNITS.get(family, {})
    # the plain units first, the base unit and its multiples in order (元 千元 万元 亿元; 人 名 … before 万人 …;
    # % before ‰), then 元/生 …
    names = sorted((u for u in table if "/" not in u or u.startswith("元")), key=lambda u: ("/" in u, table[u] < 1, table[u], u))
    if not names:
        return t("input.expected_family_value", family=t(f"input.family.{family}"))
    return t("input.expected_family_unit", family=t(f"input.family.{family}"), units=", ".join(names[:12]))


def needs_unit(family: str) -> bool:
    """Whether a figure of this family must carry a unit (no default can be assumed for it)."""
    return bool(UNITS.get(family)) and family not in DEFAULT_UNIT


def inline_unit(text: str | None) -> str | None:
    """The unit written inside a value (`124.40亿元` → 亿元); None if there is none or no number."""
    if text is None:
        return None
    match = _NUMBER.match(unicodedata.normalize("NFKC", str(text)).strip())
    return (match.group(3).strip() or None) if match else None


@dataclass(frozen=True)
class Reading:
    value: float | int
    unit_as_written: str | None


def read_number(text: str, unit: str | None, family: str) -> Reading:
    """Read a number as a county wrote it and normalise it to the family's base unit.

    `text` is the value exactly as written; `unit` the unit field (None if absent). A unit written
    inside the value must agree with the unit field. Raises UnitError with what was expected.
    """
    folded = unicodedata.normalize("NFKC", text).strip().replace("，", ",").replace("−", "-")
    folded = _SPACE_GROUPED.sub(lambda m: m.group().replace(" ", ""), folded)  # 59 804 (GB/T 15835-2011's grouping)
    if folded.upper() in EXCEL_ERRORS:
        raise UnitError(t("input.excel_error_cell", text=folded), t("input.expected_cell_figure"))
    match = _NUMBER.match(folded)
    if not match:
        raise UnitError(t("input.not_a_number", text=repr(text)), expected=t("input.expected_number"))
    sign, digits, rest = match.groups()
    if rest[:1] == "," or ("," in digits and not _GROUPED.match(digits)):
        raise UnitError(t("input.bad_thousands", text=repr(text)), expected=t("input.expected_thousands"))
    if rest[:1] and (rest[0].isdigit() or rest[0] in ".eE"):
        raise UnitError(t("input.not_a_number", text=repr(text)), expected=t("input.expected_number"))
    inline = rest.strip() or None
    if inline is not None and unit is not None:
        if canonical_unit_text(inline) != canonical_unit_text(unit):
            raise UnitError(t("input.unit_disagrees", inline=repr(inline), unit=repr(unit)),
                            expected=t("input.expected_one_unit"), field="unit")
    written_unit = unit if unit is not None else inline
    scale = unit_scale(written_unit, family) if written_unit is not None else Decimal(1)
    try:
        number = Decimal(sign + digits.replace(",", "")) * scale
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise UnitError(t("input.not_a_number", text=repr(text))) from exc
    if abs(number) >= MAX_ABS:
        raise UnitError(t("input.out_of_range", text=repr(text)), expected=t("input.expected_magnitude", limit=f"{MAX_ABS:,.0f}"))
    integral = "." not in digits and number == number.to_integral_value()
    return Reading(int(number) if integral else float(number), written_unit)


def _quoted_figures(family: str) -> re.Pattern:
    """A figure followed by a unit of `family` in a quote (`185432万元`, `1.2 万人`); digits not part
    of a longer number."""
    units = sorted({canonical_unit_text(u) for u in UNITS[family]}, key=len, reverse=True)
    return re.compile(r"(?<![\d.,])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(" + "|".join(map(re.escape, units)) + ")")


_QUOTED: dict[str, re.Pattern] = {}


def quote_unit_disagreement(written: str, unit: str | None, quote: str | None, family: str) -> str | None:
    """The unit a fact's own quote writes beside its figure, when that unit's scale differs from the
    unit the fact gives (the quote says `185432万元`, the unit field 元: 10⁴ apart); None when the
    quote does not write the figure with a unit of its family, or writes it with the same scale.
    Only families with several scales can slip so (money, counts, areas)."""
    if not quote or unit is None or not needs_unit(family):
        return None
    match = _NUMBER.match(unicodedata.normalize("NFKC", written).strip())
    if not match:
        return None
    digits = match.group(2).replace(",", "")
    pattern = _QUOTED.get(family) or _QUOTED.setdefault(family, _quoted_figures(family))
    scale = unit_scale(unit, family)
    others = None
    for found in pattern.finditer(unicodedata.normalize("NFKC", quote)):
        if found.group(1).replace(",", "") != digits:
            continue
        if UNITS[family][found.group(2)] == scale:
            return None  # written with this unit somewhere in the quote
        others = others or found.group(2)
    return others


def decimals_written(text: str | None) -> int | None:
    """How many decimals the county wrote (3.9 -> 1, 10071.80 -> 2); None if not a number."""
    if text is None:
        return None
    match = _NUMBER.match(unicodedata.normalize("NFKC", text).strip())
    if not match:
        return None
    digits = match.group(2)
    return len(digits.split(".", 1)[1]) if "." in digits else 0
