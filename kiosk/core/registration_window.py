"""The one window of dates a registration may carry, shared by the desk and headquarters.

A party may be registered from the site's set-up day minus a grace period (paper lists kept
before the kiosk was installed are typed in later) up to now plus a few minutes (a desk clock
a little fast is normal). The desk refuses anything outside it, so it never stores a day that
headquarters will refuse; headquarters refuses packets for days outside it.
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.errors import ValidationError, quoted
from kiosk.core.site_day import local_day

# Paper lists from before the kiosk was set up may still be typed in for this long.
GRACE_BEFORE_SET_UP = timedelta(days=31)
# A desk clock a few minutes fast is normal; a time further ahead is a typing error.
AHEAD_TOLERANCE = timedelta(minutes=5)
# The most any place on earth is ahead of UTC (Kiribati, UTC+14): the latest local day
# headquarters can be sent, not knowing the site's time zone.
MOST_AHEAD_OF_UTC = timedelta(hours=14)


def first_day(set_up_day: date) -> date:
    """The earliest day a registration may belong to."""
    return set_up_day - GRACE_BEFORE_SET_UP


def last_day(now: datetime) -> date:
    """The latest local day anywhere (any time zone) a registration made now may belong to."""
    return (now.astimezone(UTC) + AHEAD_TOLERANCE + MOST_AHEAD_OF_UTC).date()


def check_moment(
    moment: datetime, set_up_day: date, now: datetime, tz: ZoneInfo, field: str = "at"
) -> datetime:
    """`moment` (aware) in UTC, or a ValidationError naming `field` when it is outside the
    window; never anything else, whatever the moment."""
    try:
        moment = moment.astimezone(UTC)
        day = local_day(moment, tz)
    except (OverflowError, ValueError):
        raise outside(field, moment.isoformat()) from None
    latest = now.astimezone(UTC) + AHEAD_TOLERANCE
    if moment > latest:
        raise ValidationError(
            field, f"{quoted(moment.isoformat())} is in the future",
            reason="in_future", value=quoted(moment.isoformat()),
        )
    earliest = first_day(set_up_day)
    if day < earliest:
        raise ValidationError(
            field,
            f"{day.isoformat()} is before {earliest.isoformat()} (the kiosk was set up on "
            f"{set_up_day.isoformat()}; paper lists up to {GRACE_BEFORE_SET_UP.days} days "
            "older are accepted)",
            reason="too_early", value=day.isoformat(), earliest=earliest.isoformat(),
        )
    return moment


def check_day(day: date, set_up_day: date, now: datetime, field: str = "date") -> date:
    """`day` when a packet for it may be accepted; else a ValidationError naming `field`."""
    earliest, latest = first_day(set_up_day), last_day(now)
    if not earliest <= day <= latest:
        raise ValidationError(
            field, f"must be between {earliest.isoformat()} and {latest.isoformat()}",
            reason="out_of_window", earliest=earliest.isoformat(), latest=latest.isoformat(),
        )
    return day


def outside(field: str, text: str) -> ValidationError:
    return ValidationError(
        field, f"{quoted(text)} is outside the dates the kiosk can hold",
        reason="out_of_range", value=quoted(text),
    )
