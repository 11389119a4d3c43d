"""The instant headquarters' test servers start from (through KIOSK_CLOCK), whatever the
host's date: the API tests date their packets from it."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from kiosk.core.clock import ENVIRONMENT_VARIABLE

HQ_NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
HQ_TODAY = HQ_NOW.date()


@contextmanager
def clock_for_new_processes(now: datetime = HQ_NOW) -> Iterator[None]:
    """Processes started inside this block read `now` as their start instant; this process's
    environment is as before afterwards (other test packages start their own servers)."""
    before = os.environ.get(ENVIRONMENT_VARIABLE)
    os.environ[ENVIRONMENT_VARIABLE] = now.isoformat()
    try:
        yield
    finally:
        if before is None:
            del os.environ[ENVIRONMENT_VARIABLE]
        else:
            os.environ[ENVIRONMENT_VARIABLE] = before
