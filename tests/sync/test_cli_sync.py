"""`kiosk connect` and `kiosk sync` on the command line, against headquarters for real."""

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.cli.main import main
from tests.fake_clock import FakeClock
from tests.hq_harness import RunningHq


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


type Kiosk = Callable[..., Ran]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], clock: FakeClock) -> Kiosk:
    """`cli("sync", "--json")` runs `kiosk` in-process at the tests' moment and captures its
    output."""
    capsys.readouterr()

    def run(*argv: str) -> Ran:
        code = main(list(argv), clock=clock)
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def set_up(cli: Kiosk, site_id: str) -> None:
    assert cli("init", "--site-id", site_id, "--site-name", "CLI test").code == 0
    for i in range(6):
        ran = cli("register", "--language", "ar", "--nationality", "SY", "--person",
                  "male:26-59", "--at", f"2026-11-{18 + i % 3}T08:1{i}")
        assert ran.code == 0, ran.err


def test_connect_then_sync_json(cli: Kiosk, hq: RunningHq, data_dir: Path) -> None:
    """connect stores the connection (never echoing the token); sync --once --json reports
    exactly sent, confirmed, waiting and last_error; a second run has nothing to send."""
    site_id = "cli-sync-1"
    token = hq.add_site(site_id)
    set_up(cli, site_id)
    connected = cli("connect", "--hq-url", hq.url, "--token", token, "--k", "4")
    assert connected.code == 0, connected.err
    assert token not in connected.out and "1 to 3" in connected.out
    ran = cli("sync", "--once", "--json")
    assert ran.code == 0, ran.err
    assert json.loads(ran.out) == {"sent": 3, "confirmed": 3, "waiting": 0, "last_error": None}
    again = cli("sync", "--json")
    assert json.loads(again.out) == {"sent": 0, "confirmed": 0, "waiting": 0, "last_error": None}
    text = cli("sync")
    assert text.out.startswith("Sent 0 days; headquarters confirmed 0; 0 waiting.")


def test_sync_that_cannot_reach_headquarters_exits_1(cli: Kiosk, data_dir: Path) -> None:
    """Nothing listening at the address: exit 1, the days wait, last_error in plain words."""
    set_up(cli, "cli-sync-2")
    assert cli("connect", "--hq-url", "http://127.0.0.1:9", "--token", "t" * 43).code == 0
    ran = cli("sync", "--once", "--json")
    assert ran.code == 1
    report = json.loads(ran.out)
    assert (report["sent"], report["confirmed"], report["waiting"]) == (3, 0, 3)
    assert "could not be reached" in report["last_error"]


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["connect", "--hq-url", "http://hq.example.org", "--token", "t" * 43], "hq url"),
        (["connect", "--hq-url", "https://hq.example.org", "--token", "short"], "token"),
        (["connect", "--hq-url", "https://hq.example.org", "--token", "t" * 43, "--k", "2"], "k"),
        (["connect", "--hq-url", "https://hq.example.org", "--token", "t" * 43,
          "--ca-bundle", "/nonexistent/ca.pem"], "ca bundle"),
        (["sync"], "hq"),
    ],
)
def test_refusals_are_one_line_naming_the_field(
    cli: Kiosk, data_dir: Path, argv: list[str], field: str
) -> None:
    """Bad connection settings and syncing before connecting: exit 2, one line."""
    assert cli("init", "--site-id", "cli-sync-3", "--site-name", "CLI test").code == 0
    ran = cli(*argv)
    assert ran.code == 2
    assert ran.err.startswith(f"kiosk: {field}: ") and ran.err.count("\n") == 1


def test_kiosk_hq_commands_in_real_processes(tmp_path: Path) -> None:
    """kiosk-hq add-site prints the token alone on its last line; adding it twice, a bad
    site id or a bad --db are refused on one line with exit 2."""
    db = f"sqlite:///{tmp_path / 'hq.sqlite3'}"

    def hq_cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kiosk.hq.cli", *argv], capture_output=True, text=True,
            timeout=60,
        )

    added = hq_cli("add-site", "brussels-9", "--name", "Brussel 9", "--db", db)
    assert added.returncode == 0, added.stderr
    token = added.stdout.splitlines()[-1]
    assert len(token) >= 40 and " " not in token
    twice = hq_cli("add-site", "brussels-9", "--name", "Brussel 9", "--db", db)
    assert twice.returncode == 2 and twice.stderr.startswith("kiosk-hq: site id: ")
    assert hq_cli("add-site", "Bad Id", "--name", "x", "--db", db).returncode == 2
    assert hq_cli("revoke-site", "brussels-9", "--db", db).returncode == 0
    assert hq_cli("add-site", "brussels-9", "--name", "Brussel 9", "--db", db).returncode == 0
    reader = hq_cli("add-reader", "Analyst", "--db", db)
    assert reader.returncode == 0 and len(reader.stdout.splitlines()[-1]) >= 40
    bad_db = hq_cli("add-reader", "Analyst", "--db", "mysql://x/y")
    assert bad_db.returncode == 2 and bad_db.stderr.startswith("kiosk-hq: db: ")
    assert (tmp_path / "hq.sqlite3").read_bytes().count(token.encode()) == 0
