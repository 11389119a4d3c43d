"""A pseudo-localised run: every string 40% longer, the layout mirrored, nothing clipped.

Each screen of a real window is shown at the reference size (1280×800) with the pseudo
translator installed and the application right-to-left; every visible label and button must
have room for its whole text (tests/ui/text_fit.py says how that is measured).
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE
from kiosk.ui.nationality_screen import CODE_ROLE
from tests.ui.conftest import Finger, open_window
from tests.ui.every_screen import show_every_screen
from tests.ui.pseudo_locale import PseudoTranslator, stretched
from tests.ui.text_fit import clipped_texts
from tests.ui.widest_date import desk_on, widest_date

SCREENSHOTS = os.environ.get("KIOSK_SCREENSHOTS")  # a folder: save the screens there


@pytest.fixture
def pseudo_locale(kiosk_app: QApplication, language: InterfaceLanguage) -> Iterator[None]:
    """The pseudo translator installed over the interface language, mirrored layout."""
    translator = PseudoTranslator()
    kiosk_app.installTranslator(translator)
    kiosk_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    kiosk_app.removeTranslator(translator)
    kiosk_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QCoreApplication.processEvents()


def test_stretched_strings_keep_their_placeholders() -> None:
    """The stretch is 40% and leaves %1 and %n for the code that fills them in."""
    text = stretched("Saved: %1 of %n")
    assert "%1" in text and "%n" in text
    assert len(text) >= 1.4 * len("Saved: %1 of %n")


def test_no_screen_clips_stretched_mirrored_text(
    qtbot: QtBot, data_dir: Path, language: InterfaceLanguage, pseudo_locale: None
) -> None:
    """Start, the registration steps, first run, soup counter and the coordinator screens,
    at 1280×800 with every string 40% longer and the layout mirrored, on the widest English
    date (the clock pinned): no text is cut off."""
    desk = desk_on(data_dir, widest_date("en"))
    window = open_window(qtbot, desk, language)
    assert window.size().toTuple() == REFERENCE_SIZE
    assert window.screens.start.title.text() == stretched("Welcome")
    clipped: list[str] = []
    for name, screen in show_every_screen(window, desk):
        if SCREENSHOTS:
            target = Path(SCREENSHOTS) / "pseudo"
            target.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(target / f"{name}.png"))
        clipped += [f"{name}: {what}" for what in clipped_texts(screen)]
        needed = screen.minimumSizeHint()
        if needed.width() > REFERENCE_SIZE[0] or needed.height() > REFERENCE_SIZE[1]:
            clipped.append(f"{name}: needs {needed.width()}×{needed.height()}")
    assert not clipped, "\n".join(clipped)
    assert window.size().toTuple() == REFERENCE_SIZE  # no screen pushed the window larger


def test_a_whole_registration_stretched_and_mirrored_clips_nothing(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage, pseudo_locale: None
) -> None:
    """The screens filled in, as a volunteer sees them during a registration of a family
    of four with needs and referrals, then a refused ticket at the soup counter: no text
    of the filled-in party, summary, number or verdict is cut off."""
    window = open_window(qtbot, desk, language)
    finger = Finger(qtbot, window)
    clipped: list[str] = []

    def look(name: str) -> None:
        QCoreApplication.processEvents()
        screen = window.stack.currentWidget()
        if SCREENSHOTS:
            target = Path(SCREENSHOTS) / "pseudo"
            target.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(target / f"{name}.png"))
        clipped.extend(f"{name}: {what}" for what in clipped_texts(screen))

    finger.tap("language-ar")
    finger.tap("count-unknown-26-59-remove")
    for age, sex in (("26-59", "female"), ("26-59", "male"), ("5-11", "female"), ("0-4", "male")):
        finger.tap(f"count-{sex}-{age}-add")
    look("party-filled")
    finger.tap("party-next")
    qtbot.keyClicks(window.screens.nationality.search, "SY")
    look("nationality-search")
    countries = window.screens.nationality.list
    syria = next(countries.item(row) for row in range(countries.count())
                 if countries.item(row).data(CODE_ROLE) == "SY")
    finger.tap_item(countries, syria)  # a tap on a nationality goes on by itself
    for name in ("flag-pregnant", "flag-needs-shelter", "referral-medical-point",
                 "referral-shelter"):
        finger.tap(name)
    look("needs-filled")
    finger.tap("needs-next")
    look("confirm-filled")
    finger.tap("register")
    look("done-filled")
    window.open_soup_counter(desk)
    soup = window.stack.currentWidget()
    ticket = soup.findChild(QLineEdit, "ticket-input")
    assert ticket is not None
    qtbot.keyClicks(ticket, "NOT-A-TICKET")
    qtbot.keyClick(ticket, Qt.Key.Key_Return)
    look("soup-counter-refused")
    assert not clipped, "\n".join(clipped)
