"""The settings screen: every setting is there, a good change is stored and audited, a bad
one is refused with its reason under the field; the PIN is changed with the old one."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.core.settings import SETTINGS
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.settings_screen import SettingsScreen
from kiosk.ui.interface_language import InterfaceLanguage
from tests.fake_clock import PIN
from tests.ui.coordinator.conftest import Frame
from tests.ui.test_refusals import install_translations

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def settings(qtbot: QtBot, frame: type[Frame],
             coordinator_desk: Desk) -> tuple[SettingsScreen, Frame]:
    screen = SettingsScreen(coordinator_desk.settings.shown, coordinator_desk.settings.change,
                            coordinator_desk.access.change_pin)
    return screen, frame(qtbot, screen)


def edit(shown: Frame, key: str) -> QLineEdit:
    found = shown.find(f"setting-{key}")
    assert isinstance(found, QLineEdit)
    return found


def test_every_setting_has_its_place(settings: tuple[SettingsScreen, Frame]) -> None:
    """Each setting of kiosk.core.settings has a row, in its group, with its stored value."""
    screen, shown = settings
    assert set(screen.rows) == {s.key for s in SETTINGS}
    shown.tap("settings-group-privacy")
    assert edit(shown, "retention_hours").text() == "48"
    assert edit(shown, "retention_hours").isVisible()
    shown.tap("settings-group-headquarters")
    token = edit(shown, "hq_token")
    assert token.echoMode() is QLineEdit.EchoMode.Password and token.text() == ""


def test_a_good_change_is_saved_and_a_bad_one_explained(
    qtbot: QtBot, settings: tuple[SettingsScreen, Frame], coordinator_desk: Desk
) -> None:
    """Retention 24 h is stored; 1000 h is refused, marked, and the reason names the field."""
    screen, shown = settings
    shown.tap("settings-group-privacy")
    field = edit(shown, "retention_hours")
    field.clear()
    qtbot.keyClicks(field, "24")
    with qtbot.waitSignal(screen.saved, timeout=1000) as saved:
        shown.tap("settings-save")
    assert saved.args == ["retention_hours"]
    assert coordinator_desk.settings.value("retention_hours") == 24
    field.clear()
    qtbot.keyClicks(field, "1000")
    shown.tap("settings-save")
    error = shown.find("setting-retention_hours-error")
    assert error.isVisible() and "720" in error.text() and "Hours before" in error.text()
    assert field.property("invalid") is True and field.text() == "1000"
    assert coordinator_desk.settings.value("retention_hours") == 24
    entries = coordinator_desk.access.audit_entries()[1:]  # [0]: the first-run set-up
    assert [e.details for e in entries] == [{"key": "retention_hours"}]


def test_a_choice_is_a_tap(settings: tuple[SettingsScreen, Frame], coordinator_desk: Desk) -> None:
    """The sheets' second language is NL or FR: one tap and Save."""
    _, shown = settings
    shown.tap("settings-group-sheets")
    shown.tap("setting-printed_info.official_language-fr")
    shown.tap("settings-save")
    assert coordinator_desk.settings.printed_info().official_language == "fr"


def test_changing_the_pin_needs_the_old_one(
    qtbot: QtBot, settings: tuple[SettingsScreen, Frame], coordinator_desk: Desk
) -> None:
    """A wrong current PIN changes nothing; the right one does."""
    screen, shown = settings
    shown.tap("settings-group-pin")
    for name, text in (("old", "135790"), ("new", "975310"), ("again", "975310")):
        qtbot.keyClicks(screen.pin_fields[name], text)
    shown.tap("settings-change-pin")
    assert "not right" in screen.pin_message.text()
    for name, text in (("old", PIN), ("new", "975310"), ("again", "975310")):
        qtbot.keyClicks(screen.pin_fields[name], text)
    shown.tap("settings-change-pin")
    assert "✓" in screen.pin_message.text()
    assert coordinator_desk.access.check_pin("975310")


def test_a_refusal_reads_in_french(
    qtbot: QtBot, settings: tuple[SettingsScreen, Frame], coordinator_desk: Desk,
    language: InterfaceLanguage, translations: Path,
) -> None:
    """In French, 10 s before coordinator mode locks is refused in French, with the limits;
    an easy new PIN too, under the PIN's French name."""
    install_translations(translations)
    language.switch("fr")
    screen, shown = settings
    shown.tap("settings-group-screens")
    field = edit(shown, "coordinator_idle_seconds")
    field.clear()
    qtbot.keyClicks(field, "10")
    shown.tap("settings-save")
    error = shown.find("setting-coordinator_idle_seconds-error")
    assert isinstance(error, QLabel)
    assert error.text() == ("⚠  Secondes avant le verrouillage du mode coordination\u00a0: "
                            "Doit être compris entre 60 et 1800.")
    assert coordinator_desk.settings.value("coordinator_idle_seconds") == 300

    shown.tap("settings-group-pin")
    for name, text in (("old", PIN), ("new", "111111"), ("again", "111111")):
        qtbot.keyClicks(screen.pin_fields[name], text)
    shown.tap("settings-change-pin")
    assert screen.pin_message.text().endswith(
        ": Trop facile à deviner (chiffres répétés ou qui se suivent).")
    assert coordinator_desk.access.check_pin(PIN)


def test_frequent_nationalities_are_pinned_by_picking_countries(
    qtbot: QtBot, settings: tuple[SettingsScreen, Frame], coordinator_desk: Desk
) -> None:
    """Tap Ukraine then Afghanistan in the list: they are pinned in that order, saved through
    the audited settings path, and the desk's frequent buttons follow; Automatic unpins."""
    from kiosk.ui.coordinator.nationality_pin import NationalityPinRow
    from kiosk.ui.nationality_screen import CODE_ROLE

    screen, shown = settings
    shown.tap("settings-group-languages")
    row = screen.rows["frequent_nationalities"]
    assert isinstance(row, NationalityPinRow) and row.list.isVisible()
    assert row.edit is not None and not row.edit.isVisible()  # nothing to type
    for code in ("UA", "AF"):
        qtbot.keyClicks(row.search, {"UA": "ukrai", "AF": "afghan"}[code])
        item = next(row.list.item(i) for i in range(row.list.count())
                    if row.list.item(i).data(CODE_ROLE) == code)
        row.list.scrollToItem(item)
        qtbot.mouseClick(row.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=row.list.visualItemRect(item).center())
        row.search.clear()
    assert row.pinned() == ["UA", "AF"]
    shown.tap("settings-save")
    assert coordinator_desk.settings.value("frequent_nationalities") == ["UA", "AF"]
    assert coordinator_desk.registrations.frequent_nationalities(8) == ["UA", "AF"]
    shown.tap("pin-nationalities-automatic")
    shown.tap("settings-save")
    assert coordinator_desk.settings.value("frequent_nationalities") == []
