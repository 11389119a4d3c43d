"""Pulling the plug: a registering process killed at random moments loses nothing it acknowledged.

A separate Python process opens the desk the way the kiosk does and registers party after party
through `desk.registrations.register` (as `kiosk register` and the screens do), printing
"day number" only
after `register` returned. The test kills it with SIGKILL at random moments, many times, and
after every kill checks with SQLite (SQLCipher, the session's key) that the file is sound and
that every acknowledged registration is in it. (SIGKILL tests a crash of the program; a power
cut also needs the synchronous=FULL fsync, which only a real power cut or a fault-injecting disk
can test.)
"""

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.paths import database_path
from kiosk.store.database import check_integrity
from kiosk.store.database_key import is_plain
from tests.database_files import open_file

KILLS_AFTER_ACK = 50
KILLS_WHILE_STARTING = 6
SEED = 20261126

# The registering process. The acknowledgement is printed only once register returned.
REGISTERING = """
import random, sys
from pathlib import Path
from kiosk.core.demo import demo_party
from kiosk.core.site import make_site
from kiosk.store.desk import Desk

desk = Desk.open(Path(sys.argv[1]))
if desk.site() is None:
    desk.settings.set_up(make_site("crash-test", "Crash test"))
rng = random.Random(int(sys.argv[2]))
while True:
    # Half typed in from a paper list (as `kiosk register`), half handed out at the desk.
    receipt = desk.registrations.register(demo_party(rng), hand_out=rng.random() < 0.5)
    print(receipt.day.isoformat(), receipt.number, flush=True)
"""


def start(path: Path, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", REGISTERING, str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(process: subprocess.Popen[str]) -> list[str]:
    """SIGKILL, then every complete line the process had written before it died."""
    process.send_signal(signal.SIGKILL)
    assert process.stdout is not None and process.stderr is not None
    with process.stdout, process.stderr:
        rest = process.stdout.read()  # what readline() had buffered, then the pipe's contents
        process.stderr.read()
    process.wait(timeout=30)
    return [line for line in rest.splitlines(keepends=True) if line.endswith("\n")]


def acknowledged(lines: list[str]) -> set[tuple[str, int]]:
    found = set()
    for line in lines:
        day, number = line.split()
        found.add((day, int(number)))
    return found


def stored(path: Path) -> set[tuple[str, int]]:
    """Read-only, so the next process, not the test, recovers the file after the crash."""
    connection = open_file(path, read_only=True)
    try:
        made = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='parties'"
        ).fetchone()
        if made is None:  # killed before the first migration committed: nothing stored yet
            return set()
        return {(day, number) for day, number in connection.execute(
            "SELECT day, number FROM parties"
        )}
    finally:
        connection.close()


def assert_sound(path: Path, acked: set[tuple[str, int]], cycle: str) -> None:
    assert check_integrity(path, full=True) == [], f"{cycle}: integrity_check failed"
    missing = acked - stored(path)
    assert not missing, f"{cycle}: acknowledged but not stored: {sorted(missing)[:5]}"


@pytest.mark.slow  # the crash loop: 56 processes killed (`make test-slow`, and CI)
def test_killed_while_registering_loses_nothing_acknowledged(data_dir: Path) -> None:
    """After each of 50+ SIGKILLs the file is sound and holds every acknowledged registration."""
    path = database_path(data_dir)
    data_dir.mkdir(parents=True)
    rng = random.Random(SEED)
    acked: set[tuple[str, int]] = set()

    # A few kills while the process is still opening, migrating or setting up the database.
    for cycle in range(KILLS_WHILE_STARTING):
        process = start(path, seed=cycle)
        time.sleep(rng.uniform(0.0, 0.8))
        acked |= acknowledged(kill(process))
        if path.exists():
            assert_sound(path, acked, f"starting kill {cycle}")

    for cycle in range(KILLS_AFTER_ACK):
        process = start(path, seed=KILLS_WHILE_STARTING + cycle)
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        if not first:
            with process.stdout, process.stderr:
                problem = process.stderr.read()
            process.wait(timeout=30)
            raise AssertionError(f"kill {cycle}: the process stopped: {problem}")
        time.sleep(rng.uniform(0.05, 0.4))
        acked |= acknowledged([first, *kill(process)])
        assert_sound(path, acked, f"kill {cycle}")

    # The numbers of the day stay one per party: a unique constraint guards (day, number).
    assert len(acked) > KILLS_AFTER_ACK * 5


# -- a plain database (an older kiosk) encrypted on its first open by this one -------------

OPENING = """
import sys
from pathlib import Path
from kiosk.store.desk import Desk

print("opening", flush=True)
Desk.open(Path(sys.argv[1])).close()
print("open", flush=True)
"""
KILLS_WHILE_ENCRYPTING = 12
PLAIN_PARTIES = 40_000


def plain_database(path: Path) -> int:
    """The schema 0005 fixture (plain) with enough parties that encrypting it takes a while;
    the number of parties it holds."""
    shutil.copyfile(Path(__file__).with_name("fixtures") / "schema_0005.sqlite3", path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO parties (day, number, registered_at, language, nationality, size, "
            "children) SELECT '2026-11-25', i, '2026-11-25 08:00:00.000000', 'ar', 'SY', 1, 0 "
            "FROM n",
            (PLAIN_PARTIES,),
        )
        connection.execute("PRAGMA journal_mode=WAL")
        found = int(connection.execute("SELECT count(*) FROM parties").fetchone()[0])
    connection.close()
    return found


@pytest.mark.slow  # 12 processes killed while encrypting (`make test-slow`, and CI)
def test_killed_while_encrypting_a_plain_database_loses_nothing(tmp_path: Path) -> None:
    """A kill at any moment of the plain-to-encrypted migration leaves a database the next
    start opens (encrypted, every party kept), and no plain copy or side file behind."""
    rng = random.Random(SEED)
    for cycle in range(KILLS_WHILE_ENCRYPTING):
        folder = tmp_path / f"cycle-{cycle}"
        folder.mkdir()
        path = folder / "kiosk.sqlite3"
        parties = plain_database(path)
        process = subprocess.Popen(
            [sys.executable, "-c", OPENING, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        process.stdout.readline()  # imports done: the open itself begins
        time.sleep(rng.uniform(0.0, 1.0))
        kill(process)
        again = subprocess.run(
            [sys.executable, "-c", OPENING, str(path)], capture_output=True, text=True
        )
        assert again.returncode == 0, f"kill {cycle}: {again.stderr[-400:]}"
        # (listed before this test's own reads, which leave -wal and -shm files)
        assert sorted(p.name for p in folder.iterdir()) == ["kiosk.sqlite3"], f"kill {cycle}"
        assert not is_plain(path)
        assert check_integrity(path, full=True) == [], f"kill {cycle}: integrity_check failed"
        connection = open_file(path, read_only=True)
        try:
            kept = connection.execute("SELECT count(*) FROM parties").fetchone()[0]
        finally:
            connection.close()
        assert kept == parties, f"kill {cycle}: {parties - kept} parties lost"
