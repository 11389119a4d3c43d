"""Signing in and out, changing one's password, choosing the dashboard's language.

A wrong password counts towards the account's lockout (kiosk/hq/accounts.py); a changed
password ends the account's other sessions.
"""

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kiosk.core.errors import ValidationError
from kiosk.hq.accounts import LANGUAGES
from kiosk.hq.web.page_kit import (
    SESSION_COOKIE,
    SIGN_IN_COOKIE,
    Csrf,
    Signed,
    WebRefusal,
    accounts_of,
    browser_language,
    check_csrf,
    page,
    redirect,
    sessions_of,
    set_cookie,
)
from kiosk.hq.web_sessions import SESSION_HOURS

router = APIRouter(include_in_schema=False)


@router.get("/")
def home() -> RedirectResponse:
    return redirect("/overview")


@router.get("/sign-in")
def sign_inpage(request: Request, message: str = "") -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = page(
        request, "sign_in.html", browser_language(request), sign_in_token=token, message=""
    )
    set_cookie(response, request, SIGN_IN_COOKIE, token, 3600)
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
    outcome = accounts_of(request).sign_in(name, password)
    if outcome.account is None:
        token = secrets.token_urlsafe(32)
        response: Response = page(
            request,
            "sign_in.html",
            browser_language(request),
            status=401,
            sign_in_token=token,
            message=outcome.refusal,
            name=name[:80],
        )
        set_cookie(response, request, SIGN_IN_COOKIE, token, 3600)
        return response
    session_id = sessions_of(request).start(outcome.account.id)
    response = redirect("/password" if outcome.account.must_change_password else "/overview")
    set_cookie(response, request, SESSION_COOKIE, session_id, SESSION_HOURS * 3600)
    response.delete_cookie(SIGN_IN_COOKIE, path="/")
    return response


@router.post("/sign-out")
def sign_out(request: Request, visitor: Signed, csrf: Csrf) -> Response:
    check_csrf(visitor, csrf)
    sessions_of(request).end(visitor.session_id)
    response = redirect("/sign-in")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/password")
def passwordpage(request: Request, visitor: Signed) -> HTMLResponse:
    return page(request, "password.html", visitor.account.language, visitor, message="")


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
        accounts_of(request).change_password(visitor.account.id, current, new)
    except ValidationError as error:
        return page(
            request,
            "password.html",
            visitor.account.language,
            visitor,
            status=422,
            message=f"{error.field}: {error.message}",
        )
    sessions = sessions_of(request)
    sessions.end_all_of(visitor.account.id)  # everywhere else too
    response = redirect("/overview")
    set_cookie(
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
        accounts_of(request).set_language(visitor.account.id, language)
    if not back.startswith("/") or back.startswith("//") or "\\" in back:
        back = "/overview"
    return redirect(back)
