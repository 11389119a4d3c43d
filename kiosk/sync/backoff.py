"""How long to wait before trying headquarters again: exponential back-off, full jitter.

Full jitter (a random wait between zero and the exponential ceiling) keeps a hundred desks
that lost the network together from all coming back in the same second. A `Retry-After`
from headquarters is a floor: the kiosk never comes back sooner than it was asked to.
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    base: float = 1.0  # seconds: the ceiling of the first wait
    cap: float = 120.0  # no back-off wait is longer than this
    max_attempts: int = 6  # per day and per run
    deadline: float = 600.0  # seconds a whole run may take
    retry_after_cap: float = 900.0  # a Retry-After longer than this ends the run instead

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """The wait after failed attempt number `attempt` (1 for the first failure)."""
        ceiling = min(self.cap, self.base * 2 ** max(0, attempt - 1))
        wait = rng.uniform(0, ceiling)
        if retry_after is not None:
            wait = max(wait, retry_after)
        return wait


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds from a Retry-After header (delta-seconds, or an HTTP date counted from `now`);
    None if unusable."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(min(int(text), 86_400))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - now).total_seconds()
    return max(0.0, min(seconds, 86_400.0))
