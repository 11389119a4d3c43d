"""Closed days: their counts frozen as JSON, read back once their per-person rows are gone."""

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from kiosk.core.counts import DailyCounts
from kiosk.core.counts_json import counts_from_json
from kiosk.store.models import DailySummaryRow, MealTicketRow, PartyRow, PrintJobRow


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: date
    counts: DailyCounts
    closed_at: datetime
    purged_at: datetime | None


def _summary(row: DailySummaryRow) -> DaySummary:
    return DaySummary(row.day, counts_from_json(json.loads(row.counts)), row.closed_at,
                      row.purged_at)


def freeze(session: Session, counts: DailyCounts, now: datetime) -> DaySummary:
    """Store (or bring up to date) a day's summary; a day keeps the time it first closed."""
    text = json.dumps(counts.to_json(), sort_keys=True, ensure_ascii=False)
    row = session.get(DailySummaryRow, counts.day)
    if row is None:
        row = DailySummaryRow(day=counts.day, counts=text, closed_at=now, purged_at=None)
        session.add(row)
    elif row.purged_at is None:
        row.counts = text
    session.flush()
    return _summary(row)


def get(session: Session, day: date) -> DaySummary | None:
    row = session.get(DailySummaryRow, day)
    return None if row is None else _summary(row)


def waiting_for_purge(session: Session) -> list[DaySummary]:
    rows = session.scalars(
        select(DailySummaryRow).where(DailySummaryRow.purged_at.is_(None))
        .order_by(DailySummaryRow.day)
    )
    return [_summary(row) for row in rows]


def frozen_counts(session: Session, first: date, last: date) -> dict[date, DailyCounts]:
    """The counts of the days in range whose per-person rows were deleted."""
    rows = session.scalars(
        select(DailySummaryRow).where(
            DailySummaryRow.day.between(first, last), DailySummaryRow.purged_at.is_not(None)
        )
    )
    return {row.day: counts_from_json(json.loads(row.counts)) for row in rows}


def unclosed_days_before(session: Session, day: date) -> list[date]:
    """Days before `day` that still have per-person rows but were never closed."""
    with_rows = union(
        select(PartyRow.day).where(PartyRow.day < day),
        select(MealTicketRow.day).where(MealTicketRow.day < day),
        select(PrintJobRow.day).where(PrintJobRow.day < day),
    ).subquery()
    closed = select(DailySummaryRow.day)
    found = session.scalars(
        select(with_rows.c.day).where(with_rows.c.day.not_in(closed)).order_by(with_rows.c.day)
    )
    return list(found)
