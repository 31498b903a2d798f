"""What keeps the portal's doors shut: passwords (argon2), county links (unguessable tokens stored
hashed), CSRF tokens, response headers (a strict Content-Security-Policy), upload limits and rate,
and the office's clock (deadlines are the office's dates: Asia/Shanghai unless CHECKER_TZ says
otherwise)."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import datetime, timedelta, timezone

# the intake's own limits (README, Limits), applied to the upload before a byte is parsed
UPLOAD_SUFFIXES = {".xlsx": 32 << 20, ".yaml": 8 << 20, ".yml": 8 << 20, ".json": 8 << 20, ".csv": 64 << 20}
UPLOAD_MAX = max(UPLOAD_SUFFIXES.values())
RATE_WINDOW = timedelta(minutes=10)
RATE_MAX = 30  # uploads per link in RATE_WINDOW: a county re-uploading by hand never comes near it
SESSION_HOURS = 8
LOGIN_WINDOW = timedelta(minutes=15)
LOGIN_MAX = 10  # failed log-ins per user name in LOGIN_WINDOW; then refused, right password or not, until it passes
# failed log-ins from one client address in LOGIN_WINDOW, whatever names it tries (guessing across names);
# an office behind one NAT address shares it: high enough for a room of inspectors mistyping
LOGIN_MAX_CLIENT = 50


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


# an argon2 hash checked when the user name is unknown, so that a wrong name costs as long as a wrong password
_DUMMY = None


def dummy_verify(password: str) -> None:
    global _DUMMY
    if _DUMMY is None:
        _DUMMY = hash_password(secrets.token_urlsafe(16))
    verify_password(_DUMMY, password)


def new_token() -> str:
    """A county's link token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What is stored of a token: its SHA-256 (the token has 256 bits of entropy: no salt or
    stretching is needed to keep it from being guessed back)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_secret() -> str:
    return secrets.token_urlsafe(48)


def csrf_token(session: dict) -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_ok(session: dict, sent: str | None) -> bool:
    expected = session.get("csrf")
    return bool(expected and sent and hmac.compare_digest(expected, sent))


def content_security_policy(script_hashes: tuple[str, ...] = ()) -> str:
    """The portal's pages run no script; a report page runs only its own one script, by hash."""
    scripts = " ".join(f"'sha256-{h}'" for h in script_hashes) or "'none'"
    return ("default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            f"script-src {scripts}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def script_hashes(html: str) -> tuple[str, ...]:
    """The base64 SHA-256 of each inline <script> of a page (for its Content-Security-Policy)."""
    import base64
    import re

    found = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    return tuple(base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
                 for attrs, body in found if "src=" not in attrs and "application/json" not in attrs and body.strip())


def office_zone():
    from zoneinfo import ZoneInfo

    return ZoneInfo(os.environ.get("CHECKER_TZ", "Asia/Shanghai"))


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def stamp(moment: datetime) -> str:
    """A moment as stored: UTC, ISO 8601, second precision (sorts as text)."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def past_deadline(deadline: str, moment: datetime) -> bool:
    """Uploads are taken until the end of the deadline's day, in the office's time zone."""
    local = moment.astimezone(office_zone()).date().isoformat()
    return local > deadline


def local_time(stamped: str) -> str:
    """A stored moment as the office reads it (YYYY-MM-DD HH:MM, office time)."""
    moment = datetime.strptime(stamped, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return moment.astimezone(office_zone()).strftime("%Y-%m-%d %H:%M")
