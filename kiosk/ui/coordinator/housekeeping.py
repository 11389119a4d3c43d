"""The desk's own chores while the kiosk runs: close the day at its hour, delete what is
due, back up every hour. A timer calls the desk's `housekeeping` and reports problems."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

EVERY_MS = 5 * 60 * 1000


class HousekeepingTimer(QObject):
    problem = Signal(str)  # a sentence to show to a coordinator (e.g. the backup folder is gone)
    done = Signal(object)  # what one round did (kiosk.store.coordinator.Housekeeping)

    def __init__(
        self, run: Callable[[], Any], every_ms: int = EVERY_MS, parent: QObject | None = None
    ) -> None:
        """`run` is the desk's housekeeping; it runs at `start` and every `every_ms`."""
        super().__init__(parent)
        self._run = run
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(0, self.run_now)

    def stop(self) -> None:
        self._timer.stop()

    def run_now(self) -> None:
        try:
            report = self._run()
        except Exception as error:  # a kiosk comes back by itself: report, try again later
            self.problem.emit(f"{type(error).__name__}: {error}")
            return
        for problem in getattr(report, "problems", ()):
            self.problem.emit(str(problem))
        self.done.emit(report)
