"""A day's parties one by one (the coordinator's list), and marking one as voided."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.core.errors import ValidationError
from kiosk.core.registration import format_number
from kiosk.core.void import DayParty, VoidedBy, check_undo_in_time
from kiosk.store import day_summaries
from kiosk.store.models import MealTicketRow, PartyRow


def listed(session: Session, day: date, tz: ZoneInfo, number: int | None = None) -> list[DayParty]:
    """The day's parties in the order of their numbers (or only party `number`), with their
    meal tickets handed out and used; times at the site."""
    tickets = (
        select(
            MealTicketRow.party_id,
            func.count().label("handed_out"),
            func.count(MealTicketRow.redeemed_at).label("used"),
        )
        .where(MealTicketRow.day == day)
        .group_by(MealTicketRow.party_id)
        .subquery()
    )
    query = (
        select(PartyRow, tickets.c.handed_out, tickets.c.used)
        .outerjoin(tickets, tickets.c.party_id == PartyRow.id)
        .where(PartyRow.day == day)
        .order_by(PartyRow.number)
    )
    if number is not None:
        query = query.where(PartyRow.number == number)
    return [
        DayParty(
            day=row.day,
            number=row.number,
            registered_at=row.registered_at.astimezone(tz),
            language=row.language,
            nationality=row.nationality,
            people=row.size,
            tickets=handed_out or 0,
            tickets_used=used or 0,
            voided_at=None if row.voided_at is None else row.voided_at.astimezone(tz),
            voided_by=None if row.voided_by is None else VoidedBy(row.voided_by),
        )
        for row, handed_out, used in session.execute(query)
    ]


def party_row(session: Session, day: date, number: int) -> PartyRow:
    """The row of party `number` of `day`; a refusal naming the number (or the date, when the
    day's rows were deleted) when there is none."""
    row = session.scalars(
        select(PartyRow).where(PartyRow.day == day, PartyRow.number == number)
    ).one_or_none()
    if row is not None:
        return row
    summary = day_summaries.get(session, day)
    if summary is not None and summary.purged_at is not None:
        raise ValidationError(
            "date",
            f"{day.isoformat()} is closed and its registrations were deleted",
            reason="day_purged", day=day.isoformat(),
        )
    raise ValidationError(
        "number",
        f"there is no party {format_number(number)} on {day.isoformat()}",
        reason="no_such_party", number=format_number(number), day=day.isoformat(),
    )


def mark_voided(row: PartyRow, by: VoidedBy, now: datetime) -> None:
    """Mark the party voided; refused when it already is, or when a volunteer's undo comes
    too late."""
    if row.voided_at is not None:
        raise ValidationError(
            "number",
            f"party {format_number(row.number)} was already voided",
            reason="already_voided", number=format_number(row.number),
        )
    if by is VoidedBy.VOLUNTEER_UNDO:
        check_undo_in_time(row.registered_at, now, row.number)
    row.voided_at = now
    row.voided_by = by.value
