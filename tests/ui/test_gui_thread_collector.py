"""Garbage is collected on the GUI thread, never on a worker that happens to allocate."""

import gc
import threading

from PySide6.QtCore import QObject, QThread, QTimer
from pytestqt.qtbot import QtBot

from kiosk.ui.gui_thread_collector import GuiThreadCollector, collect_due


class _Cycle:
    """A Python object in a reference cycle that owns a running Qt timer."""

    def __init__(self, deleted_on: list[QThread]) -> None:
        self.me = self
        self.timer = QTimer()
        self.timer.start(60_000)
        self.timer.destroyed.connect(lambda: deleted_on.append(QThread.currentThread()))


def test_a_worker_allocating_much_does_not_collect_a_timer_of_the_gui_thread(
    qtbot: QtBot,
) -> None:
    """A cycle holding a running QTimer is left for garbage; a worker thread then allocates
    far past the collector's threshold. The timer is deleted later, by the collector's
    check on the GUI thread (a collection on the worker would make Qt warn "Timers cannot
    be stopped from another thread", which fails this test)."""
    collector = GuiThreadCollector()
    collector.start()
    try:
        deleted_on: list[QThread] = []
        _Cycle(deleted_on)

        kept: list[list[object]] = []

        def allocate() -> None:  # objects that stay alive count towards a collection
            kept.extend([] for _ in range(gc.get_threshold()[0] * 3))

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert deleted_on == []
        qtbot.waitUntil(lambda: bool(deleted_on), timeout=5_000)
        assert deleted_on == [QThread.currentThread()]
    finally:
        collector.stop()
        gc.disable()  # as the suite runs (tests/conftest.py)


def test_collect_due_collects_only_past_a_threshold() -> None:
    """Right after a full collection nothing is due; past the young threshold the cycle
    goes."""
    gc.collect()
    assert collect_due() == 0
    owner = QObject()
    cycle: list[object] = [owner]
    cycle.append(cycle)
    del cycle, owner
    kept = [[] for _ in range(gc.get_threshold()[0] + 10)]  # alive: they count
    assert collect_due() >= 1
    assert kept
