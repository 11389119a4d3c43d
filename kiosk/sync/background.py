"""Syncing by itself in the background: a worker thread that never touches a widget.

    worker = BackgroundSync(SyncService(desk.outbox), on_report=callback, interval=300)
    worker.start()        # first run at once, then every `interval` seconds
    worker.sync_now()     # the "sync now" button: run as soon as possible
    worker.stop()         # at shutdown; waits for a run in progress to end

`on_report(report, error)` is called on the worker thread after every run (error is the
exception when the run could not start, e.g. NotConnected). A Qt caller hands it on to
the GUI thread (a queued signal); it must not touch widgets itself. After a run that left
days waiting, the next run comes sooner or later at random (full jitter, at most
`interval`), so that desks that lost the network together do not return together.
"""

import random
import threading
from collections.abc import Callable

from kiosk.sync.service import SyncReport, SyncService

type ReportCallback = Callable[[SyncReport | None, Exception | None], None]


class BackgroundSync:
    def __init__(
        self,
        service: SyncService,
        on_report: ReportCallback | None = None,
        interval: float = 300.0,
        rng: random.Random | None = None,
    ) -> None:
        self.service = service
        self.interval = interval
        self._on_report = on_report
        self._rng = rng or random.SystemRandom()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="hq-sync", daemon=True)
            self._thread.start()

    def sync_now(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            report: SyncReport | None = None
            error: Exception | None = None
            try:
                report = self.service.sync_once()
            except Exception as failure:  # a run must never end the worker
                error = failure
            if self._on_report is not None:
                self._on_report(report, error)
            healthy = error is None and report is not None and report.last_error is None
            self._failures = 0 if healthy else self._failures + 1
            self._wake.wait(self._next_wait())

    def _next_wait(self) -> float:
        if self._failures == 0:
            return self.interval
        ceiling = min(self.interval, 5.0 * 2 ** (self._failures - 1))
        return max(1.0, self._rng.uniform(0, ceiling))
