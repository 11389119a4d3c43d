"""Sending the daily packets to headquarters over HTTPS (the client side of kiosk/hq).

For the screens (the desk's outbox satisfies `SyncSource`; nothing here imports the store or Qt):

    from kiosk.sync.background import BackgroundSync
    from kiosk.sync.service import SyncService

    service = SyncService(desk.outbox)
    worker = BackgroundSync(service, on_report=callback, interval=300)
    worker.start()          # at start-up; worker.stop() at shutdown
    worker.sync_now()       # the "sync now" button
    service.status()        # SyncStatus: connected, hq_url, last_success, waiting, last_problem

`callback(report, error)` runs on the worker thread: hand it to the GUI thread (a queued
signal) before touching a widget. `service.sync_once()` is one attempt per waiting day
without waiting; `service.sync()` retries with back-off; both block, so never call them on
the GUI thread.
"""
