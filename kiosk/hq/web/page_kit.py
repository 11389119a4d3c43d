"""What every dashboard page shares: who is signed in (the session cookie, viewer or admin),
the CSRF check, cookies, the page template with its security headers, redirects and refusals,
the reader's language before signing in, and the bars of the inline SVG charts.

A browser holds one cookie, a random session id (kiosk/hq/web_sessions.py); every form
carries the session's CSRF token (the sign-in form a one-off token in a cookie of its own,
double submitted).
"""

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from kiosk.core.packet_sums import Cell
from kiosk.hq.accounts import LANGUAGES, Account, Accounts
from kiosk.hq.store import HqStore
from kiosk.hq.web.words import LANGUAGE_NAMES, word
from kiosk.hq.web_sessions import WebSession, WebSessions

HERE = Path(__file__).parent
SESSION_COOKIE = "hq_session"
SIGN_IN_COOKIE = "hq_sign_in"
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    # Everything the pages need comes from headquarters itself; no script runs at all.
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}

templates = Jinja2Templates(directory=HERE / "templates")


class WebRefusal(Exception):
    """A page the browser may not see (403) or that needs signing in first (303)."""

    def __init__(self, status: int, location: str = "") -> None:
        self.status, self.location = status, location


@dataclass(frozen=True, slots=True)
class Visitor:
    account: Account
    session: WebSession
    session_id: str


def accounts_of(request: Request) -> Accounts:
    accounts: Accounts = request.app.state.accounts
    return accounts


def sessions_of(request: Request) -> WebSessions:
    sessions: WebSessions = request.app.state.web_sessions
    return sessions


def store_of(request: Request) -> HqStore:
    store: HqStore = request.app.state.store
    return store


def signed_in(request: Request) -> Visitor:
    session_id = request.cookies.get(SESSION_COOKIE, "")
    found = sessions_of(request).find_with_account(session_id)  # one query, one checkout
    if found is None:
        raise WebRefusal(303, "/sign-in")
    session, row = found
    account = accounts_of(request).account_of(row)
    if account.must_change_password and request.url.path != "/password":
        raise WebRefusal(303, "/password")
    return Visitor(account, session, session_id)


def admin(visitor: Annotated[Visitor, Depends(signed_in)]) -> Visitor:
    if not visitor.account.is_admin:
        raise WebRefusal(403)
    return visitor


Signed = Annotated[Visitor, Depends(signed_in)]
Admin = Annotated[Visitor, Depends(admin)]
Csrf = Annotated[str, Form(max_length=100)]


def check_csrf(visitor: Visitor, token: str) -> None:
    if not secrets.compare_digest(token.encode(), visitor.session.csrf_token.encode()):
        raise WebRefusal(403)


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str, age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=age,
        path="/",
        secure=_secure(request),
        httponly=True,
        samesite="strict",
    )


def page(
    request: Request,
    template: str,
    language: str,
    visitor: Visitor | None = None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    def t(key: str, **values: object) -> str:
        return word(key, language, **values)

    def show(cell: Cell) -> str:
        return shown(cell, language)

    response = templates.TemplateResponse(
        request,
        template,
        {
            "t": t,
            "show": show,
            "lang": language,
            "languages": LANGUAGE_NAMES,
            "visitor": visitor,
            "csrf": visitor.session.csrf_token if visitor else "",
            "path": request.url.path,
            **context,
        },
        status_code=status,
    )
    response.headers.update(SECURITY_HEADERS)
    return response


def shown(cell: Cell, language: str) -> str:
    """A figure as the pages show it: `12`, at least 12, or suppressed (never 0)."""
    if cell.suppressed:
        return word("suppressed", language)
    return word("at_least", language, n=cell.known) if cell.partial else str(cell.known)


def redirect(location: str) -> RedirectResponse:
    return RedirectResponse(location, status_code=303)


def browser_language(request: Request) -> str:
    """Before signing in: the first of en, nl, fr the browser asks for (else English)."""
    for part in request.headers.get("accept-language", "")[:200].split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return "en"


def bar_chart(points: list[tuple[str, Cell]]) -> dict[str, Any]:
    """Bars for an inline SVG (the numbers are in the table beside it)."""
    top = max([cell.known for _, cell in points] + [1])
    width = max(1, len(points))
    bars = []
    for index, (label, cell) in enumerate(points):
        x, bar_width, height = index * 100 / width, 100 / width * 0.8, cell.known * 100 / top
        bars.append(
            {
                "label": label,
                "value": cell.known,
                # the <rect>'s geometry, formatted here rather than in the template
                "geometry": Markup(
                    f'x="{x:.3f}" y="{55 - height * 0.5:.3f}" width="{bar_width:.3f}" '
                    f'height="{height * 0.5:.3f}"'
                ),
            }
        )
    return {"bars": bars, "top": top}
