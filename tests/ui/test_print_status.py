"""The printer-problem card: over the volunteer's screens only, moving nothing, dismissable."""

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.print_job import Document, JobStatus, PrintJob
from kiosk.printing.backends import Problem
from kiosk.printing.print_service import Outcome
from kiosk.ui.main_window import MainWindow
from kiosk.ui.print_status import PrintStatus, problem_text
from tests.ui.conftest import Finger

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def a_job(job_id: int, document: Document = Document.SHEET, number: int = 4) -> PrintJob:
    return PrintJob(
        job_id, document, date(2026, 12, 2), number, "ar", (), JobStatus.WAITING, 1, None,
        datetime(2026, 12, 2, 8, tzinfo=UTC),
    )


def failed(job_id: int, problem: Problem, where: str = "the printer x is paused") -> Outcome:
    return Outcome(a_job(job_id), False, where, problem)


def button_places(window: MainWindow) -> dict[int, QRect]:
    """Where every visible button of the screens is, in the window's coordinates (the
    card's own buttons apart)."""
    places = {}
    for button in window.stack.findChildren(QAbstractButton):
        if button.isVisible():
            places[id(button)] = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    return places


def central(window: MainWindow) -> QWidget:
    widget = window.centralWidget()
    assert widget is not None
    return widget


def card(window: MainWindow) -> PrintStatus:
    assert window.print_status is not None
    return window.print_status


def to_party_screen(finger: Finger) -> None:
    finger.tap("language-ar")


def test_the_card_moves_no_button(qtbot: QtBot, window: MainWindow, finger: Finger) -> None:
    """On the party screen, a failed sheet shows the card; no button moves or resizes."""
    to_party_screen(finger)
    QApplication.processEvents()
    before = button_places(window)
    card(window).show_outcome(failed(7, Problem.PAUSED))
    QApplication.processEvents()
    assert card(window).isVisible()
    assert card(window).parentWidget() is window.centralWidget()
    after = button_places(window)
    assert len(before) > 5
    assert after == before
    assert window.stack.geometry() == central(window).rect()


def test_worded_in_the_volunteers_language_with_a_technical_detail(
    qtbot: QtBot, window: MainWindow, finger: Finger
) -> None:
    """The cause is the translated text of its kind; CUPS's English only in the detail."""
    to_party_screen(finger)
    status = card(window)
    status.show_outcome(failed(7, Problem.PAUSED, "the printer kiosk-pdf is paused or offline"))
    assert status.title.text() == "The sheet for number 004 did not print."
    assert problem_text(Problem.PAUSED) in status.message.text()
    assert "kiosk-pdf" not in status.message.text()
    assert status.detail.text().endswith("the printer kiosk-pdf is paused or offline")


def test_never_over_the_arrivals_screens(
    qtbot: QtBot, window: MainWindow, finger: Finger
) -> None:
    """On Start (the arrival taps their language) the card waits; it shows on the next
    volunteer screen, and hides again over Done's number."""
    status = card(window)
    status.show_outcome(failed(7, Problem.UNKNOWN_PRINTER))
    assert window.stack.currentWidget() is window.screens.start and not status.isVisible()
    to_party_screen(finger)
    assert status.isVisible()
    window.stack.setCurrentWidget(window.screens.done)
    assert not status.isVisible()


def test_dismissed_it_comes_back_only_for_something_new(
    qtbot: QtBot, window: MainWindow, finger: Finger
) -> None:
    """Dismiss puts it away; the same problem retried stays away; another kind of problem
    brings it back; the first kind again after a successful print brings it back too."""
    to_party_screen(finger)
    status = card(window)
    status.show_outcome(failed(7, Problem.PAUSED))
    qtbot.mouseClick(status.dismiss_button, Qt.MouseButton.LeftButton)
    assert not status.isVisible()
    status.show_outcome(failed(7, Problem.PAUSED))  # the worker's retry, 5 s later
    assert not status.isVisible()
    status.show_outcome(failed(8, Problem.FOLDER, "cannot write to the folder /x"))
    assert status.isVisible()
    qtbot.mouseClick(status.dismiss_button, Qt.MouseButton.LeftButton)
    status.show_outcome(Outcome(a_job(8), True, "/x/file.pdf"))
    assert not status.isVisible()
    status.show_outcome(failed(7, Problem.PAUSED))
    assert status.isVisible()


def test_small_until_details_are_asked_for(
    qtbot: QtBot, window: MainWindow, finger: Finger
) -> None:
    """At 1024x768 the card is one line over the title: the party screen's first counters
    stay free; Details opens the cause and the printer's words, Less closes them."""
    to_party_screen(finger)
    window.resize(1024, 768)
    QApplication.processEvents()
    status = card(window)
    status.show_outcome(failed(7, Problem.PAUSED))
    first_row = window.screens.party.counters[next(iter(window.screens.party.counters))]
    top_of_counters = first_row.mapTo(central(window), QPoint(0, 0)).y()
    assert status.geometry().bottom() < top_of_counters
    assert not status.message.isVisible()
    qtbot.mouseClick(status.details_button, Qt.MouseButton.LeftButton)
    assert status.message.isVisible() and status.detail.isVisible()
    assert problem_text(Problem.PAUSED) in status.message.text()
    qtbot.mouseClick(status.details_button, Qt.MouseButton.LeftButton)
    assert not status.message.isVisible()


def test_print_again_asks_for_the_latest_failed_job(
    qtbot: QtBot, window: MainWindow, finger: Finger
) -> None:
    """The card's Print again hands the latest failed job back to the queue."""
    to_party_screen(finger)
    status = card(window)
    asked: list[int] = []
    status.reprint.connect(asked.append)
    status.show_outcome(failed(7, Problem.PAUSED))
    status.show_outcome(failed(9, Problem.PAUSED))
    assert "2 documents are waiting" in status.message.text()
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    assert asked == [9]


def test_the_card_fits_at_each_size(qtbot: QtBot, window: MainWindow, finger: Finger) -> None:
    """At 1024x768 and 1080x1920 the card is inside the window and all its words fit."""
    to_party_screen(finger)
    status = card(window)
    status.show_outcome(failed(7, Problem.UNKNOWN_PRINTER, "the printer x is not known " * 3))
    for size in ((1024, 768), (1080, 1920)):
        window.resize(*size)
        QApplication.processEvents()
        inside = central(window).rect()
        assert inside.contains(status.geometry())
        assert status.height() >= status.minimumSizeHint().height()
