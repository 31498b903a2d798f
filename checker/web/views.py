"""The portal's pages: the office (accounts, seasons, links, the dashboard, rounds, waivers,
downloads) and the county (its link, its form, its uploads and findings). Thin: who is asking comes
from checker/web/permissions.py, what is stored from checker/web/portal.py, every verdict from the
checker itself (checker/web/work.py); a view only reads the request, calls them and renders a
template beside it (checker/web/templates/)."""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from checker.i18n import text
from checker.report.render.common import province_label
from checker.web import permissions, security, work
from checker.web.permissions import Denied
from checker.web.portal import ROUND_LABELS, Portal

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class RowId(Convertor):
    """A row id in a path (`{uid:id}`): digits, read as an int; one no integer column holds (past
    2^31 - 1, PostgreSQL's integer) reads as 0, which no row has, so the page is 404, not a database error."""

    regex = "[0-9]{1,10}"

    def convert(self, value: str) -> int:
        number = int(value)
        return number if number < 2 ** 31 else 0

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("id", RowId())


class Headers:
    """Security headers on every response (pure ASGI middleware: streaming responses untouched)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def sending(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-security-policy"
                           or b"script-src 'sha256-" in v]
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", security.content_security_policy().encode()))
                headers += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                            (b"x-frame-options", b"DENY"), (b"cache-control", b"no-store")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, sending)


# -- helpers -------------------------------------------------------------------------------------

def _portal(request: Request) -> Portal:
    return request.app.state.portal


def _lang(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in ("zh", "en"):
        request.session["lang"] = asked
    if request.session.get("lang") in ("zh", "en"):
        return request.session["lang"]
    return "en" if request.headers.get("accept-language", "").lower().startswith("en") else "zh"


def page(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    lang = _lang(request)
    env = request.app.state.templates
    body = env.get_template(template).render(
        _=lambda key, **kw: text(key, lang, **kw), lang=lang, csrf=security.csrf_token(request.session),
        local_time=security.local_time, **context)
    return HTMLResponse(body, status_code=status_code)


def report_page(html: bytes) -> Response:
    """A report rendered by the checker's HTML renderer: its one script allowed by hash, nothing else."""
    hashes = security.script_hashes(html.decode("utf-8"))
    return Response(html, media_type="text/html; charset=utf-8",
                    headers={"content-security-policy": security.content_security_policy(hashes)})


def download(body: bytes, filename: str, media_type: str) -> Response:
    from urllib.parse import quote

    return Response(body, media_type=media_type,
                    headers={"content-disposition": f"attachment; filename*=UTF-8''{quote(filename)}"})


async def _form(request: Request, max_size: int = 64 << 10):
    """The posted form, its CSRF token checked; files up to `max_size` bytes."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_size + (64 << 10):
        raise HTTPException(413)
    # the body read up to the limit whatever its Content-Length says (a chunked body has none): the
    # form parser keeps file parts on disk without a bound of its own
    body, cap = bytearray(), max_size + (64 << 10)
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise HTTPException(413)
    request._body = bytes(body)  # what request.form() parses (Starlette reads a kept body first)
    del body
    form = await request.form(max_files=1, max_fields=50, max_part_size=max_size)
    request._body = b""  # parsed: its file parts are in the form (on disk past 1 MiB); one copy in memory at most
    if not security.csrf_ok(request.session, form.get("csrf")):
        raise HTTPException(403, "csrf")
    return form


def _now() -> str:
    return security.stamp(security.now_utc())


def _season_or_404(portal: Portal, season_id: int):
    season = portal.season(season_id)
    if season is None:
        raise HTTPException(404)
    return season


# -- office --------------------------------------------------------------------------------------

async def home(request: Request):
    return RedirectResponse("/office", status_code=303)


async def login(request: Request):
    portal = _portal(request)
    if request.method == "GET":
        return page(request, "login.html")
    form = await _form(request)
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    since = security.stamp(security.now_utc() - security.LOGIN_WINDOW)
    if await run_in_threadpool(portal.failed_logins_since, username, since) >= security.LOGIN_MAX:
        # the same answer for a name that exists and one that does not; the password not even tried
        await run_in_threadpool(portal.audit, _now(), f"login:{username[:100]}", "login.throttled", None, None, {})
        return page(request, "login.html", status_code=429, throttled=True,
                    minutes=int(security.LOGIN_WINDOW.total_seconds() // 60))
    row = await run_in_threadpool(portal.account_by_name, username)
    ok = row is not None and await run_in_threadpool(security.verify_password, row.password_hash, password)
    if not ok:
        if row is None:
            await run_in_threadpool(security.dummy_verify, password)
        await run_in_threadpool(portal.audit, _now(), f"login:{username[:100]}", "login.failed", None, None, {})
        return page(request, "login.html", status_code=401, failed=True)
    lang = request.session.get("lang")
    request.session.clear()  # a new session: no fixation
    mark = await run_in_threadpool(portal.session_mark, row.id)
    request.session.update({"account": row.id, "mark": mark, **({"lang": lang} if lang else {})})
    await run_in_threadpool(portal.audit, _now(), f"account:{row.id}", "login", None, None, {})
    return RedirectResponse("/office", status_code=303)


async def logout(request: Request):
    """Every session of the account ends, a copied cookie included (permissions.office checks the mark)."""
    await _form(request)
    who = permissions.office(_portal(request), request.session)
    if who is not None:
        await run_in_threadpool(_portal(request).end_sessions, who.account_id, security.new_token(), _now())
    request.session.clear()
    return RedirectResponse("/office/login", status_code=303)


async def office_home(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    return page(request, "office.html", who=who, seasons=portal.seasons())


async def season_create(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    form = await _form(request, max_size=4 << 20)
    name = str(form.get("name", "")).strip()
    period, deadline = str(form.get("period", "")).strip(), str(form.get("deadline", "")).strip()
    criteria = str(form.get("criteria", "")).strip() or None
    problems = []
    if not name or len(name) > 100:
        problems.append(text("web.season_name_needed", _lang(request)))
    if not (period.isdigit() and 1990 <= int(period) <= 2100):
        problems.append(text("web.season_period_needed", _lang(request)))
    if not _is_date(deadline):
        problems.append(text("web.season_deadline_needed", _lang(request)))
    if criteria:
        try:
            from checker.rules.library import load_packs

            load_packs(criteria)
        except Exception:  # noqa: BLE001 - any pack problem: say which name was refused
            problems.append(text("web.season_criteria_unknown", _lang(request), criteria=criteria))
    roster, roster_errors = await _roster(form.get("roster"))
    problems += [e.render(_lang(request)) for e in roster_errors]
    if not roster and not roster_errors:
        problems.append(text("web.season_roster_needed", _lang(request)))
    if name and any(s.name == name for s in portal.seasons()):
        problems.append(text("web.season_exists", _lang(request), name=name))
    if problems:
        return page(request, "office.html", status_code=400, who=who, seasons=portal.seasons(), problems=problems)
    sid = await run_in_threadpool(portal.add_season, name, int(period), deadline, criteria, roster, who.account_id,
                                  _now())
    return RedirectResponse(f"/office/seasons/{sid}", status_code=303)


def _is_date(value: str) -> bool:
    from datetime import date

    try:
        return len(value) == 10 and bool(date.fromisoformat(value))
    except ValueError:
        return False


async def _roster(upload) -> tuple[list[dict], list]:
    from checker.intake.roster import load_roster

    if upload is None or not hasattr(upload, "read"):
        return [], []
    data = await upload.read()
    with tempfile.TemporaryDirectory(prefix="checker-roster-") as folder:
        path = Path(folder) / "roster.csv"
        path.write_bytes(data)
        entries, errors = load_roster(path)
    rows = [{"code": e["code"], "name": e["name"], "level": e["level"] or "county", "region": e.get("region") or None}
            for e in entries]
    return rows, errors


async def season_view(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    roster = portal.roster(season.id)
    latest = {u.code: u for u in portal.latest_uploads(season.id, season.round_label)}
    links = {}
    for lk in portal.links(season.id):
        if lk.revoked_at is None:
            links[lk.code] = lk
    lang = _lang(request)
    rows, by_criterion, by_province = [], {}, {}
    for entry in roster:
        up = latest.get(entry.code)
        summary = json.loads(up.summary) if up else None
        if summary is not None and "blocking_criteria" not in summary:  # stored before summaries kept them
            summary = work.summary_of(json.loads(up.record))
        rows.append({"entry": entry, "upload": up, "summary": summary, "link": links.get(entry.code)})
        for cid, problem in (summary or {}).get("blocking_criteria", {}).items():
            row = by_criterion.setdefault(cid, {"id": cid, "title": problem[lang], "n": 0})
            row["n"] += problem["n"]
            by_province[entry.code[:2]] = by_province.get(entry.code[:2], 0) + problem["n"]
    frozen = portal.rounds(season.id)
    provinces = [{"code": p, "name": province_label(p, lang), "n": n} for p, n in sorted(by_province.items())]
    return page(request, "season.html", who=who, season=season, rows=rows, frozen=frozen,
                submitted=sum(1 for r in rows if r["upload"]), by_criterion=sorted(by_criterion.values(),
                                                                                  key=lambda r: r["id"]),
                by_province=provinces, waivers=portal.waivers(season.id),
                past_deadline=security.past_deadline(season.deadline, security.now_utc()))


async def links_create(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    form = await _form(request)
    chosen = set(form.getlist("code"))
    roster = {e.code: e for e in portal.roster(season.id)}
    active = {lk.code for lk in portal.links(season.id) if lk.revoked_at is None}
    codes = sorted(c for c in (chosen or set(roster) - active) if c in roster)
    tokens = {code: security.new_token() for code in codes}
    await run_in_threadpool(portal.add_links, season.id, {c: security.token_hash(t) for c, t in tokens.items()},
                            who.account_id, _now())
    base = str(request.base_url).rstrip("/")
    handed = [{"code": c, "name": roster[c].name, "url": f"{base}/c/{tokens[c]}"} for c in codes]
    if form.get("format") == "xlsx":
        return download(_links_workbook(season, handed, _lang(request)), f"{season.name}-links.xlsx", XLSX)
    return page(request, "links.html", who=who, season=season, handed=handed)


def _links_workbook(season, handed: list[dict], lang: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = text("web.links_sheet", lang)
    ws.append([text("web.code", lang), text("web.name", lang), text("web.link", lang)])
    for h in handed:
        ws.append([h["code"], h["name"], h["url"]])
    for col, width in zip("ABC", (10, 24, 90)):
        ws.column_dimensions[col].width = width
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


async def link_revoke(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    await _form(request)
    await run_in_threadpool(portal.revoke_link, season.id, request.path_params["lid"], who.account_id, _now())
    return RedirectResponse(f"/office/seasons/{season.id}", status_code=303)


async def entity_view(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    entry = portal.roster_entry(season.id, request.path_params["code"])
    if entry is None:
        raise HTTPException(404)
    uploads = portal.uploads(season.id, entry.code)
    return page(request, "entity.html", who=who, season=season, entry=entry, uploads=uploads,
                summaries={u.id: json.loads(u.summary) for u in uploads})


async def office_upload_report(request: Request):
    portal = _portal(request)
    permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    return await _upload_page(request, portal, season.id, request.path_params["code"])


async def _upload_page(request: Request, portal: Portal, season_id: int, code: str) -> Response:
    """An upload's findings as the checker's HTML report; only an upload of this season and county."""
    record = portal.upload_record(season_id, code, request.path_params["uid"])
    if record is None:
        raise HTTPException(404)
    return report_page(await run_in_threadpool(work.render_record, json.loads(record), "html", _lang(request)))


async def freeze(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    await _form(request)
    uploads = portal.latest_uploads(season.id, season.round_label)
    store_round = f"{season.name}-{season.round_label}"
    waivers = [{"entity": w.code, "period": season.period, "criterion": w.criterion, "stage": w.stage,
                "reason": w.reason, "approver": w.approver, "expires": w.expires} for w in portal.waivers(season.id)]
    try:
        from checker.web import draft_store

        reports = draft_store.confirmed_by_county(portal, season.id, [u.code for u in uploads])
        frozen = await run_in_threadpool(work.freeze, request.app.state.url, season, uploads,
                                         portal.roster(season.id), waivers, store_round, reports)
    except work.CheckFailed:
        raise HTTPException(500)
    done = len(portal.rounds(season.id)) + 1
    next_label = ROUND_LABELS[1] if done == 1 else f"{ROUND_LABELS[1]}{done}"
    await run_in_threadpool(portal.freeze, season, store_round, frozen.record, frozen.counties, next_label,
                            who.account_id, _now())
    return RedirectResponse(f"/office/seasons/{season.id}", status_code=303)


def _frozen_round(portal: Portal, season, round_id: int):
    found = next((r for r in portal.frozen(season.id) if r.id == round_id), None)
    if found is None:
        raise HTTPException(404)
    return found


async def round_download(request: Request):
    portal = _portal(request)
    permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    frozen = _frozen_round(portal, season, request.path_params["rid"])
    record, lang, kind = json.loads(frozen.record), _lang(request), request.path_params["kind"]
    name = f"{frozen.store_round}"
    if kind == "report.html":
        return report_page(await run_in_threadpool(work.render_record, record, "html", lang))
    if kind == "report.xlsx":
        return download(await run_in_threadpool(work.render_record, record, "xlsx", lang), f"{name}.xlsx", XLSX)
    if kind == "report.json":
        return download(json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"), f"{name}.json",
                        "application/json")
    if kind == "counties.zip":
        records = [(c.code, c.name or c.code, c.record) for c in portal.round_counties(season.id, frozen.id)]
        return download(await run_in_threadpool(work.split_zip, records, lang), f"{name}.zip", "application/zip")
    raise HTTPException(404)


async def round_diff(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    frozen = portal.rounds(season.id)
    if len(frozen) < 2:
        return page(request, "message.html", who=who, season=season, message=text("web.diff_needs_two", _lang(request)))
    html = await run_in_threadpool(work.round_diff, request.app.state.url, frozen[-2].store_round,
                                   frozen[-1].store_round, _lang(request))
    return report_page(html.encode("utf-8"))


async def waiver_add(request: Request):
    portal = _portal(request)
    who = permissions.require_office(portal, request.session)
    season = _season_or_404(portal, request.path_params["sid"])
    form = await _form(request)
    row = {k: str(form.get(k, "")).strip() for k in ("code", "criterion", "stage", "reason", "approver", "expires")}
    row["stage"] = row["stage"] or None
    lang = _lang(request)
    problems = [text("web.waiver_field_needed", lang, field=k) for k in ("code", "criterion", "reason", "approver")
                if not row[k]]
    if not _is_date(row["expires"]):
        problems.append(text("web.waiver_expires_needed", lang))
    if row["code"] and portal.roster_entry(season.id, row["code"]) is None:
        problems.append(text("web.waiver_not_on_roster", lang, code=row["code"]))
    if problems:
        return page(request, "message.html", status_code=400, who=who, season=season, problems=problems)
    await run_in_threadpool(portal.add_waiver, season.id, row, who.account_id, _now())
    return RedirectResponse(f"/office/seasons/{season.id}", status_code=303)


# -- county --------------------------------------------------------------------------------------

async def county_enter(request: Request):
    """A county's link: the token opens a session for that county and is dropped from the address."""
    portal = _portal(request)
    link = portal.link_by_token_hash(security.token_hash(request.path_params["token"]))
    if link is None:
        raise Denied("county")
    lang = request.session.get("lang")
    request.session.clear()
    request.session.update({"link": link.id, **({"lang": lang} if lang else {})})
    return RedirectResponse("/county", status_code=303)


async def county_home(request: Request):
    portal = _portal(request)
    who = permissions.require_county(portal, request.session)
    uploads = portal.uploads(who.season.id, who.code)
    latest = uploads[0] if uploads else None
    summary = json.loads(latest.summary) if latest else None
    if summary is not None and "todo" not in summary:  # stored before uploads kept their page's part
        summary = work.summary_of(json.loads(portal.upload_record(who.season.id, who.code, latest.id)))
    mine = {r.id: json.loads(r.summary) for r in portal.county_rounds(who.season.id, who.code)}
    frozen = [(r, mine.get(r.id)) for r in portal.rounds(who.season.id)]  # None: it submitted nothing that round
    return page(request, "county.html", who=who, season=who.season, uploads=uploads, latest=latest, summary=summary,
                frozen=frozen, closed=security.past_deadline(who.season.deadline, security.now_utc()))


async def county_form(request: Request):
    portal = _portal(request)
    who = permissions.require_county(portal, request.session)
    body = await run_in_threadpool(work.filled_form, who.season, who.code, who.name, who.level, who.region)
    return download(body, f"{who.code}-{who.season.period}.xlsx", XLSX)


async def county_upload(request: Request):
    portal = _portal(request)
    who = permissions.require_county(portal, request.session)
    lang = _lang(request)
    since = security.stamp(security.now_utc() - security.RATE_WINDOW)
    if portal.uploads_since(who.link.id, since) >= security.RATE_MAX:
        return page(request, "message.html", status_code=429, who=who, season=who.season,
                    problems=[text("web.upload_rate", lang)])
    if security.past_deadline(who.season.deadline, security.now_utc()):
        return page(request, "message.html", status_code=403, who=who, season=who.season,
                    problems=[text("web.upload_closed", lang, deadline=who.season.deadline)])
    try:
        form = await _form(request, max_size=security.UPLOAD_MAX)
    except HTTPException as exc:
        if exc.status_code != 413:
            raise
        await run_in_threadpool(portal.audit, _now(), who.actor, "upload.refused", who.season.id, who.code,
                                {"why": "web.upload_too_large"})  # counted by the rate limit like any upload
        return page(request, "message.html", status_code=413, who=who, season=who.season,
                    problems=[text("web.upload_too_large", lang)])
    upload = form.get("file")
    if upload is None or not hasattr(upload, "read"):
        return page(request, "message.html", status_code=400, who=who, season=who.season,
                    problems=[text("web.upload_needed", lang)])
    suffix = Path(upload.filename or "").suffix.lower()
    limit = security.UPLOAD_SUFFIXES.get(suffix)
    content = await upload.read()
    if limit is None or len(content) > limit:
        key = "web.upload_suffix" if limit is None else "web.upload_too_large"
        await run_in_threadpool(portal.audit, _now(), who.actor, "upload.refused", who.season.id, who.code,
                                {"filename": upload.filename, "size": len(content), "why": key})
        return page(request, "message.html", status_code=400, who=who, season=who.season,
                    problems=[text(key, lang, suffixes=", ".join(security.UPLOAD_SUFFIXES))])
    filename = work.safe_filename(upload.filename or "", who.code, suffix)
    try:
        from checker.web import draft_store  # the county's confirmed report figures count in every check

        code, record, summary, codes = await run_in_threadpool(request.app.state.checkers.check, who.season,
                                                               filename, content,
                                                               draft_store.confirmed(portal, who.season.id, who.code))
    except work.CheckFailed:
        return page(request, "message.html", status_code=500, who=who, season=who.season,
                    problems=[text("web.check_failed", lang)])
    others = codes - {who.code}
    if others:
        await run_in_threadpool(portal.audit, _now(), who.actor, "upload.refused", who.season.id, who.code,
                                {"filename": filename, "entities": sorted(others)})
        return page(request, "message.html", status_code=400, who=who, season=who.season,
                    problems=[text("web.upload_other_entity", lang, found=", ".join(sorted(others)), code=who.code)])
    sha = hashlib.sha256(content).hexdigest()
    await run_in_threadpool(portal.add_upload, who.link, who.season.round_label, filename, sha, content, _now(), code,
                            record, summary)
    return RedirectResponse("/county", status_code=303)


async def county_upload_report(request: Request):
    portal = _portal(request)
    who = permissions.require_county(portal, request.session)
    return await _upload_page(request, portal, who.season.id, who.code)


async def county_round_report(request: Request):
    portal = _portal(request)
    who = permissions.require_county(portal, request.session)
    record = portal.county_round(who.season.id, who.code, request.path_params["rid"])
    if record is None:
        raise HTTPException(404)
    return report_page(await run_in_threadpool(work.render_record, json.loads(record), "html", _lang(request)))


async def county_logout(request: Request):
    await _form(request)
    request.session.clear()
    return page(request, "message.html", message=text("web.county_logged_out", _lang(request)))


# -- errors --------------------------------------------------------------------------------------

async def denied(request: Request, exc: Denied):
    if exc.who == "office":
        return RedirectResponse("/office/login", status_code=303)
    return page(request, "message.html", status_code=403, problems=[text("web.link_invalid", _lang(request))])


async def http_error(request: Request, exc: HTTPException):
    key = {403: "web.forbidden", 404: "web.not_found", 413: "web.upload_too_large"}.get(exc.status_code, "web.error")
    return page(request, "message.html", status_code=exc.status_code, problems=[text(key, _lang(request))])


def handlers() -> dict:
    return {Denied: denied, HTTPException: http_error}


def routes() -> list[Route]:
    return [
        Route("/", home),
        Route("/office/login", login, methods=["GET", "POST"]),
        Route("/office/logout", logout, methods=["POST"]),
        Route("/office", office_home),
        Route("/office/seasons", season_create, methods=["POST"]),
        Route("/office/seasons/{sid:id}", season_view),
        Route("/office/seasons/{sid:id}/links", links_create, methods=["POST"]),
        Route("/office/seasons/{sid:id}/links/{lid:id}/revoke", link_revoke, methods=["POST"]),
        Route("/office/seasons/{sid:id}/entities/{code}", entity_view),
        Route("/office/seasons/{sid:id}/entities/{code}/uploads/{uid:id}/report.html", office_upload_report),
        Route("/office/seasons/{sid:id}/freeze", freeze, methods=["POST"]),
        Route("/office/seasons/{sid:id}/rounds/{rid:id}/{kind}", round_download),
        Route("/office/seasons/{sid:id}/diff", round_diff),
        Route("/office/seasons/{sid:id}/waivers", waiver_add, methods=["POST"]),
        Route("/c/{token}", county_enter),
        Route("/county", county_home),
        Route("/county/form.xlsx", county_form),
        Route("/county/upload", county_upload, methods=["POST"]),
        Route("/county/uploads/{uid:id}/report.html", county_upload_report),
        Route("/county/rounds/{rid:id}/report.html", county_round_report),
        Route("/county/logout", county_logout, methods=["POST"]),
    ]
