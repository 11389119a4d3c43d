"""First run: the kiosk asks for its site and the coordinator PIN before anything else."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.site import Site
from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import Finger, open_window
from tests.ui.test_refusals import install_translations


def fill(qtbot: QtBot, window: MainWindow, site_id: str, name: str, pin: str,
         pin_again: str | None = None) -> None:
    setup = window.screens.setup
    assert setup is not None
    for field, text in ((setup.site_id, site_id), (setup.site_name, name), (setup.pin, pin),
                        (setup.pin_again, pin if pin_again is None else pin_again)):
        assert isinstance(field, QLineEdit)
        field.clear()
        qtbot.keyClicks(field, text)


def test_a_new_kiosk_starts_with_the_setup_screen(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """No site yet: the set-up screen shows, with Brussels time as the default zone."""
    window = open_window(qtbot, fresh_desk, language)
    assert window.screens.setup is not None
    assert window.stack.currentWidget() is window.screens.setup
    assert window.screens.setup.timezone.currentText() == "Europe/Brussels"


def test_a_bad_site_id_is_named_and_nothing_is_stored(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """'Brussels Centre!' is not a site id: the message names the field, the desk stays empty."""
    window = open_window(qtbot, fresh_desk, language)
    finger = Finger(qtbot, window)
    fill(qtbot, window, "Brussels Centre!", "Startpunt Brussel", "246810")
    finger.tap("setup-submit")

    setup = window.screens.setup
    assert setup is not None
    assert setup.error.isVisible()
    assert setup.error.text().startswith("⚠  Site id:")
    assert setup.site_id.property("invalid") is True
    assert setup.pin.property("invalid") is False
    assert fresh_desk.site() is None
    assert not fresh_desk.access.has_pin()
    assert window.stack.currentWidget() is setup


def test_pins_that_differ_or_are_easy_are_refused(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """The PIN is asked twice and must not be easy to guess; the message names the PIN."""
    window = open_window(qtbot, fresh_desk, language)
    finger = Finger(qtbot, window)
    setup = window.screens.setup
    assert setup is not None
    fill(qtbot, window, "brussels-centre", "Startpunt Brussel", "246810", "246811")
    finger.tap("setup-submit")
    assert setup.error.text().startswith("⚠  Coordinator PIN:")
    fill(qtbot, window, "brussels-centre", "Startpunt Brussel", "123456")
    finger.tap("setup-submit")
    assert "guess" in setup.error.text()
    fill(qtbot, window, "brussels-centre", "", "246810")
    finger.tap("setup-submit")
    assert setup.error.text().startswith("⚠  Site name:")
    assert fresh_desk.site() is None


def test_good_values_set_the_site_up_and_open_start(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """Right values: the desk has its site and PIN, and Start shows with the site's name."""
    window = open_window(qtbot, fresh_desk, language)
    finger = Finger(qtbot, window)
    fill(qtbot, window, "Brussels Centre!", "Startpunt Brussel", "246810")
    finger.tap("setup-submit")  # first wrong, then right: the message goes away
    fill(qtbot, window, "brussels-centre", "Startpunt Brussel", "246810")
    finger.tap("setup-submit")

    assert fresh_desk.site() == Site("brussels-centre", "Startpunt Brussel", "Europe/Brussels")
    assert fresh_desk.access.check_pin("246810")
    assert window.stack.currentWidget() is window.screens.start
    assert window.screens.start.site_label.text() == "Startpunt Brussel"
    assert window.screens.setup is not None
    assert not window.screens.setup.error.isVisible()
    assert window.screens.setup.pin.text() == ""

    finger.tap("language-nl")
    assert window.stack.currentWidget() is window.screens.party


def test_an_unknown_time_zone_is_named(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """The time zone list is editable; a zone that does not exist is refused by name."""
    window = open_window(qtbot, fresh_desk, language)
    finger = Finger(qtbot, window)
    setup = window.screens.setup
    assert setup is not None
    fill(qtbot, window, "brussels-centre", "Startpunt Brussel", "246810")
    setup.timezone.setCurrentText("Mars/Olympus_Mons")
    finger.tap("setup-submit")
    assert setup.error.text().startswith("⚠  Time zone:")
    assert setup.timezone.property("invalid") is True
    assert fresh_desk.site() is None


def test_a_refusal_reads_in_dutch(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage, translations: Path
) -> None:
    """In Dutch, a too-long site name and an unknown time zone are refused in Dutch sentences,
    with the numbers and the zone typed; nothing is stored."""
    install_translations(translations)
    window = open_window(qtbot, fresh_desk, language)
    language.switch("nl")
    finger = Finger(qtbot, window)
    setup = window.screens.setup
    assert setup is not None
    fill(qtbot, window, "brussel-centrum", "Startpunt " + "x" * 85, "246810")
    finger.tap("setup-submit")
    assert setup.error.text() == "⚠  Locatienaam: Hoogstens 80 tekens (u typte er 95)."
    assert setup.site_name.property("invalid") is True

    fill(qtbot, window, "brussel-centrum", "Startpunt Brussel", "246810")
    setup.timezone.setCurrentText("Mars/Olympus_Mons")
    finger.tap("setup-submit")
    assert setup.error.text() == (
        "⚠  Tijdzone: 'Mars/Olympus_Mons' is geen bekende tijdzone, zoals Europe/Brussels.")
    assert fresh_desk.site() is None


def test_the_form_switches_language_and_the_choice_is_saved(
    qtbot: QtBot, fresh_desk: Desk, shipped_language: InterfaceLanguage
) -> None:
    """NL/FR/EN at the top of the form retranslate it at once; the language in force when the
    set-up succeeds becomes the desk's interface language (and Start shows it chosen)."""
    shipped_language.switch("nl")
    window = open_window(qtbot, fresh_desk, shipped_language)
    finger = Finger(qtbot, window)
    setup = window.screens.setup
    assert setup is not None
    assert setup.title.text() == "Deze kiosk instellen"
    assert setup.interface_buttons["nl"].isChecked()
    finger.tap("setup-interface-fr")
    assert setup.title.text() == "Configurer cette borne"
    assert setup.interface_buttons["fr"].isChecked()
    assert not setup.interface_buttons["nl"].isChecked()
    finger.tap("setup-interface-en")
    assert setup.title.text() == "Set up this kiosk"
    finger.tap("setup-interface-fr")
    assert fresh_desk.settings.desk_settings().interface_language != "fr"  # not before set-up

    fill(qtbot, window, "brussels-centre", "Startpunt Brussel", "246810")
    finger.tap("setup-submit")
    assert fresh_desk.site() is not None
    assert fresh_desk.settings.desk_settings().interface_language == "fr"
    assert window.stack.currentWidget() is window.screens.start
    assert window.screens.start.interface_buttons["fr"].isChecked()


def in_sight(window: MainWindow, widget: QWidget) -> bool:
    """Shown, inside the window, and not under the on-screen keyboard (window coordinates)."""
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    panel = window.keyboard.panel
    covered = panel.isVisible() and where.intersects(panel.geometry())
    return widget.isVisible() and window.rect().contains(where) and not covered


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
@pytest.mark.parametrize("submit", ["setup-submit", "osk-key-enter"])
def test_a_refusal_stays_in_sight_of_the_keyboard(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage,
    size: tuple[int, int], submit: str,
) -> None:
    """Typed with the on-screen keyboard, then refused (Set up tapped, or Enter on the keys in
    the site id): the cursor is back in the site id, but the keyboard stays down, so the
    message and Set up are not under it; a tap on the field brings the keyboard back."""
    window = open_window(qtbot, fresh_desk, language)
    window.resize(*size)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    finger = Finger(qtbot, window)
    setup = window.screens.setup
    assert setup is not None
    keyboard = window.keyboard
    for field, text in ((setup.site_name, "Startpunt Brussel"), (setup.pin, "246810"),
                        (setup.pin_again, "246810"), (setup.site_id, "Brussels Centre")):
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        assert keyboard.is_shown()
        keyboard.type_text(text)
    if submit == "setup-submit":
        finger.tap("osk-key-done")  # the keyboard away, Set up in sight
    finger.tap(submit)

    assert setup.error.text().startswith("⚠  Site id:")
    assert setup.site_id.hasFocus()
    assert in_sight(window, setup.error)
    assert in_sight(window, setup.submit_button)
    assert not keyboard.is_shown()  # until the field is tapped
    assert fresh_desk.site() is None

    qtbot.mouseClick(setup.site_id, Qt.MouseButton.LeftButton)  # to correct it
    assert keyboard.is_shown()
    assert in_sight(window, setup.site_id)
    qtbot.mouseClick(setup.site_name, Qt.MouseButton.LeftButton)  # another field: keys too
    assert keyboard.is_shown() and keyboard.field is setup.site_name
