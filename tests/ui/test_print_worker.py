"""The print worker draws in the render process and stops it with the kiosk."""

import os
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.core.registration import make_party
from kiosk.printing.print_service import Outcome, PrintService
from kiosk.store.desk import Desk
from kiosk.ui.print_worker import PrintQueueRunner
from tests.printing.test_render_process import reaped


def test_the_worker_prints_through_the_render_process_and_stop_reaps_it(
    qtbot: QtBot, desk: Desk, tmp_path: Path, kiosk_app: object
) -> None:
    """The runner starts the render process with its thread, prints a registration's sheet
    and tickets through it, and stop() ends it in time, leaving no zombie."""
    runner = PrintQueueRunner(PrintService(desk.print_queue, tmp_path / "printed"))
    renderer = runner.renderer
    assert renderer is not None
    outcomes: list[object] = []
    runner.printed.connect(outcomes.append)
    try:
        qtbot.waitUntil(lambda: renderer.pid is not None, timeout=10_000)  # started at once
        party = make_party(language="ti", nationality="ER", people=[("male", "18-25")])
        desk.registrations.register(party, hand_out=True)
        runner.wake()
        qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=20_000)
        pid = renderer.pid
    finally:
        asked = time.monotonic()
        assert runner.stop()
    assert time.monotonic() - asked < 5
    assert all(isinstance(o, Outcome) and o.printed for o in outcomes)
    assert pid is not None and pid != os.getpid() and reaped(pid)
    assert renderer.started == 1
