"""Checks decided by one interval comparison instead of a rule of their own: the consistency checks
(checker/evaluate/consistency.py) and the school checks. A criterion with `check:` is parsed with
these texts; the evaluator supplies the intervals."""

from __future__ import annotations

from checker.rules import expr

CHECKS = ("stated_change", "stated_share", "parts_total", "restated", "report_form")
SCHOOL_CHECKS = ("school_resources", "school_size", "class_size", "kg_size", "kg_class_size",
                 "music_art_rooms", "training_budget")
STATED_CHECKS = ("stated_cv", "stated_cv_basic")  # a county's stated 差异系数 against its school table's
# screening (checker/evaluate/history.py): against earlier rounds in a store (restated_*), the entity's
# own other years and plausible ranges (scale_own, plausible_range: no store needed), the peers
# (scale_peers, yoy_peers: the batch's other entities of the province, with a store)
HISTORY_CHECKS = ("restated_base", "restated_flip", "scale_own", "scale_peers", "yoy_peers", "plausible_range")
# pack-level parameters a check reads by name (beside its criterion's own `params:`)
CHECK_PARAMS = {"scale_own": ("slip_ratio_min",), "scale_peers": ("slip_ratio_min", "peers_min"),
                "yoy_peers": ("yoy_excess_pp", "peers_min")}
NAMES = ("computed_lo", "computed_hi", "stated_lo", "stated_hi", "truncated_lo", "truncated_hi")
# A check whose every school carries several comparisons: ONE engine case per school, holding
# each comparison's six operands in its group's fields (`g{j}_…`), and one set of pass / warn /
# fail rules per group reading them, so the engine still decides each comparison on its own.
# school_resources: the seven 优质均衡 indicators (checker/evaluate/derive.py RESOURCES, in order);
# music_art_rooms: the music and the art rooms.
GROUPS = {"school_resources": ("degree_per100", "backbone_per100", "pe_art_per100", "aux_area_per_student",
                               "sports_area_per_student", "equipment_per_student", "multimedia_per100"),
          "music_art_rooms": ("music_rooms", "art_rooms")}
# A check whose bounds are parameter values — the same for every school of a stage, not figures
# of the school — has them compiled into its rules as constants, once per combination of parameter
# values in force (a kind each), and its cases carry only the school's figure: the `computed`
# interval, a point (lo = hi), in one field. The evaluator fills each comparison's `stated` and
# `truncated` from the same `bounds`, so the rules and the findings' details agree by construction.
BOUND_CHECKS = ("school_resources", "class_size", "kg_size", "training_budget")
POINT = ("computed_lo", "computed_hi")  # the operands such a check's cases carry (one field)
NO_BAND = (1e15, -1e15)  # a truncation band nothing can fall in (for checks that have none)
_CAP = {"class_size": "class_size_max", "kg_size": "kg_size_max"}
RULE_TEXT = "computed_hi >= stated_lo and computed_lo <= stated_hi"
WARN_TEXT = "computed_hi >= truncated_lo and computed_lo < truncated_hi"


def rule() -> tuple[expr.Cond, expr.Cond]:
    """The one comparison every consistency check is decided by: overlap, else truncation."""
    return expr.parse(RULE_TEXT, NAMES), expr.parse(WARN_TEXT, NAMES)


def group_ref(group: str, name: str) -> expr.Ref:
    """The slot key of operand `name` (one of NAMES) of a group of a grouped check."""
    return expr.Ref(f"{group}.{name}")


def bounds(check: str, group: str | None, value) -> tuple[tuple[float, float], tuple[float, float]]:
    """(stated, truncated) of a comparison of a BOUND_CHECKS check, from `value(name)`, the
    parameter in force: a school's 优质均衡 indicator `group` meets its standard, or falls short
    by at most 15 % (the `floor_share`, a warning); a class or kindergarten within its cap; a
    training share at least its floor."""
    if check == "school_resources":
        standard = value(f"{group}_min")
        return (standard, 1e15), (standard * value("floor_share"), standard)
    if check in _CAP:
        return within_cap(value(_CAP[check]))
    if check == "training_budget":
        return at_least(value("training_share_min"))
    raise KeyError(check)


def within_cap(cap: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """(stated, truncated) of a figure that must not exceed `cap` (no warning band)."""
    return (-1e15, cap), NO_BAND


def at_least(floor: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """(stated, truncated) of a figure that must reach `floor` (no warning band)."""
    return (floor, 1e15), NO_BAND
