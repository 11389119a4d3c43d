"""How long a wrong coordinator PIN makes the next try wait, and when coordinator mode locks.

Five wrong PINs in a row are free; from the fifth on, each one makes the next try wait
longer (30 s, 1, 2, 4, 8 minutes); the tenth locks coordinator mode for 30 minutes, and so
does each wrong PIN after it. Only the right PIN (or `kiosk reset-pin` on the machine)
starts the count again. Without a tap for 5 minutes an open coordinator mode locks itself.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

FREE_TRIES = 5
LOCK_AFTER = 10
LOCK_FOR = timedelta(minutes=30)
FIRST_WAIT = timedelta(seconds=30)
AUTO_LOCK = timedelta(minutes=5)


class Outcome(StrEnum):
    READY = "ready"  # nothing typed yet, and a try is taken now
    ACCEPTED = "accepted"
    WRONG = "wrong"  # a wrong PIN; `wait_until` says when the next try is taken, if not now
    WAIT = "wait"  # not tried: too early after wrong PINs
    LOCKED = "locked"  # not tried: locked for 30 minutes after 10 wrong PINs


@dataclass(frozen=True, slots=True)
class PinAttempts:
    """What the desk remembers between tries (kept in the database, so a restart resets
    nothing)."""

    failures: int = 0
    wait_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class PinVerdict:
    outcome: Outcome
    failures: int = 0
    wait_until: datetime | None = None

    @property
    def accepted(self) -> bool:
        return self.outcome is Outcome.ACCEPTED

    @property
    def locked(self) -> bool:
        """Locked for the long 30 minutes (not only a short wait)."""
        return self.failures >= LOCK_AFTER and self.wait_until is not None

    @property
    def tries_before_wait(self) -> int:
        """Wrong PINs still allowed before the waiting starts."""
        return max(0, FREE_TRIES - self.failures)

    def seconds_left(self, now: datetime) -> int:
        if self.wait_until is None or self.wait_until <= now:
            return 0
        return int((self.wait_until - now).total_seconds() + 0.999)


def wait_after(failures: int) -> timedelta | None:
    """The wait imposed after `failures` wrong PINs in a row; None when the next try is free."""
    if failures < FREE_TRIES:
        return None
    if failures >= LOCK_AFTER:
        return LOCK_FOR
    wait: timedelta = FIRST_WAIT * 2 ** (failures - FREE_TRIES)
    return wait


def before_try(attempts: PinAttempts, now: datetime) -> PinVerdict | None:
    """A verdict without looking at the PIN when it must not be tried yet; else None."""
    if attempts.wait_until is not None and now < attempts.wait_until:
        outcome = Outcome.LOCKED if attempts.failures >= LOCK_AFTER else Outcome.WAIT
        return PinVerdict(outcome, attempts.failures, attempts.wait_until)
    return None


def after_wrong(attempts: PinAttempts, now: datetime) -> PinAttempts:
    failures = attempts.failures + 1
    wait = wait_after(failures)
    return PinAttempts(failures, None if wait is None else now + wait)


def current(attempts: PinAttempts, now: datetime) -> PinVerdict:
    """The state to show before anyone types: free, waiting or locked."""
    early = before_try(attempts, now)
    if early is not None:
        return early
    return PinVerdict(Outcome.READY, attempts.failures)


class AutoLock:
    """An open coordinator mode locks itself after `timeout` without input.

    The clock is given, so tests move time by hand; the screen calls `touch` on every tap
    and asks `expired` once a second.
    """

    def __init__(self, clock: Callable[[], datetime], timeout: timedelta = AUTO_LOCK) -> None:
        self._clock = clock
        self.timeout = timeout
        self._last: datetime | None = None

    def open(self) -> None:
        self._last = self._clock()

    def close(self) -> None:
        self._last = None

    @property
    def is_open(self) -> bool:
        return self._last is not None

    def touch(self) -> None:
        if self._last is not None:
            self._last = self._clock()

    def expired(self) -> bool:
        return self._last is not None and self._clock() - self._last >= self.timeout
