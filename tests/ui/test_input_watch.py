"""The desk's one application-wide event filter: only input reaches Python's watchers."""

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.ui.input_watch import Turn, event_types, input_watch
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import Finger

PRESS = event_types((QEvent.Type.MouseButtonPress,))
KEYS = event_types((QEvent.Type.KeyPress,))


class Owner(QObject):
    """A watcher's owner that notes what it was shown."""

    def __init__(self, name: str, seen: list[str], swallow: bool = False) -> None:
        super().__init__()
        self.name = name
        self.seen = seen
        self.swallow = swallow

    def look(self, _watched: QObject, event: QEvent) -> bool:
        self.seen.append(f"{self.name}:{int(event.type())}")
        return self.swallow


def press(widget: QLineEdit) -> None:
    """A mouse press sent to the widget the way Qt sends one."""
    event = QMouseEvent(
        QEvent.Type.MouseButtonPress, QPointF(2, 2), QPointF(widget.mapToGlobal(QPoint(2, 2))),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_only_the_watched_input_reaches_a_watcher(qtbot: QtBot) -> None:
    """Paints, resizes and shows never reach Python; a key press reaches the key watcher."""
    field = QLineEdit()
    qtbot.addWidget(field)
    seen: list[str] = []
    keys = Owner("keys", seen)
    input_watch().watch(keys, keys.look, KEYS, Turn.KEYS)
    try:
        field.show()
        qtbot.waitExposed(field)
        field.resize(300, 60)
        field.repaint()
        assert seen == []
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert seen and set(seen) == {f"keys:{int(QEvent.Type.KeyPress)}"}
        assert field.text() == "a"
    finally:
        input_watch().unwatch(keys)


def test_the_guard_turn_comes_first_and_a_swallowed_tap_reaches_nobody(qtbot: QtBot) -> None:
    """A tap taken by the guard is seen by no activity watcher (nor by the widget)."""
    field = QLineEdit()
    qtbot.addWidget(field)
    seen: list[str] = []
    activity, guard = Owner("activity", seen), Owner("guard", seen, swallow=True)
    watch = input_watch()
    watch.watch(activity, activity.look, PRESS, Turn.ACTIVITY)  # added first, asked later
    watch.watch(guard, guard.look, PRESS, Turn.GUARD)
    try:
        press(field)
        assert seen == [f"guard:{int(QEvent.Type.MouseButtonPress)}"]
        watch.unwatch(guard)
        seen.clear()
        press(field)
        assert seen[0] == f"activity:{int(QEvent.Type.MouseButtonPress)}"
    finally:
        watch.unwatch(activity)
        watch.unwatch(guard)


def test_installed_only_while_watched_and_a_destroyed_owner_is_forgotten(qtbot: QtBot) -> None:
    """No watcher, no filter: an owner deleted without unwatching leaves nothing behind."""
    watch = input_watch()
    before = watch.watchers()
    owner = Owner("gone", [])
    watch.watch(owner, owner.look, PRESS, Turn.ACTIVITY)
    watch.watch(owner, owner.look, PRESS, Turn.ACTIVITY)  # again: still one
    assert watch.watchers() == before + 1
    assert watch.is_installed()
    owner.deleteLater()
    qtbot.waitUntil(lambda: watch.watchers() == before)
    if before == 0:
        assert not watch.is_installed()


def test_a_tap_through_the_screens_costs_the_watch_a_few_calls(
    qtbot: QtBot, window: MainWindow, finger: Finger
) -> None:
    """Only the tap's own press and release get past the class and type check (the two
    filters it replaces were called about 300 times per tap, for paints and layouts too)."""
    watch = input_watch()
    finger.tap("language-ps")
    qtbot.wait(20)
    before = watch.calls
    finger.tap("count-female-26-59-add")
    finger.tap("party-next")
    qtbot.wait(20)
    assert 2 <= watch.calls - before <= 2 * 2
