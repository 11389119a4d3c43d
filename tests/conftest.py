"""Every test runs offscreen, on a fresh data directory of its own."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.site import make_site
from kiosk.store.desk import Desk
from tests.fake_clock import FakeClock


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data directory per test; KIOSK_DATA_DIR points at it."""
    directory = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(directory))
    return directory


@pytest.fixture
def clock() -> FakeClock:
    """The time of the test: a fixed moment (a Friday, 08:30 in Brussels) moved by hand.
    No test reads the machine's clock."""
    return FakeClock()


@pytest.fixture
def desk(data_dir: Path, clock: FakeClock) -> Iterator[Desk]:
    """A desk that has been set up, on a real SQLite file, whose time is `clock`."""
    from kiosk.paths import database_path

    opened = Desk.open(database_path(data_dir), clock=clock)
    opened.settings.set_up(make_site("brussels-test", "Startpunt Test"), "246810")
    yield opened
    opened.close()
