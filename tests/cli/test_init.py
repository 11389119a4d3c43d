"""`kiosk init` sets up the site once, and never changes a kiosk that is set up."""

from pathlib import Path

from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk, stored


def test_init_sets_up_the_site_with_a_pin(kiosk: Kiosk, data_dir: Path) -> None:
    """init creates the data directory and stores the site and a hash of the PIN."""
    ran = kiosk("init", "--site-id", "brussels-belliard", "--site-name", "Startpunt Belliard",
                "--pin", "482917")
    assert ran.code == 0, ran.err
    assert "brussels-belliard" in ran.out
    desk = Desk.open(database_path(data_dir))
    try:
        site = desk.require_site()
        assert (site.site_id, site.name, site.timezone) == (
            "brussels-belliard", "Startpunt Belliard", "Europe/Brussels"
        )
        assert desk.access.check_pin("482917")
        assert not desk.access.check_pin("482918")
    finally:
        desk.close()
    assert "482917" not in database_path(data_dir).read_bytes().decode("latin-1")


def test_init_takes_a_timezone_and_works_without_a_pin(kiosk: Kiosk, data_dir: Path) -> None:
    """--timezone is kept; --pin is optional."""
    ran = kiosk("init", "--site-id", "lisbon", "--site-name", "Test", "--timezone",
                "Europe/Lisbon")
    assert ran.code == 0, ran.err
    desk = Desk.open(database_path(data_dir))
    try:
        assert desk.require_site().timezone == "Europe/Lisbon"
        assert not desk.access.has_pin()
    finally:
        desk.close()


def test_init_refuses_a_kiosk_that_is_already_set_up(kiosk: Kiosk, data_dir: Path) -> None:
    """A second init, even for another site, changes nothing and says so on one line."""
    assert kiosk("init", "--site-id", "first-site", "--site-name", "First").code == 0
    before = stored(data_dir)
    ran = kiosk("init", "--site-id", "other-site", "--site-name", "Other", "--pin", "482917")
    assert ran.code == 2
    assert len(ran.err_lines) == 1
    assert ran.err.startswith("kiosk: site: ") and "first-site" in ran.err
    assert stored(data_dir) == before


def test_init_with_data_dir_option(kiosk: Kiosk, data_dir: Path, tmp_path: Path) -> None:
    """--data-dir wins over $KIOSK_DATA_DIR, before or after the command name."""
    elsewhere = tmp_path / "elsewhere"
    ran = kiosk("--data-dir", str(elsewhere), "init", "--site-id", "ab", "--site-name", "A")
    assert ran.code == 0, ran.err
    assert database_path(elsewhere).is_file()
    assert not data_dir.exists()
    ran = kiosk("counts", "--data-dir", str(elsewhere), "--json")
    assert ran.code == 0, ran.err
