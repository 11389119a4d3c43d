"""The persistent print queue: jobs survive restarts and are retried until printed."""

import json
from collections import Counter, defaultdict
from datetime import date, datetime

from sqlalchemy import Connection, case, func, or_, select, update
from sqlalchemy.orm import Session

from kiosk.core.print_job import Document, JobStatus, PrintJob, retry_delay
from kiosk.store.models import PrintJobRow
from kiosk.store.registrations import day_text, raw, utc_text

_INSERT_JOB = (
    "INSERT INTO print_jobs (created_at, day, party_id, document, language, number, tickets,"
    " status, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"
)


def enqueue(
    connection: Connection,
    *,
    day: date,
    party_id: int | None,
    number: int,
    language: str,
    tickets: list[int],
    now: datetime,
) -> None:
    """A sheet and the party's meal tickets, in that order (plain SQL on the registration's
    own connection, as `registrations` writes the party)."""
    common = (utc_text(now), day_text(day), party_id)
    waiting = JobStatus.WAITING.value
    raw(connection).executemany(
        _INSERT_JOB,
        [
            (*common, Document.SHEET.value, language, number, "[]", waiting),
            (*common, Document.TICKETS.value, language, number, json.dumps(tickets), waiting),
        ],
    )


def _job(row: PrintJobRow) -> PrintJob:
    return PrintJob(
        id=row.id,
        document=Document(row.document),
        day=row.day,
        number=row.number,
        language=row.language,
        tickets=tuple(json.loads(row.tickets)),
        status=JobStatus(row.status),
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=row.created_at,
    )


def next_due(session: Session, now: datetime) -> PrintJob | None:
    row = session.scalars(
        select(PrintJobRow)
        .where(
            PrintJobRow.status == JobStatus.WAITING.value,
            or_(PrintJobRow.next_attempt_at.is_(None), PrintJobRow.next_attempt_at <= now),
        )
        .order_by(PrintJobRow.id)
        .limit(1)
    ).first()
    return None if row is None else _job(row)


def waiting(session: Session) -> list[PrintJob]:
    rows = session.scalars(
        select(PrintJobRow)
        .where(PrintJobRow.status == JobStatus.WAITING.value)
        .order_by(PrintJobRow.id)
    )
    return [_job(row) for row in rows]


def get(session: Session, job_id: int) -> PrintJob | None:
    row = session.get(PrintJobRow, job_id)
    return None if row is None else _job(row)


def mark_done(session: Session, job_id: int, now: datetime) -> None:
    session.execute(
        update(PrintJobRow)
        .where(PrintJobRow.id == job_id)
        .values(
            status=JobStatus.DONE.value,
            printed_at=now,
            last_error=None,
            attempts=PrintJobRow.attempts + 1,
        )
    )


def mark_failed(session: Session, job_id: int, reason: str, now: datetime) -> None:
    attempts = (
        session.execute(select(PrintJobRow.attempts).where(PrintJobRow.id == job_id)).scalar_one()
        + 1
    )
    session.execute(
        update(PrintJobRow)
        .where(PrintJobRow.id == job_id)
        .values(
            attempts=attempts,
            last_error=reason[:300],
            next_attempt_at=now + retry_delay(attempts),
        )
    )


def retry_now(session: Session, job_id: int) -> None:
    """A volunteer pressed reprint: try this job at once (a done job is printed again)."""
    session.execute(
        update(PrintJobRow)
        .where(PrintJobRow.id == job_id)
        .values(status=JobStatus.WAITING.value, next_attempt_at=None)
    )


def cancel_waiting(session: Session, party_id: int) -> int:
    """A voided party's documents not printed yet are not printed; returns how many."""
    result = session.execute(
        update(PrintJobRow)
        .where(PrintJobRow.party_id == party_id, PrintJobRow.status == JobStatus.WAITING.value)
        .values(status=JobStatus.CANCELLED.value, next_attempt_at=None)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def requeue_party(session: Session, party_id: int) -> int:
    """Print a party's sheet and tickets again, now: the same jobs, so the same meal tickets
    (no new ones); returns how many jobs were queued."""
    ids = session.scalars(
        select(PrintJobRow.id)
        .where(PrintJobRow.party_id == party_id, PrintJobRow.status != JobStatus.CANCELLED.value)
        .order_by(PrintJobRow.id)
    ).all()
    for job_id in ids:
        retry_now(session, job_id)
    return len(ids)


def sheets_printed(session: Session, first: date, last: date) -> dict[date, Counter[str]]:
    found: dict[date, Counter[str]] = defaultdict(Counter)
    # The status is counted, not filtered on: with `status = 'done'` in the WHERE clause,
    # SQLite (no statistics) walked the status index, i.e. every job ever printed, instead
    # of the day index. The today panel asks after each registration, so that grew slower
    # with every day the desk was in use (2 ms after 6,000 registrations, 0.5 ms at first).
    done = func.sum(case((PrintJobRow.status == JobStatus.DONE.value, 1), else_=0))
    for day, language, n in session.execute(
        select(PrintJobRow.day, PrintJobRow.language, done)
        .where(PrintJobRow.day.between(first, last), PrintJobRow.document == Document.SHEET.value)
        .group_by(PrintJobRow.day, PrintJobRow.language)
    ):
        if n:
            found[day][language] = n
    return found
