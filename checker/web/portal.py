"""The portal's tables beside the history store's, and every query the web pages make.

One database holds both: the store's rounds (checker/store/) and the season's working state here.
The app keeps nothing else between requests, so several workers or machines can serve one office.

    portal_settings  key, value                      — the session secret (made on first start)
    portal_accounts  id, username, password_hash, display_name, created_at, active
    portal_seasons   id, name, period, deadline, criteria, round_label, created_at, created_by
    portal_roster    season_id, code, name, level, region
    portal_links     id, season_id, code, token_hash, created_at, created_by, revoked_at
    portal_uploads   id, season_id, code, round_label, link_id, filename, sha256, size, content,
                     uploaded_at, exit_code, record (the check's JSON record), summary (JSON)
    portal_rounds    id, season_id, label, store_round, frozen_at, frozen_by, record (JSON: the batch's)
    portal_round_entities  round_id, season_id, code, record (JSON: the county's own, checker/report/split.py),
                     summary (JSON) — what a county's page and the per-county zip read, never the batch's
    portal_waivers   id, season_id, code, criterion, stage, reason, approver, expires, created_by, created_at
    portal_audit     id, at, actor, action, season_id, code, detail (JSON)
    portal_drafts    id, season_id, code, link_id, filename, sha256, size, content, uploaded_at, title, head
    portal_draft_figures  id, draft_id, season_id, code, kind (fact, unattached), indicator, stage, scope,
                     period, value, unit, locator, quote, reason, yaml, state (draft, confirmed, rejected),
                     decided_at — a narrative report and its extracted figures (checker/web/drafts.py)

Every method that reads a county's data takes the season and the county code from the caller's
authenticated link (checker/web/permissions.py), never from the request: a query cannot name another
county's rows. One request's writes are one transaction: a killed request leaves nothing half-stored.
Past ~400 lines on purpose: every query the portal makes is here, so the scoping of each can be
read (and audited) in one file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

ROUND_LABELS = ("初审", "复审")  # the first round, then resubmissions; later rounds are 复审2, 复审3…


def _tables():
    from sqlalchemy import (Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table,
                            Text as SqlText, UniqueConstraint)

    md = MetaData()
    settings = Table("portal_settings", md, Column("key", String(64), primary_key=True),
                     Column("value", SqlText, nullable=False))
    accounts = Table("portal_accounts", md, Column("id", Integer, primary_key=True, autoincrement=True),
                     Column("username", String(100), nullable=False), Column("password_hash", SqlText, nullable=False),
                     Column("display_name", SqlText, nullable=False), Column("created_at", String(32), nullable=False),
                     Column("active", Integer, nullable=False, default=1),
                     UniqueConstraint("username", name="portal_accounts_username"))
    seasons = Table("portal_seasons", md, Column("id", Integer, primary_key=True, autoincrement=True),
                    Column("name", String(200), nullable=False), Column("period", Integer, nullable=False),
                    Column("deadline", String(10), nullable=False), Column("criteria", SqlText),
                    Column("round_label", String(32), nullable=False), Column("created_at", String(32), nullable=False),
                    Column("created_by", Integer, ForeignKey("portal_accounts.id"), nullable=False),
                    UniqueConstraint("name", name="portal_seasons_name"))
    roster = Table("portal_roster", md, Column("id", Integer, primary_key=True, autoincrement=True),
                   Column("season_id", Integer, ForeignKey("portal_seasons.id", ondelete="CASCADE"), nullable=False),
                   Column("code", String(6), nullable=False), Column("name", SqlText, nullable=False),
                   Column("level", String(16), nullable=False), Column("region", String(16)),
                   UniqueConstraint("season_id", "code", name="portal_roster_entity"))
    links = Table("portal_links", md, Column("id", Integer, primary_key=True, autoincrement=True),
                  Column("season_id", Integer, ForeignKey("portal_seasons.id", ondelete="CASCADE"), nullable=False),
                  Column("code", String(6), nullable=False), Column("token_hash", String(64), nullable=False),
                  Column("created_at", String(32), nullable=False), Column("created_by", Integer, nullable=False),
                  Column("revoked_at", String(32)), UniqueConstraint("token_hash", name="portal_links_token"))
    uploads = Table("portal_uploads", md, Column("id", Integer, primary_key=True, autoincrement=True),
                    Column("season_id", Integer, ForeignKey("portal_seasons.id", ondelete="CASCADE"), nullable=False),
                    Column("code", String(6), nullable=False), Column("round_label", String(32), nullable=False),
                    Column("link_id", Integer, ForeignKey("portal_links.id"), nullable=False),
                    Column("filename", SqlText, nullable=False), Column("sha256", String(64), nullable=False),
                    Column("size", Integer, nullable=False), Column("content", LargeBinary, nullable=False),
                    Column("uploaded_at", String(32), nullable=False), Column("exit_code", Integer, nullable=False),
                    Column("record", SqlText, nullable=False), Column("summary", SqlText, nullable=False),
                    Index("portal_uploads_entity", "season_id", "code"))
    rounds = Table("portal_rounds", md, Column("id", Integer, primary_key=True, autoincrement=True),
                   Column("season_id", Integer, ForeignKey("portal_seasons.id", ondelete="CASCADE"), nullable=False),
                   Column("label", String(32), nullable=False), Column("store_round", SqlText, nullable=False),
                   Column("frozen_at", String(32), nullable=False), Column("frozen_by", Integer, nullable=False),
                   Column("record", SqlText, nullable=False),
                   UniqueConstraint("season_id", "label", name="portal_rounds_label"))
    round_entities = Table(
        "portal_round_entities", md, Column("id", Integer, primary_key=True, autoincrement=True),
        Column("round_id", Integer, ForeignKey("portal_rounds.id", ondelete="CASCADE"), nullable=False),
        Column("season_id", Integer, ForeignKey("portal_seasons.id", ondelete="CASCADE"), nullable=False),
        Column("code", String(6), nullable=False), Column("record", SqlText, nullable=False),
        Column("summary", SqlText, nullable=False), UniqueConstraint("round_id", "code", name="portal_round_entity"),
        Index("portal_round_entities_entity", "season_id", "code"))
    waivers = Table("portal_waivers", md, Column("id", Integer, primary_key=True, autoincrement=True),
                    Column("season_id", Integer, ForeignKey("portal_seasons.id", ondelete="CASCADE"), nullable=False),
                    Column("code", String(6), nullable=False), Column("criterion", String(64), nullable=False),
                    Column("stage", String(32)), Column("reason", SqlText, nullable=False),
                    Column("approver", SqlText, nullable=False), Column("expires", String(10), nullable=False),
                    Column("created_by", Integer, nullable=False), Column("created_at", String(32), nullable=False))
    audit = Table("portal_audit", md, Column("id", Integer, primary_key=True, autoincrement=True),
                  Column("at", String(32), nullable=False), Column("actor", SqlText, nullable=False),
                  Column("action", String(64), nullable=False), Column("season_id", Integer),
                  Column("code", String(6)), Column("detail", SqlText, nullable=False),
                  Index("portal_audit_actor", "actor", "action", "at"))
    # a county's narrative reports and the figures extracted from them (checker/web/drafts.py)
    drafts = Table("portal_drafts", md, Column("id", Integer, primary_key=True, autoincrement=True),
                   Column("season_id", Integer, ForeignKey("portal_seasons.id", ondelete="CASCADE"), nullable=False),
                   Column("code", String(6), nullable=False),
                   Column("link_id", Integer, ForeignKey("portal_links.id"), nullable=False),
                   Column("filename", SqlText, nullable=False), Column("sha256", String(64), nullable=False),
                   Column("size", Integer, nullable=False), Column("content", LargeBinary, nullable=False),
                   Column("uploaded_at", String(32), nullable=False), Column("title", SqlText, nullable=False),
                   Column("head", SqlText, nullable=False), Index("portal_drafts_entity", "season_id", "code"))
    figures = Table("portal_draft_figures", md, Column("id", Integer, primary_key=True, autoincrement=True),
                    Column("draft_id", Integer, ForeignKey("portal_drafts.id", ondelete="CASCADE"), nullable=False),
                    Column("season_id", Integer, nullable=False), Column("code", String(6), nullable=False),
                    Column("kind", String(16), nullable=False), Column("indicator", String(100)),
                    Column("stage", String(32)), Column("scope", SqlText), Column("period", Integer),
                    Column("value", SqlText), Column("unit", SqlText), Column("locator", SqlText, nullable=False),
                    Column("quote", SqlText, nullable=False), Column("reason", SqlText), Column("yaml", SqlText),
                    Column("state", String(16), nullable=False), Column("decided_at", String(32)),
                    Index("portal_draft_figures_draft", "draft_id"))
    return md, dict(settings=settings, accounts=accounts, seasons=seasons, roster=roster, links=links,
                    uploads=uploads, rounds=rounds, round_entities=round_entities, waivers=waivers, audit=audit,
                    drafts=drafts, figures=figures)


def _write_ahead(engine) -> None:
    """SQLite in write-ahead-log mode (a property of the file, kept): readers never wait for a
    writer, and a commit appends to the log with one sync instead of rewriting a journal and the
    database with three: fifty counties' uploads at once queue for much less time. As safe against a
    killed process as the journal (the log is replayed or ignored whole); `synchronous` stays FULL,
    so an upload answered survives a power cut too."""
    from sqlalchemy import event

    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    event.listen(engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute("PRAGMA synchronous=FULL"))


@dataclass(frozen=True)
class Season:
    id: int
    name: str
    period: int
    deadline: str  # YYYY-MM-DD, the office's date: uploads are taken until the end of that day
    criteria: str | None
    round_label: str  # the round open for uploads


@dataclass(frozen=True)
class Link:
    id: int
    season_id: int
    code: str


def _season(row) -> Season:
    return Season(row.id, row.name, row.period, row.deadline, row.criteria, row.round_label)


class Portal:
    """The portal's state in the database at `url` (the history store's URL)."""

    def __init__(self, url: str):
        from checker.store.schema import connect

        self.url = url
        self.engine, _store_tables = connect(url, create=True)  # the store's tables, created or checked first
        if self.engine.dialect.name == "sqlite":
            _write_ahead(self.engine)
        self.md, self.t = _tables()
        self.md.create_all(self.engine, checkfirst=True)

    def close(self) -> None:
        self.engine.dispose()

    # settings and accounts ------------------------------------------------------------------

    def secret(self, make) -> str:
        """The session secret: from the database, made by `make()` and stored on first use."""
        from sqlalchemy import insert, select
        from sqlalchemy.exc import IntegrityError

        s = self.t["settings"]
        with self.engine.begin() as conn:
            row = conn.execute(select(s.c.value).where(s.c.key == "session_secret")).first()
            if row:
                return row[0]
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(s).values(key="session_secret", value=make()))
        except IntegrityError:  # another worker made it first
            pass
        with self.engine.connect() as conn:
            return conn.execute(select(s.c.value).where(s.c.key == "session_secret")).scalar_one()

    def add_account(self, username: str, password_hash: str, display_name: str, now: str) -> int:
        from sqlalchemy import insert

        with self.engine.begin() as conn:
            return conn.execute(insert(self.t["accounts"]).values(
                username=username, password_hash=password_hash, display_name=display_name, created_at=now,
                active=1)).inserted_primary_key[0]

    def account_by_name(self, username: str):
        from sqlalchemy import select

        a = self.t["accounts"]
        with self.engine.connect() as conn:
            return conn.execute(select(a).where(a.c.username == username, a.c.active == 1)).first()

    def account(self, account_id: int):
        from sqlalchemy import select

        a = self.t["accounts"]
        with self.engine.connect() as conn:
            return conn.execute(select(a).where(a.c.id == account_id, a.c.active == 1)).first()

    @staticmethod
    def _sessions_key(actor: str) -> str:
        """Where a holder's session mark is kept: `sessions:N` for account N (the key since the first
        portal: renaming it would bring back cookies older than a log-out), `sessions:link:N` for link N."""
        kind, _, number = actor.partition(":")
        return f"sessions:{number}" if kind == "account" else f"sessions:{actor}"

    def session_mark(self, actor: str) -> str:
        """What the sessions of an account (`account:N`) or of a county's link (`link:N`) carry from
        log-in or entry; a log-out changes it, so a copy of a session cookie taken before the log-out
        opens nothing after it (sessions are signed cookies)."""
        from sqlalchemy import select

        s = self.t["settings"]
        with self.engine.connect() as conn:
            return conn.execute(select(s.c.value).where(s.c.key == self._sessions_key(actor))).scalar() or ""

    def end_sessions(self, actor: str, mark: str, now: str) -> None:
        """Every session of the account or link ended (log-out): its mark replaced by `mark`."""
        from sqlalchemy import insert, update
        from sqlalchemy.exc import IntegrityError

        s, key = self.t["settings"], self._sessions_key(actor)
        for _attempt in range(2):  # a first log-out racing another inserts once, then updates
            try:
                with self.engine.begin() as conn:
                    if not conn.execute(update(s).where(s.c.key == key).values(value=mark)).rowcount:
                        conn.execute(insert(s).values(key=key, value=mark))
                    self._audit(conn, now, actor, "logout", None, None, {})
                return
            except IntegrityError:
                continue

    def set_password(self, account_id: int, password_hash: str) -> None:
        from sqlalchemy import update

        a = self.t["accounts"]
        with self.engine.begin() as conn:
            conn.execute(update(a).where(a.c.id == account_id).values(password_hash=password_hash))

    def accounts_count(self) -> int:
        from sqlalchemy import func, select

        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(self.t["accounts"])).scalar_one()

    # seasons and rosters --------------------------------------------------------------------

    def add_season(self, name: str, period: int, deadline: str, criteria: str | None, roster: list[dict],
                   account_id: int, now: str) -> int:
        from sqlalchemy import insert

        with self.engine.begin() as conn:
            sid = conn.execute(insert(self.t["seasons"]).values(
                name=name, period=period, deadline=deadline, criteria=criteria, round_label=ROUND_LABELS[0],
                created_at=now, created_by=account_id)).inserted_primary_key[0]
            if roster:
                conn.execute(insert(self.t["roster"]), [{**r, "season_id": sid} for r in roster])
            self._audit(conn, now, f"account:{account_id}", "season.create", sid, None, {"name": name})
            return sid

    def seasons(self) -> list[Season]:
        from sqlalchemy import select

        s = self.t["seasons"]
        with self.engine.connect() as conn:
            return [_season(r) for r in conn.execute(select(s).order_by(s.c.id.desc()))]

    def season(self, season_id: int) -> Season | None:
        from sqlalchemy import select

        s = self.t["seasons"]
        with self.engine.connect() as conn:
            row = conn.execute(select(s).where(s.c.id == season_id)).first()
        return _season(row) if row else None

    def roster(self, season_id: int) -> list:
        from sqlalchemy import select

        r = self.t["roster"]
        with self.engine.connect() as conn:
            return list(conn.execute(select(r).where(r.c.season_id == season_id).order_by(r.c.code)))

    def roster_entry(self, season_id: int, code: str):
        from sqlalchemy import select

        r = self.t["roster"]
        with self.engine.connect() as conn:
            return conn.execute(select(r).where(r.c.season_id == season_id, r.c.code == code)).first()

    # links ----------------------------------------------------------------------------------

    def add_links(self, season_id: int, tokens: dict[str, str], account_id: int, now: str) -> None:
        """New links (code -> token hash); each county's earlier links are revoked in the same transaction."""
        from sqlalchemy import insert, update

        lk = self.t["links"]
        with self.engine.begin() as conn:
            for code, token_hash in tokens.items():
                conn.execute(update(lk).where(lk.c.season_id == season_id, lk.c.code == code,
                                              lk.c.revoked_at.is_(None)).values(revoked_at=now))
                conn.execute(insert(lk).values(season_id=season_id, code=code, token_hash=token_hash, created_at=now,
                                               created_by=account_id))
            self._audit(conn, now, f"account:{account_id}", "links.create", season_id, None,
                        {"codes": sorted(tokens)})

    def revoke_link(self, season_id: int, link_id: int, account_id: int, now: str) -> bool:
        from sqlalchemy import update

        lk = self.t["links"]
        with self.engine.begin() as conn:
            done = conn.execute(update(lk).where(lk.c.id == link_id, lk.c.season_id == season_id,
                                                 lk.c.revoked_at.is_(None)).values(revoked_at=now)).rowcount
            if done:
                self._audit(conn, now, f"account:{account_id}", "links.revoke", season_id, None, {"link": link_id})
            return bool(done)

    def link_by_token_hash(self, token_hash: str) -> Link | None:
        from sqlalchemy import select

        lk = self.t["links"]
        with self.engine.connect() as conn:
            row = conn.execute(select(lk).where(lk.c.token_hash == token_hash, lk.c.revoked_at.is_(None))).first()
        return Link(row.id, row.season_id, row.code) if row else None

    def link(self, link_id: int) -> Link | None:
        """A link still in force (a revoked one ends the county's session at its next request)."""
        from sqlalchemy import select

        lk = self.t["links"]
        with self.engine.connect() as conn:
            row = conn.execute(select(lk).where(lk.c.id == link_id, lk.c.revoked_at.is_(None))).first()
        return Link(row.id, row.season_id, row.code) if row else None

    def county_of_link(self, link_id: int):
        """A link still in force, with its season and its county's roster entry, in one query:
        (Link, Season, roster row) or None when the link is revoked or unknown, or its county is no
        longer on its season's roster."""
        from sqlalchemy import select

        lk, se, ro = self.t["links"], self.t["seasons"], self.t["roster"]
        query = (select(lk.c.id.label("link_id"), lk.c.code, se, ro.c.name.label("entity_name"), ro.c.level,
                        ro.c.region)
                 .join(se, se.c.id == lk.c.season_id)
                 .join(ro, (ro.c.season_id == lk.c.season_id) & (ro.c.code == lk.c.code))
                 .where(lk.c.id == link_id, lk.c.revoked_at.is_(None)))
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        season = Season(row.id, row.name, row.period, row.deadline, row.criteria, row.round_label)
        return Link(row.link_id, row.id, row.code), season, row

    def links(self, season_id: int) -> list:
        from sqlalchemy import select

        lk = self.t["links"]
        with self.engine.connect() as conn:
            return list(conn.execute(select(lk.c.id, lk.c.code, lk.c.created_at, lk.c.revoked_at)
                                     .where(lk.c.season_id == season_id).order_by(lk.c.code, lk.c.id)))

    # uploads --------------------------------------------------------------------------------

    def add_upload(self, link: Link, round_label: str, filename: str, sha256: str, content: bytes, now: str,
                   exit_code: int, record: str, summary: dict) -> int:
        """One upload with its check's record (JSON text, stored as the checker wrote it)."""
        from sqlalchemy import insert

        with self.engine.begin() as conn:
            uid = conn.execute(insert(self.t["uploads"]).values(
                season_id=link.season_id, code=link.code, round_label=round_label, link_id=link.id,
                filename=filename, sha256=sha256, size=len(content), content=content, uploaded_at=now,
                exit_code=exit_code, record=record,
                summary=json.dumps(summary, ensure_ascii=False, sort_keys=True))).inserted_primary_key[0]
            self._audit(conn, now, f"link:{link.id}", "upload", link.season_id, link.code,
                        {"upload": uid, "sha256": sha256, "filename": filename, "size": len(content),
                         "round": round_label})
            return uid

    def failed_logins_since(self, username: str, client: str, since: str) -> tuple[int, int]:
        """Failed log-ins since `since` under a user name (known or not: the audit's `login:NAME` rows)
        and from a client address (its `client:ADDRESS` rows)."""
        from sqlalchemy import func, select

        a = self.t["audit"]

        def count(conn, actor: str) -> int:
            return conn.execute(select(func.count()).select_from(a).where(
                a.c.actor == actor, a.c.action == "login.failed", a.c.at >= since)).scalar_one()

        with self.engine.connect() as conn:
            return count(conn, f"login:{username[:100]}"), count(conn, f"client:{client[:100]}")

    def login_failed(self, now: str, username: str, client: str) -> None:
        """A failed log-in, counted under its user name and under its client address (one transaction)."""
        with self.engine.begin() as conn:
            self._audit(conn, now, f"login:{username[:100]}", "login.failed", None, None, {})
            self._audit(conn, now, f"client:{client[:100]}", "login.failed", None, None, {})

    def uploads_since(self, link_id: int, since: str) -> int:
        from sqlalchemy import func, select

        a = self.t["audit"]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(a).where(
                a.c.actor == f"link:{link_id}", a.c.action.in_(("upload", "upload.refused")), a.c.at >= since)
            ).scalar_one()

    def uploads(self, season_id: int, code: str) -> list:
        """One county's uploads in a season, newest first (without their contents)."""
        from sqlalchemy import select

        u = self.t["uploads"]
        with self.engine.connect() as conn:
            return list(conn.execute(select(u.c.id, u.c.round_label, u.c.filename, u.c.sha256, u.c.size,
                                            u.c.uploaded_at, u.c.exit_code, u.c.summary)
                                     .where(u.c.season_id == season_id, u.c.code == code).order_by(u.c.id.desc())))

    def upload(self, season_id: int, code: str, upload_id: int):
        """An upload of this county in this season, or None: the id alone never finds another's."""
        from sqlalchemy import select

        u = self.t["uploads"]
        with self.engine.connect() as conn:
            return conn.execute(select(u).where(u.c.id == upload_id, u.c.season_id == season_id,
                                                u.c.code == code)).first()

    def upload_record(self, season_id: int, code: str, upload_id: int) -> str | None:
        """An upload's record (JSON text) of this county in this season, or None; nothing else of
        the row (its file stays in the database)."""
        from sqlalchemy import select

        u = self.t["uploads"]
        with self.engine.connect() as conn:
            return conn.execute(select(u.c.record).where(u.c.id == upload_id, u.c.season_id == season_id,
                                                         u.c.code == code)).scalar_one_or_none()

    def latest_uploads(self, season_id: int, round_label: str) -> list:
        """Each county's last upload in this round (office views and freezing)."""
        from sqlalchemy import func, select

        u = self.t["uploads"]
        last = (select(func.max(u.c.id)).where(u.c.season_id == season_id, u.c.round_label == round_label)
                .group_by(u.c.code))
        with self.engine.connect() as conn:
            return list(conn.execute(select(u).where(u.c.id.in_(last)).order_by(u.c.code)))

    # rounds ---------------------------------------------------------------------------------

    def frozen(self, season_id: int) -> list:
        from sqlalchemy import select

        r = self.t["rounds"]
        with self.engine.connect() as conn:
            return list(conn.execute(select(r).where(r.c.season_id == season_id).order_by(r.c.id)))

    def freeze(self, season: Season, store_round: str, record: str, counties: dict[str, tuple[str, dict]],
               next_label: str, account_id: int, now: str) -> None:
        """Record the frozen round (the batch's record, and each county's: code -> (record, summary))
        and open the next one, in one transaction (the store's round is written by the caller just
        before, in its own)."""
        from sqlalchemy import insert, update

        s = self.t["seasons"]
        with self.engine.begin() as conn:
            rid = conn.execute(insert(self.t["rounds"]).values(
                season_id=season.id, label=season.round_label, store_round=store_round, frozen_at=now,
                frozen_by=account_id, record=record)).inserted_primary_key[0]
            if counties:
                conn.execute(insert(self.t["round_entities"]), [
                    {"round_id": rid, "season_id": season.id, "code": code, "record": text,
                     "summary": json.dumps(summary, ensure_ascii=False, sort_keys=True)}
                    for code, (text, summary) in sorted(counties.items())])
            conn.execute(update(s).where(s.c.id == season.id).values(round_label=next_label))
            self._audit(conn, now, f"account:{account_id}", "round.freeze", season.id, None,
                        {"round": season.round_label, "store_round": store_round})

    def rounds(self, season_id: int) -> list:
        """The season's frozen rounds without their records (id, label, store_round, frozen_at)."""
        from sqlalchemy import select

        r = self.t["rounds"]
        with self.engine.connect() as conn:
            return list(conn.execute(select(r.c.id, r.c.label, r.c.store_round, r.c.frozen_at)
                                     .where(r.c.season_id == season_id).order_by(r.c.id)))

    def county_rounds(self, season_id: int, code: str) -> list:
        """One county's frozen results (round id, label, frozen_at, summary), oldest first: its own
        small rows, never the round's batch record."""
        from sqlalchemy import select

        r, e = self.t["rounds"], self.t["round_entities"]
        with self.engine.connect() as conn:
            return list(conn.execute(select(r.c.id, r.c.label, r.c.frozen_at, e.c.summary)
                                     .join(e, e.c.round_id == r.c.id)
                                     .where(e.c.season_id == season_id, e.c.code == code).order_by(r.c.id)))

    def county_round(self, season_id: int, code: str, round_id: int) -> str | None:
        """One county's record of one frozen round of this season (JSON text), or None."""
        from sqlalchemy import select

        e = self.t["round_entities"]
        with self.engine.connect() as conn:
            return conn.execute(select(e.c.record).where(e.c.round_id == round_id, e.c.season_id == season_id,
                                                         e.c.code == code)).scalar_one_or_none()

    def round_counties(self, season_id: int, round_id: int) -> list:
        """Every county's record of one frozen round (code, name from the roster, record), by code."""
        from sqlalchemy import select

        e, ro = self.t["round_entities"], self.t["roster"]
        with self.engine.connect() as conn:
            return list(conn.execute(
                select(e.c.code, ro.c.name, e.c.record)
                .join(ro, (ro.c.season_id == e.c.season_id) & (ro.c.code == e.c.code), isouter=True)
                .where(e.c.round_id == round_id, e.c.season_id == season_id).order_by(e.c.code)))

    # waivers --------------------------------------------------------------------------------

    def add_waiver(self, season_id: int, row: dict, account_id: int, now: str) -> None:
        from sqlalchemy import insert

        with self.engine.begin() as conn:
            conn.execute(insert(self.t["waivers"]).values(season_id=season_id, created_by=account_id,
                                                          created_at=now, **row))
            self._audit(conn, now, f"account:{account_id}", "waiver.add", season_id, row["code"], row)

    def waivers(self, season_id: int) -> list:
        from sqlalchemy import select

        w = self.t["waivers"]
        with self.engine.connect() as conn:
            return list(conn.execute(select(w).where(w.c.season_id == season_id).order_by(w.c.id)))

    # audit ----------------------------------------------------------------------------------

    def audit(self, now: str, actor: str, action: str, season_id: int | None, code: str | None,
              detail: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            self._audit(conn, now, actor, action, season_id, code, detail)

    def _audit(self, conn, now: str, actor: str, action: str, season_id, code, detail: dict) -> None:
        from sqlalchemy import insert

        conn.execute(insert(self.t["audit"]).values(at=now, actor=actor, action=action, season_id=season_id,
                                                    code=code, detail=json.dumps(detail, ensure_ascii=False,
                                                                                 sort_keys=True)))
