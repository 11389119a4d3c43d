"""Closing the day and deleting per-person rows with a shifted clock: counts stay the same,
and the rows are gone from the database and its write-ahead log (which are encrypted, so
their bytes never show in the files at all)."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.core.codes import AgeBand, Sex
from kiosk.core.registration import Person, make_party
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.database_files import open_file, readable_text
from tests.fake_clock import START, FakeClock, clocked_desk

DAY = date(2026, 11, 20)
# A rare nationality (Tuvalu) and a time to the microsecond that only these rows hold.
MARKED = make_party(language="ti", nationality="TV", people=[("female", "26-59"),
                                                             ("male", "5-11")])
MARK_TIME = START.replace(microsecond=424242)
ROW_MARKERS = (b"tiTV", b"07:30:00.424242")


def file_bytes(data_dir: Path) -> bytes:
    path = database_path(data_dir)
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def readable_bytes(data_dir: Path) -> bytes:
    """Everything the database holds, decrypted with the key (as SQL text)."""
    return readable_text(database_path(data_dir)).encode()


def per_person_rows(data_dir: Path) -> dict[str, int]:
    connection = open_file(database_path(data_dir))
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("parties", "people", "party_flags", "party_referrals",
                          "meal_tickets", "print_jobs")}
    finally:
        connection.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def day_desk(data_dir: Path, clock: FakeClock) -> Desk:
    desk = clocked_desk(data_dir, clock)
    for i in range(3):
        desk.registrations.register(MARKED, at=MARK_TIME + timedelta(minutes=i), hand_out=True)
    desk.registrations.register(make_party(language="ar", nationality="SY", people=[Person(Sex.MALE,
                  AgeBand.AGE_18_25)], flags=["needs-shelter"], referrals=["shelter"]),
                  hand_out=True)
    job = desk.print_queue.next_print_job()
    assert job is not None
    desk.print_queue.print_done(job.id)
    desk.tickets.redeem(desk.tickets.typed_label(1))
    return desk


def test_a_purge_deletes_rows_after_the_limit_and_keeps_every_count(
    day_desk: Desk, clock: FakeClock, data_dir: Path
) -> None:
    """Closed at 08:30, the rows stay for 48 hours, then go; counts are identical after."""
    before = day_desk.registrations.counts(DAY)
    around = (DAY - timedelta(days=1), DAY + timedelta(days=1))
    dashboard_before = day_desk.registrations.counts_by_day(*around)
    day_desk.days.close_day()
    assert day_desk.days.purge().days == ()  # not yet due
    clock.advance(hours=47, minutes=59)
    assert day_desk.days.purge().days == ()
    assert per_person_rows(data_dir)["parties"] == 4
    clock.advance(minutes=1)
    report = day_desk.days.purge()
    assert report.days == (DAY,)
    assert report.rows["parties"] == 4 and report.rows["people"] == 7
    assert per_person_rows(data_dir) == dict.fromkeys(per_person_rows(data_dir), 0)
    assert day_desk.registrations.counts(DAY) == before
    assert day_desk.registrations.counts(DAY).meals_served == 1 and before.sheets_printed == 1
    assert day_desk.registrations.counts_by_day(*around) == (
        dashboard_before)
    day_desk.close()


def test_deleted_rows_are_not_in_the_file_or_its_wal(
    day_desk: Desk, clock: FakeClock, data_dir: Path
) -> None:
    """The marked rows are in the database (read with its key) before the purge and gone
    after it; their bytes are in neither file at any time (encrypted); the summary (which
    counts Tuvalu) stays."""
    day_desk.days.checkpoint()
    assert b"'TV'" in readable_bytes(data_dir) and b".424242" in readable_bytes(data_dir)
    assert [m for m in ROW_MARKERS if m in file_bytes(data_dir)] == []
    day_desk.days.close_day()
    clock.advance(days=3)
    day_desk.days.purge()
    found = file_bytes(data_dir)
    assert [m for m in ROW_MARKERS if m in found] == []
    assert b".424242" not in readable_bytes(data_dir)
    assert day_desk.registrations.counts(DAY).by_nationality == {"TV": 6, "SY": 1}
    wal = database_path(data_dir).with_name("kiosk.sqlite3-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    day_desk.close()


def test_a_day_never_closed_is_closed_and_deleted_all_the_same(
    day_desk: Desk, clock: FakeClock, data_dir: Path
) -> None:
    """No per-person row outlives the limit: counted from the end of its day when nobody
    closed it."""
    before = day_desk.registrations.counts(DAY)
    clock.advance(days=1)  # the next morning: 20 Nov is over but was not closed
    assert day_desk.days.purge().days == ()
    clock.advance(days=2)
    assert day_desk.days.purge().days == (DAY,)
    assert day_desk.registrations.counts(DAY) == before
    actions = [e.action for e in day_desk.access.audit_entries()]
    assert actions.count("day-closed") == 1 and actions.count("purge") == 2
    day_desk.close()


def test_the_retention_setting_is_followed(day_desk: Desk, clock: FakeClock) -> None:
    """With retention_hours 1, rows go one hour after closing."""
    day_desk.settings.change("retention_hours", "1")
    day_desk.days.close_day()
    clock.advance(minutes=61)
    assert day_desk.days.purge().days == (DAY,)
    day_desk.close()


def test_a_purged_day_takes_no_new_registration_and_cannot_be_closed_again(
    day_desk: Desk, clock: FakeClock
) -> None:
    """A late paper entry for a purged day is refused: its summary could not count it."""
    day_desk.days.close_day()
    clock.advance(days=3)
    day_desk.days.purge()
    from kiosk.core.errors import ValidationError

    with pytest.raises(ValidationError, match="closed") as refused:
        day_desk.registrations.register(MARKED, at=MARK_TIME)
    assert refused.value.field == "at"

    with pytest.raises(ValidationError, match="deleted"):
        day_desk.days.close_day(DAY)
    day_desk.close()


def test_closing_again_before_the_purge_takes_late_entries(
    day_desk: Desk, clock: FakeClock
) -> None:
    """A paper list typed in after closing still counts: the purge freezes the rows it deletes."""
    day_desk.days.close_day()
    day_desk.registrations.register(MARKED, at=MARK_TIME + timedelta(hours=2))
    clock.advance(days=3)
    day_desk.days.purge()
    assert day_desk.registrations.counts(DAY).people == 9
    day_desk.close()


def test_the_day_closes_by_itself_at_its_hour(day_desk: Desk, clock: FakeClock) -> None:
    """Housekeeping closes today at close_day_at (20:00 Brussels), not before; and backs up."""
    first = day_desk.days.housekeeping()
    assert first.closed == () and first.backup is not None
    clock.advance(hours=11, minutes=29)  # 19:59 in Brussels
    assert day_desk.days.housekeeping().closed == ()
    clock.advance(minutes=1)
    closing = day_desk.days.housekeeping()
    assert closing.closed == (DAY,) and closing.backup is not None
    assert day_desk.registrations.dashboard().today_closed
    day_desk.close()
