"""Forgetting old idempotency keys: at start-up, then every `purge_every` while serving.

A kiosk sends a day's packet again within days; a key older than `keep_request_keys` will
not come back, so headquarters lets it go (keys are hashes, but none is kept longer than
it serves). The store's clock says what "old" is.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from kiosk.hq.settings import HqSettings
from kiosk.hq.store import HqStore

log = logging.getLogger("kiosk.hq")

Sleep = Callable[[float], Awaitable[None]]


async def forget_old_keys(store: HqStore, settings: HqSettings) -> int:
    """One round; a database that is away just now is tried again next round."""
    try:
        return await run_in_threadpool(store.forget_old_request_keys, settings.keep_request_keys)
    except SQLAlchemyError as error:
        reason = " ".join(str(getattr(error, "orig", None) or error).split())[:200]
        log.warning("kiosk-hq: forgetting old request keys failed, trying again later: %s", reason)
        return 0


async def forget_old_keys_regularly(
    store: HqStore, settings: HqSettings, sleep: Sleep = asyncio.sleep
) -> None:
    """Every `purge_every`, for as long as the server runs (cancelled when it stops)."""
    while True:
        await sleep(settings.purge_every.total_seconds())
        await forget_old_keys(store, settings)
