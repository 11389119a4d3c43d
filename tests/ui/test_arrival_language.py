"""What the arrival reads on screen is in the arrival's own language, in its own direction."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.core.languages import LANGUAGES
from kiosk.documents.fonts import families_for
from kiosk.documents.texts import sheet_texts
from kiosk.store.desk import Desk
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import Finger

SCREENSHOTS = os.environ.get("KIOSK_SCREENSHOTS")  # a folder: save the Done screens there


def register_one(finger: Finger, desk: Desk, language: str) -> None:
    finger.tap(f"language-{language}")
    finger.tap("party-next")
    finger.tap(f"frequent-{desk.frequent_nationalities(8)[0]}")
    finger.tap("needs-next")
    finger.tap("register")


@pytest.mark.parametrize("code", ["ar", "ti", "ka", "en"])
def test_done_says_your_number_in_the_arrivals_language(
    window: MainWindow, finger: Finger, desk: Desk, code: str
) -> None:
    """Done shows "your number is" above the number and "wait to be called" below it, in the
    language the arrival chose, with that script's shipped font and reading direction; the
    volunteer's heading stays."""
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
        assert label.font().families()[0] == families_for(language.script)[0]
        assert label.isVisible()
    if SCREENSHOTS:
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
