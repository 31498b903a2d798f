"""The seed transcriptions: what a careful auditor finds by hand, and a whole-report golden file.

Regenerate the golden file only on purpose, and read the diff:  UPDATE_GOLDEN=1 pytest tests/test_golden.py
"""

import csv
import json
import os

import pytest

from checker.model import Status
from checker.intake.safeyaml import load_yaml
from conftest import ROOT, SEEDS, SUBMISSIONS

GOLDEN = ROOT / "tests" / "golden" / "submissions-report.json"


def by(report, code):
    return {(f.criterion_id, f.stage): f for f in report.findings if f.entity.code == code}


def test_qujing_vocational_spending_fails_with_both_figures(report):
    f = by(report, "530300")[("DUT-FUND-02", "vocational")]
    assert f.status is Status.FAIL and f.severity.value == "blocking"
    assert [(e.period, e.value, e.value_as_written, e.unit_as_written) for e in f.evidence] == [
        (2021, 10007.75, "10007.75", "元"), (2020, 10071.8, "10071.80", "元")]
    assert all(e.citation.locator == "二(五)1" and e.citation.quote for e in f.evidence)
    assert "10,007.75" in f.message_zh and "10,071.80" in f.message_zh and "−0.64%" in f.message_zh


def test_qujing_other_stages_pass(report):
    found = by(report, "530300")
    assert {s: found[("DUT-FUND-02", s)].status for s in ("kindergarten", "primary", "junior", "senior")} == \
        dict.fromkeys(("kindergarten", "primary", "junior", "senior"), Status.PASS)
    assert found[("DUT-FUND-01", None)].status is Status.PASS  # 124.40 亿元 vs 122.78 亿元


def test_qujing_teacher_pay_and_dropouts_are_missing_with_the_claims(report):
    found = by(report, "530300")
    pay, drop = found[("DUT-TEACH-01", None)], found[("DUT-DROP-01", None)]
    assert pay.status is Status.MISSING and drop.status is Status.MISSING
    assert "不低于當(dāng)?shù)毓珓?wù)員平均工資收入" in pay.message_zh
    assert "動(dòng)態(tài)清零" in drop.message_zh
    assert all(e.is_claim for e in pay.evidence + drop.evidence) and pay.evidence


def test_chengzhong_findings(report):
    found = by(report, "630103")
    assert found[("DUT-DROP-01", None)].status is Status.FAIL  # 余7人正在劝返安置
    # 超大班额无 is about the whole district (辖区), its 409 classes about the 21 schools it runs (区属):
    # different quantities, so the 2018 share cannot be computed (audit §7) — missing, naming both scopes
    cls = found[("DUT-CLS-03", None)]
    assert cls.status is Status.MISSING and "区属" in cls.message_zh and "全域" in cls.message_zh
    assert found[("DUT-CLS-01", None)].status is Status.NOT_APPLICABLE  # none at all from 2020
    assert found[("DUT-PRE-01", None)].status is Status.NOT_APPLICABLE  # 2020 target not applied to 2018
    assert found[("DUT-SJ-01", None)].status is Status.NOT_APPLICABLE  # 双减 from 2021
    surcharge = found[("DUT-FUND-03", None)]
    assert surcharge.status is Status.MISSING and "全部用于教育支出" in surcharge.message_zh


def test_batch_conflict_is_an_error_naming_both_places(report):
    found = by(report, "140107")
    pre = found[("DUT-PRE-01", None)]
    assert pre.status is Status.ERROR
    assert "row 2" in pre.message_en and "row 3" in pre.message_en
    assert [e.value for e in pre.evidence] == [98.5, 98.91]
    assert found[("DUT-PRE-03", None)].status is Status.FAIL  # 公办园 47.7% < 50%


def quotes():
    for path in sorted(SUBMISSIONS.glob("*.yaml")) + sorted((ROOT / "plans" / "results").glob("*.yaml")):
        for i, fact in enumerate(load_yaml(path.read_text("utf-8")).data["facts"]):
            if (fact.get("source") or {}).get("quote"):
                yield f"{path.name}:facts[{i}]", fact["source"]["quote"]
    for path in sorted(SUBMISSIONS.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            for n, row in enumerate(csv.DictReader(f), start=2):
                if row["quote"]:
                    yield f"{path.name}:row {n}", row["quote"]
    for path in sorted((ROOT / "plans").glob("*.yaml")):  # the seed plans' targets (checker/rules/plan.py)
        for i, row in enumerate(load_yaml(path.read_text("utf-8")).data["targets"]):
            yield f"plans/{path.name}:targets[{i}]", row["source"]["quote"]


@pytest.mark.parametrize("place, quote", list(quotes()), ids=lambda x: x if ":" in str(x) else "")
def test_every_quote_occurs_in_the_seeds(place, quote):
    seeds = "".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))
    assert quote in seeds, place


def test_whole_report_golden(report):
    record = report.to_dict()
    record.pop("meta")
    text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
