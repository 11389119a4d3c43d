"""What the arrival reads on screen is in the arrival's own language, in its own direction."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from kiosk.core.languages import LANGUAGES, Language
from kiosk.documents.fonts import families_for
from kiosk.documents.texts import sheet_texts
from kiosk.store.desk import Desk
from kiosk.ui.invitation import INTERVAL_MS
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import Finger

SCREENSHOTS = os.environ.get("KIOSK_SCREENSHOTS")  # a folder: save the Done screens there


def register_one(finger: Finger, desk: Desk, language: str) -> None:
    finger.tap(f"language-{language}")
    finger.tap("party-next")
    finger.tap(f"frequent-{desk.registrations.frequent_nationalities(8)[0]}")
    finger.tap("needs-next")
    finger.tap("register")


@pytest.mark.parametrize("code", ["ar", "ur", "ti", "ka", "en"])
def test_done_says_your_number_in_the_arrivals_language(
    window: MainWindow, finger: Finger, desk: Desk, code: str
) -> None:
    """Done shows "your number is" above the number and "wait to be called" below it, in the
    language the arrival chose, with its shipped font (Urdu: Nastaliq, as on the sheet) and
    reading direction; the volunteer's heading stays."""
    register_one(finger, desk, code)
    done = window.screens.done
    texts = sheet_texts(code).screen
    assert window.stack.currentWidget() is done
    assert done.heading.text() == "Number of the day"
    assert done.your_number.text() == texts["your_number"]
    assert done.wait_called.text() == texts["wait_called"]
    language = next(found for found in LANGUAGES if found.code == code)
    expected = Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
    for label in (done.your_number, done.wait_called):
        assert label.layoutDirection() == expected
        assert label.font().families()[0] == families_for(language.script, code)[0]
        assert label.isVisible()
    if SCREENSHOTS:
        QCoreApplication.processEvents()  # the layout the screen paints with, not before it
        window.grab().save(str(Path(SCREENSHOTS) / f"done-{code}.png"))


def test_the_arrivals_lines_go_when_the_next_arrival_comes(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """Next arrival clears the previous arrival's lines with the number."""
    register_one(finger, desk, "ar")
    finger.tap("next-arrival")
    done = window.screens.done
    assert (done.your_number.text(), done.wait_called.text(), done.number.text()) == ("", "", "")


def test_every_language_has_its_screen_texts() -> None:
    """All 16 sheet languages carry every text an arrival reads on screen."""
    keys = {"choose_language", "your_number", "wait_called", "ticket_accepted", "ticket_refused"}
    for language in LANGUAGES:
        screen = sheet_texts(language.code).screen
        assert {key for key in keys if screen.get(key, "").strip()} == keys, language.code


@pytest.mark.parametrize("spoken", LANGUAGES, ids=lambda spoken: spoken.code)
def test_start_invites_in_every_language(window: MainWindow, spoken: Language) -> None:
    """ "Choose your language" above the tiles is said in each of the 16 languages in turn,
    in that script's shipped font and reading direction."""
    invitation = window.screens.start.invitation
    invitation.show_language(spoken.code)
    assert invitation.text() == sheet_texts(spoken.code).screen["choose_language"]
    assert invitation.accessibleName() == invitation.text()
    assert invitation.font().families()[0] == families_for(spoken.script)[0]
    expected = Qt.LayoutDirection.RightToLeft if spoken.rtl else Qt.LayoutDirection.LeftToRight
    assert invitation.layoutDirection() == expected


def test_the_invitation_turns_only_while_start_is_shown(
    window: MainWindow, finger: Finger, qtbot: QtBot
) -> None:
    """It moves on to the next language by itself on Start, and keeps still (no timer) while
    the volunteer is on another screen; its height never changes as the scripts turn."""
    invitation = window.screens.start.invitation
    assert invitation.turning()
    height = invitation.height()
    first = invitation.text()
    qtbot.waitUntil(lambda: invitation.text() != first, timeout=INTERVAL_MS * 2)
    assert invitation.height() == height
    for _ in range(len(LANGUAGES)):
        invitation.turn()
        assert invitation.height() == height
    finger.tap("language-ar")
    assert not invitation.turning()
