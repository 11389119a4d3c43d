"""The language of a meal ticket's holder, for the soup counter to answer in."""

from datetime import timedelta
from pathlib import Path

from kiosk.core.registration import make_party
from tests.fake_clock import START, FakeClock, clocked_desk

FAMILY = make_party(language="ti", nationality="ER", people=[("female", "26-59"), ("male", "5-11")])
ALONE = make_party(language="ar", nationality="SY", people=[("male", "18-25")])


def test_each_ticket_knows_its_partys_language_until_the_purge(data_dir: Path) -> None:
    """Tickets name their party's sheet language; unknown tickets and purged days give None."""
    clock = FakeClock()
    desk = clocked_desk(data_dir, clock)
    family = desk.registrations.register(FAMILY, at=START, hand_out=True)
    alone = desk.registrations.register(ALONE, at=START + timedelta(minutes=1), hand_out=True)
    assert [desk.tickets.ticket_language(family.day, s) for s in family.tickets] == ["ti", "ti"]
    assert desk.tickets.ticket_language(alone.day, alone.tickets[0]) == "ar"
    assert desk.tickets.ticket_language(alone.day, 99) is None
    assert desk.tickets.ticket_language(alone.day - timedelta(days=1), alone.tickets[0]) is None
    desk.days.close_day()
    clock.advance(hours=48)
    assert desk.days.purge().days == (family.day,)
    assert desk.tickets.ticket_language(family.day, family.tickets[0]) is None
    desk.close()
