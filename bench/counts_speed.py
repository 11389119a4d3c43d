"""How fast the desk counts: one day, and a whole year, over 100,000 people.

    .venv/bin/python bench/counts_speed.py [--people 100000] [--days 365]

Set-up only: a year of synthetic arrivals (kiosk.core.demo) is written with the raw driver
(SQLCipher, the desk's key) in one transaction, into the schema made by the kiosk's
migrations. What is timed is the kiosk's own desk.registrations.counts(day) and
.counts_by_day(first, last). Prints JSON.
Targets: under 50 ms for a day, under 500 ms for the year.
"""

import argparse
import json
import math
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

from kiosk.core.demo import demo_days
from kiosk.core.site import make_site
from kiosk.core.site_day import local_day, zone
from kiosk.store.database import PRAGMAS
from kiosk.store.database_key import connect, key_of_file
from kiosk.store.desk import Desk

DAY_TARGET_MS = 50
YEAR_TARGET_MS = 500
LAST_DAY = date(2026, 11, 26)
TZ = zone("Europe/Brussels")


def fill(path: Path, people: int, days: int) -> dict[str, int]:
    """Write about `people` synthetic people over `days` days ending LAST_DAY; plain SQL."""
    desk = Desk.open(path)
    desk.settings.set_up(make_site("bench-counts", "Bench"))
    desk.close()
    parties: list[tuple[Any, ...]] = []
    persons: list[tuple[int, str, str]] = []
    flags: list[tuple[int, str]] = []
    referrals: list[tuple[int, str]] = []
    numbers: dict[date, int] = {}
    for party_id, (at, party) in enumerate(
        demo_days(days, math.ceil(people / days), LAST_DAY, TZ, seed=1), start=1
    ):
        day = local_day(at, TZ)
        numbers[day] = numbers.get(day, 0) + 1
        parties.append(
            (
                party_id,
                day.isoformat(),
                numbers[day],
                str(at.astimezone(UTC).replace(tzinfo=None)),
                party.language,
                party.nationality,
                party.size,
                party.children,
            )
        )
        persons += [(party_id, p.sex.value, p.age_band.value) for p in party.people]
        flags += [(party_id, f.value) for f in party.flags]
        referrals += [(party_id, r.value) for r in party.referrals]
    connection = connect(path, key_of_file(path))  # the desk's file is encrypted
    for pragma in PRAGMAS:
        connection.execute(pragma)
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO parties VALUES (?, ?, ?, ?, ?, ?, ?, ?)", parties)
    connection.executemany("INSERT INTO people (party_id, sex, age_band) VALUES (?, ?, ?)", persons)
    connection.executemany("INSERT INTO party_flags VALUES (?, ?)", flags)
    connection.executemany("INSERT INTO party_referrals VALUES (?, ?)", referrals)
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return {"parties": len(parties), "people": len(persons)}


def timings(action: Callable[[], object], repeat: int) -> list[float]:
    found = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        found.append((time.perf_counter() - start) * 1000)
    return found


def summary(milliseconds: list[float], target: float) -> dict[str, Any]:
    median = statistics.median(milliseconds)
    return {
        "runs": len(milliseconds),
        "median_ms": round(median, 2),
        "max_ms": round(max(milliseconds), 2),
        "target_ms": target,
        "within_target": median < target,
    }


def run(directory: Path, people: int, days: int, day_runs: int, year_runs: int) -> dict[str, Any]:
    path = directory / "counts.sqlite3"
    start = time.perf_counter()
    filled = fill(path, people, days)
    fill_seconds = time.perf_counter() - start
    first = LAST_DAY - timedelta(days=days - 1)
    desk = Desk.open(path)
    try:
        rng = random.Random(2)
        registrations = desk.registrations
        day_ms = timings(
            lambda: registrations.counts(first + timedelta(rng.randrange(days))), day_runs
        )
        year_ms = timings(lambda: desk.registrations.counts_by_day(first, LAST_DAY), year_runs)
        year = desk.registrations.counts_by_day(first, LAST_DAY)
    finally:
        desk.close()
    counted = sum(day.people for day in year)
    assert counted == filled["people"], (counted, filled)
    return {
        "benchmark": "counts_speed",
        "stored": {
            **filled,
            "days": days,
            "database_mb": round(path.stat().st_size / 2**20, 1),
            "fill_seconds": round(fill_seconds, 1),
        },
        "counts_one_day": summary(day_ms, DAY_TARGET_MS),
        "counts_by_day_whole_year": summary(year_ms, YEAR_TARGET_MS),
        "counted_people_in_year": counted,
        "sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--day-runs", type=int, default=50, help="timed counts(day) calls")
    parser.add_argument("--year-runs", type=int, default=7, help="timed counts_by_day calls")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        result = run(Path(directory), args.people, args.days, args.day_runs, args.year_runs)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
