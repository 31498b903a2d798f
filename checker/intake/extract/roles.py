"""What the words next to a figure make of it: the words between a name and its figure (_gap) say its role — the
year's value, the year before's, a change, a share (_role); 无 before a name states zero (_zero_before); an amount
right after the name a share is of is the base's (_share_base). A mixin of the Extractor (figures.py)."""

from __future__ import annotations

import re

from checker.intake.extract.items import _YEAR, _Figure
from checker.intake.extract.vocab import words
from checker.intake.indicators import dictionary
from checker.intake.units import UnitError, unit_scale


class Roles:
    def _zero_before(self, name, cs: int, end: int) -> tuple[int, int] | None:
        """The span of 无 before a name of `zero_before_names` ending its clause (全区小学无超大班额, 无56人以上大班额): the
        name's figure is zero (h-extract8); never before other names, nor a name going on (无超大班额学校)."""
        if name[0] not in self.v["zero_before_names"] or not re.match(r"\s*(?:[,;。]|$)", self.text[name[2]:end]):
            return None
        m = re.search(r"(?<!基本)(?<!几乎)无(?:\d+人(?:及以上|以上)的?)?$", self.text[cs:name[1]])  # 基本无: nearly none
        if m is None:
            return None
        # the sentence before 无 only names the place, the year, stages and schools (全县小学、初中均已无大班额; 2022年,
        # 全区已实现无超大班额): never an exception (除城区学校外), an aim (将实现, 努力实现), some schools (绝大多数学校,
        # 其余学校) or anything else that makes it less than all of them (review 31b)
        allowed = "|".join([words("scope_words"), self.v.tokens.pattern, *self.own_alts,
                            _YEAR.pattern + "(?:底|末)?", r"截至|截止|各级各类|所有|全部|学校|目前|现已|已经|已|均|都|全面|实现了?|[,、:\s]"])
        if re.fullmatch(f"(?:{allowed})*", self.text[self.sentence_start:cs + m.start()]) is None:
            return None
        return (cs + m.start(), name[2])  # quoted with the name

    def _share_base(self, name, nxt) -> _Figure | None:
        """The amount written right after the name a share is of, in that name's own family of units (占一般公共预算
        支出6916.71亿元的比例: the base's figure, not the share's), or None (占…支出的15.2%, 占…15.2%)."""
        if nxt is None or nxt[0] != "f" or self.text[name[2]:nxt[1]].strip() or not nxt[2].unit:
            return None
        spec = dictionary()[name[0]]
        if spec.family == "ratio":
            return None
        try:
            unit_scale(nxt[2].unit, spec.family)
        except UnitError:
            return None
        return nxt[2]

    def _in_share(self, anchor: int, pos: int) -> bool:
        return bool(re.search(words("share_words"), self.text[anchor:pos]))

    def _gap(self, a: int, b: int, groups) -> str:
        """The words between two tokens, without spaces and without parentheses holding no figure."""
        text = "".join(self.text[i] for i in range(a, b) if not any(x <= i < y for x, y in groups))
        return re.sub(r"\s+", "", text)

    def _role(self, gap: str) -> tuple[str, object]:
        year = None
        m = re.match(r"^((?:19|20)\d\d)年(?:底|末)?", gap)
        if m:
            year, gap = int(m.group(1)), gap[m.end():]
        named = re.match(r"^(?:(?:比|较|与|由)((?:19|20)\d\d)年(?:的)?|从((?:19|20)\d\d)年的)$", gap)
        if named and year is None:  # 比2010年的73.12亿元, 从2019年的65.26%(上涨到73.7%): the value of the year it names
            return "value", ("prior", int(named.group(1) or named.group(2)))
        if self.re_current.match(gap):
            return "value", ("year", year)
        reached = re.match(rf"^(?:{words('current_labels')})((?:19|20)\d\d)年(?:底|末)?的?$", gap)
        if reached and year is None:  # 由2015年的75.2%提高到2020年的90.1%: the year it names
            return "value", ("year", int(reached.group(1)))
        if self.re_prior.match(gap):
            return "value", ("prior", year)
        change = self.re_change.match(gap)
        if change:
            return "change", "down" if change.group("down") else "up"
        named = re.match(rf"^(?:比|较|与)((?:19|20)\d\d)年(?:相比)?((?:{words('rise_verbs')})|(?:{words('fall_verbs')}))了?$", gap)
        if named:  # 比2010年增长: a change over the year it names, the year before's only if it is that
            fall = re.fullmatch(words("fall_verbs"), named.group(2)) is not None
            return "change", ("down" if fall else "up", int(named.group(1)))
        share = self.re_share.match(gap)
        if share:
            return "share", share.group("of")
        if re.fullmatch(r"的?(?:比例|比重|占比)(?:为|是|达到|达)?", gap):
            return "share", ""  # (占一般公共预算支出29472万元)的比例为11.32%: the share, its base named before
        return "unknown", gap
