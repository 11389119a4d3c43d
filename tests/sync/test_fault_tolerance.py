"""Fourteen days offline, then a bad network: headquarters ends with exactly the kiosk's
latest packet of every day, and replayed requests change nothing."""

import random
from datetime import UTC, date, datetime, time, timedelta

from kiosk.core.demo import demo_party
from kiosk.core.hq_link import make_hq_connection
from kiosk.sync.backoff import RetryPolicy
from kiosk.sync.client import HqClient, Timeouts
from kiosk.sync.service import SyncReport, SyncService
from tests.fake_clock import FakeClock
from tests.fault_proxy import FaultProxy, Faults, replay
from tests.hq_harness import RunningHq, snapshot
from tests.sync.conftest import Kiosk

FAST = RetryPolicy(base=0.01, cap=0.1, max_attempts=12, deadline=15, retry_after_cap=5)
SHORT_TIMEOUTS = Timeouts(connect=2.0, read=1.0, write=2.0, pool=2.0)


def service(kiosk: Kiosk) -> SyncService:
    return SyncService(
        kiosk.desk.outbox,
        policy=FAST,
        sender=lambda connection: HqClient(connection, SHORT_TIMEOUTS),
        rng=random.Random(5),
    )


def register_days(kiosk: Kiosk, days: range, seed: int, per_day: tuple[int, int]) -> None:
    """Paper registrations on each day ago in `days` (a few hours into the morning)."""
    rng = random.Random(seed)
    tz = kiosk.desk.tz
    today = kiosk.desk.today()
    arrivals = []
    for ago in days:
        day = today - timedelta(days=ago)
        start = datetime.combine(day, time(7, 30), tzinfo=tz)
        for i in range(rng.randint(*per_day)):
            arrivals.append((start + timedelta(minutes=3 * i), demo_party(rng)))
    kiosk.desk.registrations.register_many(arrivals)


def sync_until_done(sync: SyncService, runs: int = 10) -> list[SyncReport]:
    reports = [sync.sync()]
    while reports[-1].waiting and len(reports) < runs:
        reports.append(sync.sync())
    return reports


def assert_hq_holds_the_latest(kiosk: Kiosk, hq: RunningHq, reader: str, days: int) -> None:
    today = kiosk.desk.today()
    first = today - timedelta(days=days - 1)
    rows = hq.days(reader, first.isoformat(), today.isoformat(), kiosk.site_id)
    outbox = kiosk.desk.outbox
    local = {p.day.isoformat(): p for p in map(outbox.outgoing_packet, _days(first, today))
             if p is not None}
    assert len(local) == days
    closed = {day for day, packet in local.items() if packet.packet["closed"]}
    assert len(closed) == days - 1  # today is open: readers do not see it yet
    assert sorted(row["date"] for row in rows) == sorted(closed)  # nothing missing, none twice
    for row in rows:
        packet = local[row["date"]].packet
        assert row["revision"] == packet["revision"]
        assert {name: row[name] for name in packet["totals"]} == packet["totals"]
        assert row["breakdowns"] == packet["breakdowns"]
        assert row["k"] == packet["k"]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def test_offline_fortnight_then_a_bad_network(kiosk: Kiosk, hq: RunningHq) -> None:
    """14 days of registrations while headquarters cannot be reached; then sync through a
    proxy that drops 30%, loses 10% of responses after commit, duplicates and delays: every
    day arrives once, as the latest revision. Late paper entries then raise three days'
    revisions, and those arrive too."""
    register_days(kiosk, range(13, -1, -1), seed=11, per_day=(8, 40))
    # Offline: nothing listens where headquarters should be.
    with FaultProxy(hq.url) as gone:
        dead_url = gone.url
    kiosk.desk.settings.save_hq_connection(make_hq_connection(dead_url, kiosk.token))
    outbox = kiosk.desk.outbox
    offline = SyncService(outbox, sender=lambda c: HqClient(c, SHORT_TIMEOUTS)).sync_once()
    assert (offline.sent, offline.confirmed, offline.waiting) == (14, 0, 14)
    assert offline.last_error is not None and "could not be reached" in offline.last_error
    assert kiosk.desk.outbox.sync_status().last_problem == offline.last_error

    with FaultProxy(hq.url, Faults(stall=0.03, seed=7)) as proxy:
        kiosk.desk.settings.save_hq_connection(make_hq_connection(proxy.url, kiosk.token))
        sync = service(kiosk)
        reports = sync_until_done(sync)
        assert reports[-1].waiting == 0, reports
        register_days(kiosk, range(10, 1, -4), seed=12, per_day=(3, 6))  # days 10, 6, 2 ago
        assert len(kiosk.desk.outbox.waiting_packets()) == 3
        later = sync_until_done(sync)
        assert later[-1].waiting == 0, later
        tally = proxy.tally
    assert tally.dropped and tally.lost and tally.duplicated and tally.delayed, tally
    reader = hq.add_reader()
    assert_hq_holds_the_latest(kiosk, hq, reader, days=14)
    status = kiosk.desk.outbox.sync_status()
    assert status.waiting == 0 and status.last_problem is None and status.last_success

    # Replay: the first request, a stale revision of a day that changed, and the last one.
    puts = [r for r in tally.captured if r.method == "PUT"]
    changed_day = (kiosk.desk.today() - timedelta(days=6)).isoformat()
    stale = [r for r in puts if changed_day in r.path and b'"revision":1,' in r.body]
    chosen = [puts[0], stale[0], puts[-1]]
    before = snapshot(hq.db_url)
    for request in chosen:
        for _ in range(100):
            status_code, _ = replay(hq.url, request)
            assert status_code == 200
    assert snapshot(hq.db_url) == before
    assert_hq_holds_the_latest(kiosk, hq, reader, days=14)


def test_today_after_midnight_belongs_to_the_right_day(
    kiosk: Kiosk, hq: RunningHq, clock: FakeClock
) -> None:
    """A packet's date is the site's day (Brussels), not the UTC day, and so is its close:
    at 00:30 in Brussels (still the day before in UTC) the day is sent closed and readers
    see it; before that they see the days before it only."""
    register_days(kiosk, range(2, -1, -1), seed=3, per_day=(5, 8))
    report = service(kiosk).sync()
    assert report.waiting == 0
    today = kiosk.desk.today()
    reader = hq.add_reader()
    first = (today - timedelta(days=2)).isoformat()
    rows = hq.days(reader, first, today.isoformat(), kiosk.site_id)
    assert [row["date"] for row in rows][-1] == (today - timedelta(days=1)).isoformat()
    midnight = datetime.combine(today + timedelta(days=1), time(0, 30), tzinfo=kiosk.desk.tz)
    clock.now = midnight.astimezone(UTC)
    assert clock().date() == today  # still `today` in UTC
    closing = service(kiosk).sync()
    assert (closing.sent, closing.confirmed, closing.waiting) == (1, 1, 0)
    rows = hq.days(reader, first, today.isoformat(), kiosk.site_id)
    assert [row["date"] for row in rows][-1] == today.isoformat()
