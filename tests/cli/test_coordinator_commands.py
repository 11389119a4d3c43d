"""The coordinator's commands: settings, closing and purging, backup and restore, the audit
trail and a PIN reset, each with one-line refusals."""

import json
from pathlib import Path

import pytest

from kiosk.paths import database_path
from kiosk.store.database_key import KEY_FILE_ENV
from tests.cli.conftest import Kiosk
from tests.database_files import open_file
from tests.fake_clock import FakeClock


@pytest.fixture
def ready(kiosk: Kiosk) -> Kiosk:
    assert kiosk("init", "--site-id", "brussels-1", "--site-name", "Startpunt Brussel",
                 "--pin", "246810").code == 0
    for n in range(3):
        assert kiosk("register", "--language", "ar", "--nationality", "SY", "--person",
                     "male:26-59", "--at", f"2026-11-20T08:1{n}").code == 0
    return kiosk


def test_settings_show_and_set(ready: Kiosk) -> None:
    """Every setting shows; a change is checked, stored and shown back; the token never is."""
    shown = json.loads(ready("settings", "show", "--json").out)
    assert shown["retention_hours"] == "48" and shown["site_id"] == "brussels-1"
    assert ready("settings", "set", "retention_hours", "24").out == "retention_hours = 24\n"
    assert ready("settings", "set", "hq_token", "tok-abcdefghijklmnopqrstu").code == 0
    everything = ready("settings", "show")
    assert "tok-abc" not in everything.out and "(set)" in everything.out
    assert "[privacy]" in everything.out
    assert json.loads(ready("settings", "show", "--json").out)["retention_hours"] == "24"


@pytest.mark.parametrize("key,value,field", [
    ("retention_hours", "1000", "retention_hours:"),
    ("printed_info.shelter_phone", "", "printed_info.shelter_phone:"),
    ("nonsense", "1", "key:"),
])
def test_a_bad_setting_is_refused_on_one_line(ready: Kiosk, key: str, value: str,
                                              field: str) -> None:
    """Refused, exit 2, one line naming the setting."""
    ran = ready("settings", "set", key, value)
    assert ran.code == 2 and ran.err_lines == [ran.err_lines[0]]
    assert ran.err.startswith(f"kiosk: {field}")


def test_close_day_then_purge_keeps_the_counts(
    ready: Kiosk, data_dir: Path, clock: FakeClock
) -> None:
    """close-day freezes the counts; purge (days later) deletes the rows; counts unchanged."""
    before = ready("counts", "--date", "2026-11-20", "--json").out
    closed = ready("close-day", "--date", "2026-11-20")
    assert closed.code == 0 and "3 people" in closed.out
    clock.advance(days=3)  # past the 48 hours of retention
    assert "Deleted" in ready("purge").out
    assert ready("counts", "--date", "2026-11-20", "--json").out == before
    connection = open_file(database_path(data_dir))
    assert connection.execute("SELECT count(*) FROM parties").fetchone() == (0,)
    connection.close()
    assert ready("purge").out == "Nothing was due for deletion.\n"
    assert ready("close-day", "--date", "2099-01-01").code == 2


def test_backup_and_restore_from_the_command_line(ready: Kiosk, tmp_path: Path) -> None:
    """backup writes a checked copy; restore puts it back, keeps the old file aside, is audited."""
    out = tmp_path / "copy.sqlite3"
    ran = ready("backup", "--out", str(out))
    assert ran.code == 0 and "integrity_check" in ran.out
    assert ready("register", "--language", "ti", "--nationality", "ER", "--person",
                 "female:18-25", "--at", "2026-11-20T08:20").code == 0
    restored = ready("restore", str(out))
    assert restored.code == 0 and "kept as" in restored.out
    assert json.loads(ready("counts", "--date", "2026-11-20", "--json").out)["people"] == 3
    entries = json.loads(ready("audit", "list", "--json").out)
    assert entries[-1]["action"] == "restore"


def test_a_truncated_backup_is_refused_on_one_line(ready: Kiosk, tmp_path: Path) -> None:
    """restore of half a file: exit 2, one line naming the file, nothing changed."""
    out = tmp_path / "copy.sqlite3"
    ready("backup", "--out", str(out))
    out.write_bytes(out.read_bytes()[:5000])
    ran = ready("restore", str(out))
    assert ran.code == 2 and ran.err.startswith("kiosk: file:") and "truncated" in ran.err


def test_a_backup_made_with_another_key_is_refused_saying_so(
    ready: Kiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """A backup of this desk, restored on a desk with another key (or after the key was
    changed): exit 2, one line that says another key made it (not "damaged") and names
    KIOSK_DATABASE_KEY_FILE and the key file here; the database here is unchanged."""
    out = tmp_path / "copy.sqlite3"
    assert ready("backup", "--out", str(out)).code == 0
    other_key = tmp_path / "other" / "database.key"
    monkeypatch.setenv(KEY_FILE_ENV, str(other_key))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "other-desk"))
    assert ready("init", "--site-id", "brussels-1", "--site-name", "Startpunt Brussel",
                 "--pin", "246810").code == 0
    here = database_path(tmp_path / "other-desk")
    before = here.read_bytes()
    ran = ready("restore", str(out))
    assert ran.code == 2 and ran.err_lines == [ran.err_lines[0]]
    assert ran.err.startswith(f"kiosk: file: {out} cannot be restored: it was made with "
                              "another database key")
    assert "damaged" not in ran.err and "nothing was changed" in ran.err
    assert KEY_FILE_ENV in ran.err and str(other_key) in ran.err
    assert here.read_bytes() == before
    assert list(here.parent.glob("*before-restore*")) == []


def test_audit_verify_names_the_first_broken_entry(ready: Kiosk, data_dir: Path) -> None:
    """Intact: exit 0. After an entry is edited by hand: exit 1 and its number."""
    for hours in ("24", "36", "48"):
        ready("settings", "set", "retention_hours", hours)
    ok = ready("audit", "verify")
    assert ok.code == 0 and "4 entries" in ok.out  # `kiosk init`, then the three changes
    connection = open_file(database_path(data_dir))
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("UPDATE audit_log SET details = '{\"key\": \"site_id\"}' WHERE seq = 2")
    connection.commit()
    connection.close()
    broken = ready("audit", "verify")
    assert broken.code == 1 and "broken at entry 2" in broken.out
    assert "setting-changed" in broken.out


def test_reset_pin_is_logged(ready: Kiosk) -> None:
    """reset-pin sets a new PIN; the reset is in the audit trail; a weak PIN is refused."""
    assert ready("reset-pin", "--pin", "111111").code == 2
    assert ready("reset-pin", "--pin", "975310").code == 0
    assert json.loads(ready("audit", "list", "--json").out)[-1]["action"] == "pin-reset"


def test_commands_refuse_on_a_kiosk_that_is_not_set_up(kiosk: Kiosk) -> None:
    """No kiosk yet: every coordinator command says so on one line."""
    for argv in (["purge"], ["close-day"], ["audit", "verify"], ["settings", "show"],
                 ["backup", "--out", "x.sqlite3"], ["export", "--from", "2026-11-20",
                                                    "--out", "x.csv"]):
        ran = kiosk(*argv)
        assert ran.code == 2 and ran.err.startswith("kiosk: site:"), argv


def test_connect_is_audited_without_the_token(ready: Kiosk) -> None:
    """`kiosk connect` goes through the same audited path as `kiosk settings set`: one entry
    naming the headquarters settings, one for k, and the token nowhere in the trail."""
    token = "t0k3n-" + "x" * 30
    assert ready("connect", "--hq-url", "https://hq.example.org", "--token", token,
                 "--k", "6").code == 0
    entries = json.loads(ready("audit", "list", "--json").out)
    assert [(e["action"], e["details"]) for e in entries[-2:]] == [
        ("setting-changed", {"keys": ["hq_url", "hq_token"]}),
        ("setting-changed", {"key": "disclosure_k"}),
    ]
    assert token not in json.dumps(entries)


def _other_sites_backup(kiosk: Kiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A backup of another kiosk (Audit B, kiosk-b) with one registration."""
    other = tmp_path / "other-desk"
    with monkeypatch.context() as patched:
        patched.setenv("KIOSK_DATA_DIR", str(other))
        assert kiosk("init", "--site-id", "kiosk-b", "--site-name", "Audit B").code == 0
        assert kiosk("register", "--language", "fr", "--nationality", "CD", "--person",
                     "male:26-59").code == 0
        assert kiosk("connect", "--hq-url", "https://hq.example.org",
                     "--token", "spk_" + "b" * 40).code == 0
        out = tmp_path / "kiosk-b.sqlite3"
        assert kiosk("backup", "--out", str(out)).code == 0
    return out


def test_another_sites_database_is_refused_and_says_what_it_would_change(
    ready: Kiosk, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restoring Audit B's backup into Startpunt Brussel's kiosk: one line, exit 2, naming
    the file, both sites and what would change (ticket secret, HQ link, days held); the
    database is untouched. With --other-site it is restored, said and audited."""
    backup = _other_sites_backup(ready, tmp_path, monkeypatch)
    path = database_path(data_dir)
    before = path.read_bytes()
    ran = ready("restore", str(backup))
    assert ran.code == 2 and len(ran.err_lines) == 1, ran.err
    assert ran.err.startswith("kiosk: file: ") and "--other-site" in ran.err
    for said in ("Audit B (kiosk-b)", "Startpunt Brussel (brussels-1)", "ticket secret",
                 "headquarters link", "days held"):
        assert said in ran.err, said
    assert "spk_" not in ran.err
    assert path.read_bytes() == before
    assert not list(data_dir.glob("*before-restore*"))
    forced = ready("restore", "--other-site", str(backup))
    assert forced.code == 0, forced.err
    assert "for Audit B (kiosk-b)" in forced.out and "Changed: the ticket secret" in forced.out
    last = json.loads(ready("audit", "list", "--json").out)[-1]
    assert last["action"] == "restore" and last["details"]["other_site"] is True
    assert "ticket_secret" in last["details"]["changed"]
    assert "spk_" not in json.dumps(last)


def test_the_same_sites_backup_needs_no_option(ready: Kiosk, tmp_path: Path) -> None:
    """A backup of this very kiosk is restored without --other-site, saying the days held."""
    out = tmp_path / "copy.sqlite3"
    assert ready("backup", "--out", str(out)).code == 0
    ran = ready("restore", str(out))
    assert ran.code == 0 and "Changed: the ticket secret" not in ran.out
    assert "Changed: days held: 1 day (2026-11-20)" in ran.out
