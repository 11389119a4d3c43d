"""Voiding a party: kept on disk and marked, out of every count and packet, audited, its
tickets refused as voided, its documents not printed (and reprinted with the same tickets)."""

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.errors import ValidationError
from kiosk.core.meal_ticket import Refusal, TicketRefused
from kiosk.core.print_job import JobStatus
from kiosk.core.registration import make_party
from kiosk.core.void import VoidedBy
from kiosk.store.database import head_revision
from kiosk.store.desk import Desk
from tests.fake_clock import FakeClock

FAMILY = make_party(
    language="ar", nationality="SY", people=[("female", "26-59"), ("male", "5-11")],
    flags=["needs-shelter"], referrals=["info-point"],
)
FIXTURES = Path(__file__).with_name("fixtures")
SINGLE = make_party(language="ti", nationality="ER", people=[("male", "18-25")])


def refusal(error: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str | None]:
    return error.value.field, error.value.reason


def test_a_voided_party_stays_on_disk_but_counts_nowhere(desk: Desk) -> None:
    """Counts, the dashboard (figures and hours) and the day's list: the voided family is
    listed and marked, and left out of every number."""
    family = desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.register(SINGLE, hand_out=True)
    voided = desk.registrations.void(family.number, VoidedBy.COORDINATOR)
    assert voided.voided and voided.voided_by is VoidedBy.COORDINATOR
    counts = desk.registrations.counts(family.day)
    assert (counts.people, counts.parties, counts.children) == (1, 1, 0)
    assert counts.by_nationality == {"ER": 1} and counts.by_language == {"ti": 1}
    assert counts.by_flag == {} and counts.by_referral == {} and counts.by_sex == {"male": 1}
    dashboard = desk.registrations.dashboard()
    assert dashboard.today.people == 1 and sum(dashboard.people_by_hour) == 1
    listed = desk.registrations.parties_of_day()
    assert [(p.number, p.voided, p.people, p.tickets) for p in listed] == [
        (1, True, 2, 2), (2, False, 1, 1)
    ]


def test_a_void_is_audited_once(desk: Desk) -> None:
    """The audit trail says which party of which day was voided, by whom; the chain holds."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.void(receipt.number, VoidedBy.VOLUNTEER_UNDO)
    entry = desk.access.audit_entries(last=1)[0]
    assert entry.action == "void"
    assert dict(entry.details) == {
        "date": receipt.day.isoformat(), "number": 1, "by": "volunteer undo", "people": 2
    }
    assert desk.access.verify_audit().ok


def test_tickets_of_a_voided_party_are_refused_as_voided(desk: Desk) -> None:
    """Scanned or typed, used already or not: a voided party's ticket is refused as voided,
    and nothing is stored."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    desk.tickets.redeem(desk.tickets.typed_label(1))
    desk.registrations.void(receipt.number, VoidedBy.COORDINATOR)
    typed = (desk.tickets.typed_label(2), desk.tickets.typed_label(1))
    for scanned in (desk.tickets.ticket_code(receipt.day, 2), *typed):
        with pytest.raises(TicketRefused) as raised:
            desk.tickets.redeem(scanned)
        assert raised.value.refusal is Refusal.VOIDED
        assert str(raised.value) == "this ticket's registration was voided"
    assert desk.registrations.counts(receipt.day).meals_served == 1  # the meal was served


def test_a_volunteer_undo_comes_within_three_minutes(desk: Desk, clock: FakeClock) -> None:
    """Undo on the Done screen works for three minutes; later only a coordinator voids."""
    first = desk.registrations.register(SINGLE, hand_out=True)
    clock.advance(minutes=2, seconds=59)
    desk.registrations.void(first.number, VoidedBy.VOLUNTEER_UNDO)
    second = desk.registrations.register(SINGLE, hand_out=True)
    clock.advance(minutes=3, seconds=1)
    with pytest.raises(ValidationError) as raised:
        desk.registrations.void(second.number, VoidedBy.VOLUNTEER_UNDO)
    assert refusal(raised) == ("number", "undo_too_late")
    assert desk.registrations.void(second.number, VoidedBy.COORDINATOR).voided


def test_bad_voids_are_refused_naming_the_field(desk: Desk, clock: FakeClock) -> None:
    """No such party, a party voided twice, a day to come, a number out of range."""
    receipt = desk.registrations.register(SINGLE, hand_out=True)
    desk.registrations.void(receipt.number, VoidedBy.COORDINATOR)
    cases = (
        (lambda: desk.registrations.void(7, VoidedBy.COORDINATOR), ("number", "no_such_party")),
        (lambda: desk.registrations.void(1, VoidedBy.COORDINATOR), ("number", "already_voided")),
        (lambda: desk.registrations.void(0, VoidedBy.COORDINATOR),
         ("number", "number_of_the_day")),
        (lambda: desk.registrations.void(1, VoidedBy.COORDINATOR, receipt.day + timedelta(1)),
         ("date", "day_to_come")),
    )
    for attempt, expected in cases:
        with pytest.raises(ValidationError) as raised:
            attempt()
        assert refusal(raised) == expected
    assert len([e for e in desk.access.audit_entries() if e.action == "void"]) == 1


def test_a_void_of_a_day_sent_to_headquarters_sends_it_again(desk: Desk) -> None:
    """Headquarters confirmed the day; after a void the day waits again with a new revision
    whose totals leave the voided party out."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.register(SINGLE, hand_out=True)
    (packet,) = desk.outbox.waiting_packets()
    assert packet.packet["totals"]["people"] == 3
    desk.outbox.packet_answered(packet.day, packet.revision, packet.content_hash)
    assert desk.outbox.waiting_packets() == []
    desk.registrations.void(receipt.number, VoidedBy.COORDINATOR)
    (again,) = desk.outbox.waiting_packets()
    assert again.revision == packet.revision + 1
    assert again.packet["totals"]["people"] == 1 and again.packet["totals"]["parties"] == 1


def test_a_void_after_closing_the_day_updates_its_frozen_counts(desk: Desk) -> None:
    """A closed day (rows still kept) voided afterwards: its summary, which stays once the
    rows are deleted, leaves the party out too."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.register(SINGLE, hand_out=True)
    assert desk.days.close_day().counts.people == 3
    desk.registrations.void(receipt.number, VoidedBy.COORDINATOR, receipt.day)
    assert desk.days.close_day().counts.people == 1


def test_a_void_cancels_documents_not_printed_yet(desk: Desk) -> None:
    """A party undone while its sheet and tickets still wait: they are not printed."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    assert len(desk.print_queue.waiting_print_jobs()) == 2
    desk.registrations.void(receipt.number, VoidedBy.VOLUNTEER_UNDO)
    assert desk.print_queue.waiting_print_jobs() == []
    assert desk.print_queue.next_print_job() is None


def test_reprint_queues_the_same_sheet_and_tickets(desk: Desk) -> None:
    """Print again: the party's printed sheet and tickets wait again, with the same ticket
    numbers; no new ticket is handed out."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.register(SINGLE, hand_out=True)
    for job in desk.print_queue.waiting_print_jobs():
        desk.print_queue.print_done(job.id)
    assert desk.print_queue.reprint_party(receipt.number) == 2
    waiting = desk.print_queue.waiting_print_jobs()
    assert [(j.number, j.document.value, j.tickets) for j in waiting] == [
        (1, "sheet", ()), (1, "tickets", (1, 2))
    ]
    assert all(j.status is JobStatus.WAITING for j in waiting)
    assert [p.tickets for p in desk.registrations.parties_of_day()] == [2, 1]
    with pytest.raises(TicketRefused):
        desk.tickets.redeem(desk.tickets.typed_label(4))  # no ticket beyond the three handed out


def test_reprint_is_refused_for_a_voided_or_paper_party(desk: Desk) -> None:
    """A voided party prints nothing again; a party typed in from paper never printed."""
    voided = desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.void(voided.number, VoidedBy.COORDINATOR)
    paper = desk.registrations.register(SINGLE)
    for number, reason in ((voided.number, "party_voided"), (paper.number, "nothing_printed"),
                           (9, "no_such_party")):
        with pytest.raises(ValidationError) as raised:
            desk.print_queue.reprint_party(number)
        assert refusal(raised) == ("number", reason)


def test_an_old_database_is_upgraded_and_its_parties_can_be_voided(tmp_path: Path) -> None:
    """A desk of schema 0004 opens at the new schema: its parties are not voided, and one
    can be voided (and leaves the day's counts)."""
    copy = tmp_path / "kiosk.sqlite3"
    shutil.copy(FIXTURES / "schema_0004.sqlite3", copy)
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    desk = Desk.open(copy, clock=clock)
    try:
        assert desk.schema_version == head_revision()
        day = date(2026, 11, 26)
        assert [p.voided for p in desk.registrations.parties_of_day(day)] == [False, False]
        assert desk.registrations.counts(day).people == 3
        desk.registrations.void(1, VoidedBy.COORDINATOR)
        assert desk.registrations.counts(day).people == 1
    finally:
        desk.close()
