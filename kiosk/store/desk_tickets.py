"""Meal tickets: the signed code on each ticket, and taking a ticket back at the soup counter."""

from datetime import date

from sqlalchemy import select

from kiosk.core.audit_chain import Action
from kiosk.core.meal_ticket import (
    MealTicket,
    Refusal,
    TicketRefused,
    check_code,
    check_for_today,
    check_typed,
    decode,
    encode,
    new_secret,
    typed_label,
    typed_ticket,
)
from kiosk.core.site_day import local_day
from kiosk.store import audit, meal_tickets, settings_store
from kiosk.store.models import MealTicketRow, PartyRow
from kiosk.store.sessions import Sessions
from kiosk.store.site_record import SiteRecord


class Tickets:
    """Handing out and taking back meal tickets."""

    def __init__(self, sessions: Sessions, site: SiteRecord) -> None:
        self._sessions = sessions
        self._site = site

    def _secret(self) -> str:
        with self._sessions.session() as session:
            secret = settings_store.read_all(session).get("ticket_secret")
        if isinstance(secret, str):
            return secret
        with self._sessions.session(write=True) as session:  # set up before tickets existed
            secret = settings_store.read_all(session).get("ticket_secret")
            if not secret:  # a settings change like any other: audited, by name only
                secret = new_secret()
                settings_store.write(session, {"ticket_secret": secret})
                audit.append(session, Action.SETTING_CHANGED, {"key": "ticket_secret"},
                             self._sessions.now())
        return str(secret)

    def ticket_code(self, day: date, serial: int) -> str:
        """The signed code printed in a ticket's QR."""
        return encode(MealTicket(self._site.require_site().site_id, day, serial), self._secret())

    def check_code(self, day: date, serial: int) -> str:
        """The short code printed beside a ticket's serial, typed with it at the soup counter."""
        ticket = MealTicket(self._site.require_site().site_id, day, serial)
        return check_code(ticket, self._secret())

    def typed_label(self, serial: int, day: date | None = None) -> str:
        """What a volunteer types for ticket `serial` of `day` (default: today): `017-K7R`."""
        ticket = MealTicket(self._site.require_site().site_id, day or self._site.today(), serial)
        return typed_label(ticket, self._secret())

    def party_tickets(self, day: date, number: int) -> tuple[str, list[int]] | None:
        """The sheet language and meal ticket numbers of a day's party; None if no such party."""
        with self._sessions.session() as session:
            party = session.execute(
                select(PartyRow.id, PartyRow.language).where(
                    PartyRow.day == day, PartyRow.number == number
                )
            ).one_or_none()
            if party is None:
                return None
            serials = session.scalars(
                select(MealTicketRow.serial)
                .where(MealTicketRow.party_id == party.id)
                .order_by(MealTicketRow.serial)
            ).all()
        return party.language, list(serials)

    def redeem(self, scanned: str) -> MealTicket:
        """Accept a meal ticket once: a scanned code, or a ticket number typed by hand with
        its check code (`17-K7R`).

        Raises TicketRefused with the reason; a refusal stores nothing.
        """
        site = self._site.require_site()
        now = self._sessions.now()
        today = local_day(now, self._site.tz)
        typed = typed_ticket(scanned)
        if typed is not None:
            ticket = check_typed(typed, site.site_id, today, self._secret())
        elif len(scanned) > 64:
            raise TicketRefused(Refusal.UNREADABLE)
        else:
            ticket = decode(scanned, self._secret(), site.site_id)
            check_for_today(ticket, today)
        with self._sessions.session(write=True) as session:
            meal_tickets.redeem(session, ticket.day, ticket.serial, now)
        return ticket

    def ticket_language(self, day: date, serial: int) -> str | None:
        """The sheet language of the party a meal ticket was handed to; None when unknown
        (no such ticket, or the party's rows were purged)."""
        with self._sessions.session() as session:
            language = session.scalar(
                select(PartyRow.language)
                .join(MealTicketRow, MealTicketRow.party_id == PartyRow.id)
                .where(MealTicketRow.day == day, MealTicketRow.serial == serial)
            )
        return language

    def ticket_party_number(self, day: date, serial: int) -> int | None:
        """The number of the day of the party a meal ticket was handed to; None when unknown."""
        with self._sessions.session() as session:
            number = session.scalar(
                select(PartyRow.number)
                .join(MealTicketRow, MealTicketRow.party_id == PartyRow.id)
                .where(MealTicketRow.day == day, MealTicketRow.serial == serial)
            )
        return number
