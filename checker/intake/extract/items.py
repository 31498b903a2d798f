"""What the extractor's steps pass between them: the figures of the text, the subjects they are
about, the facts proposed and the figures left unattached, and the patterns of figures, years and
unit headings (figures.py reads sentences with them; stages.py, relations.py and grids.py too)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LEAD_IN = 99  # the "level" of a lead-in sentence among the titles a line is under (deeper than any heading)

_UNITS = ("个百分点|万平方米|平方米|万人次|人次|万人|万名|万所|万个|万册|亿元|万元|千元|元/生|元|%|‰|人|名|所|个|班|间|台|册|m2")
_NUMBER = re.compile(rf"(?<![\d.A-Za-z/\-<>≤≥])(-?\d+(?:\.\d+)?)({_UNITS})?")  # ≤0.65, ≥85%: bounds
_CN_NUMBER = re.compile(r"(?<![一二两三四五六七八九十百千万零])([一二两三四五六七八九十百千]+)(所|个|名|人|班)")
# a figure whose unit the county left off, between period labels: 幼儿园上年2709.16,本年2845.20元
_BARE = re.compile(r"(?<=上年|本年)(\d+\.\d+)(?=,)")
# an amount with no unit after 为 or 上年的 (全幼儿园为8479.61,比上年的9468.70下降10.45%): it tells whose figures
# follow (the clause's stage), but is never proposed: with no unit heading, it is `unattached` (no_unit)
_UNITLESS = re.compile(r"(?<=为|的)(\d+\.\d{2})(?=,|下降|增长|增加|减少)")
# a unit heading over a table or list (单位:万元, 计量单位:元): a bare figure below it is in that unit
_UNIT_HEADING = re.compile(r"(?:计量)?单位\s*:\s*(亿元|万元|千元|元|万人|人|所|个)(?![\u4e00-\u9fff])")
# a year, or a school year (2022—2023学年, 2023-2024学年度), which is the year it begins in: the
# statistics of a school year are taken in its autumn (秋季开学), the year reports name it by
# (2023-2024学年(以下简称为2023年)); also written 2022/2023学年 and 2022-23学年. Never read inside a number, but
# read right after an item's number (3.2024年新建幼儿园2所: item 3, the year 2024; 3.1.2024年: item 3.1; no decimal is
# followed by 年)
_YEAR = re.compile(r"(?:(?<![\d.])|(?<=\A\d\.)|(?<=\A\d\d\.)|(?<=[^\d.]\d\.)|(?<=[^\d.]\d\d\.)|(?<=\d\.\d\.)|(?<=\d\.\d\d\.))"
                   r"((?:19|20)\d\d)(?:年|\s*[-—–~至/]\s*(?:19|20)?\d\d\s*学年|\s*学年)")
_BOOK = re.compile(r"《[^》]*》")


@dataclass
class Proposed:
    indicator: str
    stage: str | None
    period: int
    value: str | None  # as written (digits folded); None for a claim
    unit: str | None
    locator: str
    start: int  # the quote's span in the folded text
    end: int
    stated: dict = field(default_factory=dict)
    scope: str | None = None  # a part of the entity (区属), as the sentence names it; None for the whole
    figure: tuple[int, int] = (0, 0)  # the figure's own span


@dataclass
class Unattached:
    figure: str
    locator: str
    start: int
    end: int
    reason: str


@dataclass
class _Figure:
    start: int
    end: int
    number: str
    unit: str | None


@dataclass
class _Subject:
    indicator: str | None
    stage: str | None
    start: int
    blocked: str | None = None  # why figures about it cannot be attached
    facts: list = field(default_factory=list)
    phrase: tuple[int, int] | None = None  # the words naming it (普惠性幼儿园在园幼儿), its name last
    name_start: int | None = None
    alone: bool = False  # its clause has no figure (综合差异系数,小学0.335,…): a heading for the clauses after it
    last_year: bool = False  # the words before its name say the year before (全县去年在园幼儿…, 上年末…)


_RANGE_ON = re.compile(r"\s*[—–~～-]\s*\d")
_RANGE_FROM = re.compile(r"\d(?:%|‰|[\u4e00-\u9fff]{1,2})?\s*[—–~～-]\s*$")


def in_range(text: str, start: int, end: int) -> bool:
    """Whether the figure text[start:end] is an end of a range (90%—95%, 96%~98%, 650元—800元, 90-95%): a dash or a
    tilde joins it to another number; neither end is a figure of the year (review 31c). An em dash used as punctuation
    (95%——创历史新高) joins no number."""
    return _RANGE_ON.match(text, end, end + 4) is not None or _RANGE_FROM.search(text[max(0, start - 6):start]) is not None
