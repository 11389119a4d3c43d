"""A kiosk desk of its own per test, and headquarters running for real beside it."""

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.core.hq_link import make_hq_connection
from kiosk.core.site import make_site
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.fake_clock import FakeClock
from tests.hq_harness import BACKENDS, RunningHq, running_hq

_sites = itertools.count(1)


@pytest.fixture(scope="session", params=BACKENDS)
def hq(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningHq]:
    """A running headquarters on 127.0.0.1, on SQLite and on PostgreSQL."""
    directory: Path = tmp_path_factory.mktemp(f"hq-{request.param}")
    with running_hq(request.param, directory) as server:
        yield server


@dataclass
class Kiosk:
    desk: Desk
    site_id: str
    token: str


@pytest.fixture
def kiosk(data_dir: Path, hq: RunningHq, clock: FakeClock) -> Iterator[Kiosk]:
    """A set-up desk whose site headquarters knows, connected straight to headquarters."""
    site_id = f"sync-site-{next(_sites)}"
    token = hq.add_site(site_id, "Sync test")
    desk = Desk.open(database_path(data_dir), clock=clock)
    desk.settings.set_up(make_site(site_id, "Sync test"))
    desk.settings.save_hq_connection(make_hq_connection(hq.url, token))
    yield Kiosk(desk, site_id, token)
    desk.close()
