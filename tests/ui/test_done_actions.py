"""The Done screen's Print again and Undo, tapped through the real window."""

from PySide6.QtCore import QPoint

from kiosk.core.meal_ticket import Refusal, TicketRefused
from kiosk.store.desk import Desk
from kiosk.ui.main_window import MainWindow
from tests.fake_clock import FakeClock
from tests.ui.conftest import Finger

REGISTER_ONE = ("language-so", "party-next", "frequent-SY", "needs-next", "register")


def register_one(finger: Finger) -> None:
    for name in REGISTER_ONE:
        finger.tap(name)


def test_undo_asks_once_then_voids_and_goes_back_to_start(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """Undo, then "Undo registration": the party is voided by the volunteer's undo, its
    tickets are refused, Start shows the counts without it."""
    register_one(finger)
    finger.tap("done-undo")
    assert window.stack.currentWidget() is window.screens.done  # asked, nothing done yet
    assert desk.registrations.counts(desk.today()).people == 1
    finger.tap("done-undo-yes")
    assert window.stack.currentWidget() is window.screens.start
    (party,) = desk.registrations.parties_of_day()
    assert party.voided and party.voided_by is not None
    assert party.voided_by.value == "volunteer undo"
    assert desk.registrations.counts(desk.today()).people == 0
    try:
        desk.tickets.redeem(desk.tickets.typed_label(1))
    except TicketRefused as refused:
        assert refused.refusal is Refusal.VOIDED
    else:
        raise AssertionError("a voided party's ticket was accepted")


def test_a_double_tap_on_undo_keeps_the_party(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """The question's "Keep it" sits where Undo was: a second tap there keeps the party."""
    register_one(finger)
    undo = finger.find("done-undo")
    where = undo.mapTo(window, undo.rect().center())
    finger.tap("done-undo")
    keep = finger.find("done-undo-no")
    assert keep.rect().translated(keep.mapTo(window, QPoint(0, 0))).contains(where)
    finger.tap("done-undo-no")
    assert not desk.registrations.parties_of_day()[0].voided
    assert finger.find("done-undo").isVisible()


def test_undo_after_three_minutes_says_why(
    window: MainWindow, finger: Finger, desk: Desk, clock: FakeClock
) -> None:
    """Too late for a volunteer's undo: the Done screen says so, and the party stays."""
    register_one(finger)
    clock.advance(minutes=3, seconds=1)
    finger.tap("done-undo")
    finger.tap("done-undo-yes")
    assert window.stack.currentWidget() is window.screens.done
    notice = window.screens.done.notice
    assert notice.isVisible() and "3 minutes" in notice.text() and "coordinator" in notice.text()
    assert not desk.registrations.parties_of_day()[0].voided


def test_print_again_queues_the_same_sheet_and_tickets(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """Print again re-queues the party's sheet and its tickets, with the same numbers."""
    register_one(finger)
    for job in desk.print_queue.waiting_print_jobs():
        desk.print_queue.print_done(job.id)
    finger.tap("done-print-again")
    finger.tap("done-print-again")  # a double tap queues nothing more
    waiting = desk.print_queue.waiting_print_jobs()
    assert [(job.document.value, job.tickets) for job in waiting] == [("sheet", ()),
                                                                       ("tickets", (1,))]
    assert window.screens.done.notice.text().startswith("✓")
    assert desk.registrations.parties_of_day()[0].tickets == 1
