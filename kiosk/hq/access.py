"""Who may do what, as FastAPI dependencies: the store, the sending site, the reader.

The address, query and headers are checked against their patterns before any token is
looked at (a dependency runs only when its own parameters are valid), so a malformed
request is a 422 whoever sends it, and only a well-formed one is asked for its token.
"""

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, Header, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kiosk.core.packet_schema import DATE_PATTERN, SITE_ID_PATTERN
from kiosk.hq.refusals import refuse
from kiosk.hq.store import HqStore

KEY_PATTERN = r"^[A-Za-z0-9._:-]{8,128}$"
MAX_PERIOD_DAYS = 366
BEARER = {"WWW-Authenticate": "Bearer"}

bearer = HTTPBearer(auto_error=False, description="A site token (PUT) or a reader token (GET).")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


async def hq_store(request: Request) -> HqStore:
    """The store of the app serving this request (each call is its own transaction)."""
    store: HqStore = request.app.state.store
    return store


Store = Annotated[HqStore, Depends(hq_store)]


def bearer_token(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None or not credentials.credentials:
        refuse(401, "token: missing (Authorization: Bearer TOKEN)", BEARER)
    return credentials.credentials


def parse_day(value: str, field: str) -> date:
    """A real calendar day (the pattern alone lets 2026-02-30 through)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        refuse(422, f"{field}: {value[:20]!r} is not a date like 2026-11-26")


# -- desks ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayAddress:
    """Where a desk sends a day's packet, and the key that makes sending it again safe."""

    site_id: Annotated[str, Path(pattern=SITE_ID_PATTERN, max_length=32)]
    date: Annotated[
        str, Path(pattern=DATE_PATTERN, max_length=10, json_schema_extra={"format": "date"})
    ]
    idempotency_key: Annotated[
        str, Header(alias="Idempotency-Key", pattern=KEY_PATTERN, max_length=128)
    ]


def sending_site(
    address: Annotated[DayAddress, Depends()], credentials: Credentials, store: Store
) -> DayAddress:
    """The address, once the token is an active site token (401) of that very site (403)."""
    owner = store.site_for_token(bearer_token(credentials))
    if owner is None:
        refuse(401, "token: unknown or revoked", BEARER)
    if owner != address.site_id:
        refuse(403, "site_id: this token belongs to another site")
    return address


SendingSite = Annotated[DayAddress, Depends(sending_site)]


# -- readers ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DaysQuery:
    """A reader's question: a period, and perhaps one site."""

    from_: Annotated[
        str,
        Query(
            alias="from",
            pattern=DATE_PATTERN,
            max_length=10,
            json_schema_extra={"format": "date"},
        ),
    ]
    to: Annotated[
        str, Query(pattern=DATE_PATTERN, max_length=10, json_schema_extra={"format": "date"})
    ]
    site: Annotated[str | None, Query(pattern=SITE_ID_PATTERN, max_length=32)] = None


@dataclass(frozen=True, slots=True)
class Period:
    first: date
    last: date
    site_id: str | None


def readers_period(
    query: Annotated[DaysQuery, Depends()], credentials: Credentials, store: Store
) -> Period:
    """The period asked for, once the token is an active reader token (401); at most
    MAX_PERIOD_DAYS days, not backwards (422)."""
    if not store.is_reader(bearer_token(credentials)):
        refuse(401, "token: unknown or revoked reader token", BEARER)
    first, last = parse_day(query.from_, "from"), parse_day(query.to, "to")
    if first > last:
        refuse(422, "to: must not be before from")
    if (last - first).days >= MAX_PERIOD_DAYS:
        refuse(422, f"to: ask for at most {MAX_PERIOD_DAYS} days at a time")
    return Period(first, last, query.site)


ReadersPeriod = Annotated[Period, Depends(readers_period)]
