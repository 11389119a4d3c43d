"""The volunteer's today panel on Start: live counts, and a fresh start at midnight."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.site import make_site
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from tests.fake_clock import FakeClock
from tests.ui.conftest import CALM, Finger, open_window

ONE_AMHARIC_ADULT = (
    "language-am", "party-next", "frequent-ER", "needs-next", "register", "next-arrival",
)


def figures(window: MainWindow) -> tuple[str, str, str]:
    today = window.screens.start.today
    return today.people.value.text(), today.parties.value.text(), today.kids.value.text()


def test_the_panel_counts_each_registration(window: MainWindow, finger: Finger) -> None:
    """Empty at first; after a family of three in Tigrinya, it shows 3 people, 1 party, 1 child."""
    today = window.screens.start.today
    assert figures(window) == ("0", "0", "0")
    assert today.nobody_yet.isVisible()

    finger.tap("language-ti")
    finger.tap("count-unknown-26-59-add")
    finger.tap("count-unknown-0-4-add")
    finger.tap("party-next")
    finger.tap("frequent-ER")
    finger.tap("needs-next")
    finger.tap("register")
    finger.tap("next-arrival")

    # Read once Done is painted: by the time Start shows again, the panel has them.
    finger.qtbot.waitUntil(lambda: figures(window) == ("3", "1", "1"), timeout=3000)
    assert not today.nobody_yet.isVisible()
    name = window.findChild(QLabel, "today-language-ti")
    count = window.findChild(QLabel, "today-language-ti-count")
    assert name is not None and count is not None
    assert name.isVisible() and name.text() == "Tigrinya"
    assert count.text() == "3"


class DonePaints(QObject):
    """Notes the today panel's figures, and whether Print again and Undo overlap, each time
    the Done screen is painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.seen: list[tuple[str, str, str]] = []
        self.overlaps: list[bool] = []
        window.screens.done.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append(figures(self.window))
            done = self.window.screens.done
            self.overlaps.append(
                done.print_button.geometry().intersects(done.undo_button.geometry())
            )
        return False


def test_the_number_is_painted_before_the_panel_counts_it(
    window: MainWindow, finger: Finger
) -> None:
    """Register paints Done (the party is on disk) before anything else runs: the panel's
    counts, read from the database, come after the number is on screen, not before it. That
    first paint is laid out already (Print again and Undo side by side, not overlapping)."""
    paints = DonePaints(window)
    for name in ONE_AMHARIC_ADULT[:5]:
        finger.tap(name)
    assert paints.seen[:1] == [("0", "0", "0")]  # painted within the tap, still uncounted
    assert paints.overlaps[:1] == [False]
    finger.qtbot.waitUntil(lambda: figures(window) == ("1", "1", "0"), timeout=3000)


def test_the_panel_starts_again_when_the_day_turns(
    qtbot: QtBot, data_dir: Path, language: InterfaceLanguage
) -> None:
    """At midnight in Brussels the panel goes back to zero by itself, without a tap."""
    now = [datetime(2025, 3, 4, 22, 30, tzinfo=UTC)]  # 23:30 in Brussels
    desk = Desk.open(database_path(data_dir), clock=lambda: now[0])
    try:
        desk.settings.set_up(make_site("brussels-test", "Startpunt Test"), "246810")
        window = open_window(qtbot, desk, language, replace(CALM, day_check_ms=50))
        finger = Finger(qtbot, window)
        for name in ONE_AMHARIC_ADULT:
            finger.tap(name)
        qtbot.waitUntil(lambda: figures(window) == ("1", "1", "0"), timeout=3000)

        now[0] += timedelta(hours=1)  # 00:30 the next day
        qtbot.waitUntil(lambda: figures(window) == ("0", "0", "0"), timeout=5000)
        assert window.screens.start.today.nobody_yet.isVisible()
    finally:
        desk.close()


def test_the_panel_says_when_the_clock_went_back(
    qtbot: QtBot, desk: Desk, clock: FakeClock, language: InterfaceLanguage
) -> None:
    """A power cut puts the computer's clock back: the panel says so in red and what to do,
    registering still works, and the warning goes once the clock is set right."""
    window = open_window(qtbot, desk, language, replace(CALM, day_check_ms=50))
    finger = Finger(qtbot, window)
    warning = window.screens.start.today.clock_warning
    assert not warning.isVisible()
    for name in ONE_AMHARIC_ADULT:
        finger.tap(name)
    right = clock.now
    clock.now = right - timedelta(hours=3)
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    assert "before the last registration" in warning.text()
    assert "Ask a coordinator to set the clock" in warning.text()

    for name in ONE_AMHARIC_ADULT:
        finger.tap(name)
    qtbot.waitUntil(lambda: figures(window)[1] == "2", timeout=3000)  # on the clock's day

    clock.now = datetime(2000, 1, 1, 0, 0, tzinfo=UTC)
    qtbot.waitUntil(lambda: "before this kiosk was set up" in warning.text(), timeout=5000)
    clock.now = right + timedelta(minutes=5)
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5000)
