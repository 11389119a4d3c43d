"""The persistent print queue: saved with the registration, retried until printed."""

from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.print_job import Document, JobStatus
from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from tests.fake_clock import FakeClock, clocked_desk

PAIR = make_party(language="ti", nationality="ER", people=[("male", "18-25"), ("male", "12-17")])


def test_registration_queues_a_sheet_then_tickets(desk: Desk) -> None:
    """The sheet and the party's tickets are queued in the registration's own transaction."""
    receipt = desk.registrations.register(PAIR, hand_out=True)
    jobs = desk.print_queue.waiting_print_jobs()
    assert [j.document for j in jobs] == [Document.SHEET, Document.TICKETS]
    assert jobs[1].tickets == receipt.tickets and jobs[0].language == "ti"
    assert desk.print_queue.next_print_job() == jobs[0]


def test_failed_job_waits_and_says_why(data_dir: Path) -> None:
    """A failed job keeps its reason and is not tried again before its back-off."""
    clock = FakeClock(datetime(2026, 11, 26, 8, tzinfo=UTC))
    desk = clocked_desk(data_dir, clock)
    desk.registrations.register(PAIR, hand_out=True)
    sheet = desk.print_queue.next_print_job()
    assert sheet is not None
    desk.print_queue.print_failed(sheet.id, "printer offline")
    job = desk.print_queue.print_job(sheet.id)
    assert job is not None and (job.last_error, job.attempts) == ("printer offline", 1)
    queue = desk.print_queue
    assert queue.next_print_job() is not None and queue.next_print_job() != sheet  # tickets next
    clock.advance(seconds=6)
    assert desk.print_queue.next_print_job() == job
    desk.close()


def test_done_jobs_count_as_sheets_printed(desk: Desk) -> None:
    """Sheets printed are counted by language once the printer took them."""
    receipt = desk.registrations.register(PAIR, hand_out=True)
    sheet = desk.print_queue.next_print_job()
    assert sheet is not None
    desk.print_queue.print_done(sheet.id)
    counts = desk.registrations.counts(receipt.day)
    assert (counts.sheets_printed, dict(counts.sheets_by_language)) == (1, {"ti": 1})
    done = desk.print_queue.print_job(sheet.id)
    assert done is not None and done.status is JobStatus.DONE


def test_reprint_puts_a_job_back_at_once(desk: Desk) -> None:
    """The reprint button makes a failed or done job due now."""
    desk.registrations.register(PAIR, hand_out=True)
    sheet = desk.print_queue.next_print_job()
    assert sheet is not None
    desk.print_queue.print_done(sheet.id)
    desk.print_queue.reprint(sheet.id)
    again = desk.print_queue.print_job(sheet.id)
    assert again is not None and again.status is JobStatus.WAITING
