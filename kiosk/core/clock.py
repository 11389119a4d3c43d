"""The one clock of the kiosk: nothing else reads the wall clock.

Everything that needs "now" (the desk, the screens, the command line, housekeeping, printing,
sync, headquarters) is handed a `Clock` by whoever builds it. Production code hands in
`system_clock` (or `clock_from_environment()`, which is the same unless `KIOSK_CLOCK` is set);
tests hand in a clock they move by hand, so no test depends on the hour, the weekday or the
host's time zone.

`KIOSK_CLOCK=2026-11-20T08:30+01:00` starts the clock at that instant and lets it run on from
there: for tests that start the kiosk as a separate process, and for demonstrations of a
given day. An instant without an offset is refused (it would depend on the host's zone).
"""

import os
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

type Clock = Callable[[], datetime]
"""Returns the present moment as an aware datetime in UTC."""

type Monotonic = Callable[[], float]
"""Seconds from an arbitrary start that never go backwards (for waits and time-outs)."""

ENVIRONMENT_VARIABLE = "KIOSK_CLOCK"


def system_clock() -> datetime:
    """The machine's clock, in UTC."""
    return datetime.now(UTC)


def monotonic() -> float:
    """Seconds that only go forward, whatever the wall clock does (for waits, not dates)."""
    return time.monotonic()


class BadClockSetting(ValueError):
    """KIOSK_CLOCK is not an ISO 8601 instant with an offset."""


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant that names its offset (`Z` or `+01:00`), in UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadClockSetting(
            f"{ENVIRONMENT_VARIABLE}: {text!r} is not an ISO 8601 instant "
            "(e.g. 2026-11-20T08:30+01:00)"
        ) from None
    if moment.tzinfo is None:
        raise BadClockSetting(
            f"{ENVIRONMENT_VARIABLE}: {text!r} has no offset (add Z or +01:00)"
        )
    return moment.astimezone(UTC)


def running_from(start: datetime, ticks: Monotonic = monotonic) -> Clock:
    """A clock that shows `start` now and runs on at the normal pace."""
    origin = ticks()
    start = start.astimezone(UTC)

    def now() -> datetime:
        return start + timedelta(seconds=ticks() - origin)

    return now


def clock_from_environment(environ: dict[str, str] | None = None) -> Clock:
    """`system_clock`, unless KIOSK_CLOCK names the instant to start from."""
    text = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE, "").strip()
    if not text:
        return system_clock
    return running_from(parse_instant(text))
