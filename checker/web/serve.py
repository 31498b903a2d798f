"""`checker serve`: the portal on one machine (uvicorn), and the office's first account."""

from __future__ import annotations

import getpass
import os
import sys

DEFAULT_STORE = "checker-portal.db"  # a SQLite file in the working folder


def create_account(store: str, username: str, display_name: str | None) -> int:
    """Add an office account; the password from CHECKER_PASSWORD or asked twice on the terminal."""
    from checker.i18n import text
    from checker.web import security
    from checker.web.app import absolute_url
    from checker.web.portal import Portal

    password = os.environ.get("CHECKER_PASSWORD")
    if password is None:
        password = getpass.getpass(text("web.cli_password", "zh") + ": ")
        if password != getpass.getpass(text("web.cli_password_again", "zh") + ": "):
            print(text("web.cli_password_mismatch", "zh"), file=sys.stderr)
            return 2
    if len(password) < 10:
        print(text("web.cli_password_short", "zh"), file=sys.stderr)
        return 2
    portal = Portal(absolute_url(store))
    try:
        if portal.account_by_name(username) is not None:
            print(text("web.cli_account_exists", "zh", username=username), file=sys.stderr)
            return 2
        portal.add_account(username, security.hash_password(password), display_name or username,
                           security.stamp(security.now_utc()))
    finally:
        portal.close()
    print(text("web.cli_account_created", "zh", username=username))
    return 0


def serve(store: str, host: str, port: int, demo: bool, secure: bool, workers: int = 1) -> int:
    """The portal under uvicorn; with `workers` > 1, that many server processes on the one port,
    each made by `app_from_environment` (the app keeps nothing outside the store: sessions are
    signed cookies, the secret and every limit are in the database)."""
    import uvicorn

    from checker.i18n import text
    from checker.web.app import absolute_url, create_app

    app = create_app(store, secure=secure, warm=workers == 1)
    portal = app.state.portal
    base = f"http://{host}:{port}"
    if demo:
        from checker.web.demo import make_demo

        for line in make_demo(portal, base):
            print(line)
    elif portal.accounts_count() == 0:
        print(text("web.cli_no_account", "zh", store=store))
    print(text("web.cli_serving", "zh", url=base, store=app.state.url))
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=True)
        return 0
    portal.close()
    os.environ.update({STORE_VARIABLE: absolute_url(store), SECURE_VARIABLE: "1" if secure else ""})
    uvicorn.run("checker.web.serve:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning", proxy_headers=True)
    return 0


STORE_VARIABLE, SECURE_VARIABLE = "CHECKER_SERVE_STORE", "CHECKER_SERVE_SECURE"


def app_from_environment():
    """One server process's app (`checker serve --workers N`): the store and TLS setting `serve` set."""
    from checker.web.app import create_app

    return create_app(os.environ[STORE_VARIABLE], secure=bool(os.environ.get(SECURE_VARIABLE)), warm=True)
