"""Per-school comparisons for the school checks of the 优质均衡, 普及普惠 and 基本均衡 packs, and
the comparison of a county's stated 差异系数 with the ones its school table gives. Each comparison
is a `Detail` whose intervals the engine compares (computed against the standard), so the engine,
not Python, decides every school's verdict; the findings stage folds them into one finding."""

from __future__ import annotations

import math

from checker.evaluate.consistency import Detail, written_interval
from checker.evaluate.derive import ALL_RESOURCES, COMPOSITE, CV_KEYS, RESOURCES, SECTIONS, sections
from checker.evaluate.messages import both
from checker.model import School, Submission
from checker.rules.checks import GROUPS, at_least, bounds, within_cap

# a school's comparisons share one engine case, each in its group's fields (checks.GROUPS)
assert GROUPS["school_resources"] == tuple(key for key, *_ in RESOURCES)
assert GROUPS["music_art_rooms"] == ("music_rooms", "art_rooms")

THROUGH = ("九年一贯制", "十二年一贯制")  # school types (words of the school table) with the larger size cap
# the CVs each pack judges, and so the stated ones it compares with its school table
STATED = {"stated_cv": tuple(f"cv_{key}" for key, *_ in RESOURCES),
          "stated_cv_basic": ("cv_composite",) + tuple(f"cv_{key}" for key in COMPOSITE)}
_LABEL = {f"cv_{key}": (zh, en) for key, zh, en, *_ in ALL_RESOURCES}  # and cv_composite: schoolchecks.composite


def school_details(check: str, sub: Submission, stage: str | None, threshold) -> list[Detail]:
    """Per-school comparisons for a school check; `threshold(name)` is the parameter in force."""
    if not sub.schools:
        return []
    out = []
    if check == "school_resources":
        standards = {key: (threshold(f"{key}_min"), *bounds(check, key, threshold)) for key, *_ in RESOURCES}
        for r in sections(sub.schools):
            if r["excluded"] != "" or r["section"] != stage:
                continue
            for group, (key, zh, en, *_) in enumerate(RESOURCES):
                standard, stated, truncated = standards[key]
                value = r[key]
                d = Detail(key, [], f"{r['name']} {zh}", f"{r['name']} {en}", point=value)
                d.school, d.place, d.group = r["name"], r["place"], group
                if math.isnan(value):
                    d.missing_zh, d.missing_en = both("schoolchecks.table_lacks")
                    d.absent = {"school": r["name"], "figure": key, "place": r["place"]}
                else:
                    d.computed, d.stated, d.truncated, d.standard = (value, value), stated, truncated, standard
                out.append(d)
    elif check == "school_size":
        for s in sub.schools:
            if s.type not in SECTIONS:
                continue
            pupils = (s.get("students_primary") or 0) + (s.get("students_junior") or 0)
            cap = threshold("size_max_through" if s.type in THROUGH else "size_max")
            out.append(_cap(s, pupils, cap, *both("schoolchecks.pupils", school=s.name)))
    elif check == "class_size":
        for s in sub.schools:
            if stage not in SECTIONS.get(s.type, ()) or not s.get(f"students_{stage}"):
                continue
            size = s.get(f"max_class_size_{stage}")
            out.append(_cap(s, size, threshold("class_size_max"), *both("schoolchecks.largest_class", school=s.name)))
    elif check == "kg_size":
        for s in sub.schools:
            if s.type == "幼儿园":
                out.append(_cap(s, s.get("children"), threshold("kg_size_max"),
                                *both("schoolchecks.children", school=s.name)))
    elif check == "kg_class_size":  # every class within the 规程 norm: classes within = classes
        for s in sub.schools:
            if s.type == "幼儿园":
                out.append(_floor(s, s.get("kg_classes_within_norm"), s.get("kg_classes"),
                                  *both("schoolchecks.classes_within_norm", school=s.name)))
    elif check == "music_art_rooms":
        for s in sub.schools:
            if s.type not in SECTIONS or s.type == "教学点":
                continue
            classes = [s.get(f"classes_{k}") for k in SECTIONS[s.type]]
            need = None if None in classes else math.ceil(sum(classes) / threshold("classes_per_room"))
            for group, column in enumerate(("music_rooms", "art_rooms")):
                d = _floor(s, s.get(column), need, *both(f"schoolchecks.{column}", school=s.name))
                d.group = group
                out.append(d)
    elif check == "training_budget":
        for s in sub.schools:
            if s.type not in SECTIONS:
                continue
            budget, training = s.get("public_funding_budget"), s.get("training_budget")
            share = None if budget is None or training is None or not budget else round(training * 100 / budget, 9)
            out.append(_floor(s, share, threshold("training_share_min"),
                              *both("schoolchecks.training_share", school=s.name)))
    return out


def stated_cv_details(check: str, sub: Submission, stage: str | None) -> list[Detail]:
    """A county's stated 差异系数 against the one its school table gives: consistent when the
    computed CV lies in the interval the stated one stands for (0.42 → [0.415, 0.425]); the
    computed CV truncated rather than rounded is a warning. Nothing to compare: no details."""
    if not sub.schools_file or sub.bad_schools:
        return []
    computed = {f.indicator: f for f in sub.facts if f.stage == stage and f.period == sub.period
                and f.indicator in CV_KEYS and f.citation.document == sub.schools_file}
    out = []
    for key in STATED[check]:
        for fact in sub.facts:
            if (fact.indicator, fact.stage, fact.period) != (f"{key}_stated", stage, sub.period) or fact.is_claim:
                continue
            name = _LABEL[key] if key in _LABEL else both("schoolchecks.composite")
            d = Detail("cv", [fact], *both("schoolchecks.stated_cv", name=name,
                                           value=fact.value_as_written or fact.value))
            if key not in computed:
                d.missing_zh, d.missing_en = both("schoolchecks.no_cv")
            else:
                value = float(computed[key].value)
                d.point = value
                d.computed = (value, value)
                d.stated, d.truncated = written_interval(fact.value_as_written or str(fact.value), float(fact.value))
            out.append(d)
    return out


def _cap(s: School, value, cap: float, zh: str, en: str) -> Detail:
    d = Detail("cap", [], zh, en, point=value)
    d.school, d.place, d.standard = s.name, str(s.location), cap
    if value is None:
        d.missing_zh, d.missing_en = both("schoolchecks.table_lacks")
    else:
        d.computed = (value, value)
        d.stated, d.truncated = within_cap(cap)
    return d


def _floor(s: School, value, floor: float | None, zh: str, en: str) -> Detail:
    d = Detail("floor", [], zh, en, point=value)
    d.school, d.place, d.standard = s.name, str(s.location), floor
    if value is None or floor is None:
        d.missing_zh, d.missing_en = both("schoolchecks.table_lacks")
    else:
        d.computed = (value, value)
        d.stated, d.truncated = at_least(floor)
    return d
