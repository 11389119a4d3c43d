"""A clock that cannot be right: before the set-up day, or before a registration made."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.desk_clock import SET_BACK_TOLERANCE, Doubt, clock_doubt

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
SET_UP = date(2026, 3, 1)


def test_a_plausible_clock_raises_no_doubt() -> None:
    """After the set-up day and after the last registration: nothing to say."""
    assert clock_doubt(NOW, BRUSSELS, SET_UP, NOW - timedelta(hours=2)) is None
    assert clock_doubt(NOW, BRUSSELS, SET_UP, None) is None


def test_a_clock_put_back_to_2000_by_a_power_cut_is_before_the_set_up_day() -> None:
    """A flat clock battery: the computer starts on 1 January 2000."""
    flat = datetime(2000, 1, 1, 0, 0, 12, tzinfo=UTC)
    doubt = clock_doubt(flat, BRUSSELS, SET_UP, NOW)
    assert doubt is not None and doubt.doubt is Doubt.BEFORE_SET_UP
    assert doubt.says == flat.astimezone(BRUSSELS)


def test_a_clock_earlier_than_the_last_registration() -> None:
    """Set back by an hour after registrations were made: the next ones would be out of
    order. A few minutes back is normal and says nothing."""
    last = NOW + timedelta(hours=1)
    doubt = clock_doubt(NOW, BRUSSELS, SET_UP, last)
    assert doubt is not None and doubt.doubt is Doubt.BEFORE_LAST_REGISTRATION
    assert doubt.last_registration == last.astimezone(BRUSSELS)
    assert clock_doubt(NOW, BRUSSELS, SET_UP, NOW + SET_BACK_TOLERANCE) is None


def test_the_day_is_the_sites_day() -> None:
    """23:30 UTC on the eve of the set-up day is already the set-up day in Brussels."""
    eve = datetime(2026, 2, 28, 23, 30, tzinfo=UTC)
    assert clock_doubt(eve, BRUSSELS, SET_UP, None) is None
    assert clock_doubt(eve - timedelta(hours=1), BRUSSELS, SET_UP, None) is not None
