"""The on-screen keyboard: every text field of the kiosk is typed in with a finger."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QIntValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from kiosk.ui.nationality_screen import CODE_ROLE
from kiosk.ui.on_screen_keyboard import (
    AZERTY,
    QWERTY,
    OnScreenKeyboard,
    chosen_keyboard,
    focus_keeping_keyboard_down,
)
from tests.ui.conftest import Finger, open_window
from tests.ui.drawn_glyphs import foreign_glyphs, visible_texts

SIZES = [(1024, 768), (1280, 800), (1080, 1920)]


def touch(qtbot: QtBot, window: MainWindow, field: QWidget) -> OnScreenKeyboard:
    """A tap on the field, as a finger does (the window is the active one, as on the desk)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    keyboard = window.keyboard
    assert keyboard.is_shown()
    return keyboard


def on_window(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown_codes(window: MainWindow) -> list[str]:
    items = window.screens.nationality.list
    return [
        items.item(row).data(CODE_ROLE)
        for row in range(items.count())
        if not items.item(row).isHidden()
    ]


def test_typing_syr_with_the_keys_filters_the_nationality_list(
    window: MainWindow, finger: Finger, qtbot: QtBot
) -> None:
    """Tap the search, then ⇧ S y r on the keyboard: the list is filtered to Syria, the field
    reads "Syr" (typed as key events, so textEdited fires), Done hides the keyboard."""
    finger.tap("language-ar")
    finger.tap("party-next")
    search = window.screens.nationality.search
    edits: list[str] = []
    search.textEdited.connect(edits.append)
    touch(qtbot, window, search)
    for key in ("osk-key-shift", "osk-key-s", "osk-key-y", "osk-key-r"):
        finger.tap(key)
    assert search.text() == "Syr"
    assert edits[-1] == "Syr"
    assert "SY" in shown_codes(window)
    assert len(shown_codes(window)) < 5
    finger.tap("osk-key-backspace")
    assert search.text() == "Sy"
    finger.tap("osk-key-done")
    assert not window.keyboard.is_shown()
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)  # a tap on the field: back again
    assert window.keyboard.is_shown()


def test_azerty_has_a_where_qwerty_has_q(
    window: MainWindow, finger: Finger, qtbot: QtBot, language: InterfaceLanguage
) -> None:
    """In English the letters start Q W E R T Y; the switch key makes them A Z E R T Y (the
    first letter row of both); the choice stays when the interface language changes."""
    finger.tap("language-ar")
    finger.tap("party-next")
    keyboard = touch(qtbot, window, window.screens.nationality.search)
    assert keyboard.layout == QWERTY
    assert keyboard.panel.key_at(1, 0).text() == "q"
    assert [keyboard.panel.key_at(1, i).text() for i in range(6)] == list("qwerty")
    finger.tap("osk-key-layout")
    assert keyboard.layout == AZERTY
    assert keyboard.panel.key_at(1, 0).text() == "a"
    assert [keyboard.panel.key_at(1, i).text() for i in range(6)] == list("azerty")
    assert keyboard.panel.key_at(2, 9).text() == "m"  # m ends the middle row on AZERTY
    language.switch("en")
    assert keyboard.layout == AZERTY  # the volunteer's choice, for the session


@pytest.mark.parametrize(("code", "expected"), [("nl", AZERTY), ("fr", AZERTY), ("en", QWERTY)])
def test_the_first_layout_follows_the_interface_language(
    window: MainWindow, language: InterfaceLanguage, code: str, expected: str
) -> None:
    """Dutch and French volunteers in Belgium type on AZERTY, English ones on QWERTY."""
    language.switch(code)
    assert window.keyboard.layout == expected


def test_accents_are_one_tap_away(window: MainWindow, finger: Finger, qtbot: QtBot) -> None:
    """é, è, à, ç, ë, ï, ô sit on the accents page (no long press), capitals with shift."""
    finger.tap("language-ar")
    finger.tap("party-next")
    search = window.screens.nationality.search
    touch(qtbot, window, search)
    finger.tap("osk-key-accents")
    for letter in "éèàçëïô":
        finger.tap(f"osk-key-{letter}")
    finger.tap("osk-key-shift")
    finger.tap("osk-key-é")
    finger.tap("osk-key-&")
    ampersand = finger.find("osk-key-&")
    assert isinstance(ampersand, QPushButton)
    assert ampersand.text() == "&&"  # drawn as "&", not a mnemonic
    finger.tap("osk-key-accents")
    finger.tap("osk-key-space")
    finger.tap("osk-key-c")
    assert search.text() == "éèàçëïôÉ& c"


def test_the_pin_fields_of_the_set_up_get_the_digits_pad(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """The set-up's PIN fields show 0-9 only; the site name shows letters."""
    window = open_window(qtbot, fresh_desk, language)
    finger = Finger(qtbot, window)
    setup = window.screens.setup
    assert setup is not None
    keyboard = touch(qtbot, window, setup.pin)
    assert keyboard.panel.mode == "digits"
    assert window.findChild(QWidget, "osk-key-a") is None
    for digit in "246810":
        finger.tap(f"osk-key-{digit}")
    assert setup.pin.text() == "246810"
    touch(qtbot, window, setup.site_name)
    assert keyboard.panel.mode == "text"
    assert finger.find("osk-key-a").isVisible()


def test_number_fields_are_told_apart(kiosk_app: QApplication) -> None:
    """Spin boxes, integer validators and digit hints get the digits pad; others letters;
    a field (or screen) can say so itself, or keep the keyboard away."""
    plain, hinted, validated, spin = QLineEdit(), QLineEdit(), QLineEdit(), QSpinBox()
    hinted.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    validated.setValidator(QIntValidator(0, 999, validated))
    assert [chosen_keyboard(w) for w in (plain, hinted, validated, spin)] == [
        "text", "digits", "digits", "digits"
    ]
    screen = QWidget()
    inside = QLineEdit(screen)
    screen.setProperty("onScreenKeyboard", "none")
    assert chosen_keyboard(inside) == "none"
    ticket = QLineEdit()
    ticket.setObjectName("ticket-input")  # the soup counter has its own keypad
    assert chosen_keyboard(ticket) == "none"


def test_coordinator_settings_type_with_the_keyboard(
    window: MainWindow, finger: Finger, qtbot: QtBot, desk: Desk
) -> None:
    """The PIN screen keeps its own keypad (no keyboard); in settings a number gets digits,
    a text setting letters, and the PIN change digits."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    finger.tap("open-coordinator")
    assert not window.keyboard.is_shown()
    for digit in "246810":
        finger.tap(f"pin-key-{digit}")
    finger.tap("pin-key-ok")
    finger.tap("dashboard-settings")
    finger.tap("settings-group-screens")
    idle = finger.find("setting-idle_seconds")
    assert touch(qtbot, window, idle).panel.mode == "digits"
    assert isinstance(idle, QLineEdit)
    idle.selectAll()
    finger.tap("osk-key-9")
    finger.tap("osk-key-0")
    assert idle.text() == "90"
    finger.tap("settings-group-pin")
    assert touch(qtbot, window, finger.find("pin-new")).panel.mode == "digits"


def test_no_context_menu_on_a_right_click_or_long_press(
    window: MainWindow, finger: Finger, qtbot: QtBot
) -> None:
    """A right click (or the long press a touch driver turns into one) opens no English
    Undo/Cut/Paste menu on a field."""
    finger.tap("language-ar")
    finger.tap("party-next")
    search = window.screens.nationality.search
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(search, Qt.MouseButton.RightButton)
    assert QApplication.activePopupWidget() is None
    assert search.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(10, 10), search.mapToGlobal(QPoint(10, 10))
    )
    QApplication.sendEvent(search, event)
    assert QApplication.activePopupWidget() is None


def test_the_keyboard_draws_only_shipped_glyphs(
    window: MainWindow, finger: Finger, qtbot: QtBot
) -> None:
    """Every key label, on both pages, comes from a font the kiosk ships."""
    finger.tap("language-ar")
    finger.tap("party-next")
    keyboard = touch(qtbot, window, window.screens.nationality.search)
    found = foreign_glyphs(visible_texts(keyboard.panel))
    finger.tap("osk-key-accents")
    found += foreign_glyphs(visible_texts(keyboard.panel))
    assert found == []


@pytest.mark.parametrize("size", [(1024, 768), (1080, 1920)])
def test_the_keyboard_never_covers_the_field(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage, size: tuple[int, int]
) -> None:
    """At 1024×768 and in portrait 1080×1920, every set-up field (the lowest too) sits above
    the keyboard, inside the window; Done puts the screen back where it was."""
    window = open_window(qtbot, fresh_desk, language)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    setup = window.screens.setup
    assert setup is not None
    for field in (setup.site_id, setup.site_name, setup.timezone, setup.pin, setup.pin_again):
        keyboard = touch(qtbot, window, field)
        panel = keyboard.panel.geometry()
        assert panel.bottom() == window.height() - 1
        assert panel.width() == window.width()
        where = on_window(window, field)
        assert where.top() >= 0, field.objectName()
        assert not where.intersects(panel), (field.objectName(), where, panel)
    Finger(qtbot, window).tap("osk-key-done")
    central = window.centralWidget()
    assert central is not None and central.y() == 0


@pytest.mark.parametrize("size", [(1024, 768), (1080, 1920)])
def test_the_search_stays_in_view_with_its_list(
    window: MainWindow, finger: Finger, qtbot: QtBot, size: tuple[int, int]
) -> None:
    """The nationality search and part of its list stay above the keyboard."""
    window.resize(*size)
    finger.tap("language-ar")
    finger.tap("party-next")
    search = window.screens.nationality.search
    keyboard = touch(qtbot, window, search)
    panel = keyboard.panel.geometry()
    assert not on_window(window, search).intersects(panel)
    assert on_window(window, search).top() >= 0
    assert on_window(window, window.screens.nationality.list).top() < panel.top() - 100


def test_a_field_focused_keeping_the_keyboard_down_raises_it_when_tapped(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """focus_keeping_keyboard_down: the keys go down and the cursor goes to the field (the time
    zone box here, an editable combo box); focus coming back to it keeps them down, a tap on
    it raises them, and so does focus on another field."""
    window = open_window(qtbot, fresh_desk, language)
    setup = window.screens.setup
    assert setup is not None
    keyboard = touch(qtbot, window, setup.site_name)
    focus_keeping_keyboard_down(setup.timezone)
    assert not keyboard.is_shown()
    assert setup.timezone.hasFocus()
    setup.submit_button.setFocus()
    setup.timezone.setFocus()
    assert not keyboard.is_shown()  # still held: not tapped yet
    qtbot.mouseClick(setup.timezone, Qt.MouseButton.LeftButton)
    assert keyboard.is_shown() and keyboard.field is setup.timezone
    focus_keeping_keyboard_down(setup.site_id)
    assert not keyboard.is_shown()
    setup.pin.setFocus()
    assert keyboard.is_shown() and keyboard.panel.mode == "digits"
