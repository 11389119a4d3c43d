"""Is the desk's clock to be trusted? A dead clock battery and a power cut put it back.

Cheap desk computers lose the time when their clock battery is flat and the power goes:
they start in 2000 or on the day the board was made, and without internet nothing sets the
time again. Every registration made then gets a wrong day: the day's counts start again
from zero, and headquarters refuses the day. The desk cannot know the right time, but it
can see two impossible ones:

- the local day is before the day the kiosk was set up;
- the clock is earlier than a registration already made (more than a few minutes: a clock
  set back a little is normal).

Registering still works (no one is turned away over a clock); the volunteer is told, in
their language, to have the clock set.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from kiosk.core.site_day import local_day

# A clock set back this much (daylight saving is not this: the clock keeps UTC) is normal.
SET_BACK_TOLERANCE = timedelta(minutes=10)


class Doubt(StrEnum):
    BEFORE_SET_UP = "before_set_up"
    BEFORE_LAST_REGISTRATION = "before_last_registration"


@dataclass(frozen=True, slots=True)
class ClockDoubt:
    """Why the clock cannot be right: what it says (site time) and what it contradicts."""

    doubt: Doubt
    says: datetime  # the clock's time, in the site's time zone
    set_up_day: date
    last_registration: datetime | None  # in the site's time zone


def clock_doubt(
    now: datetime, tz: ZoneInfo, set_up_day: date, last_registration: datetime | None
) -> ClockDoubt | None:
    """None when the clock may be right; else why it cannot be."""
    says = now.astimezone(tz)
    last = last_registration.astimezone(tz) if last_registration is not None else None
    if local_day(now, tz) < set_up_day:
        return ClockDoubt(Doubt.BEFORE_SET_UP, says, set_up_day, last)
    if last is not None and now + SET_BACK_TOLERANCE < last:
        return ClockDoubt(Doubt.BEFORE_LAST_REGISTRATION, says, set_up_day, last)
    return None


__all__ = ["SET_BACK_TOLERANCE", "ClockDoubt", "Doubt", "clock_doubt"]
