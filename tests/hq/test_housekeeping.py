"""Old idempotency keys are forgotten, at start-up and then on schedule while headquarters
serves; fresh ones stay. The clock is pinned: "old" is by the store's clock, not the host's."""

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from kiosk.core.counts import count_parties
from kiosk.core.packet import build_packet, parse_packet
from kiosk.core.registration import make_party
from kiosk.hq.api import create_app
from kiosk.hq.models import RequestKeyRow
from kiosk.hq.settings import HqSettings
from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SITE = "keys-site"


def keys_of(store: HqStore) -> dict[str, str]:
    """The request-key hashes held, with the day each arrived."""
    with store.engine.connect() as connection:
        rows = connection.execute(select(RequestKeyRow.key_hash, RequestKeyRow.received_on))
        return {key_hash: day.isoformat() for key_hash, day in rows}


def send(store: HqStore, clock: FakeClock, days_ago: int, key: str) -> None:
    """A packet for the day `days_ago` days before NOW, received on that day."""
    clock.now = NOW - timedelta(days=days_ago)
    parties = [make_party(language="ar", nationality="SY", people=[("male", "26-59")])] * 6
    packet = build_packet(SITE, count_parties(clock.now.date(), parties), k=5)
    store.receive(parse_packet(packet), key, f"{days_ago:064d}")


def filled_store(tmp_path: Path, clock: FakeClock) -> HqStore:
    store = HqStore.open(f"sqlite:///{tmp_path / 'hq.sqlite3'}", clock)
    store.add_site(SITE, "Keys")
    for days_ago in (45, 31, 30, 2, 0):
        send(store, clock, days_ago, f"key-{days_ago}-days-ago")
    clock.now = NOW
    return store


def test_keys_older_than_the_setting_are_forgotten(tmp_path: Path) -> None:
    """With 30 days: keys from 45 and 31 days ago go; 30, 2 and 0 days ago stay."""
    clock = FakeClock(NOW)
    store = filled_store(tmp_path, clock)
    try:
        assert store.forget_old_request_keys(timedelta(days=30)) == 2
        assert sorted(keys_of(store).values()) == ["2026-10-21", "2026-11-18", "2026-11-20"]
    finally:
        store.close()


def test_serving_forgets_old_keys_at_start_up_and_then_on_schedule(tmp_path: Path) -> None:
    """The app's lifespan forgets old keys before the first request, and again on each
    round of its schedule: when the pinned clock moves 40 days on, the then-old keys go
    at the next round and a key that arrives on the new day stays."""
    clock = FakeClock(NOW)
    store = filled_store(tmp_path, clock)
    settings = HqSettings(
        db_url="unused", keep_request_keys=timedelta(days=30), purge_every=timedelta(seconds=0.05)
    )
    app = create_app(store, settings)

    async def serve() -> tuple[list[str], list[str]]:
        async with app.router.lifespan_context(app):
            at_start = sorted(keys_of(store).values())
            clock.advance(days=40)
            send(store, clock, -40, "key-on-the-new-day")  # days_ago=-40: NOW + 40 days
            deadline = time.monotonic() + 10
            while len(keys_of(store)) > 1 and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            return at_start, sorted(keys_of(store).values())

    try:
        at_start, later = asyncio.run(serve())
    finally:
        store.close()
    assert at_start == ["2026-10-21", "2026-11-18", "2026-11-20"]
    assert later == ["2026-12-30"]
