"""Printing in the background: the queue is worked on its own thread, never blocking a tap.

Results come back as signals, delivered on the GUI thread; no widget is touched from the
worker. A timer wakes the worker now and then, so failed jobs are retried after their back-off.
"""

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from kiosk.documents.fonts import load_fonts
from kiosk.printing.print_service import Outcome, PrintService

RETRY_EVERY_MS = 5_000


class _Drainer(QObject):
    printed = Signal(object)  # Outcome
    idle = Signal()

    def __init__(self, service: PrintService) -> None:
        super().__init__()
        self._service = service

    @Slot()
    def drain(self) -> None:
        """Print every job that is due, one after the other."""
        while True:
            try:
                outcome = self._service.print_next()
            except Exception as error:  # a bug or the database: report it, do not die
                self.printed.emit(error)
                break
            if outcome is None:
                break
            self.printed.emit(outcome)
        self.idle.emit()


class PrintQueueRunner(QObject):
    """Owns the printing thread. `wake()` after a registration; `stop()` when closing."""

    printed = Signal(object)  # Outcome, or an Exception the worker met
    _wake = Signal()

    def __init__(self, service: PrintService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        load_fonts()  # registered on the GUI thread, used by the worker's painters
        self._thread = QThread()
        self._thread.setObjectName("print-queue")
        self._drainer = _Drainer(service)
        self._drainer.moveToThread(self._thread)
        self._wake.connect(self._drainer.drain)
        self._drainer.printed.connect(self.printed)
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_EVERY_MS)
        self._timer.timeout.connect(self.wake)
        self._thread.start()
        self._timer.start()

    def wake(self) -> None:
        self._wake.emit()

    def stop(self) -> None:
        self._timer.stop()
        self._thread.quit()
        self._thread.wait(10_000)


__all__ = ["Outcome", "PrintQueueRunner"]
