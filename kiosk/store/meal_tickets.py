"""Handing out meal tickets and taking them back at the soup counter."""

from datetime import date, datetime

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from kiosk.core.meal_ticket import Refusal, TicketRefused
from kiosk.store.models import MealTicketRow, PartyRow
from kiosk.store.registrations import day_text, raw

_LAST_SERIAL = "SELECT coalesce(max(serial), 0) FROM meal_tickets WHERE day = ?"
_INSERT_TICKET = "INSERT INTO meal_tickets (day, serial, party_id) VALUES (?, ?, ?)"


def issue(connection: Connection, day: date, party_id: int, count: int) -> list[int]:
    """The next `count` ticket numbers of the day, stored as handed out (plain SQL on the
    registration's own connection, as `registrations` writes the party)."""
    db = raw(connection)
    (last,) = db.execute(_LAST_SERIAL, (day_text(day),)).fetchone()
    serials = list(range(int(last) + 1, int(last) + 1 + count))
    db.executemany(_INSERT_TICKET, [(day_text(day), serial, party_id) for serial in serials])
    return serials


def redeem(session: Session, day: date, serial: int, now: datetime) -> None:
    """Mark a ticket of `day` as used, once; TicketRefused otherwise (a ticket of a voided
    party is refused as voided, used or not)."""
    row = session.execute(
        select(MealTicketRow.id, MealTicketRow.redeemed_at, PartyRow.voided_at)
        .outerjoin(PartyRow, PartyRow.id == MealTicketRow.party_id)
        .where(MealTicketRow.day == day, MealTicketRow.serial == serial)
    ).one_or_none()
    if row is None:
        raise TicketRefused(Refusal.NOT_ISSUED)
    if row.voided_at is not None:
        raise TicketRefused(Refusal.VOIDED, day=day, serial=serial)
    if row.redeemed_at is not None:
        raise TicketRefused(Refusal.ALREADY_USED, used_at=row.redeemed_at, day=day, serial=serial)
    session.execute(update(MealTicketRow).where(MealTicketRow.id == row.id).values(redeemed_at=now))


def meals_served(session: Session, first: date, last: date) -> dict[date, int]:
    rows = session.execute(
        select(MealTicketRow.day, func.count())
        .where(MealTicketRow.day.between(first, last), MealTicketRow.redeemed_at.is_not(None))
        .group_by(MealTicketRow.day)
    )
    return {day: n for day, n in rows}
