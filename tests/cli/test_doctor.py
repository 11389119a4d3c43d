"""`kiosk doctor` says ok for a sound kiosk and PROBLEM, with a plain reason, otherwise."""

import json
import shutil
import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest

from kiosk.cli import doctor
from kiosk.paths import database_path
from tests.cli.conftest import Kiosk, corrupt
from tests.database_files import open_file


@pytest.fixture
def set_up(kiosk: Kiosk, data_dir: Path) -> Path:
    """A kiosk set up through the command line, with one registration, all connections closed."""
    assert kiosk("init", "--site-id", "brussels-test", "--site-name", "Startpunt Test").code == 0
    assert kiosk("register", "--language", "ar", "--nationality", "SY",
                 "--person", "female:26-59").code == 0
    return database_path(data_dir)


def lines(out: str) -> dict[str, str]:
    """Each line's check name mapped to its verdict."""
    found = {}
    for line in out.splitlines():
        verdict, rest = line.split(maxsplit=1)
        assert verdict in ("ok", "PROBLEM"), line
        found[rest.split(":")[0]] = verdict
    return found


def test_doctor_is_happy_with_a_fresh_kiosk(kiosk: Kiosk, set_up: Path) -> None:
    """Every check passes on a kiosk that was just set up: exit code 0."""
    ran = kiosk("doctor")
    assert ran.code == 0, ran.out
    assert ran.err == ""
    verdicts = lines(ran.out)
    assert set(verdicts) == {"data dir", "disk space", "fonts", "database key",
                             "database integrity", "schema", "pragmas", "site"}
    assert set(verdicts.values()) == {"ok"}
    assert "synchronous=2" in ran.out and "journal_mode=wal" in ran.out


def test_doctor_says_where_the_key_is_never_what_it_is(
    kiosk: Kiosk, set_up: Path, database_key_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The key file is named, its content never shown; without it doctor reports a problem in
    one line (exit 1, no traceback) and creates nothing."""
    ran = kiosk("doctor")
    assert f"ok       database key: key file {database_key_file}" in ran.out.splitlines()
    assert database_key_file.read_text().strip() not in ran.out + ran.err
    missing = tmp_path / "no-key-here" / "database.key"
    monkeypatch.setenv("KIOSK_DATABASE_KEY_FILE", str(missing))
    ran = kiosk("doctor")
    assert ran.code == 1 and ran.err == ""
    verdicts = lines(ran.out)
    assert verdicts["database key"] == "PROBLEM" and verdicts["database"] == "PROBLEM"
    assert not missing.exists()


def test_doctor_json(kiosk: Kiosk, set_up: Path) -> None:
    """--json gives the same findings for a program to read."""
    ran = kiosk("doctor", "--json")
    report = json.loads(ran.out)
    assert ran.code == 0 and report["ok"] is True
    assert {check["check"] for check in report["checks"]} >= {"database integrity", "fonts"}
    assert all(check["ok"] for check in report["checks"])


@pytest.mark.parametrize("page", [None, 1, 2], ids=["header", "page-1", "page-2"])
def test_doctor_finds_a_damaged_database(kiosk: Kiosk, set_up: Path, page: int | None) -> None:
    """A damaged file is a PROBLEM (exit 1), and doctor does not touch it."""
    corrupt(set_up, page)
    damaged = set_up.read_bytes()
    ran = kiosk("doctor")
    assert ran.code == 1
    assert lines(ran.out)["database integrity"] == "PROBLEM"
    assert "damaged" in ran.out and "backup" in ran.out
    assert set_up.read_bytes() == damaged


def test_doctor_without_a_database(kiosk: Kiosk, data_dir: Path) -> None:
    """Before `kiosk init` there is nothing to check: PROBLEM, and nothing is created."""
    ran = kiosk("doctor")
    assert ran.code == 1
    assert lines(ran.out)["database"] == "PROBLEM"
    assert lines(ran.out)["data dir"] == "PROBLEM"
    assert "kiosk init" in ran.out
    assert not data_dir.exists()


def test_doctor_refuses_a_schema_from_a_newer_kiosk(kiosk: Kiosk, set_up: Path) -> None:
    """A schema version this kiosk does not know is a PROBLEM."""
    with open_file(set_up) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    ran = kiosk("doctor")
    assert ran.code == 1
    assert lines(ran.out)["schema"] == "PROBLEM"
    assert "newer" in ran.out


def test_doctor_warns_about_low_disk_space(
    kiosk: Kiosk, set_up: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under 500 MB free is a PROBLEM."""
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _: usage(10**9, 10**9, 200 * 2**20))
    ran = kiosk("doctor")
    assert ran.code == 1
    assert lines(ran.out)["disk space"] == "PROBLEM"
    assert "200 MB" in ran.out


def test_doctor_finds_missing_and_broken_fonts(
    kiosk: Kiosk, set_up: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing font file, or one that is not a font, is a PROBLEM naming the file."""
    resources = tmp_path / "resources"
    (resources / "fonts").mkdir(parents=True)
    for name in (*doctor.FONTS[1:], doctor.FONT_LICENCE):
        (resources / "fonts" / name).write_bytes(b"\x00\x01\x00\x00 font")
    monkeypatch.setattr(doctor, "resources_dir", lambda: resources)
    ran = kiosk("doctor")
    assert ran.code == 1
    assert lines(ran.out)["fonts"] == "PROBLEM" and doctor.FONTS[0] in ran.out
    (resources / "fonts" / doctor.FONTS[0]).write_text("<html>404</html>")
    ran = kiosk("doctor")
    assert ran.code == 1 and "not font files" in ran.out and doctor.FONTS[0] in ran.out


def _schema_less(path: Path) -> None:
    """A sound SQLite file with a table but none of the kiosk's schema."""
    path.unlink()
    with sqlite3.connect(path) as made:
        made.execute("CREATE TABLE notes (text TEXT)")
    made.close()


@pytest.mark.parametrize("state", ["healthy", "empty", "schema-less"])
def test_doctor_never_writes(kiosk: Kiosk, set_up: Path, state: str) -> None:
    """On a healthy, a 0-byte and a schema-less file the doctor reads only: the file's bytes
    and modification time are the same afterwards; the damaged ones are PROBLEMs that say to
    restore a backup, never "run kiosk init"."""
    if state == "empty":
        set_up.write_bytes(b"")
    elif state == "schema-less":
        _schema_less(set_up)
    before = (set_up.read_bytes(), set_up.stat().st_mtime_ns)
    ran = kiosk("doctor")
    assert (set_up.read_bytes(), set_up.stat().st_mtime_ns) == before
    assert ran.code == (0 if state == "healthy" else 1), ran.out
    if state != "healthy":
        assert "kiosk restore" in ran.out and "kiosk init" not in ran.out, ran.out


@pytest.mark.parametrize("state", ["empty", "schema-less"])
def test_an_emptied_database_is_damaged_not_new(kiosk: Kiosk, set_up: Path, state: str) -> None:
    """A 0-byte or schema-less file where the database was is reported as damaged by every
    command (init included), one line, exit 2, and left as it is."""
    if state == "empty":
        set_up.write_bytes(b"")
    else:
        _schema_less(set_up)
    before = set_up.read_bytes()
    for command in (["init", "--site-id", "x-site", "--site-name", "X"], ["counts"],
                    ["register", "--language", "ar", "--nationality", "SY",
                     "--person", "female:26-59"]):
        ran = kiosk(*command)
        assert ran.code == 2, (command, ran.out)
        assert len(ran.err_lines) == 1 and "damaged" in ran.err and "kiosk restore" in ran.err
    assert set_up.read_bytes() == before
