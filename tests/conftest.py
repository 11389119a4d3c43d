"""Every test runs offscreen, on a fresh data directory of its own."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import gc
import json
import shutil
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import settings

from kiosk.core.site import make_site
from kiosk.store.desk import Desk
from tests.fake_clock import FakeClock

# No property test is a timed test: Hypothesis's 200 ms deadline per example failed on a
# loaded two-core machine (speed is checked by bench/, never by a test).
settings.register_profile("kiosk", deadline=None)
settings.load_profile("kiosk")


@pytest.fixture(autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    """As in the kiosk (kiosk.ui.gui_thread_collector): no collection starts on a worker,
    printing or server thread, where it could delete a Qt object of the GUI thread; what is
    due is collected here, on the main thread, after each test. (A test that runs the
    kiosk's `main` turns automatic collection back on at its end: off again per test.)"""
    from kiosk.ui.gui_thread_collector import collect_due

    gc.disable()
    yield
    collect_due()
    gc.disable()


@pytest.fixture(scope="session", autouse=True)
def database_key_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One database key for the whole session (outside every data directory), named by
    KIOSK_DATABASE_KEY_FILE: the session's template database and each test's copy of it open
    with the same key; subprocesses inherit it. A test may point the variable elsewhere."""
    from kiosk.store.database_key import KEY_FILE_ENV, KeyPlace, create_key

    path = tmp_path_factory.mktemp("keys") / "database.key"
    create_key(KeyPlace(path, credential=False))
    before = os.environ.get(KEY_FILE_ENV)
    os.environ[KEY_FILE_ENV] = str(path)
    yield path
    if before is None:
        os.environ.pop(KEY_FILE_ENV, None)
    else:
        os.environ[KEY_FILE_ENV] = before


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


@pytest.fixture(scope="session")
def set_up_database(tmp_path_factory: pytest.TempPathFactory, database_key_file: Path) -> Path:
    """A database made, migrated and set up once for the session (site brussels-test, PIN
    246810, at the tests' moment): each test's desk starts from a copy of this file, which
    opens in a few milliseconds where a new one takes about 100 (migrations, Argon2)."""
    from kiosk.paths import database_path

    path = database_path(tmp_path_factory.mktemp("set-up-desk"))
    made = Desk.open(path, clock=FakeClock())
    made.settings.set_up(make_site("brussels-test", "Startpunt Test"), "246810")
    made.close()  # the last connection checkpoints the log into the file
    # The tests' kiosk was set up on 1 January 2025, so that the paper-list dates of 2025
    # the tests type in are inside its registration window.
    keep_set_up_day(path, "2025-01-01")
    return path


def keep_set_up_day(path: Path, day: str) -> None:
    """Write the site's set-up day (the start of its registration window) into `path`."""
    from tests.database_files import open_file

    with closing(open_file(path)) as connection:
        connection.execute(
            "UPDATE settings SET value = ? WHERE key = 'set_up_on'", (json.dumps(day),)
        )


@pytest.fixture
def desk(data_dir: Path, clock: FakeClock, set_up_database: Path) -> Iterator[Desk]:
    """A desk that has been set up, on a real SQLite file of its own, whose time is `clock`."""
    from kiosk.paths import database_path

    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(set_up_database, database_path(data_dir))
    opened = Desk.open(database_path(data_dir), clock=clock)
    yield opened
    opened.close()
