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
