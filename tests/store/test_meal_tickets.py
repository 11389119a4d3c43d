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


def test_typed_tickets_need_their_check_code(desk: Desk) -> None:
    """A volunteer may type the ticket's serial and check code instead of scanning: without
    the code, or with a wrong one, it is refused; with it, accepted once."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    typed = desk.tickets.typed_label(2)
    code = typed.split("-")[1]
    wrong = code[:2] + ("A" if code[2] != "A" else "C")
    assert refused(desk, "2") is Refusal.NO_CHECK_CODE
    assert refused(desk, "002") is Refusal.NO_CHECK_CODE
    assert refused(desk, f"2-{wrong}") is Refusal.WRONG_CHECK_CODE
    assert desk.registrations.counts(receipt.day).meals_served == 0
    assert desk.tickets.redeem(f" 2 {code.lower()} ").serial == 2  # case and spaces
    assert refused(desk, typed) is Refusal.ALREADY_USED
    assert refused(desk, f"002{code}") is Refusal.ALREADY_USED
    assert refused(desk, desk.tickets.typed_label(99)) is Refusal.NOT_ISSUED
    assert desk.registrations.counts(receipt.day).meals_served == 1


def test_yesterdays_typed_ticket_is_named_as_such(desk: Desk, clock: FakeClock) -> None:
    """Yesterday's serial and check code, typed today, is refused as another day's ticket
    (its code does not match today's ticket of that serial)."""
    yesterday = clock() - timedelta(days=1)
    old = desk.registrations.register(FAMILY, at=yesterday, hand_out=True)
    desk.registrations.register(FAMILY, hand_out=True)  # today's 1 and 2 exist too
    with pytest.raises(TicketRefused) as raised:
        desk.tickets.redeem(desk.tickets.typed_label(1, old.day))
    assert raised.value.refusal is Refusal.OTHER_DAY and raised.value.day == old.day
    assert desk.registrations.counts(desk.today()).meals_served == 0


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
