"""Meal tickets and the print queue, as seen through the desk (part of `Desk`)."""

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core.meal_ticket import (
    MealTicket,
    Refusal,
    TicketRefused,
    check_for_today,
    decode,
    encode,
    new_secret,
    typed_serial,
)
from kiosk.core.print_job import PrintJob
from kiosk.core.site import Site
from kiosk.core.site_day import local_day
from kiosk.store import meal_tickets, print_queue, settings_store
from kiosk.store.models import MealTicketRow, PartyRow


class _DeskParts(Protocol):
    """What these methods use of the desk they are part of."""

    _clock: Callable[[], datetime]

    def _session(self, write: bool = False) -> AbstractContextManager[Session]: ...
    def _ticket_secret(self) -> str: ...
    def require_site(self) -> Site: ...

    @property
    def tz(self) -> ZoneInfo: ...


class TicketsAndPrinting:
    """Handing out and taking back meal tickets; the print queue's jobs."""

    # -- meal tickets ---------------------------------------------------------------------

    def _ticket_secret(self: _DeskParts) -> str:
        with self._session() as session:
            secret = settings_store.read_all(session).get("ticket_secret")
        if isinstance(secret, str):
            return secret
        with self._session(write=True) as session:  # a site set up before tickets existed
            secret = settings_store.read_all(session).get("ticket_secret") or new_secret()
            settings_store.write(session, {"ticket_secret": secret})
        return str(secret)

    def ticket_code(self: _DeskParts, day: date, serial: int) -> str:
        """The signed code printed in a ticket's QR."""
        return encode(MealTicket(self.require_site().site_id, day, serial), self._ticket_secret())

    def party_tickets(self: _DeskParts, day: date, number: int) -> tuple[str, list[int]] | None:
        """The sheet language and meal ticket numbers of a day's party; None if no such party."""
        with self._session() as session:
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

    def redeem(self: _DeskParts, scanned: str) -> MealTicket:
        """Accept a meal ticket once: a scanned code, or a ticket number typed by hand.

        Raises TicketRefused with the reason; a refusal stores nothing.
        """
        site = self.require_site()
        now = self._clock()
        today = local_day(now, self.tz)
        serial = typed_serial(scanned)
        if serial is not None:
            ticket = MealTicket(site.site_id, today, serial)
        elif len(scanned) > 64:
            raise TicketRefused(Refusal.UNREADABLE)
        else:
            ticket = decode(scanned, self._ticket_secret(), site.site_id)
            check_for_today(ticket, today)
        with self._session(write=True) as session:
            meal_tickets.redeem(session, ticket.day, ticket.serial, now)
        return ticket

    # -- the print queue ------------------------------------------------------------------

    def next_print_job(self: _DeskParts) -> PrintJob | None:
        with self._session() as session:
            return print_queue.next_due(session, self._clock())

    def print_job(self: _DeskParts, job_id: int) -> PrintJob | None:
        with self._session() as session:
            return print_queue.get(session, job_id)

    def waiting_print_jobs(self: _DeskParts) -> list[PrintJob]:
        with self._session() as session:
            return print_queue.waiting(session)

    def print_done(self: _DeskParts, job_id: int) -> None:
        with self._session(write=True) as session:
            print_queue.mark_done(session, job_id, self._clock())

    def print_failed(self: _DeskParts, job_id: int, reason: str) -> None:
        with self._session(write=True) as session:
            print_queue.mark_failed(session, job_id, reason, self._clock())

    def reprint(self: _DeskParts, job_id: int) -> None:
        with self._session(write=True) as session:
            print_queue.retry_now(session, job_id)

    # -- the holder's language --

    def ticket_language(self: _DeskParts, day: date, serial: int) -> str | None:
        """The sheet language of the party a meal ticket was handed to; None when unknown
        (no such ticket, or the party's rows were purged)."""
        with self._session() as session:
            language = session.scalar(
                select(PartyRow.language)
                .join(MealTicketRow, MealTicketRow.party_id == PartyRow.id)
                .where(MealTicketRow.day == day, MealTicketRow.serial == serial)
            )
        return language
