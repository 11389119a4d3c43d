"""Deleting a closed day's per-person rows once they are due, and keeping its summary.

Each due day is counted once more from its rows, the summary takes those numbers, and the
rows go, in one transaction: counts, exports and sync read the same numbers before and
after. The caller then checkpoints the write-ahead log (`secure_delete` is on for every
connection, so deleted rows are overwritten in the database file as well).
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from kiosk.core.retention import due_at
from kiosk.store import counting, day_summaries
from kiosk.store.models import (
    DailySummaryRow,
    MealTicketRow,
    PartyFlagRow,
    PartyReferralRow,
    PartyRow,
    PersonRow,
    PrintJobRow,
)


@dataclass(frozen=True, slots=True)
class PurgeReport:
    days: tuple[date, ...] = ()
    rows: dict[str, int] = field(default_factory=dict)  # rows deleted, per table

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _count_rows(session: Session, day: date) -> dict[str, int]:
    in_day = select(PartyRow.id).where(PartyRow.day == day)

    def n(statement: Select[Any]) -> int:
        return int(session.execute(statement).scalar_one())

    return {
        "parties": n(select(func.count()).where(PartyRow.day == day)),
        "people": n(select(func.count()).where(PersonRow.party_id.in_(in_day))),
        "party_flags": n(select(func.count()).where(PartyFlagRow.party_id.in_(in_day))),
        "party_referrals": n(
            select(func.count()).where(PartyReferralRow.party_id.in_(in_day))
        ),
        "meal_tickets": n(select(func.count()).where(MealTicketRow.day == day)),
        "print_jobs": n(select(func.count()).where(PrintJobRow.day == day)),
    }


def purge_day(session: Session, day: date, now: datetime) -> dict[str, int]:
    """Freeze the day's counts from its rows once more, then delete the rows."""
    counts = counting.counts_by_day(session, day, day)[0]
    day_summaries.freeze(session, counts, now)
    deleted = _count_rows(session, day)
    session.execute(delete(MealTicketRow).where(MealTicketRow.day == day))
    session.execute(delete(PrintJobRow).where(PrintJobRow.day == day))
    session.execute(delete(PartyRow).where(PartyRow.day == day))  # people, flags: ON DELETE CASCADE
    row = session.get(DailySummaryRow, day)
    assert row is not None
    row.purged_at = now
    session.flush()
    return deleted


def purge_due(session: Session, now: datetime, hours: int, tz: ZoneInfo) -> PurgeReport:
    days: list[date] = []
    rows: dict[str, int] = {}
    for summary in day_summaries.waiting_for_purge(session):
        if due_at(summary.day, summary.closed_at, hours, tz) > now:
            continue
        for table, n in purge_day(session, summary.day, now).items():
            rows[table] = rows.get(table, 0) + n
        days.append(summary.day)
    return PurgeReport(tuple(days), rows)
