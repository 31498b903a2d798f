"""Figures shared out over a list of names, the way reports write several quantities in one breath:

    学前三年毛入园率、九年义务教育巩固率和高中阶段毛入学率分别为92.5%、99.2%和93.4%   (respectively)
    小学入学率、九年义务教育巩固率均达到100%                                           (each the same)
    …压减率、…监管率、…学校比例实现"3个100%"                                            (N times the same)
    2021年、2022年全县一般公共预算教育支出分别为4.9亿元、5.2亿元                           (years, respectively)

Only a list that is exactly a list — names joined by 、 和 及 与 (a name may end in a share word its
declaration lacks: 作业时间控制达标学校比例), directly followed by the marker — is shared out, and only when
the figures match the names one to one (分别), or the stated count N is the number of names (N个). Anything
else is left to the clause-by-clause reading, which leaves such figures unattached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

_SEPARATORS = re.compile(r"^(?:、|和|及|与|以及|,)$")
# a share word a name may end in without its declaration saying so: 达标学校 + 比例
_TRAILING = re.compile(r"^(?:的)?(?:比例|比率|占比|比重)?")
_RESPECTIVELY = re.compile(r"^分别(?:为|是|达到|达|占|有)?")  # 分别有58所、48所
_EACH = re.compile(r"^(?:均|都|全部|全)(?:为|是|达到了|达到|达|保持在|保持|实现)?")
_TIMES = re.compile(r"^(?:均|都|全部)?实现(?:了)?[\"'“”「『]?(?P<n>[一二两三四五六七八九十\d]+)个(?=-?\d)")
_FIGURE_SEPARATORS = re.compile(r"^(?:、|和|及|与|,)$")
# members after the last known name that name no indicator but are of its kind (…率, …比例): 、高等教育毛入学率
_MEMBER_SEPARATOR = r"(?:、|和|及|与)"
_UNKNOWN_MEMBERS = re.compile(rf"(?:{_MEMBER_SEPARATOR}[^、,。;:和及与分均\d]{{2,16}}?(?:率|比例|占比|比重|系数))+(?=分别|均|都)")


@dataclass(frozen=True)
class Share:
    """`names` (indices into the sentence's names) each take `figures` (indices into its figures):
    one figure each (respectively) or the same one."""

    names: tuple[int, ...]
    figures: tuple[int, ...]
    end: int  # where the list's statement ends in the text (the last figure's end)


def enumerations(text: str, names: list, figures: list) -> list[Share]:
    """The lists of names in a sentence that share out figures. `names` are (indicator, start, end,
    stage) sorted by start, `figures` objects with start/end, sorted."""
    out: list[Share] = []
    i = 0
    while i < len(names):
        j = i
        while j + 1 < len(names) and _SEPARATORS.match(_between(text, names[j], names[j + 1][1])):
            j += 1
        after = names[j][2] + _TRAILING.match(text[names[j][2]:]).end()
        unknown = _UNKNOWN_MEMBERS.match(text, after)  # …、高等教育毛入学率分别…: a member of no indicator
        if j == i and unknown is None:
            i += 1
            continue
        extra = len(re.findall(_MEMBER_SEPARATOR, unknown.group())) if unknown else 0
        after = unknown.end() if unknown else after
        rest = text[after:]
        members = tuple(range(i, j + 1))
        share = _respectively(text, after, rest, members, figures, extra) \
            or _each(text, after, rest, members, figures)  # 均: the same figure for each, known or not
        if share:
            out.append(share)
        i = j + 1
    return out


def _between(text: str, name, pos: int) -> str:
    """The text between a name (with a share word it may end in) and a position, spaces removed."""
    end = name[2] + _TRAILING.match(text[name[2]:pos]).end()
    return re.sub(r"\s+", "", text[end:pos])


def _respectively(text, after, rest, members, figures, extra: int = 0) -> Share | None:
    """One figure per member, in order; `extra` members of no indicator at the end of the list take the last
    figures, which the share's `end` covers (they are left for a person)."""
    m = _RESPECTIVELY.match(rest)
    chosen = respectively(text, after + m.end(), figures, len(members) + extra) if m else None
    return None if chosen is None else Share(members, tuple(chosen[:len(members)]), figures[chosen[-1]].end)


def _each(text, after, rest, members, figures) -> Share | None:
    times = _TIMES.match(rest)
    m = times or _EACH.match(rest)
    if not m:
        return None
    if times:
        n = times.group("n")
        count = int(n) if n.isdigit() else int(cn2an.cn2an(n, "smart"))
        if count != len(members):
            return None
    pos = after + m.end()
    for k, fig in enumerate(figures):
        if fig.start == pos:
            return Share(members, tuple([k] * len(members)), fig.end)
    return None


def stage_enumeration(text: str, start: int, name, stage_word: re.Pattern, figures: list):
    """Stages listed before one name, then 分别 and one figure per stage (小学、初中专任教师分别为2100人、
    1300人; 小学、初中在校生分别为…): (the stage words in order, the figures' indices, where the list
    begins), or None. `stage_word` matches one stage word; a name carrying a stage (初中专任教师) ends
    the list with it."""
    t, sep = f"(?:{stage_word.pattern})", "(?:、|和|及|与|,)"  # 小学,初中,高中在校生分别为…
    head = text[start:name[1]]
    if name[3] is not None:  # the list's last stage is the name's own
        own = stage_word.match(text, name[1])
        listed = re.search(f"(?:{t}{sep})+$", head)
        if own is None or listed is None:
            return None
        words = re.findall(t, listed.group()) + [own.group()]
    else:
        listed = re.search(f"{t}(?:{sep}{t})+$", head)
        if listed is None:
            return None
        words = re.findall(t, listed.group())
    after = name[2] + _TRAILING.match(text[name[2]:]).end()
    share = _respectively(text, after, text[after:], tuple(range(len(words))), figures)
    return None if share is None else (words, share.figures, start + listed.start())


def respectively(text: str, pos: int, figures: list, count: int) -> list[int] | None:
    """The indices of `count` figures starting right at `pos`, joined by 、 和 及 与 or commas, or None."""
    chosen = []
    for k, fig in enumerate(figures):
        if fig.start < pos:
            continue
        gap = text[pos:fig.start].strip()
        if (chosen and not _FIGURE_SEPARATORS.match(gap)) or (not chosen and gap):
            break
        chosen.append(k)
        pos = fig.end
        if len(chosen) == count:
            return chosen
    return None


_YEARS_LISTED = re.compile(r"((?:19|20)\d\d)年?(?:(?:、|和|及|与)(?:19|20)\d\d年?)+(?=[^\d年]*$)")
_YEARS_SPAN = re.compile(r"((?:19|20)\d\d)年?\s*[-—–~至到]\s*((?:19|20)\d\d)年(?![^\d]*\d{4})(?=[^\d]*$)")


def years_respectively(text: str, start: int, name, figures: list):
    """Years listed (2021年、2022年) or spanned (2020—2022年) before one name, then 分别 and one figure per year:
    (the years in order, the figures' indices, the years' span in the text), or None."""
    head = text[start:name[1]]
    span = _YEARS_SPAN.search(head)
    if span:
        first, last = int(span.group(1)), int(span.group(2))
        years = list(range(first, last + 1)) if 1 < last - first + 1 <= 10 else []
        m = span
    else:
        m = _YEARS_LISTED.search(head)
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group())] if m else []
    if not years or len(set(years)) != len(years):
        return None
    after = name[2] + _TRAILING.match(text[name[2]:]).end()
    share = _respectively(text, after, text[after:], tuple(range(len(years))), figures)
    return None if share is None else (years, share.figures, (start + m.start(), start + m.end()))


def several_years_before(text: str, start: int, pos: int) -> bool:
    """Whether several years are listed or spanned right before `pos` in its sentence (2021年、2022年…)."""
    head = text[start:pos]
    return bool(_YEARS_SPAN.search(head) or _YEARS_LISTED.search(head))
