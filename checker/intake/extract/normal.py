"""The text as it is matched, with a way back to the text as written.

Governments write the same figure many ways: traditional or simplified characters, full-width
digits and punctuation, years in Chinese numerals (二〇一九年), thousands separators (a comma, or a space as GB/T 15835-2011
prints them: `2 181所`), a stray space inside a number (`98. 43%`), a decimal
point printed as a middle dot (`99·27%`), a money unit broken over a line (`4571.28亿` / `元`), a short qualifier inside a word (`在校(园)学生`), and pages
scraped with pinyin after characters (`關(guān)`), and lines a page set at a fixed width (a PDF's text layer, or
a copy of one: `全县专任教师` / `856人`, a sentence run over lines and a page number between them). Matching runs
on one folded form; every folded character remembers where it stood, so a quote is always cut from the original,
exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from checker.intake.units import t2s as _t2s

# pinyin in parentheses right after a Chinese character: (guān), (xiàn), (qū); a run of them, as some mirrors print
# (市(shi)(shi), 年(nian)(nian)(nian)(nian): stop 37, 绍兴 2020), dropped whole
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])(?:\([a-z\u00e0-\u024f]{1,7}\))+")
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?!\d)")
# digits grouped in threes by a space (GB/T 15835-2011 《出版物上数字用法》 groups long figures so; NFKC has made a
# thin or no-break space a plain one): only in running text — right after a word or a punctuation mark, never after a
# space (小学 148 145所: two cells of a row) — and only where a unit follows, never a share sign (95 100%: a share
# never runs to thousands, so those are two cells)
_SPACE_GROUPED = re.compile(r"(?<=[\u4e00-\u9fff,:;、(])\d{1,3}(?: \d{3})+(?=(?:\.\d+)? ?[\u4e00-\u9fff])")
# and in running text that sets a space on both sides of every figure (a PDF's layer, a yearbook: 在校生 15 230 人, 个班
# 5 241 人): after a word and a space, before a space and a unit, on a line of prose (a comma or a full stop on it: a
# table's row 小学 148 145 所 has none) (stop 36)
_SPACE_GROUPED_SPACED = re.compile(r"(?<=[\u4e00-\u9fff] )\d{1,3}(?: \d{3})+(?=(?:\.\d+)? (?:万|亿|千)?(?:元|人|所|个|名|班|册|台|间))")
# a decimal point typeset as a middle dot (99·27%, 34·16万所), as older documents and their mirrors print it
_DOT_DECIMAL = re.compile(r"(?<=\d)[\u00b7\u2027\u2219\u30fb](?=\d)")
# a one- or two-character qualifier in parentheses inside a word (在校(园)学生, 在园(班)幼儿): matched without it
_QUALIFIER = re.compile(r"(?<=[\u4e00-\u9fff])\([\u4e00-\u9fff]{1,2}\)(?=[\u4e00-\u9fff])")
# 入 typed or recognised as 人 in the names of enrolment rates (高中阶段毛人学率, 学前三年毛人园率)
_TYPO_RU = re.compile(r"人(?=学率|园率)")
# an aside in angle brackets right after a figure (小学27所<小学教学点18所不计校数>, as a page typeset its parenthesis
# inside one): read as a parenthesis; never a book's title (《…》), never brackets after a word
_ANGLE_ASIDE = re.compile(r"(?<=[\d%所人个元班])[<〈]([^<>〈〉()\n]*[\u4e00-\u9fff][^<>〈〉()\n]*)[>〉]")
# 依次 before a verb of a list's figures (依次为, 依次是, 依次增长): 分别, respectively, as the lists read it (stop 36)
_IN_TURN = re.compile(r"依次(?=为|是|达|增|提|下|降|有|占|减)")
# a year written in Chinese numerals (二〇一九年, 一九九八年, 二零二二年): read as its digits, one for one
_CN_YEAR = re.compile(r"(?<![〇零○一二三四五六七八九十百千万])[一二][〇零○一二三四五六七八九]{3}"
                      r"(?=年|学年|\s*[-—–~至/]\s*[一二][〇零○一二三四五六七八九]{3}\s*学?年)")  # 二〇二一—二〇二二学年
_CN_DIGIT = str.maketrans("〇零○一二三四五六七八九", "000123456789")
# (and between a year and its 年: 2019 年)
_SPACE_IN_NUMBER = re.compile(r"(?<=\d\.) +(?=\d)|(?<=\d) +(?=%|‰|元|万元|亿元|人|所|个|名)|(?<=(?<!\d)[12]\d{3}) +(?=学?年)")
# a money unit a page broke over a line (4571.28亿 / blank line / 元,占…): 亿元 or 万元 read whole; only 元 standing alone
# (元, 元。), never the start of a word on the next line (元旦)
_UNIT_BROKEN = re.compile(r"(?<=\d[亿万])\s+(?=元(?![\u4e00-\u9fff]))")


# Lines set at a fixed width: a line as wide as the page's lines (a full-width character counts 1, a half-width one
# ½), ending no sentence, runs on into the next line — unless that one opens a heading, an item or a table's caption
# (表1 …), or is a table's row (cells apart by runs of spaces, `|`, a tab, or three figures apart by spaces). The
# width is the page's only when at least three lines have it and they are most of the lines as wide or wider (a web
# page's one paragraph a line never has one; `_page_width`). Two numbers are joined only as the groups of three of one
# number a page broke at its space (GB/T 15835: 186 / 409人; …12 / 2023年 stay two), and a document's title (…统计公报)
# is never read into a sentence. A line ending in a figure and its unit
# (…专任教师612人) whose next line opens neither with punctuation nor with words going on (以上, 左右, 人次) ends
# there: a paragraph or an item that filled the line, read as ended by `;`. A page's number, or a line repeated as a
# page's header or footer, between a line and its next page's first is passed over.
_SENTENCE_END = frozenset("。！？；：!?;:")
_ITEM_START = re.compile(r"[一二三四五六七八九十]+、|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．](?!\d)"
                         r"|第[一二三四五六七八九十\d]+[章节条部分]|附[件表录]|[表图]\s*\d|[①-⑳]")
_CELLS = re.compile(r"\S(?:[ \u3000]{2,}|\t)\S|[|｜]|\d[\d.%]*[ \u3000]+\d[\d.%]*[ \u3000]+\d")  # …, or 1348 1641 2711
_PAGE_NUMBER = re.compile(r"[\s\-—–_]*(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*[/／共]\s*\d{1,3}\s*页?)?[\s\-—–_]*")
_FIGURE_END = re.compile(r"[\d０-９][\d０-９.．]*\s*(?:[%％‰人所元个名班台册间张项次户]|万人|万元|亿元|平方米)$")
_NUMERIC = frozenset("0123456789.%０１２３４５６７８９．％")
_GROUP_BROKEN = re.compile(r"(?<![\d.])\d{1,3}(?: \d{3})*$")  # …教职工186, the first groups of a grouped number
_GROUP_GOES_ON = re.compile(r"\d{3}(?: \d{3})*(?:\.\d+)? ?[\u4e00-\u9fff]")  # 409人, the last group and its unit
# a number a page broke between its digits (在校生213 / 56人, 巩固率为97. / 8%): a line ending in digits right after a word
# (or in a decimal point), the next opening with the rest, its unit and the clause's end — never a year (…12 / 2023年)
# nor a count opening a clause (为6789 / 12所初中中有8所…: two numbers, h-review32)
_DIGITS_BROKEN = re.compile(r"(?:(?<=[\u4e00-\u9fff])\d+|\d+\.)$")
_DIGITS_GO_ON = re.compile(r"(?!(?:19|20)\d\d\s*学?年)\d+(?:\.\d+)?\s*(?:个百分点|[%‰人所元个名班]|万元|亿元|万人|万?平方米)"
                           r"(?=\s*[,，、;；。:：)）]|\s*$)")  # …, its clause ended: never 6789 / 12所初中中有…
_GOES_ON = re.compile(r"[,，、;；:：。.)）%％]|以上|以下|以内|左右|及以上|次|余|多")
_TITLE = re.compile(r".*(?:公报|公告|报告|通报|通知|意见|方案|规划|纲要|办法)$")
_SET_MIN, _SET_MAX, _SET_SLACK = 12, 80, 1.5  # widths a page sets lines at (in full-width characters), and the slack

# A page break in a PDF's text layer, whatever the width of its lines: a page's number set apart (- 1 -, — 3 —, 第2页,
# 第2页/共5页, 2/5; never a bare number, which may be a table's cell), the blank lines around it, and the line after it when
# that line comes back after other page numbers (the running header: 某县教育经费执行情况统计公告). Passed over, so
# that a table or a list broken by the page reads as one (h-review33c).
_PAGE_MARK = re.compile(r"\s*(?:[-—–_]+\s*\d{1,3}\s*[-—–_]+|第\s*\d{1,3}\s*页(?:\s*[/／]?\s*共\s*\d{1,3}\s*页)?"
                        r"|\d{1,3}\s*[/／]\s*\d{1,3})\s*")


def _lines(source: str) -> list[tuple[int, str]]:
    """Each line of `source` with its offset (its break not included)."""
    lines, at = [], 0
    for raw in source.split("\n"):
        lines.append((at, raw))
        at += len(raw) + 1
    return lines


def _page_breaks(source: str) -> list[tuple[int, int]]:
    """The spans of `source` a page's break takes (above), each whole lines."""
    lines = _lines(source)
    marks = [i for i, (_, raw) in enumerate(lines) if raw.strip() and _PAGE_MARK.fullmatch(raw)]
    if not marks:
        return []
    after = {}
    for i in marks:
        j = i + 1
        while j < len(lines) and not lines[j][1].strip():
            j += 1
        after[i] = j
    heads = [lines[j][1].strip() for j in after.values() if j < len(lines)]
    spans = []
    for i in marks:
        a, b = i, after[i]
        while a > 0 and not lines[a - 1][1].strip():
            a -= 1
        if b < len(lines) and heads.count(lines[b][1].strip()) >= 2 and not _CELLS.search(lines[b][1]) \
                and _width(lines[b][1].strip()) <= _SET_MAX / 2:
            b += 1  # the running header, back after each page's number
            while b < len(lines) and not lines[b][1].strip():
                b += 1
        if a == 0:
            continue
        spans.append((lines[a][0], lines[b][0] if b < len(lines) else len(source)))
    return spans


# A document-sharing site's text preview (文库): the text cut into chunks wherever the characters ran out, each chunk
# after a blank line and opened by its number (1、 2、 3、…), so a chunk may open in the middle of a figure
# (幼儿园57.3万 / (blank) / 2、人,比上年…). Read only where the chunks are numbered 1, 2, 3… in order, each after a blank
# line, and at least one cuts a figure (the line before ends in its digits or 万, the chunk opens with the rest of it, its
# unit or the clause's punctuation: 57.3万 / 2、人,…; 6.4 / 3、7万人; never after a reference, 见表1 / 2、12所): the numbers are passed over, and a cut figure
# read whole (stop 35, 上海 2017; h-review35a).
_CHUNK = re.compile(r"(\d{1,3})、")
_REFERENCE = re.compile(r"(?:表|图|附件|附表|第)\s*[\d.-]+$")  # …见表1 / 2、12所农村小学…: a list, its item a reference
_CUT_BEFORE = re.compile(r"[\d.万亿]$")  # the line before the chunk ends inside a figure…
_NAME_END = re.compile(r"(?<![\d.])(?<![\d.][万亿])[\u4e00-\u9fff]$")  # …a word, never a figure's unit (52所)
_FIGURE_OPENS = re.compile(r"\d+(?:\.\d+)?[万亿]?[人元所个名%]")
_CUT_AFTER = re.compile(r"\d*(?:\.\d+)?[万亿]?[人元所个名%,，;；。、]")


def _preview_chunks(source: str) -> list[tuple[int, int]]:
    """The spans a preview's chunk numbers take (above), with the break before a chunk that cuts a figure."""
    lines = _lines(source)
    marks = [(i, m) for i, (_, raw) in enumerate(lines) if (m := _CHUNK.match(raw)) and i > 0 and not lines[i - 1][1].strip()]
    if len(marks) < 2 or [int(m.group(1)) for _, m in marks] != list(range(1, len(marks) + 1)):
        return []
    spans, cut = [], False
    for i, m in marks:
        p = i - 1
        while p >= 0 and not lines[p][1].strip():
            p -= 1
        before = lines[p][1].rstrip() if p >= 0 else ""
        rest = lines[i][1][m.end():]
        if int(m.group(1)) > 1 and not _REFERENCE.search(before) and (
                (_CUT_BEFORE.search(before) and _CUT_AFTER.match(rest))  # …57.3万 / 2、人: inside a figure
                or (_NAME_END.search(before) and _FIGURE_OPENS.match(rest))):  # …共有小学 / 2、52所: a name over its figure
            cut = True
            spans.append((lines[p][0] + len(before), lines[i][0] + m.end()))  # …57.3万 + 人,比上年…: read on
        else:
            spans.append((lines[i][0], lines[i][0] + m.end()))
    return spans if cut else []


def _numbers_broken(source: str) -> list[tuple[int, int]]:
    """The line breaks inside a number (`_DIGITS_BROKEN` / `_DIGITS_GO_ON`), or between a sentence's name ending a line
    and its figure opening the next, whatever the lines' widths (a text layer's lines are as wide as the page in print,
    not in characters): dropped with the spaces around them."""
    spans = []
    for m in re.finditer(r"[ \t\u3000]*\r?\n[ \t\u3000]*", source):
        before = source[source.rfind("\n", 0, m.start()) + 1:m.start()]
        stop = source.find("\n", m.end())
        after = source[m.end():stop if stop >= 0 else len(source)]
        if re.fullmatch(r"\s*(?:附?表|图)\s*\d+\s*", before):
            continue  # 表1 / 32000人…: a caption's number, no figure's head (h-review34g)
        broken = _DIGITS_BROKEN.search(before) or (  # …其中公办幼儿园 / 29所、…: a sentence's line ending in a name
            len(before.strip()) >= 12 and re.search(r"[,、;]", before) and re.search(r"[\u4e00-\u9fff]$", before))
        if broken and _DIGITS_GO_ON.match(after) and not _CELLS.search(before) and not _CELLS.search(after):
            spans.append(m.span())
    return spans


def _letter_spaced(source: str) -> list[tuple[int, int]]:
    """The single spaces of a line set letter-spaced (a text layer's `全 县 共 有 幼 儿 园 4 6 所`: every character
    followed by one space, words apart by more), dropped so that the line reads as written; a line of at least eight
    characters, nine in ten of them so spaced (h-review34c)."""
    spans = []
    for at, raw in _lines(source):
        chars = [m for m in re.finditer(r"\S", raw)]
        if len(chars) >= 8:
            gaps = [b.start() - a.end() for a, b in zip(chars, chars[1:])]
            if sum(g == 1 for g in gaps) * 10 >= len(gaps) * 9 and not re.search(r"(?:\d ){8}\d", raw):
                # (never a row of figures run together: 3 1 0 0 0 3 2 0 0 0, two cells or one?, h-review34g)
                spans += [(at + a.end(), at + b.start()) for a, b, g in zip(chars, chars[1:], gaps) if g == 1]
    return spans


def _width(line: str) -> float:
    return sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in line)


def _page_width(widths: list[float]) -> float | None:
    """The width the page sets its lines at, or None: see above. The widest width at least three lines have (a page's
    short paragraphs of one width are no page's width: its full lines are the widest), with few lines wider still."""
    prose = [w for w in widths if w >= _SET_MIN]
    counts: dict[int, int] = {}
    for w in prose:
        counts[round(w)] = counts.get(round(w), 0) + 1
    for page in sorted((w for w, n in counts.items() if n >= 3 and _SET_MIN <= w <= _SET_MAX), reverse=True):
        full = [w for w in prose if abs(w - page) <= _SET_SLACK]
        if len(full) * 2 >= sum(w >= page - _SET_SLACK for w in prose) \
                and sum(w > page + _SET_SLACK for w in prose) * 5 <= len(full):
            return page
    return None


def _wraps(source: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Where `source` only breaks a line a page set full: (the spans dropped — the line's trailing spaces and break,
    and a page's number or running header standing between it and its next line —, the line breaks read otherwise:
    `;` after a figure and its unit, an item or a paragraph that filled its line; a space inside a grouped number)."""
    raw_lines = _lines(source)
    lines = [(at, raw.rstrip("\r \t\u3000")) for at, raw in raw_lines]
    breaks = [at + len(raw) for at, raw in raw_lines]  # the line break's place
    widths = [_width(line) if not _CELLS.search(line) else 0.0 for _, line in lines]
    page = _page_width(widths)
    if page is None:
        return [], {}
    seen: dict[str, int] = {}
    for _, line in lines:
        seen[line.strip()] = seen.get(line.strip(), 0) + 1
    furniture = {line for line, n in seen.items() if n >= 2 and line and "单位" not in line and _width(line) < page - _SET_SLACK}
    drops, stops = [], {}
    for i, (start, line) in enumerate(lines[:-1]):
        if abs(widths[i] - page) > _SET_SLACK or not line or line[-1] in _SENTENCE_END:
            continue
        j, furnished = i + 1, False
        while j + 1 < len(lines) and j <= i + 5 and (not lines[j][1].strip() or _PAGE_NUMBER.fullmatch(lines[j][1])
                                                     or lines[j][1].strip() in furniture):
            furnished = furnished or bool(lines[j][1].strip())
            j += 1  # — 3 —, 2021年某县教育事业统计公报: the page's number or header between a line and the next page's first
        if j > i + 1 and not furnished:
            continue  # only blank lines after it: a paragraph's end, never a page's
        nxt = lines[j][1]
        if _GROUP_BROKEN.search(line) and _GROUP_GOES_ON.match(nxt):
            # 教职工186 / 409人: a number grouped in threes by a space (GB/T 15835) broken at its space: the break read
            # as that space, so the grouping's own test (below) reads it whole, or as two numbers if it is none
            mark = " "
        elif not nxt.strip() or nxt[0] in " \t\u3000" or _ITEM_START.match(nxt) or _CELLS.search(nxt) \
                or (line[-1] in _NUMERIC and nxt[0] in _NUMERIC) or _TITLE.fullmatch(nxt):
            continue
        else:
            mark = ";" if _FIGURE_END.search(line) and not _GOES_ON.match(nxt) else None
        if mark is None:
            drops.append((start + len(line), lines[j][0]))  # the break dropped: the sentence reads on
        else:
            drops += [(start + len(line), breaks[i]), (breaks[i] + 1, lines[j][0])]  # the break kept, read as `mark`
            stops[breaks[i]] = mark
    return drops, stops


@dataclass(frozen=True)
class Folded:
    """`text` is what is matched; `origin[i]` is the index in `source` of text[i]."""

    source: str
    text: str
    origin: tuple[int, ...]

    def quote(self, start: int, end: int) -> str:
        """The original text behind text[start:end], as written (pinyin and all), trimmed."""
        while start < end and self.text[start] in " \t":
            start += 1
        while end > start and self.text[end - 1] in " \t":
            end -= 1
        if start >= end:
            return ""
        return self.source[self.origin[start]:self.origin[end - 1] + 1]


def fold(source: str) -> Folded:
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(source):
        folded = unicodedata.normalize("NFKC", ch) if not ("\u4e00" <= ch <= "\u9fff") else ch
        if ch == "\u3000":
            folded = " "
        elif "\u2460" <= ch <= "\u2473":  # ① ② …: a numbered item, (1) (2) (NFKC would make it a bare digit)
            folded = f"({ord(ch) - 0x245F})"
        for c in folded:
            chars.append(c)
            origin.append(i)
    drops, stops = _wraps(source)
    drops = drops + _page_breaks(source) + _numbers_broken(source) + _letter_spaced(source) + _preview_chunks(source)
    text = "".join(stops.get(o, c) if c == "\n" else c for c, o in zip(chars, origin))
    if drops:
        dropped = {i for a, b in drops for i in range(a, b)}
        text, origin = _drop(text, origin, [(i, i + 1) for i, o in enumerate(origin) if o in dropped])
    text, origin = _drop(text, origin, [m.span() for m in _PINYIN.finditer(text)])
    simplified = _t2s().convert(text)
    if len(simplified) != len(text):  # phrase conversion changed a length: fold one character at a time
        simplified = "".join(_t2s().convert(c) if len(_t2s().convert(c)) == 1 else c for c in text)
    text = _DOT_DECIMAL.sub(".", simplified)  # one character for one: the origin map is unchanged
    text = _TYPO_RU.sub("入", text)  # 毛人学率, 毛人园率: 入 mistyped 人 (one for one)
    text = _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGIT), text)  # 二〇一九年 → 2019年 (one for one)
    text = _ANGLE_ASIDE.sub(lambda m: "(" + m.group(1) + ")", text)  # 小学27所<小学教学点18所…>: an aside (one for one)
    text = _IN_TURN.sub("分别", text)  # …在园幼儿依次为12658人、11842人: respectively (one for one)
    commas = [(m.start() + j, m.start() + j + 1) for m in _GROUPED.finditer(text)
              for j, c in enumerate(m.group()) if c == ","]
    text, origin = _drop(text, origin, commas)
    spaced = [m for m in _SPACE_GROUPED_SPACED.finditer(text) if _spaced_prose(text, m)]
    spaces = [(m.start() + j, m.start() + j + 1) for m in list(_SPACE_GROUPED.finditer(text)) + spaced
              for j, c in enumerate(m.group()) if c == " "]
    spaces = sorted(set(spaces))
    text, origin = _drop(text, origin, spaces)
    text, origin = _drop(text, origin, [m.span() for m in _SPACE_IN_NUMBER.finditer(text)])
    text, origin = _drop(text, origin, [m.span() for m in _UNIT_BROKEN.finditer(text)])
    text, origin = _drop(text, origin, [m.span() for m in _QUALIFIER.finditer(text)])
    return Folded(source, text, tuple(origin))


def _spaced_prose(text: str, m: re.Match) -> bool:
    """Whether a figure grouped by spaces with a space on both sides (在校生 15 230 人) stands in prose: its line has a
    comma or a full stop, and no other run of figures on it splits otherwise than in threes (小学 148 145 所,初中 30 28
    所: a table's cells, row after row) (h-review36c)."""
    line = text[text.rfind("\n", 0, m.start()) + 1:(text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
    return re.search(r"[,。;]", line) is not None and not re.search(r"(?<![\d.])\d+(?: \d+)*(?: (?!\d{3}(?!\d))\d+)", line)


def _drop(text: str, origin: list[int], spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    if not spans:
        return text, origin
    keep = [True] * len(text)
    for start, end in spans:
        for i in range(start, end):
            keep[i] = False
    return "".join(c for c, k in zip(text, keep) if k), [o for o, k in zip(origin, keep) if k]
