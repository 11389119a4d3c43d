"""Starting the kiosk: with and without a screen, and with a database it cannot use."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.app import NO_SCREEN, run
from kiosk.paths import database_path

PROJECT = Path(__file__).resolve().parents[2]


def start_kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    """The kiosk in a process of its own, as the desk's session starts it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk.app", *args], cwd=PROJECT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_without_a_screen_it_says_so_in_one_line(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM on Linux: exit 2 with a way forward."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert run(data_dir) == 2
    err = capsys.readouterr().err
    assert err == NO_SCREEN + "\n"
    assert err.startswith("No screen found:") and "--offscreen" in err
    assert not database_path(data_dir).exists()


def test_screenshot_of_the_first_screen(tmp_path: Path) -> None:
    """--offscreen --screenshot saves the first screen (here: the set-up) at 1280×800."""
    target = tmp_path / "first.png"
    done = start_kiosk("--offscreen", "--data-dir", str(tmp_path / "data"),
                       "--screenshot", str(target))
    assert done.returncode == 0, done.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_exit_after_first_paint_prints_nothing(tmp_path: Path) -> None:
    """The cold-start benchmark's mode: paint once, quit with 0, say nothing."""
    done = start_kiosk("--offscreen", "--data-dir", str(tmp_path / "data"),
                       "--exit-after-first-paint")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_a_damaged_database_is_reported_plainly(tmp_path: Path) -> None:
    """A file that is not a database: one plain message, no traceback, exit 2, file untouched."""
    data = tmp_path / "data"
    data.mkdir()
    damaged = database_path(data)
    damaged.write_bytes(b"this is not an SQLite database" * 100)
    before = damaged.read_bytes()
    done = start_kiosk("--offscreen", "--data-dir", str(data))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "damaged" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert damaged.read_bytes() == before


def test_an_emptied_database_is_damaged_not_a_first_run(tmp_path: Path) -> None:
    """A 0-byte file where the database was: the screens say it is damaged (restore a
    backup) on one line, exit 2, and never offer the first-run set-up on it."""
    data = tmp_path / "data"
    data.mkdir()
    emptied = database_path(data)
    emptied.write_bytes(b"")
    done = start_kiosk("--offscreen", "--data-dir", str(data), "--exit-after-first-paint")
    assert done.returncode == 2, done.stderr
    assert "damaged" in done.stderr and "kiosk restore" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert emptied.read_bytes() == b""
