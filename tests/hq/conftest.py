"""Headquarters for real: one `kiosk-hq serve` subprocess per database backend, its clock
pinned to HQ_NOW.

The PostgreSQL run needs KIOSK_TEST_POSTGRES_URL (skipped without it, failing on CI).
When a server stops, its database is checked: nothing outside the packet schema, no time
finer than a day, no number of the day.
"""

from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock
from tests.hq.pinned_time import clock_for_new_processes
from tests.hq_harness import BACKENDS, RunningHq, hq_database, running_hq

STORE_NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # the `store` fixture's moment


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqStore]:
    """A fresh headquarters store in this process (SQLite file, or a PostgreSQL schema of its
    own), its clock at STORE_NOW."""
    with hq_database(request.param, tmp_path) as url:
        opened = HqStore.open(url, FakeClock(STORE_NOW))
        yield opened
        opened.close()


@pytest.fixture(scope="session", params=BACKENDS)
def hq(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningHq]:
    """A running headquarters on 127.0.0.1, on SQLite and on PostgreSQL, whose day is
    HQ_TODAY."""
    directory: Path = tmp_path_factory.mktemp(f"hq-{request.param}")
    with ExitStack() as stack:
        with clock_for_new_processes():
            # Many tests send wrong tokens on purpose: throttling has tests of its own.
            server = stack.enter_context(
                running_hq(request.param, directory, "--wrong-tokens", "100000/1")
            )
        yield server
