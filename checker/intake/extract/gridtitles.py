"""Whose a table's figures are, by its titles and its place labels: the titles a table has (the caption above it, the
line over a 表 line naming no place, a 表 line under it that heads no other table) asked the questions prose asks of a
sentence — another place, a town, a part, one school, a territory above the entity, a plan's targets, a standard, a
budget — and rows or columns headed by a territory above the entity (全市 in a county's table, 全省…, 全国…). A mixin
of the grid reader (grids.py), which holds the table, its text and the run."""

from __future__ import annotations

import bisect
import re

from checker.intake.extract.places import places_in, same_place

_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_WHOLE_AREA = re.compile(r"^(?:全国|全[省市州盟区县旗]|[省市州盟]级|本?[省市州盟](?:平均|均值)?)$")


class GridTitles:
    def _caption_says(self) -> str | None:
        """Why none of the table's figures is the entity's own this year, by its titles — the caption above it, the
        title line above a 表 line naming no place, a 表 line under the table: the last place named not the entity
        (表1 桐山县…, 桐州市桐山县… in 桐州市's report: `other_entity`, or `sub_entity` in a prefecture's or a province's), a
        town of it (城关镇…: `sub_entity`), a part (县直学校, 民办学校, 城区学校: `subset`) or one school (实验小学:
        `named_school`), a whole territory above it (全省…, 全市… in a county's, 全国…), a plan's targets (“十四五”…目标, not
        目标完成情况), a standard (省定…标准) or a budget (…预算); else None."""
        for title in self._titles():
            why = self._title_says(title)
            if why:
                return why
        return None

    def _titles(self) -> list[str]:
        """The table's caption; the line above it when the caption is a 表 line naming no place (桐水县2023年…统计 / 表1
        各学段在校生数); the 表 line under the table (a page's or a Word file's title printed under it)."""
        text, out = self.text, []
        if self.caption:
            out.append(self.caption)
            if re.match(r"\s*表\s*\d", self.caption) and not places_in(self.caption):
                start = bisect.bisect_left(self.origin, self.grid.caption[0])
                above = text.rfind("\n", 0, max(start - 1, 0))
                line = text[above + 1:max(start - 1, 0)].strip()
                if line and len(line) <= self.run.v["title_max_chars"] and not re.search(r"\d\s*[%元人所]", line):
                    out.append(line)
        end = max(b for row in self.cells for _, b in row)
        nxt = text.find("\n", end)
        if nxt >= 0:
            stop = text.find("\n", nxt + 1)
            line = text[nxt + 1:len(text) if stop < 0 else stop]
            if re.match(r"\s*表\s*\d", line) and not any(nxt + 1 <= c < nxt + 1 + len(line) for c in self.captions):
                out.append(line.strip())  # (not the next table's caption: 表2 … over the table after it)
        return out

    def _title_says(self, title: str) -> str | None:
        caption = _BRACKETS.sub("", re.sub(r"^\s*表\s*[\d-]+\s*", "", title)).strip()
        if not caption:
            return None
        run = self.run
        own = run.own_name or ""
        named = places_in(caption)
        if named and own and not self._own_named(named[-1], own):
            # (the entity's name unknown, a place named is taken for its own, as places.not_own takes one place)
            return "sub_entity" if run.level in ("prefecture", "province") else "other_entity"
        rest = caption.replace(own, " ") if own else caption
        for name in self._names(rest):
            rest = rest[:name[1]] + " " * (name[2] - name[1]) + rest[name[2]:]  # the indicators' own words aside
        if run.re_sub_entity.search(rest):
            return "sub_entity"
        if run.re_other.search(caption) or (run.re_parent is not None and run.re_parent.search(caption)):  # 全国, 全省…
            return "other_entity"
        if run.re_school.search(rest):
            return "named_school"
        parts = {m.group() for m in run.re_subset.finditer(rest)}
        whole = any(set(pair) <= parts for pair in run.v["complementary_parts"])  # 公办和民办: the whole
        if (parts and not whole) or run.re_scope_part.search(rest):
            return "subset"
        if run._sets_targets(caption):
            return "target"
        if run.re_standard.search(caption):
            return "standard"
        if run.re_budget.search(caption):
            return "budget"
        return None

    @staticmethod
    def _own_named(place: str, own: str) -> bool:
        """Whether a place a title names is the entity (桐溪县; 年桐溪县 or 关于桐溪县, a title's words run into it)."""
        return same_place(place, own) or place.endswith(own)

    def _parents(self, places: dict[int, str | None], label) -> dict[int, str]:
        """Rows (or columns) naming no place whose label opens with a whole territory above the entity or the nation
        (全市 in a county's table, 全省学前三年毛入园率(%), 全国…): that territory's figures (`other_entity`)."""
        above = self.run.re_parent
        out = {}
        for k in places:
            parts = [_BRACKETS.sub("", part).strip() for part in label(k).split("/")]  # 小学 / 全市: a category's item too
            if not places[k] and any(part.startswith("全国") or (above is not None and above.match(part)) for part in parts):
                out[k] = "other_entity"
        return out

    def _wholes_beside_own(self, places: dict[int, str | None], label) -> dict[int, str]:
        """Rows (or columns) headed by a whole territory (全省, 全市, 全国) in a table that gives the entity a row (column)
        of its own name (指标 全省 全市 桐原县): another level's figures, never the entity's (`other_entity`)."""
        if not any(p and self.is_own(p) for p in places.values()):
            return {}
        return {k: "other_entity" for k in places
                if not places[k] and _WHOLE_AREA.match(_BRACKETS.sub("", label(k)).strip())}
