"""The app factory: `create_app(store_url)` gives the portal as an ASGI app (Starlette), served by
`checker serve` through uvicorn, or by any ASGI server behind a reverse proxy.

Everything it keeps is in the database at `store_url` (the history store's): several workers or
machines can serve one office. The session secret comes from CHECKER_SECRET or is made on first
start and kept in the database; never in the repository. Sessions are signed cookies (HttpOnly,
SameSite=Lax, Secure when `secure`, i.e. behind TLS). Pages are Jinja2 templates beside the views
(checker/web/templates/), autoescaped; every response carries a strict Content-Security-Policy.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

HERE = Path(__file__).parent


def absolute_url(url: str) -> str:
    """A SQLite path made absolute (the checker processes the portal starts run in other folders)."""
    if "://" not in url:
        return str(Path(url).resolve())
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        return "sqlite:///" + str(Path(url[len("sqlite:///"):]).resolve())
    return url


def create_app(store_url: str, secure: bool = False, secret: str | None = None, warm: bool = False):
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.sessions import SessionMiddleware
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    from checker.web import county, drafts, office, pages, security, work
    from checker.web.portal import Portal

    url = absolute_url(store_url)
    portal = Portal(url)
    secret = secret or os.environ.get("CHECKER_SECRET") or portal.secret(security.new_secret)
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                            trim_blocks=True, lstrip_blocks=True)
    middleware = [
        Middleware(pages.Headers),
        Middleware(SessionMiddleware, secret_key=secret, session_cookie="checker_session",
                   max_age=security.SESSION_HOURS * 3600, same_site="lax", https_only=secure),
    ]
    routes = office.routes() + county.routes() + drafts.routes() + [Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]
    checkers = work.Checkers()

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        import threading

        if warm:  # the workers started and the packs compiled while the server starts listening
            threading.Thread(target=checkers.warm, daemon=True).start()
        try:
            yield
        finally:
            checkers.close()
            portal.close()

    app = Starlette(routes=routes, middleware=middleware, exception_handlers=pages.handlers(), lifespan=lifespan)
    app.state.checkers = checkers
    app.state.portal = portal
    app.state.url = url
    app.state.templates = templates
    return app
