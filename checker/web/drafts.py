"""A county's narrative report on the portal (issue 23, item 3): uploaded beside its form, read by
the checker's own extractor (checker/intake/extract/, what `checker extract` runs) in a worker
process, its figures shown to the county as a **draft** it confirms or rejects row by row.

A draft never counts: nothing in the county's findings changes on upload. A confirmed figure counts:
every check of the county's form from then on — the re-check of its latest upload of the open round
right after a confirmation, each next upload, the frozen round — runs with the confirmed figures as
the report's (`checker check FORM --report .report.yaml`: the YAML `checker extract` writes, with
`confirmed: true` and only the confirmed facts). CON-REPORT-01 then compares each with the form's
figure within the precision written and names both places; the form's figure is never replaced. A
confirmed figure the form does not give at all (no figure for its indicator, stage, year and scope)
is taken as the county's own figure, cited at its place in the report (checker/api.py
`_with_report`), and is still listed as a figure only the report states: the county confirmed it, so
it counts. Only the county's latest report counts: a new report's figures are drafts until confirmed
(the earlier report and its decisions stay, for the office to see).

Figures the extractor saw and did not attach are shown with its reason; they cannot be confirmed
(they have no indicator): a county that means one enters it in its form. Nor can a proposed figure
the checker could not read as a confirmed one (a money figure written without a unit: 元 and 万元
differ 10,000-fold); the row says why.

Every query (checker/web/draft_store.py) is scoped by the season and code of the county's link
(checker/web/permissions.py): an id from the request only ever selects among that county's own rows."""

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
from checker.web import draft_store, pages, permissions, security, work
from checker.web.portal import Portal

SUFFIXES = (".docx", ".pdf")


def limit(suffix: str) -> int:
    """The CLI's size limit for a report of this kind (README, Limits)."""
    from checker.intake.safeyaml import limit_for

    return limit_for(Path(f"report{suffix}"))


# -- extraction, in a worker process -------------------------------------------------------------

def extract_in(folder: str, filename: str, code: str, period: int, name: str, level: str,
               region: str | None) -> dict:
    """`checker extract` on the county's report: its title, the head of the draft YAML (entity,
    period, document; `confirmed: true`), and a row for each figure — a proposed fact with its own
    YAML lines, or an unattached figure with the reason — or the reader's refusal in both languages."""
    from dataclasses import replace

    from checker.api import extract_report
    from checker.i18n import render
    from checker.intake.extract import ReportError, draft_yaml

    try:
        draft = extract_report(Path(folder) / filename, code, period, name, level, region)
    except ReportError as exc:
        return {"error": {lang: "; ".join(x for x in (text(exc.key, lang, **exc.fields), render(exc.expected, lang))
                                          if x) for lang in ("zh", "en")}}
    except Exception as exc:  # noqa: BLE001 - a damaged file a third-party reader refused: this file's error
        return {"error": {lang: text("input.report_unreadable", lang, reason=exc.__class__.__name__)
                          for lang in ("zh", "en")}}
    empty = draft_yaml(replace(draft, facts=(), unattached=()))
    head = empty[:empty.index("\nfacts: []")].replace("\nconfirmed: false", "\nconfirmed: true") + "\n"
    rows = []
    for p in draft.facts:
        own = draft_yaml(replace(draft, facts=(p,), unattached=()))
        chunk = own[own.index("\nfacts:\n") + 8:]
        rows.append({"kind": "fact", "indicator": p.indicator, "stage": p.stage, "scope": p.scope,
                     "period": p.period, "value": p.value, "unit": p.unit, "locator": p.locator,
                     "quote": draft.quote(p), "yaml": chunk,
                     "reason": _unreadable(head + "facts:\n" + chunk, filename)})
    for u in draft.unattached:
        rows.append({"kind": "unattached", "indicator": None, "stage": None, "scope": None, "period": None,
                     "value": u.figure, "unit": None, "locator": u.locator, "quote": draft.quote(u),
                     "reason": u.reason, "yaml": None})
    return {"title": draft.title, "head": head, "rows": rows}


def _unreadable(document: str, filename: str) -> str | None:
    """Why a proposed fact could not be read as confirmed (a money figure the report writes without
    a unit, a figure below its indicator's minimum…), in both languages as JSON; None if it can."""
    from checker.i18n import render
    from checker.intake.documents import from_document
    from checker.intake.facts import Loaded
    from checker.intake.safeyaml import load_yaml

    got = Loaded()
    from_document(load_yaml(document), filename, Path(filename), got)
    if not got.errors:
        return None
    return json.dumps({lang: "; ".join(render(e.message, lang) for e in got.errors) for lang in ("zh", "en")},
                      ensure_ascii=False, sort_keys=True)


# -- pages ---------------------------------------------------------------------------------------

def _rows(rows, lang: str) -> tuple[list[dict], list]:
    """The fact rows with the indicator's title in the reader's language, and the unattached rows."""
    from checker.intake.indicators import dictionary

    from checker.intake.extract.reasons import reason_words

    known, facts = dictionary(), []
    for r in rows:
        if r.kind == "fact":
            ind = known.get(r.indicator)
            facts.append({"row": r, "title": (ind.zh if lang == "zh" else ind.en) if ind else r.indicator,
                          "problem": json.loads(r.reason)[lang] if r.reason else None})
    return facts, [{"row": r, "why": reason_words(r.reason or "", lang)} for r in rows if r.kind == "unattached"]


def _closed(who) -> bool:
    return security.past_deadline(who.season.deadline, security.now_utc())


async def county_page(request: Request, problems: list[str] | None = None, status_code: int = 200):
    portal = pages.portal_of(request)
    who = permissions.require_county(portal, request.session)
    mine = draft_store.drafts(portal, who.season.id, who.code)
    latest = mine[0] if mine else None
    facts, unattached = _rows(draft_store.figures(portal, who.season.id, who.code, latest.id), pages.lang_of(request)) \
        if latest else ([], [])
    return pages.page(request, "draft.html", status_code=status_code, who=who, season=who.season, draft=latest,
                      facts=facts, unattached=unattached, editable=not _closed(who), problems=problems or [],
                      back="/county")


def _refused(request: Request, key: str, status_code: int, **fields):
    return county_page(request, [text(key, pages.lang_of(request), **fields)], status_code)


async def county_upload(request: Request):
    """POST /county/report: the report checked against the CLI's limits before a byte is parsed,
    its figures extracted in a worker, stored as drafts with the audit row (one transaction)."""
    portal = pages.portal_of(request)
    who = permissions.require_county(portal, request.session)
    since = security.stamp(security.now_utc() - security.RATE_WINDOW)
    if portal.uploads_since(who.link.id, since) >= security.RATE_MAX:  # the form's limit, shared
        return await _refused(request, "web.upload_rate", 429)
    if _closed(who):
        return await _refused(request, "web.upload_closed", 403, deadline=who.season.deadline)
    try:
        form = await pages.posted_form(request, max_size=max(limit(s) for s in SUFFIXES))
    except HTTPException as exc:
        if exc.status_code != 413:
            raise
        await run_in_threadpool(portal.audit, pages.now(), who.actor, "upload.refused", who.season.id, who.code,
                                {"kind": "report", "why": "web.upload_too_large"})  # counted by the rate limit
        return await _refused(request, "web.upload_too_large", 413)
    upload = form.get("file")
    if upload is None or not hasattr(upload, "read"):
        return await _refused(request, "web.upload_needed", 400)
    suffix = Path(upload.filename or "").suffix.lower()
    content = await upload.read()
    if suffix not in SUFFIXES or len(content) > limit(suffix):
        key = "web.draft.suffix" if suffix not in SUFFIXES else "web.upload_too_large"
        await run_in_threadpool(portal.audit, pages.now(), who.actor, "upload.refused", who.season.id, who.code,
                                {"kind": "report", "filename": upload.filename, "size": len(content), "why": key})
        return await _refused(request, key, 400, suffixes=", ".join(SUFFIXES))
    filename = work.safe_filename(upload.filename or "", who.code, suffix)
    try:
        extracted = await run_in_threadpool(request.app.state.checkers.call, _extract_file, filename, content,
                                            who.code, who.season.period, who.name, who.level, who.region)
    except work.CheckFailed:
        return await _refused(request, "web.check_failed", 500)
    sha = hashlib.sha256(content).hexdigest()
    if "error" in extracted:
        await run_in_threadpool(portal.audit, pages.now(), who.actor, "upload.refused", who.season.id, who.code,
                                {"kind": "report", "filename": filename, "sha256": sha, "size": len(content),
                                 "why": "web.draft.unreadable"})
        return await _refused(request, "web.draft.unreadable", 400, reason=extracted["error"][pages.lang_of(request)])
    await run_in_threadpool(draft_store.add, portal, who.link, filename, sha, content, pages.now(), extracted)
    return RedirectResponse("/county/report", status_code=303)


def _extract_file(filename: str, content: bytes, code: str, period: int, name: str, level: str,
                  region: str | None) -> dict:
    """In a worker: the report written to a folder of its own, then extracted."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="checker-report-") as folder:
        (Path(folder) / filename).write_bytes(content)
        return extract_in(folder, filename, code, period, name, level, region)


async def county_decide(request: Request):
    """POST /county/report/decide: confirm or reject ticked figures (or confirm all) of the county's
    latest report; then its latest form of the open round is checked again with the confirmed figures.
    The decision and the re-check are stored together or not at all."""
    portal = pages.portal_of(request)
    who = permissions.require_county(portal, request.session)
    if _closed(who):
        return await _refused(request, "web.upload_closed", 403, deadline=who.season.deadline)
    since = security.stamp(security.now_utc() - security.RATE_WINDOW)
    if portal.uploads_since(who.link.id, since) >= security.RATE_MAX:  # each decision may cost a check
        return await _refused(request, "web.upload_rate", 429)
    form = await pages.posted_form(request)
    mine = draft_store.drafts(portal, who.season.id, who.code)
    sent = str(form.get("draft", ""))
    if not mine or sent != str(mine[0].id):  # another county's report, or an earlier one of its own
        raise HTTPException(404)
    latest = mine[0]
    rows = draft_store.figures(portal, who.season.id, who.code, latest.id)
    facts = {r.id: r for r in rows if r.kind == "fact"}
    readable = {i for i, r in facts.items() if r.reason is None}
    action = form.get("action")
    try:
        ids = {int(x) for x in form.getlist("fig")}
    except ValueError:
        raise HTTPException(400)
    if action == "confirm_all":
        ids, state = {i for i, r in facts.items() if r.state == "draft" and i in readable}, "confirmed"
    elif action in ("confirm", "reject"):
        state = "confirmed" if action == "confirm" else "rejected"
    else:
        raise HTTPException(400)
    if ids - set(facts):  # a figure of another report or county: nothing is changed
        raise HTTPException(404)
    if not ids:
        return await _refused(request, "web.draft.none_selected", 400)
    if state == "confirmed" and ids - readable:
        return await _refused(request, "web.draft.not_confirmable", 400)
    after = [r if r.id not in ids else _State(r, state) for r in rows]
    recheck = await _recheck(request, portal, who, draft_store.confirmed_yaml(latest.head, after))
    await run_in_threadpool(draft_store.decide, portal, who, latest.id, ids, state, pages.now(), recheck)
    return RedirectResponse("/county/report", status_code=303)


class _State:
    """A figure row as it will be after the decision (for the re-check made before it is stored)."""

    def __init__(self, row, state: str):
        self.kind, self.yaml, self.state = row.kind, row.yaml, state


async def _recheck(request: Request, portal: Portal, who, report: str | None) -> dict | None:
    """The county's latest upload of the open round checked again with `report`: the record to store."""
    ups = portal.uploads(who.season.id, who.code)
    if not ups or ups[0].round_label != who.season.round_label:
        return None
    up = portal.upload(who.season.id, who.code, ups[0].id)
    try:
        code, record, summary, _codes = await run_in_threadpool(request.app.state.checkers.check, who.season,
                                                                up.filename, up.content, report)
    except work.CheckFailed:
        raise HTTPException(500)
    return {"filename": up.filename, "sha256": up.sha256, "content": up.content, "exit_code": code,
            "record": record, "summary": summary}


async def office_page(request: Request):
    """GET /office/seasons/{sid}/entities/{code}/report: the county's reports, what it confirmed and
    rejected, read-only."""
    portal = pages.portal_of(request)
    who = permissions.require_office(portal, request.session)
    season = pages.season_or_404(portal, request.path_params["sid"])
    entry = portal.roster_entry(season.id, request.path_params["code"])
    if entry is None:
        raise HTTPException(404)
    lang = pages.lang_of(request)
    reports = []
    for d in draft_store.drafts(portal, season.id, entry.code):
        facts, unattached = _rows(draft_store.figures(portal, season.id, entry.code, d.id), lang)
        reports.append({"draft": d, "facts": facts, "unattached": unattached})
    return pages.page(request, "draft_office.html", who=who, season=season, entry=entry, reports=reports)


def routes() -> list[Route]:
    return [
        Route("/county/report", county_page),
        Route("/county/report/upload", county_upload, methods=["POST"]),
        Route("/county/report/decide", county_decide, methods=["POST"]),
        Route("/office/seasons/{sid:id}/entities/{code}/report", office_page),
    ]
