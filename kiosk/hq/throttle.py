"""Wrong tokens are throttled per client address, in headquarters' database.

Several kiosk-hq processes serve behind one proxy, so the count lives in the database, not
in a process: one row per (hashed address, window), where a window is `window` seconds of
the store's clock. A request carrying a token from an address that already sent `limit`
wrong tokens in the current window gets 429 with `Retry-After` (the seconds left in the
window) before its token is looked at; a 401 answer counts one more. Checking is one
primary-key read; counting is one upsert; rows of older windows are deleted whenever an
address starts a new window (and so never pile up). Other addresses are not affected.

Behind a proxy the address is the one the proxy names (uvicorn's --forwarded-allow-ips,
`kiosk-hq serve --trusted-proxy`); addresses are kept only as SHA-256 hashes, for two
windows at most.
"""

import hashlib
import json
import logging
import math
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.hq.models import WrongTokenRow
from kiosk.hq.store import HqStore

log = logging.getLogger("kiosk.hq")

DEFAULT_LIMIT = 20
DEFAULT_WINDOW_SECONDS = 60


@dataclass(frozen=True, slots=True)
class Throttled:
    """Too many wrong tokens: wait this many seconds."""

    retry_after: int


class WrongTokens:
    """The count of wrong tokens per client address and window, in the store's database."""

    def __init__(
        self,
        store: HqStore,
        limit: int = DEFAULT_LIMIT,
        window_seconds: int = DEFAULT_WINDOW_SECONDS,
    ) -> None:
        self.store = store
        self.limit = limit
        self.window_seconds = window_seconds
        dialect = postgresql if store.engine.dialect.name == "postgresql" else sqlite
        insert = dialect.insert(WrongTokenRow)
        self._count = insert.on_conflict_do_update(
            index_elements=[WrongTokenRow.address_hash, WrongTokenRow.window],
            set_={"failures": WrongTokenRow.failures + 1},
        ).returning(WrongTokenRow.failures)

    def _now(self) -> tuple[int, int]:
        """The current window's number and the seconds left in it."""
        seconds = self.store.clock().timestamp()
        window = math.floor(seconds / self.window_seconds)
        left = (window + 1) * self.window_seconds - seconds
        return window, max(1, math.ceil(left))

    def check(self, address: str) -> Throttled | None:
        """Throttled when this address sent `limit` wrong tokens in the current window."""
        window, left = self._now()
        with self.store.transaction() as session:
            failures = session.execute(
                select(WrongTokenRow.failures).where(
                    WrongTokenRow.address_hash == address_hash(address),
                    WrongTokenRow.window == window,
                )
            ).scalar_one_or_none()
        return Throttled(left) if failures is not None and failures >= self.limit else None

    def count(self, address: str) -> int:
        """One more wrong token from this address; returns its count in this window."""
        window, _ = self._now()
        values = {"address_hash": address_hash(address), "window": window, "failures": 1}
        with self.store.transaction(write=True) as session:
            failures = int(session.connection().execute(self._count, values).scalar_one())
            if failures == 1:  # a new window for this address: forget the old ones
                session.connection().execute(
                    delete(WrongTokenRow).where(WrongTokenRow.window < window)
                )
        return failures


def address_hash(address: str) -> str:
    return hashlib.sha256(address.encode("utf-8")).hexdigest()


def _is_health(scope: Scope) -> bool:
    """Monitoring's health check takes no token and is never throttled."""
    return str(scope.get("path", "")).endswith("/health")


def _has_token(scope: Scope) -> bool:
    return any(name == b"authorization" for name, _ in scope.get("headers", ()))


class WrongTokenThrottle:
    """ASGI middleware: 429 for an address over the limit; every 401 answer is counted.

    A database that is away just now lets the request through (its own route then answers
    503), so throttling never makes headquarters less available than it was.
    """

    def __init__(self, app: ASGIApp, wrong_tokens: WrongTokens) -> None:
        self.app = app
        self.wrong_tokens = wrong_tokens

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _has_token(scope) or _is_health(scope):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = str(client[0]) if client else "unknown"
        try:
            throttled = await run_in_threadpool(self.wrong_tokens.check, address)
        except SQLAlchemyError as error:
            log.warning("kiosk-hq: throttling check failed: %s", _reason(error))
            throttled = None
        if throttled is not None:
            await _too_many(send, throttled.retry_after)
            return

        async def counting_send(message: Message) -> None:
            # Counted before the 401 leaves, so the client's next try already sees it.
            if message["type"] == "http.response.start" and message["status"] == 401:
                try:
                    await run_in_threadpool(self.wrong_tokens.count, address)
                except SQLAlchemyError as error:
                    log.warning("kiosk-hq: counting a wrong token failed: %s", _reason(error))
            await send(message)

        await self.app(scope, receive, counting_send)


async def _too_many(send: Send, retry_after: int) -> None:
    body = json.dumps(
        {"detail": f"token: too many wrong tokens from this address; try again in {retry_after} s"}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(retry_after).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _reason(error: SQLAlchemyError) -> str:
    return " ".join(str(getattr(error, "orig", None) or error).split())[:200]
