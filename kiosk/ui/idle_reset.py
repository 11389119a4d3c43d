"""Nobody touched the screen for a while during a registration: clear it.

So that no arrival's answers stay on screen for the next person in the queue. While
armed, an application event filter restarts a single-shot timer on every tap, drag or
key; when the timer runs out, `timed_out` is emitted.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset(
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


class IdleReset(QObject):
    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._expire)
        self._armed = False

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)

    def is_armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        """Start watching (again); the countdown starts now."""
        if not self._armed:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        if self._armed:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._timer.start()
        return False

    def _expire(self) -> None:
        self.disarm()
        self.timed_out.emit()
