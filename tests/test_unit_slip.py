"""A 元/万元 slip inside one file (issue 21 item 6): a fact whose own quote writes its figure in
another unit of the same family is an input error at the unit, naming the likely slip, never a
figure read 10⁴ times off that fails (or passes) a binding rule."""

import pytest

from checker.api import check
from checker.intake.files import load_paths
from checker.intake.units import quote_unit_disagreement

SUBMISSION = """\
entity: {{code: "530322", name: 陆良县, level: county, region: west}}
period: 2021
documents: [{{id: report, title: 自评报告}}]
facts:
  - {{indicator: edu_general_budget_expenditure, period: 2021, value: "18.5", unit: 亿元,
     source: {{document: report, locator: 一, quote: "一般公共预算教育支出18.5亿元"}}}}
  - {{indicator: edu_general_budget_expenditure, period: 2020, value: "{value}", unit: {unit},
     source: {{document: report, locator: 一, quote: "{quote}"}}}}
"""


def write(tmp_path, value="185432", unit="元", quote="比上年的185432万元增长"):
    path = tmp_path / "luliang.yaml"
    path.write_text(SUBMISSION.format(value=value, unit=unit, quote=quote), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_quote_in_wan_yuan_against_a_unit_of_yuan_is_an_input_error_at_the_unit(tmp_path, lang):
    from checker.i18n import render

    loaded = load_paths([write(tmp_path)])
    assert [(e.place, e.message.key) for e in loaded.errors] == [("facts[1].unit", "input.unit_quote_disagrees")]
    text = render(loaded.errors[0].message, lang)
    assert "185432" in text and "万元" in text
    assert ("单位填错" in text) if lang == "zh" else ("unit slip" in text)


def test_the_criteria_that_need_the_figure_are_errors_not_a_fail(tmp_path):
    report = check([write(tmp_path)])
    grow = {f.criterion_id: f.status.value for f in report.findings if f.criterion_id == "DUT-FUND-01"}
    assert grow == {"DUT-FUND-01": "error"}  # not −99.99 % fail: the figure was refused


@pytest.mark.parametrize("value,unit,quote", [
    ("185432", "万元", "比上年的185432万元增长"),    # the same unit: read
    ("18.5432", "亿元", "比上年的185432万元增长"),   # converted by the county: the quote does not write 18.5432
    ("185432", "元", "比上年增长"),                 # the quote writes no figure
    ("185,432", "万元", "比上年的185432万元"),       # thousands separators are the same figure
])
def test_agreeing_or_silent_quotes_are_read(tmp_path, value, unit, quote):
    assert load_paths([write(tmp_path, value, unit, quote)]).errors == []


def test_digits_inside_a_longer_number_are_not_the_figure():
    assert quote_unit_disagreement("85432", "元", "1185432万元", "money") is None
    assert quote_unit_disagreement("85432", "元", "85432万元", "money") == "万元"
    assert quote_unit_disagreement("1.2", "人", "在校生1.2万人", "count") == "万人"
    assert quote_unit_disagreement("92.5", "%", "92.5‰", "percent") is None  # percentages have a default unit


PLAIN = """\
entity: {{code: "530322", name: 陆良县, level: {level}, region: west}}
period: 2021
facts:
  - {{indicator: edu_general_budget_expenditure, period: 2021, value: "{now}", unit: {unit_now}}}
  - {{indicator: edu_general_budget_expenditure, period: 2020, value: "{before}", unit: {unit_before}}}
"""


def plain(tmp_path, now="64469", unit_now="元", before="63000", unit_before="元", level="county"):
    path = tmp_path / "plain.yaml"
    path.write_text(PLAIN.format(now=now, unit_now=unit_now, before=before, unit_before=unit_before, level=level),
                    encoding="utf-8")
    return {f.criterion_id: f for f in check([path]).findings if f.criterion_id in ("CON-RANGE-01", "HIS-SCALE-01")}


def test_a_county_budget_typed_in_wan_into_yuan_is_named_as_a_likely_slip_without_a_store(tmp_path):
    found = plain(tmp_path)  # 64,469 元 this year and 63,000 元 last: both a county's budget in 万元
    rng = found["CON-RANGE-01"]
    assert (rng.status.value, rng.severity.value) == ("fail", "warning")
    assert "64469 元" in rng.message_zh and "疑似把万元写成了元" in rng.message_zh
    assert "万元 written as 元" in rng.message_en and "1,000 万元–1,000 亿元" in rng.message_zh
    assert found["HIS-SCALE-01"].status.value == "pass"  # the two years agree with each other


def test_the_same_figures_in_wan_yuan_pass_and_a_prefecture_has_its_own_range(tmp_path):
    assert plain(tmp_path, unit_now="万元", unit_before="万元")["CON-RANGE-01"].status.value == "pass"
    # 1,000 万元 is a county's lower bound but below a prefecture's (1 亿元)
    assert plain(tmp_path, "1000", "万元", "1000", "万元")["CON-RANGE-01"].status.value == "pass"
    assert plain(tmp_path, "1000", "万元", "1000", "万元", level="prefecture")["CON-RANGE-01"].status.value == "fail"


def test_a_slip_between_the_years_of_one_file_is_screened_without_a_store(tmp_path):
    # this year 18.5 万元, last year 185432 written in 元 where 万元 was meant: 10⁴ apart
    found = plain(tmp_path, "18.5", "亿元", "185432", "元")
    scale = found["HIS-SCALE-01"]
    assert (scale.status.value, scale.severity.value) == ("fail", "warning")
    assert "疑为单位错误" in scale.message_zh and "185432 元" in scale.message_zh
