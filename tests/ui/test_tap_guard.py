"""Taps that cannot fall through: a double tap never acts on the screen that comes next.

The taps here go to the window at the real position of a button (as a touchscreen's do), not
to the button object, so the second tap of a double tap lands on whatever the new screen has
in that place.
"""

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.codes import Flag
from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from kiosk.ui.registration_flow import Timings
from tests.ui.conftest import CALM, open_window

REAL = replace(CALM, tap_guard_ms=Timings().tap_guard_ms, choice_ms=Timings().choice_ms)
PAST_GUARD_MS = Timings().tap_guard_ms + 80


def where(window: MainWindow, name: str) -> QRect:
    """The widget's rectangle in the window's coordinates."""
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget.rect().translated(widget.mapTo(window, QPoint(0, 0)))


def tap_at(window: MainWindow, name: str) -> None:
    handle = window.windowHandle()
    assert handle is not None
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, pos=where(window, name).center())


def double_tap_at(window: MainWindow, name: str) -> None:
    handle = window.windowHandle()
    assert handle is not None
    QTest.mouseDClick(handle, Qt.MouseButton.LeftButton, pos=where(window, name).center())


def step(qtbot: QtBot, window: MainWindow, name: str, then: QWidget) -> None:
    """One tap at a button's place; wait for the next screen and for the guard to drop (the
    window's first screen raised it too)."""
    qtbot.wait(PAST_GUARD_MS)
    tap_at(window, name)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is then, timeout=3000)
    qtbot.wait(PAST_GUARD_MS)


def to_needs(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    screens = window.screens
    step(qtbot, window, "language-ti", screens.party)
    step(qtbot, window, "party-next", screens.nationality)
    frequent = desk.registrations.frequent_nationalities(8)[0]
    step(qtbot, window, f"frequent-{frequent}", screens.needs)


def test_a_double_tap_on_next_of_needs_does_not_register(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """Needs → Next tapped twice shows the review and stores nothing; Register after 400 ms
    does store the party."""
    window = open_window(qtbot, desk, language, REAL)
    to_needs(qtbot, window, desk)
    double_tap_at(window, "needs-next")
    qtbot.wait(50)
    assert window.stack.currentWidget() is window.screens.confirm
    assert desk.registrations.counts(desk.today()).parties == 0
    assert window.flow.tap_guard.swallowed > 0

    qtbot.wait(PAST_GUARD_MS)
    tap_at(window, "register")
    assert window.stack.currentWidget() is window.screens.done
    assert desk.registrations.counts(desk.today()).parties == 1


@pytest.mark.parametrize("choice_ms", [0, Timings().choice_ms])
def test_a_double_tap_on_a_frequent_nationality_ticks_nothing_on_needs(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage, choice_ms: int
) -> None:
    """The second tap on a nationality never ticks "Unaccompanied minor" (or anything) on
    Needs, with or without the moment the choice shows; a tap after 400 ms does tick it."""
    window = open_window(qtbot, desk, language, replace(REAL, choice_ms=choice_ms))
    screens = window.screens
    step(qtbot, window, "language-ti", screens.party)
    step(qtbot, window, "party-next", screens.nationality)
    frequent = screens.nationality.frequent_buttons[0].objectName()
    double_tap_at(window, frequent)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screens.needs, timeout=3000)
    qtbot.wait(50)
    assert not any(b.isChecked() for b in screens.needs.flag_buttons.values())
    assert not any(b.isChecked() for b in screens.needs.referral_buttons.values())
    assert window.flow.draft is not None and window.flow.draft.flags == set()

    qtbot.wait(PAST_GUARD_MS)
    tap_at(window, "flag-unaccompanied-minor")
    assert screens.needs.flag_buttons[Flag.UNACCOMPANIED_MINOR].isChecked()
    assert window.flow.draft.flags == {Flag.UNACCOMPANIED_MINOR}


def test_without_the_guard_the_second_tap_would_land(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """The control: with the guard off, the same double tap does act on the next screen
    (so the tests above prove the guard, not a quirk of the test's taps)."""
    window = open_window(qtbot, desk, language)  # CALM: no guard, no pause
    screens = window.screens
    tap_at(window, "language-ti")
    tap_at(window, "party-next")
    frequent = screens.nationality.frequent_buttons[0].objectName()
    spot = where(window, frequent).center()
    double_tap_at(window, frequent)
    qtbot.wait(50)
    assert window.stack.currentWidget() is screens.needs
    hit = [
        b
        for b in screens.needs.flag_buttons.values()
        if b.rect().translated(b.mapTo(window, QPoint(0, 0))).contains(spot)
    ]
    assert hit and hit[0].isChecked()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_register_never_sits_where_next_was(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage, size: tuple[int, int]
) -> None:
    """At 1280×800 and 1024×768 Register does not overlap the Needs screen's Next, and the
    discard question's Yes does not overlap Cancel."""
    window = open_window(qtbot, desk, language)
    window.resize(*size)
    finger_names = ("language-ti", "party-next", "frequent-SY", "flag-needs-shelter")
    for name in finger_names:
        tap_at(window, name)
    qtbot.wait(20)
    next_rect = where(window, "needs-next")
    cancel_rect = where(window, "needs-cancel")
    tap_at(window, "needs-next")
    qtbot.wait(20)
    assert window.stack.currentWidget() is window.screens.confirm
    register = where(window, "register")
    assert window.rect().contains(register)
    assert not register.intersects(next_rect)
    tap_at(window, "confirm-cancel")  # 5 taps in this draft: it asks
    yes = where(window, "discard-yes")
    shown = window.findChild(QWidget, "discard-yes")
    assert shown is not None and shown.isVisible()
    assert not yes.intersects(cancel_rect) and not yes.intersects(where(window, "confirm-cancel"))
    assert not yes.intersects(next_rect)


class CheckedPaints(QObject):
    """Watches a button: how often it was painted checked, and whether that had happened
    by the time the window's screen changed."""

    def __init__(self, button: QAbstractButton, window: MainWindow) -> None:
        super().__init__(button)
        self.painted_checked = 0
        self.before_next_screen: bool | None = None
        self._button = button
        button.installEventFilter(self)
        window.stack.currentChanged.connect(self._screen_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._button.isChecked():
            self.painted_checked += 1
        return False

    def _screen_changed(self) -> None:
        if self.before_next_screen is None:
            self.before_next_screen = self.painted_checked > 0


def test_a_chosen_nationality_shows_before_the_next_screen(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """Tapping a language or a frequent nationality paints it ✓ first; the next screen
    comes about 150 ms later. (The order of what happened is checked, not the time: on a
    loaded machine the 150 ms may have passed before the tap returns.)"""
    window = open_window(qtbot, desk, language, replace(REAL, tap_guard_ms=0))
    screens = window.screens
    language_watch = CheckedPaints(screens.start.language_buttons["ti"], window)
    tap_at(window, "language-ti")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screens.party, timeout=2000)
    assert language_watch.before_next_screen is True
    tap_at(window, "party-next")
    button = screens.nationality.frequent_buttons[1]
    watch = CheckedPaints(button, window)
    tap_at(window, button.objectName())
    assert button.isChecked() and button.text().startswith("✓")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screens.needs, timeout=2000)
    assert watch.before_next_screen is True
    assert window.flow.draft is not None
    assert f"frequent-{window.flow.draft.nationality}" == button.objectName()
