"""What is printed for an arrival, and when a failed print is tried again."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum


class Document(StrEnum):
    SHEET = "sheet"
    TICKETS = "tickets"


class JobStatus(StrEnum):
    WAITING = "waiting"
    DONE = "done"
    CANCELLED = "cancelled"  # its party was voided before it printed


@dataclass(frozen=True, slots=True)
class PrintJob:
    id: int
    document: Document
    day: date
    number: int  # the party's number of the day
    language: str
    tickets: tuple[int, ...]
    status: JobStatus
    attempts: int
    last_error: str | None
    created_at: datetime


RETRY_FIRST = timedelta(seconds=5)
RETRY_MAX = timedelta(minutes=5)


def retry_delay(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, ... up to 5 minutes between tries of a failing job."""
    delay: timedelta = RETRY_FIRST * (2 ** max(0, attempts - 1))
    return min(RETRY_MAX, delay)
