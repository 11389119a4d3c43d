"""Screens depend only on the fonts the kiosk ships: no glyph falls back to a host font.

The check (tests/ui/drawn_glyphs.py) lays every visible text out the way Qt draws it and
asks which font each glyph came from; it must be one of the text's declared families, shipped
in resources/fonts, whose cmap has the character.
"""


import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.core.site import VOLUNTEER_LANGUAGES
from kiosk.store.desk import Desk
from kiosk.ui.buttons import CHECK_MARK
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.fonts import kiosk_font
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.nationality_screen import CODE_ROLE
from tests.ui.conftest import Finger, open_window
from tests.ui.drawn_glyphs import drawn_families, foreign_glyphs, shipped_cmaps, visible_texts
from tests.ui.every_screen import show_every_screen

MARKS = "✓⚠✕✗⌫●○⟳−"  # every symbol a screen puts before or inside a text


def report(found: list[object]) -> str:
    return "\n".join(sorted({str(f) for f in found}))


def test_the_check_sees_a_host_font(kiosk_app: QApplication) -> None:
    """The check itself: a font that declares only Noto Sans (so Qt must fall back to the
    host for ✓) is caught, naming the host font; the kiosk's own font draws ✓ from a shipped
    family."""
    only_latin = QFont()
    only_latin.setFamilies(["Noto Sans"])
    found = foreign_glyphs([(f"{CHECK_MARK} Register", only_latin, "probe")])
    assert [f.character for f in found] == [CHECK_MARK]
    assert found[0].font != "Noto Sans"
    assert foreign_glyphs([(f"{CHECK_MARK} Register", kiosk_font(), "probe")]) == []


def test_every_mark_is_in_a_shipped_font_the_kiosk_font_declares(kiosk_app: QApplication) -> None:
    """Each symbol the screens use is drawn from a shipped symbol font that is in the
    kiosk's font list (not merely found by Qt's fallback among the loaded fonts)."""
    font = kiosk_font()
    drawn = {character: family for character, family, _ in drawn_families(MARKS, font)}
    assert set(drawn.values()) <= set(font.families())
    assert all(ord(c) in shipped_cmaps()[drawn[c]] for c in MARKS), drawn


@pytest.mark.parametrize("code", VOLUNTEER_LANGUAGES)
def test_every_screen_draws_only_shipped_glyphs(
    qtbot: QtBot, desk: Desk, shipped_language: InterfaceLanguage, code: str
) -> None:
    """Registration steps, first run, soup counter and every coordinator screen, in each
    volunteer language: every character of every visible text comes from a shipped font."""
    shipped_language.switch(code)
    window = open_window(qtbot, desk, shipped_language)
    found = []
    for name, screen in show_every_screen(window, desk):
        found += [f"{name}: {f}" for f in foreign_glyphs(visible_texts(screen))]
    assert not found, report(found)


def test_filled_in_screens_and_their_marks_draw_only_shipped_glyphs(
    qtbot: QtBot, desk: Desk, shipped_language: InterfaceLanguage
) -> None:
    """The marks that only show once something happened: chosen toggles (✓), a refused
    ticket (✗), a closed day (✓), a setting refused (⚠)."""
    shipped_language.switch("en")
    window = open_window(qtbot, desk, shipped_language)
    finger = Finger(qtbot, window)
    found: list[str] = []

    def look(name: str) -> None:
        QCoreApplication.processEvents()
        screen = window.stack.currentWidget()
        found.extend(f"{name}: {f}" for f in foreign_glyphs(visible_texts(screen)))

    finger.tap("language-ar")
    finger.tap("count-female-26-59-add")
    look("party-filled")
    finger.tap("party-next")
    qtbot.keyClicks(window.screens.nationality.search, "SY")
    look("nationality-search")
    countries = window.screens.nationality.list
    syria = next(countries.item(row) for row in range(countries.count())
                 if countries.item(row).data(CODE_ROLE) == "SY")
    finger.tap_item(countries, syria)
    for name in ("flag-pregnant", "referral-medical-point"):
        finger.tap(name)
    look("needs-filled")
    finger.tap("needs-next")
    look("confirm-filled")
    finger.tap("register")
    look("done-filled")

    window.open_soup_counter(desk)
    ticket = window.stack.currentWidget().findChild(QLineEdit, "ticket-input")
    assert ticket is not None
    qtbot.keyClicks(ticket, "NOT-A-TICKET")
    qtbot.keyClick(ticket, Qt.Key.Key_Return)
    look("soup-counter-refused")

    window.open_coordinator(desk)
    coordinator = window.findChild(CoordinatorMode)
    assert coordinator is not None
    coordinator.setCurrentWidget(coordinator.dashboard)
    finger.tap("dashboard-close-day")
    finger.tap("close-day-yes")
    QCoreApplication.processEvents()
    qtbot.waitUntil(  # a worker: closing backs the day up (encrypted) and purges
        lambda: coordinator.dashboard.status.text().startswith("✓"), timeout=20_000
    )
    found.extend(f"dashboard-closed: {f}" for f in
                 foreign_glyphs(visible_texts(coordinator.dashboard)))
    coordinator.setCurrentWidget(coordinator.settings)
    row = next(iter(coordinator.settings.rows.values()))
    row.show_error("not a number")
    QCoreApplication.processEvents()
    found.extend(f"settings-error: {f}" for f in
                 foreign_glyphs(visible_texts(coordinator.settings)))
    assert not found, report(found)


def test_the_symbol_fonts_hold_exactly_the_marks(kiosk_app: QApplication) -> None:
    """The symbol fonts are cut down to the marks the screens use (tools/prepare_fonts.py),
    and each mark is in one of them."""
    symbols = {family: codes for family, codes in shipped_cmaps().items()
               if family in ("Noto Sans Symbols2", "Noto Sans Math")}
    assert set(symbols) == {"Noto Sans Symbols2", "Noto Sans Math"}
    assert set().union(*symbols.values()) == {ord(c) for c in MARKS}
