"""The print queue as the printing service sees it (it satisfies printing's `JobSource`)."""

import math
from datetime import date, timedelta

from sqlalchemy import select

from kiosk.core.codes import Referral
from kiosk.core.errors import ValidationError
from kiosk.core.print_job import Document, PrintJob
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.printers import PrinterChoice
from kiosk.core.registration import format_number
from kiosk.core.site import Site
from kiosk.core.void import check_number
from kiosk.store import day_parties, print_queue
from kiosk.store.desk_settings import Settings
from kiosk.store.desk_tickets import Tickets
from kiosk.store.models import PartyReferralRow, PartyRow
from kiosk.store.sessions import Sessions
from kiosk.store.site_record import SiteRecord


class PrintQueue:
    """Sheets and tickets waiting to be printed, and what is printed on them, where."""

    def __init__(
        self, sessions: Sessions, site: SiteRecord, tickets: Tickets, settings: Settings
    ) -> None:
        self._sessions = sessions
        self._site = site
        self._tickets = tickets
        self._settings = settings

    def next_print_job(self) -> PrintJob | None:
        with self._sessions.session() as session:
            return print_queue.next_due(session, self._sessions.now())

    def print_job(self, job_id: int) -> PrintJob | None:
        with self._sessions.session() as session:
            return print_queue.get(session, job_id)

    def waiting_print_jobs(self) -> list[PrintJob]:
        with self._sessions.session() as session:
            return print_queue.waiting(session)

    def print_done(self, job_id: int) -> None:
        with self._sessions.session(write=True) as session:
            print_queue.mark_done(session, job_id, self._sessions.now())

    def print_failed(self, job_id: int, reason: str) -> None:
        with self._sessions.session(write=True) as session:
            print_queue.mark_failed(session, job_id, reason, self._sessions.now())

    def reprint(self, job_id: int) -> None:
        with self._sessions.session(write=True) as session:
            print_queue.retry_now(session, job_id)

    def reprint_party(self, number: int, day: date | None = None) -> int:
        """Queue party `number`'s sheet and meal tickets again (default: today's party): the
        same tickets, never new ones. Returns how many documents were queued; refused for a
        day to come or one outside retention (its parties are deleted), for a voided party,
        and for one typed in from paper (nothing was printed for it)."""
        check_number(number)
        today = self._site.today()
        day = day or today
        if day > today:
            raise ValidationError(
                "date", f"{day.isoformat()} has not come yet", reason="day_to_come",
                day=day.isoformat(),
            )
        hours = int(self._settings.value("retention_hours"))
        if day < today - timedelta(days=1 + math.ceil(hours / 24)):
            raise ValidationError(
                "date",
                f"{day.isoformat()} is outside retention: a day's parties are deleted "
                f"{hours} hours after it closes",
                reason="outside_retention", day=day.isoformat(), hours=hours,
            )
        with self._sessions.session(write=True) as session:
            row = day_parties.party_row(session, day, number)
            if row.voided_at is not None:
                raise ValidationError(
                    "number",
                    f"party {format_number(number)} was voided: its documents are not printed",
                    reason="party_voided", number=format_number(number),
                )
            queued = print_queue.requeue_party(session, row.id)
        if queued == 0:
            raise ValidationError(
                "number",
                f"party {format_number(number)} was typed in from paper: nothing was printed "
                "for it",
                reason="nothing_printed", number=format_number(number),
            )
        return queued

    # What a job needs to be rendered (the rest of printing's JobSource).

    def require_site(self) -> Site:
        return self._site.require_site()

    def ticket_code(self, day: date, serial: int) -> str:
        return self._tickets.ticket_code(day, serial)

    def check_code(self, day: date, serial: int) -> str:
        return self._tickets.check_code(day, serial)

    def printed_info(self) -> PrintedInfo:
        return self._settings.printed_info()

    def party_referrals(self, day: date, number: int) -> tuple[Referral, ...]:
        """The referrals ticked for a day's party (its sheet's "for you" box), read when the
        sheet is printed: so a job queued before sheets had the box, and a reprint, print
        them too, and the stored job needs nothing new. None if the party is gone."""
        with self._sessions.session() as session:
            found = set(
                session.scalars(
                    select(PartyReferralRow.referral)
                    .join(PartyRow, PartyRow.id == PartyReferralRow.party_id)
                    .where(PartyRow.day == day, PartyRow.number == number)
                )
            )
        return tuple(referral for referral in Referral if referral.value in found)

    def printer_choice(self, document: Document) -> PrinterChoice:
        return self._settings.printer_choice(document)
