"""The outbox at the desk: one packet per day, a new revision only when the packet changes."""

import re
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.errors import ValidationError
from kiosk.core.hq_link import HqConnection, make_hq_connection
from kiosk.core.packet import content_hash
from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from tests.fake_clock import START, FakeClock

SYRIAN = make_party(language="ar", nationality="SY", people=[("male", "26-59")])
FAMILY = make_party(
    language="ti",
    nationality="ER",
    people=[("female", "26-59"), ("male", "26-59"), ("female", "5-11")],
    flags=["needs-shelter"],
    referrals=["shelter"],
)


def at(day_offset: int, hour: int = 8) -> datetime:
    today = START.replace(hour=hour, minute=0, second=0, microsecond=0)
    return today - timedelta(days=day_offset)


def test_every_day_with_arrivals_gets_a_packet(desk: Desk) -> None:
    """After registrations on three days, three packets wait, each at revision 1."""
    desk.registrations.register_many([(at(d), SYRIAN) for d in (1, 2, 2, 5) for _ in range(3)])
    waiting = desk.outbox.waiting_packets()
    assert [p.revision for p in waiting] == [1, 1, 1]
    assert [p.day for p in waiting] == sorted(p.day for p in waiting)
    assert all(p.packet["site_id"] == "brussels-test" for p in waiting)
    assert all(p.content_hash == content_hash(p.packet) for p in waiting)


def test_only_a_changed_day_gets_a_new_revision(desk: Desk) -> None:
    """A late paper entry raises its own day's revision; the other days stay as they were;
    refreshing without changes changes nothing."""
    desk.registrations.register_many([(at(d), FAMILY) for d in (3, 4) for _ in range(3)])
    before = {p.day: p for p in desk.outbox.waiting_packets()}
    assert desk.outbox.refresh() == 0
    desk.registrations.register_many([(at(3, hour=11), SYRIAN)])
    after = {p.day: p for p in desk.outbox.waiting_packets()}
    day3, day4 = sorted(after)[1], sorted(after)[0]
    assert after[day3].revision == 2 and after[day3].packet["totals"]["people"] == 10
    assert after[day3].packet["revision"] == 2
    assert after[day4] == before[day4]


def test_meals_and_printed_sheets_change_today(desk: Desk) -> None:
    """Redeeming a meal ticket or printing a sheet gives today's packet a new revision."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    first = desk.outbox.outgoing_packet(receipt.day)
    assert first is not None and first.packet["totals"]["meals_served"] == 0
    desk.tickets.redeem(desk.tickets.typed_label(receipt.tickets[0]))
    second = desk.outbox.outgoing_packet(receipt.day)
    assert second is not None
    assert (second.revision, second.packet["totals"]["meals_served"]) == (2, 1)
    job = desk.print_queue.next_print_job()
    assert job is not None
    desk.print_queue.print_done(job.id)
    third = desk.outbox.outgoing_packet(receipt.day)
    assert third is not None
    assert (third.revision, third.packet["totals"]["sheets_printed"]) == (3, 1)


def test_confirmed_days_stop_waiting_until_they_change(desk: Desk) -> None:
    """Confirmation of the latest revision ends the wait; a later change starts it again."""
    desk.registrations.register_many([(at(2), SYRIAN)] * 6)
    (packet,) = desk.outbox.waiting_packets()
    confirmed = desk.outbox.packet_answered(packet.day, packet.revision, packet.content_hash)
    assert not confirmed.waiting and desk.outbox.waiting_packets() == []
    desk.registrations.register_many([(at(2, hour=10), FAMILY)])
    (again,) = desk.outbox.waiting_packets()
    assert (again.revision, again.confirmed_revision) == (2, 1)


def test_other_content_at_headquarters_raises_the_revision(desk: Desk) -> None:
    """Headquarters holding revision 4 with other content (a restored kiosk database): the
    day goes out again as revision 5."""
    desk.registrations.register_many([(at(1), SYRIAN)] * 6)
    (packet,) = desk.outbox.waiting_packets()
    raised = desk.outbox.packet_answered(packet.day, 4, "0" * 64)
    assert raised.waiting and raised.revision == 5 and raised.packet["revision"] == 5
    assert desk.outbox.waiting_packets()[0].revision == 5


def test_failures_are_noted_per_day(desk: Desk) -> None:
    """A failed attempt is counted with its reason, and the day keeps waiting."""
    desk.registrations.register_many([(at(1), SYRIAN)] * 6)
    (packet,) = desk.outbox.waiting_packets()
    desk.outbox.packet_failed(packet.day, "Headquarters could not be reached.")
    (still,) = desk.outbox.waiting_packets()
    assert (still.attempts, still.last_error) == (1, "Headquarters could not be reached.")


def test_future_days_wait_until_they_come(desk: Desk) -> None:
    """A registration typed in for a day after today is not packed yet."""
    desk.registrations.register_many([(at(-3), SYRIAN)])
    assert desk.outbox.waiting_packets() == []


def test_k_is_a_site_setting_and_changes_the_packets(desk: Desk) -> None:
    """k is 5 until changed, never below 3; a new k rebuilds every day's packet."""
    assert desk.settings.disclosure_k() == 5
    desk.registrations.register_many([(at(1), SYRIAN)] * 8)
    (packet,) = desk.outbox.waiting_packets()
    assert packet.packet["k"] == 5
    with pytest.raises(ValidationError):
        desk.settings.save_disclosure_k(2)
    desk.settings.save_disclosure_k(3)
    (rebuilt,) = desk.outbox.waiting_packets()
    assert (rebuilt.packet["k"], rebuilt.revision) == (3, 2)


def test_connection_settings_are_stored_and_checked(desk: Desk) -> None:
    """The connection round-trips through the settings table; http off this machine and
    a malformed token are refused; the installation id is made at the first read and kept."""
    assert desk.outbox.hq_connection() is None
    assert not desk.outbox.sync_status().connected
    connection = make_hq_connection("https://hq.example.org/startpunt/", "t" * 43)
    desk.settings.save_hq_connection(connection)
    stored = desk.outbox.hq_connection()
    assert stored is not None and stored.installation_id is not None
    assert stored == HqConnection(
        "https://hq.example.org/startpunt", "t" * 43, installation_id=stored.installation_id
    )
    assert re.fullmatch(r"[0-9a-f]{32}", stored.installation_id)  # made once, then kept
    assert desk.outbox.hq_connection() == stored
    assert "t" * 43 not in repr(desk.outbox.hq_connection())
    for url, token, field in (
        ("http://hq.example.org", "t" * 43, "hq url"),
        ("ftp://hq.example.org", "t" * 43, "hq url"),
        ("https://user:pw@hq.example.org", "t" * 43, "hq url"),
        ("https://hq.example.org", "short", "token"),
    ):
        with pytest.raises(ValidationError) as refused:
            desk.settings.save_hq_connection(HqConnection(url, token))
        assert refused.value.field == field
    for loopback in ("http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:8080"):
        desk.settings.save_hq_connection(HqConnection(loopback, "t" * 43))


def test_status_says_what_waits_and_when_it_last_went_well(desk: Desk) -> None:
    """sync_status: days waiting, last problem, last success (only when nothing waits)."""
    desk.registrations.register_many([(at(1), SYRIAN)] * 6)
    desk.outbox.waiting_packets()
    desk.outbox.sync_finished("Headquarters could not be reached.")
    status = desk.outbox.sync_status()
    assert (status.waiting, status.last_problem, status.last_success) == (
        1,
        "Headquarters could not be reached.",
        None,
    )
    (packet,) = desk.outbox.waiting_packets()
    desk.outbox.packet_answered(packet.day, packet.revision, packet.content_hash)
    desk.outbox.sync_finished(None)
    status = desk.outbox.sync_status()
    assert status.waiting == 0 and status.last_problem is None
    assert status.last_success is not None and status.last_success.date() >= date(2026, 1, 1)


def test_outbox_holds_no_number_of_the_day(desk: Desk) -> None:
    """The stored packets hold counts and codes only: no number of the day, no clock time."""
    for i in range(12):
        desk.registrations.register(FAMILY, at=at(1) + timedelta(minutes=i))
    (packet,) = desk.outbox.waiting_packets()
    text = str(packet.packet)
    assert "number" not in text and "registered_at" not in text
    assert ":00" not in text.replace("'", "")


def test_a_packet_from_schema_0003_survives_the_upgrade(tmp_path: Path) -> None:
    """The outbox of a 0003 database opens under the newest schema; its day, over by now, is
    rebuilt from the same rows with the same counts, now marked closed: revision 2, sent once
    more so that headquarters publishes it."""
    fixture = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "schema_0003.sqlite3"
    copy = tmp_path / "kiosk.sqlite3"
    shutil.copy(fixture, copy)
    desk = Desk.open(copy, clock=FakeClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    try:
        packet = desk.outbox.outgoing_packet(date(2026, 11, 26))
        assert packet is not None
        assert (packet.revision, packet.packet["totals"]["people"]) == (2, 3)
        assert packet.packet["closed"] is True
        assert packet.waiting
    finally:
        desk.close()


def test_past_days_go_out_closed_and_today_open_with_the_set_up_day(desk: Desk) -> None:
    """A paper entry for two days ago is sent closed (its day is over at the site); today's
    packet is open; both carry the desk's set-up day."""
    desk.registrations.register_many([(at(2), SYRIAN), (at(0), SYRIAN)])
    packets = {p.day: p.packet for p in desk.outbox.waiting_packets()}
    past, today = sorted(packets)
    assert packets[past]["closed"] is True and packets[today]["closed"] is False
    assert {p["set_up_day"] for p in packets.values()} == {desk.set_up_day().isoformat()}
