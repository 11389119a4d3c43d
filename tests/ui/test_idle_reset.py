"""Nobody touches the screen mid-registration: the answers leave the screen."""

from dataclasses import replace

from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from tests.ui.conftest import CALM, Finger, open_window


def test_idle_screen_returns_to_start_and_forgets_the_draft(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """With a short timeout the half-filled form clears by itself and nothing is stored."""
    window = open_window(qtbot, desk, language, replace(CALM, idle_ms=200))
    finger = Finger(qtbot, window)
    finger.tap("language-ps")
    finger.tap("count-female-26-59-add")
    finger.tap("party-next")
    finger.tap("frequent-AF")
    finger.tap("flag-medical-need")
    assert window.flow.idle.is_armed()

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens.start, timeout=5000)
    assert window.flow.draft is None
    assert not window.flow.idle.is_armed()
    assert not any(b.isChecked() for b in window.screens.start.language_buttons.values())
    assert window.screens.party.people() == []
    assert not any(b.isChecked() for b in window.screens.needs.flag_buttons.values())
    assert window.screens.confirm.values["people"].text() == ""
    assert desk.registrations.counts(desk.today()).parties == 0


def test_taps_keep_the_registration_alive(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """Each tap restarts the countdown: a volunteer at work is never interrupted."""
    window = open_window(qtbot, desk, language, replace(CALM, idle_ms=1000))
    finger = Finger(qtbot, window)
    finger.tap("language-ps")
    for _ in range(8):  # 8 × 200 ms: longer than the timeout, but never idle that long
        qtbot.wait(200)
        finger.tap("count-male-0-4-add")
    assert window.stack.currentWidget() is window.screens.party
    assert window.flow.draft is not None and len(window.flow.draft.people) == 9


def test_the_watch_sleeps_when_no_registration_is_open(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """On Start and on the number of the day nothing is filled in, so nothing is watched."""
    window = open_window(qtbot, desk, language, replace(CALM, idle_ms=100))
    finger = Finger(qtbot, window)
    assert not window.flow.idle.is_armed()
    for name in ("language-so", "party-next", "frequent-SY", "needs-next", "register"):
        finger.tap(name)
    assert not window.flow.idle.is_armed()
    qtbot.wait(300)
    assert window.stack.currentWidget() is window.screens.done
