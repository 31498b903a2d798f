"""A county's narrative report on the portal (issue 23 item 3), every page through the ASGI client:
the report uploaded as a real .docx (made with python-docx from a TUNE document of the report corpus,
tests/data/reports/luanchuan-2021.txt, 栾川县's 2021 funding bulletin), its figures shown as drafts
that change nothing, confirmed row by row, then counting: CON-REPORT-01 names both places of a
figure the form states differently, a confirmed figure the form lacks is checked as the county's and
cited at its place in the report, the frozen round has them too. And the doors: another county's
drafts by id and form field, CSRF, markup in a quote, the CLI's limits, the shared rate limit."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from starlette.testclient import TestClient

from checker.web import security
from conftest import ROOT
from test_web import _audit, app, csrf_of, county_client, fill, office_client, store_url, upload  # noqa: F401 - the fixtures

REPORTS = ROOT / "tests" / "data" / "reports"
ROSTER = ("code,name,level,parent,region\n"
          "410324,栾川县,county,410300,central\n"
          "331121,青田县,county,331100,east\n")
PER = "per_student_general_budget_expenditure"
# 栾川县's figures as its bulletin gives them (二(二)), typed into its form; 小学 2021 mistyped
FORM = {(PER, "primary", 2020): "10321.31", (PER, "primary", 2021): "10395.52",
        (PER, "junior", 2020): "14383.56", (PER, "junior", 2021): "11662.98"}


def tune(stem: str) -> str:
    import yaml

    assert stem in yaml.safe_load((REPORTS / "split.yaml").read_text(encoding="utf-8"))["tune"]  # never held out
    return (REPORTS / f"{stem}.txt").read_text(encoding="utf-8")


def docx_of(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def season(office: TestClient) -> tuple[int, dict[str, str]]:
    page = office.get("/office")
    r = office.post("/office/seasons", data={"csrf": csrf_of(page.text), "name": "2021 经费", "period": "2021",
                                             "deadline": "2099-12-31"},
                    files={"roster": ("roster.csv", ROSTER.encode("utf-8"), "text/csv")}, follow_redirects=False)
    sid = int(r.headers["location"].rsplit("/", 1)[1])
    page = office.get(f"/office/seasons/{sid}")
    r = office.post(f"/office/seasons/{sid}/links", data={"csrf": csrf_of(page.text), "format": "html"})
    return sid, dict(re.findall(r"<td>(\d{6})</td><td>[^<]*</td><td><code>http://testserver(/c/[^<]+)</code>", r.text))


def send_report(client: TestClient, name: str, body: bytes, follow: bool = True):
    page = client.get("/county/report")
    return client.post("/county/report/upload", data={"csrf": csrf_of(page.text)}, files={"file": (name, body)},
                       follow_redirects=follow)


def decide(client: TestClient, action: str, figs=(), draft: str | None = None, follow: bool = True):
    page = client.get("/county/report").text
    draft = draft or re.search(r'name="draft" value="(\d+)"', page).group(1)
    return client.post("/county/report/decide", data={"csrf": csrf_of(page), "draft": draft, "action": action,
                                                      "fig": [str(f) for f in figs]}, follow_redirects=follow)


def fig_ids(page: str) -> list[int]:
    return [int(x) for x in re.findall(r'name="fig" value="(\d+)"', page)]


def fig_of(page: str, value: str) -> int:
    """The checkbox of the row whose value is `value`."""
    row = next(r for r in page.split("<tr") if f"<td>{value}</td>" in r)
    return int(re.search(r'name="fig" value="(\d+)"', row).group(1))


def latest(app, sid: int, code: str) -> dict:
    ups = app.state.portal.uploads(sid, code)
    return json.loads(app.state.portal.upload(sid, code, ups[0].id).record)


def finding(record: dict, cid: str, stage=None) -> dict:
    return next(f for f in record["findings"] if f["criterion"]["id"] == cid and f["stage"] == stage)


@pytest.fixture
def walked(app):
    """栾川县 with its form uploaded (one figure mistyped) and its bulletin as a .docx."""
    office = office_client(app)
    sid, links = season(office)
    luanchuan = county_client(app, links["410324"])
    form = fill(luanchuan.get("/county/form.xlsx").content, FORM)
    assert upload(luanchuan, "栾川 表格.xlsx", form).status_code == 303
    return office, sid, links, luanchuan, form


def test_a_report_is_a_draft_until_confirmed_then_its_figures_count(app, walked):
    office, sid, links, luanchuan, form = walked
    before = latest(app, sid, "410324")
    assert finding(before, "CON-REPORT-01")["status"] == "not_applicable"
    body = docx_of(tune("luanchuan-2021"))
    r = send_report(luanchuan, "栾川县 经费公告.docx", body)
    assert r.status_code == 200 and r.url.path == "/county/report"
    page = r.text
    # the draft table: indicator in Chinese, stage, year, value and unit as written, quote, place
    assert "生均一般公共预算教育支出" in page and "<td>小学</td>" in page and "<td>10359.52</td>" in page
    assert "<td>元</td>" in page and "<q>本年10359.52元,同口径比上年增长20.97%</q>" in page
    assert "<td>二(二)(1)</td>" in page and page.count("草稿(不计入)") == 20
    # the one figure the bulletin writes without a unit (幼儿园上年2709.16) cannot be confirmed: it says why
    assert len(fig_ids(page)) == 19 and page.count("不能确认:") == 1 and "2709.16 没有写单位" in page
    # a figure seen and not attached says why in the reader's words, not the reader's token
    assert "是百分点变化,不是比率本身" in page and "percentage_points" not in page
    # nothing changes on upload: no new check, the findings as they were
    assert len(app.state.portal.uploads(sid, "410324")) == 1 and latest(app, sid, "410324") == before
    row = [a for a in _audit(app) if a["action"] == "upload"][-1]
    import hashlib

    detail = json.loads(row["detail"])
    link = next(lk.id for lk in app.state.portal.links(sid) if lk.code == "410324")
    assert (row["actor"], detail["kind"]) == (f"link:{link}", "report")
    assert detail["sha256"] == hashlib.sha256(body).hexdigest()

    # confirmed: the latest form is checked again at once with the confirmed figures
    page = decide(luanchuan, "confirm_all").text
    assert page.count("已确认(计入核查)") == 19 and page.count("草稿(不计入)") == 1
    assert len(app.state.portal.uploads(sid, "410324")) == 2
    record = latest(app, sid, "410324")
    con = finding(record, "CON-REPORT-01")
    # the four figures both state, each compared once; never a report figure against another report figure
    # (二(一) restates 一's 64469 万元, taken as the county's: no "报表" side is made of it)
    assert con["status"] == "fail" and len(con["details"]) == 4
    assert re.search(r"报告 二\(二\)\(1\): 10,359\.52; 报表 栾川 表格\.xlsx 数据!G\d+: 10,395\.52",
                     con["message_zh"])
    assert re.search(r"report 二\(二\)\(1\): 10,359\.52; form 栾川 表格\.xlsx 数据!G\d+: 10,395\.52",
                     con["message_en"])
    # the form's figure is never overridden: 小学 reads 10,395.52 from the form
    primary = finding(record, "DUT-FUND-02", "primary")
    assert "10395.52" in json.dumps(primary["evidence"]) and "10359.52" not in json.dumps(primary["evidence"])
    # a confirmed figure the form lacks counts as the county's, cited at its place in the report:
    # 一般公共预算教育经费 64,469 万元 (2021) against 73,991 万元 (2020) — missing before, now judged
    fund = [f for f in record["findings"] if "edu_general_budget_expenditure" in json.dumps(f["evidence"])]
    assert fund and all(f["status"] != "missing" for f in fund)
    cited = json.dumps(fund[0]["evidence"], ensure_ascii=False)
    assert "64469" in cited and '"locator": "一"' in cited
    assert [f["status"] for f in before["findings"] if f["criterion"]["id"] == fund[0]["criterion"]["id"]
            and f["stage"] == fund[0]["stage"]] == ["missing"]
    only = [n for n in record["notices"] if n.get("kind") == "report_only"]
    assert only and "一般公共预算教育支出 2021年 64469 万元(报告 一)" in only[0]["message"]  # still listed,
    # named by its place in the report, not by the draft file that carries it

    # the next upload of the form is checked with them too; so is the frozen round
    assert upload(luanchuan, "栾川 表格.xlsx", form).status_code == 303
    assert finding(latest(app, sid, "410324"), "CON-REPORT-01")["status"] == "fail"
    season_page = office.get(f"/office/seasons/{sid}").text
    assert office.post(f"/office/seasons/{sid}/freeze", data={"csrf": csrf_of(season_page)},
                       follow_redirects=False).status_code == 303
    frozen = json.loads(app.state.portal.frozen(sid)[0].record)
    con = next(f for f in frozen["findings"] if f["criterion"]["id"] == "CON-REPORT-01"
               and f["entity"]["code"] == "410324")
    assert con["status"] == "fail" and "10,395.52" in con["message_zh"]
    assert not frozen["errors"] and not record["errors"]


def test_rows_are_confirmed_and_rejected_one_by_one(app, walked):
    office, sid, links, luanchuan, _form = walked
    ids = fig_ids(send_report(luanchuan, "r.docx", docx_of(tune("luanchuan-2021"))).text)
    r = decide(luanchuan, "confirm", follow=False)
    assert r.status_code == 400 and "请先勾选" in r.text
    from checker.web import draft_store

    draft = draft_store.drafts(app.state.portal, sid, "410324")[0].id
    unitless = [f.id for f in draft_store.figures(app.state.portal, sid, "410324", draft) if f.kind == "fact" and f.reason]
    assert len(unitless) == 1 and unitless[0] not in ids
    r = decide(luanchuan, "confirm", ids[:2] + unitless, follow=False)
    assert r.status_code == 400 and "不能确认的" in r.text and "已确认" not in luanchuan.get("/county/report").text
    # 小学 2021 (10359.52) confirmed, then it and the first rejected; the rest stay drafts
    primary = fig_of(luanchuan.get("/county/report").text, "10359.52")
    page = decide(luanchuan, "confirm", [primary]).text
    assert page.count("已确认(计入核查)") == 1 and page.count("草稿(不计入)") == 19
    con = finding(latest(app, sid, "410324"), "CON-REPORT-01")
    assert con["status"] == "fail" and len(con["details"]) == 1
    page = decide(luanchuan, "reject", [primary, ids[0]]).text
    assert page.count("已否定") == 2 and "已确认(计入核查)" not in page
    # none confirmed any more: the re-check runs without a report
    assert finding(latest(app, sid, "410324"), "CON-REPORT-01")["status"] == "not_applicable"
    # a new report: its figures are drafts; the earlier report's decisions no longer count
    decide(luanchuan, "confirm_all")
    page = send_report(luanchuan, "r2.docx", docx_of(tune("luanchuan-2021"))).text
    assert page.count("草稿(不计入)") == 20 and "已确认" not in page
    assert upload(luanchuan, "f.xlsx", fill(luanchuan.get("/county/form.xlsx").content, FORM)).status_code == 303
    assert finding(latest(app, sid, "410324"), "CON-REPORT-01")["status"] == "not_applicable"
    # the office sees both reports and what was confirmed, read-only
    office_page = office.get(f"/office/seasons/{sid}/entities/410324/report").text
    # the earlier report: 17 confirmed at once after the two rejected, one never confirmable; the latest: drafts
    assert office_page.count("已确认(计入核查)") == 17 and office_page.count("已否定") == 2
    assert office_page.count("草稿(不计入)") == 21 and "较早的报告" in office_page
    assert 'name="fig"' not in office_page and "/county/report/decide" not in office_page
    assert office.get(f"/office/seasons/{sid}/entities/999999/report").status_code == 404
    assert office.get(f"/office/seasons/{sid + 1}/entities/410324/report").status_code == 404
    # in English on request: the indicator, the stage and the state in the reader's language
    english = luanchuan.get("/county/report?lang=en").text
    assert "Figures of the narrative report (draft)" in english and "general-budget education expenditure" in english
    assert "draft (does not count)" in english and "<td>小学</td>" not in english
    assert f"/office/seasons/{sid}/entities/410324/report" in office.get(f"/office/seasons/{sid}/entities/410324").text


def test_a_county_sees_and_decides_only_its_own_drafts(app, walked):
    office, sid, links, luanchuan, _form = walked
    ids = fig_ids(send_report(luanchuan, "r.docx", docx_of(tune("luanchuan-2021"))).text)
    qingtian = county_client(app, links["331121"])
    assert "/county/report" in qingtian.get("/county").text
    mine = send_report(qingtian, "青田.docx", docx_of(tune("qingtian-2022"))).text
    assert "10359.52" not in mine and "栾川" not in mine
    theirs = app.state.portal.t  # the ids in 栾川县's draft
    luanchuan_draft = re.search(r'name="draft" value="(\d+)"', luanchuan.get("/county/report").text).group(1)
    own_draft = re.search(r'name="draft" value="(\d+)"', mine).group(1)
    # another county's draft id, or its figures under one's own draft id: refused, nothing changed
    assert decide(qingtian, "confirm_all", draft=luanchuan_draft, follow=False).status_code == 404
    assert decide(qingtian, "confirm", ids[:3], draft=own_draft, follow=False).status_code == 404
    assert decide(qingtian, "reject", ids[:1] + fig_ids(mine)[:1], draft=own_draft, follow=False).status_code == 404
    assert luanchuan.get("/county/report").text.count("草稿(不计入)") == 20
    assert "已否定" not in qingtian.get("/county/report").text and theirs
    # a county never reaches the office's view of a county's reports
    r = qingtian.get(f"/office/seasons/{sid}/entities/410324/report", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/office/login")
    # 栾川县's figures were never checked into 青田县's findings (it has no form: nothing to re-check)
    assert app.state.portal.uploads(sid, "331121") == []
    # an earlier draft of one's own cannot be decided either: only the latest counts
    send_report(luanchuan, "r2.docx", docx_of(tune("luanchuan-2021")))
    assert decide(luanchuan, "confirm_all", draft=luanchuan_draft, follow=False).status_code == 404


def test_every_draft_form_needs_the_sessions_csrf_token(app, walked):
    office, sid, links, luanchuan, _form = walked
    body = docx_of(tune("luanchuan-2021"))
    for data in ({}, {"csrf": "x"}, {"csrf": csrf_of(office.get("/office").text)}):
        r = luanchuan.post("/county/report/upload", data=data, files={"file": ("r.docx", body)}, follow_redirects=False)
        assert r.status_code == 403
    from checker.web import draft_store

    assert draft_store.drafts(app.state.portal, sid, "410324") == []
    send_report(luanchuan, "r.docx", body)
    draft = draft_store.drafts(app.state.portal, sid, "410324")[0].id
    r = luanchuan.post("/county/report/decide", data={"draft": str(draft), "action": "confirm_all"},
                       follow_redirects=False)
    assert r.status_code == 403 and "已确认" not in luanchuan.get("/county/report").text


def test_a_quote_is_text_never_markup(app, walked):
    _office, _sid, _links, luanchuan, _form = walked
    text = tune("luanchuan-2021").replace("(教育事业费61554万元,", "(教育事业费61554万元,<script>alert(1)</script>")
    page = send_report(luanchuan, "r.docx", docx_of(text)).text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    r = luanchuan.get("/county/report")
    assert "script-src 'none'" in r.headers["content-security-policy"]


def test_the_extractors_limits_hold_before_a_byte_is_parsed(app, walked, monkeypatch):
    _office, sid, _links, luanchuan, _form = walked
    r = send_report(luanchuan, "report.exe", b"MZ...")
    assert r.status_code == 400 and ".docx, .pdf" in r.text
    # a zip bomb: a document.xml declared larger than the CLI lets a .docx unpack
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (17 << 20))
    r = send_report(luanchuan, "bomb.docx", bomb.getvalue())
    assert r.status_code == 400 and "未保存" in r.text
    r = send_report(luanchuan, "broken.docx", b"PK\x03\x04 not a zip at all")
    assert r.status_code == 400 and "未保存" in r.text
    r = send_report(luanchuan, "scan.pdf", b"%PDF-1.4\n%%EOF\n")
    assert r.status_code == 400 and "未保存" in r.text
    from checker.intake import safeyaml

    monkeypatch.setitem(safeyaml.MAX_BYTES_BY_SUFFIX, ".docx", 1000)
    r = send_report(luanchuan, "big.docx", docx_of(tune("luanchuan-2021")))
    assert r.status_code == 400 and "大小限制" in r.text
    from checker.web import draft_store

    assert draft_store.drafts(app.state.portal, sid, "410324") == []
    refused = [json.loads(a["detail"]) for a in _audit(app) if a["action"] == "upload.refused"]
    assert [d["kind"] for d in refused] == ["report"] * 5 and all(d.get("why") for d in refused)


def test_reports_share_the_forms_rate_limit_and_deadline(app, walked, monkeypatch):
    _office, sid, _links, luanchuan, form = walked
    monkeypatch.setattr(security, "RATE_MAX", 3)
    body = docx_of(tune("luanchuan-2021"))
    assert send_report(luanchuan, "r.docx", body, follow=False).status_code == 303  # the form was the first
    assert send_report(luanchuan, "r.docx", body, follow=False).status_code == 303
    assert send_report(luanchuan, "r.docx", body, follow=False).status_code == 429
    assert upload(luanchuan, "f.xlsx", form).status_code == 429
    from datetime import datetime, timezone

    monkeypatch.setattr(security, "RATE_MAX", 30)
    monkeypatch.setattr(security, "now_utc", lambda: datetime(2100, 1, 2, tzinfo=timezone.utc))
    assert send_report(luanchuan, "r.docx", body, follow=False).status_code == 403
    page = luanchuan.get("/county/report").text
    assert 'name="fig"' not in page and "截止" in page
    r = luanchuan.post("/county/report/decide", data={"csrf": csrf_of(page), "draft": "1", "action": "confirm_all"})
    assert r.status_code == 403


def test_the_command_line_takes_a_confirmed_draft_as_report(tmp_path):
    """`checker check FORM --report draft.yaml`: what `checker extract` wrote, checked as the portal
    checks it; unconfirmed (`confirmed: false`) it is only compared, confirmed it also counts, and a
    batch may carry one for each entity."""
    import subprocess
    import sys

    from checker.api import check
    from checker.web import work
    from checker.web.portal import Season

    form = tmp_path / "410324" / "form.xlsx"
    form.parent.mkdir()
    blank = work.filled_form(Season(1, "s", 2021, "2099-12-31", None, "初审"), "410324", "栾川县", "county", "central")
    form.write_bytes(fill(blank, FORM))
    (tmp_path / "report.txt").write_text(tune("luanchuan-2021"), encoding="utf-8")
    draft = subprocess.run([sys.executable, "-m", "checker", "extract", str(tmp_path / "report.txt"), "--entity",
                            "410324", "--period", "2021", "--name", "栾川县"], capture_output=True, text=True).stdout
    # the figure without a unit is left out, as the portal leaves it unconfirmable
    kept = [c for c in draft.split("\n  - indicator: ") if "value: 2709.16" not in c]
    draft = "\n  - indicator: ".join(kept)
    (tmp_path / "draft.yaml").write_text(draft, encoding="utf-8")
    (tmp_path / "confirmed.yaml").write_text(draft.replace("confirmed: false", "confirmed: true"), encoding="utf-8")

    def fund(report) -> list[str]:
        return [f.status.value for f in report.findings
                if any(getattr(e, "indicator", None) == "edu_general_budget_expenditure" for e in f.evidence)]

    drafted = check([form], reports=[tmp_path / "draft.yaml"])
    assert next(f for f in drafted.findings if f.criterion_id == "CON-REPORT-01").status.value == "fail"
    assert fund(drafted) == [] and not drafted.errors  # compared only: a draft never counts
    confirmed = check([form.parent], reports=[tmp_path / "confirmed.yaml"])  # keyed by its own entity
    assert next(f for f in confirmed.findings if f.criterion_id == "CON-REPORT-01").status.value == "fail"
    assert fund(confirmed) and "missing" not in fund(confirmed) and not confirmed.errors
