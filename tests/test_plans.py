"""A government's own plan as criteria (checker/rules/plan.py): trajectory arithmetic by hand,
direction from the wording, the seed plans against their example result submissions, severity by
type, entity scope, relative targets and the restated-target notice."""

import pytest
from typer.testing import CliRunner

from checker.api import check, run_examples
from checker.cli import app
from checker.model import Severity, Status
from checker.rules.criteria import PackError
from checker.rules.plan import compile_plan, direction, load_plans, trajectory
from conftest import ROOT, write

PLANS = ROOT / "plans"
RESULTS = ROOT / "plans" / "results"


@pytest.fixture(scope="module")
def plan_packs():
    return load_plans([PLANS])


def by(report, code):
    return {(f.criterion_id, f.stage): f for f in report.findings if f.entity.code == code}


def test_linear_trajectory_by_hand():
    # 专栏一 row 6: 65 (2020) -> 80 (2025): 15 points over 5 years, 3 a year
    assert trajectory({"year": 2020, "value": 65}, {"year": 2025, "value": 80}, "linear") == \
        {2020: 65, 2021: 68, 2022: 71, 2023: 74, 2024: 77}
    # 98.91 -> 99: 0.09 over 5 years, 0.018 a year
    assert trajectory({"year": 2020, "value": 98.91}, {"year": 2025, "value": 99}, "linear") == \
        {2020: 98.91, 2021: 98.928, 2022: 98.946, 2023: 98.964, 2024: 98.982}
    assert trajectory({"year": 2020, "value": 371}, {"year": 2025, "value": 400}, "floor") == \
        dict.fromkeys(range(2020, 2025), 371)
    assert trajectory({"year": 2020, "value": 1}, {"year": 2025, "value": 2}, "none") == {}


@pytest.mark.parametrize("quote, expected", [
    ("学前三年毛入园率达到85%以上", (">=", False, False)),
    ("年內(nèi)民辦義務(wù)教育在校生占比縣域內(nèi)控制在5%以內(nèi)", ("<=", False, False)),
    ("全区学前三年毛入园率保持90%以上", (">=", True, False)),
    ("推动中小学课后服务“5+2”模式全覆盖", (">=", False, True)),
    ("省、市、区三级“平安校园”建设达到97%以上", (">=", False, False)),
])
def test_direction_is_read_from_the_wording(quote, expected):
    assert direction({"source": {"quote": quote}}) == expected


def test_wording_without_a_direction_is_refused():
    with pytest.raises(ValueError):
        direction({"source": {"quote": "县城新建幼儿园6所"}})


def test_every_generated_example_holds(plan_packs):
    results = run_examples(plan_packs[0])
    assert results and all(r.ok for r in results), [r for r in results if not r.ok]


def test_seed_plans_compile_with_type_severity_and_years(plan_packs):
    criteria = {c.id: c for p in plan_packs[0] for c in p.criteria}
    t6, path = criteria["PLAN-140107-T6"], criteria["PLAN-140107-T6-PATH"]
    assert (t6.severity, t6.valid_from, t6.valid_to) == (Severity.BLOCKING, 2025, 2025)  # 约束性
    assert (path.severity, path.valid_from, path.valid_to) == (Severity.WARNING, 2020, 2024)
    assert [(v.start, v.value) for v in path.params[0].variants] == [(2020, 65), (2021, 68), (2022, 71),
                                                                       (2023, 74), (2024, 77)]
    assert criteria["PLAN-140107-T1"].severity is Severity.WARNING  # 预期性
    assert criteria["PLAN-530521-S1"].severity is Severity.WARNING  # annual plan, no type stated
    x1 = criteria["PLAN-140107-X1"]  # 保持90%以上: a floor every year to the plan's last year
    assert (x1.valid_from, x1.valid_to, x1.params[0].variants[0].value) == (2021, 2025, 90)
    assert criteria["PLAN-140107-X10"].params[0].variants[0].value == 100  # 全覆盖
    assert criteria["PLAN-140400-P10"].rule_text == "private_compulsory_enrollment_share <= plan_value"
    assert criteria["PLAN-530521-R1"].rule_text.endswith(">= parent_preschool_gross_enrollment_rate")
    assert criteria["PLAN-140400-A1"].basis[1].document.startswith("山西省")  # 省定任务


def test_a_target_stated_twice_is_kept_twice_and_reported(plan_packs):
    criteria = {c.id for p in plan_packs[0] for c in p.criteria}
    assert {"PLAN-140107-T5", "PLAN-140107-X4"} <= criteria  # 100 in 专栏一, 99.7 in the text
    retention = [n for n in plan_packs[1] if "九年义务教育巩固率" in n.render("zh") and "xinghualing" in n.file]
    assert len(retention) == 1
    assert "T5" in retention[0].render("en") and "X4" in retention[0].render("en") and "99.7" in retention[0].render("en")


def test_xinghualing_2020_baseline_against_its_plan():
    report = check([RESULTS / "xinghualing-2020-baseline.yaml"], plans=[PLANS / "xinghualing-14th.yaml"])
    found = by(report, "140107")
    path = found[("PLAN-140107-T6-PATH", None)]
    assert path.status is Status.PASS and path.thresholds[0].value == 65
    plan = path.details[-1]["plan"]
    assert (plan["baseline"], plan["target"], plan["type"], plan["asks"]) == \
        ({"year": 2020, "value": 65}, {"year": 2025, "value": 80}, "约束性", 65)
    assert "学前教育专任教师接受专业教育的比例(%)" in path.basis[0].article and "约束性" in path.message_zh
    assert found[("PLAN-140107-T6", None)].status is Status.NOT_APPLICABLE  # the 2025 target, in 2020
    assert found[("PLAN-140107-T1-PATH", None)].status is Status.ERROR  # 98.91 (专栏一) vs 98.5 (text)
    assert found[("PLAN-140107-T7-PATH", "vocational")].status is Status.PASS  # 371 中职在校生
    assert found[("PLAN-140107-X1", None)].status is Status.NOT_APPLICABLE  # the floor starts in 2021
    assert any("巩固率" in n.render("zh") for n in report.notices)


def test_changzhi_2021_results_against_its_summary_and_plan():
    report = check([RESULTS / "changzhi-2021-results.yaml"], plans=[PLANS / "changzhi-2022.yaml"])
    found = by(report, "140400")
    assert found[("PLAN-140400-A1", None)].status is Status.PASS  # 40 所 省定任务
    merged = found[("PLAN-140400-A2", None)]  # "50所以上" done, with no count: a claim
    assert merged.status is Status.MISSING and "市定任務" in merged.message_zh
    assert {found[(f"PLAN-140400-P{n}", None)].status for n in (3, 4, 5, 7, 8)} == {Status.PASS}  # 稳定在100%
    assert found[("PLAN-140400-P6", None)].status is Status.NOT_APPLICABLE  # a floor from 2022
    assert found[("PLAN-140400-P9", None)].status is Status.NOT_APPLICABLE  # 2022 target
    assert not any(k[0].startswith("PLAN-140107") for k in found)  # another entity's plan never applies


def test_shidian_without_results_is_missing_not_pass():
    report = check([RESULTS / "shidian-2021.yaml"], plans=[PLANS / "shidian-2021.yaml"])
    plan = [f for f in report.findings if f.criterion_id.startswith("PLAN-")]
    assert len(plan) == 8 and {f.status for f in plan} == {Status.MISSING}
    relative = by(report, "530521")[("PLAN-530521-R1", None)]
    assert "保山市" in relative.message_zh and "各项指标达全市平均水平" in relative.message_zh


SHIDIAN = """\
entity: {{code: "530521", name: 施甸县, level: county, region: west}}
period: 2021
facts:
  - {{indicator: preschool_gross_enrollment_rate, period: 2021, value: {kg}, unit: "%"}}
  - {{indicator: compulsory_retention_rate, period: 2021, value: 96.5, unit: "%"}}
"""
BAOSHAN = """\
entity: {code: "530500", name: 保山市, level: prefecture, region: west}
period: 2021
facts:
  - {indicator: preschool_gross_enrollment_rate, period: 2021, value: 90, unit: "%"}
"""


def test_relative_target_reads_the_parent_in_the_batch(tmp_path):
    # synthetic figures (no 2021 results are in the seeds): 施甸 90.0 vs 保山 90 passes, 89.9 fails
    write(tmp_path, "baoshan.yaml", BAOSHAN)
    for kg, status in (("90.0", Status.PASS), ("89.9", Status.FAIL)):
        write(tmp_path, "shidian.yaml", SHIDIAN.format(kg=kg))
        found = by(check([tmp_path], plans=[PLANS / "shidian-2021.yaml"]), "530521")
        rel = found[("PLAN-530521-R1", None)]
        assert rel.status is status and rel.severity is Severity.WARNING
        assert [(e.indicator, e.value) for e in rel.evidence][-1] == ("parent_preschool_gross_enrollment_rate", 90)
        assert found[("PLAN-530521-S2", None)].status is Status.FAIL  # 96.5 < 97
        assert found[("PLAN-530521-R2", None)].status is Status.MISSING  # 保山 states no 巩固率
        assert found[("DUT-RET-01", None)].status is Status.PASS  # the national floor, beside the plan's


XHL = """\
entity: {{code: "140107", name: 杏花岭区, level: county, region: central}}
period: {year}
facts:
  - {{indicator: kg_teacher_professional_share, period: {year}, value: {share}, unit: "%"}}
  - {{indicator: preschool_gross_enrollment_rate, period: {year}, value: {kg}, unit: "%"}}
"""


@pytest.mark.parametrize("year, share, kg, expect", [
    (2025, 79.9, 99, {"PLAN-140107-T6": (Status.FAIL, "blocking"), "PLAN-140107-T1": (Status.PASS, "warning")}),
    (2025, 80, 98.99, {"PLAN-140107-T6": (Status.PASS, "blocking"), "PLAN-140107-T1": (Status.FAIL, "warning"),
                       "PLAN-140107-X1": (Status.PASS, "warning"), "DUT-PRE-01": (Status.PASS, "blocking")}),
    (2023, 73.9, 99, {"PLAN-140107-T6-PATH": (Status.FAIL, "warning"), "PLAN-140107-T6": (Status.NOT_APPLICABLE, "blocking")}),
    # T1's path is a floor at 98.91: 98.8 (98.75–98.85) is below it; 98.9 would not be (the precision written)
    (2023, 74, 98.8, {"PLAN-140107-T6-PATH": (Status.PASS, "warning"), "PLAN-140107-T1-PATH": (Status.FAIL, "warning")}),
    (2025, 50, 80, {"PLAN-140107-X1": (Status.FAIL, "warning")}),  # the 保持 floor's last year
    (2026, 50, 80, {"PLAN-140107-T6": (Status.NOT_APPLICABLE, "blocking"),
                    "PLAN-140107-X1": (Status.NOT_APPLICABLE, "warning")}),  # after the plan: nothing
])
def test_binding_blocks_expected_warns_and_years(tmp_path, year, share, kg, expect):
    write(tmp_path, "x.yaml", XHL.format(year=year, share=share, kg=kg))
    report = check([tmp_path / "x.yaml"], plans=[PLANS / "xinghualing-14th.yaml"])
    found = by(report, "140107")
    assert {cid: (found[(cid, None)].status, found[(cid, None)].severity.value) for cid in expect} == expect
    blocking_fail = expect.get("PLAN-140107-T6") == (Status.FAIL, "blocking")
    assert (report.exit_code() == 1) is (blocking_fail or any(
        f.severity is Severity.BLOCKING and f.status in (Status.FAIL, Status.MISSING, Status.ERROR)
        for f in report.findings))


def test_cli_check_with_plan_exits_1_on_a_binding_miss(tmp_path):
    write(tmp_path, "x.yaml", XHL.format(year=2025, share=79.9, kg=99))
    result = CliRunner().invoke(app, ["check", str(tmp_path / "x.yaml"), "--plan", str(PLANS / "xinghualing-14th.yaml"),
                                      "--criteria", "consistency"])
    assert result.exit_code == 1, result.output
    assert "PLAN-140107-T6" in result.output and "学前教育专任教师接受专业教育的比例" in result.output


def test_a_bad_plan_is_refused_with_its_place(tmp_path):
    bad = write(tmp_path, "bad.yaml", (PLANS / "shidian-2021.yaml").read_text("utf-8")
                .replace("indicator: new_kindergartens_built", "indicator: no_such_thing"))
    with pytest.raises(PackError) as exc:
        load_plans([bad])
    assert any("targets[6].indicator" in p and "no_such_thing" in p for p in exc.value.problems)
    result = CliRunner().invoke(app, ["check", str(RESULTS / "shidian-2021.yaml"), "--plan", str(bad)])
    assert result.exit_code == 2 and "no_such_thing" in result.output


def test_schema_errors_name_the_field():
    with pytest.raises(PackError) as exc:
        compile_plan({"plan": {"id": "x"}, "targets": []}, "p.yaml")
    assert exc.value.problems and all(p.startswith("p.yaml: ") for p in exc.value.problems)


def test_plan_form_round_trip(tmp_path):
    """`checker template --plan` writes the form; a filled form is a plan like the YAML one."""
    from openpyxl import load_workbook

    form = tmp_path / "plan.xlsx"
    assert CliRunner().invoke(app, ["template", "--plan", "--output", str(form)]).exit_code == 0
    wb = load_workbook(form)
    for row, value in zip(wb["规划"].iter_rows(min_row=2), ["shidian-form", "530521", "施甸县", "county", "530500",
                                                             "保山市", "施甸县教育体育局2021年工作计划", None, "2020-11-30",
                                                             None, 2021, 2021]):
        row[3].value = value
    keys = [c.value for c in wb["目标"][1]]
    cells = {"id": "S1", "indicator": "preschool_gross_enrollment_rate", "label": "学前三年毛入园率达到85%以上",
             "unit": "%", "target_year": "2021", "target_value": "85", "locator": "三、工作目标",
             "quote": "学前三年毛入园率达到85%以上"}
    for key, value in cells.items():
        wb["目标"].cell(row=3, column=keys.index(key) + 1, value=value)
    wb.save(form)
    packs, _ = load_plans([form])
    (c,) = packs[0].criteria
    assert (c.id, c.rule_text, c.params[0].variants[0].value, c.valid_from) == \
        ("PLAN-530521-S1", "preschool_gross_enrollment_rate >= plan_value", 85, 2021)
    wb["目标"].cell(row=3, column=keys.index("indicator") + 1, value="no_such_thing")
    wb.save(form)
    with pytest.raises(PackError) as exc:
        load_plans([form])
    assert any("目标!row 3.indicator" in p for p in exc.value.problems), exc.value.problems


def test_criteria_commands_take_plans():
    runner = CliRunner()
    listed = runner.invoke(app, ["criteria", "list", "--criteria", "consistency", "--plan", str(PLANS / "shidian-2021.yaml")])
    assert listed.exit_code == 0 and "PLAN-530521-R1" in listed.output
    tested = runner.invoke(app, ["criteria", "test", "--criteria", "consistency", "--plan", str(PLANS)])
    assert tested.exit_code == 0 and any(f"{mark} PLAN-140107-T6-PATH" in tested.output for mark in ("通过", "ok  "))


def test_the_readme_plan_commands_report_plan_findings_with_quotes():
    """The README's three `checker check … --plan …` lines run and show each seed plan's findings."""
    import os
    import shlex

    lines = [line.strip() for line in (ROOT / "README.md").read_text("utf-8").splitlines()
             if line.startswith("    checker check plans/results/")]
    assert len(lines) == 3
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for line in lines:
            args = shlex.split(line)[1:] + ["--format", "json"]
            result = CliRunner().invoke(app, args)
            assert result.exit_code in (0, 1), result.output
            import json

            plan = [f for f in json.loads(result.stdout)["findings"] if f["criterion"]["id"].startswith("PLAN-")]
            assert plan and all("「" in f["message_zh"] and f["basis"][0]["article"] for f in plan)
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("text, place", [
    ("", "p.yaml: "),
    ("- a list\n", "p.yaml: "),
    ("plan: {id: x}\ntargets: []\n", "p.yaml: plan"),
])
def test_hostile_plan_files_are_refused_clearly(tmp_path, text, place):
    with pytest.raises(PackError) as exc:
        load_plans([write(tmp_path, "p.yaml", text)])
    assert exc.value.problems and all(p.startswith(str(tmp_path / "p.yaml")) for p in exc.value.problems)


@pytest.mark.parametrize("old, new, field", [
    ("target: {year: 2021, value: 6}", "target: {year: 2022, value: 6}", "targets[6].target.year"),
    ('parent: {code: "530500", name: 保山市}', 'region: west', "plan.entity"),
    ('entity: {code: "530521", name: 施甸县, level: county, parent: {code: "530500", name: 保山市}}',
     'entity: {code: "530521", name: 施甸县, level: county}', "targets[3].target.relative"),
])
def test_plan_rows_are_checked_against_the_plan(tmp_path, old, new, field):
    source = (PLANS / "shidian-2021.yaml").read_text("utf-8")
    assert old in source
    with pytest.raises(PackError) as exc:
        load_plans([write(tmp_path, "p.yaml", source.replace(old, new))])
    assert any(field in p for p in exc.value.problems), exc.value.problems


def test_a_plan_below_the_national_floor_is_reported_and_both_are_checked(tmp_path):
    """施甸's 学前 85 % in 2021 equals the national 85 %: no notice; moved to 2025 (the national 2025
    target is 90 %), the plan's 85 is below it: a notice naming both, and both findings appear."""
    report = check([RESULTS / "shidian-2021.yaml"], plans=[PLANS / "shidian-2021.yaml"])
    assert not [n for n in report.notices if n.message.key == "plan.below_floor"]
    source = (PLANS / "shidian-2021.yaml").read_text("utf-8").replace("period: {from: 2021, to: 2021}",
                                                                     "period: {from: 2021, to: 2025}")
    source = source.replace("target: {year: 2021, value: 85}", "target: {year: 2025, value: 85}")
    plan = write(tmp_path, "p.yaml", source)
    sub = write(tmp_path, "s.yaml", "entity: {code: \"530521\", name: 施甸县, level: county, region: west}\n"
                "period: 2025\nfacts:\n  - {indicator: preschool_gross_enrollment_rate, period: 2025, value: 87, unit: \"%\"}\n")
    report = check([sub], plans=[plan])
    below = [dict(n.message.fields) for n in report.notices if n.message.key == "plan.below_floor"]
    assert [(b["row"], b["value"], b["floor"]) for b in below] == [("S1", 85, 90)]
    found = by(report, "530521")
    assert found[("PLAN-530521-S1", None)].status is Status.PASS  # 87 ≥ the plan's 85
    assert found[(below[0]["criterion"], None)].status is Status.FAIL  # 87 < the national 90


def test_a_ceiling_with_a_floor_trajectory_never_rises_above_the_baseline():
    """控制在…以内 with a baseline: the path asks for no more than the baseline each year (a ceiling)."""
    data = {"plan": {"id": "cap", "entity": {"code": "140400", "name": "长治市", "level": "prefecture"},
                     "document": {"title": "t"}, "period": {"from": 2021, "to": 2023}},
            "targets": [{"id": "C", "indicator": "private_compulsory_enrollment_share", "label": "民办占比", "unit": "%",
                         "baseline": {"year": 2021, "value": 8}, "target": {"year": 2023, "value": 5},
                         "trajectory": "linear", "type": "约束性",
                         "source": {"locator": "x", "quote": "县域内控制在5%以内"}}]}
    pack, _ = compile_plan(data, "cap.yaml")
    target, path = pack.criteria
    assert (target.rule_text, target.severity) == ("private_compulsory_enrollment_share <= plan_value", Severity.BLOCKING)
    assert [(v.start, v.value) for v in path.params[0].variants] == [(2021, 8), (2022, 6.5)]
    assert all(r.ok for r in run_examples([pack]))


# --- plans as an office lives them (issue 22, item 6) ------------------------------------------

def _xhl_plan(tmp_path, old: str, new: str):
    source = (PLANS / "xinghualing-14th.yaml").read_text("utf-8")
    assert source.count(old) == 1
    return write(tmp_path, "xhl.yaml", source.replace(old, new))


T1_FLOOR = "    trajectory: floor\n    authoritative: true\n    source: {locator: 专栏一 第1行"
X1_TARGET = "    target: {year: 2021, value: 90}\n    source: {locator: 三(二)1 学前教育 扩大普惠资源, quote: 全区"


@pytest.mark.parametrize("kg, status", [
    ("98.9", Status.PASS),    # 98.85–98.95 reaches 98.946: the county could not have written more (failed before)
    ("98.94", Status.FAIL),   # 98.935–98.945: below 98.946 whatever the next digit was
    ("98.95", Status.PASS),
    ("98.945", Status.FAIL),  # three decimals: 98.9445–98.9455
    ("98.8", Status.FAIL),
])
def test_a_path_is_compared_at_the_precision_written(tmp_path, kg, status):
    """98.91 (2020) → 99 (2025) in a straight line asks 98.946 in 2022; a figure stands for every
    value within half a unit of its last place, and meets the path when that interval reaches it."""
    plan = _xhl_plan(tmp_path, T1_FLOOR, T1_FLOOR.replace("floor", "linear"))
    write(tmp_path, "x.yaml", XHL.format(year=2022, share=71, kg=kg))
    path = by(check([tmp_path / "x.yaml"], plans=[plan]), "140107")[("PLAN-140107-T1-PATH", None)]
    assert (path.status, path.thresholds[0].value) == (status, 98.946)
    assert path.details[-1]["plan"]["precision"] == "written"
    if kg == "98.9":
        assert "98.9 stands for 98.85%–98.95%, which reaches" in path.message_en
        assert "所填 98.9 代表 98.85%–98.95%,可达到本年要求" in path.message_zh
    if kg == "98.94":
        assert "98.94 stands for 98.935%–98.945%, which still misses" in path.message_en
    if kg == "98.95":  # met as written: the precision decided nothing, and the message does not dwell on it
        assert "precision written" not in path.message_en


def test_counts_on_a_path_are_exact_and_targets_compare_as_stated(tmp_path):
    """371 中职在校生 is a count (no half unit); the 2025 target row compares the figure as stated."""
    sub = write(tmp_path, "x.yaml", XHL.format(year=2025, share=80, kg="98.99").replace(
        "facts:\n", "facts:\n  - {indicator: students, stage: vocational, period: 2025, value: 399, unit: 人}\n"))
    found = by(check([sub], plans=[PLANS / "xinghualing-14th.yaml"]), "140107")
    assert found[("PLAN-140107-T1", None)].status is Status.FAIL  # 98.99 < 99, the target row as stated
    assert found[("PLAN-140107-T7", "vocational")].status is Status.FAIL  # 399 < 400
    write(tmp_path, "x.yaml", XHL.format(year=2022, share=71, kg=99).replace(
        "facts:\n", "facts:\n  - {indicator: students, stage: vocational, period: 2022, value: 370, unit: 人}\n"))
    found = by(check([tmp_path / "x.yaml"], plans=[PLANS / "xinghualing-14th.yaml"]), "140107")
    assert found[("PLAN-140107-T7-PATH", "vocational")].status is Status.FAIL  # 370 < 371, no half unit


def test_a_ceiling_path_takes_the_bottom_of_the_interval_written(tmp_path):
    """控制在…以内 from 7.96 (2021) to 5 (2023): 6.48 in 2022. "6.5" stands for 6.45–6.55 (within);
    "6.50" for 6.495–6.505 (above)."""
    import yaml

    data = {"plan": {"id": "cap", "entity": {"code": "140400", "name": "长治市", "level": "prefecture"},
                     "document": {"title": "t"}, "period": {"from": 2021, "to": 2023}},
            "targets": [{"id": "C", "indicator": "private_compulsory_enrollment_share", "label": "民办占比", "unit": "%",
                         "baseline": {"year": 2021, "value": 7.96}, "target": {"year": 2023, "value": 5},
                         "trajectory": "linear", "source": {"locator": "x", "quote": "县域内控制在5%以内"}}]}
    plan = write(tmp_path, "cap.yaml", yaml.safe_dump(data, allow_unicode=True))
    for written, status in (("6.5", Status.PASS), ("6.50", Status.FAIL), ("6.48", Status.PASS)):
        sub = write(tmp_path, "s.yaml", 'entity: {code: "140400", name: 长治市, level: prefecture, region: central}\n'
                    f'period: 2022\nfacts:\n  - {{indicator: private_compulsory_enrollment_share, period: 2022, '
                    f'value: "{written}", unit: "%"}}\n')
        found = by(check([sub], plans=[plan]), "140400")
        assert found[("PLAN-140400-C-PATH", None)].status is status, written


def test_a_maintained_floor_ends_with_the_plan(tmp_path):
    """保持90%以上 in a 2021–2025 plan: checked in 2025, not_applicable in 2026 saying the plan ended."""
    for year, status in ((2025, Status.FAIL), (2026, Status.NOT_APPLICABLE)):
        write(tmp_path, "x.yaml", XHL.format(year=year, share=50, kg=80))
        x1 = by(check([tmp_path / "x.yaml"], plans=[PLANS / "xinghualing-14th.yaml"]), "140107")[("PLAN-140107-X1", None)]
        assert x1.status is status
        assert "2021–2025" in x1.message_zh and "a floor every year 2021–2025" in x1.message_en
        assert ("规划期已于2025年结束" in x1.message_zh and "the plan ended in 2025" in x1.message_en) is (year == 2026)


@pytest.mark.parametrize("until, year, status", [
    ("2030", 2026, Status.FAIL), ("2030", 2031, Status.NOT_APPLICABLE), ("null", 2040, Status.FAIL)])
def test_a_floor_may_say_how_long_it_holds(tmp_path, until, year, status):
    plan = _xhl_plan(tmp_path, X1_TARGET, X1_TARGET.replace("value: 90}\n", f"value: 90}}\n    until: {until}\n"))
    write(tmp_path, "x.yaml", XHL.format(year=year, share=50, kg=80))
    assert by(check([tmp_path / "x.yaml"], plans=[plan]), "140107")[("PLAN-140107-X1", None)].status is status


def test_a_floor_ending_before_it_starts_is_refused(tmp_path):
    with pytest.raises(PackError) as exc:
        load_plans([_xhl_plan(tmp_path, X1_TARGET, X1_TARGET.replace("value: 90}\n", "value: 90}\n    until: 2020\n"))])
    assert any("targets[8].until" in p and "2020" in p for p in exc.value.problems), exc.value.problems
    with pytest.raises(PackError) as exc:  # until on a level to reach in one year is refused, not ignored
        load_plans([_xhl_plan(tmp_path, T1_FLOOR, "    until: 2030\n" + T1_FLOOR)])
    assert any("targets[0].until" in p for p in exc.value.problems), exc.value.problems


def test_a_floor_beside_a_target_year_level_is_not_a_restatement(plan_packs):
    """杏花岭: 保持90%以上 (X1, X2) beside 专栏一's 2025 levels (T1 99, T2 95) are floors and levels;
    only 巩固率 (T5 100 and X4 99.7, both 2025) is stated twice."""
    restated = [n.render("en") for n in plan_packs[1] if n.message.key == "plan.restated" and "xinghualing" in n.file]
    assert len(restated) == 1 and "T5" in restated[0] and "X4" in restated[0]


def _rows(*rows):
    return {"plan": {"id": "p", "entity": {"code": "140107", "name": "杏花岭区", "level": "county"},
                     "document": {"title": "t"}, "period": {"from": 2021, "to": 2025}},
            "targets": [{"id": f"R{n}", "indicator": "preschool_gross_enrollment_rate", "label": q, "unit": "%",
                         "target": {"year": y, "value": v}, "source": {"locator": "x", "quote": q}}
                        for n, (q, y, v) in enumerate(rows)]}


@pytest.mark.parametrize("rows, notices", [
    ((("达到99%", 2025, 99), ("达到98%", 2025, 98)), 1),      # two values for 2025: stated twice
    ((("保持90%以上", 2021, 90), ("保持92%以上", 2022, 92)), 1),  # two floors
    ((("保持90%以上", 2021, 90), ("达到99%", 2025, 99)), 0),    # a floor and a level
    ((("达到95%", 2023, 95), ("达到99%", 2025, 99)), 0),        # two years, two levels: a step
    ((("达到99%", 2025, 99), ("达到99%以上", 2025, 99)), 0),    # the same value twice
])
def test_restated_means_two_values_for_one_indicator_and_year(rows, notices):
    _, found = compile_plan(_rows(*rows), "p.yaml")
    assert len([n for n in found if n.message.key == "plan.restated"]) == notices


def test_a_baseline_of_another_measure_is_not_a_path(plan_packs):
    """杏花岭's 普惠 92.1 (2020) counts kindergartens (一(三)1「普惠性幼儿园占全区幼儿园92.1%」); the
    indicator and the 2025 target count children: T2 has no path, and a notice says why."""
    from conftest import SEEDS

    criteria = {c.id: c for p in plan_packs[0] for c in p.criteria}
    assert "PLAN-140107-T2" in criteria and "PLAN-140107-T2-PATH" not in criteria
    assert "PLAN-140107-T1-PATH" in criteria  # the others keep theirs
    (notice,) = [n for n in plan_packs[1] if n.message.key == "plan.baseline_not_comparable"]
    assert notice.place == "targets[1].baseline"
    zh, en = notice.render("zh"), notice.render("en")
    assert "普惠性幼儿园占全区幼儿园92.1%" in zh and "92.1 in 2020" in en and "only the 2025 target" in en
    quote = criteria["PLAN-140107-T2"].plan["baseline"]["source"]["quote"]
    assert quote in (SEEDS / "001_3bf94dc3a89a6442.txt").read_text("utf-8")
    report = check([RESULTS / "xinghualing-2020-baseline.yaml"], plans=[PLANS / "xinghualing-14th.yaml"])
    t2 = by(report, "140107")[("PLAN-140107-T2", None)]
    assert "2020年 92.1%(口径与指标不同,不作比较)" in t2.message_zh and "not compared" in t2.message_en
    assert not [f for f in report.findings if f.criterion_id == "PLAN-140107-T2-PATH"]


def test_the_form_carries_until_and_a_baseline_of_another_measure():
    from checker.rules.planform import _target

    row = _target({"id": "T2", "baseline_year": "2020", "baseline_value": "92.1", "baseline_comparable": "否",
                   "baseline_locator": "一(三)1", "baseline_quote": "普惠性幼儿园占全区幼儿园92.1%", "until": "2030",
                   "target_year": "2025", "target_value": "95"})
    assert row["baseline"] == {"year": 2020, "value": 92.1, "comparable": False,
                               "source": {"locator": "一(三)1", "quote": "普惠性幼儿园占全区幼儿园92.1%"}}
    assert row["until"] == 2030
