"""Backups: checked copies while the kiosk runs, kept 7 days; a restore gives identical counts
and refuses damaged, truncated and newer-schema files."""

from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from kiosk.core.demo import demo_party
from kiosk.paths import database_path
from kiosk.store.backups import (
    BackupProblem,
    automatic_backups,
    problems_of,
    restore,
    write_backup,
)
from kiosk.store.database import check_integrity
from kiosk.store.database_key import KeyPlace, create_key, key_of_file, made_with
from kiosk.store.desk import Desk
from tests.database_files import open_file
from tests.fake_clock import START, FakeClock, clocked_desk

DAYS = (date(2026, 11, 18), date(2026, 11, 20))


def filled(data_dir: Path, clock: FakeClock) -> Desk:
    import random

    desk = clocked_desk(data_dir, clock)
    rng = random.Random(5)
    desk.registrations.register_many(
        (START - timedelta(days=2, minutes=-i), demo_party(rng)) for i in range(40)
    )
    for i in range(25):
        desk.registrations.register(demo_party(rng), at=START + timedelta(minutes=i), hand_out=True)
    return desk


def test_a_restored_backup_gives_identical_counts(data_dir: Path, tmp_path: Path) -> None:
    """Back up, change the database, restore: every count is what it was at the backup."""
    clock = FakeClock()
    desk = filled(data_dir, clock)
    before = desk.registrations.counts_by_day(*DAYS)
    backup = desk.days.backup_to(tmp_path / "copy.sqlite3")
    assert check_integrity(backup, full=True) == []
    desk.registrations.register(demo_party(__import__("random").Random(1)), at=START)
    desk.close()
    restored = restore(database_path(data_dir), backup, START)
    assert restored.aside is not None and restored.aside.exists()
    again = clocked_desk(data_dir, clock)
    try:
        assert again.registrations.counts_by_day(*DAYS) == before
    finally:
        again.close()
    kept = Desk.open(restored.aside)
    try:
        # nothing was lost
        assert kept.registrations.counts(DAYS[1]).parties == before[-1].parties + 1
    finally:
        kept.close()


def test_a_truncated_backup_is_refused_and_nothing_changes(
    data_dir: Path, tmp_path: Path
) -> None:
    """Half a backup file: refused with the reason, the database left as it was."""
    desk = filled(data_dir, FakeClock())
    backup = desk.days.backup_to(tmp_path / "copy.sqlite3")
    desk.close()
    data = backup.read_bytes()
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(data[: len(data) // 2])
    assert "truncated" in problems_of(truncated)[0]
    before = database_path(data_dir).read_bytes()
    with pytest.raises(BackupProblem, match="truncated"):
        restore(database_path(data_dir), truncated, START)
    assert database_path(data_dir).read_bytes() == before
    assert list(data_dir.glob("*before-restore*")) == []


@pytest.mark.parametrize("damage", ["scribbled", "newer", "not-sqlite", "missing"])
def test_a_damaged_or_newer_file_is_refused(
    damage: str, data_dir: Path, tmp_path: Path
) -> None:
    """A scribbled page, a newer schema, a text file or no file: each refused with why."""
    desk = filled(data_dir, FakeClock())
    backup = desk.days.backup_to(tmp_path / "copy.sqlite3")
    desk.close()
    if damage == "scribbled":
        data = bytearray(backup.read_bytes())
        data[4096 * 3:4096 * 4] = b"\xa5" * 4096
        backup.write_bytes(bytes(data))
        expected = "damaged"
    elif damage == "newer":
        with open_file(backup) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.close()
        expected = "newer"
    elif damage == "not-sqlite":
        backup.write_text("hello" * 1000)
        expected = "not a SQLite database"
    else:
        backup = tmp_path / "nowhere.sqlite3"
        expected = "does not exist"
    with pytest.raises(BackupProblem, match=expected):
        restore(database_path(data_dir), backup, START)


def test_a_backup_made_with_another_key_is_told_from_a_damaged_one(
    data_dir: Path, tmp_path: Path
) -> None:
    """Opened with another key, a sound backup is "made with another database key" (what to
    do, naming the key file); with its own key, a backup whose first page is scribbled over
    is damaged, not another key's."""
    desk = filled(data_dir, FakeClock())
    backup = desk.days.backup_to(tmp_path / "copy.sqlite3")
    desk.close()
    ours = key_of_file(backup)
    assert ours is not None and made_with(backup, ours)
    other = create_key(KeyPlace(tmp_path / "other" / "database.key", credential=False))
    assert not made_with(backup, other)
    problem = problems_of(backup, other)[0]
    assert problem.startswith("it was made with another database key")
    assert str(other.place.path) in problem and "KIOSK_DATABASE_KEY_FILE" in problem
    data = bytearray(backup.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)
    backup.write_bytes(bytes(data))
    assert made_with(backup, ours)
    assert problems_of(backup)[0] == (
        "it is damaged (its first page does not decrypt, though the key checks on its other pages)"
    )


def test_automatic_backups_every_hour_kept_for_seven_days(data_dir: Path) -> None:
    """Housekeeping backs up at most once an hour; copies older than 7 days are deleted."""
    clock = FakeClock()
    desk = clocked_desk(data_dir, clock)
    try:
        folder = desk.days.backup_folder()
        assert desk.days.housekeeping().backup is not None
        clock.advance(minutes=30)
        assert desk.days.housekeeping().backup is None
        for _ in range(8 * 24 // 6):
            clock.advance(hours=6)
            desk.days.housekeeping()
        copies = automatic_backups(folder)
        assert copies and all(clock.now - taken <= timedelta(days=7) for taken, _ in copies)
        assert all(check_integrity(path, full=True) == [] for _, path in copies[-2:])
    finally:
        desk.close()


def test_a_backup_is_written_whole_or_not_at_all(tmp_path: Path, data_dir: Path) -> None:
    """A copy of a file that is not a database fails and leaves no file behind."""
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"x" * 8192)
    with pytest.raises(sqlcipher.DatabaseError):
        write_backup(bad, tmp_path / "out.sqlite3")
    assert not (tmp_path / "out.sqlite3").exists()
