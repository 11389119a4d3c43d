"""Cancel asks once, "Still there?" before the idle reset, review lines go back to their step,
and the kiosk window comes back when it is minimised."""

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import CALM, Finger, open_window


def test_cancel_after_two_taps_discards_at_once(window: MainWindow, finger: Finger) -> None:
    """Language and Next only: Cancel throws the little work away without a question."""
    finger.tap("language-prs")
    finger.tap("party-next")
    finger.tap("nationality-cancel")
    assert window.stack.currentWidget() is window.screens.start
    assert window.flow.draft is None
    assert not window.flow.ask_discard.isVisible()


def test_cancel_after_three_taps_asks_once(window: MainWindow, finger: Finger) -> None:
    """From three taps on, Cancel asks "Discard this registration?"; No keeps every answer,
    Yes discards."""
    finger.tap("language-prs")
    finger.tap("party-next")
    finger.tap("frequent-AF")
    finger.tap("needs-cancel")
    ask = window.flow.ask_discard
    assert ask.isVisible() and ask.question.text() == "Discard this registration?"
    assert ask.yes_button.height() >= 72 and ask.no_button.height() >= 72
    finger.tap("discard-no")
    assert not ask.isVisible()
    assert window.stack.currentWidget() is window.screens.needs
    assert window.flow.draft is not None and window.flow.draft.nationality == "AF"
    finger.tap("needs-cancel")
    finger.tap("discard-yes")
    assert window.stack.currentWidget() is window.screens.start
    assert window.flow.draft is None


def test_still_there_warns_then_continues_or_clears(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """Before the idle reset a countdown shows; any tap continues; at zero the draft goes."""
    window = open_window(qtbot, desk, language, replace(CALM, idle_ms=1600, idle_warning_ms=700))
    finger = Finger(qtbot, window)
    finger.tap("language-ps")
    finger.tap("count-male-26-59-add")
    still = window.flow.still_there
    assert not still.isVisible()
    qtbot.waitUntil(still.isVisible, timeout=3000)
    assert still.heading.text() == "Still there?"
    assert still.countdown.text() == "1"
    assert window.stack.currentWidget() is window.screens.party
    qtbot.mouseClick(still, Qt.MouseButton.LeftButton)  # a tap anywhere
    assert not still.isVisible()
    assert window.flow.draft is not None and len(window.flow.draft.people) == 2

    qtbot.waitUntil(still.isVisible, timeout=3000)
    finger.tap("still-there-continue")
    assert not still.isVisible() and window.flow.draft is not None

    qtbot.waitUntil(still.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens.start, timeout=3000)
    assert not still.isVisible()
    assert window.flow.draft is None


def test_review_lines_go_back_to_their_step(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """On the review, tapping Nationality goes to that step; Next comes back through Needs
    and the changed party is stored. People goes to the party step."""
    finger.tap("language-ti")
    finger.tap("party-next")
    finger.tap("frequent-SY")
    finger.tap("needs-next")
    finger.tap("confirm-edit-nationality")
    assert window.stack.currentWidget() is window.screens.nationality
    finger.tap("frequent-AF")
    assert window.stack.currentWidget() is window.screens.needs
    finger.tap("needs-next")
    assert window.screens.confirm.values["nationality"].text() == "Afghanistan"
    finger.tap("confirm-edit-people")
    assert window.stack.currentWidget() is window.screens.party
    finger.tap("count-male-26-59-add")
    finger.tap("party-next")
    finger.tap("nationality-next")
    finger.tap("needs-next")
    finger.tap("confirm-edit-flags")
    assert window.stack.currentWidget() is window.screens.needs
    finger.tap("needs-next")
    finger.tap("register")
    counts = desk.registrations.counts(desk.today())
    assert counts.by_nationality == {"AF": 2}


def test_a_minimised_kiosk_comes_back(qtbot: QtBot, desk: Desk, language: InterfaceLanguage
                                      ) -> None:
    """No minimise button, and a window manager's iconify is undone at once."""
    window = open_window(qtbot, desk, language)
    assert not window.windowFlags() & Qt.WindowType.WindowMinimizeButtonHint
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=2000)
    assert window.isVisible()
