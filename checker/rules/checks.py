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
RULE_TEXT = "computed_hi >= stated_lo and computed_lo <= stated_hi"
WARN_TEXT = "computed_hi >= truncated_lo and computed_lo < truncated_hi"


def rule() -> tuple[expr.Cond, expr.Cond]:
    """The one comparison every consistency check is decided by: overlap, else truncation."""
    return expr.parse(RULE_TEXT, NAMES), expr.parse(WARN_TEXT, NAMES)
