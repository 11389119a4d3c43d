"""The one registration window shared by the desk and headquarters."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.errors import ValidationError
from kiosk.core.registration_window import (
    AHEAD_TOLERANCE,
    GRACE_BEFORE_SET_UP,
    check_day,
    check_moment,
    last_day,
)
from kiosk.core.site_day import parse_moment

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
SET_UP = date(2026, 3, 1)


def test_the_window_runs_from_the_grace_before_set_up_to_a_few_minutes_ahead() -> None:
    """The first day of the grace and now plus the tolerance are in; one step beyond is out."""
    first = datetime.combine(SET_UP - GRACE_BEFORE_SET_UP, datetime.min.time(), BRUSSELS)
    assert check_moment(first, SET_UP, NOW, BRUSSELS) == first.astimezone(UTC)
    assert check_moment(NOW + AHEAD_TOLERANCE, SET_UP, NOW, BRUSSELS) == NOW + AHEAD_TOLERANCE
    for outside in (first - timedelta(seconds=1), NOW + AHEAD_TOLERANCE + timedelta(seconds=1)):
        with pytest.raises(ValidationError) as refused:
            check_moment(outside, SET_UP, NOW, BRUSSELS)
        assert refused.value.field == "at"


def test_every_day_the_desk_accepts_headquarters_accepts() -> None:
    """A moment inside the desk's window is a day inside headquarters' window, in any zone."""
    for name in ("Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Brussels"):
        tz = ZoneInfo(name)
        latest = NOW + AHEAD_TOLERANCE
        day = check_moment(latest, SET_UP, NOW, tz).astimezone(tz).date()
        assert check_day(day, SET_UP, NOW) == day
    assert last_day(NOW) == date(2026, 11, 20)
    with pytest.raises(ValidationError):
        check_day(date(2007, 12, 31), SET_UP, NOW)


@given(st.datetimes(timezones=st.one_of(st.none(), st.timezones())))
def test_no_time_at_all_raises_anything_but_a_refusal_naming_at(moment: datetime) -> None:
    """Over the whole datetime range, any zone, reading and checking a typed time either
    accepts it or refuses it naming the field; never OverflowError or anything else."""
    try:
        parsed = parse_moment(moment.isoformat(), BRUSSELS)
        check_moment(parsed, SET_UP, NOW, BRUSSELS)
    except ValidationError as refused:
        assert refused.field == "at"


@pytest.mark.parametrize("text", ["0001-01-01T00:00", "9999-12-31T23:59-12:00",
                                  "0001-01-01T00:00+14:00", "9999-12-31T23:59:59.999999",
                                  "1900-01-01T10:00", "2007-12-31T12:00"])
def test_the_edges_of_the_range_are_refused_naming_at(text: str) -> None:
    """The values the hostile test used are refused with a ValidationError naming "at"."""
    with pytest.raises(ValidationError) as refused:
        check_moment(parse_moment(text, BRUSSELS), SET_UP, NOW, BRUSSELS)
    assert refused.value.field == "at"
