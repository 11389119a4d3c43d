"""Syncing by itself: a worker thread that runs at once, on "sync now", and survives errors."""

import threading
from datetime import timedelta

from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from kiosk.sync.background import BackgroundSync
from kiosk.sync.service import NotConnected, SyncReport, SyncService
from tests.fake_clock import START
from tests.hq_harness import RunningHq
from tests.sync.conftest import Kiosk

SYRIAN = make_party(language="ar", nationality="SY", people=[("male", "26-59")])


class Reports:
    def __init__(self) -> None:
        self.seen: list[tuple[SyncReport | None, Exception | None, str]] = []
        self.arrived = threading.Event()

    def __call__(self, report: SyncReport | None, error: Exception | None) -> None:
        self.seen.append((report, error, threading.current_thread().name))
        self.arrived.set()

    def next(self) -> tuple[SyncReport | None, Exception | None, str]:
        assert self.arrived.wait(20), "no sync run reported"
        self.arrived.clear()
        return self.seen[-1]


def test_background_sync_runs_at_start_and_on_sync_now(kiosk: Kiosk, hq: RunningHq) -> None:
    """The first run starts at once on the worker thread; "sync now" runs again at once
    (long before the interval) and sends what was registered in between."""
    now = START
    kiosk.desk.registrations.register_many([(now - timedelta(days=1), SYRIAN)] * 6)
    reports = Reports()
    worker = BackgroundSync(SyncService(kiosk.desk.outbox), on_report=reports, interval=3600)
    worker.start()
    try:
        report, error, thread = reports.next()
        assert error is None and thread == "hq-sync"
        assert report is not None and (report.confirmed, report.waiting) == (1, 0)
        kiosk.desk.registrations.register_many([(now, SYRIAN)] * 6)
        worker.sync_now()
        report, error, _ = reports.next()
        assert report is not None and (report.confirmed, report.waiting) == (1, 0)
        assert kiosk.desk.outbox.sync_status().last_success is not None
    finally:
        worker.stop(timeout=20)
    assert not worker.running


def test_background_sync_survives_a_run_that_cannot_start(desk: Desk) -> None:
    """Not connected: the error is reported, the worker keeps running until stopped."""
    reports = Reports()
    worker = BackgroundSync(SyncService(desk.outbox), on_report=reports, interval=3600)
    worker.start()
    try:
        report, error, _ = reports.next()
        assert report is None and isinstance(error, NotConnected)
        assert worker.running
    finally:
        worker.stop(timeout=20)
    assert not worker.running
