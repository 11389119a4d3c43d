"""Before Qt starts on X11, the kiosk names the Debian packages its window lacks."""

import sys
from pathlib import Path

import pytest

from kiosk import window_packages
from kiosk.app import run
from kiosk.paths import database_path
from kiosk.window_packages import X11_LIBRARIES, missing_message, missing_packages, uses_x11

FAKE = {"libkiosk-not-installed.so.9": "libkiosk-fake9", "libc.so.6": "libc6"}


def test_a_library_that_cannot_be_loaded_names_its_package() -> None:
    """Really loading each library: the made-up one is missing, libc (always there) is not."""
    assert missing_packages(FAKE) == ["libkiosk-fake9"]


def test_each_package_is_named_once_in_the_order_of_the_list() -> None:
    """Two libraries of one package (glib's) name it once; nothing loads here."""
    libraries = {"a.so": "pkg-a", "b.so": "pkg-b", "c.so": "pkg-a"}
    assert missing_packages(libraries, loads=lambda _name: False) == ["pkg-a", "pkg-b"]


def test_the_list_names_the_packages_a_fresh_debian_desktop_lacks() -> None:
    """The two that a fresh Debian desktop was found without are in the list."""
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(X11_LIBRARIES.values())


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"DISPLAY": ":0"}, "win32", False),
    ],
)
def test_the_check_runs_only_where_qt_opens_an_x11_window(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    """X11 (DISPLAY, no other platform asked for) on Linux only: offscreen, Wayland and
    other systems need none of these packages."""
    assert uses_x11(environ, platform) is expected


def test_starting_without_them_says_which_to_install(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On X11 with a library missing, the kiosk stops before Qt with exit 2 and one line
    naming the package and the apt command; the database is not touched."""
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(window_packages, "missing_packages", lambda: missing_packages(FAKE))
    assert run(data_dir) == 2
    err = capsys.readouterr().err
    assert err == missing_message(["libkiosk-fake9"]) + "\n"
    assert "sudo apt install libkiosk-fake9" in err
    assert not database_path(data_dir).exists()


def test_packaging_lists_the_same_packages() -> None:
    """packaging/debian-packages.txt (for `apt install $(cat …)`) and the README name every
    package the check knows, and no other."""
    project = Path(__file__).resolve().parents[1]
    listed = (project / "packaging" / "debian-packages.txt").read_text().split()
    assert listed == list(dict.fromkeys(X11_LIBRARIES.values()))
    readme = (project / "README.md").read_text()
    assert all(package in readme for package in listed)
