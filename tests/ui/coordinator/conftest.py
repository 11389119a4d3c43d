"""Coordinator screens on a real desk whose clock the test moves, in a 1280×800 frame."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.stylesheet import STYLESHEET
from tests.fake_clock import FakeClock, clocked_desk


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def coordinator_desk(data_dir: Path, clock: FakeClock) -> Iterator[Desk]:
    desk = clocked_desk(data_dir, clock)
    yield desk
    desk.close()


class Frame:
    """A screen shown the way the kiosk shows it, and a finger that taps by objectName."""

    def __init__(self, qtbot: QtBot, screen: QWidget) -> None:
        self.qtbot = qtbot
        self.window = QMainWindow()
        self.window.setStyleSheet(STYLESHEET)
        self.window.setCentralWidget(screen)
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        qtbot.waitExposed(self.window)

    def find(self, name: str) -> QWidget:
        found = self.window.findChild(QWidget, name)
        assert found is not None, f"no widget named {name!r}"
        return found

    def tap(self, name: str) -> None:
        widget = self.find(name)
        assert widget.isVisible(), f"{name!r} is not on screen"
        assert widget.isEnabled(), f"{name!r} cannot be tapped"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        QApplication.processEvents()

    def type_pin(self, pin: str) -> None:
        for digit in pin:
            self.tap(f"pin-key-{digit}")
        self.tap("pin-key-ok")


@pytest.fixture
def frame(qtbot: QtBot, kiosk_app: QApplication, language: object) -> type[Frame]:
    return Frame
