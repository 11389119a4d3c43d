"""The one gateway between the rest of the kiosk and its database.

Each method opens a short session and returns plain objects from `kiosk.core`;
nothing outside `kiosk.store` holds a Session.
"""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from kiosk.core.countries import DEFAULT_FREQUENT
from kiosk.core.counts import DailyCounts
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
from kiosk.core.pin import hash_pin, pin_matches
from kiosk.core.print_job import Document, PrintJob
from kiosk.core.printed_info import PrintedInfo, make_printed_info
from kiosk.core.printers import Paper, PrinterChoice, PrinterKind, make_printer_choice
from kiosk.core.registration import Party, Receipt
from kiosk.core.site import DeskSettings, Site, check_idle_seconds, check_interface_language
from kiosk.core.site_day import local_day, zone
from kiosk.store import counting, meal_tickets, print_queue, registrations, settings_store
from kiosk.store.database import Opened, check_integrity, describe, open_database
from kiosk.store.models import MealTicketRow, PartyRow

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class NotSetUp(Exception):
    """The kiosk has no site yet: run the first-run set-up (or `kiosk init`)."""


class Desk:
    """Registrations, counts and settings of one desk."""

    def __init__(self, opened: Opened, clock: Clock = utc_now) -> None:
        self._engine: Engine = opened.engine
        self.path = opened.path
        self.schema_version = opened.schema_version
        self.migration_backup = opened.backup
        self._clock = clock
        self._writer = self._engine.execution_options(write=True)
        self._site: Site | None = None
        self._tz: ZoneInfo | None = None

    @classmethod
    def open(cls, path: Path, clock: Clock = utc_now) -> "Desk":
        return cls(open_database(path), clock)

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        bind = self._writer if write else self._engine
        with Session(bind, expire_on_commit=False) as session, session.begin():
            yield session

    # -- the site -----------------------------------------------------------------------

    def site(self) -> Site | None:
        if self._site is None:
            with self._session() as session:
                values = settings_store.read_all(session)
            if "site_id" in values:
                self._site = Site(values["site_id"], values["site_name"], values["timezone"])
        return self._site

    def require_site(self) -> Site:
        site = self.site()
        if site is None:
            raise NotSetUp("this kiosk is not set up yet: run `kiosk init` or start the screens")
        return site

    def set_up(self, site: Site, pin: str | None = None) -> None:
        """First run: the site, and the coordinator PIN (kept only as a hash)."""
        values: dict[str, Any] = {
            "site_id": site.site_id,
            "site_name": site.name,
            "timezone": site.timezone,
        }
        if pin is not None:
            values["pin_hash"] = hash_pin(pin)
        with self._session(write=True) as session:
            if "ticket_secret" not in settings_store.read_all(session):
                values["ticket_secret"] = new_secret()
            settings_store.write(session, values)
        self._site, self._tz = site, None

    def has_pin(self) -> bool:
        with self._session() as session:
            return "pin_hash" in settings_store.read_all(session)

    def check_pin(self, pin: str) -> bool:
        with self._session() as session:
            stored = settings_store.read_all(session).get("pin_hash")
        return isinstance(stored, str) and pin_matches(stored, pin)

    def desk_settings(self) -> DeskSettings:
        with self._session() as session:
            values = settings_store.read_all(session)
        defaults = DeskSettings()
        return DeskSettings(
            idle_seconds=int(values.get("idle_seconds", defaults.idle_seconds)),
            interface_language=str(values.get("interface_language", defaults.interface_language)),
        )

    def save_desk_settings(self, settings: DeskSettings) -> None:
        values = {
            "idle_seconds": check_idle_seconds(settings.idle_seconds),
            "interface_language": check_interface_language(settings.interface_language),
        }
        with self._session(write=True) as session:
            settings_store.write(session, values)

    def printed_info(self) -> PrintedInfo:
        """Addresses, hours and links printed on the sheets (defaults until a coordinator
        changes them)."""
        with self._session() as session:
            stored = settings_store.read_all(session).get("printed_info", {})
        return make_printed_info(stored)

    def save_printed_info(self, changes: dict[str, Any]) -> PrintedInfo:
        """Check and store changed values; returns the whole new set."""
        with self._session(write=True) as session:
            stored = dict(settings_store.read_all(session).get("printed_info", {}))
            stored.update(changes)
            info = make_printed_info(stored)
            settings_store.write(session, {"printed_info": stored})
        return info

    def printer_choice(self, document: Document) -> PrinterChoice:
        with self._session() as session:
            stored = settings_store.read_all(session).get(f"printer.{document.value}")
        if not stored:
            paper = Paper.A4 if document is Document.SHEET else Paper.RECEIPT
            return PrinterChoice(PrinterKind.FOLDER, "", paper)
        return make_printer_choice(stored, f"printer.{document.value}")

    def save_printer_choice(self, document: Document, values: dict[str, Any]) -> PrinterChoice:
        choice = make_printer_choice(values, f"printer.{document.value}")
        with self._session(write=True) as session:
            settings_store.write(session, {f"printer.{document.value}": choice.to_json()})
        return choice

    @property
    def tz(self) -> ZoneInfo:
        if self._tz is None:
            self._tz = zone(self.require_site().timezone)
        return self._tz

    def today(self) -> date:
        return local_day(self._clock(), self.tz)

    # -- registering ----------------------------------------------------------------------

    def register(
        self, party: Party, at: datetime | None = None, *, hand_out: bool = False
    ) -> Receipt:
        """Store a party and give it the next number of its day.

        With `hand_out` (an arrival at the desk, not a paper list typed in later) the party's
        meal tickets are issued and its sheet and tickets queued for printing, in the same
        transaction. When this returns, everything is committed with synchronous=FULL.
        """
        moment = (at or self._clock()).astimezone(UTC)
        day = local_day(moment, self.tz)
        tickets: list[int] = []
        with self._writer.begin() as connection:
            number = registrations.next_number(connection, day)
            party_id = registrations.insert_party(connection, party, moment, day, number)
            if hand_out:
                tickets = meal_tickets.issue(connection, day, party_id, party.size)
                print_queue.enqueue(
                    connection,
                    day=day,
                    party_id=party_id,
                    number=number,
                    language=party.language,
                    tickets=tickets,
                    now=moment,
                )
        return Receipt(number, day, moment, party.size, tuple(tickets))

    def register_many(self, arrivals: Iterable[tuple[datetime, Party]]) -> int:
        """Store many paper or demo registrations in one transaction; returns how many.

        Numbers of the day follow the order given. Nothing is handed out or printed.
        """
        count = 0
        numbers: dict[date, int] = {}
        with self._writer.begin() as connection:
            for at, party in arrivals:
                moment = at.astimezone(UTC)
                day = local_day(moment, self.tz)
                if day not in numbers:
                    numbers[day] = registrations.next_number(connection, day)
                registrations.insert_party(connection, party, moment, day, numbers[day])
                numbers[day] += 1
                count += 1
        return count

    # -- counting -----------------------------------------------------------------------

    def counts(self, day: date) -> DailyCounts:
        return self.counts_by_day(day, day)[0]

    def counts_by_day(self, first: date, last: date) -> list[DailyCounts]:
        """Exact counts for every day from `first` to `last`, days without arrivals included."""
        with self._session() as session:
            return counting.counts_by_day(session, first, last)

    def frequent_nationalities(self, limit: int = 8, days: int = 7) -> list[str]:
        """The nationalities seen most in the last `days` days, topped up with common origins."""
        today = self.today()
        with self._session() as session:
            rows = session.execute(
                select(PartyRow.nationality, func.sum(PartyRow.size).label("n"))
                .where(PartyRow.day.between(today - timedelta(days=days - 1), today))
                .group_by(PartyRow.nationality)
                .order_by(func.sum(PartyRow.size).desc(), PartyRow.nationality)
                .limit(limit)
            ).all()
        found = [code for code, _ in rows]
        for code in DEFAULT_FREQUENT:
            if len(found) >= limit:
                break
            if code not in found:
                found.append(code)
        return found

    # -- meal tickets ---------------------------------------------------------------------

    def _ticket_secret(self) -> str:
        with self._session() as session:
            secret = settings_store.read_all(session).get("ticket_secret")
        if isinstance(secret, str):
            return secret
        with self._session(write=True) as session:  # a site set up before tickets existed
            secret = settings_store.read_all(session).get("ticket_secret") or new_secret()
            settings_store.write(session, {"ticket_secret": secret})
        return str(secret)

    def ticket_code(self, day: date, serial: int) -> str:
        """The signed code printed in a ticket's QR."""
        return encode(MealTicket(self.require_site().site_id, day, serial), self._ticket_secret())

    def party_tickets(self, day: date, number: int) -> tuple[str, list[int]] | None:
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

    def redeem(self, scanned: str) -> MealTicket:
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

    def next_print_job(self) -> PrintJob | None:
        with self._session() as session:
            return print_queue.next_due(session, self._clock())

    def print_job(self, job_id: int) -> PrintJob | None:
        with self._session() as session:
            return print_queue.get(session, job_id)

    def waiting_print_jobs(self) -> list[PrintJob]:
        with self._session() as session:
            return print_queue.waiting(session)

    def print_done(self, job_id: int) -> None:
        with self._session(write=True) as session:
            print_queue.mark_done(session, job_id, self._clock())

    def print_failed(self, job_id: int, reason: str) -> None:
        with self._session(write=True) as session:
            print_queue.mark_failed(session, job_id, reason, self._clock())

    def reprint(self, job_id: int) -> None:
        with self._session(write=True) as session:
            print_queue.retry_now(session, job_id)

    # -- health -------------------------------------------------------------------------

    def integrity_problems(self, full: bool = True) -> list[str]:
        return check_integrity(self.path, full=full)

    def checkpoint(self) -> None:
        """Move everything from the write-ahead log into the database file and empty the log."""
        with self._engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def pragmas(self) -> dict[str, Any]:
        return describe(self._engine)
