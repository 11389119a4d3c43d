"""Right after a screen changes, taps are ignored for a moment.

A fast volunteer's double tap on Next would otherwise land its second tap on whatever the
next screen has in that place (Register, a needs toggle). While the guard is up, the desk's
input watch (kiosk.ui.input_watch) lets it swallow every press, release, double click and
touch, before anybody else sees them; when its
single-shot timer runs out, taps reach the screen again. No clock is read: the timer is the
measure.
"""

from PySide6.QtCore import QEvent, QObject, QTimer

from kiosk.ui.input_watch import Turn, event_types, input_watch

TAPS = event_types(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
    }
)


class TapGuard(QObject):
    def __init__(self, hold_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, hold_ms))
        self._timer.timeout.connect(self._lower)
        self._up = False
        self.swallowed = 0  # taps ignored so far (for tests and the bench)

    def hold_ms(self) -> int:
        return self._timer.interval()

    def is_up(self) -> bool:
        return self._up

    def hold(self) -> None:
        """A screen (or an overlay) just changed: ignore taps from now for `hold_ms`."""
        if self._timer.interval() <= 0:
            return
        if not self._up:
            input_watch().watch(self, self._swallow, TAPS, Turn.GUARD)
            self._up = True
        self._timer.start()

    def _lower(self) -> None:
        if self._up:
            input_watch().unwatch(self)
            self._up = False

    def _swallow(self, _watched: QObject, event: QEvent) -> bool:
        if self._up:
            self.swallowed += 1
            event.accept()  # a swallowed touch must not come back as a synthesised click
            return True
        return False
