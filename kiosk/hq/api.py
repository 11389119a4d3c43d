"""Headquarters' HTTP API (FastAPI). Every refusal is a 4xx with a one-line `detail`.

    PUT /api/v1/sites/{site_id}/days/{date}   a desk's packet (site token)
    GET /api/v1/days?from=D&to=D[&site=ID]    stored packets as JSON (reader token)
    GET /api/v1/days.csv?...                  the same as CSV
    GET /api/v1/health                        for monitoring, no token
    GET /api/v1/openapi.json                  this description
"""

import hashlib
import json
from datetime import date, timedelta
from typing import Annotated, Any, NoReturn

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.core.packet import PacketInvalid, canonical_json, parse_packet
from kiosk.core.packet_schema import DATE_PATTERN, SITE_ID_PATTERN, packet_json_schema
from kiosk.hq.api_models import Conflict, DayCounts, Health, Problem, Receipt
from kiosk.hq.csv_export import days_csv
from kiosk.hq.store import HqStore, KeyReused

FIRST_DAY = date(2008, 1, 1)  # Startpunt's soup point opened in 2008
MAX_BODY = 256 * 1024
MAX_PERIOD_DAYS = 366
KEY_PATTERN = r"^[A-Za-z0-9._:-]{8,128}$"

bearer = HTTPBearer(auto_error=False, description="A site token (PUT) or a reader token (GET).")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": Problem} for code in codes}


def _json_problem(code: int) -> dict[str, Any]:
    """A refusal documented as JSON on a route whose success is not JSON."""
    schema = {"$ref": "#/components/schemas/Problem"}
    return {"description": "Refused", "content": {"application/json": {"schema": schema}}}


class CsvResponse(Response):
    media_type = "text/csv"


def refuse(status: int, detail: str, headers: dict[str, str] | None = None) -> NoReturn:
    raise HTTPException(status, " ".join(detail.split())[:300], headers)


def _token(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None or not credentials.credentials:
        refuse(401, "token: missing (Authorization: Bearer TOKEN)", {"WWW-Authenticate": "Bearer"})
    return credentials.credentials


def _day(value: str, field: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        refuse(422, f"{field}: {value[:20]!r} is not a date like 2026-11-26")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"duplicate key {key[:40]!r}")
        found[key] = value
    return found


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def read_json(body: bytes) -> Any:
    try:
        return json.loads(
            body.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants
        )
    except (ValueError, RecursionError) as error:
        refuse(400, f"body: not valid JSON ({str(error)[:120]})")


async def read_body(request: Request) -> bytes:
    """The body, refused (413) as soon as it passes MAX_BODY, before it is all in memory."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        refuse(413, f"body: larger than {MAX_BODY // 1024} KiB")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            refuse(413, f"body: larger than {MAX_BODY // 1024} KiB")
        chunks.append(chunk)
    return b"".join(chunks)


def openapi_packet_schema() -> dict[str, Any]:
    schema = packet_json_schema()
    schema.pop("$schema", None)
    schema.pop("$id", None)
    return schema


def create_app(store: HqStore) -> FastAPI:
    app = FastAPI(
        title="Startpunt headquarters",
        version="1",
        summary="Anonymised daily counts from every Startpunt desk.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        message = " ".join(str(first.get("msg", "invalid")).split())
        return JSONResponse({"detail": f"{where}: {message}"[:300]}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            {"detail": str(error.detail)}, status_code=error.status_code, headers=error.headers
        )

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, error: DBAPIError) -> JSONResponse:
        return JSONResponse(
            {"detail": "database: not available just now, try again later"},
            status_code=503,
            headers={"Retry-After": "5"},
        )

    @app.get("/api/v1/health", response_model=Health, tags=["monitoring"])
    def health() -> dict[str, str]:
        """The server is up (no token needed)."""
        return {"status": "ok"}

    @app.put(
        "/api/v1/sites/{site_id}/days/{date}",
        response_model=Receipt,
        tags=["desks"],
        responses={
            **_problems(400, 401, 403, 413, 415, 422, 503),
            409: {"model": Conflict},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": openapi_packet_schema()}},
            }
        },
    )
    async def put_day(
        request: Request,
        credentials: Credentials,
        site_id: Annotated[str, Path(pattern=SITE_ID_PATTERN, max_length=32)],
        date: Annotated[
            str, Path(pattern=DATE_PATTERN, max_length=10, json_schema_extra={"format": "date"})
        ],
        idempotency_key: Annotated[
            str, Header(alias="Idempotency-Key", pattern=KEY_PATTERN, max_length=128)
        ],
    ) -> Any:
        """A desk's packet for one day. Kept when its revision is higher than the stored one;
        the answer says which revision headquarters holds."""
        token = _token(credentials)
        owner = await run_in_threadpool(store.site_for_token, token)
        if owner is None:
            refuse(401, "token: unknown or revoked", {"WWW-Authenticate": "Bearer"})
        if owner != site_id:
            refuse(403, "site_id: this token belongs to another site")
        day = _day(date, "date")
        body = await read_body(request)
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            refuse(415, "body: send the packet as application/json")
        data = read_json(body)
        try:
            packet = parse_packet(data)
        except PacketInvalid as invalid:
            refuse(422, f"{invalid.field}: {invalid.message}")
        if packet.site_id != site_id:
            refuse(422, "site_id: the packet's site is not the one in the address")
        if packet.day != day:
            refuse(422, "date: the packet's date is not the one in the address")
        latest = store.today() + timedelta(days=1)
        if not FIRST_DAY <= day <= latest:
            refuse(422, f"date: must be between {FIRST_DAY} and {latest}")
        request_hash = hashlib.sha256(canonical_json(data)).hexdigest()
        try:
            stored = await run_in_threadpool(store.receive, packet, idempotency_key, request_hash)
        except KeyReused:
            refuse(422, "Idempotency-Key: already used with another packet")
        if stored.outcome == "conflict":
            return JSONResponse(
                {
                    "detail": f"revision: {stored.revision} is held with other content; "
                    "send it again with a higher revision",
                    "revision": stored.revision,
                    "content_hash": stored.content_hash,
                },
                status_code=409,
            )
        return stored.to_json()

    def _period(
        credentials: HTTPAuthorizationCredentials | None, first: str, last: str
    ) -> tuple[date, date]:
        if not store.is_reader(_token(credentials)):
            refuse(401, "token: unknown or revoked reader token", {"WWW-Authenticate": "Bearer"})
        start, end = _day(first, "from"), _day(last, "to")
        if start > end:
            refuse(422, "to: must not be before from")
        if (end - start).days >= MAX_PERIOD_DAYS:
            refuse(422, f"to: ask for at most {MAX_PERIOD_DAYS} days at a time")
        return start, end

    date_query = Query(pattern=DATE_PATTERN, max_length=10, json_schema_extra={"format": "date"})
    FromDay = Annotated[
        str,
        Query(
            alias="from",
            pattern=DATE_PATTERN,
            max_length=10,
            json_schema_extra={"format": "date"},
        ),
    ]
    ToDay = Annotated[str, date_query]
    SiteFilter = Annotated[str | None, Query(pattern=SITE_ID_PATTERN, max_length=32)]

    @app.get(
        "/api/v1/days",
        response_model=list[DayCounts],
        tags=["readers"],
        responses=_problems(401, 422, 503),
    )
    def get_days(
        credentials: Credentials, from_: FromDay, to: ToDay, site: SiteFilter = None
    ) -> Any:
        """Stored packets of a period, by date then site (at most 366 days)."""
        start, end = _period(credentials, from_, to)
        return store.days(start, end, site)

    @app.get(
        "/api/v1/days.csv",
        response_class=CsvResponse,
        tags=["readers"],
        responses={
            200: {"content": {"text/csv": {"schema": {"type": "string"}}}},
            **{code: _json_problem(code) for code in (401, 422, 503)},
        },
    )
    def get_days_csv(
        credentials: Credentials, from_: FromDay, to: ToDay, site: SiteFilter = None
    ) -> CsvResponse:
        """The same as /api/v1/days, one row per site and day: `x` marks a suppressed cell,
        an empty field a count that was not sent (withheld, or merged into other)."""
        start, end = _period(credentials, from_, to)
        text = days_csv(store.days(start, end, site))
        name = f"startpunt-days-{start.isoformat()}-{end.isoformat()}.csv"
        return CsvResponse(
            text, headers={"Content-Disposition": f'attachment; filename="{name}"'}
        )

    return app
