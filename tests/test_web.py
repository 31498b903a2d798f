"""The portal (`checker serve`), every page through a real ASGI client: the season walked as an
office and two counties use it, and the doors tried from the wrong side — another county's uploads,
findings and pages by id and URL, forms without their CSRF token, revoked links, files for another
entity, oversized and foreign files, uploads after the deadline or too fast."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timezone

import pytest


from openpyxl import load_workbook  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from checker.web import security  # noqa: E402
from checker.web.app import create_app  # noqa: E402

ROSTER = ("code,name,level,parent,region\n"
          "530300,曲靖市,prefecture,,west\n"
          "530322,陆良县<script>alert(1)</script>,county,530300,west\n")
PASSWORD = "correct horse battery"


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """The portal on SQLite, and on PostgreSQL as an office server runs it (as the store's tests
    decide: .pg/url or CHECKER_TEST_PG_URL; skipped without one locally, a failure under CI=true)."""
    from test_store import pg_url

    return str(tmp_path / "portal.db") if request.param == "sqlite" else pg_url()


@pytest.fixture
def app(store_url, monkeypatch):
    monkeypatch.delenv("CHECKER_SECRET", raising=False)
    app = create_app(store_url)
    app.state.portal.add_account("inspector", security.hash_password(PASSWORD), "省督导室", "2026-12-01T00:00:00Z")
    yield app
    app.state.checkers.close()
    app.state.portal.close()


def office_client(app) -> TestClient:
    client = TestClient(app)
    page = client.get("/office/login")
    assert client.post("/office/login", data={"username": "inspector", "password": PASSWORD,
                                              "csrf": csrf_of(page.text)}, follow_redirects=False).status_code == 303
    return client


def make_season(office: TestClient, deadline: str = "2099-12-31") -> int:
    page = office.get("/office")
    r = office.post("/office/seasons", data={"csrf": csrf_of(page.text), "name": "2021 履职自评", "period": "2021",
                                             "deadline": deadline},
                    files={"roster": ("roster.csv", ROSTER.encode("utf-8"), "text/csv")}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1])


def make_links(office: TestClient, sid: int) -> dict[str, str]:
    page = office.get(f"/office/seasons/{sid}")
    r = office.post(f"/office/seasons/{sid}/links", data={"csrf": csrf_of(page.text), "format": "html"})
    assert r.status_code == 200
    return dict(re.findall(r"<td>(\d{6})</td><td>[^<]*(?:&lt;[^<]*)*</td><td><code>http://testserver(/c/[^<]+)</code>",
                           r.text))


def county_client(app, path: str) -> TestClient:
    client = TestClient(app)
    r = client.get(path, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/county")
    return client


def fill(form: bytes, values: dict) -> bytes:
    """The downloaded form with figures typed in: {(indicator, stage, year): value}."""
    wb = load_workbook(io.BytesIO(form))
    ws = wb["数据"]
    rows = list(ws.iter_rows())
    head = next(n for n, r in enumerate(rows) if [c.value for c in r][:1] == ["indicator"])
    col = {c.value: i for i, c in enumerate(rows[head]) if c.value}
    for r in rows[head + 1:]:
        key = (r[col["indicator"]].value, r[col["stage"]].value, r[col["period"]].value)
        if key in values:
            r[col["value"]].value = values[key]
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def upload(client: TestClient, name: str, body: bytes, follow: bool = False):
    page = client.get("/county")
    return client.post("/county/upload", data={"csrf": csrf_of(page.text)}, files={"file": (name, body)},
                       follow_redirects=follow)


VOC = "per_student_general_budget_expenditure"


def test_a_season_walked_by_the_office_and_two_counties(app):
    office = office_client(app)
    sid = make_season(office)
    links = make_links(office, sid)
    assert set(links) == {"530300", "530322"}
    qujing, luliang = county_client(app, links["530300"]), county_client(app, links["530322"])

    home = qujing.get("/county")
    assert "曲靖市" in home.text and "陆良县" not in home.text
    form = qujing.get("/county/form.xlsx")
    assert form.headers["content-type"].startswith("application/vnd.openxmlformats")
    entity = {r[0].value: r[3].value for r in load_workbook(io.BytesIO(form.content))["单位"].iter_rows()}
    assert (entity["entity_code"], entity["entity_name"], entity["period"]) == ("530300", "曲靖市", 2021)

    # one mistake: 中职 2021 below 2020 (只增不减); the finding names the rule, the figures and the cell
    wrong = fill(form.content, {(VOC, "vocational", 2021): "10007.75", (VOC, "vocational", 2020): "10071.80"})
    assert upload(qujing, "曲靖 表格.xlsx", wrong).status_code == 303
    page = qujing.get("/county").text
    assert "需要处理" in page and "10,007.75" in page and "不达标" in page
    assert "{'entity'" not in page and "{&#39;entity" not in page  # findings as rows, never as raw records
    assert 'class="problems"' not in page  # the page's error list stays empty: nothing went wrong
    assert "<td>中职</td>" in page and "<td>vocational</td>" not in page  # stages in the reader's language
    assert re.search(r"<code>数据!G\d+</code>", page)  # a missing figure's cell to fill
    # fixed and uploaded again: that finding passes; the earlier upload is still listed
    right = fill(form.content, {(VOC, "vocational", 2021): "10107.75", (VOC, "vocational", 2020): "10071.80"})
    assert upload(qujing, "曲靖 表格.xlsx", right).status_code == 303
    page = qujing.get("/county").text
    assert "10,007.75" not in page and "此前的上传" in page
    ups = app.state.portal.uploads(sid, "530300")
    record = json.loads(app.state.portal.upload(sid, "530300", ups[0].id).record)
    voc = [f for f in record["findings"] if f["criterion"]["id"] == "DUT-FUND-02" and f["stage"] == "vocational"]
    assert [f["status"] for f in voc] == ["pass"]
    assert record["inputs"][0]["file"] == "曲靖 表格.xlsx"  # places read relative to the county's own file

    # the office sees who submitted, freezes 初审; the next round opens
    season = office.get(f"/office/seasons/{sid}").text
    assert "1/2" in season and "未报送" in season
    # the dashboard names criteria and provinces (ids and codes beside them), in the reader's language
    assert re.search(r'<td title="DUT-[A-Z0-9-]+">[^<]*[\u4e00-\u9fff]', season) and "<td title=\"53\">云南省</td>" in season
    english = office.get(f"/office/seasons/{sid}?lang=en").text
    assert "<td title=\"53\">Yunnan</td>" in english and re.search(r'<td title="DUT-[A-Z0-9-]+">[A-Z][a-z]', english)
    office.get(f"/office/seasons/{sid}?lang=zh")
    assert office.post(f"/office/seasons/{sid}/freeze", data={"csrf": csrf_of(season)},
                       follow_redirects=False).status_code == 303
    assert app.state.portal.season(sid).round_label == "复审"
    frozen = app.state.portal.frozen(sid)
    record = json.loads(frozen[0].record)
    assert [m["code"] for m in record["roster"]["missing_submissions"]] == ["530322"]
    # each county's own record of the round, cut from the batch's report: its findings, its summary
    own = json.loads(app.state.portal.county_round(sid, "530300", frozen[0].id))
    assert {f["entity"]["code"] for f in own["findings"]} == {"530300"} and own["roster"] is None
    assert own["summary"]["entities"] == 1 and own["summary"]["findings"] == len(own["findings"])
    assert [i["file"] for i in own["inputs"]] == ["530300/曲靖 表格.xlsx"]
    assert app.state.portal.county_round(sid, "530322", frozen[0].id) is None
    # the round is in the history store under the season's name
    from checker.store.rounds import Store

    store = Store(app.state.url)
    assert [r["name"] for r in store.rounds()] == ["2021 履职自评-初审"]
    store.close()

    # the county sees its frozen result; 陆良县 sees nothing of 曲靖
    assert "已冻结轮次的结果" in qujing.get("/county").text
    mine = qujing.get(f"/county/rounds/{frozen[0].id}/report.html")
    assert mine.status_code == 200 and "曲靖市" in mine.text
    theirs = luliang.get(f"/county/rounds/{frozen[0].id}/report.html")  # it submitted nothing: no record
    assert theirs.status_code == 404 and "530300" not in theirs.text and "曲靖" not in theirs.text
    assert "本轮未报送" in luliang.get("/county").text
    for upload_id in (u.id for u in ups):
        assert luliang.get(f"/county/uploads/{upload_id}/report.html").status_code == 404
    assert "曲靖" not in luliang.get("/county").text

    # downloads of the frozen round
    for kind, kind_type in (("report.html", "text/html"), ("report.xlsx", "application/vnd.openxmlformats"),
                            ("report.json", "application/json"), ("counties.zip", "application/zip")):
        r = office.get(f"/office/seasons/{sid}/rounds/{frozen[0].id}/{kind}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(kind_type), kind
    import zipfile

    names = zipfile.ZipFile(io.BytesIO(office.get(f"/office/seasons/{sid}/rounds/{frozen[0].id}/counties.zip")
                                       .content)).namelist()
    assert names == ["530300-曲靖市.html"]


def test_counties_cannot_reach_office_pages_or_each_other(app):
    office = office_client(app)
    sid = make_season(office)
    links = make_links(office, sid)
    qujing, luliang = county_client(app, links["530300"]), county_client(app, links["530322"])
    upload(qujing, "qujing.yaml", _qujing_yaml())
    up = app.state.portal.uploads(sid, "530300")[0]
    for path in ("/office", f"/office/seasons/{sid}", f"/office/seasons/{sid}/entities/530300",
                 f"/office/seasons/{sid}/entities/530300/uploads/{up.id}/report.html"):
        r = luliang.get(path, follow_redirects=False)
        assert (r.status_code, r.headers.get("location")) == (303, "/office/login"), path
    home = luliang.get("/county").text
    r = luliang.post(f"/office/seasons/{sid}/freeze", data={"csrf": csrf_of(home)}, follow_redirects=False)
    assert r.headers.get("location") == "/office/login" and not app.state.portal.frozen(sid)
    # an id of the other county's upload, under any route a county has
    assert luliang.get(f"/county/uploads/{up.id}/report.html").status_code == 404
    # a session cookie forged or edited is not a session
    forged = TestClient(app)
    forged.cookies.set("checker_session", "eyJsaW5rIjogMX0=.forged.sig")
    assert forged.get("/county").status_code == 403
    # an unknown or revoked link
    assert TestClient(app).get("/c/not-a-token", follow_redirects=False).status_code == 403
    link_id = next(lk.id for lk in app.state.portal.links(sid) if lk.code == "530322")
    page = office.get(f"/office/seasons/{sid}")
    office.post(f"/office/seasons/{sid}/links/{link_id}/revoke", data={"csrf": csrf_of(page.text)})
    assert luliang.get("/county").status_code == 403
    assert TestClient(app).get(links["530322"], follow_redirects=False).status_code == 403


def test_every_form_needs_its_own_sessions_csrf_token(app):
    office = office_client(app)
    sid = make_season(office)
    other = office_client(app)
    foreign = csrf_of(other.get("/office").text)
    for data in ({}, {"csrf": "x"}, {"csrf": foreign}):
        r = office.post(f"/office/seasons/{sid}/freeze", data=data, follow_redirects=False)
        assert r.status_code == 403
    assert not app.state.portal.frozen(sid)
    login = TestClient(app)
    r = login.post("/office/login", data={"username": "inspector", "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403


def test_log_in_refuses_a_wrong_password_and_an_unknown_user_alike(app):
    for user, password in (("inspector", "wrong password"), ("nobody", PASSWORD)):
        client = TestClient(app)
        page = client.get("/office/login")
        r = client.post("/office/login", data={"username": user, "password": password, "csrf": csrf_of(page.text)},
                        follow_redirects=False)
        assert r.status_code == 401 and "用户名或密码不正确" in r.text
        assert client.get("/office", follow_redirects=False).headers["location"] == "/office/login"


def test_uploads_for_another_entity_foreign_files_and_oversized_files_are_refused(app, monkeypatch):
    office = office_client(app)
    sid = make_season(office)
    luliang = county_client(app, make_links(office, sid)["530322"])
    r = upload(luliang, "qujing.yaml", _qujing_yaml(), follow=True)
    assert r.status_code == 400 and "530300" in r.text and "未保存" in r.text
    r = upload(luliang, "report.exe", b"MZ...", follow=True)
    assert r.status_code == 400 and ".xlsx" in r.text
    monkeypatch.setitem(security.UPLOAD_SUFFIXES, ".yaml", 100)
    r = upload(luliang, "big.yaml", b"#" * 200, follow=True)
    assert r.status_code == 400 and "大小限制" in r.text
    assert app.state.portal.uploads(sid, "530322") == []
    actions = [a for a in _audit(app) if a["action"] == "upload.refused"]
    assert len(actions) == 3


def test_uploads_stop_at_the_deadline_in_the_offices_time_zone_and_are_rate_limited(app, monkeypatch):
    office = office_client(app)
    sid = make_season(office, deadline="2026-12-06")
    qujing = county_client(app, make_links(office, sid)["530300"])
    # 2026-12-06 16:30 UTC is 2026-12-07 00:30 in Beijing: closed
    monkeypatch.setattr(security, "now_utc", lambda: datetime(2026, 12, 6, 16, 30, tzinfo=timezone.utc))
    r = upload(qujing, "qujing.yaml", _qujing_yaml(), follow=True)
    assert r.status_code == 403 and "2026-12-06" in r.text
    monkeypatch.setattr(security, "now_utc", lambda: datetime(2026, 12, 6, 15, 30, tzinfo=timezone.utc))
    monkeypatch.setattr(security, "RATE_MAX", 2)
    assert [upload(qujing, "qujing.yaml", _qujing_yaml()).status_code for _ in range(3)] == [303, 303, 429]
    assert len(app.state.portal.uploads(sid, "530300")) == 2


def test_county_text_is_never_markup_and_every_page_carries_the_headers(app):
    office = office_client(app)
    sid = make_season(office)
    page = office.get(f"/office/seasons/{sid}")
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    for r in (page, office.get("/office"), TestClient(app).get("/office/login")):
        assert "script-src 'none'" in r.headers["content-security-policy"]
        assert r.headers["referrer-policy"] == "no-referrer" and r.headers["x-frame-options"] == "DENY"
    cookie = office.cookies.jar
    assert any(c.name == "checker_session" for c in cookie)
    raw = TestClient(app).get("/office/login").headers["set-cookie"]
    assert "httponly" in raw.lower() and "samesite=lax" in raw.lower() and "secure" not in raw.lower()


def test_behind_tls_the_session_cookie_is_secure(tmp_path):
    app = create_app(str(tmp_path / "p.db"), secure=True)
    raw = TestClient(app, base_url="https://testserver").get("/office/login").headers["set-cookie"]
    assert "secure" in raw.lower()
    app.state.portal.close()


def test_the_session_secret_is_made_once_and_kept_in_the_database(store_url, monkeypatch):
    monkeypatch.delenv("CHECKER_SECRET", raising=False)
    first = create_app(store_url)
    secret = first.state.portal.secret(lambda: "never used")
    second = create_app(store_url)
    assert second.state.portal.secret(lambda: "never used") == secret and len(secret) >= 48
    first.state.portal.close()
    second.state.portal.close()


def test_pages_speak_english_on_request(app):
    client = TestClient(app)
    assert "Office log-in" in client.get("/office/login?lang=en").text
    assert "Office log-in" in client.get("/office/login").text  # remembered in the session
    assert "督导室登录" in TestClient(app).get("/office/login").text


def _qujing_yaml() -> bytes:
    from conftest import SUBMISSIONS

    return (SUBMISSIONS / "qujing-2021.yaml").read_bytes()


def _audit(app) -> list[dict]:
    from sqlalchemy import select

    a = app.state.portal.t["audit"]
    with app.state.portal.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(a).order_by(a.c.id))]


def test_the_county_page_reads_its_uploads_summary_not_its_record(app):
    """The page after an upload is made from the small summary kept with it (its problems, binding
    first, and the cells to fill); the record, tens of kilobytes, is read only for the full report."""
    from sqlalchemy import update

    office = office_client(app)
    sid = make_season(office)
    qujing = county_client(app, make_links(office, sid)["530300"])
    assert upload(qujing, "qujing.yaml", _qujing_yaml()).status_code == 303
    before = qujing.get("/county").text
    u = app.state.portal.t["uploads"]
    with app.state.portal.engine.begin() as conn:
        conn.execute(update(u).values(record="{}"))
    after = qujing.get("/county").text
    assert after == before and "需要处理" in after and "不达标" in after
    todo = json.loads(app.state.portal.uploads(sid, "530300")[0].summary)["todo"]
    severities = [f["severity"] for f in todo]
    assert severities == sorted(severities, key=lambda s: s != "blocking") and todo[0]["status"] in ("error", "fail")


def test_several_server_processes_make_the_same_app_from_the_environment(store_url, monkeypatch):
    """`checker serve --workers N`: each process builds its app from the store URL alone."""
    from checker.web import serve

    monkeypatch.setenv(serve.STORE_VARIABLE, store_url)
    monkeypatch.setenv(serve.SECURE_VARIABLE, "1")
    monkeypatch.delenv("CHECKER_SECRET", raising=False)
    one, two = serve.app_from_environment(), serve.app_from_environment()
    try:
        assert one.state.url == two.state.url
        assert one.state.portal.secret(lambda: "never") == two.state.portal.secret(lambda: "never")
        raw = TestClient(one, base_url="https://testserver").get("/office/login").headers["set-cookie"]
        assert "secure" in raw.lower()
    finally:
        for app in (one, two):
            app.state.portal.close()


def test_a_sqlite_portal_writes_ahead(tmp_path):
    app = create_app(str(tmp_path / "p.db"))
    with app.state.portal.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    app.state.portal.close()
