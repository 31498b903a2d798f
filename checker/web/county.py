"""A county's pages, reached through its link: its season, the form filled with its name, uploads
checked on arrival (the deadline and rate limit enforced here), its findings and frozen rounds. Every
view asks checker/web/permissions.py for the link's county first and reads only that county's rows."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from checker.i18n import text
from checker.web import permissions, security, work
from checker.web.pages import XLSX, download, lang_of, log_out, now, page, portal_of, posted_form, record_page, upload_page
from checker.web.permissions import Denied


async def county_enter(request: Request):
    """A county's link: the token opens a session for that county and is dropped from the address."""
    portal = portal_of(request)
    link = portal.link_by_token_hash(security.token_hash(request.path_params["token"]))
    if link is None:
        raise Denied("county")
    lang = request.session.get("lang")
    request.session.clear()
    mark = await run_in_threadpool(portal.session_mark, f"link:{link.id}")
    request.session.update({"link": link.id, "mark": mark, **({"lang": lang} if lang else {})})
    return RedirectResponse("/county", status_code=303)


async def county_home(request: Request):
    portal = portal_of(request)
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
    portal = portal_of(request)
    who = permissions.require_county(portal, request.session)
    body = await run_in_threadpool(work.filled_form, who.season, who.code, who.name, who.level, who.region)
    return download(body, f"{who.code}-{who.season.period}.xlsx", XLSX)


async def county_upload(request: Request):
    portal = portal_of(request)
    who = permissions.require_county(portal, request.session)
    lang = lang_of(request)
    since = security.stamp(security.now_utc() - security.RATE_WINDOW)
    if portal.uploads_since(who.link.id, since) >= security.RATE_MAX:
        return page(request, "message.html", status_code=429, who=who, season=who.season,
                    problems=[text("web.upload_rate", lang)])
    if security.past_deadline(who.season.deadline, security.now_utc()):
        return page(request, "message.html", status_code=403, who=who, season=who.season,
                    problems=[text("web.upload_closed", lang, deadline=who.season.deadline)])
    try:
        form = await posted_form(request, max_size=security.UPLOAD_MAX)
    except HTTPException as exc:
        if exc.status_code != 413:
            raise
        await run_in_threadpool(portal.audit, now(), who.actor, "upload.refused", who.season.id, who.code,
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
        await run_in_threadpool(portal.audit, now(), who.actor, "upload.refused", who.season.id, who.code,
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
        await run_in_threadpool(portal.audit, now(), who.actor, "upload.refused", who.season.id, who.code,
                                {"filename": filename, "entities": sorted(others)})
        return page(request, "message.html", status_code=400, who=who, season=who.season,
                    problems=[text("web.upload_other_entity", lang, found=", ".join(sorted(others)), code=who.code)])
    sha = hashlib.sha256(content).hexdigest()
    await run_in_threadpool(portal.add_upload, who.link, who.season.round_label, filename, sha, content, now(), code,
                            record, summary)
    return RedirectResponse("/county", status_code=303)


async def county_upload_report(request: Request):
    portal = portal_of(request)
    who = permissions.require_county(portal, request.session)
    return await upload_page(request, portal, who.season.id, who.code)


async def county_round_report(request: Request):
    portal = portal_of(request)
    who = permissions.require_county(portal, request.session)
    return await record_page(request, portal.county_round(who.season.id, who.code, request.path_params["rid"]))


async def county_logout(request: Request):
    """Every session opened through the county's link ends, a copied cookie included (permissions.county
    checks the mark); the link itself still opens a new one."""
    await posted_form(request)
    await log_out(request, permissions.county(portal_of(request), request.session))
    return page(request, "message.html", message=text("web.county_logged_out", lang_of(request)))


def routes() -> list[Route]:
    return [
        Route("/c/{token}", county_enter),
        Route("/county", county_home),
        Route("/county/form.xlsx", county_form),
        Route("/county/upload", county_upload, methods=["POST"]),
        Route("/county/uploads/{uid:id}/report.html", county_upload_report),
        Route("/county/rounds/{rid:id}/report.html", county_round_report),
        Route("/county/logout", county_logout, methods=["POST"]),
    ]
