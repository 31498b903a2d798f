"""School checks in the engine: one case per school carrying all its comparisons (the seven
优质均衡 indicators; the music and the art rooms), each comparison still decided by rules of its
own, so the findings are what one case per comparison gave."""

import pytest

from checker.i18n import render

from checker.evaluate import engine as engine_mod
from checker.evaluate.derive import RESOURCES, derive
from checker.evaluate.engine import Engine
from checker.evaluate.findings import evaluate
from checker.intake.files import load_paths
from checker.model import Status
from checker.evaluate.schoolchecks import school_details
from checker.model import REGIONS
from checker.rules.checks import BOUND_CHECKS, GROUPS, bounds
from checker.rules.compile import compile_packs, in_force_combos
from checker.rules.library import all_bundled, load_packs
from conftest import MINIMAL, write

HEADER = ("school_code,school_name,school_type,students_primary,teachers_above_degree_primary,backbone_teachers,"
          "pe_art_teachers,teaching_aux_area,sports_area,equipment_value,multimedia_rooms,classes_primary,"
          "music_rooms,art_rooms\n")
GOOD = "S1,甲小学,小学,100,5,2,1,450,750,200000,3,6,1,1\n"


@pytest.fixture(scope="module")
def yzjh():
    packs = load_packs("yzjh")
    return packs, compile_packs(packs)


def run(tmp_path, rows: str, yzjh, header: str = HEADER):
    """The yzjh findings of a county with this school table, and the cases and firings of its engine run."""
    write(tmp_path, "schools.csv", header + rows)
    write(tmp_path, "county.yaml", MINIMAL.replace("documents:", "tables: {schools: schools.csv}\ndocuments:")
          + "  - {indicator: dropouts_outstanding, period: 2021, value: 0}\n")
    packs, compiled = yzjh
    sub = derive(load_paths([tmp_path]).submissions[0])
    seen = []
    with Engine(compiled) as engine:
        real = engine.run

        def recording(cases):
            results, errors = real(cases)
            seen.extend(zip(cases, results))
            return results, errors

        engine.run = recording
        findings = {(f.criterion_id, f.stage): f for f in evaluate(sub, packs, compiled, engine)}
    return findings, seen


def of_kind(seen, compiled, cid):
    kinds = {kind for (_, c, _), kind in compiled.kinds.items() if c == cid}
    return [(ops, result) for (k, ops), result in seen if k in kinds]


def test_one_case_per_school_carries_its_seven_indicators_each_decided_by_its_own_rules(tmp_path, yzjh):
    findings, seen = run(tmp_path, GOOD + "S2,乙小学,小学,200,8,2,2,900,1500,400000,5,12,1,1\n", yzjh)
    compiled = yzjh[1]
    cases = of_kind(seen, compiled, "YZJH-RES-01")
    assert len(cases) == 2  # two schools, not 2 × 7 cases
    for ops, result in cases:
        assert len(ops) == len(RESOURCES)  # each indicator's figure: its standards are constants of its rules
        assert not result.errors
        # exactly one verdict per indicator, each from that indicator's own rules
        assert sorted(compiled.groups[name] for name in result.fired) == list(range(len(RESOURCES)))
        assert all(name.split(":")[1] == GROUPS["school_resources"][compiled.groups[name]] for name in result.fired)
    assert findings[("YZJH-RES-01", "primary")].status is Status.PASS
    rooms = of_kind(seen, compiled, "YZJH-ROOM-01")
    assert len(rooms) == 2 and all(len(result.fired) == 2 for _, result in rooms)  # music and art, one case
    assert findings[("YZJH-ROOM-01", None)].status is Status.PASS


def test_a_shortfall_and_a_failure_in_one_school_are_told_apart(tmp_path, yzjh):
    # 乙小学: 4.0 qualified teachers per 100 pupils is 95 % of 4.2 (short), backbone 0.5 of 1 is
    # below 85 % (fails); its other five are met
    findings, _ = run(tmp_path, GOOD + "S2,乙小学,小学,200,8,1,2,900,1500,400000,5,12,1,1\n", yzjh)
    res = findings[("YZJH-RES-01", "primary")]
    assert res.status is Status.FAIL
    (row,) = res.details
    assert row["school"] == "乙小学" and row["met"] == 5
    short = {s["indicator"]: s["below_85_percent"] for s in row["short"]}
    assert short == {"teachers above the required degree per 100 pupils": False, "backbone teachers per 100 pupils": True}


def test_a_missing_figure_leaves_the_school_s_other_indicators_to_the_engine(tmp_path, yzjh):
    findings, seen = run(tmp_path, GOOD + "S2,乙小学,小学,200,8,2,2,900,,400000,5,12,1,\n", yzjh)
    compiled = yzjh[1]
    res = findings[("YZJH-RES-01", "primary")]
    assert res.status is Status.MISSING
    assert [(m["school"], m["figure"]) for m in res.missing] == [("乙小学", "sports_area_per_student")]
    cases = {len(ops): result for ops, result in of_kind(seen, compiled, "YZJH-RES-01")}
    assert set(cases) == {7, 6}  # 乙小学's case lacks the sports area's figure
    assert len(cases[6].fired) == 6
    room = findings[("YZJH-ROOM-01", None)]  # 乙小学's art rooms are missing, its music rooms decided
    assert room.status is Status.MISSING
    assert [d["status"] for d in room.details] == ["pass", "pass", "pass", "missing"]


def test_a_school_case_the_engine_refuses_is_an_error_naming_the_school(tmp_path, yzjh, monkeypatch):
    # 乙小学's equipment per pupil (7777.0) spelled "1e4": the engine's parser refuses it (error 204)
    real = engine_mod.number_text
    monkeypatch.setattr(engine_mod, "number_text", lambda v: "1e4" if v == 7777.0 else real(v))
    findings, seen = run(tmp_path, GOOD + "S2,乙小学,小学,100,8,2,2,900,1500,777700,5,12,1,1\n", yzjh)
    compiled = yzjh[1]
    res = findings[("YZJH-RES-01", "primary")]
    assert res.status is Status.ERROR
    assert [d["school"] for d in res.details] == ["乙小学"] and "乙小学" in res.message_zh
    refused = [result for _, result in of_kind(seen, compiled, "YZJH-RES-01") if result.errors]
    said = [render(refused[0].errors[0], lang) for lang in ("zh", "en")]
    assert len(refused) == 1 and "拒收" in said[0] and "refused" in said[1] and all("1e4" in s for s in said)
    assert findings[("YZJH-ROOM-01", None)].status is Status.PASS  # the other checks are still decided


def bound_criteria():
    return [c for p in all_bundled() for c in p.criteria if c.check in BOUND_CHECKS]


def test_the_combinations_compiled_for_a_check_with_constant_bounds_are_every_one_some_year_puts_in_force():
    assert {c.check for c in bound_criteria()} == set(BOUND_CHECKS)
    for c in bound_criteria():
        seen = set()
        for stage in c.stages:
            for region in REGIONS + (None,):
                for year in range(1990, 2060):
                    chosen = [p.select(year, region, stage) for p in c.params]
                    if None not in chosen:
                        seen.add(tuple(i for i, _ in chosen))
        assert set(in_force_combos(c)) == seen, c.id


def test_a_school_comparison_s_bounds_are_the_ones_its_rules_hold(tmp_path, yzjh):
    # the details the findings show carry the intervals checks.bounds gives, which compile puts in the rules
    header = HEADER.rstrip("\n").split(",") + ["max_class_size_primary", "children", "public_funding_budget",
                                               "training_budget"]
    kindergarten = {"school_code": "K1", "school_name": "甲幼儿园", "school_type": "幼儿园", "children": "300"}
    rows = [GOOD.rstrip("\n") + ",45,,400000,20000", ",".join(kindergarten.get(h, "") for h in header)]
    write(tmp_path, "schools.csv", "\n".join([",".join(header), *rows]) + "\n")
    write(tmp_path, "county.yaml", MINIMAL.replace("documents:", "tables: {schools: schools.csv}\ndocuments:")
          + "  - {indicator: dropouts_outstanding, period: 2021, value: 0}\n")
    sub = derive(load_paths([tmp_path]).submissions[0])
    values = {"class_size_max": 45, "kg_size_max": 360, "training_share_min": 5, "floor_share": 0.85,
              **{f"{key}_min": n + 1.5 for n, (key, *_) in enumerate(RESOURCES)}}
    for check in BOUND_CHECKS:
        found = school_details(check, sub, "primary", values.__getitem__)
        assert found, check
        for d in found:
            group = GROUPS[check][d.group] if check in GROUPS else None
            assert (d.stated, d.truncated) == bounds(check, group, values.__getitem__), (check, d.what_en)


def test_a_cap_s_comparison_fires_one_rule_whatever_its_verdict(tmp_path, yzjh):
    # a cap has no warning band: its rules are pass and fail only, and a class over the cap fires fail once
    compiled = yzjh[1]
    assert {compiled.rules[name][2] for name in compiled.rules if name.startswith("YZJH-CLASS-01")} == {"pass", "fail"}
    found, seen = run(tmp_path, GOOD.rstrip("\n") + ",50\n" + "S2,乙小学,小学,200,8,2,2,900,1500,400000,5,12,1,1,45\n",
                      yzjh, header=HEADER.rstrip("\n") + ",max_class_size_primary\n")
    assert found[("YZJH-CLASS-01", "primary")].status is Status.FAIL
    assert [r.fired for _, r in of_kind(seen, compiled, "YZJH-CLASS-01")] == [["YZJH-CLASS-01#0:fail"],
                                                                             ["YZJH-CLASS-01#0:pass"]]
