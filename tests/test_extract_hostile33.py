"""A hostile review of stop 33's readings (tests/test_extract_general33.py, commits 51d847c and e9af483, issue 24).

Own-made sentences and short documents of the kinds county reports, bulletins, plans and work summaries contain,
written to meet what each new rule was not written for (桐溪县 510998 exists nowhere). Each test asserts what a
careful reader takes; where the extractor reads wrongly today it is marked xfail (strict), so that the day it is
mended the mark must go. Mended on main in stop 33, their marks gone: all but 义务教育阶段's classes, two units the reader does
not know (120余场次, 1千人), a second bare decimal, an increase alone, and an attachment's carried-over projects (still
marked). The reader's constraint is 0 wrong values, stages, scopes, years: a figure not read is
acceptable, a figure read wrongly is not, and a figure in a sentence about schooling is never passed over in silence.

Classes found (h-review33b):
- an item number of two levels (3.1.2024年…): the year is lost and the figure takes the report's year;
- a count known by its formal name (新建幼儿园) after a word saying it is not done (启动, 在建, 申报), or in a plan
  or a plan section of a summary with no reach word (新建幼儿园3所), taken as the year's count;
- aliases wider than their definitions: 省级/市级以上平安校园占比 (the indicator is all three levels), 校长交流轮岗
  比例 and 校长…360学时培训完成率 (the indicators are teachers'), a part's rotation share (城区学校…, 骨干教师…);
- the deepest title naming the report's year as a reference (在2023年基础上, 对照2023年, 巩固2023年, 2023年结转项目)
  under a title naming the next year's plan: the plan's figure taken as the year's;
- a plan whose opening lines say 总结 (一、“十三五”发展总结, 一、总结经验) is no longer a plan: its targets and its
  previous period's figures taken as the year's;
- a count right before a bare name in a clause that makes it a part (7所民办园收费偏高, 3所民办园转为普惠性民办园);
- an amount in brackets after a money name whose words before it say a source (上级补助…(2.1亿元));
- a compulsory-stage count of classes (义务教育阶段…教学班) taken as the all-stage total;
- figures in sentences about schooling passed over in silence: units the reader does not know (亩, 块, 辆, 起, 批次,
  门, 场次, 千人, 家), schooling words missing (班主任, 师生, 教职员工, 毕业生, 课后服务, 校车), a second bare
  decimal (初中为0.2), an increase with no figure of its own (比上年增加200万元).
"""

import pytest
from extract_reading import REPORT_TITLE, read_report
from hostile_cases import listed as _listed, mended, values as _values, xfail


REPORT = "!" + REPORT_TITLE


def _draft(text: str, name: str = "桐溪县"):
    return read_report(text, name)[2]


def _read(text: str, name: str = "桐溪县"):
    return read_report(text, name)[:2]


# --- rule 1: a year after an item's number --------------------------------------------------------------------

def test_a_year_after_a_two_level_items_number_is_the_items_year():
    facts, unattached = _read("一、基本情况\n3.1.2024年全县学前三年毛入园率达到96%。")
    assert not any(f[3] == "96" for f in facts)
    assert _listed(unattached, "96%")


# --- rule 2: a count by its formal name without 数 -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "全县启动新建幼儿园3所,均在施工中。",
    "全县在建新建幼儿园3所。",
    "全县申报新建幼儿园3所,已列入省级项目库。",
])
def test_kindergartens_not_yet_built_are_not_built(sentence):
    facts, unattached = _read(sentence)
    assert not any(f[0] == "new_kindergartens_built" for f in facts)
    assert _listed(unattached, "3所")


@pytest.mark.parametrize("text", [
    "!桐溪县学前教育普及普惠实施方案\n全县新增普惠性幼儿园5所,整合撤并乡村小规模学校4所。\n",
    "!桐溪县教育事业发展规划\n二、主要指标\n全县学前三年毛入园率达到95%,新建幼儿园3所。\n",
])
def test_a_plans_counts_are_targets(text):
    facts, _ = _read(text)
    assert facts == set()


def test_a_summarys_next_steps_are_no_facts():
    facts, unattached = _read("!桐溪县2023年教育工作总结\n三、下一步工作打算\n全县学前三年毛入园率稳定在95%以上,新建幼儿园3所。\n")
    assert facts == set()
    assert _listed(unattached, "3所")


# --- rule 3: the eleven new aliases ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("全县省级平安校园占比为30%。", "30%"),
    ("全县市级以上平安校园占比为65%。", "65%"),
])
def test_one_level_of_safe_campuses_is_not_the_three(sentence, figure):
    facts, unattached = _read(sentence)
    assert not any(f[0] == "safe_campus_share" for f in facts)
    assert _listed(unattached, figure)


@pytest.mark.parametrize("sentence, indicator", [
    ("全县义务教育学校校长交流轮岗比例为20%。", "teacher_rotation_share"),
    ("全县校长五年360学时培训完成率为100%。", "teacher_training_360h_rate"),
])
def test_principals_are_not_teachers(sentence, indicator):
    facts, unattached = _read(sentence)
    assert not any(f[0] == indicator for f in facts)
    assert unattached


@pytest.mark.parametrize("sentence, figure", [
    ("城区学校交流轮岗教师80人,占符合交流条件教师的12%。", "12%"),
    ("全县骨干教师交流轮岗56人,占符合交流条件教师的15%。", "15%"),
])
def test_a_parts_rotation_share_is_not_the_countys(sentence, figure):
    facts, unattached = _read(sentence)
    assert not any(f[0] == "teacher_rotation_share" for f in facts)
    assert _listed(unattached, figure)


# --- rule 5: the deepest title naming a year -------------------------------------------------------------------

@pytest.mark.parametrize("body, figure", [
    ("三、2024年工作打算\n(一)在2023年基础上持续发力\n全县学前三年毛入园率达到95%。\n", "95%"),
    ("三、2024年工作思路\n(一)对照2023年省级督导反馈意见\n全县学前三年毛入园率达到95%。\n", "95%"),
    ("三、2024年重点工作\n(一)巩固2023年创建成果\n新建幼儿园3所。\n", "3所"),
    pytest.param("附件:2024年重点项目清单\n一、2023年结转项目\n新建幼儿园2所。\n", "2所", marks=pytest.mark.xfail(
        strict=True, reason="an attachment's lead-in naming the next year (附件:2024年…清单:) over a section naming 2023's "
                            "carried-over projects (结转): the count taken as 2023's")),
])
def test_a_reference_year_under_a_later_years_title_decides_nothing(body, figure):
    facts, unattached = _read(REPORT + body)
    assert facts == set()
    assert _listed(unattached, figure)


# --- rule 6: a summary is no plan ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "!桐溪县“十四五”教育事业发展规划\n一、“十三五”发展总结\n二、主要指标\n全县学前三年毛入园率达到95%,九年义务教育巩固率达到98%。\n",
    "!桐溪县教育事业发展规划\n一、发展总结\n二、主要指标\n全县学前三年毛入园率达到95%,新建幼儿园3所。\n",
    "!桐溪县义务教育优质均衡发展实施方案\n一、总结经验\n全县学前三年毛入园率达到95%。\n",
])
def test_a_plan_with_a_summary_section_is_still_a_plan(text):
    facts, _ = _read(text)
    assert facts == set()


def test_the_previous_periods_summary_in_a_plan_is_not_the_years():
    facts, unattached = _read("!桐溪县“十四五”教育事业发展规划\n一、“十三五”发展总结\n全县学前三年毛入园率达到88%。\n")
    assert facts == set()
    assert _listed(unattached, "88%")


# --- rule 7: a count right before a name ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("二是民办园保教质量参差不齐,7所民办园收费偏高。", "7所"),
    ("今年全县又有3所民办园转为普惠性民办园。", "3所"),
])
def test_a_count_before_a_bare_name_in_a_parts_clause_is_a_part(sentence, figure):
    facts, unattached = _read(sentence)
    assert not any(f[0] == "private_kindergartens" for f in facts)
    assert _listed(unattached, figure)


# --- rule 9: an amount in brackets after its money name ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "上级补助一般公共预算教育经费(2.1亿元)已全部到位。",
    "上级补助一般公共预算教育经费2.1亿元已全部到位。",
])
def test_a_higher_levels_subsidy_is_not_the_whole(sentence):
    facts, unattached = _read(sentence)
    assert not any(f[0] == "edu_general_budget_expenditure" for f in facts)
    assert _listed(unattached, "2.1亿元")


# --- stages (issue 24: 义务教育阶段 is the compulsory total, never the all-stage total) ----------------------------

@pytest.mark.xfail(strict=True, reason="义务教育阶段's classes taken as the all-stage count of classes (stage None)")
def test_compulsory_classes_are_not_all_classes():
    facts, unattached = _read("全县义务教育阶段共有教学班1050个。")
    assert ("classes", None, 2023, "1050") not in facts
    assert _listed(unattached, "1050个")


# --- rule 4: nothing silent in a sentence about schooling ----------------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("全县学校占地面积共计850亩,建成塑胶运动场23块。", "850"),
    ("全县学校占地面积共计850亩,建成塑胶运动场23块。", "23"),
    ("全县教育系统查处违规办学行为3起,约谈校长5人次。", "3起"),
    ("全县学校食堂“明厨亮灶”覆盖率达100%,食品安全事故0起。", "0起"),
    ("全县教育系统共接待来访群众12批次,办结率100%。", "12"),
    ("全县学校开设课后服务课程320门,参与学生比例达到96%。", "320"),
    pytest.param("全县开展教师培训120余场次,培训教师8000余人次。", "120", marks=pytest.mark.xfail(strict=True, reason="a figure in digits with a unit the reader does not know is passed over in silence")),
    pytest.param("2023年秋季学期,全县学生实际人数较上学期减少约1千人。", "1千", marks=pytest.mark.xfail(strict=True, reason="a figure in digits with a unit the reader does not know is passed over in silence")),
    ("2023年,全县查处违规择校问题3起,涉及学生12人。", "3起"),
    ("2023年,全县新建幼儿园教学楼3栋,新增学位1200个。", "3栋"),
])
def test_a_figure_with_an_unknown_unit_is_listed(sentence, figure):
    draft = _draft(sentence)
    assert any(figure in u.figure for u in draft.unattached) or any(p.value and figure.startswith(p.value) for p in draft.facts)


@pytest.mark.parametrize("sentence, figure", [
    ("全县校车驾驶员56名,全部持证上岗。", "56名"),
    ("全县班主任1320名,全部参加岗位培训。", "1320名"),
    ("全县师生共计3.2万人。", "3.2万人"),
    ("全县课后服务覆盖率达到100%。", "100%"),
    ("全县应届毕业生2300人,全部顺利毕业。", "2300人"),
    ("全县教职员工3600人,其中党员1200人。", "3600人"),
])
def test_a_schooling_sentence_without_a_schooling_word_is_listed(sentence, figure):
    facts, unattached = _read(sentence)
    assert facts or _listed(unattached, figure)


@pytest.mark.xfail(strict=True, reason="the second bare decimal of a coefficient (初中为0.2) is passed over in silence")
def test_a_second_bare_decimal_is_listed():
    facts, unattached = _read("全县小学质量监测校际差异率为0.15,初中为0.2。")
    assert not any(f[0] == "quality_monitoring_interschool_difference" for f in facts)  # stages: none
    assert _listed(unattached, "0.2")


def test_an_increase_alone_is_listed():
    """(was a strict xfail: an increase stated without the figure it changes was passed over in silence; mended in
    stop 35: a change's amount is listed `change_amount`)"""
    facts, unattached = _read("全县征收地方教育附加比上年增加200万元。")
    assert not any(f[3] == "200" for f in facts)
    assert _listed(unattached, "200万元")
