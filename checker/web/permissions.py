"""Who is asking, in one place. Every view starts here: an office account (logged in with its
password) or a county (through its link); each query a view makes is scoped by what this module
returns — a county's season and code come from its link row, never from the request."""

from __future__ import annotations

from dataclasses import dataclass

from checker.web.portal import Link, Portal, Season


@dataclass(frozen=True)
class Office:
    account_id: int
    username: str
    display_name: str

    @property
    def actor(self) -> str:
        return f"account:{self.account_id}"


@dataclass(frozen=True)
class County:
    link: Link
    season: Season
    name: str
    level: str
    region: str | None

    @property
    def code(self) -> str:
        return self.link.code

    @property
    def actor(self) -> str:
        return f"link:{self.link.id}"


class Denied(Exception):
    """The request may not see this: the view answers with the login page (office) or 403 (county)."""

    def __init__(self, who: str):
        super().__init__(who)
        self.who = who  # "office" or "county"


def office(portal: Portal, session: dict) -> Office | None:
    account_id = session.get("account")
    if not isinstance(account_id, int):
        return None
    row = portal.account(account_id)
    if row is None or session.get("mark", "") != portal.session_mark(f"account:{account_id}"):  # logged out since
        return None
    return Office(row.id, row.username, row.display_name)


def county(portal: Portal, session: dict) -> County | None:
    """The county whose link opened this session, while the link is in force and on its season's roster
    and no one has logged out through it since the session began."""
    link_id = session.get("link")
    if not isinstance(link_id, int):
        return None
    found = portal.county_of_link(link_id)  # link in force, season and roster entry: one query
    if found is None or session.get("mark", "") != portal.session_mark(f"link:{link_id}"):
        return None
    link, season, entry = found
    return County(link, season, entry.entity_name, entry.level, entry.region)


def require_office(portal: Portal, session: dict) -> Office:
    who = office(portal, session)
    if who is None:
        raise Denied("office")
    return who


def require_county(portal: Portal, session: dict) -> County:
    who = county(portal, session)
    if who is None:
        raise Denied("county")
    return who
