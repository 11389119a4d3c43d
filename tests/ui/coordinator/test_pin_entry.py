"""Tapping the PIN pad: wrong PINs say how many tries are left, then the keypad waits with a
countdown, ten lock for 30 minutes; the right PIN opens coordinator mode, which locks itself
after five minutes without a tap (fake clock)."""

import pytest
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.coordinator.pin_screen import PinScreen
from tests.fake_clock import PIN, FakeClock
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
WRONG = "135790"


@pytest.fixture
def pin_screen(qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk,
               clock: FakeClock) -> tuple[PinScreen, Frame]:
    screen = PinScreen(coordinator_desk.access.login, coordinator_desk.access.pin_state,
                       coordinator_desk.local_now)
    return screen, frame(qtbot, screen)


def test_the_right_pin_opens(qtbot: QtBot, pin_screen: tuple[PinScreen, Frame]) -> None:
    """Six taps and OK: the dots fill, and `unlocked` is emitted."""
    screen, finger = pin_screen
    for digit in PIN[:3]:
        finger.tap(f"pin-key-{digit}")
    assert screen.dots.text() == "●●●○○○"
    finger.tap("pin-key-delete")
    assert screen.dots.text() == "●●○○○○"
    finger.tap(f"pin-key-{PIN[2]}")
    with qtbot.waitSignal(screen.unlocked, timeout=2000):
        for digit in PIN[3:]:
            finger.tap(f"pin-key-{digit}")
        finger.tap("pin-key-ok")


def test_a_short_pin_is_not_tried(pin_screen: tuple[PinScreen, Frame],
                                  coordinator_desk: Desk) -> None:
    """Fewer than 6 digits: a message, and no wrong try is counted."""
    screen, finger = pin_screen
    finger.type_pin("123")
    assert "at least 6 digits" in screen.message.text()
    assert coordinator_desk.access.pin_state().failures == 0


def test_wrong_pins_then_a_wait_then_a_lock(
    pin_screen: tuple[PinScreen, Frame], clock: FakeClock
) -> None:
    """Tries left are counted down; the fifth wrong PIN turns the keypad off for 30 s with a
    countdown; the tenth locks coordinator mode and says until when."""
    screen, finger = pin_screen
    finger.type_pin(WRONG)
    assert "Tries left before a wait: 4" in screen.message.text()
    for _ in range(4):
        finger.type_pin(WRONG)
    assert "Wait 30 s" in screen.message.text()
    assert not screen.keys["5"].isEnabled() and not screen.keys["OK"].isEnabled()
    clock.advance(seconds=12)
    screen.refresh()
    assert "Wait 18 s" in screen.message.text()
    clock.advance(seconds=18)
    screen.refresh()
    assert screen.keys["5"].isEnabled()
    for wait in (60, 120, 240, 480):
        finger.type_pin(WRONG)
        assert screen.waiting_seconds() == wait
        clock.advance(seconds=wait)
        screen.refresh()
    finger.type_pin(WRONG)
    assert "locked for 30 minutes, until 09:" in screen.message.text()
    assert "kiosk reset-pin" in screen.message.text()
    assert not screen.keys["OK"].isEnabled()


def test_the_lockout_shows_when_the_screen_opens_again(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, clock: FakeClock
) -> None:
    """A new PIN screen (after a restart) shows the wait the desk remembers."""
    for _ in range(5):
        coordinator_desk.access.login(WRONG)
    screen = PinScreen(coordinator_desk.access.login,
                       coordinator_desk.access.pin_state, coordinator_desk.local_now)
    shown = frame(qtbot, screen)
    assert not screen.keys["1"].isEnabled() and "Wait 30 s" in screen.message.text()
    assert shown.find("pin-message").isVisible()


def test_coordinator_mode_locks_itself_after_five_idle_minutes(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, clock: FakeClock
) -> None:
    """A tap restarts the five minutes; five minutes without one lock and emit `closed`."""
    mode = CoordinatorMode(coordinator_desk, folders=lambda: [])
    finger = frame(qtbot, mode)
    mode.open()
    finger.type_pin(PIN)
    assert mode.currentWidget() is mode.dashboard and mode.is_unlocked()
    clock.advance(minutes=4, seconds=50)
    mode.check_idle()
    finger.tap("breakdowns-30-days")  # a tap: the five minutes start again
    clock.advance(minutes=4, seconds=59)
    mode.check_idle()
    assert mode.is_unlocked()
    clock.advance(seconds=1)
    with qtbot.waitSignal(mode.closed, timeout=1000):
        mode.check_idle()
    assert not mode.is_unlocked() and mode.currentWidget() is mode.pin


def test_lock_and_back_leave_coordinator_mode(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, clock: FakeClock
) -> None:
    """The Lock button and Back on the PIN pad both hand the screen back to the volunteers."""
    mode = CoordinatorMode(coordinator_desk, folders=lambda: [])
    finger = frame(qtbot, mode)
    mode.open()
    with qtbot.waitSignal(mode.closed, timeout=1000):
        finger.tap("pin-back")
    mode.open()
    finger.type_pin(PIN)
    with qtbot.waitSignal(mode.closed, timeout=1000):
        finger.tap("dashboard-lock")
    after_set_up = coordinator_desk.access.audit_entries()[1:]  # [0]: the first-run set-up
    assert [e.action for e in after_set_up] == ["login"]


def test_a_kiosk_without_a_pin_says_how_to_set_one(
    qtbot: QtBot, frame: type[Frame], data_dir: object, clock: FakeClock
) -> None:
    """Set up from the command line without --pin: the pad says to run kiosk reset-pin."""
    from pathlib import Path

    from kiosk.core.site import make_site
    from kiosk.paths import database_path

    assert isinstance(data_dir, Path)
    desk = Desk.open(database_path(data_dir), clock=clock)
    desk.settings.set_up(make_site("brussels-test", "Startpunt Test"))
    try:
        screen = PinScreen(desk.access.login, desk.access.pin_state, desk.local_now)
        finger = frame(qtbot, screen)
        finger.type_pin(PIN)
        assert "kiosk reset-pin" in screen.message.text()
    finally:
        desk.close()
