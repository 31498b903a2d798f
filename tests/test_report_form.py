"""The report checked against the form (issue 24 item 3): every figure both a county's narrative
report and its submission state is compared within the precision written (CON-REPORT-01); a
disagreement names both places; what only the report states is listed; a draft never replaces a
figure of the submission. Shown on a real report, seed 000 (曲靖市 2021), against its hand
transcription with one figure changed."""

import pytest

from checker.api import check
from conftest import SEEDS, SUBMISSIONS

QUJING = SUBMISSIONS / "qujing-2021.yaml"
REPORT = SEEDS / "000_1afc5dbe69f06f0f.txt"


def by_id(report, cid, stage=None):
    return next(f for f in report.findings if f.criterion_id == cid and f.stage == stage)


@pytest.fixture
def changed(tmp_path):
    text = QUJING.read_text(encoding="utf-8")
    assert text.count("value: 5402.99") == 1  # 学前 2021 per-student spending
    path = tmp_path / "qujing-changed.yaml"
    path.write_text(text.replace("value: 5402.99", "value: 5420.99"), encoding="utf-8")
    return path


def test_the_one_figure_changed_is_named_with_both_places(changed):
    report = check([changed], reports=[REPORT])
    finding = by_id(report, "CON-REPORT-01")
    assert (finding.status.value, finding.severity.value) == ("fail", "warning")
    assert "报告 二(五)1: 5,402.99; 报表" in finding.message_zh and "5,420.99" in finding.message_zh
    assert "report 二(五)1: 5,402.99; form" in finding.message_en
    failing = [d for d in finding.details if d["status"] == "fail"]
    assert len(failing) == 1 and len(finding.details) == 21  # the other twenty agree
    # the draft never replaces the submission's figure: 只增不减 reads the form's 5,420.99
    kg = by_id(report, "DUT-FUND-02", "kindergarten")
    assert [e.value_as_written for e in kg.evidence][0] == "5420.99"


def test_the_transcription_agrees_with_its_report_and_report_only_figures_are_listed():
    report = check([QUJING], reports=[REPORT])
    finding = by_id(report, "CON-REPORT-01")
    assert finding.status.value == "pass" and "21" in finding.message_zh
    only = [n for n in report.notices if n.kind == "report_only"]
    assert len(only) == 1 and "报表中没有" in only[0].render("zh") and "17.06 万人(报告 二(三)3)" in only[0].render("zh")
    assert "17.06 万人 (report 二(三)3)" in only[0].render("en")  # the report's place, not the file carrying it
    assert report.summary["invalid_inputs"] == 0


def test_without_a_report_the_check_does_not_apply():
    finding = by_id(check([QUJING]), "CON-REPORT-01")
    assert finding.status.value == "not_applicable" and "未提供叙述报告" in finding.message_zh and "--report" in finding.message_en


def test_a_report_needs_one_submission_and_a_readable_file(tmp_path):
    report = check([SUBMISSIONS], reports=[REPORT])
    assert [e.message.key for e in report.errors] == ["input.report_needs_one"] and report.exit_code() == 2
    empty = tmp_path / "scan.pdf"
    empty.write_bytes(b"%PDF-1.4\n%%EOF\n")
    report = check([QUJING], reports=[empty])
    assert [e.message.key for e in report.errors] == ["input.report_unreadable"] and report.exit_code() == 2
    assert by_id(report, "DUT-FUND-02", "vocational").status.value == "fail"  # the rest is still checked


def test_the_command_line_takes_report(changed, capsys):
    from checker.__main__ import main
    import sys

    sys.argv = ["checker", "check", str(changed), "--report", str(REPORT), "--lang", "en"]
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 1
    out = capsys.readouterr().out
    assert "CON-REPORT-01" in out and "report and form disagree" in out
