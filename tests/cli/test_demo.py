"""`kiosk demo` adds realistic arrivals through the desk, with real numbers of the day:
whole days ending yesterday, or today up to the present moment with --include-today."""

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk
from tests.database_files import open_file
from tests.fake_clock import FakeClock

BRUSSELS = ZoneInfo("Europe/Brussels")


def words_of(out: str) -> tuple[int, int]:
    words = out.split()
    return int(words[1]), int(words[3].strip("("))


@pytest.mark.parametrize("local", ["2026-09-30T05:30", "2026-12-31T23:59:50", "2026-11-20T08:30"])
def test_demo_makes_whole_days_ending_yesterday(
    kiosk: Kiosk, desk: Desk, clock: FakeClock, local: str
) -> None:
    """At any hour (before the doors open, just before midnight), --days 3 makes three whole
    days ending yesterday, and says which; today stays empty."""
    clock.now = datetime.fromisoformat(local).replace(tzinfo=BRUSSELS)
    ran = kiosk("demo", "--days", "3", "--per-day", "25", "--seed", "7")
    assert ran.code == 0, ran.err
    parties, people = words_of(ran.out)
    today = desk.today()
    yesterday = today - timedelta(days=1)
    assert ran.out.rstrip().endswith(f"{today - timedelta(days=3)} to {yesterday}")
    days = desk.registrations.counts_by_day(today - timedelta(days=4), today)
    assert [day.people >= 25 for day in days] == [False, True, True, True, False]
    assert days[0].people == 0 and days[-1].people == 0
    assert sum(day.parties for day in days) == parties
    assert sum(day.people for day in days) == people


def test_demo_with_today_stops_at_the_present_moment(
    kiosk: Kiosk, desk: Desk, clock: FakeClock
) -> None:
    """--include-today ends with today, whose arrivals stop at now: at 05:30 there are none
    yet (the doors open at 07:00), and the command says so."""
    clock.now = datetime(2026, 9, 30, 5, 30, tzinfo=BRUSSELS)
    early = kiosk("demo", "--days", "2", "--per-day", "10", "--include-today")
    assert early.code == 0, early.err
    assert "2026-09-29 to 2026-09-30" in early.out
    assert "Today (2026-09-30) has the arrivals up to 05:30 at the site: 0 parties" in early.out
    assert desk.registrations.counts(desk.today()).people == 0
    clock.now = datetime(2026, 9, 30, 10, 0, tzinfo=BRUSSELS)
    later = kiosk("demo", "--days", "1", "--per-day", "10", "--include-today")
    registered_today = desk.registrations.counts(desk.today())
    assert registered_today.people > 0
    assert f"{registered_today.parties} parties ({registered_today.people} people)" in later.out


def test_demo_numbers_each_day_from_one(kiosk: Kiosk, desk: Desk, data_dir: Path) -> None:
    """Demo arrivals get the numbers of their day: 1, 2, 3... without gaps."""
    assert kiosk("demo", "--days", "2", "--per-day", "15").code == 0
    with open_file(database_path(data_dir)) as connection:
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
    yesterday = (desk.today() - timedelta(days=1)).isoformat()
    mine = json.loads(kiosk("counts", "--json", "--date", yesterday).out)
    theirs = json.loads(kiosk("counts", "--json", "--date", yesterday, "--data-dir", other).out)
    assert mine == theirs and mine["people"] >= 20
