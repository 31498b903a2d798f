"""`checker serve --demo`: a season to try the portal with, built from the bundled seed submissions
(曲靖市 and 长治市 2021, whose transcriptions are in submissions/): an office account with a fresh
random password, the season with its roster, and one access link per entity, printed once."""

from __future__ import annotations

import secrets
from datetime import date, timedelta

from checker.web import security
from checker.web.portal import Portal

DEMO_USER = "demo"
DEMO_SEASON = "演示 2021 履职自评"
DEMO_ROSTER = [
    {"code": "530300", "name": "曲靖市", "level": "prefecture", "region": "west"},  # submissions/qujing-2021.yaml
    {"code": "140400", "name": "长治市", "level": "prefecture", "region": "central"},  # batch-seeds-001-003.csv
    {"code": "530322", "name": "陆良县", "level": "county", "region": "west"},  # no submission yet: fill the form
]


def make_demo(portal: Portal, base_url: str) -> list[str]:
    """Create (once) the demo account and season; the lines to print: how to log in, the links."""
    now = security.stamp(security.now_utc())
    password = secrets.token_urlsafe(12)
    row = portal.account_by_name(DEMO_USER)
    if row is None:
        account_id = portal.add_account(DEMO_USER, security.hash_password(password), "演示督导室", now)
    else:
        account_id = row.id
        portal.set_password(account_id, security.hash_password(password))
    season = next((s for s in portal.seasons() if s.name == DEMO_SEASON), None)
    if season is None:
        deadline = (date.today() + timedelta(days=30)).isoformat()
        sid = portal.add_season(DEMO_SEASON, 2021, deadline, None, DEMO_ROSTER, account_id, now)
    else:
        sid = season.id
    tokens = {r["code"]: security.new_token() for r in DEMO_ROSTER}
    portal.add_links(sid, {c: security.token_hash(t) for c, t in tokens.items()}, account_id, now)
    lines = [f"office: {base_url}/office/login  user {DEMO_USER}  password {password}"]
    lines += [f"{r['code']} {r['name']}: {base_url}/c/{tokens[r['code']]}" for r in DEMO_ROSTER]
    return lines
