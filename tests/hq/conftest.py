"""Headquarters for real: one `kiosk-hq serve` subprocess per database backend.

The PostgreSQL run needs KIOSK_TEST_POSTGRES_URL (skipped without it, failing on CI).
When a server stops, its database is checked: nothing outside the packet schema, no time
finer than a day, no number of the day.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hq_harness import BACKENDS, RunningHq, running_hq


@pytest.fixture(scope="session", params=BACKENDS)
def hq(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningHq]:
    """A running headquarters on 127.0.0.1, on SQLite and on PostgreSQL."""
    directory: Path = tmp_path_factory.mktemp(f"hq-{request.param}")
    with running_hq(request.param, directory) as server:
        yield server
