"""A day's last revision goes out closed, by the desk's clock in the site's time zone, and
exactly once: readers at headquarters see nothing of an open day, then the closed day with
the desk's counts; syncing again sends nothing, and a change after the close goes out
closed too."""

from datetime import UTC, datetime, time, timedelta

from kiosk.core.registration import make_party
from kiosk.core.void import VoidedBy
from kiosk.sync.service import SyncService
from tests.fake_clock import FakeClock
from tests.hq_harness import RunningHq, snapshot
from tests.sync.conftest import Kiosk

PARTY = make_party(language="ar", nationality="SY", people=[("male", "26-59")] * 2)


def test_the_last_revision_of_a_day_is_sent_closed_exactly_once(
    kiosk: Kiosk, hq: RunningHq, clock: FakeClock
) -> None:
    """Two syncs of an open day leave the reader's answer empty both times; after midnight in
    Brussels one closed revision is sent and read with the desk's totals; a second sync sends
    nothing and changes nothing at headquarters; a void of that day is sent closed."""
    desk, sync = kiosk.desk, SyncService(kiosk.desk.outbox)
    today = desk.today()
    reader = hq.add_reader()

    def read() -> list[dict[str, object]]:
        found: list[dict[str, object]] = hq.days(
            reader, today.isoformat(), today.isoformat(), kiosk.site_id
        )
        return found

    receipts = [desk.registrations.register(PARTY) for _ in range(6)]
    assert sync.sync_once().confirmed == 1
    first = read()
    desk.registrations.register(PARTY)
    assert sync.sync_once().confirmed == 1
    assert read() == first == []
    packet = desk.outbox.outgoing_packet(today)
    assert packet is not None and packet.packet["closed"] is False
    assert packet.packet["set_up_day"] == today.isoformat()

    midnight = datetime.combine(today + timedelta(days=1), time(0, 1), tzinfo=desk.tz)
    clock.now = midnight.astimezone(UTC)
    report = sync.sync_once()
    assert (report.sent, report.confirmed, report.waiting) == (1, 1, 0)
    closed = desk.outbox.outgoing_packet(today)
    assert closed is not None and closed.packet["closed"] is True
    assert closed.revision == packet.revision + 1
    rows = read()
    assert [(row["revision"], row["people"]) for row in rows] == [(closed.revision, 14)]

    before = snapshot(hq.db_url)
    again = sync.sync_once()
    assert (again.sent, again.waiting) == (0, 0)
    assert snapshot(hq.db_url) == before

    desk.registrations.void(receipts[0].number, VoidedBy.COORDINATOR, receipts[0].day)
    voided = desk.outbox.outgoing_packet(today)
    assert voided is not None and voided.packet["closed"] is True
    assert sync.sync_once().confirmed == 1
    assert [row["people"] for row in read()] == [12]
