"""Nobody touched the screen for a while during a registration: warn, then clear it.

So that no arrival's answers stay on screen for the next person in the queue. While
armed, the desk's input watch (kiosk.ui.input_watch) restarts a single-shot timer on every
tap, drag or key. When it runs out, `warning` says how many seconds are left (the "Still there?"
card) and `countdown` counts them down; any activity then emits `resumed` and the watch
starts again. At zero, `timed_out` is emitted.
"""

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent

from kiosk.ui.input_watch import Turn, event_types, input_watch

ACTIVITY = event_types(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)
_MOVE = int(QEvent.Type.MouseMove)
WARNING_MS = 15_000
TICK_MS = 250


def is_resting_pointer(event: QEvent) -> bool:
    """A mouse moving without a button held: no activity (a finger on a touchscreen drags)."""
    return (
        int(event.type()) == _MOVE
        and isinstance(event, QMouseEvent)
        and event.buttons() == Qt.MouseButton.NoButton
    )


class IdleReset(QObject):
    warning = Signal(int)  # seconds left before the draft is cleared
    countdown = Signal(int)  # seconds left, while the warning shows
    resumed = Signal()  # somebody tapped during the warning
    timed_out = Signal()

    def __init__(
        self, timeout_ms: int, parent: QObject | None = None, warning_ms: int = WARNING_MS
    ) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._warning_ms = warning_ms
        self._quiet = QTimer(self)  # until the warning
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._warn)
        self._last = QTimer(self)  # the warning's countdown
        self._last.setSingleShot(True)
        self._last.timeout.connect(self._expire)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._count)
        self._armed = False
        self._shown = -1
        self._set_intervals()

    def _set_intervals(self) -> None:
        # The warning takes at most half the time, so a short timeout still leaves quiet.
        warning = max(0, min(self._warning_ms, self._timeout_ms // 2))
        self._last.setInterval(warning)
        self._quiet.setInterval(self._timeout_ms - warning)

    def timeout_ms(self) -> int:
        return self._timeout_ms

    def warning_ms(self) -> int:
        return self._last.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        self._set_intervals()

    def is_armed(self) -> bool:
        return self._armed

    def is_warning(self) -> bool:
        return self._last.isActive()

    def arm(self) -> None:
        """Start watching (again); the countdown starts now."""
        if not self._armed:
            input_watch().watch(self, self._input, ACTIVITY, Turn.ACTIVITY)
            self._armed = True
        self._restart()

    def disarm(self) -> None:
        if self._armed:
            input_watch().unwatch(self)
            self._armed = False
        self._quiet.stop()
        self._stop_warning()

    def resume(self) -> None:
        """The volunteer is still there (Continue, or any tap): the watch starts again."""
        if self._armed:
            self._restart()

    def _restart(self) -> None:
        warned = self.is_warning()
        self._stop_warning()
        self._quiet.start()
        if warned:
            self.resumed.emit()

    def _stop_warning(self) -> None:
        self._last.stop()
        self._tick.stop()
        self._shown = -1

    def _input(self, _watched: QObject, event: QEvent) -> bool:
        # A pointer resting over a card that appears is no activity; a drag is.
        if is_resting_pointer(event):
            return False
        self._restart()
        return False

    def _warn(self) -> None:
        self._last.start()
        self._tick.start()
        self._shown = self._seconds_left()
        self.warning.emit(self._shown)

    def _seconds_left(self) -> int:
        return math.ceil(max(0, self._last.remainingTime()) / 1000)

    def _count(self) -> None:
        left = self._seconds_left()
        if left != self._shown:
            self._shown = left
            self.countdown.emit(left)

    def _expire(self) -> None:
        self.disarm()
        self.timed_out.emit()
