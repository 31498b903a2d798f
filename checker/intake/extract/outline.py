"""The document's own numbering, read line by line: 一、 (二) 3. (4), giving each line its locator
(`二(五)1`, as the hand transcriptions write it; a bracketed heading `【小学教育】`) and the heading level that
opens it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.intake.extract.vocab import vocabulary

_CN = "一二三四五六七八九十"
# a year opening a heading (二、2021年情况), or a school year (一、2022—2023学年基本情况: h-review33d)
_OPENING_YEAR = r"(?:19|20)\d\d(?:年|\s*[-—–~至/]\s*(?:19|20)?\d\d\s*学年|\s*学年)"
# level, pattern (the marker is group 0, its label group 1); a number glued to a year (1.2022年) is
# still a heading: the year is not part of the marker
_MARKERS = (
    # a part or a chapter above the numbered headings (第二部分 资源配置情况, 第三章 …): it ends their sections
    (0, re.compile(rf"^\s*第([{_CN}\d]{{1,3}}(?:部分|章|篇|节))(?=\s|[\u4e00-\u9fff]|$)")),
    (1, re.compile(rf"^\s*([{_CN}]+)[、.](?:(?!\d)|(?={_OPENING_YEAR}))")),  # 一、 and 一. (二、2021年情况: a year may open it)
    (2, re.compile(rf"^\s*\(?([{_CN}]+)\)")),  # (二) and, its opening bracket lost, 一)
    (3, re.compile(rf"^\s*(\d{{1,2}})[.、](?=\D|{_OPENING_YEAR})")),
    (4, re.compile(r"^\s*\(?(\d{1,2})\)(?!\d)")),  # (2) and, its bracket lost, 2)
    # a statistics summary's dash item, titled by its first words: ——小学。校数17所;…
    (5, re.compile(r"^\s*——(?=([^。,:;\n]{1,12})[。:])")),
    # a web page's bracketed heading, titled by its words: 【小学教育】全县共有…
    (6, re.compile(r"^\s*【(?=([^】\n]{1,12})】)")),
)

# a list's bullet (an article's ● ▶ ◆ ■ …, h-review34b): no heading and no locator, the line's text starts after it
BULLETS = "●○◆◇■□▶►▷▸★☆•▪◎※√✔"
_BULLET = re.compile(rf"^\s*[{BULLETS}]\s*")

@dataclass(frozen=True)
class Line:
    start: int  # offset of the line in the folded text
    end: int
    body: int  # offset after the heading marker (== start when the line has none)
    level: int | None  # the heading level the line opens, if any
    locator: str


def outline(text: str) -> list[Line]:
    """Each line of the folded text with its locator."""
    labels: dict[int, str] = {}
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        level, body = None, start
        for lvl, pattern in (*_MARKERS, (3, _bare_item())):
            m = pattern.match(raw)
            if m:
                level, body = lvl, start + m.end()
                labels = {k: v for k, v in labels.items() if k < lvl}
                labels[lvl] = m.group(1)
                break
        else:
            bullet = _BULLET.match(raw)  # ● 在校学生: a bullet opens no section, only its line's text after it
            body = start + bullet.end() if bullet else start
        lines.append(Line(start, end, body, level, locator(labels)))
    return lines


@lru_cache(maxsize=1)
def _bare_item() -> re.Pattern:
    """An item number whose dot was lost, glued to the stage it is about (1幼儿园为3,364.22元, 2普通小学为…): a
    number of one or two digits directly before a stage's name, with no unit between, is no count, only a marker."""
    names = sorted(vocabulary().stage_of, key=lambda w: (-len(w), w))
    return re.compile(r"^\s*(\d{1,2})(?=" + "|".join(re.escape(n) for n in names) + ")")


def locator(labels: dict[int, str]) -> str:
    out = ""
    for lvl in sorted(labels):
        out += f"第{labels[lvl]}" if lvl == 0 else f"({labels[lvl]})" if lvl in (2, 4) else f"—{labels[lvl]}" if lvl == 5 \
            else f"【{labels[lvl]}】" if lvl == 6 else labels[lvl]
    return out
