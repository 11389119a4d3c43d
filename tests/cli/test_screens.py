"""`kiosk` without a command starts the screens; --version and --help answer and exit 0."""

from pathlib import Path
from typing import Any

import pytest

from kiosk.cli.main import main
from tests.cli.conftest import Kiosk
from tests.fake_clock import FakeClock


def test_no_command_starts_the_screens(
    kiosk: Kiosk,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    """The data directory, the window options and the clock are handed to the screens that
    kiosk.app hands in; without them (the command line alone) a bare `kiosk` is refused."""
    calls: list[tuple[Path, dict[str, Any]]] = []

    def run(directory: Path, **options: Any) -> int:
        calls.append((directory, options))
        return 0

    for argv in ([], ["--windowed", "--data-dir", str(tmp_path / "x")], ["--offscreen"]):
        assert main(argv, clock=clock, start_screens=run) == 0
    alone = kiosk()
    assert alone.code == 2 and alone.err.startswith("kiosk: command: ")
    assert calls == [
        (data_dir, {"windowed": False, "offscreen": False, "clock": clock}),
        (tmp_path / "x", {"windowed": True, "offscreen": False, "clock": clock}),
        (data_dir, {"windowed": False, "offscreen": True, "clock": clock}),
    ]


def test_version_and_help(kiosk: Kiosk) -> None:
    """--version prints the package version; --help lists the commands."""
    ran = kiosk("--version")
    assert (ran.code, ran.out.split()[0]) == (0, "kiosk")
    assert ran.out.split()[1][0].isdigit()
    ran = kiosk("--help")
    assert ran.code == 0
    for command in ("init", "register", "counts", "demo", "doctor"):
        assert command in ran.out
    assert kiosk("register", "--help").code == 0
