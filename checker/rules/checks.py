"""Checks decided by one interval comparison instead of a rule of their own: the consistency checks
(checker/evaluate/consistency.py) and the school checks. A criterion with `check:` is parsed with
these texts; the evaluator supplies the intervals."""

from __future__ import annotations

from checker.rules import expr

CHECKS = ("stated_change", "stated_share", "parts_total", "restated")
SCHOOL_CHECKS = ("school_resources", "school_size", "class_size", "kg_size", "kg_class_size",
                 "music_art_rooms", "training_budget")
STATED_CHECKS = ("stated_cv", "stated_cv_basic")  # a county's stated 差异系数 against its school table's
HISTORY_CHECKS = ("restated_base", "restated_flip", "scale_own", "scale_peers", "yoy_peers")  # need a store
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
RULE_TEXT = "computed_hi >= stated_lo and computed_lo <= stated_hi"
WARN_TEXT = "computed_hi >= truncated_lo and computed_lo < truncated_hi"


def rule() -> tuple[expr.Cond, expr.Cond]:
    """The one comparison every consistency check is decided by: overlap, else truncation."""
    return expr.parse(RULE_TEXT, NAMES), expr.parse(WARN_TEXT, NAMES)


def group_ref(group: str, name: str) -> expr.Ref:
    """The slot key of operand `name` (one of NAMES) of a group of a grouped check."""
    return expr.Ref(f"{group}.{name}")
