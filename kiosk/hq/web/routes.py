"""The dashboard's pages for people, wired onto headquarters' app: signing in
(signing_in.py), the overview (overview.py) and the admin pages (admin_pages.py), sharing
page_kit.py (sessions, CSRF, templates) and period.py; the stylesheet; and how a refusal or a
bad form is answered. Viewers see the overview; admins also the sites, readers and accounts
pages. Open data (public.py) is wired by kiosk/hq/api.py.
"""

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from kiosk.core.errors import ValidationError
from kiosk.hq.accounts import Accounts
from kiosk.hq.store import HqStore
from kiosk.hq.web import admin_pages, overview, signing_in
from kiosk.hq.web.page_kit import HERE, WebRefusal, redirect
from kiosk.hq.web_sessions import WebSessions


async def _refused(request: Request, error: Exception) -> Response:
    assert isinstance(error, WebRefusal)
    if error.status == 303:
        return redirect(error.location)
    return HTMLResponse(
        f"<!doctype html><html lang=en><title>{error.status}</title>"
        f"<p>{error.status}: {'not for this account' if error.status == 403 else 'not here'}."
        ' <a href="/overview">Overview</a></p></html>',
        status_code=error.status,
    )


async def _invalid_form(request: Request, error: Exception) -> Response:
    assert isinstance(error, ValidationError)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": f"{error.field}: {error.message}"[:300]}, 422)
    return HTMLResponse(
        f"<!doctype html><html lang=en><title>422</title><p>{_escape(error.field)}: "
        f'{_escape(error.message)} <a href="/overview">Overview</a></p></html>',
        status_code=422,
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def install(app: FastAPI, store: HqStore) -> None:
    """The dashboard on headquarters' app: its pages, its stylesheet, its refusals."""
    app.state.accounts = Accounts(store.engine, store.clock)
    app.state.web_sessions = WebSessions(store.engine, store.clock)
    app.add_exception_handler(WebRefusal, _refused)
    app.add_exception_handler(ValidationError, _invalid_form)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for pages in (signing_in, overview, admin_pages):
        app.include_router(pages.router)


__all__ = ["install"]
