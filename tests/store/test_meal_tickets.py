"""Handing out meal tickets at registration and accepting each one once at the soup counter."""

from datetime import timedelta

import pytest

from kiosk.core.meal_ticket import Refusal, TicketRefused
from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from tests.fake_clock import FakeClock

FAMILY = make_party(
    language="ar", nationality="SY", people=[("female", "26-59"), ("male", "5-11"), ("male", "0-4")]
)


def refused(desk: Desk, code: str) -> Refusal:
    with pytest.raises(TicketRefused) as raised:
        desk.tickets.redeem(code)
    return raised.value.refusal


def test_one_ticket_per_person_numbered_through_the_day(desk: Desk) -> None:
    """Tickets are numbered across the day's parties, one per person."""
    first = desk.registrations.register(FAMILY, hand_out=True)
    second = desk.registrations.register(FAMILY, hand_out=True)
    assert first.tickets == (1, 2, 3) and second.tickets == (4, 5, 6)


def test_paper_entries_get_no_tickets_and_no_printing(desk: Desk) -> None:
    """A paper list typed in after an outage prints nothing."""
    receipt = desk.registrations.register(FAMILY)
    assert receipt.tickets == ()
    assert desk.print_queue.waiting_print_jobs() == []


def test_a_ticket_is_accepted_once(desk: Desk) -> None:
    """Scanning the same ticket twice: the second time it is refused as already used."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
    assert desk.tickets.redeem(code).serial == 1
    assert refused(desk, code) is Refusal.ALREADY_USED
    assert desk.registrations.counts(receipt.day).meals_served == 1


def test_typed_numbers_work_like_scans(desk: Desk) -> None:
    """A volunteer may type the big number instead of scanning."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    assert desk.tickets.redeem("002").serial == 2
    assert refused(desk, "2") is Refusal.ALREADY_USED
    assert refused(desk, "99") is Refusal.NOT_ISSUED
    assert desk.registrations.counts(receipt.day).meals_served == 1


def test_yesterdays_ticket_is_refused(desk: Desk, clock: FakeClock) -> None:
    """A ticket kept until the next day is refused, and nothing is stored."""
    yesterday = clock() - timedelta(days=1)
    receipt = desk.registrations.register(FAMILY, at=yesterday, hand_out=True)
    code = desk.tickets.ticket_code(receipt.day, 1)
    assert refused(desk, code) is Refusal.OTHER_DAY
    assert desk.registrations.counts(receipt.day).meals_served == 0


@pytest.mark.parametrize("junk", ["", "x" * 10_000, "\x00\xff", "https://example.org", "0"])
def test_junk_stores_nothing(desk: Desk, junk: str) -> None:
    """Garbage at the scanner is refused with a reason and changes nothing."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    before = desk.path.stat().st_mtime_ns, desk.registrations.counts(receipt.day)
    with pytest.raises(TicketRefused):
        desk.tickets.redeem(junk)
    assert desk.registrations.counts(receipt.day) == before[1]
