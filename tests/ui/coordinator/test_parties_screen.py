"""Coordinator mode's list of today's parties: void (asked once) and reprint, on a real desk."""

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.meal_ticket import Refusal, TicketRefused
from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.tasks import Tasks
from tests.fake_clock import PIN, FakeClock
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FAMILY = make_party(language="ar", nationality="SY", people=[("female", "26-59"), ("male", "5-11")])
SINGLE = make_party(language="ti", nationality="ER", people=[("male", "18-25")])


def open_parties(qtbot: QtBot, frame: type[Frame], desk: Desk) -> tuple[CoordinatorMode, Frame]:
    mode = CoordinatorMode(desk, tasks=Tasks(inline=True))
    shown = frame(qtbot, mode)
    mode.open()
    shown.type_pin(PIN)
    shown.tap("dashboard-parties")
    return mode, shown


def test_the_list_shows_each_party_of_today(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, clock: FakeClock
) -> None:
    """Number, time at the site, language, nationality, people and tickets used."""
    coordinator_desk.registrations.register(FAMILY, hand_out=True)
    clock.advance(minutes=7)
    coordinator_desk.registrations.register(SINGLE, hand_out=True)
    coordinator_desk.tickets.redeem(coordinator_desk.tickets.typed_label(3))
    mode, shown = open_parties(qtbot, frame, coordinator_desk)
    assert mode.currentWidget() is mode.parties
    assert list(mode.parties.rows) == [1, 2]
    first, second = mode.parties.rows[1], mode.parties.rows[2]
    assert first.number.text() == "001"
    assert first.details.text() == "08:30  ·  Arabic  ·  Syria  ·  2 people"
    assert first.state.text() == "Meal tickets used: 0 of 2"
    assert second.details.text() == "08:37  ·  Tigrinya  ·  Eritrea  ·  1 person"
    assert second.state.text() == "Meal tickets used: 1 of 1"
    assert "Parties counted: 2  ·  People counted: 3" in mode.parties.summary.text()
    shown.tap("parties-back")
    assert mode.currentWidget() is mode.dashboard


def test_void_asks_once_then_leaves_the_party_out(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk
) -> None:
    """Void, then "Void party": audited as a coordinator's void, out of the dashboard's
    figures, its tickets refused as voided; the row stays, marked, without buttons."""
    desk = coordinator_desk
    desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.register(SINGLE, hand_out=True)
    mode, shown = open_parties(qtbot, frame, desk)
    shown.tap("party-1-void")
    assert shown.find("void-confirm").isVisible()
    assert "001" in mode.parties.confirm_text.text()
    assert not desk.registrations.parties_of_day()[0].voided  # asked, nothing done yet
    shown.tap("void-yes")
    assert desk.registrations.parties_of_day()[0].voided
    assert desk.access.audit_entries(last=1)[0].details["by"] == "coordinator"
    row = mode.parties.rows[1]
    assert row.state.text().startswith("✗ Voided at 08:30, by a coordinator")
    assert not row.void.isVisible() and not row.reprint.isVisible()
    assert "Parties counted: 1  ·  People counted: 1  ·  Voided: 1" in mode.parties.summary.text()
    assert "001 is voided" in mode.parties.result.text()
    with pytest.raises(TicketRefused) as refused:
        desk.tickets.redeem(desk.tickets.typed_label(1))
    assert refused.value.refusal is Refusal.VOIDED
    shown.tap("parties-back")
    assert mode.dashboard.figures["people"][0].text() == "1"


def test_cancel_keeps_the_party(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk
) -> None:
    """Void, then Cancel: nothing changes."""
    coordinator_desk.registrations.register(SINGLE, hand_out=True)
    _, shown = open_parties(qtbot, frame, coordinator_desk)
    shown.tap("party-1-void")
    shown.tap("void-no")
    assert not shown.find("void-confirm").isVisible()
    assert not coordinator_desk.registrations.parties_of_day()[0].voided


def test_reprint_queues_the_same_tickets(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk
) -> None:
    """Reprint re-queues the party's sheet and tickets (same numbers); a paper party has no
    Reprint to tap."""
    desk = coordinator_desk
    desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.register(SINGLE)  # typed in from paper
    for job in desk.print_queue.waiting_print_jobs():
        desk.print_queue.print_done(job.id)
    mode, shown = open_parties(qtbot, frame, desk)
    shown.tap("party-1-reprint")
    QApplication.processEvents()
    assert [job.tickets for job in desk.print_queue.waiting_print_jobs()] == [(), (1, 2)]
    assert "printed again" in mode.parties.result.text()
    assert not shown.find("party-2-reprint").isEnabled()
    assert mode.parties.rows[2].state.text() == "Typed in from paper: no tickets"


def test_a_refused_void_says_why(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk
) -> None:
    """A party voided meanwhile (e.g. from the command line): the screen says so and shows
    the list as it is now."""
    desk = coordinator_desk
    desk.registrations.register(SINGLE, hand_out=True)
    mode, shown = open_parties(qtbot, frame, desk)
    from kiosk.core.void import VoidedBy

    desk.registrations.void(1, VoidedBy.COORDINATOR)
    shown.tap("party-1-void")
    shown.tap("void-yes")
    assert "already voided" in mode.parties.result.text()
    assert mode.parties.result.problem.isVisible()
    assert not mode.parties.rows[1].void.isVisible()


def test_a_long_day_shows_the_newest_page_first(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk
) -> None:
    """45 parties: the last five first, Earlier goes back twenty; a void keeps the page."""
    coordinator_desk.registrations.register_many(
        (coordinator_desk.local_now(), SINGLE) for _ in range(45)
    )
    mode, shown = open_parties(qtbot, frame, coordinator_desk)
    assert list(mode.parties.rows) == list(range(41, 46))
    assert mode.parties.page_label.text() == "Parties 41–45 of 45"
    assert not shown.find("parties-later").isEnabled()
    shown.tap("parties-earlier")
    assert list(mode.parties.rows) == list(range(21, 41))
    shown.tap("party-30-void")
    shown.tap("void-yes")
    assert list(mode.parties.rows) == list(range(21, 41))
    assert mode.parties.rows[30].party is not None and mode.parties.rows[30].party.voided


@pytest.mark.parametrize("code", ["en", "nl", "fr"])
def test_void_is_not_the_word_for_cancel(shipped_language: InterfaceLanguage, code: str) -> None:
    """Void (a registered party stops counting) and Cancel (close the question) stand side
    by side in the confirmation: they must not read alike (French had "Annuler" for both)."""
    from PySide6.QtCore import QCoreApplication

    shipped_language.switch(code)
    cancel = QCoreApplication.translate("PartiesScreen", "Cancel").casefold()
    voids = (
        QCoreApplication.translate("PartyRow", "Void"),
        QCoreApplication.translate("PartiesScreen", "Void party"),
    )
    assert cancel
    for text in voids:
        assert cancel not in text.casefold(), (code, text)
