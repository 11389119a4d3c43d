"""Headquarters' settings, in one typed object built from the command line and environment.

    KIOSK_HQ_DB                  the database URL (or --db); default: a SQLite file
    KIOSK_HQ_KEEP_KEYS_DAYS      days an idempotency key is remembered (or --keep-keys-days)
    (serve only) --wrong-tokens N/SECONDS   throttle an address after N wrong tokens (20/60)
    (serve only) --body-seconds S           close a request whose body takes longer (10)
    (serve only) --public [--public-k K]    open data: /public and /api/v1/public/weeks.json
                                            (off by default; kiosk/core/public_weeks.py)

A bad value is refused with the field's name, never half-used.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from kiosk.core.errors import ValidationError
from kiosk.core.public_weeks import DEFAULT_PUBLIC_K
from kiosk.hq.database import DB_ENV, default_url

KEEP_KEYS_ENV = "KIOSK_HQ_KEEP_KEYS_DAYS"
KEEP_KEYS_DAYS = 30  # a kiosk retries a packet within days; a month is ample
PURGE_EVERY = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class HqSettings:
    """What a running headquarters needs to know besides its code."""

    db_url: str
    keep_request_keys: timedelta = timedelta(days=KEEP_KEYS_DAYS)
    purge_every: timedelta = PURGE_EVERY
    wrong_tokens_limit: int = 20  # wrong tokens per client address and window ...
    wrong_tokens_window: int = 60  # ... of this many seconds (kiosk/hq/throttle.py)
    body_seconds: float = 10.0  # a request body must arrive within (kiosk/hq/slow_clients.py)
    public: bool = False  # open data (weekly totals for anyone); off unless asked for
    public_k: int = DEFAULT_PUBLIC_K  # published figures from 1 to public_k-1 are suppressed

    def __post_init__(self) -> None:
        if not 1 <= self.wrong_tokens_limit <= 100_000:
            raise ValidationError("wrong tokens", "the limit must be between 1 and 100000")
        if not 1 <= self.wrong_tokens_window <= 86_400:
            raise ValidationError("wrong tokens", "the window must be 1 to 86400 seconds")
        if not 0.1 <= self.body_seconds <= 3600:
            raise ValidationError("body seconds", "must be between 0.1 and 3600")
        if not 5 <= self.public_k <= 100:
            raise ValidationError("public k", "must be between 5 and 100")
        if self.keep_request_keys < timedelta(days=1):
            raise ValidationError("keep keys days", "must be at least 1 day")
        if self.purge_every <= timedelta(0):
            raise ValidationError("purge every", "must be longer than zero")

    @classmethod
    def from_environment(
        cls,
        db_option: str | None = None,
        keep_keys_days: int | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> "HqSettings":
        """Options first, then the environment, then the defaults."""
        environ = os.environ if environ is None else environ
        if keep_keys_days is None:
            keep_keys_days = _days(environ.get(KEEP_KEYS_ENV, "").strip() or str(KEEP_KEYS_DAYS))
        if not 1 <= keep_keys_days <= 3650:
            raise ValidationError("keep keys days", "must be between 1 and 3650")
        db_url = db_option or environ.get(DB_ENV) or default_url()
        return cls(db_url=db_url, keep_request_keys=timedelta(days=keep_keys_days))


def _days(text: str) -> int:
    if not text.isdigit():
        raise ValidationError("keep keys days", f"{text[:20]!r} is not a whole number of days")
    return int(text)
