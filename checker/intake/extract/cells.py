"""The cell tests the readers of a text's flattened tables share (bartables.py, spacedtables.py): what a figure cell
is (digits, grouped in threes by commas, a share sign or a unit written in the cell), how long a cell may be, an
empty cell written as a mark, a unit cell or line."""

from __future__ import annotations

import re

# a figure cell: digits (grouped in threes by commas, 15,230), a share sign or a count's or money's unit written in the
# cell (24所, 15230人, 85210万元); a year (2022年) is no figure
_NUMBER = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|亿元|万元|千元|元|人|名|所|个|班)?$")
_MAX_CELL = 40
_BARE = re.compile(r"^-?\d+(?:\.\d+)?$")  # a figure without a unit or a share sign
_MAX_WIDTH = 10


_PLACEHOLDER = frozenset({"*", "—", "-", "－", "/", "…"})  # an empty cell written as a mark
_UNITS = r"[(（](?:亿元|万元|千元|元|%|万人|人|所|个|班|平方米|万平方米)[)）]"  # a unit in brackets
_UNIT_CELL = re.compile(rf"^{_UNITS}$")
_UNIT_END = re.compile(rf"{_UNITS}$")  # a header cell ending in its unit (生数⏎(人))
_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位\s*[:：]")
_UNIT_HEAD = re.compile(r"^\s*(?:计量)?单\s*位\s*$")  # a column headed 单位: each row's unit


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n\r":
        a += 1
    while b > a and text[b - 1] in " \t\n\r":
        b -= 1
    return a, b
