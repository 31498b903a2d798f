"""The tokens a sentence is read in: the sentences of a line (split at 。; and at a colon that ends a
lead-in, not at a ratio's colon or a label's), the indicator names in a span (longest first, never inside a
title 《…》, a counted word only where a count follows) and its figures (with their units as written, a unit
heading's for a bare figure, none for an amount written without one, Chinese numerals before 所/个/名/人/班).
A mixin of the Extractor (figures.py), which holds the text and the vocabulary."""

from __future__ import annotations

import re

from checker.intake.extract.items import _UNIT_HEADING, _BARE, _BOOK, _CN_NUMBER, _NUMBER, _UNITLESS, _YEAR, _Figure, in_range

# a decimal with no unit after it and no bound before it (0.335, not ≤0.65, 0.4%, 1.2亿元 or a section number 1.2)
# h-extract8: a figure with no unit right after a label's colon, ending its clause or line (教育经费总投入:73728, 1.普通小学:
# 1200.74): in the unit of the heading above it (单位:万元), read only under one whose line names no budget, standard,
# goal, other entity or other year (document.py `_plain_heading`)
_LABELLED = re.compile(r"(?<=:)\s*(\d+(?:\.\d+)?)(?=\s*(?:[,;。\n]|$))")
# …or after a stage alone and a space, ending its line (1.小学 15230): an item of the heading's quantity
_ITEM_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(\d+(?:\.\d+)?)(?=[ \t]*(?:\n|$))")
_BARE_DECIMAL = re.compile(r"(?<![\d.A-Za-z/\-<>≤≥=])(\d+\.\d+)(?![\d.%‰]|\s*(?:[个万亿千元人所名班间台册]|平方米))")

# a word naming the count right before it (`counted_after`: 28.63万个班): after a number and 个 or 万个, closing its clause
_AFTER_COUNT = re.compile(r"\d+(?:\.\d+)?(?:万)?个$")
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:])\s*(?:共有|共|有|计)?\s*$")
_COUNT_ENDS = re.compile(r"\s*(?:[,;。、:()]|其中|$)")
_PUPILS_AFTER = re.compile(r"\s*\d+(?:\.\d+)?\s*万?人\s*(?:[,;。、)]|$)")  # …94个班5241人: the stage's pupils after


class TokenReading:
    def _sentences(self, start: int, end: int):
        """(start, end, ends_with_colon) for each sentence of a line, split at 。; and at a colon
        outside parentheses (a lead-in). Not at ? or !: scraped pages put ? where a character broke."""
        level, s = 0, start
        for i in range(start, end):
            ch = self.text[i]
            level += ch == "("
            level -= ch == ")" and level > 0
            ratio = ch == ":" and self.text[i - 1:i].isdigit() and self.text[i + 1:i + 2].isdigit()  # 生师比21.14:1
            label = ch == ":" and self._label_colon(s, i)  # 1.幼儿园:5624.45元, 在校生数:45678人
            if ch in "。;】" or (ch == ":" and level == 0 and not ratio and not label):
                yield s, i, ch == ":"
                s = i + 1
        if s < end:
            yield s, end, False

    def _label_colon(self, s: int, i: int) -> bool:
        """Whether the colon at `i` follows a label — a stage or a name, alone — with its figure right after it
        (1.幼儿园:5624.45元, 在校生数:45678人), rather than ending a lead-in (生均…教育经费:小学10210.5元)."""
        if not re.match(r"\s*-?\d", self.text[i + 1:i + 4]):
            return False
        head = self.re_scope.match(self.text, s, i).end()
        said = self.text[head:i].strip()
        if self.v.tokens.fullmatch(said):
            return True
        names = self._names(head, i)
        # h-extract8: or a name ending at the colon after its qualifiers (预算安排一般公共预算教育经费:70000万元, 上年…:): the
        # figure is read with them, in one sentence, never under the name as a lead-in's bare quantity
        return len(names) == 1 and (self.text[names[0][1]:names[0][2]] == said or names[0][2] == head + len(said))

    def _unnamed(self, start: int, end: int) -> str:
        """text[start:end] without the indicator names in it: what its words say besides naming a quantity
        (教育经费预算: 预算; the 标准 of 中小学校教室照明标准达标率 is the name's own)."""
        names = [(n[1], n[2]) for n in self._names(start, end)]
        return "".join(ch for i, ch in enumerate(self.text[start:end], start) if not any(a <= i < b for a, b in names))

    def _sentence_end(self, pos: int) -> int:
        """Where the sentence holding `pos` ends: its 。, ; or line break after `pos`, or the text's end."""
        return min([e for e in (self.text.find(c, pos) for c in "。;\n") if e >= 0] or [len(self.text)])

    def _names(self, start: int, end: int) -> list[tuple[str, int, int, str | None]]:
        """Indicator names in text[start:end]: (indicator, start, end, stage), longest first."""
        found = []
        books = [m.span() for m in _BOOK.finditer(self.text, start, end)]  # names in titles are not names
        for name in self.v.names:
            for m in name.pattern.finditer(self.text, start, end):
                if any(a <= m.start() < b for a, b in books) or self.re_breaker.match(self.text, m.end()):
                    continue
                if name.counted and not (start <= self.sentence_start <= m.start() and self._only_counts_before(m.start())
                                         and self.re_count_follows.match(self.text, m.end())):
                    continue  # 学校 names the count only where one follows (学校89所, not 各类学校生均…增长情况)
                if name.after_count:
                    count = _AFTER_COUNT.search(self.text, max(0, m.start() - 16), m.start())
                    # …在校生32000人,863个班: a count opening its clause (after a comma, or a filler) is the sentence's too
                    staged = bool(count) and self._stage_opens(count.start())  # 其中高中94个班…: a stage opens it
                    opens = count and (_OPENS_CLAUSE.search(self.text[max(self.sentence_start, count.start() - 8):count.start()])
                                       or staged)
                    ends = _COUNT_ENDS.match(self.text, m.end()) or (staged and _PUPILS_AFTER.match(self.text, m.end()))
                    if not (count and ends
                            and self.sentence_start <= count.start()
                            and (opens or self._only_counts_before(count.start()))):
                        continue  # 班 names a count only right after it, closing its clause, in a sentence that only
                        # counts (小学共有28.63万个班,其中…; never 大班额32个班, 新开设12个班, 其中公办幼儿园30所、120个班)
                if name.staged and self._inside_word(m.start()):
                    continue  # 中小学生均…: 小学 is part of 中小学, not the name's stage
                stage = self.v.stage_of[m.group("stage")] if name.staged else name.stage
                found.append((name.indicator, m.start(), m.end(), stage))
        return longest_first(found)

    def _stage_opens(self, at: int) -> bool:
        """Whether a stage alone opens the clause the count at `at` stands in (其中高中94个班5241人, 初中297个班): a stage's
        classes, as a yearbook counts them, then its pupils."""
        clause = max(self.text.rfind(c, self.sentence_start, at) for c in ",;:、(") + 1
        clause = max(clause, self.sentence_start)
        return re.fullmatch(rf"\s*(?:其中)?\s*(?:{self.v.tokens.pattern})\s*", self.text[clause:at]) is not None \
            and self.v.tokens.search(self.text, clause, at).group() in self.v.stage_of

    def _plain_label(self, colon: int) -> bool:
        """Whether the label before a colon ends with its quantity's name (教育经费总投入:, 力争教育经费总投入: — the words
        before a name are read as for any name: a goal, a budget, the year before) or is a stage alone under its section's
        quantity (1.普通小学:), never a name with words after it (教育经费总投入(预算数):, …目标:, …增长:, …占GDP比例:,
        …(上年):) save its unit (一般公共预算教育经费(单位:万元):) (review 31b)."""
        begin = self.text.rfind("\n", 0, colon) + 1
        if self._stage_item(colon):
            return True  # a stage under its section's quantity
        names = self._names(begin, colon)
        return bool(names) and re.fullmatch(r"\s*(?:\((?:计量)?单位\s*:[^()]*\))?\s*",
                                            self.text[names[-1][2]:colon]) is not None

    def _stage_item(self, at: int) -> bool:
        """Whether the line before `at` is an item naming a stage alone (1.小学, (二)普通初中, 全县小学): the label of a
        labelled figure (1.普通小学:) or an item's (1.小学 15230)."""
        begin = self.text.rfind("\n", 0, at) + 1
        return re.fullmatch(rf"\s*{_NUMBERING}(?:{self.re_scope.pattern})?(?:{self.v.tokens.pattern})\s*",
                            self.text[begin:at]) is not None

    def _item_section(self, at: int) -> str | None:
        """The line an item's run of items stands under when it is not the unit heading (公办学校 / 小学 20 / 初中 8 /
        民办学校 / 小学 20: a section naming a part), else None: the lines above the item, items all, up to the heading."""
        end = self.text.rfind("\n", 0, at)
        while end > 0:
            begin = self.text.rfind("\n", 0, end) + 1
            line = self.text[begin:end]
            if _UNIT_HEADING.search(line):
                return None
            m = _ITEM_FIGURE.search(line)
            if line.strip() and not (m and self._stage_item(begin + m.start())):
                return line.strip()  # (blank lines and the run's other items are passed over)
            end = begin - 1
        return None

    def _figures(self, start: int, end: int, bare: bool = False) -> list[_Figure]:
        out = []
        for m in _NUMBER.finditer(self.text, start, end):
            if m.group(2) is None or self.re_not_figure.match(self.text, m.end()) or in_range(self.text, m.start(), m.end()):
                continue  # (a range's ends are listed as bounds: whose.py `_bounds`)
            out.append(_Figure(m.start(), m.end(), m.group(1), m.group(2)))
        for m in _BARE.finditer(self.text, start, end):  # no unit: the heading's, or none (never guessed)
            out.append(_Figure(m.start(), m.end(), m.group(1), self.unit_heading[0] if self.unit_heading else None))
        if self.unit_heading is not None and self.labelled:  # under 单位:万元, a label's bare figure ending its line (教育经费总投入:73728)
            out += [_Figure(m.start(1), m.end(1), m.group(1), self.unit_heading[0])
                    for m in _LABELLED.finditer(self.text, start, end)
                    if not _YEAR.fullmatch(m.group(1) + "年") and self._plain_label(m.start() - 1)]
            out += [_Figure(m.start(1), m.end(1), m.group(1), self.unit_heading[0])
                    for m in _ITEM_FIGURE.finditer(self.text, start, end)
                    if self._stage_item(m.start()) and self._item_section(m.start()) is None]
        if self.unit_heading is None:
            for m in _UNITLESS.finditer(self.text, start, end):
                if self.text[m.start() - 3:m.start()] not in ("上年", "本年") and not _NUMBER.match(self.text, m.start()).group(2):
                    out.append(_Figure(m.start(), m.end(), m.group(1), ""))  # "": written without a unit
        for m in _CN_NUMBER.finditer(self.text, start, end):
            import cn2an

            try:
                number = str(cn2an.cn2an(m.group(1), "strict"))
            except ValueError:
                continue
            out.append(_Figure(m.start(), m.end(), number, m.group(2)))
        if bare:  # a coefficient written as a bare decimal (综合差异系数,小学0.335): unit "bare", read only for a ratio
            taken = {f.start for f in out}
            out += [_Figure(m.start(), m.end(), m.group(1), "bare") for m in _BARE_DECIMAL.finditer(self.text, start, end)
                    if m.start() not in taken]
        return sorted(out, key=lambda f: f.start)


_NUMBERING = r"(?:\(?[一二三四五六七八九十\d]{1,3}[).、]?\s*)*"


def longest_first(found: list[tuple]) -> list[tuple]:
    """Of names found as (indicator, start, end, stage), the longest where two overlap (生均一般公共预算
    教育事业费 over 教育事业费), in text order."""
    chosen: list = []
    for item in sorted(found, key=lambda n: (n[1] - n[2], n[1])):
        if all(item[2] <= c[1] or item[1] >= c[2] for c in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda n: n[1])
