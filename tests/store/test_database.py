"""Opening the database: pragmas, migrations, backups, damaged and newer files."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.core.site import make_site
from kiosk.store.database import (
    DatabaseDamaged,
    DatabaseTooNew,
    check_integrity,
    head_revision,
    make_engine,
    open_database,
    upgrade,
)
from kiosk.store.desk import Desk
from tests.database_files import open_file

FIXTURES = Path(__file__).with_name("fixtures")


def test_every_connection_is_durable(desk: Desk) -> None:
    """WAL, synchronous=FULL, foreign keys and secure delete are on for the desk's connections."""
    assert desk.days.pragmas() == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
    }


def test_empty_database_is_upgraded_to_head(tmp_path: Path) -> None:
    """A new file gets the whole schema and no backup (there was nothing to save)."""
    opened = open_database(tmp_path / "new.sqlite3")
    try:
        assert opened.schema_version == head_revision()
        assert opened.backup is None
        tables = {
            row[0]
            for row in open_file(opened.path).execute(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
        assert {"parties", "people", "party_flags", "party_referrals", "settings"} <= tables
    finally:
        opened.engine.dispose()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_every_released_schema_opens_with_its_data(fixture: Path, tmp_path: Path) -> None:
    """A database from every released schema upgrades and keeps its registrations."""
    copy = tmp_path / "kiosk.sqlite3"
    shutil.copy(fixture, copy)
    desk = Desk.open(copy)
    try:
        site = desk.require_site()
        assert site.site_id == "fixture-site"
        from datetime import date

        counts = desk.registrations.counts(date(2026, 11, 26))
        assert (counts.people, counts.parties) == (3, 2)
        assert counts.by_language["ti"] == 1
        assert desk.schema_version == head_revision()
    finally:
        desk.close()


def test_first_schema_fixture_is_committed() -> None:
    """The fixture of the first released schema is in the repository."""
    assert (FIXTURES / "schema_0001.sqlite3").is_file()


def test_migration_backs_up_the_file_first(tmp_path: Path) -> None:
    """An out-of-date kiosk database is copied aside before it is migrated."""
    path = tmp_path / "kiosk.sqlite3"
    old = make_engine(path)
    upgrade(old, "0001")
    old.dispose()
    opened = open_database(path)
    try:
        assert opened.backup is not None and opened.backup.exists()
        with open_file(opened.backup) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
                ("0001",)
            ]
        copy.close()
    finally:
        opened.engine.dispose()


@pytest.mark.parametrize("content", ["empty", "tables without schema"])
def test_an_emptied_or_schema_less_file_is_damaged_not_new(tmp_path: Path, content: str) -> None:
    """Only a missing file is a new kiosk: a 0-byte or schema-less file is refused as damaged
    (restore a backup) and left byte for byte as it was."""
    path = tmp_path / "kiosk.sqlite3"
    if content == "empty":
        path.write_bytes(b"")
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE leftover (x INTEGER)")
        connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match="kiosk restore"):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.sqlite3"]


def test_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    """A database written by a newer kiosk is refused with a clear message, and not changed."""
    path = tmp_path / "kiosk.sqlite3"
    Desk.open(path).close()
    with open_file(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_damaged_database_is_never_overwritten(tmp_path: Path) -> None:
    """A file that is not a sound database is refused, and its bytes stay as they were."""
    path = tmp_path / "kiosk.sqlite3"
    desk = Desk.open(path)
    desk.settings.set_up(make_site("brussels-test", "Startpunt Test"))
    desk.days.checkpoint()
    desk.close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # scribble over the second page
    path.write_bytes(bytes(data))
    assert check_integrity(path)
    with pytest.raises(DatabaseDamaged, match="damaged"):
        open_database(path)
    assert path.read_bytes() == bytes(data)


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    """Random bytes where the database should be: refused, untouched, with what to do."""
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseDamaged, match="restore"):
        open_database(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """Alembic finds nothing to add: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from kiosk.store.models import Base

    opened = open_database(tmp_path / "kiosk.sqlite3")
    try:
        with opened.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    finally:
        opened.engine.dispose()


def test_schema_constants_match_the_migration_scripts() -> None:
    """The head and known revisions kept in code (so start-up skips Alembic) match the scripts."""
    from kiosk.store.database import KNOWN_REVISIONS, SCHEMA_HEAD, scripted_revisions

    head, revisions = scripted_revisions()
    assert (head, revisions) == (SCHEMA_HEAD, set(KNOWN_REVISIONS))
