"""Waivers: a waived finding keeps its status and evidence, shows `waived` with the reason in every
format and does not count toward the exit code; an expired one counts again and says so; one that
matches nothing is reported; one without a reason or approver is invalid input. SYNTHETIC county."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

import rounds_data as rd
from checker.api import check
from checker.report.render import render_text, render
from checker.rules.library import load_packs

REASON = "中职学校并入市属职教中心,在校生口径调整"


def waiver(expires: str, **change) -> str:
    item = {"entity": '"520105"', "period": "2021", "criterion": "DUT-FUND-02", "stage": "vocational",
            "reason": REASON, "approver": "省督导室 王某", "expires": expires} | change
    return "waivers:\n  - " + "\n    ".join(f"{k}: {v}" for k, v in item.items() if v is not None) + "\n"


@pytest.fixture
def county(tmp_path, monkeypatch):
    """丁县 alone: vocational per-student spending falls, everything else passes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")  # 2026-11-17
    folder = rd.write_round(tmp_path / "r", "2021-初审")
    for path in folder.iterdir():
        if path.stem != rd.D:
            path.unlink()
    duties = load_packs("duties")[0]
    packs = [replace(duties, criteria=tuple(c for c in duties.criteria if c.id == "DUT-FUND-02"))]
    return folder, packs, tmp_path


def run(county, text: str | None):
    folder, packs, tmp = county
    path = None
    if text is not None:
        path = tmp / "waivers.yaml"
        path.write_text(text, encoding="utf-8")
    return check([folder], packs=packs, waivers=path, jobs=1)


def test_a_waiver_in_force_keeps_the_finding_and_clears_the_exit_code(county):
    assert run(county, None).exit_code() == 1
    report = run(county, waiver("2099-12-31"))
    f = next(f for f in report.findings if f.stage == "vocational")
    assert (f.status.value, f.waiver["state"], f.waiver["reason"]) == ("fail", "active", REASON)
    assert f.evidence and report.exit_code() == 0
    assert report.summary["waived"] == 1 and report.waivers["active"] == 1


def test_an_expired_waiver_counts_again_and_says_so(county):
    report = run(county, waiver("2026-11-16"))
    f = next(f for f in report.findings if f.stage == "vocational")
    assert f.waiver["state"] == "expired" and report.exit_code() == 1
    assert "2026-11-16" in render_text(report.record(), "table", "en")


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "html", "json", "xlsx"])
def test_every_format_shows_the_waiver_and_its_reason(county, fmt):
    report = run(county, waiver("2099-12-31"))
    if fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(b"".join(render(report.record(), "xlsx", "zh"))))
        out = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
    else:  # a table wide enough that no column wraps into another
        out = "".join(render(report.record(), fmt, "zh", **({"width": 1000} if fmt == "table" else {})))
    flat = "".join(out.split())
    assert REASON in flat and "省督导室王某" in flat
    if fmt != "json":
        assert "已豁免" in flat
    en = render_text(report.record(), "table" if fmt == "xlsx" else fmt, "en")
    assert "waived" in en


def test_a_waiver_matching_nothing_is_reported(county):
    report = run(county, waiver("2099-12-31", period="2020"))
    assert report.waivers["unmatched"] == [{"entity": "520105", "period": 2020, "criterion": "DUT-FUND-02",
                                            "stage": "vocational", "place": "waivers[0]"}]
    assert any(n.file.endswith("waivers.yaml") and n.place == "waivers[0]" for n in report.notices)
    assert report.exit_code() == 1


@pytest.mark.parametrize("change,place", [
    ({"reason": None}, "waivers[0].reason"),
    ({"approver": '""'}, "waivers[0].approver"),
    ({"stage": None}, "waivers[0].stage"),  # the full identity, never a partial key
    ({"expires": "next-year"}, "waivers[0].expires"),
])
def test_a_waiver_without_reason_approver_or_full_identity_is_invalid_input(county, change, place):
    report = run(county, waiver(**({"expires": "2099-12-31"} | change)))
    assert [e.place for e in report.errors] == [place]
    assert report.exit_code() == 2


NIGHT = "1794859200"  # 2026-11-16T20:00:00Z: already 2026-11-17 04:00 in Beijing


@pytest.mark.parametrize("zone,state", [(None, "expired"), ("Asia/Shanghai", "expired"), ("UTC", "active"),
                                        ("America/New_York", "active")])
def test_a_waivers_expiry_is_the_offices_date_not_utcs(county, monkeypatch, zone, state):
    """A waiver to 2026-11-16 ends at midnight in the office's zone (Asia/Shanghai unless CHECKER_TZ
    says otherwise), not at 08:00 Beijing time the next day."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NIGHT)
    if zone is None:
        monkeypatch.delenv("CHECKER_TZ", raising=False)
    else:
        monkeypatch.setenv("CHECKER_TZ", zone)
    report = run(county, waiver("2026-11-16"))
    f = next(f for f in report.findings if f.stage == "vocational")
    assert f.waiver["state"] == state
    assert report.exit_code() == (1 if state == "expired" else 0)
    assert report.waivers["zone"] == (zone or "Asia/Shanghai")
    assert report.waivers["today"] == ("2026-11-16" if state == "active" else "2026-11-17")


def test_an_unknown_zone_is_an_input_error_naming_it(county, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NIGHT)
    monkeypatch.setenv("CHECKER_TZ", "Asia/Beijing")  # not an IANA zone
    report = run(county, waiver("2099-12-31"))
    assert [e.file for e in report.errors] == ["CHECKER_TZ"] and report.exit_code() == 2
    assert "Asia/Beijing" in report.errors[0].render("zh") and "时区" in report.errors[0].render("zh")
    assert "time zone" in report.errors[0].render("en")
