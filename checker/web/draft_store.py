"""The tables of a county's narrative reports and their figures (checker/web/portal.py:
portal_drafts, portal_draft_figures) and every query on them; the pages are checker/web/drafts.py.
Every function that reads or changes a county's rows takes its season and code from the caller's
authenticated link, and selects by them besides any id: an id alone never finds another's rows."""

from __future__ import annotations

import json

from checker.web import permissions
from checker.web.portal import Portal


def add(portal: Portal, link, filename: str, sha256: str, content: bytes, now: str, extracted: dict) -> int:
    """The report and its figures, all drafts, with the upload's audit row: one transaction."""
    from sqlalchemy import insert

    with portal.engine.begin() as conn:
        did = conn.execute(insert(portal.t["drafts"]).values(
            season_id=link.season_id, code=link.code, link_id=link.id, filename=filename, sha256=sha256,
            size=len(content), content=content, uploaded_at=now, title=extracted["title"],
            head=extracted["head"])).inserted_primary_key[0]
        if extracted["rows"]:
            conn.execute(insert(portal.t["figures"]), [
                {**r, "draft_id": did, "season_id": link.season_id, "code": link.code, "state": "draft"}
                for r in extracted["rows"]])
        portal._audit(conn, now, f"link:{link.id}", "upload", link.season_id, link.code,
                      {"kind": "report", "draft": did, "sha256": sha256, "filename": filename,
                       "size": len(content), "figures": len(extracted["rows"])})
        return did


def drafts(portal: Portal, season_id: int, code: str) -> list:
    """The county's reports, newest first (without their contents)."""
    from sqlalchemy import select

    d = portal.t["drafts"]
    with portal.engine.connect() as conn:
        return list(conn.execute(select(d.c.id, d.c.filename, d.c.sha256, d.c.size, d.c.uploaded_at, d.c.title,
                                        d.c.head).where(d.c.season_id == season_id, d.c.code == code)
                                 .order_by(d.c.id.desc())))


def figures(portal: Portal, season_id: int, code: str, draft_id: int) -> list:
    from sqlalchemy import select

    f = portal.t["figures"]
    with portal.engine.connect() as conn:
        return list(conn.execute(select(f).where(f.c.draft_id == draft_id, f.c.season_id == season_id,
                                                 f.c.code == code).order_by(f.c.id)))


def confirmed_yaml(head: str, rows) -> str | None:
    """The confirmed facts as a report `checker check --report` reads (None when none is confirmed)."""
    chosen = [r.yaml for r in rows if r.kind == "fact" and r.state == "confirmed"]
    return head + "facts:\n" + "".join(chosen) if chosen else None


def confirmed(portal: Portal, season_id: int, code: str) -> str | None:
    """The county's confirmed report figures (its latest report's), for the check of its form."""
    mine = drafts(portal, season_id, code)
    return confirmed_yaml(mine[0].head, figures(portal, season_id, code, mine[0].id)) if mine else None


def confirmed_by_county(portal: Portal, season_id: int, codes) -> dict[str, str]:
    """Each county's confirmed report figures, for freezing a round."""
    out = {}
    for code in codes:
        found = confirmed(portal, season_id, code)
        if found is not None:
            out[code] = found
    return out


def decide(portal: Portal, who: permissions.County, draft_id: int, ids: set[int], state: str, now: str,
           recheck: dict | None) -> None:
    """The figures `ids` of the county's report `draft_id` set to `state`, and the re-check of its
    latest form that follows (a new upload row), with their audit rows: one transaction."""
    from sqlalchemy import insert, update

    f, u = portal.t["figures"], portal.t["uploads"]
    with portal.engine.begin() as conn:
        conn.execute(update(f).where(f.c.draft_id == draft_id, f.c.season_id == who.season.id, f.c.code == who.code,
                                     f.c.kind == "fact", f.c.id.in_(sorted(ids))).values(state=state, decided_at=now))
        portal._audit(conn, now, who.actor, f"report.{state}", who.season.id, who.code,
                      {"draft": draft_id, "figures": sorted(ids)})
        if recheck is not None:
            uid = conn.execute(insert(u).values(
                season_id=who.season.id, code=who.code, round_label=who.season.round_label, link_id=who.link.id,
                filename=recheck["filename"], sha256=recheck["sha256"], size=len(recheck["content"]),
                content=recheck["content"], uploaded_at=now, exit_code=recheck["exit_code"], record=recheck["record"],
                summary=json.dumps(recheck["summary"], ensure_ascii=False, sort_keys=True))).inserted_primary_key[0]
            portal._audit(conn, now, who.actor, "upload", who.season.id, who.code,
                          {"upload": uid, "sha256": recheck["sha256"], "filename": recheck["filename"],
                           "size": len(recheck["content"]), "round": who.season.round_label,
                           "recheck": "report", "draft": draft_id})
