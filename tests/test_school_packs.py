"""The school-level and preschool packs against the fidelity audit (../shared/notes/criteria-fidelity.md):
ppph's own standard, Henan's 普及普惠 standard in a ppph province pack, opt-in packs by Chinese name."""

from checker.api import check
from checker.model import Status
from checker.rules.library import load_packs
from conftest import MINIMAL, write


def _county(tmp_path, code: str, period: int, facts: dict, name: str = "county.yaml"):
    text = MINIMAL.replace('code: "530322"', f'code: "{code}"').replace("period: 2021", f"period: {period}")
    text += "".join(f"  - {{indicator: {k}, period: {period}, value: \"{v}\", unit: \"%\"}}\n" for k, v in facts.items())
    write(tmp_path, name, text)


def test_ppph_keeps_85_80_50_in_2025(tmp_path):
    # audit E4: 87/82/51 in 2025 failed ENR and INC when ppph borrowed the duties pack's 2025 plan targets
    _county(tmp_path, "530322", 2025, {"preschool_gross_enrollment_rate": 87, "inclusive_kindergarten_coverage": 82,
                                       "public_kindergarten_enrollment_share": 51})
    found = {f.criterion_id: f for f in check([tmp_path], criteria="普及普惠", jobs=1).findings}
    assert [found[c].status for c in ("PPPH-ENR-01", "PPPH-INC-01", "PPPH-PUB-01")] == [Status.PASS] * 3
    assert found["PPPH-ENR-01"].thresholds[0].value == 85


def test_henan_counties_get_90_in_the_ppph_assessment_only(tmp_path):
    # audit E5: Henan's 2021-10 方案 sets 90 % for the 普及普惠 assessment; elsewhere 85 % stands
    _county(tmp_path, "410102", 2021, {"preschool_gross_enrollment_rate": 87}, "henan.yaml")
    _county(tmp_path, "530322", 2021, {"preschool_gross_enrollment_rate": 87}, "yunnan.yaml")
    report = check([tmp_path], criteria="ppph", jobs=1)
    enr = {f.entity.code: f for f in report.findings if f.criterion_id == "PPPH-ENR-01"}
    assert enr["410102"].status is Status.FAIL and enr["410102"].pack == "ppph.henan"
    assert enr["410102"].thresholds[0].value == 90
    assert enr["530322"].status is Status.PASS and enr["530322"].pack == "ppph"


def test_a_bundled_pack_by_name_brings_its_province_packs():
    assert [p.id for p in load_packs("普及普惠")] == ["ppph", "ppph.henan"]
    assert [p.id for p in load_packs("基本均衡")] == ["jbjh"]
