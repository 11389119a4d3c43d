"""A database the desk refuses, found only after the first paint (the peek could read it), is
reported as before: one plain message, exit 2, the file untouched."""

from pathlib import Path

from kiosk.store.desk import Desk
from kiosk.store.peek import peek
from tests.database_files import open_file
from tests.ui.test_app import start_kiosk


def closed(desk: Desk) -> Path:
    """The desk's file, closed, so that everything is in the file itself."""
    desk.close()
    return desk.path


def test_a_too_new_database_is_reported_after_the_first_paint(desk: Desk) -> None:
    """Schema 9999 (a newer kiosk): the peek reads the site, Start is painted, then the desk
    refuses the file: one line on stderr, exit 2, not a byte changed, no backup made."""
    path = closed(desk)
    with open_file(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert peek(path) is not None
    before = path.read_bytes()

    done = start_kiosk("--offscreen", "--exit-when-ready", "--data-dir", str(path.parent))

    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "newer version" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.glob("*before-migration*")) == []


def test_damage_the_peek_cannot_see_is_reported_after_the_first_paint(desk: Desk) -> None:
    """The settings are readable but the parties table's page is garbage: quick_check finds
    it once the desk opens; the app says it is damaged, exits 2 and leaves the file as is."""
    path = closed(desk)
    with open_file(path) as connection:
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'parties'"
        ).fetchone()
    connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)
    assert peek(path) is not None
    before = path.read_bytes()

    done = start_kiosk("--offscreen", "--exit-when-ready", "--data-dir", str(path.parent))

    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "damaged" in done.stderr
    assert path.read_bytes() == before
