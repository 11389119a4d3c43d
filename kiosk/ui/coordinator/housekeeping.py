"""The desk's own chores while the kiosk runs: close the day at its hour, delete what is
due, back up every hour. A timer starts the desk's `housekeeping` on a worker thread (a
purge empties the write-ahead log, a backup checks the copy: seconds of work that must not
freeze the screens) and reports problems. A round never starts while the last one runs."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ui.tasks import Tasks

EVERY_MS = 5 * 60 * 1000
ROUND = "housekeeping"


class HousekeepingTimer(QObject):
    problem = Signal(str)  # a sentence to show to a coordinator (e.g. the backup folder is gone)
    done = Signal(object)  # what one round did (kiosk.store.coordinator.Housekeeping)

    def __init__(
        self,
        run: Callable[[], Any],
        every_ms: int = EVERY_MS,
        parent: QObject | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        """`run` is the desk's housekeeping; it runs at `start` and every `every_ms`, on a
        worker of `tasks` (its own pool when none is given)."""
        super().__init__(parent)
        self._run = run
        self._tasks = tasks if tasks is not None else Tasks(self)
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(0, self, self.run_now)

    def stop(self) -> None:
        self._timer.stop()

    def running(self) -> bool:
        return self._tasks.busy(ROUND)

    def run_now(self) -> bool:
        """Start a round on a worker; False when the previous round is still at work."""
        return self._tasks.run(self._run, self._finished, self._failed, name=ROUND)

    def _failed(self, error: Exception) -> None:
        # a kiosk comes back by itself: report, try again at the next round
        self.problem.emit(f"{type(error).__name__}: {error}")

    def _finished(self, report: Any) -> None:
        for problem in getattr(report, "problems", ()):
            self.problem.emit(str(problem))
        self.done.emit(report)
