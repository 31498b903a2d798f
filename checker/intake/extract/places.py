"""Places: a table's label naming a place (合肥市, 庐阳区, 某某自治县), one place however written (长阳土家族自治县 /
长阳县), and which rows or columns of a table naming several places are not the entity's own."""

from __future__ import annotations

import re

# a label cell that is a place's name (合肥市, 庐阳区, 某某自治县, 某旗): a row of that place's figures; not words
# that end like one but name no place (城区, 全县, 市辖区, 县区)
_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:自治县|自治旗|自治州|县|区|市|旗|州|盟)$")
_NOT_PLACE = re.compile(r"^(?:[全我本各该城镇市县辖郊山学园社片校景牧林矿库老](?:县|区|市|旗|州|盟)|市辖区|县区|市县|区县)$")
_COMPONENT = re.compile(r"[\u4e00-\u9fff]{2,}?(?:自治县|自治旗|自治州|县|区|市|旗|州|盟)")
_DIVISION = re.compile(r"(?:自治县|自治旗|自治州|县|区|市|旗|州|盟)$")


def is_place(label: str) -> bool:
    """Whether a label is a place's name (庐阳区), not a word ending like one (城区, 全县, 市辖区)."""
    return bool(_PLACE.match(label)) and not _NOT_PLACE.search(label)


def places_in(text: str) -> list[str]:
    """The places a title names (表1 桐山县2023年…: 桐山县; 某市某县…: both), never words ending like one (全市, 各县)."""
    text = re.sub(r"(?:19|20)\d\d\s*(?:[-—–~至]\s*(?:19|20)?\d\d\s*)?学?年度?", " ", text)  # 2023年桐山县: 桐山县
    return [p for p in _COMPONENT.findall(text) if is_place(p) and not re.match(r"[全我本各该][县区市旗州盟]$", p[-2:])]


def same_place(a: str, b: str) -> bool:
    """Whether two names are one place's, written in full or not (长阳土家族自治县 / 长阳县, 庐阳区 / 庐阳, 杭州市西湖区 /
    西湖区): the last place of each (a name may lead with its prefecture's), of one kind (长沙县 is not 长沙市), one's name
    before the division's word the other's or its start (长阳土家族 / 长阳; 庐阳 and 庐江, 巴林左 and 巴林右 differ)."""
    a, b = _last(a), _last(b)
    kinds = {_kind(a), _kind(b)} - {""}
    if len(kinds) > 1:
        return False  # 长沙县 and 长沙市: a county and the city it lies in
    a, b = _DIVISION.sub("", a), _DIVISION.sub("", b)
    return a == b or (len(a) >= 2 and len(b) >= 2 and (a.startswith(b) or b.startswith(a)))  # not 巴林左 / 巴林右


def _kind(name: str) -> str:
    """The kind of division a name ends in, an autonomous one as its plain kind (自治县 → 县), or ""."""
    m = _DIVISION.search(name)
    return m.group().removeprefix("自治") if m else ""


def _last(name: str) -> str:
    """The last place of a name that chains several (杭州市西湖区: 西湖区); the name itself otherwise."""
    parts = _COMPONENT.findall(name)
    return parts[-1] if len(parts) >= 2 and "".join(parts) == name else name


def not_own(places: dict, own: str | None, level: str | None) -> dict:
    """The rows (or columns) that are not the entity's own, with the reason, from the place each names: in a
    table naming several places (表2 安徽省6个区…: 庐阳区's rows, 蜀山区's rows; a place merged down over rows
    names each; a yearbook's columns 全市 吴兴区 … 长兴县), one naming another place than the entity is that
    place's (`other_entity`; a county in a prefecture's or a province's table, `sub_entity`), and with the
    entity's name unknown none is certainly its own (`entity_unclear`). One naming no place (合计, 全市) is a
    prefecture's or a province's own total; in a county's report it is several places' (`entity_unclear`)."""
    named = {p for p in places.values() if p}
    if len(named) < 2 and not (named and own and not _own(own, named.pop())):
        return {}  # one place named: the entity's (its name unknown or its own), as before
    above = level in ("prefecture", "province")
    out = {}
    for key, place in places.items():
        if place is None:
            if not above:
                out[key] = "entity_unclear"
        elif not own:
            out[key] = "entity_unclear"
        elif not _own(own, place):
            out[key] = "sub_entity" if above else "other_entity"
    return out


def _own(own: str | None, place: str) -> bool:
    return bool(own) and same_place(place, own)
