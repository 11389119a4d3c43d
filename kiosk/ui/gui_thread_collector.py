"""Python's cycle collector, run on the GUI thread only.

Python starts a collection on whichever thread happens to allocate when a threshold is
passed: the printing thread, a worker of `Tasks`, the sync thread. A Qt object caught in a
reference cycle (a screen's timer, a dialog kept by a lambda that refers to it) would then
be deleted on that thread, and Qt objects must die on their own thread: Qt warns
"QObject::killTimer: Timers cannot be stopped from another thread", and a widget deleted
there can bring the kiosk down. So automatic collection is off while the kiosk runs, and a
timer on the GUI thread collects each generation when Python itself would have.
"""

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500  # a young collection takes well under a millisecond


class GuiThreadCollector(QObject):
    """Collects garbage on the thread it lives on, by Python's own thresholds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to Python's automatic collection (the kiosk is closing)."""
        self._timer.stop()
        gc.enable()

    def check(self) -> int:
        return collect_due()


def collect_due() -> int:
    """Collect the generations whose count passed their threshold, as Python would have;
    the number of unreachable objects found."""
    found = 0
    for generation in range(3):
        if gc.get_count()[generation] > gc.get_threshold()[generation]:
            found += gc.collect(generation)
    return found


__all__ = ["GuiThreadCollector", "collect_due"]
