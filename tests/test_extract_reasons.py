"""A person reads why a figure was left unattached in their language (checker/intake/extract/reasons.py)."""

import pytest

from checker.i18n import catalogue
from checker.intake.extract.reasons import reason_words

# Every reason the reader gave on the tune documents and in the extraction and draft tests (collected on
# 2026-12-07 by recording each Unattached made while running them); a reason added later falls back to
# `extract.reason.unknown`, which shows the token itself.
TOKENS = ("bound budget date_in_year definition department entity_unclear flow implausible later_year merged_cell mixed_stage "
          "multi_year named_school no_indicator no_stage no_unit not_a_count not_a_stage not_done not_the_year_before "
          "other_entity other_year part_year percentage_points phrase scope_unclear share_of_unknown since_year "
          "stage_not_allowed stage_unclear standard stated_twice stated_without_value sub_entity subset target unit "
          "year_unclear").split()


@pytest.mark.parametrize("token", TOKENS)
def test_every_reason_the_reader_gives_has_its_words(token):
    assert f"extract.reason.{token}" in catalogue()
    zh, en = reason_words(token, "zh"), reason_words(token, "en")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh) and token not in zh  # Chinese words, not the token
    assert en != token and not en.startswith("not attached (")


def test_the_other_places_of_a_figure_stated_twice_are_shown():
    assert reason_words("stated_twice: 45所 二(五)1", "zh").endswith(":45所 二(五)1")
    assert reason_words("implausible: above 100%", "zh") == reason_words("implausible", "zh")  # the bound: in the sentence's kind


def test_an_unknown_reason_is_shown_as_it_is():
    assert reason_words("new_reason: x", "en") == "not attached (new_reason: x)"
    assert "new_reason: x" in reason_words("new_reason: x", "zh")
