"""Printing in the background: the queue is worked on its own thread, never blocking a tap.

Results come back as signals, delivered on the GUI thread; no widget is touched from the
worker, and the worker never asks the screen (fonts and the screen's DPI are read here, on
the GUI thread, before it starts). A timer wakes the worker now and then, so failed jobs are
retried after their back-off. `stop()` makes a waiting printer command give up at once (the
job stays queued for the next start) and waits for the thread to end.

The documents themselves are laid out and painted in the render process
(kiosk.printing.render_process), not on the worker: PySide6 keeps the GIL through a long Qt
call, so painting here froze the GUI thread for up to ~130 ms a sheet. The worker only waits
on the render process's pipe. It is started when the thread starts, and stopped (and reaped)
by `stop()`.
"""

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from kiosk.documents.fonts import load_fonts
from kiosk.documents.sheet_formats import note_screen_dpi
from kiosk.printing.backends import PrintStopped
from kiosk.printing.print_service import Outcome, PrintService
from kiosk.printing.render_process import RenderProcess

RETRY_EVERY_MS = 5_000
# After stop() a job in hand ends within a poll of the printer command; only a receipt
# printer on the network can hold on longer (its connection gives up after 10 s).
STOP_WAIT_MS = 15_000

log = logging.getLogger("kiosk.printing")
_abandoned: list[QThread] = []  # a thread that did not end in time is kept, never destroyed


class _Drainer(QObject):
    printed = Signal(object)  # Outcome
    idle = Signal()

    def __init__(self, service: PrintService, renderer: RenderProcess | None) -> None:
        super().__init__()
        self._service = service
        self._renderer = renderer

    @Slot()
    def warm(self) -> None:
        """Start the render process now, so the first sheet does not wait for it."""
        if self._renderer is not None:
            try:
                self._renderer.start()
            except OSError as error:  # tried again with the first job, which reports it
                log.warning("the render process did not start: %s", error)

    @Slot()
    def drain(self) -> None:
        """Print every job that is due, one after the other, until stopping."""
        while not self._service.stopping.is_set():
            try:
                outcome = self._service.print_next()
            except PrintStopped:  # the kiosk is closing: the job waits for the next start
                break
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
    _warm = Signal()

    def __init__(
        self,
        service: PrintService,
        parent: QObject | None = None,
        *,
        separate_process: bool = True,
    ) -> None:
        """`separate_process=False` draws on the worker thread itself (as before)."""
        super().__init__(parent)
        load_fonts()  # registered on the GUI thread, for a system printer painted here
        dpi = note_screen_dpi()  # the sheet's lengths need it; QScreen is the GUI thread's
        self._service = service
        self.renderer = RenderProcess(dpi) if separate_process else None
        if self.renderer is not None:
            service.renderer = self.renderer
        self._thread = QThread()
        self._thread.setObjectName("print-queue")
        self._drainer = _Drainer(service, self.renderer)
        self._drainer.moveToThread(self._thread)
        self._wake.connect(self._drainer.drain)
        self._warm.connect(self._drainer.warm)
        self._drainer.printed.connect(self.printed)
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_EVERY_MS)
        self._timer.timeout.connect(self.wake)
        self._thread.start()
        self._timer.start()
        self._warm.emit()

    def wake(self) -> None:
        if not self._service.stopping.is_set():
            self._wake.emit()

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """End the printing thread; True when it ended within `wait_ms`."""
        self._timer.stop()
        self._service.stopping.set()
        if self.renderer is not None:
            self.renderer.close()  # ends a wait for a drawing at once; the child is reaped
        self._thread.quit()
        if self._thread.wait(wait_ms):
            return True
        log.warning("the printing thread did not end in %d ms; left to finish alone", wait_ms)
        _abandoned.append(self._thread)
        return False


__all__ = ["Outcome", "PrintQueueRunner"]
