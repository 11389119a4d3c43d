"""The kiosk's window on a real, set-up desk, shown at the reference size, and a tapping finger."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from kiosk.paths import database_path, translations_dir
from kiosk.store.desk import Desk
from kiosk.ui.fonts import use_kiosk_fonts
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE, MainWindow
from kiosk.ui.registration_flow import Timings

# Long enough never to fire by accident in a test that does not ask for it; taps are never
# ignored and a chosen tile moves on at once (the tests of the tap guard ask for the real ones).
CALM = Timings(
    idle_ms=600_000, done_ms=600_000, day_check_ms=600_000, housekeeping_ms=None, sync_s=None,
    tap_guard_ms=0, choice_ms=0,
)


@pytest.fixture(scope="session")
def kiosk_app(qapp: QApplication) -> QApplication:
    use_kiosk_fonts(qapp)
    return qapp


@pytest.fixture
def translations(tmp_path: Path) -> Path:
    """An empty translations folder: the English source strings show."""
    folder = tmp_path / "translations"
    folder.mkdir()
    return folder


@pytest.fixture
def shipped_language(kiosk_app: QApplication) -> Iterator[InterfaceLanguage]:
    """The interface language with the committed translations (nl, fr and en)."""
    chosen = InterfaceLanguage(translations_dir())
    yield chosen
    chosen.switch("en")
    QCoreApplication.processEvents()
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def language(kiosk_app: QApplication, translations: Path) -> Iterator[InterfaceLanguage]:
    chosen = InterfaceLanguage(translations)
    chosen.switch("en")
    yield chosen
    chosen.switch("en")
    QCoreApplication.processEvents()
    QLocale.setDefault(QLocale("en"))


class Finger:
    """Taps widgets by objectName, the way a volunteer does, and counts the taps."""

    def __init__(self, qtbot: QtBot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.taps = 0

    def find(self, name: str) -> QWidget:
        found = self.window.findChild(QWidget, name)
        assert found is not None, f"no widget named {name!r}"
        return found

    def tap(self, name: str) -> None:
        widget = self.find(name)
        assert widget.isVisible(), f"{name!r} is not on screen"
        assert widget.isEnabled(), f"{name!r} cannot be tapped"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.taps += 1

    def tap_item(self, items: QListWidget, item: QListWidgetItem) -> None:
        items.scrollToItem(item)
        self.qtbot.mouseClick(
            items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(item).center()
        )
        self.taps += 1


def open_window(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage, timings: Timings = CALM
) -> MainWindow:
    window = MainWindow(desk, language, timings)
    qtbot.addWidget(window)
    window.resize(*REFERENCE_SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, language: InterfaceLanguage) -> MainWindow:
    return open_window(qtbot, desk, language)


@pytest.fixture
def finger(qtbot: QtBot, window: MainWindow) -> Finger:
    return Finger(qtbot, window)


@pytest.fixture
def fresh_desk(data_dir: Path) -> Iterator[Desk]:
    """A desk that has never been set up: the kiosk's first run."""
    opened = Desk.open(database_path(data_dir))
    yield opened
    opened.close()
