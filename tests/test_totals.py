"""Filtering is for the list, never for the statistics (issue 21): `check --only` and `--sort
status` change which findings are listed and in what order; every total, rate and count in every
format still counts every finding. And a batch's terminal output ends with each criterion's
results and the findings by status."""

from __future__ import annotations

import io
import json
import re
from xml.etree import ElementTree

import pytest

from checker.report.render import render, render_text
from checker.report.render.common import grouped, verdict

CHOICES = ({"only": {"fail"}}, {"only": {"pass"}}, {"only": {"warn"}, "by_status": True}, {"by_status": True})


def full_and_chosen(report):
    full = report.record()
    return full, [report.record(**choose) for choose in CHOICES]


def test_the_sample_has_entities_a_filter_would_miscount(report):
    """The bundled submissions: no entity passes, two fail, one has an undetermined result; so
    `--only pass` listing anything at all used to say every entity passes."""
    summary = report.summary
    assert summary["entities_by_verdict"] == {"error": 1, "fail": 2, "missing": 2, "warn": 0, "pass": 0}
    assert summary["entities"] == 5


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_table_and_markdown_totals_count_every_finding(report, lang):
    full, chosen = full_and_chosen(report)
    last = render_text(full, "table", lang).rstrip("\n").splitlines()[-1]
    assert ("合计:5 个单位(无法判定 1,不达标 2,缺数据 2);295 条结果" if lang == "zh" else
            "Total: 5 entities (undetermined 1, fail 2, missing data 2); 295 findings") == last
    md_last = render_text(full, "markdown", lang).rstrip("\n").splitlines()[-1]
    for record in chosen:
        assert render_text(record, "table", lang).rstrip("\n").splitlines()[-1] == last
        assert render_text(record, "markdown", lang).rstrip("\n").splitlines()[-1] == md_last


def test_json_summary_and_criteria_count_every_finding(report):
    full, chosen = full_and_chosen(report)
    whole = json.loads(render_text(full, "json"))
    for record, choose in zip(chosen, CHOICES):
        data = json.loads(render_text(record, "json"))
        assert data["summary"] == whole["summary"] and data["criteria"] == whole["criteria"]
        if "only" in choose:
            assert {f["status"] for f in data["findings"]} == choose["only"]
            assert len(data["findings"]) < len(whole["findings"])


def test_criteria_counts_are_entities_over_every_finding(report):
    """`criteria`: per criterion, entities assessed (a finding other than not applicable) and those
    failing / missing / undetermined / warning in at least one stage — counted by hand here."""
    whole = report.to_dict()
    by_hand: dict[str, dict[str, set]] = {}
    for entity, period, findings in grouped(whole["findings"]):
        for f in findings:
            row = by_hand.setdefault(f["criterion"]["id"], {k: set() for k in ("any", "fail", "missing", "error", "warn")})
            if f["status"] != "not_applicable":
                row["any"].add((entity["code"], period))
            if f["status"] in row:
                row[f["status"]].add((entity["code"], period))
    assert [c["id"] for c in whole["criteria"]] == list(by_hand)
    for c in whole["criteria"]:
        row = by_hand[c["id"]]
        assert (c["applicable"], c["fail"], c["missing"], c["error"], c["warn"]) == \
            tuple(len(row[k]) for k in ("any", "fail", "missing", "error", "warn")), c["id"]
    assert next(c for c in whole["criteria"] if c["id"] == "DUT-PRE-01")["error"] == 1  # 杏花岭区's conflict


def test_the_summary_verdict_is_the_renderers_verdict(report):
    """record.verdict_of (the summary's counts) and render/common.verdict (the matrices' per
    entity) are one rule written twice, since renderers import no record module."""
    from checker.report.record import verdict_of

    counts = {s: 0 for s in ("error", "fail", "missing", "warn", "pass")}
    for _entity, _period, findings in grouped(report.to_dict()["findings"]):
        counts[verdict(findings)] += 1
    assert counts == report.summary["entities_by_verdict"]
    for statuses in (("pass",), ("not_applicable",), ("fail", "pass"), ("error", "fail")):
        for severity in ("blocking", "warning"):
            pairs = [(s, severity) for s in statuses]
            assert verdict_of(pairs) == verdict([{"status": s, "severity": v} for s, v in pairs])


def test_csv_lists_only_the_chosen_findings(report):
    import csv

    full, chosen = full_and_chosen(report)
    whole = list(csv.reader(io.StringIO(render_text(full, "csv").lstrip("\ufeff"))))
    fails = list(csv.reader(io.StringIO(render_text(chosen[0], "csv").lstrip("\ufeff"))))
    assert fails[0] == whole[0]
    status = whole[0].index("状态")
    assert {r[status] for r in fails[1:]} == {"不达标"}
    assert len(fails) - 1 == report.summary["by_status"]["fail"]


def _overview(html: str) -> str:
    """The page's header and overview (counts, rates), up to the matrix (whose columns come in the
    order --sort meets them)."""
    return html[:html.index("单位 × 准则")]


def test_html_overview_counts_every_finding(report):
    full, chosen = full_and_chosen(report)
    whole = render_text(full, "html")
    assert 'id="by-criterion"' in whole
    for record in chosen[:3]:
        assert _overview(render_text(record, "html")) == _overview(whole)


def _sheets(record) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(b"".join(render(record, "xlsx", "zh"))), read_only=True)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def test_workbook_counts_and_rates_count_every_finding(report):
    full, chosen = full_and_chosen(report)
    whole = _sheets(full)
    for name in ("单位计数", "各准则不达标率", "各省份不达标率"):
        assert name in whole
    rates = whole["各准则不达标率"]
    assert any(row[3] not in (None, 0, 1, 1.0) for row in rates[1:]), rates  # not every rate 0 or 100 %
    for record in chosen[:3]:
        sheets = _sheets(record)
        for name in ("单位计数", "各准则不达标率", "各省份不达标率"):
            assert sheets[name] == whole[name], name
    fails = _sheets(chosen[0])["明细"]
    assert len(fails) - 1 == report.summary["by_status"]["fail"]


def test_junit_counts_count_every_finding_and_lists_the_chosen(report):
    full, chosen = full_and_chosen(report)
    whole = ElementTree.fromstring(render_text(full, "junit").encode("utf-8"))
    fails = ElementTree.fromstring(render_text(chosen[0], "junit").encode("utf-8"))
    assert fails.attrib == whole.attrib
    suites = {s.get("name"): s.attrib for s in whole.findall("testsuite")}
    for suite in fails.findall("testsuite"):
        assert suite.attrib == suites[suite.get("name")]
        assert all(c.find("failure") is not None or c.find("system-out") is not None for c in suite.findall("testcase"))
    assert len(fails.findall("./testsuite/testcase")) == report.summary["by_status"]["fail"] + len(report.errors)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_batch_on_the_terminal_ends_with_each_criterion_and_the_statuses(report, lang):
    full, chosen = full_and_chosen(report)
    text = "".join(render(full, "table", lang, width=200))  # no title wraps
    title = "各准则结果" if lang == "zh" else "Results by criterion"
    assert title in text
    tail = text[text.index(title):]
    by_status = ("结果按状态:通过 24,不达标 7,预警 1,缺数据 175,不适用 87,无法判定 1" if lang == "zh" else
                 "Findings by status: pass 24, fail 7, warning 1, missing data 175, not applicable 87, undetermined 1")
    assert by_status in tail.splitlines()
    # DUT-FUND-02: assessed for 5 entities, fails for one (曲靖's vocational stage), lacks data for four
    row = re.search(r"DUT-FUND-02", tail)
    line = tail[:row.start()].splitlines()[-2]  # the title line above the id
    assert re.search(r"\s5\s+1\s+4\s+0\s+0\s*$", line), line
    for record in chosen:  # the same closing whatever is listed or its order
        shown = "".join(render(record, "table", lang, width=200))
        assert shown[shown.index(title):] == tail


def test_a_single_submission_has_no_batch_summary(report):
    from checker.api import check
    from conftest import SUBMISSIONS

    text = render_text(check([SUBMISSIONS / "qujing-2021.yaml"]).record(), "table", "zh")
    assert "各准则结果" not in text and "结果按状态" not in text


def test_only_on_the_command_line_keeps_the_totals(tmp_path):
    from typer.testing import CliRunner

    from checker.cli import app
    from conftest import SUBMISSIONS

    runner = CliRunner()
    last = {}
    for only in ([], ["--only", "fail"], ["--only", "pass"], ["--only", "missing", "--sort", "status"]):
        result = runner.invoke(app, ["check", str(SUBMISSIONS), *only])
        assert result.exit_code == 1
        last[tuple(only)] = result.stdout.rstrip("\n").splitlines()[-1]
    assert set(last.values()) == {"合计:5 个单位(无法判定 1,不达标 2,缺数据 2);295 条结果"}
