"""Issue 20, item 1: growth rates from level figures, and comparisons with last year decided on a
report's own stated change.

- Rates the dictionary declares `computed:` (教育财政拨款增长率, 财政经常性收入增长率, a ratio) are
  computed from the level figures when not stated, with their lineage; a stated rate stands and
  CON-CHANGE-01 checks it against the computation.
- A 只增不减 / 逐步增长 rule (`x >= prev(x)`, `x > prev(x)`) with last year's figure not given decides
  on the stated change on this year's figure ("同口径比上年下降1.51%"), quoting it and showing the
  interval of last year's figure it implies within the precision written.

The real documents: tests/data/reports/luanchuan-2021 (two years of figures, stated rates right and
wrong) and liaoning-2021 (this year's figures with only their stated change).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from checker.api import check
from checker.evaluate.derive import derive
from checker.intake.indicators import dictionary
from checker.model import Citation, Entity, Fact, Location, Stated, Status, Submission
from conftest import ROOT

REPORTS = ROOT / "tests" / "data" / "reports"


def _load(name: str) -> dict:
    return yaml.safe_load((REPORTS / f"{name}.yaml").read_text(encoding="utf-8"))


def _check(tmp_path: Path, name: str, data: dict):
    """Check a variant of a real transcription (its document beside it), findings by (criterion, stage)."""
    shutil.copy(REPORTS / f"{name}.txt", tmp_path / f"{name}.txt")
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    report = check([path])
    assert not report.errors, report.errors
    return {(f.criterion_id, f.stage): f for f in report.findings}, report


def _without_stated(data: dict) -> dict:
    data = dict(data)
    data["facts"] = [{k: v for k, v in f.items() if k not in ("stated", "note")} for f in data["facts"]]
    return data


def _with_rate(data: dict, indicator: str, value: str, quote: str, locator: str) -> dict:
    data = _without_stated(data)
    data["facts"].append({"indicator": indicator, "period": 2021, "value": value, "unit": "%",
                          "source": {"document": "funding-bulletin", "locator": locator, "quote": quote}})
    return data


# --- the dictionary ---------------------------------------------------------------------------

def test_the_dictionary_declares_rates_computed_from_level_figures():
    d = dictionary()
    assert d["edu_appropriation_growth_rate"].computed == ("growth", "edu_general_budget_expenditure")
    assert d["fiscal_recurrent_revenue_growth_rate"].computed == ("growth", "fiscal_recurrent_revenue")
    assert d["edu_general_budget_share"].computed == ("ratio", "edu_general_budget_expenditure",
                                                      "general_budget_expenditure")
    # still submittable: a county's stated rate is a figure of its own
    assert not d["edu_appropriation_growth_rate"].derived


# --- derive: computed, never overriding -------------------------------------------------------

def _fact(indicator, period, value, written, unit="万元", stated=(), path="facts[0]", stage=None):
    scale = {"万元": 10_000, "亿元": 100_000_000, "%": 1, "元": 1}[unit]
    return Fact(indicator, stage, period, value * scale, "%" if unit == "%" else "元", written, unit,
                Citation("d", "一", f"quote {indicator} {period}"), Location("s.yaml", path=path), stated=stated)


def _sub(*facts) -> Submission:
    return Submission(Entity("410324", "栾川县", "county", "central"), 2021, "s.yaml", tuple(facts))


def test_a_growth_rate_is_computed_with_its_lineage():
    sub = derive(_sub(_fact("edu_general_budget_expenditure", 2021, 64469, "64469", path="facts[0]"),
                      _fact("edu_general_budget_expenditure", 2020, 73991, "73991", path="facts[2]")))
    rate = [f for f in sub.facts if f.indicator == "edu_appropriation_growth_rate"]
    assert len(rate) == 1 and rate[0].value == pytest.approx(-12.869133, abs=1e-6) and rate[0].period == 2021
    (entry,) = dict(sub.derived)[rate[0].key]
    assert entry["computed"] == "growth"
    assert [(s["period"], s["value_as_written"], s["unit_as_written"], s["place"]) for s in entry["sources"]] == [
        (2021, "64469", "万元", "s.yaml facts[0]"), (2020, "73991", "万元", "s.yaml facts[2]")]


def test_a_stated_rate_is_never_overridden():
    stated = _fact("edu_appropriation_growth_rate", 2021, 12.05, "12.05", unit="%", path="facts[9]")
    sub = derive(_sub(stated, _fact("edu_general_budget_expenditure", 2021, 64469, "64469"),
                      _fact("edu_general_budget_expenditure", 2020, 73991, "73991")))
    assert [f for f in sub.facts if f.indicator == "edu_appropriation_growth_rate"] == [stated]
    assert not sub.derived


def test_a_ratio_is_computed():
    given = (_fact("edu_general_budget_expenditure", 2022, 143.28, "143.28", unit="亿元"),
             _fact("general_budget_expenditure", 2022, 923.79, "923.79", unit="亿元"))
    sub = derive(Submission(Entity("370600", "烟台市", "prefecture", "east"), 2022, "s.yaml", given))
    (share,) = [f for f in sub.facts if f.indicator == "edu_general_budget_share"]
    assert share.value == pytest.approx(143.28 / 923.79 * 100)
    assert dict(sub.derived)[share.key][0]["computed"] == "ratio"


def test_conflicting_level_figures_make_the_rate_unreadable_not_missing():
    sub = derive(_sub(_fact("edu_general_budget_expenditure", 2021, 64469, "64469", path="facts[0]"),
                      _fact("edu_general_budget_expenditure", 2021, 64496, "64496", path="facts[1]"),
                      _fact("edu_general_budget_expenditure", 2020, 73991, "73991", path="facts[2]")))
    assert not [f for f in sub.facts if f.indicator == "edu_appropriation_growth_rate"]
    (bad,) = [b for b in sub.bad_facts if b.indicator == "edu_appropriation_growth_rate"]
    assert "64469" in bad.message.render("zh") and "64496" in bad.message.render("en")


# --- the implied prior figure: the consistency pack's intervals -------------------------------

def test_a_stated_change_implies_last_years_figure_within_the_precision_written():
    from checker.evaluate.consistency import implied_prior

    fact = _fact("per_student_general_budget_expenditure", 2021, 11418.09, "11418.09", unit="元",
                 stage="primary")
    point, lo, hi = implied_prior(fact, Stated("change_pct", -1.51, "-1.51"))
    assert point == pytest.approx(11418.09 / 0.9849)
    # 11418.085 / (1 − 0.01505) and 11418.095 / (1 − 0.01515)
    assert lo == pytest.approx(11418.085 / 0.98495, abs=1e-3) and hi == pytest.approx(11418.095 / 0.98485, abs=1e-3)
    assert implied_prior(fact, Stated("change_pct", -100.0, "-100")) is None


# --- three real-document cases of 三个增长 (栾川 2021) -------------------------------------------

def test_luanchuan_two_years_without_stated_rates_fails_on_the_computed_growth(tmp_path):
    found, report = _check(tmp_path, "luanchuan-2021", _without_stated(_load("luanchuan-2021")))
    f = found[("DUT-GROW-01", None)]
    assert f.status is Status.FAIL
    for text in ("−12.87", "−2.45", "由所报数值计算", "64469 万元", "73991 万元", "139857 万元", "143363 万元",
                 "luanchuan-2021.yaml facts["):
        assert text in f.message_zh, text
    assert "computed from the figures reported" in f.message_en and "143363 万元 (二(一))" in f.message_en
    sources = [(s["indicator"], s["period"]) for d in f.details for s in d.get("sources", ())]
    assert sources == [("edu_general_budget_expenditure", 2021), ("edu_general_budget_expenditure", 2020),
                       ("fiscal_recurrent_revenue", 2021), ("fiscal_recurrent_revenue", 2020)]
    assert found[("CON-CHANGE-01", None)].status is Status.NOT_APPLICABLE
    # the level figures the rates were computed from were read: no "not checked" notice names them
    unchecked = [fig for n in report.notices if n.kind == "unchecked" for fig in n.figures]
    assert not [fig for fig in unchecked if fig["indicator"] == "fiscal_recurrent_revenue"]


def test_luanchuan_with_its_correct_stated_rate(tmp_path):
    data = _with_rate(_load("luanchuan-2021"), "edu_appropriation_growth_rate", "-12.9",
                      "一般公共预算教育经费64469万元比上年的73991万元增长-12.9%", "一")
    found, _ = _check(tmp_path, "luanchuan-2021", data)
    grow = found[("DUT-GROW-01", None)]
    assert grow.status is Status.FAIL  # the stated −12.9 % against the computed −2.45 %
    assert "教育财政拨款增长率 2021 −12.9 %" in grow.message_zh
    assert "教育财政拨款增长率 −" not in grow.message_zh  # the stated rate is not said to be computed
    change = found[("CON-CHANGE-01", None)]
    assert change.status is Status.PASS and [d["status"] for d in change.details] == ["pass"]


def test_luanchuan_with_its_wrong_stated_rate_gets_the_consistency_finding(tmp_path):
    data = _with_rate(_load("luanchuan-2021"), "edu_appropriation_growth_rate", "12.05",
                      "与上年的73991万元同口径相比增12.05%", "二(一)")
    found, _ = _check(tmp_path, "luanchuan-2021", data)
    # the stated figure stands (a computed one never overrides it) ...
    assert found[("DUT-GROW-01", None)].status is Status.PASS
    assert "12.05" in found[("DUT-GROW-01", None)].message_zh
    # ... and the consistency pack says it disagrees with the figures
    change = found[("CON-CHANGE-01", None)]
    assert change.status is Status.FAIL
    assert "教育财政拨款增长率 2021年 陈述 12.05%: 与数据不一致,按所报数据计算为 −12.87%" in change.message_zh
    assert "disagrees — the reported figures give −12.87%" in change.message_en


def test_luanchuan_as_transcribed(tmp_path):
    """The transcription states its changes on the level figures: the figures decide (−12.87 %
    against −2.45 %), and CON-CHANGE-01 reports the contradicting 增12.05% as before."""
    found, _ = _check(tmp_path, "luanchuan-2021", _load("luanchuan-2021"))
    assert found[("DUT-GROW-01", None)].status is Status.FAIL
    assert "由所报数值计算" in found[("DUT-GROW-01", None)].message_zh
    change = found[("CON-CHANGE-01", None)]
    assert "陈述增幅 12.05%: 与数据不一致" in change.message_zh and "陈述增幅 -12.9%" not in change.message_zh
    # both years given: the figures decide, whatever the stated change (增加3.72% for −18.91 %)
    assert found[("DUT-FUND-02", "junior")].status is Status.FAIL


# --- a report giving only this year's figure and its stated change (辽宁 2021) -----------------

def test_liaoning_stated_changes_decide_only_increase(tmp_path):
    found, _ = _check(tmp_path, "liaoning-2021", _load("liaoning-2021"))
    statuses = {s: found[("DUT-FUND-02", s)].status for s in ("kindergarten", "primary", "junior", "senior",
                                                                "vocational")}
    assert statuses == {"kindergarten": Status.PASS, "primary": Status.FAIL, "junior": Status.FAIL,
                        "senior": Status.FAIL, "vocational": Status.FAIL}
    assert found[("DUT-FUND-01", None)].status is Status.PASS  # 同口径比上年增长2.12%
    f = found[("DUT-FUND-02", "primary")]
    assert "「普通小学生均一般公共预算教育经费为11418.09元,同口径比上年下降1.51%」(二2.(2))" in f.message_zh
    assert "结论依据报告自述的增减幅度" in f.message_zh and "11,592.55–11,593.74 元" in f.message_zh
    assert "the verdict rests on the report's own stated change" in f.message_en and "−1.51%" in f.message_en
    (implied,) = [d for d in f.details if "implied" in d]
    assert implied["period"] == 2020 and implied["from_stated_change"] == "-1.51"
    assert implied["interval"][0] < 11593.15 < implied["interval"][1]
    assert [(e.period, e.value_as_written) for e in f.evidence] == [(2021, "11418.09")]
    # nothing to check the stated change against: still missing in the consistency pack
    assert found[("CON-CHANGE-01", None)].status is Status.MISSING
    # 教育财政拨款增长率 is the stated 2.12 %; 财政经常性收入 is not in the bulletin
    grow = found[("DUT-GROW-01", None)]
    assert grow.status is Status.MISSING and [m["indicator"] for m in grow.missing] == [
        "fiscal_recurrent_revenue_growth_rate"]


def test_liaoning_with_revenue_figures_decides_growth_on_the_stated_change(tmp_path):
    data = _load("liaoning-2021")
    data["facts"] += [{"indicator": "fiscal_recurrent_revenue_growth_rate", "period": 2021, "value": "3.5",
                       "unit": "%", "source": {"document": "funding-bulletin", "locator": "二1.",
                                               "quote": "同口径比上年增长2.12%"}}]
    found, _ = _check(tmp_path, "liaoning-2021", data)
    grow = found[("DUT-GROW-01", None)]
    assert grow.status is Status.FAIL
    assert "取自报告自述的增减幅度「2021年,全省一般公共预算教育经费" in grow.message_zh
    assert "is the report's own stated change" in grow.message_en


def test_stated_changes_that_disagree_without_last_years_figure_are_an_error(tmp_path):
    data = _load("luanchuan-2021")
    data["facts"] = [f for f in data["facts"] if not (f["indicator"] == "edu_general_budget_expenditure"
                                                      and f["period"] == 2020)]
    found, _ = _check(tmp_path, "luanchuan-2021", data)
    f = found[("DUT-FUND-01", None)]
    assert f.status is Status.ERROR
    assert "-12.9%" in f.message_zh and "12.05%" in f.message_zh and "disagree" in f.message_en
    grow = found[("DUT-GROW-01", None)]  # the appropriation growth would be that stated change: which one?
    assert grow.status is Status.ERROR and "报告自述的增减幅度不一致:-12.9%" in grow.message_zh


def test_last_years_figures_from_the_store_feed_the_computed_growth(tmp_path):
    """A 2021 submission without its 2020 figures: the store's 2020 submission gives them (history
    `supplement`), and the growth rates are computed from them, citing that submission."""
    data = _without_stated(_load("luanchuan-2021"))
    first = dict(data, period=2020, facts=[dict(f) for f in data["facts"] if f["period"] == 2020])
    second = dict(data, facts=[dict(f) for f in data["facts"] if f["period"] == 2021])
    store = str(tmp_path / "store.db")
    for name, sub in (("2020", first), ("2021", second)):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(REPORTS / "luanchuan-2021.txt", folder / "luanchuan-2021.txt")
        (folder / "luanchuan.yaml").write_text(yaml.safe_dump(sub, allow_unicode=True, sort_keys=False),
                                               encoding="utf-8")
        report = check([folder], store=store, round_name=name)
    found = {(f.criterion_id, f.stage): f for f in report.findings if f.period == 2021}
    grow = found[("DUT-GROW-01", None)]
    assert grow.status is Status.FAIL and "73991 万元" in grow.message_zh and "143363 万元" in grow.message_zh
    assert found[("DUT-FUND-01", None)].status is Status.FAIL
