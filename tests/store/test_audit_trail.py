"""The audit trail: every coordinator action leaves exactly one entry; editing, removing or
adding an entry outside the kiosk is detected and the first broken entry is named."""

from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.database_files import open_file
from tests.fake_clock import PIN, FakeClock, clocked_desk


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def desk(data_dir: Path, clock: FakeClock) -> Desk:
    return clocked_desk(data_dir, clock)


def test_every_coordinator_action_leaves_exactly_one_entry(desk: Desk, tmp_path: Path) -> None:
    """Login, wrong PIN, export, setting, closing, purge, backup, PIN change and reset, sync."""
    from kiosk.exports import export_counts

    steps = [
        ("login", lambda: desk.access.login(PIN)),
        ("pin-failed", lambda: desk.access.login("135790")),
        ("export", lambda: export_counts(desk, desk.today(), desk.today(), "csv",
                                         tmp_path / "x.csv", "en")),
        ("setting-changed", lambda: desk.settings.change("retention_hours", "24")),
        ("day-closed", lambda: desk.days.close_day()),
        ("purge", lambda: desk.days.purge()),
        ("backup", lambda: desk.days.backup_to(tmp_path / "b.sqlite3")),
        ("pin-changed", lambda: desk.access.change_pin(PIN, "975310")),
        ("pin-reset", lambda: desk.access.reset_pin("246810")),
        ("sync", lambda: desk.access.audit("sync", {"sent": 2})),
    ]
    for action, step in steps:
        before = len(desk.access.audit_entries())
        step()
        entries = desk.access.audit_entries()
        assert len(entries) == before + 1, action
        assert entries[-1].action == action
    assert desk.access.verify_audit().ok
    export = next(e for e in desk.access.audit_entries() if e.action == "export")
    assert set(export.details) == {"from", "to", "format", "where"}
    set_up, *_, setting = (e for e in desk.access.audit_entries() if e.action == "setting-changed")
    assert set_up.details == {"keys": ["site_id", "site_name"]}  # the first run (zone: default)
    assert setting.details == {"key": "retention_hours"}  # which setting, not its value
    desk.close()


def test_the_token_never_reaches_the_audit_trail(desk: Desk, data_dir: Path) -> None:
    """Changing the headquarters token writes its name only."""
    desk.settings.change("hq_token", "secret-token-0123456789")
    assert "secret-token" not in str(desk.access.audit_entries())
    desk.close()


def fill(desk: Desk, clock: FakeClock) -> None:
    for n in range(6):
        desk.access.audit("export", {"n": n})
        clock.advance(minutes=1)


def tamper(data_dir: Path, sql: str) -> None:
    connection = open_file(database_path(data_dir))
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("DROP TRIGGER audit_log_no_delete")
    connection.execute(sql)
    connection.commit()
    connection.close()


def test_the_table_refuses_updates_and_deletes(
    desk: Desk, clock: FakeClock, data_dir: Path
) -> None:
    """Append-only: SQLite itself refuses to change or delete an entry."""
    fill(desk, clock)
    connection = open_file(database_path(data_dir))
    for sql in ("UPDATE audit_log SET action = 'x' WHERE seq = 2",
                "DELETE FROM audit_log WHERE seq = 2"):
        with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
            connection.execute(sql)
    connection.close()
    desk.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET action = 'login' WHERE seq = 3",
        "UPDATE audit_log SET details = '{\"n\": 7}' WHERE seq = 3",
        "UPDATE audit_log SET at = '2026-11-19 07:30:00.000000' WHERE seq = 3",
        "UPDATE audit_log SET prev_hash = '" + "1" * 64 + "' WHERE seq = 3",
        "UPDATE audit_log SET hash = '" + "2" * 64 + "' WHERE seq = 3",
        "DELETE FROM audit_log WHERE seq = 3",
    ],
    ids=["action", "details", "time", "prev_hash", "hash", "deleted"],
)
def test_editing_any_entry_is_detected_at_that_entry(
    sql: str, desk: Desk, clock: FakeClock, data_dir: Path
) -> None:
    """Whatever is changed in entry 3, verify names entry 3 as the first broken one."""
    fill(desk, clock)
    assert desk.access.verify_audit().ok
    tamper(data_dir, sql)
    check = desk.access.verify_audit()
    assert check.broken is not None and check.broken.seq == 3, check.broken
    desk.close()


def test_cutting_or_adding_at_the_end_is_detected(
    desk: Desk, clock: FakeClock, data_dir: Path
) -> None:
    """The newest entries removed (or one added by hand) show against the stored head."""
    fill(desk, clock)
    tamper(data_dir, "DELETE FROM audit_log WHERE seq >= 5")
    check = desk.access.verify_audit()
    assert check.broken is not None and check.broken.seq == 5
    desk.close()


def test_a_gap_in_time_does_not_matter(desk: Desk, clock: FakeClock) -> None:
    """Entries days apart still chain (the chain is about order, not about time)."""
    desk.access.audit("sync", {})
    clock.advance(days=40)
    desk.access.audit("sync", {})
    assert desk.access.verify_audit().ok and desk.access.verify_audit().entries == 3  # + set-up
    first, second = desk.access.audit_entries()[-2:]
    assert timedelta(days=40) <= second.at - first.at
    desk.close()
