"""Full-screen kiosk mode: no frame, closing is refused, only a coordinator ends it."""

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import CALM


def test_the_kiosk_ignores_close_until_a_coordinator_leaves(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """Alt+F4 (a close request) does nothing in kiosk mode; the coordinator's Close kiosk does,
    once confirmed."""
    window = MainWindow(desk, language, CALM)
    qtbot.addWidget(window)
    window.show_on_desk(windowed=False)
    qtbot.waitExposed(window)
    try:
        assert window.isFullScreen()
        assert window.windowFlags() & window.windowFlags().FramelessWindowHint
        window.close()
        assert window.isVisible()
        window.open_coordinator(desk)
        mode = window.findChild(CoordinatorMode, "coordinator-mode")
        assert mode is not None
        mode.quit_requested.emit()  # the dashboard's button, reached behind the PIN
        assert window.isVisible()  # it asks first
        no = window.findChild(QPushButton, "close-kiosk-no")
        assert no is not None and no.isVisible()
        no.click()
        assert window.isVisible()
        mode.quit_requested.emit()
        yes = window.findChild(QPushButton, "close-kiosk-yes")
        assert yes is not None and yes.isVisible()
        yes.click()
        assert not window.isVisible()
    finally:
        window.allow_close()
        window.close()
