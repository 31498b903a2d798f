"""Tolerance from the decimals written, worked by hand, and what the seeds' transcriptions show."""

import pytest

from checker.evaluate.consistency import half_unit, written_interval
from checker.model import Citation, Fact, Location, Status


def fact(indicator, value_text, unit, value):
    return Fact(indicator, None, 2021, value, "元", value_text, unit, Citation(), Location("x"))


def test_half_unit_follows_the_decimals_and_the_unit_written():
    assert half_unit(fact("per_student_general_budget_expenditure", "5402.99", "元", 5402.99)) == pytest.approx(0.005)
    assert half_unit(fact("edu_general_budget_expenditure", "124.40", "亿元", 12440000000.0)) == \
        pytest.approx(500000.0)  # 0.005 亿元
    assert half_unit(Fact("classes", None, 2018, 379, "个", "379", "个", Citation(), Location("x"))) == 0.0


def test_stated_intervals_round_and_truncate():
    (lo, hi), band = written_interval("3.9", 3.9)
    assert (round(lo, 6), round(hi, 6)) == (3.85, 3.95) and band == (3.9, pytest.approx(4.0))
    (lo, hi), band = written_interval("-0.64", -0.64)
    assert (round(lo, 6), round(hi, 6)) == (-0.645, -0.635) and band == (pytest.approx(-0.65), -0.64)


def con(report, code, cid):
    return next(f for f in report.findings if f.entity.code == code and f.criterion_id == cid)


def test_qujing_kindergarten_growth_is_the_only_wrong_change(report):
    f = con(report, "530300", "CON-CHANGE-01")
    assert f.status is Status.FAIL and f.severity.value == "warning"
    by_status = {d["status"]: [] for d in f.details}
    for d in f.details:
        by_status[d["status"]].append(d["what_en"])
    assert len(by_status["fail"]) == 1 and "(kindergarten)" in by_status["fail"][0]
    assert len(by_status["pass"]) == 5  # 1.32, 0.08, 0.02, 0.15 and −0.64 agree with their figures
    assert "5.71%" in f.message_en


def test_chengzhong_truncated_share_restated_count_and_totals(report):
    share = con(report, "630103", "CON-SHARE-01")
    assert share.status is Status.WARN and "truncated" in share.message_en
    assert {d["status"] for d in share.details} == {"warn", "missing"}  # 0.2% of an unknown 区属 total
    same = con(report, "630103", "CON-SAME-01")
    assert same.status is Status.FAIL and "43" in same.message_zh and "45" in same.message_zh
    assert "(一)" in same.message_en and "(二(五)1)" in same.message_en  # both places in the report
    parts = con(report, "630103", "CON-PARTS-01")
    assert parts.status is Status.PASS and len(parts.details) == 4


def test_xinghualing_restated_enrolment_rate(report):
    assert con(report, "140107", "CON-SAME-01").status is Status.FAIL
    assert con(report, "140107", "CON-PARTS-01").status is Status.PASS  # 52,403 = 48,550 + 3,853


def test_no_false_alarm_anywhere_else(report):
    alarms = {(f.entity.code, f.criterion_id) for f in report.findings
              if f.criterion_id.startswith("CON-") and f.status in (Status.FAIL, Status.WARN, Status.ERROR)}
    assert alarms == {("530300", "CON-CHANGE-01"), ("630103", "CON-SHARE-01"), ("630103", "CON-SAME-01"),
                      ("140107", "CON-SAME-01")}


def test_a_stored_claim_is_no_amount_of_money_for_the_scale_check():
    """HIS-SCALE-01 compares this year's amount with last year's stored one; a stored claim (no value)
    is no amount: skipped, not float(None) (which made every criterion of such a county an error)."""
    from checker.evaluate.history import _money
    from checker.model import Citation, Fact, Location

    def fact(value):
        return Fact("edu_general_budget_expenditure", None, 2020, value, "元", None, "元", Citation("r", "一", "逐年增长"),
                    Location("x.yaml", path="facts[0]"))

    assert not _money(fact(None)) and not _money(fact("逐年增长")) and not _money(fact(0)) and _money(fact(5.0))
