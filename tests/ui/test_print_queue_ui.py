"""Printing in the background after a registration, and a failing printer shown on screen."""

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from kiosk.core.print_job import Document
from kiosk.core.registration import make_party
from kiosk.printing.print_service import Outcome, PrintService
from kiosk.store.desk import Desk
from kiosk.ui.print_status import PrintStatus
from kiosk.ui.print_worker import PrintQueueRunner
from tests.ui.conftest import Finger

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

# The offscreen platform warns when a top-level window's size constraints are passed on.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


PAIR = make_party(language="ar", nationality="SY", people=[("female", "26-59"), ("male", "0-4")])


def test_sheet_and_tickets_print_in_the_background(
    qtbot: QtBot, desk: Desk, tmp_path: Path, kiosk_app: object
) -> None:
    """After a registration, the worker thread prints the sheet and tickets to the folder."""
    runner = PrintQueueRunner(PrintService(desk.print_queue, tmp_path / "printed"))
    outcomes: list[object] = []
    runner.printed.connect(outcomes.append)
    try:
        desk.registrations.register(PAIR, hand_out=True)
        runner.wake()
        qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=20_000)
    finally:
        runner.stop()
    assert all(isinstance(o, Outcome) and o.printed for o in outcomes)
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 2
    assert desk.print_queue.waiting_print_jobs() == []
    assert desk.registrations.counts(desk.today()).sheets_printed == 1


def test_a_failing_printer_keeps_the_job_and_says_why(
    qtbot: QtBot, desk: Desk, tmp_path: Path, kiosk_app: object
) -> None:
    """An unknown printer: the registration is saved, the job waits, the screen says why."""
    desk.settings.save_printer_choice(Document.SHEET, {"kind": "cups", "target": "no-such-printer"})
    frame = QMainWindow()
    status = PrintStatus()
    frame.setCentralWidget(status)
    qtbot.addWidget(frame)
    frame.show()
    runner = PrintQueueRunner(PrintService(desk.print_queue, tmp_path / "printed"))
    runner.printed.connect(status.show_outcome)
    outcomes: list[object] = []
    runner.printed.connect(outcomes.append)
    reprinted: list[int] = []
    status.reprint.connect(reprinted.append)
    try:
        receipt = desk.registrations.register(PAIR, hand_out=True)
        runner.wake()
        qtbot.waitUntil(
            lambda: (
                status.isVisibleTo(status.parentWidget() or status) and bool(status.failed_jobs())
            ),
            timeout=20_000,
        )
        # the tickets (folder) print too; stopping in the middle would leave them queued
        qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=20_000)
    finally:
        runner.stop()
    assert desk.registrations.counts(receipt.day).people == 2
    waiting = desk.print_queue.waiting_print_jobs()
    assert [job.document for job in waiting] == [Document.SHEET]
    assert waiting[0].last_error and "no-such-printer" in waiting[0].last_error
    assert "did not print" in status.title.text() and "no-such-printer" in status.detail.text()
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    assert reprinted == [waiting[0].id]


def test_a_registration_on_screen_prints_its_sheet_and_tickets(
    qtbot: QtBot, desk: Desk, finger: Finger, window: "MainWindow"
) -> None:
    """Five taps register an arrival; the sheet and ticket follow in the background."""
    finger.tap("language-ti")
    finger.tap("party-next")
    finger.tap(f"frequent-{desk.registrations.frequent_nationalities()[0]}")
    finger.tap("needs-next")
    finger.tap("register")
    printed = desk.path.parent / "printed"
    qtbot.waitUntil(lambda: desk.print_queue.waiting_print_jobs() == [], timeout=20_000)
    assert len(list(printed.glob("*.pdf"))) == 2
    assert window.print_status is not None and not window.print_status.isVisible()


def test_the_soup_counter_is_one_tap_from_start(
    qtbot: QtBot, desk: Desk, finger: Finger, window: "MainWindow"
) -> None:
    """Start → Soup counter → scan → Back to Start."""
    receipt = desk.registrations.register(PAIR, hand_out=True)
    finger.tap("open-soup-counter")
    counter = finger.find("soup-counter")
    assert window.stack.currentWidget() is counter
    field = finger.find("ticket-input")
    field.insert(desk.tickets.ticket_code(receipt.day, receipt.tickets[0]))  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert desk.registrations.counts(receipt.day).meals_served == 1
    finger.tap("soup-back")
    assert window.stack.currentWidget() is window.screens.start


def test_coordinator_mode_is_behind_the_pin(
    qtbot: QtBot, desk: Desk, finger: Finger, window: "MainWindow"
) -> None:
    """Start → Coordinator shows the PIN pad, not the dashboard; leaving returns to Start."""
    finger.tap("open-coordinator")
    mode = finger.find("coordinator-mode")
    assert window.stack.currentWidget() is mode
    assert mode.currentWidget() is mode.pin  # type: ignore[attr-defined]
    mode.leave()  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is window.screens.start
