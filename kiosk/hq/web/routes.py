"""The dashboard's pages: sign in and out, password, language, overview, sites, readers,
accounts, and downloads of what they show.

A browser holds one cookie, a random session id (web_sessions.py); every form carries the
session's CSRF token (the sign-in form a one-off token in a cookie of its own, double
submitted). Viewers see the overview; admins also the sites, readers and accounts pages,
where every action is audited (accounts.py).
"""

import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from kiosk.core.category_names import category_name
from kiosk.core.codes import AgeBand, Sex
from kiosk.core.disclosure import OTHER
from kiosk.core.errors import ValidationError
from kiosk.core.packet_sums import SUMMARY, Cell, PeriodSums
from kiosk.core.site import SITE_ID
from kiosk.hq.access import MAX_PERIOD_DAYS
from kiosk.hq.accounts import LANGUAGES, Account, Accounts
from kiosk.hq.store import HqStore
from kiosk.hq.web.downloads import as_csv, as_xlsx, overview_rows, safe
from kiosk.hq.web.site_status import reader_statuses, site_statuses
from kiosk.hq.web.words import LANGUAGE_NAMES, word
from kiosk.hq.web_sessions import SESSION_HOURS, WebSession, WebSessions

HERE = Path(__file__).parent
SESSION_COOKIE = "hq_session"
SIGN_IN_COOKIE = "hq_sign_in"
PRESETS = ("this-week", "last-30", "this-year")
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
router = APIRouter(include_in_schema=False)


class WebRefusal(Exception):
    """A page the browser may not see (403) or that needs signing in first (303)."""

    def __init__(self, status: int, location: str = "") -> None:
        self.status, self.location = status, location


@dataclass(frozen=True, slots=True)
class Visitor:
    account: Account
    session: WebSession
    session_id: str


def _accounts(request: Request) -> Accounts:
    accounts: Accounts = request.app.state.accounts
    return accounts


def _sessions(request: Request) -> WebSessions:
    sessions: WebSessions = request.app.state.web_sessions
    return sessions


def _store(request: Request) -> HqStore:
    store: HqStore = request.app.state.store
    return store


def signed_in(request: Request) -> Visitor:
    session_id = request.cookies.get(SESSION_COOKIE, "")
    session = _sessions(request).find(session_id)
    account = None if session is None else _accounts(request).get(session.account_id)
    if session is None or account is None:
        raise WebRefusal(303, "/sign-in")
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


def _set_cookie(response: Response, request: Request, name: str, value: str, age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=age,
        path="/",
        secure=_secure(request),
        httponly=True,
        samesite="strict",
    )


def _page(
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


def _redirect(location: str) -> RedirectResponse:
    return RedirectResponse(location, status_code=303)


# -- signing in and out -------------------------------------------------------------------


def _browser_language(request: Request) -> str:
    """Before signing in: the first of en, nl, fr the browser asks for (else English)."""
    for part in request.headers.get("accept-language", "")[:200].split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return "en"


@router.get("/")
def home() -> RedirectResponse:
    return _redirect("/overview")


@router.get("/sign-in")
def sign_in_page(request: Request, message: str = "") -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = _page(
        request, "sign_in.html", _browser_language(request), sign_in_token=token, message=""
    )
    _set_cookie(response, request, SIGN_IN_COOKIE, token, 3600)
    return response


@router.post("/sign-in")
def sign_in(
    request: Request,
    name: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    csrf: Csrf,
) -> Response:
    expected = request.cookies.get(SIGN_IN_COOKIE, "")
    if not expected or not secrets.compare_digest(csrf.encode(), expected.encode()):
        raise WebRefusal(403)
    outcome = _accounts(request).sign_in(name, password)
    if outcome.account is None:
        token = secrets.token_urlsafe(32)
        response: Response = _page(
            request,
            "sign_in.html",
            _browser_language(request),
            status=401,
            sign_in_token=token,
            message=outcome.refusal,
            name=name[:80],
        )
        _set_cookie(response, request, SIGN_IN_COOKIE, token, 3600)
        return response
    session_id = _sessions(request).start(outcome.account.id)
    response = _redirect("/password" if outcome.account.must_change_password else "/overview")
    _set_cookie(response, request, SESSION_COOKIE, session_id, SESSION_HOURS * 3600)
    response.delete_cookie(SIGN_IN_COOKIE, path="/")
    return response


@router.post("/sign-out")
def sign_out(request: Request, visitor: Signed, csrf: Csrf) -> Response:
    check_csrf(visitor, csrf)
    _sessions(request).end(visitor.session_id)
    response = _redirect("/sign-in")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/password")
def password_page(request: Request, visitor: Signed) -> HTMLResponse:
    return _page(request, "password.html", visitor.account.language, visitor, message="")


@router.post("/password")
def change_password(
    request: Request,
    visitor: Signed,
    csrf: Csrf,
    current: Annotated[str, Form(max_length=1000)],
    new: Annotated[str, Form(max_length=1000)],
) -> Response:
    check_csrf(visitor, csrf)
    try:
        _accounts(request).change_password(visitor.account.id, current, new)
    except ValidationError as error:
        return _page(
            request,
            "password.html",
            visitor.account.language,
            visitor,
            status=422,
            message=f"{error.field}: {error.message}",
        )
    sessions = _sessions(request)
    sessions.end_all_of(visitor.account.id)  # everywhere else too
    response = _redirect("/overview")
    _set_cookie(
        response, request, SESSION_COOKIE, sessions.start(visitor.account.id), SESSION_HOURS * 3600
    )
    return response


@router.post("/language")
def choose_language(
    request: Request,
    visitor: Signed,
    csrf: Csrf,
    language: Annotated[str, Form(max_length=2)],
    back: Annotated[str, Form(max_length=500)] = "/overview",
) -> Response:
    check_csrf(visitor, csrf)
    if language in LANGUAGES:
        _accounts(request).set_language(visitor.account.id, language)
    if not back.startswith("/") or back.startswith("//") or "\\" in back:
        back = "/overview"
    return _redirect(back)


# -- the period ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Chosen:
    first: date
    last: date
    site: str | None
    preset: str
    problem: bool = False

    def query(self) -> str:
        site = f"&site={self.site}" if self.site else ""
        return f"from={self.first.isoformat()}&to={self.last.isoformat()}{site}"


def chosen_period(
    request: Request,
    from_: str = "",
    to: str = "",
    site: str = "",
    preset: str = "",
) -> Chosen:
    today = _store(request).today()
    site_id = site if SITE_ID.fullmatch(site) else None
    presets = {
        "this-week": (today - timedelta(days=today.weekday()), today),
        "last-30": (today - timedelta(days=29), today),
        "this-year": (date(today.year, 1, 1), today),
    }
    if preset in presets:
        return Chosen(*presets[preset], site_id, preset)
    if not from_ and not to:
        return Chosen(*presets["last-30"], site_id, "last-30")
    try:
        first, last = date.fromisoformat(from_[:10]), date.fromisoformat(to[:10])
    except ValueError:
        return Chosen(*presets["last-30"], site_id, "last-30", problem=True)
    if first > last or (last - first).days >= MAX_PERIOD_DAYS:
        return Chosen(*presets["last-30"], site_id, "last-30", problem=True)
    matching = [name for name, span in presets.items() if span == (first, last)]
    return Chosen(first, last, site_id, matching[0] if matching else "")


def period(
    request: Request, from_: str = "", to: str = "", site: str = "", preset: str = ""
) -> Chosen:
    params = request.query_params
    return chosen_period(
        request,
        params.get("from", from_),
        params.get("to", to),
        params.get("site", site),
        params.get("preset", preset),
    )


Period = Annotated[Chosen, Depends(period)]


def _sums(store: HqStore, chosen: Chosen) -> PeriodSums:
    return store.period_sums(chosen.first, chosen.last, chosen.site)


def bar_chart(points: list[tuple[str, Cell]]) -> dict[str, Any]:
    """Bars for an inline SVG (the numbers are in the table beside it)."""
    top = max([cell.known for _, cell in points] + [1])
    width = max(1, len(points))
    bars = [
        {
            "label": label,
            "value": cell.known,
            "x": index * 100 / width,
            "width": 100 / width * 0.8,
            "height": cell.known * 100 / top,
        }
        for index, (label, cell) in enumerate(points)
    ]
    return {"bars": bars, "top": top}


# -- the overview ---------------------------------------------------------------------------


type ShownCells = list[tuple[str, str, Cell]]  # code, its name in the page's language, cell


def shown_breakdowns(sums: PeriodSums, language: str) -> dict[str, ShownCells]:
    """The overview's breakdown tables: each category by its name in the reader's language
    (the code stays in files and the API), open lists by count then name with the rare
    ones together last, closed ones in their own order."""

    def named(key: str, cells: list[tuple[str, Cell]]) -> ShownCells:
        return [(code, category_name(key, code, language), cell) for code, cell in cells]

    def by_count(key: str) -> ShownCells:
        found = named(key, list(sums.breakdowns[key].items()))
        return sorted(found, key=lambda i: (i[0] == OTHER, -i[2].known, i[1].casefold()))

    return {
        "by_language": by_count("by_language"),
        "by_nationality": by_count("by_nationality"),
        "by_age_band": named(
            "by_age_band", [(b.value, sums.breakdowns["by_age_band"][b.value]) for b in AgeBand]
        ),
        "by_sex": named("by_sex", [(s.value, sums.breakdowns["by_sex"][s.value]) for s in Sex]),
        "by_flag": named("by_flag", list(sums.breakdowns["by_flag"].items())),
        "by_referral": named("by_referral", list(sums.breakdowns["by_referral"].items())),
    }


def _site_names(store: HqStore) -> dict[str, str]:
    return {site_id: name for site_id, name, _ in store.sites()}


@router.get("/overview")
def overview(request: Request, visitor: Signed, chosen: Period) -> HTMLResponse:
    store = _store(request)
    sums = _sums(store, chosen)
    by_day = [(day.isoformat(), figures["people"]) for day, figures in sums.by_day.items()]
    by_week = [(week.isoformat(), figures["people"]) for week, figures in sums.by_week.items()]
    breakdowns = shown_breakdowns(sums, visitor.account.language)
    names = _site_names(store)
    # The per-site table's texts made here (up to thousands of rows: one loop in Python
    # rather than a template call per figure).
    site_rows = [
        (
            site_id,
            names.get(site_id, ""),
            [shown(figures[name], visitor.account.language) for name in SUMMARY],
        )
        for site_id, figures in sums.by_site.items()
    ]
    return _page(
        request,
        "overview.html",
        visitor.account.language,
        visitor,
        chosen=chosen,
        sums=sums,
        summary=SUMMARY,
        names=names,
        site_rows=site_rows,
        day_chart=bar_chart(by_day),
        week_chart=bar_chart(by_week),
        by_day=by_day,
        by_week=by_week,
        breakdowns=breakdowns,
        presets=PRESETS,
        waiting_to_close=store.waiting_to_close(),
    )


def _download(content: str | bytes, name: str, kind: str) -> Response:
    media = {
        "csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }[kind]
    return Response(
        content,
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{name}.{kind}"',
            "Cache-Control": "no-store",
        },
    )


@router.get("/overview.{kind}")
def overview_download(request: Request, kind: str, visitor: Signed, chosen: Period) -> Response:
    if kind not in ("csv", "xlsx"):
        raise WebRefusal(404)
    store = _store(request)
    rows = overview_rows(_sums(store, chosen), _site_names(store))
    name = f"startpunt-overview-{chosen.first.isoformat()}-{chosen.last.isoformat()}"
    content = as_csv(rows) if kind == "csv" else as_xlsx(rows, "overview")
    return _download(content, name, kind)


# -- admin pages ----------------------------------------------------------------------------


@router.get("/sites")
def sites_page(request: Request, visitor: Admin, chosen: Period) -> HTMLResponse:
    statuses = site_statuses(_store(request), chosen.first, chosen.last)
    return _page(
        request,
        "sites.html",
        visitor.account.language,
        visitor,
        chosen=chosen,
        statuses=statuses,
        presets=PRESETS,
        waiting_to_close=_store(request).waiting_to_close(),
    )


@router.get("/sites.{kind}")
def sites_download(request: Request, kind: str, visitor: Admin, chosen: Period) -> Response:
    if kind not in ("csv", "xlsx"):
        raise WebRefusal(404)
    rows: list[list[Any]] = [
        ["site_id", "name", "last_packet", "last_contact", "days_missing", "revoked_on"]
    ]
    for status in site_statuses(_store(request), chosen.first, chosen.last):
        rows.append(
            [
                status.site_id,
                status.name,
                status.last_packet.isoformat() if status.last_packet else "",
                status.last_contact.isoformat() if status.last_contact else "",
                status.days_missing,
                status.revoked_on.isoformat() if status.revoked_on else "",
            ]
        )
    name = f"startpunt-sites-{chosen.first.isoformat()}-{chosen.last.isoformat()}"
    content = as_csv(rows) if kind == "csv" else as_xlsx(rows, "sites")
    return _download(content, name, kind)


@router.get("/sites/revoke")
def revoke_site_question(request: Request, visitor: Admin, site_id: str = "") -> HTMLResponse:
    if site_id not in {known for known, _, _ in _store(request).sites()}:
        raise WebRefusal(404)
    return _page(request, "revoke.html", visitor.account.language, visitor, site_id=site_id)


@router.post("/sites/revoke")
def revoke_site(
    request: Request, visitor: Admin, csrf: Csrf, site_id: Annotated[str, Form(max_length=32)]
) -> Response:
    check_csrf(visitor, csrf)
    _store(request).revoke_site(site_id, by=visitor.account.name)
    return _redirect("/sites")


@router.get("/readers")
def readers_page(request: Request, visitor: Admin) -> HTMLResponse:
    return _page(
        request,
        "readers.html",
        visitor.account.language,
        visitor,
        readers=reader_statuses(_store(request)),
        new_token=None,
        new_name="",
    )


@router.post("/readers")
def add_reader(
    request: Request, visitor: Admin, csrf: Csrf, name: Annotated[str, Form(max_length=80)]
) -> HTMLResponse:
    check_csrf(visitor, csrf)
    store = _store(request)
    token = store.add_reader(name, by=visitor.account.name)
    return _page(
        request,
        "readers.html",
        visitor.account.language,
        visitor,
        readers=reader_statuses(store),
        new_token=token,
        new_name=name.strip(),
    )


def _accounts_page(
    request: Request, visitor: Visitor, one_time: tuple[str, str] | None = None, status: int = 200
) -> HTMLResponse:
    accounts = _accounts(request)
    return _page(
        request,
        "accounts.html",
        visitor.account.language,
        visitor,
        status=status,
        accounts=accounts.all(),
        actions=list(reversed(_store(request).admin_log(latest=200))),
        one_time=one_time,
        language_codes=LANGUAGES,
    )


@router.get("/accounts")
def accounts_page(request: Request, visitor: Admin) -> HTMLResponse:
    return _accounts_page(request, visitor)


@router.post("/accounts")
def add_account(
    request: Request,
    visitor: Admin,
    csrf: Csrf,
    name: Annotated[str, Form(max_length=80)],
    role: Annotated[str, Form(max_length=10)],
    language: Annotated[str, Form(max_length=2)] = "en",
) -> HTMLResponse:
    check_csrf(visitor, csrf)
    password = _accounts(request).add(name, role, language, by=visitor.account.name)
    return _accounts_page(request, visitor, (name.strip().lower(), password))


@router.post("/accounts/unlock")
def unlock_account(
    request: Request, visitor: Admin, csrf: Csrf, name: Annotated[str, Form(max_length=80)]
) -> HTMLResponse:
    check_csrf(visitor, csrf)
    _accounts(request).unlock(name, visitor.account.name)
    return _accounts_page(request, visitor)


@router.post("/accounts/reset")
def reset_account(
    request: Request, visitor: Admin, csrf: Csrf, name: Annotated[str, Form(max_length=80)]
) -> HTMLResponse:
    check_csrf(visitor, csrf)
    accounts = _accounts(request)
    password = accounts.reset_password(name, visitor.account.name)
    account = next((a for a in accounts.all() if a.name == name), None)
    if account is not None:
        _sessions(request).end_all_of(account.id)
    return _accounts_page(request, visitor, (name, password))


# -- wiring -----------------------------------------------------------------------------------


async def _refused(request: Request, error: Exception) -> Response:
    assert isinstance(error, WebRefusal)
    if error.status == 303:
        return _redirect(error.location)
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
    app.include_router(router)


__all__ = ["install", "safe"]
