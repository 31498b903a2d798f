"""What the extractor knows of the language of reports, all of it data: indicator names and their
variants from the indicator dictionary (`aliases_zh`, `claims_zh`), and the phrasing of stages,
periods, changes and shares from checker/data/extract.yaml. Nothing here names an indicator."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from checker.intake.indicators import dictionary


@dataclass(frozen=True)
class Name:
    """One way of naming an indicator; `staged` when the name carries a stage ({stage}一般公共预算…)."""

    indicator: str
    pattern: re.Pattern
    staged: bool
    stage: str | None = None  # a name that always means one stage (在园幼儿: kindergarten pupils)
    counted: bool = False  # a word too common to be a name anywhere else (学校): only in a counting sentence
    after_count: bool = False  # a word naming only the count right before it (28.63万个班)


@dataclass(frozen=True)
class Vocabulary:
    names: tuple[Name, ...]
    claims: tuple[tuple[str, re.Pattern], ...]
    stage_of: dict  # stage name -> stage id
    tokens: re.Pattern  # stage names, mixed stages and other levels, longest first
    mixed: frozenset
    other_levels: frozenset
    raw: dict  # the rest of extract.yaml, by key

    def __getitem__(self, key: str):
        return self.raw[key]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    import yaml

    text = resources.files("checker").joinpath("data/extract.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    stage_of = {name: stage for stage, names in raw["stages"].items() for name in names}
    stage_group = f"(?P<stage>{_alternation(stage_of)})"
    names: list[Name] = []
    claims: list[tuple[str, re.Pattern]] = []
    declared = {a for spec in dictionary().values() for a in (spec.zh, *spec.aliases_zh)}  # never a second meaning
    for spec in dictionary().values():
        if spec.derived:
            continue
        aliases = _older((spec.zh, *spec.aliases_zh), raw["older_wordings"])
        if spec.family == "money":  # …教育事业费支出为8445.63元: the expenditure of the quantity named
            aliases += [a + suffix for a in aliases for suffix in raw["money_name_suffixes"] if not a.endswith(suffix)]
        if spec.family == "count" and not spec.aliases_zh:  # 新增普惠性幼儿园3所: a formal name without its 数
            aliases += [a[:-len(suffix)] for a in aliases for suffix in raw["count_name_suffixes"]
                        if a.endswith(suffix) and a[:-len(suffix)] not in stage_of and a[:-len(suffix)] not in declared]
        for alias in _variants(aliases, raw["share_suffixes"]):
            staged = "{stage}" in alias
            body = re.escape(alias).replace(re.escape("{stage}"), stage_group)
            if spec.family == "percent":
                body = _filled(alias, body, raw)
            names.append(Name(spec.id, re.compile(body), staged))
        for phrase in spec.claims_zh:
            claims.append((spec.id, re.compile(".{0,12}?".join(re.escape(p) for p in phrase.split("…")))))
    for name, key in raw["stage_names"].items():  # indicator.stage
        indicator, stage = key.split(".")
        names.append(Name(indicator, re.compile(re.escape(name)), False, stage))
    for name, indicator in raw["counted_names"].items():  # read only where the sentence counts
        names.append(Name(indicator, re.compile(re.escape(name)), False, None, counted=True))
    for name, indicator in raw["counted_after"].items():  # read only right after a count of its unit
        names.append(Name(indicator, re.compile(re.escape(name)), False, None, after_count=True))
    mixed = frozenset(raw["mixed_stages"])
    others = frozenset(raw["other_levels"])
    tokens = re.compile(_guarded([*stage_of, *mixed, *others], raw["word_ends"]))
    return Vocabulary(tuple(names), tuple(claims), stage_of, tokens, mixed, others, raw)


def _guarded(words, ends) -> str:
    """An alternation of `words`, longest first, none read where it starts inside one of `ends`
    (中学 and 中小学 are never read out of 其中学…, 其中小学…)."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        guards = [e[:i] for e in ends for i in range(1, len(e)) if w.startswith(e[i:])]
        out.append("".join(f"(?<!{re.escape(g)})" for g in guards) + re.escape(w))
    return "|".join(out)


def _filled(alias: str, body: str, raw: dict) -> str:
    """A percent name's pattern (`body`, from `alias`) that also reads its rate word (毛入学率, 巩固率 …) with words set
    in before it (`rate_fillers`; never a phrase in quotation marks: 义务教育"三类残疾儿童"巩固率 is a group's, h-review37)
    and in its other wordings (`rate_word_variants`): 学前三年毛入园率
    read in 学前三年幼儿毛入园率 and 学前教育阶段幼儿毛入学率's like."""
    word = next((w for w in sorted(raw["rate_words"], key=len, reverse=True) if alias.endswith(w)), None)
    if word is None:
        return body
    stem = body[:-len(re.escape(word))]
    fillers = "|".join(re.escape(f) for f in sorted(raw["rate_fillers"], key=len, reverse=True))
    words = _alternation([word, *raw["rate_word_variants"].get(word, ())])
    return f"{stem}(?:{fillers})*(?:{words})"


def _older(aliases, older: dict) -> list[str]:
    """Each name as declared, and with each older wording of its words (一般公共预算 was 公共财政预算
    until 2014, and 预算内 before: 生均预算内公用经费 is 生均一般公共预算公用经费)."""
    out = list(aliases)
    for alias in aliases:
        for word, olds in older.items():
            if word in alias:
                out += [alias.replace(word, old) for old in olds]
    return list(dict.fromkeys(out))


def _variants(aliases, suffixes) -> list[str]:
    """Each name as declared, and for a name ending in a share word (占比, 比率, 比例…) the same name
    with each other share word: the wording variants of one quantity, derived from the dictionary."""
    out = []
    for alias in aliases:
        out.append(alias)
        for suffix in suffixes:
            if alias.endswith(suffix):
                stem = alias[:-len(suffix)].removesuffix("的")
                out += [stem + other for other in suffixes] + [stem + "的" + other for other in suffixes]
                if not stem.endswith("数"):  # 公办幼儿园在园幼儿数占比: the count's share, its 数 written
                    out += [stem + "数" + other for other in suffixes] + [stem + "人数" + other for other in suffixes]
                break
    return list(dict.fromkeys(out))


def words(key: str) -> str:
    """A regex alternation of the phrases listed under `key` in extract.yaml, longest first."""
    return _alternation(vocabulary()[key])


def included_scope(v: Vocabulary, before: str, stage: str | None) -> str | None:
    """`含<kind>` when an aside in `before` (the figure's sentence up to it, or its row's label) says the stage's count
    includes a kind some statistics leave out (中等职业教育学校(含技工学校): `inclusion_scopes`), for a figure of that
    stage with no stage named between the aside and it (h-review37b); else None."""
    if stage is None:
        return None
    found = [(m.end(), kind) for kind, of in v["inclusion_scopes"].items() if of == stage
             for m in re.finditer(rf"\((?:含|包括|包含){re.escape(kind)}\)", before)]
    if not found:
        return None
    end, kind = max(found)
    after = before[end:]
    named = v.tokens.search(after)
    if "不含" in after or (named and "其中" not in after[:named.start()]):
        return None  # …(含技工学校)3所,中职(不含技工学校)在校生3200人: a stage named again after it (not as a part, 其中…中职
        # 4780人), the figure that name's (h-review37b)
    return f"含{kind}"
