"""Every shipped criterion's own examples run as tests, through the real engine; pack validation."""

import textwrap

import pytest

from checker.api import check, run_examples
from checker.rules.criteria import PackError
from checker.rules.files import bundled_names
from checker.rules.library import all_bundled, load_packs
from checker.rules.parse import parse_pack
from checker.intake.safeyaml import load_yaml
from conftest import MINI_PACK, write

PACKS = load_packs()
ALL_PACKS = all_bundled()  # the opt-in packs' examples too
RESULTS = {(r.pack, r.criterion, r.example): r for r in run_examples(ALL_PACKS)}


@pytest.mark.parametrize("key", sorted(RESULTS), ids=lambda k: f"{k[1]}:{k[2]}")
def test_criterion_example(key):
    result = RESULTS[key]
    assert result.actual == result.expected, result.message


@pytest.mark.parametrize("criterion", [c for p in ALL_PACKS if not p.extends for c in p.criteria],
                         ids=lambda c: f"{c.pack}:{c.id}")
def test_every_criterion_has_pass_fail_and_a_basis(criterion):
    expects = {e.expect for e in criterion.examples}
    assert {"pass", "fail"} <= expects
    assert criterion.basis and criterion.title_zh and criterion.title_en
    # secondary or unconfirmed bases ship as warnings
    # (YZJH-GOV-02: the 6000 rests on the confirmed 国发〔2015〕67号; the 办法's restatement is secondary)
    if any(b.status != "confirmed" for b in criterion.basis) and criterion.id not in ("DUT-FUND-04", "DUT-FUND-05",
                                                                                    "YZJH-GOV-02"):
        assert criterion.severity.value == "warning", criterion.id


def test_bundled_pack_is_listed():
    assert "duties" in bundled_names()


GOOD = MINI_PACK


def problems(text: str) -> list[str]:
    with pytest.raises(PackError) as info:
        parse_pack(load_yaml(text).data, "pack.yaml")
    return info.value.problems


def test_a_good_pack_parses():
    pack = parse_pack(load_yaml(GOOD).data, "pack.yaml")
    assert [c.id for c in pack.criteria] == ["MINI-01"]


@pytest.mark.parametrize("change, expected", [
    (("dropouts_outstanding == 0", "dropout == 0"), "pack.yaml: criteria[MINI-01].rule: unknown name 'dropout'"),
    (("severity: blocking", "severity: fatal"), "pack.yaml: criteria[MINI-01].severity: 'fatal' is not one of"),
    (("      - {expect: fail, values: {dropouts_outstanding: 1}}\n", "      - {expect: pass, values: {}}\n"),
     "pack.yaml: criteria[MINI-01].examples: needs at least one example expecting 'fail'"),
    (("    levels: [county]", "    levels: [county]\n    stages: [primary]"),
     "pack.yaml: criteria[MINI-01].stages: indicator dropouts_outstanding takes no stage"),
    (("    rule:", "    colour: red\n    rule:"), "pack.yaml: criteria[MINI-01]: Additional properties are not allowed"),
    (("dropouts_outstanding == 0", "0 == 1"), "needs an indicator alone on one side"),
    (("dropouts_outstanding == 0", "dropouts_outstanding == 1e-9"), "outside the range the engine reads exactly"),
])
def test_pack_errors_name_file_criterion_and_field(change, expected):
    text = GOOD.replace(*change)
    assert any(p.startswith(expected) or expected in p for p in problems(text)), problems(text)


def test_duplicate_ids_and_ambiguous_variants_are_refused():
    twice = GOOD + textwrap.indent(GOOD.split("criteria:\n", 1)[1], "")
    assert any("duplicate criterion id 'MINI-01'" in p for p in problems(twice))
    ambiguous = GOOD.replace("dropouts_outstanding == 0", "dropouts_outstanding <= cap") + """\
    params:
      cap: {values: [{value: 0, from: 2018}, {value: 1, from: 2018}]}
"""
    assert any("overlap with nothing to choose" in p for p in problems(ambiguous))


def test_all_problems_are_collected_not_just_the_first():
    second = GOOD.split("criteria:\n", 1)[1].replace("MINI-01", "MINI-02").replace("dropouts_outstanding == 0",
                                                                                  "nope == 0")
    found = problems(GOOD.replace("severity: blocking", "severity: fatal") + second)
    assert any("criteria[MINI-01].severity" in p for p in found)
    assert any("criteria[MINI-02].rule: unknown name 'nope'" in p for p in found)


def test_threshold_in_force_for_the_year_and_region_is_applied_and_shown(tmp_path):
    base = """\
entity: {{code: "330101", name: 上城区, level: county, region: {region}}}
period: {period}
facts:
  - {{indicator: per_student_public_funding, stage: primary, period: {period}, value: 620, unit: 元}}
  - {{indicator: preschool_gross_enrollment_rate, period: {period}, value: 88, unit: "%"}}
"""
    def findings(period, region):
        path = write(tmp_path, f"s{period}{region}.yaml", base.format(period=period, region=region))
        report = check([path])
        return {f.criterion_id: f for f in report.findings if f.stage in (None, "primary")}

    west_2019 = findings(2019, "west")
    assert west_2019["DUT-FUND-05"].status.value == "pass"
    assert west_2019["DUT-FUND-05"].thresholds[0].value == 600
    east_2019 = findings(2019, "east")
    assert east_2019["DUT-FUND-05"].status.value == "fail"
    assert east_2019["DUT-FUND-05"].thresholds[0].value == 650
    assert "east" in east_2019["DUT-FUND-05"].thresholds[0].rule
    # the 2020 preschool standard is not applied to 2019; in 2025 the standard stays 85 (blocking)
    # and the 90% plan target is a separate warning
    assert west_2019["DUT-PRE-01"].status.value == "not_applicable"
    in_2025 = findings(2025, "west")
    assert in_2025["DUT-PRE-01"].status.value == "pass"
    assert (in_2025["DUT-PRE-04"].status.value, in_2025["DUT-PRE-04"].severity.value) == ("fail", "warning")
    assert findings(2024, "west")["DUT-PRE-04"].status.value == "not_applicable"
    # from spring 2020 the 中西部 quota is the unified 650
    west_2020 = findings(2020, "west")["DUT-FUND-05"]
    assert (west_2020.status.value, west_2020.thresholds[0].value) == ("fail", 650)
    # with no region the 2019 quota is unknown: missing, never not applicable
    assert findings(2019, "null")["DUT-FUND-05"].status.value == "missing"


def test_shared_parameter_is_defined_once(packs):
    raw = packs[0].raw
    assert "preschool_gross_enrollment_min" in raw["parameters"]
    assert all("preschool_gross_enrollment_min" not in (c.get("params") or {}) for c in raw["criteria"])


def test_load_packs_from_a_file(tmp_path):
    path = write(tmp_path, "mini.yaml", GOOD)
    assert [p.id for p in load_packs(path)] == ["mini"]
    with pytest.raises(PackError, match="no such criteria file"):
        load_packs(tmp_path / "missing.yaml")


def test_catalogue_is_generated_and_current():
    """docs/criteria.md is `checker criteria catalogue` output: regenerate it when a pack changes."""
    from checker.rules.catalogue import render
    from conftest import ROOT

    text = "".join(render(ALL_PACKS))
    assert text == (ROOT / "docs" / "criteria.md").read_text(encoding="utf-8")
    assert all(f"### {c.id}" in text for p in ALL_PACKS if not p.extends for c in p.criteria)


PROVINCE_CASE = """\
entity: {{code: "{code}", name: 某县, level: county, region: central}}
period: 2021
facts:
  - {{indicator: preschool_gross_enrollment_rate, period: 2021, value: 88, unit: "%"}}
  - {{indicator: compulsory_retention_rate, period: 2021, value: 97, unit: "%"}}
"""


def test_each_entity_gets_its_provinces_pack_in_one_batch(tmp_path):
    for code in ("410102", "430102", "530102"):
        write(tmp_path, f"{code}.yaml", PROVINCE_CASE.format(code=code))
    report = check([tmp_path])
    status = {(f.entity.code, f.criterion_id): f for f in report.findings}
    # 河南's 90 % is a 普及普惠 standard (ppph), not a duties threshold: the national 85 % applies
    assert status[("410102", "DUT-PRE-01")].status.value == "pass"
    assert status[("410102", "DUT-PRE-01")].pack == "duties"
    assert status[("530102", "DUT-PRE-01")].status.value == "pass"  # national 85%
    assert status[("430102", "DUT-RET-01")].status.value == "fail"  # 湖南 ≥98%
    assert status[("430102", "DUT-RET-01")].pack == "duties.hunan"
    assert status[("410102", "DUT-RET-01")].status.value == "pass"  # national 95%
    assert len({(f.entity.code, f.criterion_id, f.stage) for f in report.findings}) == len(report.findings)
    assert {p["id"] for p in report.meta["packs"]} >= {"duties", "duties.hunan", "consistency"}


def test_province_pack_reuses_its_bases_rules_where_it_overrides_nothing(compiled):
    assert compiled.kinds[("duties.hunan", "DUT-FUND-02", ())] == compiled.kinds[("duties", "DUT-FUND-02", ())]
    assert compiled.kinds[("duties.hunan", "DUT-RET-01", (0,))].startswith("duties.hunan/")


def test_province_override_must_name_a_parameter_of_its_base(tmp_path):
    path = write(tmp_path, "duties.x.yaml", """\
pack: {id: duties.x, version: "1", title: {zh: 某省, en: some province}}
extends: duties
provinces: ["99"]
parameters:
  no_such_threshold: {values: [{value: 1}]}
""")
    with pytest.raises(PackError, match="has no parameter 'no_such_threshold'"):
        load_packs(path)


def test_a_directory_of_packs_loads_base_packs_first():
    # criteria/ lists duties.hunan.yaml before duties.yaml; the base must be compiled first
    from pathlib import Path
    from checker.rules.compile import compile_packs
    from checker.rules.files import bundled_path

    for directory in (bundled_path().parent, Path(__file__).parent.parent / "criteria"):
        packs = load_packs(directory)
        ids = [p.id for p in packs]
        assert ids.index("duties") < ids.index("duties.hunan")
        compile_packs(packs)  # no KeyError


def test_a_province_override_without_its_own_examples_is_refused(tmp_path):
    path = write(tmp_path, "duties.x.yaml", """\
pack: {id: duties.x, version: "1", title: {zh: 某省, en: some province}}
extends: duties
provinces: ["99"]
criterion_parameters:
  DUT-RET-01:
    retention_min: {values: [{value: 97, from: 2020}]}
""")
    with pytest.raises(PackError, match=r"examples\.DUT-RET-01: this pack changes DUT-RET-01"):
        load_packs(path)


def test_every_province_override_carries_examples_and_runs_them():
    for pack in (p for p in ALL_PACKS if p.extends):
        assert pack.overrides, pack.id
        for cid in pack.overrides:
            ran = [r for r in RESULTS.values() if (r.pack, r.criterion) == (pack.id, cid)]
            assert {"pass", "fail"} <= {r.expected for r in ran}, (pack.id, cid)


def test_criteria_test_without_an_argument_runs_every_bundled_pack():
    from typer.testing import CliRunner
    from checker.cli import app

    out = CliRunner().invoke(app, ["criteria", "test"])
    assert out.exit_code == 0, out.stdout
    for name in bundled_names():
        assert f"[{name}]" in out.stdout, name


@pytest.mark.parametrize("pack", ALL_PACKS, ids=lambda p: p.id)
def test_every_parameter_has_a_title_in_both_languages(pack):
    # a raw name such as retention_min must never reach a Chinese message
    untitled = sorted({f"{c.id}.{p.name}" for c in pack.criteria for p in c.params
                       if not (p.title_zh and p.title_en)})
    assert not untitled


@pytest.mark.parametrize("criterion", [c for p in ALL_PACKS for c in p.criteria], ids=lambda c: f"{c.pack}:{c.id}")
def test_fidelity_every_criterion_has_a_source_and_examples(criterion):
    # the fidelity table (docs/criteria.md) is only as good as this: a source with a status, and examples
    assert criterion.basis and all(b.document and b.status in ("confirmed", "secondary", "unconfirmed")
                                   for b in criterion.basis)
    assert criterion.examples


def test_fidelity_table_shows_status_and_the_date_checked():
    from checker.rules.catalogue import basis_status, last_checked, render

    duties = next(p for p in PACKS if p.id == "duties")
    # every duties and consistency source was checked against the notes on the day of the audit's fixes,
    # or since (issue 20 item 9 re-checked sources on 2026-12-06)
    for pack in (p for p in PACKS if p.id in ("duties", "consistency")):
        for c in pack.criteria:
            assert all(b.checked and "2026-11-27" <= b.checked <= "2026-12-06" for b in c.basis), c.id
    fund05 = next(c for c in duties.criteria if c.id == "DUT-FUND-05")
    assert (basis_status(fund05), last_checked(fund05)) == ("confirmed + unconfirmed", "2026-11-27")
    text = "".join(render(PACKS))
    row = next(line for line in text.splitlines() if line.startswith("| [DUT-FUND-05]"))
    assert row.rstrip(" |").endswith(f"confirmed + unconfirmed | 2026-11-27 | {len(fund05.examples)}")
