"""Tables read as grids: each cell with a figure is read by its column header, its row header, the
section row above it and the table's caption (the line above the table): one of them names the
indicator, one the stage (or 合计/总计, the total), a column may say the year (本年, 上年, 2022年, a bare
2006) or be a stated change (比上年增长%), and the unit comes from the cell, its headers (…(元)) or the
caption (单位:万元; of 单位:人、所 the one that fits). The locator is the cell's place, 表2 第3行第4列 (rows
and columns counted from the table's first); the quote is the cell's text. A figure whose indicator,
stage, year or unit is not certain is unattached, with the reason, as in prose.

Real tables are not one header row over one label column, so:
- the header is every leading row without a figure (a year is a header's word), each column's cells
  joined down the rows (在校 / 学生数 / (人) is 在校学生数(人)); a header cell merged across columns
  heads each of them; a `#` or 其中 column (#专任教师) is a part of the column before it and has its unit;
- a row with a label and nothing else is a section: it names the quantity of the rows under it
  (学校数, 专任教师); a section that names no quantity leaves its rows without one;
- a row label that names no stage must be the total (合计, 总计, 全市…) or nothing, else its figures are no
  stage's (专门学校, 技工学校, #普通中专);
- two rows of one table that give the same stage the same quantity are a whole and its part (3.中等职业学校
  and 职业高中): the numbered row is kept when only one is numbered, else neither;
- a figure in a cell merged over several rows or columns is a joint figure (初中、高中为合计数): no one's;
- a count is a whole number; a count without a unit written anywhere takes its own unit only where its
  header names the number of something (学校数, 在校学生数: 所, 人), never a scaled one;
- rows (or columns) naming several places give the entity only its own (places.py), and rows indented under a
  count row (a yearbook's 学校数 / 普通中学 / 高 中) are that count by their stage.

Whose a table's figures are by its titles and its territories' rows is gridtitles.py's (a mixin of the reader).
Past 400 lines for a reason: every rule above reads the same cell's headers, section and caption; split, each
part would need the whole grid passed to it."""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from checker.intake.extract.cells import _UNIT_HEAD
from checker.intake.extract.figures import Extractor, Proposed, Unattached, _YEAR
from checker.intake.extract.gridtitles import _BRACKETS, GridTitles
from checker.intake.extract.places import is_place, not_own, same_place
from checker.intake.extract.readers import Grid
from checker.intake.extract.tokens import longest_first
from checker.intake.extract.vocab import included_scope, words
from checker.intake.indicators import dictionary
from checker.intake.units import UnitError, unit_scale

_VALUE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|%|人|名|所|个|班)?\s*$")
# a label column's header naming the table's quantity and unit: 指标(在校学生数/万人), 在校学生数(万人), 在校学生数/万人
_CORNER = re.compile(r"(?:指标|项目|学段|类别|类型|学校类别|学校类型)?\s*\(?\s*([^()/]+?)\s*[/(]\s*(亿元|万元|千元|元|万人|人|所|个)\s*\)?\s*\)?")
_LABEL_UNIT = re.compile(r"[(]\s*(亿元|万元|千元|元/生|元|%|万人|人|所|个|班)\s*[)]")
_CAPTION_UNITS = re.compile(r"单位\s*[:]\s*((?:(?:亿元|万元|千元|元|万人|人|所|个|%)\s*[、,/]?\s*)+)")
_UNIT_WORD = re.compile(r"亿元|万元|千元|元|万人|人|所|个|%")
# a caption closing on a bracketed unit (各级教育生均经费(元), 在校生数(人)): the unit of every figure of the table
_CAPTION_CLOSING_UNIT = re.compile(r"[(（]\s*(亿元|万元|千元|元|万人|人|所|个|%)\s*[)）]\s*$")  # 主要教育指标(%): h-review34b
_BARE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*年?\s*$")
_SCHOOL_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*[-—–~至]\s*((?:19|20)\d\d)\s*(?:学年|年)")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])")
_PART = re.compile(r"^\s*(?:#|其中\s*[:：]?)")
_RATIO_AFTER = re.compile(r"\s*(?:之比|比(?!上年|去年|上期)|比例|比率|率)")
_TOTAL_WORDS = ("合计", "总计", "共计", "本年", "上年", "去年", "本期", "上期", "年份", "数值", "数量", "数额", "金额",
                "数据", "指标值", "实际值", "完成值", "现状值")
_QUANTITY = re.compile(r"数\s*$|[(（]\s*(?:亿元|万元|千元|元|%|万人|人|所|个|班)\s*[)）]")
_ENGLISH = re.compile(r"[A-Za-z][A-Za-z ,.&'-]*")
_SPREAD = re.compile(r"(?<=[\u4e00-\u9fff(（)）])\s+(?=[\u4e00-\u9fff(（)）])")
_CV = re.compile(r"差异系数")
_SERIAL = re.compile(r"^\s*(?:序号|编号)\s*$")
_PUNCT = re.compile(r"[、,，\s]")
# a change column stating a rate (增长%, 增长(%), 增幅, 增长率): else its figures are amounts (增减额, 比上年增减 220)
_PERCENT_CHANGE = re.compile(r"%|率|幅|百分比")
_UNIT_ALONE = re.compile(r"^\s*(亿元|万元|千元|元|%|万人|人|所|个|班)\s*$")
# a quantity joined to another in one header (教职工及专任教师数, 专任教师和教职工数): the word right before or after a name
_JOINT_BEFORE = re.compile(r"(?:及|和|与|、)$")
_OTHER_MEASURES = re.compile(r"平均|均值|标准差|最大值|最小值|合计|总计")
_JOINT_AFTER = re.compile(r"(?:及|和|与|、)(?!以上|以下)")
_SCHOOL_KIND = re.compile(r"(?:学校|中学|学院)\s*$")


def read_grids(run: Extractor, grids: tuple[Grid, ...]) -> None:
    """Add the facts and unattached figures of each grid to `run` (its spans are in the source text)."""
    captions = {grid.caption[0] for grid in grids if grid.caption}  # (a 表 line under one table may head the next)
    for grid in grids:
        _Grid(run, grid, run.f.origin, captions).read()


def grid_spans(grids: tuple[Grid, ...], origin: tuple[int, ...]) -> list[tuple[int, int]]:
    """Where the grids' rows stand in the folded text: prose reading skips those lines."""
    out = []
    for grid in grids:
        first, last = grid.cells[0][0], grid.cells[-1][-1]
        out.append((bisect.bisect_left(origin, first[0]), bisect.bisect_left(origin, last[1])))
    return out


class _Grid(GridTitles):
    def __init__(self, run: Extractor, grid: Grid, origin: tuple[int, ...], captions: set[int] = frozenset()):
        self.run, self.grid, self.origin = run, grid, origin
        self.captions = {bisect.bisect_left(origin, c) for c in captions if c != (grid.caption or (None,))[0]}
        self.sections: dict[int, str | None] = {}  # each row's section (公办学校 / 小学 20 … 民办学校 / 小学 20)
        self.text = run.text
        self.cells = [[self._folded(span) for span in row] for row in grid.cells]
        self.caption = self.text[slice(*self._folded(grid.caption))] if grid.caption else ""
        own = re.match(r"\s*表\s*(\d+)", self.caption)
        self.number = int(own.group(1)) if own else grid.number  # the table's own number (表2), else its place
        self.cover = {}  # (r, c) -> the merged cell's first place, for every place a merged cell covers
        for r0, c0, r1, c1 in grid.merged:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    self.cover[(r, c)] = (r0, c0)
        self.joined: dict[int, str] = {}  # row -> its label joined with the line above it (a label broken over two)
        self.head = self._header_rows()
        self.columns = [self._column(c) for c in range(max(len(row) for row in self.cells))]

    def _folded(self, span: tuple[int, int]) -> tuple[int, int]:
        return bisect.bisect_left(self.origin, span[0]), bisect.bisect_left(self.origin, span[1])

    def cell(self, r: int, c: int) -> str:
        if c >= len(self.cells[r]):
            return ""
        a, b = self.cells[r][c]
        return self.text[a:b]

    def _broken_label(self, r: int) -> bool:
        """Whether row r (a label, no figure) is the first line of the next row's label, broken over two lines
        (生均一般公共预算 / 教育经费 12030.11): neither line names an indicator, the two joined name one. The next row
        is then labelled with the two lines joined."""
        if self.grid.labels != 1 or r + 1 >= len(self.cells) or not any(self.cell(r + 1, c)
                                                                        for c in range(1, len(self.cells[r + 1]))):
            return False
        first, second = self.label(r), self.label(r + 1)
        if not second or self._names(first) or self._names(second) or not self._names(first + second):
            return False
        self.joined[r + 1] = first + second
        return True

    def label(self, r: int) -> str:
        """Row r's label: its label cells (the first, or the grid's several: 市 县 类型), a label merged
        down over several rows labelling each."""
        if r in self.joined:
            return self.joined[r]
        cells = [self.cell(*self.cover.get((r, c), (r, c))) for c in range(self.grid.labels)
                 if not _SERIAL.match(self._column(c))]  # a 序号 column numbers the rows
        return "/".join(_SPREAD.sub("", cell) for cell in cells if cell)  # 合 计: a word spread over its cell

    def place(self, r: int) -> str | None:
        """The place row r's label cells name (the last, most specific: 合肥市 / 庐阳区 is 庐阳区), or None."""
        cells = [_SPREAD.sub("", self.cell(*self.cover.get((r, c), (r, c)))) for c in range(self.grid.labels)]
        places = [cell for cell in cells if is_place(cell)]
        return places[-1] if places else None

    def whose(self, places: dict[int, str | None]) -> dict[int, str]:
        """The rows (or columns) of another place than the entity, with the reason (places.not_own)."""
        return not_own(places, self.run.own_name, self.run.level)

    def column_place(self, c: int) -> str | None:
        """The place a column's header names (长兴县), or None."""
        header = _BRACKETS.sub("", self.columns[c]).strip()
        return header if is_place(header) else None

    def is_own(self, place: str) -> bool:
        return bool(self.run.own_name) and same_place(place, self.run.own_name)

    def locator(self, r: int, c: int) -> str:
        return f"表{self.number} 第{r + 1}行第{c + 1}列"

    def _header_rows(self) -> int:
        """The leading rows without a figure (a year is a header's word); at least the first."""
        rows = 0
        for r, row in enumerate(self.cells):
            rest = [self.cell(r, c) for c in range(self.grid.labels, len(row))]
            if not any(rest) or any(_VALUE.match(x) and not _BARE_YEAR.match(x) for x in rest):
                break
            rows = r + 1
        return max(rows, 1)

    def _column(self, c: int) -> str:
        """The column's header: its cells down the header rows, a merged cell's text where it covers."""
        parts = []
        for r in range(self.head):
            at = self.cover.get((r, c), (r, c))
            parts.append(_SPREAD.sub("", self.cell(*at)))
        return "".join(parts)

    def read(self) -> None:
        if len(self.cells) <= self.head or len(self.columns) < 2:
            return
        facts: list[tuple[Proposed, int]] = []
        changes = []
        section = None
        row_places = {r: self.place(r) for r in range(self.head, len(self.cells))}
        column_places = {c: self.column_place(c) for c in range(self.grid.labels, len(self.columns))}
        others = self.whose(row_places) | self._wholes_beside_own(row_places, self.label) \
            | self._parents(row_places, self.label)
        other_columns = self.whose(column_places) | self._wholes_beside_own(column_places, lambda c: self.columns[c]) \
            | self._parents(column_places, lambda c: self.columns[c])
        titled = self._caption_says()  # 表1 桐山县…, 全省…, "十四五"…目标, 省定…标准, …预算: none of the table is the year's own
        own_rows = {r for r, p in row_places.items() if p and self.is_own(p)}
        own_columns = {c for c, p in column_places.items() if p and self.is_own(p)}
        section = self._corner()  # 指标(在校学生数/万人) | 2016年 | …: the quantity and unit of every row under it
        for r in range(self.head, len(self.cells)):
            values = [c for c in range(self.grid.labels, len(self.cells[r])) if self.cell(r, c)]
            if self.label(r) and not values:
                if self._broken_label(r):
                    continue  # 一般公共预算教 / 育经费 70560: the first line of the next row's label
                section = self.label(r)  # a row naming what the rows under it count
                continue
            self.sections[r] = section
            for c in values:
                m = _VALUE.match(self.cell(r, c))
                if m is None:
                    continue
                if r in others or c in other_columns:
                    self._skip(r, c, others.get(r) or other_columns[c])
                    continue
                if titled and r not in own_rows and c not in own_columns and not (
                        titled == "target" and re.search(r"(?:19|20)\d\d", self.columns[c] + " " + self.label(r))):
                    # (a table by place gives the entity its own row or column still; a plan's table its columns of a
                    # year named: 2020年 the baseline, the year's own, 2025年 a later year's, refused as later)
                    self._skip(r, c, titled)
                    continue
                fact = self._cell(r, c, m, section, changes)
                if fact is not None:
                    facts.append((fact, r))
        for fact, r in self._wholes(self._types(facts)):
            self.run.facts.append(fact)
        for r, c, number, key in changes:  # a change column states the change of its row's latest figure
            row = [p for p in self.run.facts if (p.indicator, p.stage) == key[:2]
                   and p.locator.startswith(f"表{self.number} 第{r + 1}行第")]
            target = max(row, key=lambda p: p.period, default=None)
            if target is None:
                self._skip(r, c, "stated_without_value")
            else:
                target.stated["change_pct"] = number

    def _corner(self) -> str | None:
        """The label column's header when it names one quantity and its unit and no column names one (指标(在校学生数/万人)
        over rows of stages and columns of years: stop 37, 绍兴 2020), as a section row would: `在校学生数(万人)`."""
        if self.grid.labels != 1 or any(self._names(self.columns[c]) for c in range(1, len(self.columns))):
            return None
        m = _CORNER.fullmatch(_SPREAD.sub("", self.columns[0]))
        if m is None:
            return None
        said = m.group(1)
        names = self._names(said)
        if len({n[0] for n in names}) != 1 or not any(n[1] == 0 and said[n[2]:] in ("", "数") for n in names):
            return None  # 指标(民办在校学生数/万人), (在校学生数增减/万人), (全市在校学生数/万人): a part's, a change, another
            # place's — the corner is the quantity's plain name or nothing (h-review37b)
        if m.group(2).startswith("万") and any(
                _VALUE.match(self.cell(r, c)) and "." not in self.cell(r, c)
                for r in range(self.head, len(self.cells)) for c in range(1, len(self.cells[r]))):
            return None  # 在校学生数/万人 over 9800: counts in 万 are written with their decimals (h-review37b)
        return f"{said}({m.group(2)})"

    def _types(self, facts: list[tuple[Proposed, int]]) -> list[tuple[Proposed, int]]:
        """In a table listing school types the statistics count under their highest stage (完全中学, 九年一贯制学校:
        extract.yaml `counted_above`) beside a row of that stage (初级中学 6), the stage's row is one type's count, not
        the stage's (`stage_unclear`), as in a sentence; a type row marked a part (#九年一贯制, 其中:…) leaves it whole."""
        above: set[str] = set()
        spanned: set[str] = set()  # the stages whose pupils, teachers, classes a type row shares (extract.yaml types_span)
        for r in range(self.head, len(self.cells)):
            label = self.label(r)
            figures = any(_VALUE.match(self.cell(r, c)) for c in range(self.grid.labels, len(self.cells[r])))
            if figures and not _PART.match(self.cell(r, 0)):  # a type row with figures: 九年一贯制学校 3
                above |= {stage for kind, stages in self.run.v["counted_above"].items() if kind in label
                          for stage in stages}
                spanned |= {stage for kind, stages in self.run.v["types_span"].items() if kind in label
                            for stage in stages}
        kept = []
        for fact, r in facts:
            family = dictionary()[fact.indicator].family
            if family == "count" and (fact.stage in above if fact.indicator == "schools"
                                      else fact.stage in spanned and not self._summed_below(fact, r)):
                self.run.unattached.append(Unattached(self.run.f.quote(fact.start, fact.end), fact.locator,
                                                      fact.start, fact.end, "stage_unclear"))
            else:
                kept.append((fact, r))
        return kept

    def _summed_below(self, fact: Proposed, r: int) -> bool:
        """Whether the rows under a stage's row, up to the next stage's, add up to its figure in its column (初中 13057 /
        初级中学 7077 / 九年一贯制学校 — / 完全中学 5980): the stage's whole, its kinds of school listed under it."""
        c = int(re.search(r"第(\d+)列", fact.locator).group(1)) - 1
        total, parts, rows = 0.0, 0, 0
        for k in range(r + 1, len(self.cells)):
            label = self.label(k)
            if any(t.group() in self.run.v.stage_of and not _SCHOOL_KIND.search(label)
                   for t in self.run.v.tokens.finditer(label)) and not any(kind in label for kind in self.run.v["types_span"]):
                break  # the next stage's row
            rows += 1
            m = _VALUE.match(self.cell(k, c)) if c < len(self.cells[k]) else None
            if m:
                total, parts = total + float(m.group(1)), parts + 1
        if float(fact.value) == 0:
            return rows >= 1 and total == 0  # none: its kinds under it hold none either (or leave the cell empty)
        return parts >= 2 and abs(total - float(fact.value)) < 0.5

    def _wholes(self, facts: list[tuple[Proposed, int]]) -> list[tuple[Proposed, int]]:
        """Of two rows giving one stage the same quantity (a whole and its part), the numbered one
        where only one is numbered; otherwise neither (`stage_unclear`)."""
        groups: dict[tuple, list[tuple[Proposed, int]]] = {}
        for fact, r in facts:
            groups.setdefault((fact.indicator, fact.stage, fact.period), []).append((fact, r))
        kept = []
        for group in groups.values():
            if len(group) == 1 and dictionary()[group[0][0].indicator].family == "count" and group[0][0].stage \
                    and self._kind_row(group[0][1]):
                fact = group[0][0]  # 公办幼儿园 46 alone under 学校数 (民办幼儿园 read as its own indicator): a kind's count,
                self.run.unattached.append(Unattached(self.run.f.quote(fact.start, fact.end), fact.locator,  # never the
                                                      fact.start, fact.end, "subset"))  # stage's whole (h-review33d)
                continue
            if len(group) == 1:
                kept += group
                continue
            numbered = [(f, r) for f, r in group if _NUMBERED.match(self.label(r))]
            if len({f.value for f, _ in group}) == 1 and len({_SPREAD.sub("", self.label(r)) for _, r in group}) == 1 \
                    and len({self.sections.get(r) for _, r in group}) == 1:
                numbered = group[:1]  # the same row twice (a row repeated): one fact; never 城关小学 1 / 城南小学 1
            elif not numbered and not _SCHOOL_KIND.search(self.label(group[0][1])) \
                    and all(_SCHOOL_KIND.search(self.label(r)) for _, r in group[1:]):
                numbered = group[:1]  # 初中, then its kinds of school (初级中学, 完全中学): the whole first
            parts = set()
            if not numbered:  # 公办幼儿园 46 / 民办幼儿园 26 / 合计 72: the total row, its parts (subset words) beside it,
                # the whole only where the parts are complementary (公办 and 民办: extract.yaml complementary_parts; not
                # 公办 / 普惠性民办 / 合计, the inclusive ones' total: h-review33d)
                totals = [(f, r) for f, r in group if self._neutral(self.label(r))]
                parts = {r for _, r in group if self.run.re_subset.search(self.label(r)) or _PART.match(self.cell(r, 0))}
                whole = any(all(any(k.startswith(w) for k in self._kind_labels) for w in pair)
                            for pair in self.run.v["complementary_parts"])
                if len(totals) == 1 and whole and all(r in parts for f, r in group if f is not totals[0][0]):
                    numbered = totals
            for fact, r in group:
                if len(numbered) == 1 and numbered[0][0] is fact:
                    kept.append((fact, r))
                else:
                    self.run.unattached.append(Unattached(self.run.f.quote(fact.start, fact.end), fact.locator,
                                                          fact.start, fact.end,
                                                          "subset" if r in parts and numbered else "stage_unclear"))
        return sorted(kept, key=lambda item: (item[0].start, item[0].end))

    @cached_property
    def _kind_labels(self) -> list[str]:
        """The labels of the table's rows naming a kind (公办幼儿园, 民办幼儿园; not a 其中: row): what `_wholes` asks
        is complementary, once a table."""
        return [self.label(r) for r in range(self.head, len(self.cells))
                if self.run.re_subset.search(self.label(r)) and not _PART.match(self.cell(r, 0))]

    def _kind_row(self, r: int) -> bool:
        """Whether a row's label names a kind of its stage's schools or pupils (公办幼儿园, 农村小学: extract.yaml
        subset_words outside any indicator's name in it), never a stage's whole; a place's row (东城区: 城区 in its name)
        is none."""
        if self.place(r) is not None:
            return False
        label = _BRACKETS.sub("", self.label(r))
        for n in sorted(self._names(label), key=lambda n: -n[1]):
            label = label[:n[1]] + label[n[2]:]
        return self.run.re_subset.search(label) is not None

    def _skip(self, r: int, c: int, reason: str) -> None:
        a, b = self.cells[r][c]
        self.run.unattached.append(Unattached(self.run.f.quote(a, b), self.locator(r, c), a, b, reason))

    def _names(self, label: str) -> list[tuple[str, int, int, str | None]]:
        """Indicator names in a header (a count's name is a name here: a header counts), longest first,
        not inside a stage's or a school level's word (特殊教育学校 is no 学校 count), nor a ratio's part
        (学生与专任教师比 is no teacher count)."""
        v = self.run.v
        words = [t.span() for t in v.tokens.finditer(label)]
        found = []
        for name in v.names:
            for m in name.pattern.finditer(label):
                if name.after_count:
                    continue  # 班 names only the count right before it in a sentence (tokens.py), never a header
                if name.counted and not (m.group().endswith("数") or label.startswith("数", m.end())):
                    continue  # 学校 in a label is a kind of school (技工学校); 学校数 counts them
                if any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in words) and not name.staged:
                    continue
                if any(a < m.start() < b < m.end() or m.start() < a < m.end() < b for a, b in words):
                    continue
                if _RATIO_AFTER.match(label, m.end()):
                    continue
                stage = v.stage_of[m.group("stage")] if name.staged else name.stage
                found.append((name.indicator, m.start(), m.end(), stage))
        return longest_first(found)

    def _cell(self, r: int, c: int, m: re.Match, section: str | None, changes: list) -> Proposed | None:
        run, v = self.run, self.run.v
        if (r, c) in self.cover:
            r0, c0, r1, c1 = next(s for s in self.grid.merged if (s[0], s[1]) == self.cover[(r, c)])
            if r1 > r0 or c1 > c0:
                self._skip(r, c, "merged_cell")  # one figure for several rows or columns: a joint figure
                return None
        column, row = self.columns[c], self.label(r)
        # a section naming a quantity (学校数, 招生数: a count, or a unit) is the quantity of its rows, known
        # or not; a heading of stages (基础教育, 一、小学) or of a kind of figures leaves it to the rows
        above = self._quantity_above(r)  # 学校数 (所) 1764 / ␣普通中学 539 / ␣␣高 中 120: the rows under a count
        if above is not None and not self._names(row):
            section = above
        counts = section is not None and (self._names(section) or _QUANTITY.search(_ENGLISH.sub("", section)))
        sources = [column, section] if counts else [column, row]
        sources.append(self.caption)
        cv = self._cv(column, row)
        if cv is not None:  # a 差异系数 row under a column naming what varies (or the other way round)
            if cv == "":
                self._skip(r, c, "no_indicator")
                return None
            sources = [cv]
        names = [(label, self._names(label)) for label in sources]
        indicators = next(({n[0] for n in found} for _, found in names if found), set())
        counted = v["stage_counts"].get(self._unit_column(r) or "")
        if not indicators and counted and any(t.group() in v.stage_of for t in v.tokens.finditer(row)):
            # 小学 / 所 / 588 582 under 单位 2014年 2015年: a stage's row counted in 所 is its count of schools (stop 36)
            indicators, names = {counted}, [(row, [(counted, 0, 0, None)])]
        if len(indicators) != 1:
            self._skip(r, c, "no_indicator" if not indicators else "phrase")
            return None
        indicator = indicators.pop()
        spec = dictionary()[indicator]
        source = next(label for label, found in names if found)
        if any(_JOINT_BEFORE.search(source[:n[1]]) or _JOINT_AFTER.match(source, n[2])
               for n in next(f for _, f in names if f)):
            self._skip(r, c, "phrase")  # 教职工及专任教师数: one figure for two quantities, never the named one's alone
            return None
        if column != source and cv is None and not self._neutral(column) and not any(v.tokens.finditer(column)) \
                and not re.search(v["grid_change_words"], column):
            self._skip(r, c, "no_indicator")  # the column counts something else (班级数, 招生数)
            return None
        if column == source and self._qualified(source, next(f for _, f in names if f)[0]):
            self._skip(r, c, "subset")  # 寄宿制学校数, 标准化学校数: a kind of the named quantity's, never the whole
            return None
        if column == source and self._part_after(source, next(f for _, f in names if f)[0]):
            self._skip(r, c, "subset")  # 学校数(所) / 其中民办 (a two-row header): the named quantity's part (h-review34f)
            return None
        if self._of_schools:
            self._skip(r, c, "named_school")  # 学校名称 / 城关小学 1230: one school's
            return None
        if self._item_of(row):
            self._skip(r, c, "subset")  # 小学 / 教学点 15: a part of the category's
            return None

        stage, why = self._stage([column, self._within(row)], indicator)
        # the stage a stage-less name says itself (学前三年毛入园率: 学前): a caption naming it (学前教育普及普惠主要指标)
        # names the table's subject, not a stage of the figure
        named = next(n for n in names if n[0] == source)[1][0]
        inner = {v.stage_of[t.group()] for t in v.tokens.finditer(source[named[1]:named[2]])
                 if t.group() in v.stage_of} if spec.stages == "none" else set()
        if why is None and stage is None and section and not counts:
            heading, unclear = self._stage([section], indicator)  # 一、小学 over rows 学校数, 在校生数
            stage = None if unclear else heading  # a heading of several stages (基础教育) gives none
        if why is None and stage is None:  # a caption's bracketed part naming one stage: …监测结果(小学部分)
            parts = [p for p in _BRACKETS.findall(self.caption) if any(v.tokens.finditer(p))]
            heading, unclear = self._stage(parts, indicator) if len(parts) == 1 else (None, None)
            stage = None if unclear or heading in inner else heading
        if why is None and stage is None and row != source and not self._neutral(row):
            why = "no_stage"  # a row of something that is neither a stage nor the total: 专门学校
        if why is None and stage is None and self.caption:  # a caption naming one stage: 分县区幼儿教育基本情况
            caption = _BRACKETS.sub("", self.caption)
            heading, unclear = self._stage([caption], indicator)
            mixes = {t.group() for t in v.tokens.finditer(caption) if t.group() in v.mixed}
            if unclear == "mixed_stage" and mixes - {"基础教育"}:
                why = "mixed_stage"  # 各县(市、区)普通中学基本情况: 初中 and 高中 together, never the whole
            stage = None if unclear or heading in inner else heading
        if why is None and stage is not None and not spec.allows_stage(stage):
            why = "stage_not_allowed"
        if why is None and stage is None and indicator in v["needs_stage"]:
            why = "no_stage"
        if why:
            self._skip(r, c, why)
            return None
        period, role = self._period(column, row)
        if role in ("unclear", "part"):
            self._skip(r, c, "year_unclear" if role == "unclear" else "part_year")
            return None
        if spec.family == "count" and run.re_flow.search(spec.zh) and self._has_target_column:
            self._skip(r, c, "multi_year")  # 新建和改扩建幼儿园(所) — 15 7 in a plan's table: the period's sum so far
            return None
        if role == "change":
            said = column if re.search(v["grid_change_words"], column) else row  # the header saying it is a change
            if spec.family == "percent" or "百分点" in said:
                self._skip(r, c, "percentage_points")  # a rate's change (增减(百分点) 0.7): points, never a growth rate
                return None
            if m.group(2) != "%" and not _PERCENT_CHANGE.search(said + self.caption[-8:]):
                self._skip(r, c, "unit")  # 比上年增减 220, 增减额 5080: a change in the figure's own unit, not a rate
                return None
            changes.append((r, c, m.group(1), (indicator, stage, period)))
            return None
        if period > run.period:
            self._skip(r, c, "later_year")
            return None
        if spec.family == "count" and "." in m.group(1) and not (
                m.group(2) or self._unit_column(r) or self._unit(c, [column, row, section or ""], spec, source) or ""
        ).startswith("万"):
            self._skip(r, c, "not_a_count")  # 13.86 under 学生与专任教师比: a ratio, not a count (153.75 in 万人 is one)
            return None
        if spec.family == "ratio":  # a coefficient has no unit (a column's 元 is what varies)
            if m.group(2) is None:
                a, b = self.cells[r][c]
                return Proposed(indicator, stage, period, m.group(1), "", self.locator(r, c), a, b, figure=(a, b))
            self._skip(r, c, "unit")
            return None
        corner = [self.columns[0]] if self.grid.labels == 1 and c > 0 else []  # 指标(%) | 2022年 | 2023年: its rows' unit
        unit = m.group(2) or self._unit_column(r) or self._unit(c, [column, row, section or "", *corner], spec, source)
        if unit is None and spec.family == "count" and re.search(r"数\s*$", self._parent_row(r) or ""):
            unit = spec.unit  # 教职工数 / #园长 / 专任教师: a part of a count is counted in its unit
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
        return Proposed(indicator, stage, period, m.group(1), unit, self.locator(r, c), a, b, figure=(a, b),
                        scope=included_scope(v, row, stage))

    def _unit(self, c: int, labels: list[str], spec, source: str) -> str | None:
        """The unit a header or the caption writes; a `#` column's is its parent's; a count named as
        the number of something (…数) without any unit written is in its own unit."""
        for label in labels:
            found = _LABEL_UNIT.search(label)
            if found:
                return found.group(1)
        if c > self.grid.labels and _PART.match(self.columns[c]):
            return self._unit(c - 1, [self.columns[c - 1]], spec, self.columns[c - 1])
        listed = _CAPTION_UNITS.search(self.caption)
        if listed:
            units = _UNIT_WORD.findall(listed.group(1))
            fitting = [u for u in units if _fits(u, spec, self.run.v)]
            return fitting[0] if len(fitting) == 1 else (units[0] if len(units) == 1 else None)
        closing = _CAPTION_CLOSING_UNIT.search(self.caption)  # 生均一般公共预算教育经费(元): the whole table's unit
        if closing:
            return closing.group(1)
        named = next((n for n in self._names(source) if n[0] == spec.id  # or the count a `其中` column is part of
                      or (dictionary()[n[0]].family == spec.family == "count" and dictionary()[n[0]].unit == spec.unit)),
                     None)
        if spec.family == "count" and named and (source[named[1]:named[2]] + source[named[2]:named[2] + 1]).endswith("数"):
            return spec.unit
        return None

    def _unit_column(self, r: int) -> str | None:
        """The unit a label column headed 单位 (计量单位) writes in row r (指标 单位 数值 / 教育经费总投入 万元 85210)."""
        for c in range(self.grid.labels):
            if _UNIT_HEAD.match(self._column(c)):
                found = _UNIT_ALONE.match(self.cell(r, c))
                return found.group(1) if found else None
        return None

    def _quantity_above(self, r: int) -> str | None:
        """The label of the nearest row above that row r is indented under (_parent_row, and so on up) naming an
        indicator: the quantity of r's figures (a yearbook's 学校数 row with its total, its kinds of school under
        it), or None."""
        k = r
        for _ in range(4):
            parent = self._parent_row(k, index=True)
            if parent is None:
                return None
            if self._names(self.label(parent)):
                return self.label(parent)
            k = parent
        return None

    def _parent_row(self, r: int, index: bool = False):
        """The label of the row a part row belongs to (教职工数 / #园长, then 专任教师 indented as deep): a row
        marked # or indented deeper than a row above is a part of the nearest row above indented less."""
        def indent(k: int) -> int:
            a = self.grid.cells[k][0][0]
            source = self.run.f.source
            return a - (source.rfind("\n", 0, a) + 1)
        mine = indent(r)
        marked = _PART.match(self.cell(r, 0)) is not None
        for k in range(r - 1, self.head - 1, -1):
            if _PART.match(self.cell(k, 0)):
                continue
            if indent(k) < mine or (marked and indent(k) <= mine):
                return k if index else self.label(k)
            if indent(k) == mine and not marked:
                continue  # a sibling: its parent is r's too
        return None

    def _cv(self, column: str, row: str) -> str | None:
        """The name a cell's coefficient of variation has when its row says 差异系数 and its column what
        varies (生均教学仪器设备值(元): 生均教学仪器设备值差异系数), or the other way round; "" for a CV
        whose name no indicator has; None when neither says 差异系数 or both do. A 综合 column is the
        composite CV only in a table of the composite's eight coefficients (else it is the mean of
        others: 优质均衡's seven), and a CV is never a row's or a column's stage."""
        said = [label for label in (column, row) if _CV.search(label)]
        if not said and _CV.search(self.caption) and not self._other_measures:
            # 表1 …资源配置指标校际差异系数 / 指标 小学 初中: the caption says what the table's figures are (never when its
            # rows or columns give other measures too: 全县平均值 beside 差异系数)
            staged = [label for label in (column, row) if any(self.run.v.tokens.finditer(label)) and not self._names(label)]
            if len(staged) == 1:
                said = staged  # the stage's header stands for 差异系数; the other names what varies
        if len(said) != 1:
            return None
        other = row if said[0] is column else column
        varies = _PUNCT.sub("", _BRACKETS.sub("", other.split("/")[-1]))
        if not varies:
            return None
        if varies == "综合":
            known = sum(1 for k in range(self.grid.labels, len(self.columns))
                        if self.columns[k] != column and self._names(_PUNCT.sub("", _BRACKETS.sub("", self.columns[k]))
                                                                      + "差异系数"))
            return varies + "差异系数" if known == 8 else ""
        name = varies + "差异系数"
        return name if self._names(name) else ""

    @cached_property
    def _other_measures(self) -> bool:
        """Whether the table gives other measures than coefficients (平均值, 合计, or a figure of 2 or more: 5230 元 is no
        CV), so that a caption saying 差异系数 is not what each of its figures is."""
        return _OTHER_MEASURES.search(self.caption) is not None or any(_OTHER_MEASURES.search(c) for c in self.columns) \
            or any(_OTHER_MEASURES.search(self.label(r)) for r in range(self.head, len(self.cells))) \
            or any((m := _VALUE.match(self.cell(r, c))) and float(m.group(1)) >= 2
                   for r in range(self.head, len(self.cells)) for c in range(self.grid.labels, len(self.cells[r])))

    @cached_property
    def _has_target_column(self) -> bool:
        """Whether a column is a plan's target (2025年目标值, 规划目标): the table follows a plan over several years, and
        a count of what is added (新建, 新增, 改扩建) stands for the plan period so far, not one year (h-review33c)."""
        return any(re.search(words("target_words"), self.columns[c]) for c in range(self.grid.labels, len(self.columns)))

    def _neutral(self, label: str) -> bool:
        """Whether a label without a stage says the total, a year or nothing (合计, 总计, 全市, 2022年,
        本年, 金额(万元), Item): else it is a row or column of something else."""
        rest = "/".join(part for part in _BRACKETS.sub("", _YEAR.sub("", label)).split("/")
                        if not (is_place(part) and self.is_own(part)))  # the entity's own name: its row
        for word in (*self.run.v["grid_actual_words"], *_TOTAL_WORDS, *self.run.v["scope_whole"],
                     *self.run.v["whole_words"]):
            rest = rest.replace(word, "")
        return not re.search(r"[\u4e00-\u9fff]", rest)

    def _qualified(self, header: str, name: tuple) -> bool:
        """Whether a column's header says words of its own before the quantity it names (寄宿制学校数, 标准化学校数,
        达标学校数: a kind's count), beyond stages, the entity's scope, numbering and a part's mark (#, 其中)."""
        before = _BRACKETS.sub("", header[:name[1]])
        before = self.run.v.tokens.sub("", before)
        before = re.sub(rf"{words('scope_words')}|[#＃\d.、()（）\s]|其中", "", before)
        return bool(re.search(r"[\u4e00-\u9fff]", before))

    def _part_after(self, header: str, name: tuple) -> bool:
        """Whether a column's header names a part after the quantity it names: a second header row's 其中… or a kind
        (学校数(所)其中民办, 在校生(人)民办), never its unit, a stage or 合计."""
        after = _BRACKETS.sub("", header[name[2]:])
        return bool(re.match(r"\s*其中", after) or self.run.re_subset.search(after))

    @cached_property
    def _of_schools(self) -> bool:
        """Whether the rows are schools (the label column headed 学校名称, 学校, 校名): each row one school's figures."""
        return re.fullmatch(r"学校名称|学校|校名|学校\(园\)名称|园名|校\(园\)名", _SPREAD.sub("", self._column(0)).strip()) \
            is not None

    def _item_of(self, row: str) -> bool:
        """Whether a row labelled by a category then an item (小学 / 教学点, 小学 / 城区) is a part of the category that
        names no stage itself: a kind or a part of the category's, never its whole (合计, 小计 are its whole)."""
        parts = row.split("/")
        if len(parts) < 2 or not any(self.run.v.tokens.finditer("/".join(parts[:-1]))):
            return False
        last = parts[-1]
        return not any(self.run.v.tokens.finditer(last)) and not is_place(last) and not self._neutral(last) \
            and not self._names(last) and not re.search(r"系数|平均|均值|标准差|[(（]", last) \
            and not re.fullmatch(r"\s*(?:亿元|万元|千元|元|%|万人|人|所|个|班|名|平方米)\s*", last)  # a measure, a unit

    def _within(self, row: str) -> str:
        """A row labelled by several columns, a category then its item (义务教育 / 小学, 高中阶段 / 普通高中): the item's
        stage is the row's, its category's mix of stages only says where it belongs — dropped when the last label
        names one stage and no mix."""
        parts = row.split("/")
        if len(parts) < 2:
            return row
        v = self.run.v
        last = [t.group() for t in v.tokens.finditer(parts[-1])]
        if not last or any(t in v.mixed or t in v.other_levels for t in last):
            return row
        outer = "/".join(parts[:-1])
        for word in sorted(v.mixed, key=len, reverse=True):
            outer = outer.replace(word, "")
        return outer + "/" + parts[-1]

    def _stage(self, labels: list[str], indicator: str) -> tuple[str | None, str | None]:
        """One stage from the headers (a staged name's, or a stage word outside names); 合计 or no
        stage word: the total; a mix of stages or two different stages: unattached."""
        v = self.run.v
        stages, mixed = set(), []
        for label in labels:
            found = self._names(label)
            stages |= {n[3] for n in found if n[3]}
            for t in v.tokens.finditer(label):
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

    def _period(self, column: str, row: str) -> tuple[int, str]:
        """(year, role) of a cell from its headers: a change column, 上年, a year named (a bare year
        heading a column: 2006), or the table's year (the caption's, a school year 2024-2025年 being the
        year it begins in, else the evaluated year)."""
        run = self.run
        school = _SCHOOL_YEAR.search(self.caption)
        if school and int(school.group(2)) == int(school.group(1)) + 1:
            caption_years = [int(school.group(1))]
        else:
            caption_years = [int(y.group(1)) for y in _YEAR.finditer(self.caption)
                             if not re.search(r"(?:上年|去年|上一年)(?:为|是|:)?\s*$", self.caption[:y.start()])]
        this = re.search(r"(?:本年|今年|本期)(?:数)?(?:为|是|:)?\s*((?:19|20)\d\d)年", self.caption)
        last = re.search(r"(?:上年|去年|上一年)(?:数)?(?:为|是|:)?\s*((?:19|20)\d\d)年", self.caption)
        if this:  # (本年为2023年,上年为2022年): the caption says which year 本年 is, and 上年 is the one before it (h-review33e)
            caption_years = [int(this.group(1))]
        elif last:  # (上年为2022年): 本年 is the year after it (h-review33f)
            caption_years = [int(last.group(1)) + 1]
        base = caption_years[-1] if caption_years else run.period
        if not caption_years and re.search(r"上年|去年|上一年", self.caption) and not re.search(r"本年|今年|本期", self.caption):
            base = run.period - 1  # 上年数据: the year before's table
        header = column + " " + row
        if re.search(run.v["grid_change_words"], header):
            return base, "change"
        bare = _BARE_YEAR.match(column) or _BARE_YEAR.match(row)  # a year heading a column (2006) or a row (年份 / 2020)
        years = [int(y.group(1)) for y in _YEAR.finditer(header)] or ([int(bare.group(1))] if bare else [])
        if years:
            return years[-1], "value"
        if re.search(r"(?:19|20)\d\d年?\s*[、和与及]\s*(?:19|20)\d\d年", self.caption):
            return base, "unclear"  # 表1 2022、2023年…情况 over one column: which year's, the caption does not say (h-review33h)
        if this and re.match(r"\s*\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月", self.caption[this.end():]) \
                and not re.search(r"上年|去年", header):
            return base, "part"  # (本年数为2023年1-9月): part of the year, never its whole (h-review33f)
        if re.search(r"上年|去年", header):
            return base - 1, "value"
        return base, "value"


def _fits(unit: str, spec, v) -> bool:
    """Whether a unit can be this indicator's (its family, and for a count its kind: 人 or 所)."""
    try:
        unit_scale(unit, spec.family)
    except UnitError:
        return False
    kinds = [k for k in v["count_kinds"] if spec.unit in k] if spec.family == "count" else []
    return not kinds or unit in kinds[0]
