"""The desk's one application-wide event filter: taps, drags and keys, nothing else.

An application event filter is given every event of every object (paints, layout requests,
timers, show and hide: about 300 for one tap through the screens), and each call into Python
costs microseconds, more under load. So the desk has one, installed only while somebody
watches, and it drops everything that is not user input before any other work: first a class
check (`QInputEvent`, done in C), then the event's type as an int in a set (`QEvent.type()`
builds a Python enum, the slow part, so only input events pay for it).

The tap guard, the idle reset, the coordinator's auto-lock and the scan catcher each hand it a
watcher for the event types they need (`watch`/`unwatch`, one watcher per owner; an owner
that is destroyed is forgotten, as Qt forgets a destroyed event filter). Watchers are asked
in the order of their `Turn`: the tap guard first (a tap it swallows reaches nobody), then
the activity watchers (they never swallow), then the scan catcher (it keeps a scanner's keys
from the widget below). In each turn, the watcher added last is asked first.
"""

from collections.abc import Callable, Iterable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QInputEvent

Watcher = Callable[[QObject, QEvent], bool]  # True: the event is taken (swallowed)


class Turn(IntEnum):
    GUARD = 0
    ACTIVITY = 1
    KEYS = 2


def event_types(types: Iterable[QEvent.Type]) -> frozenset[int]:
    """Event types as plain ints (an enum member hashes by its name, not by its value)."""
    return frozenset(int(each) for each in types)


class InputWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._watchers: list[tuple[Turn, frozenset[int], Watcher, int]] = []
        self._hooked: set[int] = set()  # owners whose `destroyed` unwatches them
        self._wanted: frozenset[int] = frozenset()
        self._app: QCoreApplication | None = None
        self.calls = 0  # input events looked at (for tests and the bench)

    def watch(self, owner: QObject, watcher: Watcher, types: frozenset[int], turn: Turn) -> None:
        """`owner`'s watcher (instead of any it had) is asked from now on, first in its turn."""
        key = id(owner)
        self._forget(key)
        if key not in self._hooked:
            self._hooked.add(key)
            owner.destroyed.connect(lambda *_args: self._destroyed(key))
        at = next(
            (i for i, entry in enumerate(self._watchers) if entry[0] >= turn),
            len(self._watchers),
        )
        self._watchers.insert(at, (turn, types, watcher, key))
        self._changed()

    def unwatch(self, owner: QObject) -> None:
        self._forget(id(owner))

    def _destroyed(self, key: int) -> None:
        self._hooked.discard(key)
        try:
            self._forget(key)
        except RuntimeError:  # the process is ending: the watch's C++ side went first
            self._app = None

    def _forget(self, key: int) -> None:
        kept = [entry for entry in self._watchers if entry[3] != key]
        if len(kept) != len(self._watchers):
            self._watchers = kept
            self._changed()

    def watchers(self) -> int:
        return len(self._watchers)

    def is_installed(self) -> bool:
        return self._app is not None

    def _changed(self) -> None:
        self._wanted = frozenset().union(*(entry[1] for entry in self._watchers))
        app = QCoreApplication.instance()
        if self._watchers and self._app is None and app is not None:
            app.installEventFilter(self)
            self._app = app
        elif not self._watchers and self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QInputEvent):
            return False
        kind = int(event.type())
        if kind not in self._wanted:
            return False
        self.calls += 1
        for _turn, types, watcher, _key in tuple(self._watchers):  # a watcher may unwatch
            if kind in types and watcher(watched, event):
                return True
        return False


_watch: InputWatch | None = None


def input_watch() -> InputWatch:
    """The one watch of this process (installed on the application while it has watchers)."""
    global _watch
    if _watch is None:
        _watch = InputWatch()
    return _watch
