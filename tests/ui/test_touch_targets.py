"""Made for a finger: every button (QPushButton and any other) is at least 48×48 px, every
list flicks."""

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from kiosk.ui.touch import MIN_TARGET, is_kinetic
from tests.ui.conftest import Finger, open_window


def too_small(screen: QWidget) -> list[str]:
    QApplication.processEvents()
    return [
        f"{button.objectName() or button.text()!r}: {button.width()}×{button.height()}"
        for button in screen.findChildren(QAbstractButton)
        if button.isVisible() and (button.width() < MIN_TARGET or button.height() < MIN_TARGET)
    ]


def test_every_button_on_every_screen_is_big_enough(
    window: MainWindow, finger: Finger
) -> None:
    """At 1280×800, on Start, Party (full of people), Nationality, Needs, Confirm and Done."""
    seen: list[str] = []

    def check() -> None:
        screen = window.stack.currentWidget()
        assert screen is not None
        seen.append(type(screen).__name__)
        assert screen.findChildren(QAbstractButton)
        assert too_small(screen) == [], type(screen).__name__

    check()
    finger.tap("language-ckb")
    for _ in range(7):
        finger.tap("count-male-5-11-add")
    check()
    finger.tap("party-next")
    check()
    items = window.screens.nationality.list
    assert items.visualItemRect(items.item(0)).height() >= MIN_TARGET
    finger.tap("frequent-SY")
    check()
    finger.tap("needs-next")
    check()
    finger.tap("register")
    check()
    assert seen == ["StartScreen", "PartyScreen", "NationalityScreen", "NeedsScreen",
                    "ConfirmScreen", "DoneScreen"]


def test_setup_buttons_and_fields_are_big_enough(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """The first-run form is tapped too: its button and fields are finger-sized."""
    window = open_window(qtbot, fresh_desk, language)
    setup = window.screens.setup
    assert setup is not None
    assert too_small(setup) == []
    for field in (setup.site_id, setup.site_name, setup.timezone, setup.pin, setup.pin_again):
        assert field.height() >= MIN_TARGET


def test_every_list_scrolls_with_a_flick(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """Every scrolling area of every screen has kinetic scrolling (QScroller)."""
    window = open_window(qtbot, fresh_desk, language)
    areas = [area for area in window.findChildren(QAbstractScrollArea)
             if area.objectName() != "qt_scrollarea_viewport"]
    names = {area.objectName() for area in areas}
    assert {"nationality-list", "today-scroll"} <= names
    assert [area.objectName() or type(area).__name__ for area in areas
            if not is_kinetic(area)] == []
