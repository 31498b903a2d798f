"""The patterns a report is read with, compiled once per report from the vocabulary (extract.yaml) and the entity
(its level, code and name: which words name its parent, its children, its siblings, itself). A mixin of the
Extractor (figures.py)."""

from __future__ import annotations

import re

from checker.intake.extract.items import _YEAR
from checker.intake.extract.vocab import words


class Patterns:
    def _entity_patterns(self, level: str | None, code: str | None, name: str | None) -> None:
        """Who the report's other places are, from the entity's level, code and name: its parent (全省 in a county's
        report), its children (卢氏县 in a prefecture's), its siblings; and the end of a plan's period."""
        above = list(self.v["parent_scope_words"].get(level or "", []))  # 全省 in a county's report: the province
        if level == "county" and ((name or "").endswith(("县", "旗", "区")) or (
                code and code[4:6].isdigit() and int(code[4:6]) <= 80 and not (name or "").endswith("市"))):
            # a 县 or a 市辖区: 全市 is the prefecture; not a county whose name says it is a city (敦化市, numbered 03 in
            # its 州 as some autonomous prefectures number their 县级市): there 全市 is itself; a name saying 县, 旗 or 区
            # is never a city, whatever its number
            above += self.v["parent_scope_words"]["county_below_a_city"]
        if code and code[:2] in self.v["autonomous_region_codes"] and code[4:6].isdigit() \
                and (level == "prefecture" or (level == "county" and int(code[4:6]) > 20)):
            above += self.v["parent_scope_words"]["under_a_region"]  # 全区 in a 盟's or a 旗's report: the region
        below = self.v["child_entity_words"].get(level or "", [])  # 卢氏县 in a prefecture's report: the county
        self.re_child = re.compile("|".join(below)) if below else None
        self.own_name = name if name and name != code else None  # 三门峡市 naming itself in its own report
        self.re_parent = re.compile(f"(?<!城)(?:{'|'.join(map(re.escape, above))})") if above else None  # not 城市均衡
        siblings = self.v["child_entity_words"]["prefecture"] + self.v["sibling_entity_words"] \
            if level == "county" and self.own_name else []  # a prefecture's or a province's own: `sub_entity` (re_child)
        if self.own_name or (code and not code.endswith("0000")):  # without the name, only below a province
            siblings += self.v["province_entity_words"]  # 河南省… opening a clause: the province (or another one)
        self.re_sibling = re.compile("|".join(siblings)) if siblings else None
        ends = "|".join(self.v["plan_period_ends"])
        self.re_plan_end = re.compile(rf"({ends})[\"“”'‘’「」]?\s*(?:规划)?\s*(?:{words('plan_end_words')})")

    def _patterns(self) -> None:
        filler = f"(?:{words('fillers')})?"
        self.re_prior = re.compile(rf"^(?:{words('prior_labels')}){filler}$")
        # 本年, 为, or both (财政经常性收入本年为156420.3万元,上年为…)
        self.re_current = re.compile(rf"^(?:{words('current_labels')})?(?:{words('fillers')})?$")
        prefix = f"(?:{words('change_prefixes')})*"
        self.re_change = re.compile(rf"^{prefix}(?:(?P<up>{words('rise_verbs')})|(?P<down>{words('fall_verbs')}))了?(?:为|达到|达)?$")
        self.re_share = re.compile(rf"^(?:{words('share_words')})(?P<of>.*?)(?:的)?(?:比例|比重)?(?:为|达到|达)?$")
        self.re_share_start = re.compile(rf"(?:{words('share_words')})")
        self.re_not_figure = re.compile(rf"(?:{words('not_figures_after')})")
        self.re_zero = re.compile(rf"(?:{words('zero_words')})(?=$|[,、;。:)])")
        self.re_breaker = re.compile("|".join(self.v["name_breakers"]))
        # a clause may open with the year it is about (2017年全省共有普通小学6172所): not a word of its subject
        # a zone calls itself by its kind (漯河市城乡一体化示范区: 示范区…), as a county says 全县
        zone = next((w for w in self.v["zone_words"] if self.own_name and self.own_name.endswith(w)), None)
        self.own_words = [w for w in (zone, self.own_name) if w]
        # …, 殷都区共有幼儿园226所: itself; its name without the division's word too (恩施拥有小学107所 in 恩施市's page),
        # never the start of another place's (恩施州, 恩施土家族苗族自治州) (stop 36)
        self.own_alts = [re.escape(w) for w in self.own_words]
        short = re.sub(r"(?:自治县|自治旗|县|区|市|旗)$", "", self.own_name or "")
        if self.own_name and 2 <= len(short) < len(self.own_name) and not short.endswith(("自治", "族")):
            self.own_alts.append(re.escape(short) + r"(?=拥有|共有|现有|有|共设|设有|境内|辖区|年末|年底|全|[,:])")  # only
            # where a count or the whole follows it, never a place or a school it names (桐溪镇, 桐溪新区, 桐溪一中)
        own = "".join(f"|{w}" for w in self.own_alts)
        self.re_scope = re.compile(rf"(?:{words('scope_words')}|{words('scope_parts')}{own}|{_YEAR.pattern}(?:底|末)?|[:\s])*")
        not_after = "".join(f"(?<!{re.escape(w)})" for w in self.v["flow_not_after"])  # 专业毕业: a qualification
        self.re_flow = re.compile(f"{not_after}(?:{words('flow_words')})")
        self.re_subset = re.compile(words("subset_words"))
        self.re_schooling = re.compile(words("schooling_words"))
        self.re_not_done = re.compile(words("not_done_words"))
        self.re_not_done_after = re.compile(words("not_done_after_words"))
        self.re_other_unit = re.compile(rf"(?<![\d.:])\d+(?:\.\d+)?(?:{words('other_units')}|\s*:\s*1(?![\d.]))")  # 13:1
        self.re_standard = re.compile("|".join(self.v["standard_words"]))
        self.re_other = re.compile(words("other_entity_words"))
        done = "".join(f"(?<!{re.escape(w)})" for w in self.v["target_done_before"])  # 已确保: done, not a goal
        self.re_target = re.compile(f"{done}(?:{words('target_sentence_words')})")
        self.re_last_year = re.compile(rf"[\s,]*(?:{words('last_year_heads')})")
        self.re_last_school_year = re.compile(rf"(?<![比较与由同和跟从于])(?:{words('school_year_last')})")
        self.re_this_school_year = re.compile(words("school_year_this"))
        self.re_reach = re.compile(rf"(?:{words('reach_words')})$")
        self.re_achieved = re.compile(words("achieved_words"))
        self.re_review_title = re.compile(words("plan_review_titles"))
        self.re_context_word = re.compile(rf"^(?:{words('context_words')})")
        self.re_scope_part = re.compile(words("scope_parts"))
        self.re_scope_whole = re.compile(words("scope_whole") + "".join(f"|{re.escape(w)}" for w in self.own_words))
        # (never the name without its division's word: 大港 in 天大网络学院大港分院 is no whole)
        self.re_rate_after = re.compile(rf"(?:的)?(?:{words('rate_after')})")
        self.re_scope_any = re.compile(f"{words('scope_parts')}|{words('scope_whole')}")
        self.re_budget = re.compile(rf"{words('budget_words')}|(?:{words('budget_right_before')})$")
        listed_then = lambda key: re.compile(  # noqa: E731 - the figures listed after one, then the words (h-extract9)
            r"(?:\s*[、和及与]\s*\d[\d.,]*\s*(?:万元|亿元|元|%|所|人|个|名)?)*\s*(?:" + "|".join(self.v[key]) + ")")
        self.re_standard_after = listed_then("standard_after")  # 分别达到650元、850元的省定标准
        self.re_target_after = listed_then("target_after")  # 达到96.5%的市定目标
        self.re_school = re.compile("|".join(self.v["school_names"]))
        self.re_sub_entity = re.compile("|".join(self.v["sub_entities"]))
        self.re_multi_year = re.compile("|".join(self.v["multi_year_words"]))
        self.re_part_year = re.compile("|".join(self.v["part_year_words"]))
        self._year_patterns()
        self.re_topic = re.compile(rf"\s*(?:{self.v.tokens.pattern})(?:教育)?(?:方面|工作)?(?=\s*,)")
        self.re_deictic = re.compile(words("deictic_years"))
        self.re_bound = re.compile(words("bound_words"))
        # a month before the autumn, with no year (截至6月底): counts and rates then are the school year begun before
        self.re_early_month = re.compile(rf"(?<![\d年.])0?[1-{self.v['autumn_month'] - 1}]\s*(?:月|份)(?!\d)")
        # a count after a counted name (学校89所), never an amount (特殊教育学校为46285.20元: the stage's, h-review34a)
        # numbers after a name with no unit, ending their clause (在校生31000, 在校生(人) 31000 32000): figures.py
        self.re_unitless_after = re.compile(rf"(?:\([^()\d]{{1,4}}\))?[ \t]*(?:{words('fillers')})?[ \t]*"
                                            rf"((?<![\d.])\d+(?:\.\d+)?[万亿]?(?:[ \t]+\d+(?:\.\d+)?[万亿]?)*)(?=[ \t]*(?:$|[,;。、\n]))")
        self.re_count_follows = re.compile(rf"\s*(?:{words('fillers')})?\s*\d(?![\d,]*(?:\.\d+)?\s*(?:元|万元|亿元|%))")
