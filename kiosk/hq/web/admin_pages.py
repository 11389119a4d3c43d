"""Admin pages: each desk's status (last packet, last contact, days missing, revoked) with
its download, revoking a desk, reader tokens for scripts, and accounts (add, unlock, reset).
Every action is audited in headquarters' admin log (kiosk/hq/store.py, accounts.py)."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from kiosk.hq.accounts import LANGUAGES
from kiosk.hq.web.downloads import as_csv, as_xlsx, download
from kiosk.hq.web.page_kit import (
    Admin,
    Csrf,
    Visitor,
    WebRefusal,
    accounts_of,
    check_csrf,
    page,
    redirect,
    sessions_of,
    store_of,
)
from kiosk.hq.web.period import PRESETS, Period
from kiosk.hq.web.site_status import reader_statuses, site_statuses

router = APIRouter(include_in_schema=False)


@router.get("/sites")
@router.get("/sites")
def sitespage(request: Request, visitor: Admin, chosen: Period) -> HTMLResponse:
    statuses = site_statuses(store_of(request), chosen.first, chosen.last)
    return page(
        request,
        "sites.html",
        visitor.account.language,
        visitor,
        chosen=chosen,
        statuses=statuses,
        presets=PRESETS,
        waiting_to_close=store_of(request).waiting_to_close(),
    )


@router.get("/sites.{kind}")
def sitesdownload(request: Request, kind: str, visitor: Admin, chosen: Period) -> Response:
    if kind not in ("csv", "xlsx"):
        raise WebRefusal(404)
    rows: list[list[Any]] = [
        ["site_id", "name", "last_packet", "last_contact", "days_missing", "revoked_on"]
    ]
    for status in site_statuses(store_of(request), chosen.first, chosen.last):
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
    content = as_csv(rows) if kind == "csv" else as_xlsx(rows, "sites", store_of(request).today())
    return download(content, name, kind)


@router.get("/sites/revoke")
def revoke_site_question(request: Request, visitor: Admin, site_id: str = "") -> HTMLResponse:
    if site_id not in {known for known, _, _ in store_of(request).sites()}:
        raise WebRefusal(404)
    return page(request, "revoke.html", visitor.account.language, visitor, site_id=site_id)


@router.post("/sites/revoke")
def revoke_site(
    request: Request, visitor: Admin, csrf: Csrf, site_id: Annotated[str, Form(max_length=32)]
) -> Response:
    check_csrf(visitor, csrf)
    store_of(request).revoke_site(site_id, by=visitor.account.name)
    return redirect("/sites")


@router.get("/readers")
def readerspage(request: Request, visitor: Admin) -> HTMLResponse:
    return page(
        request,
        "readers.html",
        visitor.account.language,
        visitor,
        readers=reader_statuses(store_of(request)),
        new_token=None,
        new_name="",
    )


@router.post("/readers")
def add_reader(
    request: Request, visitor: Admin, csrf: Csrf, name: Annotated[str, Form(max_length=80)]
) -> HTMLResponse:
    check_csrf(visitor, csrf)
    store = store_of(request)
    token = store.add_reader(name, by=visitor.account.name)
    return page(
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
    accounts = accounts_of(request)
    return page(
        request,
        "accounts.html",
        visitor.account.language,
        visitor,
        status=status,
        accounts=accounts.all(),
        actions=list(reversed(store_of(request).admin_log(latest=200))),
        one_time=one_time,
        language_codes=LANGUAGES,
    )


@router.get("/accounts")
def accountspage(request: Request, visitor: Admin) -> HTMLResponse:
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
    password = accounts_of(request).add(name, role, language, by=visitor.account.name)
    return _accounts_page(request, visitor, (name.strip().lower(), password))


@router.post("/accounts/unlock")
def unlock_account(
    request: Request, visitor: Admin, csrf: Csrf, name: Annotated[str, Form(max_length=80)]
) -> HTMLResponse:
    check_csrf(visitor, csrf)
    accounts_of(request).unlock(name, visitor.account.name)
    return _accounts_page(request, visitor)


@router.post("/accounts/reset")
def reset_account(
    request: Request, visitor: Admin, csrf: Csrf, name: Annotated[str, Form(max_length=80)]
) -> HTMLResponse:
    check_csrf(visitor, csrf)
    accounts = accounts_of(request)
    password = accounts.reset_password(name, visitor.account.name)
    account = next((a for a in accounts.all() if a.name == name), None)
    if account is not None:
        sessions_of(request).end_all_of(account.id)
    return _accounts_page(request, visitor, (name, password))
