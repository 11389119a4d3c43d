"""`kiosk demo` adds realistic arrivals through the desk, with real numbers of the day."""

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk


def test_demo_adds_what_it_says_ending_today(kiosk: Kiosk, desk: Desk, data_dir: Path) -> None:
    """The parties and people it reports are in the counts of the days it covers."""
    ran = kiosk("demo", "--days", "3", "--per-day", "25", "--seed", "7")
    assert ran.code == 0, ran.err
    words = ran.out.split()
    parties, people = int(words[1]), int(words[3].strip("("))
    today = desk.today()
    assert ran.out.rstrip().endswith(f"{today - timedelta(days=2)} to {today}")
    days = desk.registrations.counts_by_day(today - timedelta(days=3), today)
    assert days[0].people == 0
    assert [day.people >= 25 for day in days[1:]] == [True, True, True]
    assert sum(day.parties for day in days) == parties
    assert sum(day.people for day in days) == people


def test_demo_numbers_each_day_from_one(kiosk: Kiosk, desk: Desk, data_dir: Path) -> None:
    """Demo arrivals get the numbers of their day: 1, 2, 3... without gaps."""
    assert kiosk("demo", "--days", "2", "--per-day", "15").code == 0
    with sqlite3.connect(database_path(data_dir)) as connection:
        rows = connection.execute(
            "SELECT day, count(*), min(number), max(number) FROM parties GROUP BY day"
        ).fetchall()
    connection.close()
    assert len(rows) == 2
    for _day, count, first, last in rows:
        assert (first, last) == (1, count)


def test_demo_is_reproducible_with_a_seed(kiosk: Kiosk, desk: Desk, tmp_path: Path) -> None:
    """The same seed gives the same counts on another kiosk."""
    other = str(tmp_path / "other")
    assert kiosk("init", "--data-dir", other, "--site-id", "brussels-test",
                 "--site-name", "Startpunt Test").code == 0
    for data_dir in (None, other):
        extra = [] if data_dir is None else ["--data-dir", data_dir]
        assert kiosk("demo", "--days", "1", "--per-day", "20", "--seed", "3", *extra).code == 0
    mine = json.loads(kiosk("counts", "--json").out)
    theirs = json.loads(kiosk("counts", "--json", "--data-dir", other).out)
    assert mine == theirs and mine["people"] >= 20
