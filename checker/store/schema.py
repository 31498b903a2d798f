"""The history store's tables (SQLAlchemy Core) and opening a store: SQLite or PostgreSQL, one URL form.

    store_meta   key, value                    — `schema_version` (SCHEMA_VERSION)
    rounds       id, name (unique), created_at, checker_version, packs (JSON)
    submissions  id, round_id, entity code/name/level/region, period, file, files (JSON: file, sha256)
    facts        id, submission_id, indicator, stage, period, scope, value (JSON), unit, value_as_written,
                 unit_as_written, document, locator, quote, location (JSON), locator_en (a figure the
                 checker made: how, in English; `locator` says it in Chinese)
    findings     id, round_id, entity_code, period, criterion_id, stage, pack, status, severity, titles,
                 messages, evidence (JSON: the figures cited), waiver (JSON)

A round is identified by its name (`--round 2022-初审`); ids only join the tables.

Schema versions are Alembic revisions (checker/store/migrations/versions/: revision "0004" is
schema version 4), run in code on the store's own connection and transaction: a new store is made
by running them all, an older store is upgraded in place when opened (a version-1 store made
before Alembic is stamped at "0001" first), and `store_meta.schema_version` always says the
version. A store newer than this checker (or of a version it has no revision for) is refused with
a message saying which — never reinterpreted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checker.i18n import Text, t

SCHEMA_VERSION = 4  # the latest revision in migrations/versions/, as a number
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """A store that cannot be used: bad URL, unreachable, another schema version, unknown round."""

    def __init__(self, message: Text):
        super().__init__(message.render("en"))
        self.text = message


def _tables():
    from sqlalchemy import (Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text as SqlText,
                            UniqueConstraint)

    md = MetaData()
    meta = Table("store_meta", md, Column("key", String(64), primary_key=True), Column("value", SqlText, nullable=False))
    rounds = Table("rounds", md, Column("id", Integer, primary_key=True, autoincrement=True),
                   Column("name", String(200), nullable=False), Column("created_at", String(32), nullable=False),
                   Column("checker_version", String(32), nullable=False), Column("packs", SqlText, nullable=False),
                   UniqueConstraint("name", name="rounds_name_unique"))
    subs = Table("submissions", md, Column("id", Integer, primary_key=True, autoincrement=True),
                 Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
                 Column("entity_code", String(32), nullable=False), Column("entity_name", SqlText, nullable=False),
                 Column("entity_level", String(16), nullable=False), Column("entity_region", String(16)),
                 Column("period", Integer, nullable=False), Column("file", SqlText, nullable=False),
                 Column("files", SqlText, nullable=False),
                 Index("submissions_round_entity", "round_id", "entity_code", "period"),
                 Index("submissions_entity", "entity_code", "period"))
    facts = Table("facts", md, Column("id", Integer, primary_key=True, autoincrement=True),
                  Column("submission_id", Integer, ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False),
                  Column("indicator", String(100), nullable=False), Column("stage", String(32)),
                  Column("period", Integer, nullable=False), Column("scope", SqlText),
                  Column("value", SqlText), Column("value_number", Float), Column("unit", String(16)),
                  Column("value_as_written", SqlText), Column("unit_as_written", SqlText),
                  Column("document", SqlText), Column("locator", SqlText), Column("quote", SqlText),
                  Column("location", SqlText, nullable=False), Column("locator_en", SqlText),
                  Index("facts_submission", "submission_id"))
    findings = Table("findings", md, Column("id", Integer, primary_key=True, autoincrement=True),
                     Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
                     Column("entity_code", String(32), nullable=False), Column("entity_name", SqlText, nullable=False),
                     Column("period", Integer, nullable=False), Column("criterion_id", String(64), nullable=False),
                     Column("stage", String(32)), Column("pack", String(64), nullable=False),
                     Column("status", String(16), nullable=False), Column("severity", String(16), nullable=False),
                     Column("title_zh", SqlText, nullable=False), Column("title_en", SqlText, nullable=False),
                     Column("message_zh", SqlText, nullable=False), Column("message_en", SqlText, nullable=False),
                     Column("evidence", SqlText, nullable=False), Column("waiver", SqlText),
                     Index("findings_key", "round_id", "entity_code", "period", "criterion_id", "stage",
                           "status"))
    return md, meta, rounds, subs, facts, findings


@dataclass
class Tables:
    md: object
    meta: object
    rounds: object
    submissions: object
    facts: object
    findings: object


def engine_url(url: str) -> str:
    """`postgresql://…` means psycopg (3), not SQLAlchemy's default psycopg2; a bare path is a SQLite file."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def connect(url: str, create: bool = False):
    """An SQLAlchemy engine on the store at `url`, its schema version checked. Only with `create`
    (a run that records a round) is an absent store made — a SQLite file that does not exist, or an
    empty database; read-only use of an absent store is refused, so a typo never makes an empty
    store. A file that is not a database, or a database of another application (tables of its own,
    no store_meta), is refused and never written into."""
    from sqlalchemy import create_engine, event, inspect, select
    from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

    try:
        engine = create_engine(engine_url(url))
        if engine.dialect.name == "sqlite":
            path = engine.url.database
            if not create and path and path != ":memory:" and not Path(path).exists():
                raise StoreError(t("store.absent", url=_safe(url)))  # before SQLite makes an empty file
            event.listen(engine, "connect", _sqlite_pragmas)
        tables = Tables(*_tables())
        with engine.begin() as conn:
            names = set(inspect(conn).get_table_names())
            if "store_meta" not in names:
                if names & {"rounds", "submissions", "facts", "findings"}:
                    raise StoreError(t("store.not_a_store", url=_safe(url)))
                if names:
                    shown = ", ".join(sorted(names)[:5]) + (", …" if len(names) > 5 else "")
                    raise StoreError(t("store.foreign_database", url=_safe(url), tables=shown))
                if not create:
                    raise StoreError(t("store.absent", url=_safe(url)))
                migrate(conn)  # every revision, from nothing
            else:
                row = conn.execute(select(tables.meta.c.value).where(tables.meta.c.key == "schema_version")).first()
                version = int(row[0]) if row and str(row[0]).isdigit() else None
                if version != SCHEMA_VERSION:
                    if version is None or not 1 <= version < SCHEMA_VERSION:  # newer than this checker, or unknown
                        raise StoreError(t("store.wrong_version", url=_safe(url),
                                           found=version if version is not None else "?", supported=SCHEMA_VERSION))
                    migrate(conn, None if "alembic_version" in names else version)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(t("store.bad_url", url=_safe(url), reason=str(exc).splitlines()[0])) from exc
    except OperationalError as exc:
        raise StoreError(t("store.unreachable", url=_safe(url), reason=str(exc.orig).strip().splitlines()[0])) from exc
    except DatabaseError as exc:  # SQLite: "file is not a database"
        raise StoreError(t("store.not_a_database", url=_safe(url),
                           reason=str(getattr(exc, "orig", exc)).strip().splitlines()[0])) from exc
    return engine, tables


def revision(version: int) -> str:
    """The Alembic revision of a schema version (3 -> "0003")."""
    return f"{version:04d}"


def migrate(conn, stamp: int | None = None, target: int = SCHEMA_VERSION) -> None:
    """Bring the store on `conn` to schema version `target` with the Alembic revisions, inside the
    connection's transaction (a failed upgrade leaves the store as it was). `stamp`: the version of
    a store made before Alembic (no alembic_version table), recorded first as its revision.
    Imported only here: opening an up-to-date store never loads Alembic (start-up)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    if stamp is not None:
        command.stamp(config, revision(stamp))
    command.upgrade(config, revision(target))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    if "://" in url and "@" in url.split("://", 1)[1]:
        scheme, rest = url.split("://", 1)
        cred, host = rest.rsplit("@", 1)
        return f"{scheme}://{cred.split(':', 1)[0]}:***@{host}" if ":" in cred else url
    return url


safe_url = _safe  # for the callers outside the store
