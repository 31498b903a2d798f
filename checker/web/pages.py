"""What every page of the portal shares: the security headers, the request's portal, language and
posted form (its CSRF token checked, its size bounded), rendering a template beside the views
(checker/web/templates/) or a report the checker rendered, downloads, and the error pages. The views
themselves are by who asks: checker/web/office.py, checker/web/county.py, checker/web/drafts.py."""

from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from checker.i18n import text
from checker.web import security, work
from checker.web.permissions import Denied
from checker.web.portal import Portal

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

def portal_of(request: Request) -> Portal:
    return request.app.state.portal


def lang_of(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in ("zh", "en"):
        request.session["lang"] = asked
    if request.session.get("lang") in ("zh", "en"):
        return request.session["lang"]
    return "en" if request.headers.get("accept-language", "").lower().startswith("en") else "zh"


def page(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    lang = lang_of(request)
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


async def posted_form(request: Request, max_size: int = 64 << 10):
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


def now() -> str:
    return security.stamp(security.now_utc())


async def log_out(request: Request, who) -> None:
    """A log-out: every session of `who` (an office account, or a county's link; None: no live session)
    ends, a copied cookie included (permissions checks each session's mark), and this one is cleared."""
    if who is not None:
        await run_in_threadpool(portal_of(request).end_sessions, who.actor, security.new_token(), now())
    request.session.clear()


def season_or_404(portal: Portal, season_id: int):
    season = portal.season(season_id)
    if season is None:
        raise HTTPException(404)
    return season


async def record_page(request: Request, record: str | None) -> Response:
    """A stored record (its JSON text) as the checker's HTML report; none found (not this county's,
    not this season's) is 404."""
    if record is None:
        raise HTTPException(404)
    return report_page(await run_in_threadpool(work.render_record, json.loads(record), "html", lang_of(request)))


async def upload_page(request: Request, portal: Portal, season_id: int, code: str) -> Response:
    """An upload's findings as the checker's HTML report; only an upload of this season and county."""
    return await record_page(request, portal.upload_record(season_id, code, request.path_params["uid"]))


# -- errors ----------------------------------------------------------------------------------------

async def denied(request: Request, exc: Denied):
    if exc.who == "office":
        return RedirectResponse("/office/login", status_code=303)
    return page(request, "message.html", status_code=403, problems=[text("web.link_invalid", lang_of(request))])


async def http_error(request: Request, exc: HTTPException):
    key = {403: "web.forbidden", 404: "web.not_found", 413: "web.upload_too_large"}.get(exc.status_code, "web.error")
    return page(request, "message.html", status_code=exc.status_code, problems=[text(key, lang_of(request))])


def handlers() -> dict:
    return {Denied: denied, HTTPException: http_error}
