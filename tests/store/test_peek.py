"""The first look at the database, before the store loads: right when it can tell, None when
it cannot, and never a byte written or a file made."""

from pathlib import Path

import pytest

from kiosk.core.site import DeskSettings
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from kiosk.store.peek import NO_FILE, FirstLook, peek
from tests.database_files import open_file


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file of the directory with its bytes."""
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def test_a_missing_file_is_a_first_run(tmp_path: Path) -> None:
    """No database yet: not set up, and neither the file nor its folder is made."""
    path = tmp_path / "data" / "kiosk.sqlite3"
    assert peek(path) == NO_FILE == FirstLook(exists=False, set_up=False)
    assert not path.parent.exists()


def test_an_empty_file_is_not_a_first_run(tmp_path: Path) -> None:
    """A file of 0 bytes is an emptied database, not a new kiosk: the look cannot tell (the
    desk then reports the damage), and the file stays empty."""
    path = tmp_path / "kiosk.sqlite3"
    path.touch()
    assert peek(path) is None
    assert path.read_bytes() == b""


def test_a_set_up_desk_shows_its_site_and_language(desk: Desk) -> None:
    """Set up, with French chosen for the screens: the look says so, while the desk is open
    (its write-ahead log is there) and after it closed."""
    desk.settings.save_desk_settings(DeskSettings(interface_language="fr"))
    expected = FirstLook(exists=True, set_up=True, site_name="Startpunt Test",
                         interface_language="fr")
    assert peek(desk.path) == expected
    desk.close()
    assert peek(desk.path) == expected


def test_an_opened_desk_without_a_site_is_not_set_up(data_dir: Path) -> None:
    """The schema is there but nobody filled in the set-up: the set-up screen comes first."""
    Desk.open(database_path(data_dir)).close()
    assert peek(database_path(data_dir)) == FirstLook(exists=True, set_up=False)


@pytest.mark.parametrize("content", [
    b"this is not an SQLite database" * 100,
    b"SQLite format 3\x00" + b"\xff" * 4000,  # a header, then nothing that makes sense
])
def test_a_damaged_file_is_unknown(tmp_path: Path, content: bytes) -> None:
    """A file that cannot be read: None (the app then opens the desk first and reports it)."""
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(content)
    assert peek(path) is None


def test_a_database_that_is_not_the_kiosks_is_unknown(tmp_path: Path) -> None:
    """A sound SQLite file without the settings table is not something to guess about."""
    path = tmp_path / "kiosk.sqlite3"
    with open_file(path) as connection:
        connection.execute("CREATE TABLE other (x)")
    connection.close()
    assert peek(path) is None


def test_a_folder_in_the_files_place_is_unknown(tmp_path: Path) -> None:
    """Even an odd data directory is an answer (None), never an exception."""
    path = tmp_path / "kiosk.sqlite3"
    path.mkdir()
    assert peek(path) is None


def test_the_look_never_writes(desk: Desk, tmp_path: Path) -> None:
    """Every byte of every file in the folder stays the same and no file appears (no -wal,
    no -shm): for a closed desk, a damaged file and a file on a read-only folder."""
    desk.close()
    folder = desk.path.parent
    before = snapshot(folder)
    assert list(before) == [desk.path.name]
    assert peek(desk.path) is not None
    assert snapshot(folder) == before

    damaged = tmp_path / "damaged" / "kiosk.sqlite3"
    damaged.parent.mkdir()
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = snapshot(damaged.parent)
    peek(damaged)
    assert snapshot(damaged.parent) == before

    folder.chmod(0o555)
    desk.path.chmod(0o444)
    try:
        assert peek(desk.path) == FirstLook(exists=True, set_up=True,
                                            site_name="Startpunt Test")
    finally:
        folder.chmod(0o755)
        desk.path.chmod(0o644)
