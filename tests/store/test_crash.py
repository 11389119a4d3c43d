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
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.paths import database_path
from kiosk.store.database import check_integrity
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
