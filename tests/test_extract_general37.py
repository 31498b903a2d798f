"""Readings learnt in stop 37 (issue 24) from batch 11's tune documents, after their first contact
(tests/data/reports/NEW-BATCH-11-FIRST.md): a rate's name with words set in before its rate word (学前教育阶段幼儿毛入学率,
a quoted phrase inside it), 入学率 for a kindergarten's 入园率; 一般预算, the wording before 公共财政预算; a figure whose own
其中 breaks it into the stages named before it is their whole. Each rule with own-made sentences (桐溪县 510998 exists
nowhere) that fail on the code before it, and with the sentences it must leave as they were.
"""

import pytest

from extract_reading import read_report


def _read(body: str):
    return read_report(body)[:2]


@pytest.mark.parametrize("body, indicator, value", [
    ("全县学前教育阶段幼儿毛入园率98.5%。", "preschool_gross_enrollment_rate", "98.5"),
    ("全县学前教育毛入学率98.5%。", "preschool_gross_enrollment_rate", "98.5"),
    ("全县学前三年幼儿毛入园率98.5%。", "preschool_gross_enrollment_rate", "98.5"),
    ("全县学前教育阶段幼儿“应入尽入”毛入学率100%。", "preschool_gross_enrollment_rate", "100"),
    ('全县学前教育阶段幼儿"应入尽入"毛入学率100%。', "preschool_gross_enrollment_rate", "100"),
    ("义务教育阶段学生巩固率99.2%。", "compulsory_retention_rate", "99.2"),
    ("全县高中阶段学生毛入学率95.1%。", "senior_secondary_gross_enrollment_rate", "95.1"),
    ("全县高中阶段的毛入学率95.1%。", "senior_secondary_gross_enrollment_rate", "95.1"),
])
def test_a_rate_read_with_words_set_in_before_its_rate_word(body, indicator, value):
    facts, _ = _read(body)
    assert (indicator, None, 2023, value) in facts


@pytest.mark.parametrize("body", [
    "义务教育阶段(小学)入学率100%。",  # not said to be net: no indicator, listed
    "全县课后服务学生覆盖率96%。",  # 覆盖率 takes no words set in: of pupils, not the schools' coverage
    "全县学前教育阶段幼儿入园人数3200人。",  # a count, no rate
])
def test_words_set_in_never_make_a_rate_of_another_quantity(body):
    facts, unattached = _read(body)
    assert not any(f[0] in ("preschool_gross_enrollment_rate", "compulsory_retention_rate",
                            "after_school_service_school_share") for f in facts)


def test_a_standard_quoted_with_words_set_in_is_never_the_county_rate():
    facts, unattached = _read("到2025年,全国学前教育阶段幼儿毛入园率达到90%以上。")
    assert not any(f[0] == "preschool_gross_enrollment_rate" for f in facts)
    assert any(u[0] == "90%" for u in unattached)


@pytest.mark.parametrize("body, indicator, value", [
    ("全县一般预算支出57760万元,比上年增长29.6%。", "general_budget_expenditure", "57760"),
    ("全县一般预算教育支出12350万元。", "edu_general_budget_expenditure", "12350"),
])
def test_yibanyusuan_the_older_wording_of_the_general_budget(body, indicator, value):
    facts, _ = _read(body)
    assert (indicator, None, 2023, value) in facts


def test_a_figure_broken_into_the_stages_named_before_it_is_their_whole():
    facts, unattached = _read("目前,全县共有学校39所,其中:中学7所,小学32所;在校生20398人,其中:小学生17356人,中学生3042人。")
    assert ("students", None, 2023, "20398") in facts
    assert ("students", "primary", 2023, "17356") in facts
    assert ("schools", "primary", 2023, "32") in facts


@pytest.mark.parametrize("body, figure", [
    # 义务教育 is not among the parts: the compulsory stages' figure, never the county's whole
    ("全县现有公办义务教育学校191所,其中初级中学22所,中心小学73所;在校生92988人,其中小学67424人、初中25564人。", "92988"),
    # 基础教育 likewise
    ("全县有基础教育学校104所,其中:小学29所,初中6所;在校学生17278人,其中:小学6982人,初中4167人,幼儿园4085人。", "17278"),
])
def test_a_figure_broken_down_under_a_mixed_topic_stays_out_of_the_whole(body, figure):
    facts, unattached = _read(body)
    assert not any(f[3] == figure and f[1] is None for f in facts)
    assert any(u[0].startswith(figure) for u in unattached)


@pytest.mark.parametrize("body, stage", [
    ("全县共有小学52所;在校生32000人,其中女生15000人。", "primary"),  # no stages in its own 其中: the primary schools'
    ("全县共有小学52所,在校生32000人。", "primary"),
])
def test_a_stage_before_still_carries_to_a_figure_not_broken_into_stages(body, stage):
    facts, _ = _read(body)
    assert ("students", stage, 2023, "32000") in facts
