"""Encryption at rest: nothing the desk keeps can be read from its files without the key, the
files are for the kiosk's user alone, a plain database is encrypted on open, and a missing or
wrong key is refused without touching the database."""

import os
import shutil
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core.site import make_site
from kiosk.paths import database_path
from kiosk.store import backups
from kiosk.store.database import (
    DatabaseDamaged,
    DatabaseKeyProblem,
    check_integrity,
    open_database,
)
from kiosk.store.database_key import KEY_FILE_ENV, KeyPlace, create_key, is_plain
from kiosk.store.desk import Desk
from tests.database_files import readable_text
from tests.fake_clock import FakeClock

FIXTURES = Path(__file__).with_name("fixtures")
SITE_MARKER = "Canary Zebraweg"
TOKEN = "tok-canaryQ7wXkP3mZr9Lt2"
MARKED_PARTY = {"language": "ti", "nationality": "TV"}  # Tuvalu: no other row holds it


def _files_of(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.rglob("*") if p.is_file())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def marked_desk(data_dir: Path, clock: FakeClock) -> Desk:
    from kiosk.core.registration import make_party

    desk = Desk.open(database_path(data_dir), clock=clock)
    desk.settings.set_up(make_site("canary-site", SITE_MARKER), "246810")
    desk.settings.change_many({"hq_url": "https://hq.example.org", "hq_token": TOKEN})
    desk.registrations.register(
        make_party(people=[("female", "26-59"), ("male", "5-11")], **MARKED_PARTY),
        hand_out=True,
    )
    return desk


@pytest.mark.parametrize("checkpoint", [True, False], ids=["checkpointed", "log-full"])
def test_no_canary_byte_is_in_the_database_its_log_or_a_backup(
    marked_desk: Desk, data_dir: Path, checkpoint: bool
) -> None:
    """A marked party, the site's name, the HQ token and the ticket secret are in the database
    (read with its key) and in none of the files: database, -wal, -shm, backups."""
    readable = readable_text(database_path(data_dir))
    secret = next(
        line for line in readable.splitlines() if line.startswith("('ticket_secret'")
    ).split("'")[3]
    assert SITE_MARKER in readable and TOKEN in readable and "'TV'" in readable
    if checkpoint:
        marked_desk.days.checkpoint()
    else:
        assert Path(f"{database_path(data_dir)}-wal").stat().st_size > 0
    assert marked_desk.days.housekeeping().backup is not None
    marked_desk.days.backup_to(data_dir / "by-hand.sqlite3")
    files = _files_of(data_dir)
    names = {p.name for p in files}
    assert {"kiosk.sqlite3", "kiosk.sqlite3-wal", "kiosk.sqlite3-shm", "by-hand.sqlite3"} <= names
    assert any(p.parent.name == "backups" for p in files)
    canaries = [
        SITE_MARKER.encode(), SITE_MARKER.encode("utf-16-le"), TOKEN.encode(),
        secret.encode(), b"tiTV", b"SQLite format 3",
    ]
    for path in files:
        data = path.read_bytes()
        assert [c for c in canaries if c in data] == [], path.name
    marked_desk.close()


def test_files_are_for_the_kiosks_user_alone(
    marked_desk: Desk, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under a permissive umask (022) the data folder is 0700 and the database, its -wal and
    -shm and every backup 0600; a folder left 0755 by an older kiosk is closed on open."""
    previous = os.umask(0o022)
    try:
        marked_desk.days.housekeeping()
        marked_desk.days.backup_to(data_dir / "by-hand.sqlite3")
        marked_desk.close()
        data_dir.chmod(0o755)
        database_path(data_dir).chmod(0o644)
        Desk.open(database_path(data_dir)).close()
    finally:
        os.umask(previous)
    assert _mode(data_dir) == 0o700
    for path in _files_of(data_dir):
        assert _mode(path) == 0o600, path.name
    assert _mode(data_dir / "backups") == 0o700


def test_a_plain_database_is_encrypted_on_open(tmp_path: Path, clock: FakeClock) -> None:
    """A plain database of an older kiosk (schema 0005 fixture) is encrypted in place: its
    rows are kept, no plain copy stays behind, and it is sound."""
    path = tmp_path / "data" / "kiosk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(FIXTURES / "schema_0005.sqlite3", path)
    assert is_plain(path)
    before = readable_text(path)
    desk = Desk.open(path, clock=clock)
    try:
        assert desk.site() is not None
    finally:
        desk.close()
    assert not is_plain(path)
    assert check_integrity(path, full=True) == []
    after = readable_text(path)
    assert before.splitlines()[:20] == after.splitlines()[:20]
    assert sorted(p.name for p in path.parent.iterdir() if "before" in p.name) == []
    assert b"SQLite format 3" not in path.read_bytes()


def test_a_plain_database_keeps_its_rows_through_the_migration_too(
    tmp_path: Path, clock: FakeClock
) -> None:
    """An old plain database (schema 0001) is encrypted, then migrated on the encrypted
    engine; the backup taken before the migration is encrypted too."""
    path = tmp_path / "kiosk.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite3", path)
    opened = open_database(path, clock=clock)
    opened.engine.dispose()
    assert opened.backup is not None and not is_plain(opened.backup)
    assert check_integrity(opened.backup, full=True) == []
    assert not is_plain(path)


def _other_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    other = tmp_path / "elsewhere" / "database.key"
    monkeypatch.setenv(KEY_FILE_ENV, str(other))
    return other


def test_a_missing_key_is_refused_and_nothing_is_created(
    marked_desk: Desk, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without its key the encrypted database is refused in one line naming where the key
    should be; no key and no new database are made over the old one."""
    marked_desk.close()
    before = database_path(data_dir).read_bytes()
    missing = _other_key(tmp_path, monkeypatch)
    with pytest.raises(DatabaseKeyProblem, match="key is missing") as refused:
        Desk.open(database_path(data_dir))
    assert str(missing) in str(refused.value) and "\n" not in str(refused.value)
    assert not missing.exists()
    assert database_path(data_dir).read_bytes() == before


def test_a_wrong_key_is_refused_and_the_file_is_untouched(
    marked_desk: Desk, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another key does not open the database: a one-line refusal that says what to do."""
    marked_desk.days.checkpoint()
    marked_desk.close()
    before = database_path(data_dir).read_bytes()
    create_key(KeyPlace(_other_key(tmp_path, monkeypatch), credential=False))
    with pytest.raises(DatabaseDamaged, match="does not open with the key file") as refused:
        Desk.open(database_path(data_dir))
    assert "\n" not in str(refused.value)
    assert database_path(data_dir).read_bytes() == before


def test_the_key_file_is_made_once_with_mode_0600(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    """A new database makes its key file (0600, in a 0700 folder) outside the data folder;
    the next open reads the same key."""
    key = _other_key(tmp_path, monkeypatch)
    path = tmp_path / "data" / "kiosk.sqlite3"
    Desk.open(path, clock=clock).close()
    assert _mode(key) == 0o600 and _mode(key.parent) == 0o700
    written = key.read_bytes()
    Desk.open(path, clock=clock).close()
    assert key.read_bytes() == written


def test_a_systemd_credential_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_key_file: Path
) -> None:
    """$CREDENTIALS_DIRECTORY/database-key (LoadCredentialEncrypted=) is used before any key
    file, and read, never written."""
    from kiosk.store.database_key import key_or_new, key_place

    credentials = tmp_path / "credentials"
    credentials.mkdir()
    shutil.copyfile(database_key_file, credentials / "database-key")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    place = key_place()
    assert place.credential and place.path == credentials / "database-key"
    assert key_or_new().secret == bytes.fromhex(database_key_file.read_text().strip())
    assert "systemd credential" in place.describe()


def test_no_backup_holds_a_row_past_its_deadline(
    data_dir: Path, clock: FakeClock
) -> None:
    """Housekeeping every hour for four days with the pinned clock: once the database has
    deleted a day's rows at their deadline, no backup (automatic, or kept beside the
    database before a migration) holds one either, and there is always a backup."""
    from kiosk.core.registration import make_party
    from kiosk.core.retention import due_at
    from kiosk.core.site_day import local_day, zone

    desk = Desk.open(database_path(data_dir), clock=clock)
    desk.settings.set_up(make_site("retention-site", "Retention"), "246810")
    desk.registrations.register(make_party(**MARKED_PARTY, people=[("male", "18-25")]))
    tz = zone(desk.require_site().timezone)
    day = local_day(clock(), tz)
    desk.days.housekeeping()
    (data_dir / "kiosk.before-migration-20261101T000000Z.sqlite3").write_bytes(
        database_path(data_dir).read_bytes()
    )
    folder = desk.days.backup_folder()
    purged_at = closed_at = None
    for _hour in range(4 * 24):
        clock.advance(hours=1)
        done = desk.days.housekeeping()
        if day in done.closed:
            closed_at = clock()
        if done.purged.days == (day,):
            purged_at = clock()
        copies = [path for _taken, path in backups.automatic_backups(folder)]
        assert copies, "there is always a backup"
        holding = [p.name for p in copies if "'TV'" in readable_text(p)]
        if purged_at is not None:
            assert holding == [], f"{clock()}: {holding}"
            assert list(data_dir.glob("*.before-*.sqlite3")) == []
        else:
            assert holding, "before the deadline the backups keep the day"
    desk.close()
    assert purged_at is not None and closed_at is not None
    deadline = due_at(day, closed_at, 48, tz)  # retention_hours: 48 by default
    assert deadline <= purged_at < deadline + timedelta(hours=1)


def test_a_key_cut_while_written_leaves_no_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    """A kiosk stopped while writing its new key leaves no (empty) key file behind, so the
    next start makes a whole key instead of refusing forever with a malformed one."""
    key = _other_key(tmp_path, monkeypatch)

    def cut(descriptor: int, data: bytes) -> int:
        raise KeyboardInterrupt  # the process stops here, the bytes never reach the file

    with monkeypatch.context() as patched:
        patched.setattr(os, "write", cut)
        with pytest.raises(KeyboardInterrupt):
            create_key(KeyPlace(key, credential=False))
    assert not key.exists()
    path = tmp_path / "data" / "kiosk.sqlite3"
    Desk.open(path, clock=clock).close()
    assert len(key.read_text().strip()) == 64


def test_a_key_made_meanwhile_by_another_process_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two first starts at once: the second finds the first's key and uses it, never
    writing over it."""
    from kiosk.store.database_key import key_or_new

    key = _other_key(tmp_path, monkeypatch)
    first = create_key(KeyPlace(key, credential=False))
    with pytest.raises(FileExistsError):
        create_key(KeyPlace(key, credential=False))
    assert key_or_new().secret == first.secret
    assert [p.name for p in key.parent.iterdir()] == ["database.key"]
