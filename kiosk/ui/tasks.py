"""Slow work off the screens' thread: the GUI thread only paints and answers taps.

    tasks = Tasks(parent)
    tasks.run(desk.days.housekeeping, done=show_report, failed=show_problem, name="housekeeping")

`run` hands `work` to a worker thread of the kiosk's own pool and returns at once. When the
work ends, `done(result)` or `failed(error)` is called on the GUI thread (a queued signal),
so they may touch widgets; `work` itself must not. A `name` keeps two rounds of the same
work from overlapping: while one is running, `run` with the same name does nothing and
returns False. `wait()` at shutdown lets every worker end before the desk closes; callbacks
of work that ends after that are dropped (their screens may be gone).

Tests hand screens `Tasks(inline=True)`: the work then runs at once, on the calling thread,
and the callbacks before `run` returns.
"""

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

type Done = Callable[[Any], object]
type Failed = Callable[[Exception], object]

WORKERS = 2  # printing has its own thread; one slow chore and one export at a time is plenty


@dataclass(slots=True)
class _Pending:
    done: Done | None
    failed: Failed | None
    name: str | None


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], object], tasks: "Tasks") -> None:
        super().__init__()
        self._number = number
        self._work = work
        self._landed = tasks.landed

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to `failed` on the GUI thread
            self._landed.emit(self._number, None, error)
        else:
            self._landed.emit(self._number, result, None)


class Tasks(QObject):
    """Runs work on worker threads; results and errors come back on the GUI thread."""

    landed = Signal(int, object, object)  # job number, result, error (internal)
    busy_changed = Signal(str, bool)  # a named work started (True) or ended (False)

    def __init__(
        self, parent: QObject | None = None, *, inline: bool = False, workers: int = WORKERS
    ) -> None:
        super().__init__(parent)
        self._inline = inline
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(workers)
        self._pool.setExpiryTimeout(30_000)
        self._pending: dict[int, _Pending] = {}
        self._numbers = itertools.count(1)
        self._closed = False
        # Queued: the slot runs on the thread this object lives in (the GUI thread), even
        # though the signal is emitted on a worker.
        self.landed.connect(self._land, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        work: Callable[[], object],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        name: str | None = None,
    ) -> bool:
        """Start `work` on a worker; False (and nothing started) when the work of the same
        `name` still runs, or the kiosk is shutting down."""
        if self._closed or (name is not None and self.busy(name)):
            return False
        number = next(self._numbers)
        self._pending[number] = _Pending(done, failed, name)
        if name is not None:
            self.busy_changed.emit(name, True)
        if self._inline:
            try:
                result = work()
            except Exception as error:
                self._land(number, None, error)
            else:
                self._land(number, result, None)
            return True
        self._pool.start(_Job(number, work, self))
        return True

    def busy(self, name: str) -> bool:
        return any(pending.name == name for pending in self._pending.values())

    def wait(self, milliseconds: int = -1) -> bool:
        """Stop taking work and wait for every worker to end (-1: as long as it takes);
        True when all ended."""
        self._closed = True
        return bool(self._pool.waitForDone(milliseconds))

    @Slot(int, object, object)
    def _land(self, number: int, result: object, error: object) -> None:
        pending = self._pending.pop(number, None)
        if pending is None or self._closed:
            return
        if pending.name is not None:
            self.busy_changed.emit(pending.name, False)
        if isinstance(error, Exception):
            if pending.failed is not None:
                pending.failed(error)
            else:  # nobody expected it: the crash hook logs it and recovers
                sys.excepthook(type(error), error, error.__traceback__)
            return
        if pending.done is not None:
            pending.done(result)


__all__ = ["Tasks"]
