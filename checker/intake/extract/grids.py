"""Tables read as grids: each cell with a figure is read by its row header (column 1) and its column
header (row 1), and by the table's caption (the line above it): one of them names the indicator, one
the stage (or 合计, the total), a column may say the year (本年, 上年, 2022年) or be a stated change
(比上年增长%), and the unit comes from the cell, its headers (…(元)) or the caption (单位:万元). The
locator is the cell's place, 表2 第3行第4列 (rows and columns counted from the table's first); the
quote is the cell's text. A figure whose indicator, stage, year or unit is not certain is unattached,
with the reason, as in prose."""

from __future__ import annotations

import bisect
import re

from checker.intake.extract.figures import Extractor, Proposed, Unattached, _YEAR
from checker.intake.extract.readers import Grid
from checker.intake.indicators import dictionary
from checker.intake.units import UnitError, unit_scale

_VALUE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|%|人|名|所|个|班)?\s*$")
_LABEL_UNIT = re.compile(r"[(]\s*(亿元|万元|千元|元/生|元|%|万人|人|所|个|班)\s*[)]")
_CAPTION_UNIT = re.compile(r"单位\s*[:]\s*(亿元|万元|千元|元|万人|人|所|个)")


def read_grids(run: Extractor, grids: tuple[Grid, ...]) -> None:
    """Add the facts and unattached figures of each grid to `run` (its spans are in the source text)."""
    for grid in grids:
        _Grid(run, grid, run.f.origin).read()


def grid_spans(grids: tuple[Grid, ...], origin: tuple[int, ...]) -> list[tuple[int, int]]:
    """Where the grids' rows stand in the folded text: prose reading skips those lines."""
    out = []
    for grid in grids:
        first, last = grid.cells[0][0], grid.cells[-1][-1]
        out.append((bisect.bisect_left(origin, first[0]), bisect.bisect_left(origin, last[1])))
    return out


class _Grid:
    def __init__(self, run: Extractor, grid: Grid, origin: tuple[int, ...]):
        self.run, self.grid, self.origin = run, grid, origin
        self.text = run.text
        self.cells = [[self._folded(span) for span in row] for row in grid.cells]
        self.caption = self._folded(grid.caption) if grid.caption else None
        own = re.match(r"\s*表\s*(\d+)", self.text[slice(*self.caption)]) if self.caption else None
        self.number = int(own.group(1)) if own else grid.number  # the table's own number (表2), else its place

    def _folded(self, span: tuple[int, int]) -> tuple[int, int]:
        a = bisect.bisect_left(self.origin, span[0])
        b = bisect.bisect_left(self.origin, span[1])
        return a, b

    def cell(self, r: int, c: int) -> str:
        a, b = self.cells[r][c]
        return self.text[a:b]

    def locator(self, r: int, c: int) -> str:
        return f"表{self.number} 第{r + 1}行第{c + 1}列"

    def read(self) -> None:
        if len(self.cells) < 2 or len(self.cells[0]) < 2:
            return
        changes = []
        for r in range(1, len(self.cells)):
            for c in range(1, len(self.cells[r])):
                m = _VALUE.match(self.cell(r, c))
                if m is None:
                    continue
                fact = self._cell(r, c, m, changes)
                if fact is not None:
                    self.run.facts.append(fact)
        for r, c, number, key in changes:  # a change column states the change of its row's latest figure
            row = [p for p in self.run.facts if (p.indicator, p.stage) == key[:2]
                   and p.locator.startswith(f"表{self.number} 第{r + 1}行第")]
            target = max(row, key=lambda p: p.period, default=None)
            if target is None:
                self._skip(r, c, "stated_without_value")
            else:
                target.stated["change_pct"] = number

    def _skip(self, r: int, c: int, reason: str) -> None:
        a, b = self.cells[r][c]
        self.run.unattached.append(Unattached(self.run.f.quote(a, b), self.locator(r, c), a, b, reason))

    def _labels(self, r: int, c: int) -> list[tuple[int, int]]:
        """The spans that say what cell (r, c) is: its column header, its row header, the caption."""
        spans = [self.cells[0][c] if c < len(self.cells[0]) else None, self.cells[r][0], self.caption]
        return [s for s in spans if s is not None]

    def _cell(self, r: int, c: int, m: re.Match, changes: list) -> Proposed | None:
        run, v = self.run, self.run.v
        labels = self._labels(r, c)
        names = [(span, run._names(*span)) for span in labels]
        indicators = next(({n[0] for n in found} for _, found in names if found), set())
        if len(indicators) != 1:
            self._skip(r, c, "no_indicator" if not indicators else "phrase")
            return None
        indicator = indicators.pop()
        spec = dictionary()[indicator]
        stage, why = self._stage(labels, names, indicator)
        if why is None and stage is not None and not spec.allows_stage(stage):
            why = "stage_not_allowed"
        if why is None and stage is None and indicator in v["needs_stage"]:
            why = "no_stage"
        if why:
            self._skip(r, c, why)
            return None
        header = " ".join(self.text[a:b] for a, b in labels[:2])
        period, role = self._period(header)
        if role == "change":
            changes.append((r, c, m.group(1), (indicator, stage, period)))
            return None
        if period > run.period:
            self._skip(r, c, "later_year")
            return None
        unit = m.group(2) or next((u.group(1) for a, b in labels if (u := _LABEL_UNIT.search(self.text, a, b))), None)
        if unit is None and self.caption:
            found = _CAPTION_UNIT.search(self.text, *self.caption)
            unit = found.group(1) if found else None
        if unit is None:
            self._skip(r, c, "unit")  # a table without a unit: the unit is never guessed
            return None
        try:
            unit_scale(unit, spec.family)
        except UnitError:
            self._skip(r, c, "unit")
            return None
        kinds = [k for k in v["count_kinds"] if spec.unit in k] if spec.family == "count" else []
        allowed = v["units"].get(indicator)
        if (allowed and unit not in allowed) or (kinds and unit not in kinds[0]):
            self._skip(r, c, "unit")
            return None
        a, b = self.cells[r][c]
        return Proposed(indicator, stage, period, m.group(1), unit, self.locator(r, c), a, b, figure=(a, b))

    def _stage(self, labels, names, indicator) -> tuple[str | None, str | None]:
        """One stage from the headers (a staged name's, or a stage word outside names); 合计 or no
        stage word: the total; a mix of stages or two different stages: unattached."""
        v = self.run.v
        stages, mixed = set(), []
        for (a, b), (_, found) in zip(labels[:2], names[:2]):
            stages |= {n[3] for n in found if n[3]}
            for t in v.tokens.finditer(self.text, a, b):
                if any(n[1] <= t.start() < n[2] for n in found):
                    continue
                if t.group() in v.mixed:
                    mixed.append(t.group())
                elif t.group() in v.other_levels:
                    return None, "not_a_stage"
                else:
                    stages.add(v.stage_of[t.group()])
        if mixed and not all(t in v["mixed_totals"].get(indicator, ()) for t in mixed):
            return None, "mixed_stage"
        if len(stages) > 1:
            return None, "stage_unclear"
        return (stages.pop() if stages else None), None

    def _period(self, header: str) -> tuple[int, str]:
        """(year, role) of a cell from its headers: a change column, 上年, a year named, or the
        table's year (the caption's, else the evaluated year)."""
        run = self.run
        caption_years = [int(y.group(1)) for y in _YEAR.finditer(self.text, *self.caption)] if self.caption else []
        base = caption_years[-1] if caption_years else run.period
        if re.search(run.v["grid_change_words"], header):
            return base, "change"
        years = [int(y.group(1)) for y in _YEAR.finditer(header)]
        if years:
            return years[-1], "value"
        if re.search(r"上年|去年", header):
            return base - 1, "value"
        return base, "value"
