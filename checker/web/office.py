"""The office's pages: logging in and out, seasons, county links, the dashboard, a county's uploads,
freezing a round, its downloads and diff, waivers. Every view asks checker/web/permissions.py who is
asking first; shared plumbing is in checker/web/pages.py."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from checker.i18n import text
from checker.report.render.common import province_label
from checker.web import permissions, security, work
from checker.web.pages import (XLSX, download, lang_of, log_out, now, page, portal_of, posted_form, report_page,
                               season_or_404, upload_page)
from checker.web.portal import ROUND_LABELS, Portal


async def home(request: Request):
    return RedirectResponse("/office", status_code=303)


async def login(request: Request):
    portal = portal_of(request)
    if request.method == "GET":
        return page(request, "login.html")
    form = await posted_form(request)
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    since = security.stamp(security.now_utc() - security.LOGIN_WINDOW)
    client = request.client.host if request.client else "-"  # behind a local proxy, its X-Forwarded-For (serve.py)
    by_name, by_client = await run_in_threadpool(portal.failed_logins_since, username, client, since)
    if by_name >= security.LOGIN_MAX or by_client >= security.LOGIN_MAX_CLIENT:
        # the same answer for a name that exists and one that does not; the password not even tried
        await run_in_threadpool(portal.audit, now(), f"login:{username[:100]}", "login.throttled", None, None,
                                {"client": client[:100]})
        return page(request, "login.html", status_code=429, throttled=True,
                    minutes=int(security.LOGIN_WINDOW.total_seconds() // 60))
    row = await run_in_threadpool(portal.account_by_name, username)
    ok = row is not None and await run_in_threadpool(security.verify_password, row.password_hash, password)
    if not ok:
        if row is None:
            await run_in_threadpool(security.dummy_verify, password)
        await run_in_threadpool(portal.login_failed, now(), username, client)
        return page(request, "login.html", status_code=401, failed=True)
    lang = request.session.get("lang")
    request.session.clear()  # a new session: no fixation
    mark = await run_in_threadpool(portal.session_mark, f"account:{row.id}")
    request.session.update({"account": row.id, "mark": mark, **({"lang": lang} if lang else {})})
    await run_in_threadpool(portal.audit, now(), f"account:{row.id}", "login", None, None, {})
    return RedirectResponse("/office", status_code=303)


async def logout(request: Request):
    """Every session of the account ends, a copied cookie included (permissions.office checks the mark)."""
    await posted_form(request)
    await log_out(request, permissions.office(portal_of(request), request.session))
    return RedirectResponse("/office/login", status_code=303)


async def office_home(request: Request):
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    return page(request, "office.html", who=who, seasons=portal.seasons())


async def season_create(request: Request):
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    form = await posted_form(request, max_size=4 << 20)
    name = str(form.get("name", "")).strip()
    period, deadline = str(form.get("period", "")).strip(), str(form.get("deadline", "")).strip()
    criteria = str(form.get("criteria", "")).strip() or None
    problems = []
    if not name or len(name) > 100:
        problems.append(text("web.season_name_needed", lang_of(request)))
    if not (period.isdigit() and 1990 <= int(period) <= 2100):
        problems.append(text("web.season_period_needed", lang_of(request)))
    if not _is_date(deadline):
        problems.append(text("web.season_deadline_needed", lang_of(request)))
    if criteria:
        try:
            from checker.rules.library import load_packs

            load_packs(criteria)
        except Exception:  # noqa: BLE001 - any pack problem: say which name was refused
            problems.append(text("web.season_criteria_unknown", lang_of(request), criteria=criteria))
    roster, roster_errors = await _roster(form.get("roster"))
    problems += [e.render(lang_of(request)) for e in roster_errors]
    if not roster and not roster_errors:
        problems.append(text("web.season_roster_needed", lang_of(request)))
    if name and any(s.name == name for s in portal.seasons()):
        problems.append(text("web.season_exists", lang_of(request), name=name))
    if problems:
        return page(request, "office.html", status_code=400, who=who, seasons=portal.seasons(), problems=problems)
    sid = await run_in_threadpool(portal.add_season, name, int(period), deadline, criteria, roster, who.account_id,
                                  now())
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
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    roster = portal.roster(season.id)
    latest = {u.code: u for u in portal.latest_uploads(season.id, season.round_label)}
    links = {}
    for lk in portal.links(season.id):
        if lk.revoked_at is None:
            links[lk.code] = lk
    lang = lang_of(request)
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
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    form = await posted_form(request)
    chosen = set(form.getlist("code"))
    roster = {e.code: e for e in portal.roster(season.id)}
    active = {lk.code for lk in portal.links(season.id) if lk.revoked_at is None}
    codes = sorted(c for c in (chosen or set(roster) - active) if c in roster)
    tokens = {code: security.new_token() for code in codes}
    await run_in_threadpool(portal.add_links, season.id, {c: security.token_hash(t) for c, t in tokens.items()},
                            who.account_id, now())
    base = str(request.base_url).rstrip("/")
    handed = [{"code": c, "name": roster[c].name, "url": f"{base}/c/{tokens[c]}"} for c in codes]
    if form.get("format") == "xlsx":
        return download(_links_workbook(season, handed, lang_of(request)), f"{season.name}-links.xlsx", XLSX)
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
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    await posted_form(request)
    await run_in_threadpool(portal.revoke_link, season.id, request.path_params["lid"], who.account_id, now())
    return RedirectResponse(f"/office/seasons/{season.id}", status_code=303)


async def entity_view(request: Request):
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    entry = portal.roster_entry(season.id, request.path_params["code"])
    if entry is None:
        raise HTTPException(404)
    uploads = portal.uploads(season.id, entry.code)
    return page(request, "entity.html", who=who, season=season, entry=entry, uploads=uploads,
                summaries={u.id: json.loads(u.summary) for u in uploads})


async def office_upload_report(request: Request):
    portal = portal_of(request)
    permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    return await upload_page(request, portal, season.id, request.path_params["code"])


async def freeze(request: Request):
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    await posted_form(request)
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
                            who.account_id, now())
    return RedirectResponse(f"/office/seasons/{season.id}", status_code=303)


def _frozen_round(portal: Portal, season, round_id: int):
    found = next((r for r in portal.frozen(season.id) if r.id == round_id), None)
    if found is None:
        raise HTTPException(404)
    return found


async def round_download(request: Request):
    portal = portal_of(request)
    permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    frozen = _frozen_round(portal, season, request.path_params["rid"])
    record, lang, kind = json.loads(frozen.record), lang_of(request), request.path_params["kind"]
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
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    frozen = portal.rounds(season.id)
    if len(frozen) < 2:
        return page(request, "message.html", who=who, season=season, message=text("web.diff_needs_two", lang_of(request)))
    html = await run_in_threadpool(work.round_diff, request.app.state.url, frozen[-2].store_round,
                                   frozen[-1].store_round, lang_of(request))
    return report_page(html.encode("utf-8"))


async def waiver_add(request: Request):
    portal = portal_of(request)
    who = permissions.require_office(portal, request.session)
    season = season_or_404(portal, request.path_params["sid"])
    form = await posted_form(request)
    row = {k: str(form.get(k, "")).strip() for k in ("code", "criterion", "stage", "reason", "approver", "expires")}
    row["stage"] = row["stage"] or None
    lang = lang_of(request)
    problems = [text("web.waiver_field_needed", lang, field=k) for k in ("code", "criterion", "reason", "approver")
                if not row[k]]
    if not _is_date(row["expires"]):
        problems.append(text("web.waiver_expires_needed", lang))
    if row["code"] and portal.roster_entry(season.id, row["code"]) is None:
        problems.append(text("web.waiver_not_on_roster", lang, code=row["code"]))
    if problems:
        return page(request, "message.html", status_code=400, who=who, season=season, problems=problems)
    await run_in_threadpool(portal.add_waiver, season.id, row, who.account_id, now())
    return RedirectResponse(f"/office/seasons/{season.id}", status_code=303)


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
    ]
