"""Headquarters' HTTP API (FastAPI). Every refusal is a 4xx with a one-line `detail`.

    PUT /api/v1/sites/{site_id}/days/{date}   a desk's packet (site token)    routes/desks.py
    GET /api/v1/days?from=D&to=D[&site=ID]    stored packets as JSON (reader)  routes/readers.py
    GET /api/v1/days.csv?...                  the same as CSV
    GET /api/v1/health                        for monitoring, no token         routes/monitoring.py
    GET /api/v1/openapi.json                  this description
    GET /api/v1/public/weeks.json, /public    open data, off by default (404)  web/public.py
    GET /overview, /sites, ... (signed in)    the web dashboard for people   web/routes.py wires

Tokens are checked by the dependencies in access.py; the store and settings live on the
app (`app.state`), handed in by whoever builds it.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.hq.housekeeping import forget_old_keys, forget_old_keys_regularly
from kiosk.hq.routes import desks, monitoring, readers
from kiosk.hq.settings import HqSettings
from kiosk.hq.slow_clients import BodyDeadline
from kiosk.hq.store import HqStore
from kiosk.hq.throttle import WrongTokens, WrongTokenThrottle
from kiosk.hq.web import public
from kiosk.hq.web.routes import install as install_web_dashboard

API_PREFIX = "/api/v1"


async def _invalid(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    first = error.errors()[0] if error.errors() else {}
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
    message = " ".join(str(first.get("msg", "invalid")).split())
    return JSONResponse({"detail": f"{where}: {message}"[:300]}, status_code=422)


async def _http(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    return JSONResponse(
        {"detail": str(error.detail)}, status_code=error.status_code, headers=error.headers
    )


async def _database(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse(
        {"detail": "database: not available just now, try again later"},
        status_code=503,
        headers={"Retry-After": "5"},
    )


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Old idempotency keys are forgotten at start-up, then on schedule while serving."""
    store: HqStore = app.state.store
    settings: HqSettings = app.state.settings
    await forget_old_keys(store, settings)
    schedule = asyncio.create_task(forget_old_keys_regularly(store, settings))
    try:
        yield
    finally:
        schedule.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await schedule


def create_app(store: HqStore, settings: HqSettings) -> FastAPI:
    app = FastAPI(
        title="Startpunt headquarters",
        version="1",
        summary="Anonymised daily counts from every Startpunt desk.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(DBAPIError, _database)
    app.include_router(monitoring.router, prefix=API_PREFIX)
    app.include_router(desks.router, prefix=API_PREFIX)
    app.include_router(readers.router, prefix=API_PREFIX)
    # Hostile clients: wrong tokens throttled per address, stalled bodies closed.
    wrong_tokens = WrongTokens(store, settings.wrong_tokens_limit, settings.wrong_tokens_window)
    app.add_middleware(WrongTokenThrottle, wrong_tokens=wrong_tokens)
    app.add_middleware(BodyDeadline, seconds=settings.body_seconds)
    install_web_dashboard(app, store)  # the pages for people: kiosk/hq/web
    app.include_router(public.router)  # open data: 404 unless settings.public
    return app
