"""Every wrong value is refused: exit code 2, one plain line naming the field, nothing stored."""

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk, Ran, corrupt, stored
from tests.fake_clock import START

PARTY = ("--language", "ar", "--nationality", "SY", "--person", "female:26-59")
PARTY_ALREADY_THERE = ("register", "--language", "ti", "--nationality", "ER",
                       "--person", "male:18-25")


def _in_brussels(delta: timedelta) -> str:
    return (START.astimezone(ZoneInfo("Europe/Brussels")) + delta).strftime("%Y-%m-%dT%H:%M")


def register(*changes: str, drop: str | None = None) -> list[str]:
    """A good `register` command line with some options replaced, added or dropped."""
    argv = ["register", *PARTY]
    for option, value in zip(changes[::2], changes[1::2], strict=True):
        if option in argv and option != "--person":
            argv[argv.index(option) + 1] = value
        else:
            argv += [option, value]
    if drop:
        index = argv.index(drop)
        del argv[index:index + 2]
    return argv


REGISTER_CASES = {
    "unknown language": (register("--language", "xx"), "language"),
    "language name instead of code": (register("--language", "Arabic"), "language"),
    "unknown nationality": (register("--nationality", "XX"), "nationality"),
    "three-letter country code": (register("--nationality", "SYR"), "nationality"),
    "unknown sex": (register("--person", "alien:26-59"), "sex"),
    "unknown age band": (register("--person", "female:30"), "age band"),
    "age band given as age": (register("--person", "male:35"), "age band"),
    "malformed person": (register("--person", "female"), "person"),
    "empty person": (register("--person", ""), "person"),
    "bad first person": (register("--person", "male-26-59", drop="--person"), "person"),
    "unknown flag": (register("--flag", "vip"), "flag"),
    "pregnant without anyone not male": (
        [*register("--person", "male:26-59", drop="--person"), "--flag", "pregnant"], "flag"),
    "unknown referral": (register("--referral", "spa"), "referral"),
    "too many people": (register(*["--person", "male:18-25"] * 20), "people"),
    "no person": (register(drop="--person"), "person"),
    "bad --at": (register("--at", "yesterday"), "at"),
    "impossible --at": (register("--at", "2025-02-30T08:00"), "at"),
    "future --at": (register("--at", _in_brussels(timedelta(hours=2))), "at"),
    "future --at with offset": (register("--at", "2099-01-01T08:00+00:00"), "at"),
    "missing --language": (register(drop="--language"), "--language"),
    "missing --nationality": (register(drop="--nationality"), "--nationality"),
    "option without its value": (["register", *PARTY, "--at"], "--at"),
    "unknown option": (["register", *PARTY, "--name", "Ali"], "--name"),
}
OTHER_CASES = {
    "bad --date": (["counts", "--date", "2025-02-30"], "date"),
    "--date in words": (["counts", "--date", "tomorrow"], "date"),
    "demo without days": (["demo", "--days", "0", "--per-day", "10"], "days"),
    "demo days not a number": (["demo", "--days", "many", "--per-day", "10"], "--days"),
    "demo negative per day": (["demo", "--days", "2", "--per-day", "-5"], "per day"),
    "demo too many per day": (["demo", "--days", "2", "--per-day", "1000000"], "per day"),
    "unknown command": (["frobnicate"], "command"),
    "doctor unknown option": (["doctor", "--fix"], "--fix"),
    "init on a kiosk that is set up": (["init", "--site-id", "other", "--site-name", "O"], "site"),
}
INIT_CASES = {
    "site id with spaces": (["--site-id", "Brussels Belliard"], "site id"),
    "site id too short": (["--site-id", "b"], "site id"),
    "empty site name": (["--site-name", "  "], "site name"),
    "control character in site name": (["--site-name", "Start\x07punt"], "site name"),
    "unknown timezone": (["--timezone", "Mars/Olympus"], "timezone"),
    "short pin": (["--pin", "123"], "pin"),
    "easy pin": (["--pin", "111111"], "pin"),
    "pin with letters": (["--pin", "12ab56"], "pin"),
}


def assert_refused(ran: Ran, field: str) -> None:
    assert ran.code == 2, ran
    assert ran.out == ""
    assert len(ran.err_lines) == 1, ran.err
    assert ran.err.startswith("kiosk: ")
    assert field in ran.err_lines[0], ran.err
    assert "Traceback" not in ran.err


@pytest.mark.parametrize(("argv", "field"), REGISTER_CASES.values(), ids=REGISTER_CASES.keys())
def test_bad_registration_is_refused(
    kiosk: Kiosk, desk: Desk, data_dir: Path, argv: list[str], field: str
) -> None:
    """A wrong register argument names its field and leaves the database as it was."""
    assert kiosk(*PARTY_ALREADY_THERE).code == 0
    before = stored(data_dir)
    assert_refused(kiosk(*argv), field)
    assert stored(data_dir) == before


@pytest.mark.parametrize(("argv", "field"), OTHER_CASES.values(), ids=OTHER_CASES.keys())
def test_bad_command_line_is_refused(
    kiosk: Kiosk, desk: Desk, data_dir: Path, argv: list[str], field: str
) -> None:
    """Wrong values for the other commands name their field and store nothing."""
    before = stored(data_dir)
    assert_refused(kiosk(*argv), field)
    assert stored(data_dir) == before


@pytest.mark.parametrize(("changes", "field"), INIT_CASES.values(), ids=INIT_CASES.keys())
def test_bad_init_is_refused(
    kiosk: Kiosk, data_dir: Path, changes: list[str], field: str
) -> None:
    """A wrong site or PIN is refused before anything is created."""
    values = {"--site-id": "brussels-belliard", "--site-name": "Startpunt", "--pin": "482917"}
    values.update(zip(changes[::2], changes[1::2], strict=True))
    argv = ["init"] + [part for option, value in values.items() for part in (option, value)]
    assert_refused(kiosk(*argv), field)
    assert not data_dir.exists()


def test_missing_init_arguments(kiosk: Kiosk, data_dir: Path) -> None:
    """Required options of init are named when they are missing."""
    assert_refused(kiosk("init", "--site-name", "Startpunt"), "--site-id")
    assert_refused(kiosk("init"), "--site-name")
    assert not data_dir.exists()


def test_data_dir_that_cannot_be_created(kiosk: Kiosk, tmp_path: Path) -> None:
    """A data directory inside a plain file is refused on one line."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    ran = kiosk("init", "--data-dir", str(blocker / "data"), "--site-id", "ab", "--site-name", "A")
    assert_refused(ran, "data dir")
    assert_refused(kiosk("--data-dir", str(blocker), "init", "--site-id", "ab",
                         "--site-name", "A"), "data dir")


def test_commands_on_a_kiosk_that_is_not_set_up(kiosk: Kiosk, data_dir: Path) -> None:
    """register, counts and demo refuse until `kiosk init` ran, and create nothing."""
    for argv in (["register", *PARTY], ["counts"], ["demo", "--days", "1", "--per-day", "5"]):
        assert_refused(kiosk(*argv), "site")
    assert not data_dir.exists()


def test_damaged_database_is_refused_and_left_alone(kiosk: Kiosk, data_dir: Path) -> None:
    """A damaged database gives one line naming the database, and the file is not touched."""
    assert kiosk("init", "--site-id", "ab", "--site-name", "A").code == 0
    assert kiosk(*PARTY_ALREADY_THERE).code == 0
    path = database_path(data_dir)
    corrupt(path, page=2)
    damaged = path.read_bytes()
    assert_refused(kiosk("register", *PARTY), "database")
    assert_refused(kiosk("counts"), "database")
    assert path.read_bytes() == damaged


def test_newline_in_a_value_still_gives_one_line(kiosk: Kiosk, desk: Desk) -> None:
    """A value with a line break cannot split the refusal over several lines."""
    assert_refused(kiosk(*register("--nationality", "S\nY")), "nationality")
    assert_refused(kiosk("init", "--site-id", "a\nb", "--site-name", "x"), "site")
