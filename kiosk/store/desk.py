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
from kiosk.core.disclosure import DEFAULT_K, MIN_K, check_k
from kiosk.core.hq_link import HqConnection, make_hq_connection
from kiosk.core.meal_ticket import (
    new_secret,
)
from kiosk.core.outgoing import OutgoingPacket, SyncStatus
from kiosk.core.pin import hash_pin, pin_matches
from kiosk.core.print_job import Document
from kiosk.core.printed_info import PrintedInfo, make_printed_info
from kiosk.core.printers import Paper, PrinterChoice, PrinterKind, make_printer_choice
from kiosk.core.registration import Party, Receipt
from kiosk.core.site import DeskSettings, Site, check_idle_seconds, check_interface_language
from kiosk.core.site_day import local_day, zone
from kiosk.store import coordinator as coordination
from kiosk.store import (
    counting,
    meal_tickets,
    outbox,
    print_queue,
    registrations,
    settings_store,
)
from kiosk.store.database import Opened, check_integrity, describe, open_database
from kiosk.store.desk_tickets import TicketsAndPrinting
from kiosk.store.models import PartyRow

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class NotSetUp(Exception):
    """The kiosk has no site yet: run the first-run set-up (or `kiosk init`)."""


class Desk(TicketsAndPrinting):
    """Registrations, counts and settings of one desk (meal tickets and the print queue:
    kiosk.store.desk_tickets)."""

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

    # -- health -------------------------------------------------------------------------

    def integrity_problems(self, full: bool = True) -> list[str]:
        return check_integrity(self.path, full=full)

    def checkpoint(self) -> None:
        """Move everything from the write-ahead log into the database file and empty the log."""
        with self._engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def pragmas(self) -> dict[str, Any]:
        return describe(self._engine)

    # -- headquarters sync ----------------------------------------------------------------
    # The outbox (kiosk.store.outbox) holds one packet per day. Registering, redeeming and
    # printing never touch it: every method below that reads packets first refreshes it,
    # rebuilding the days whose rows changed and giving a day a new revision only when the
    # hash of its packet's content differs from the stored one.

    def hq_connection(self) -> HqConnection | None:
        """Where headquarters is and this kiosk's token; None until `kiosk connect`."""
        with self._session() as session:
            values = settings_store.read_all(session)
        if "hq_url" not in values or "hq_token" not in values:
            return None
        return HqConnection(values["hq_url"], values["hq_token"], values.get("hq_ca_bundle"))

    def save_hq_connection(self, connection: HqConnection) -> None:
        checked = make_hq_connection(connection.url, connection.token, connection.ca_bundle)
        with self._session(write=True) as session:
            settings_store.write(
                session,
                {
                    "hq_url": checked.url,
                    "hq_token": checked.token,
                    "hq_ca_bundle": checked.ca_bundle,
                },
            )

    def disclosure_k(self) -> int:
        """The smallest count that leaves the kiosk (a site setting: 5 unless changed)."""
        with self._session() as session:
            stored = settings_store.read_all(session).get("disclosure_k", DEFAULT_K)
        return max(MIN_K, int(stored))

    def save_disclosure_k(self, k: int) -> int:
        checked = check_k(k)
        with self._session(write=True) as session:
            settings_store.write(session, {"disclosure_k": checked})
        return checked

    def refresh_outbox(self) -> int:
        """Rebuild the packets of days that changed; returns how many got a new revision."""
        site = self.require_site()
        with self._session(write=True) as session:
            stored = settings_store.read_all(session).get("disclosure_k", DEFAULT_K)
            k = max(MIN_K, int(stored))
            return outbox.refresh(session, site.site_id, k, self.today(), self._clock())

    def waiting_packets(self) -> list[OutgoingPacket]:
        """Packets headquarters has not confirmed yet, oldest day first (outbox refreshed)."""
        self.refresh_outbox()
        with self._session() as session:
            return outbox.waiting(session)

    def outgoing_packet(self, day: date) -> OutgoingPacket | None:
        """The latest packet of a day as it leaves the kiosk (outbox refreshed)."""
        self.refresh_outbox()
        with self._session() as session:
            return outbox.get(session, day)

    def packet_answered(self, day: date, hq_revision: int, hq_hash: str) -> OutgoingPacket:
        """Headquarters holds `hq_revision` with content `hq_hash`: confirm, or raise ours."""
        with self._session(write=True) as session:
            return outbox.answered(session, day, hq_revision, hq_hash, self._clock())

    def packet_failed(self, day: date, problem: str) -> None:
        with self._session(write=True) as session:
            outbox.failed(session, day, problem, self._clock())

    def sync_finished(self, problem: str | None) -> None:
        """A sync run ended: with nothing waiting it counts as the last successful sync."""
        now = self._clock()
        with self._session(write=True) as session:
            values: dict[str, Any] = {"sync_last_problem": problem}
            if problem is None and outbox.waiting_count(session) == 0:
                values["sync_last_success"] = now.isoformat()
            settings_store.write(session, values)

    def sync_status(self) -> SyncStatus:
        """Last successful sync, days waiting, last problem (without refreshing the outbox)."""
        with self._session() as session:
            values = settings_store.read_all(session)
            waiting = outbox.waiting_count(session)
        success = values.get("sync_last_success")
        return SyncStatus(
            connected="hq_url" in values and "hq_token" in values,
            hq_url=values.get("hq_url"),
            last_success=None if success is None else datetime.fromisoformat(success),
            waiting=waiting,
            last_problem=values.get("sync_last_problem"),
        )

    # -- coordinator --
    # PIN and lockout, dashboard, closing the day, retention, backups, settings, audit trail.
    # The work is done in kiosk.store.coordinator; every coordinator action is audited there.

    @property
    def _coordination(self) -> coordination.Coordinator:
        found: coordination.Coordinator | None = getattr(self, "_coordinator", None)
        if found is None:
            found = coordination.Coordinator(
                lambda write: self._session(write),
                self._clock,
                self.path,
                lambda: self.tz,
                lambda: coordination.checkpoint(self._engine),
            )
            self._coordinator = found
        return found

    def coordinator_pin_state(self) -> coordination.PinVerdict:
        """Free to try, waiting after wrong PINs, or locked (before anything is typed)."""
        return self._coordination.pin_state()

    def coordinator_login(self, pin: str) -> coordination.PinVerdict:
        return self._coordination.login(pin)

    def change_pin(self, old: str, new: str, again: str | None = None) -> coordination.PinVerdict:
        return self._coordination.change_pin(old, new, again)

    def reset_pin(self, new: str) -> None:
        """`kiosk reset-pin` on the machine: a new PIN without the old one; logged."""
        self._coordination.reset_pin(new)

    def local_now(self) -> datetime:
        """The time now at the site."""
        return self._clock().astimezone(self.tz)

    def dashboard(self) -> coordination.Dashboard:
        return self._coordination.dashboard()

    def close_day(
        self, day: date | None = None, *, automatic: bool = False
    ) -> coordination.DaySummary:
        """Freeze the day's counts into its summary; its per-person rows become due.
        The day's final packet for headquarters is queued (the outbox is refreshed)."""
        summary = self._coordination.close_day(day, automatic=automatic)
        self.refresh_outbox()
        return summary

    def purge(self) -> coordination.PurgeReport:
        """`kiosk purge`: delete the per-person rows that are due, then checkpoint.
        Packets are brought up to date first: a day without rows is never rebuilt."""
        self.refresh_outbox()
        return self._coordination.purge()

    def housekeeping(self) -> coordination.Housekeeping:
        """Close the day at its hour, delete what is due, back up every hour."""
        self.refresh_outbox()
        report = self._coordination.housekeeping()
        if report.closed:
            self.refresh_outbox()
        return report

    def backup_folder(self) -> Path:
        return self._coordination.backup_folder()

    def backup_to(self, target: Path) -> Path:
        return self._coordination.backup_to(target)

    def audit(self, action: str, details: dict[str, Any]) -> coordination.AuditEntry:
        """Append one entry to the audit trail (e.g. a sync, or a restore)."""
        return self._coordination.audit(action, details)

    def audit_entries(self, last: int | None = None) -> list[coordination.AuditEntry]:
        return self._coordination.audit_entries(last)

    def verify_audit(self) -> coordination.AuditCheck:
        return self._coordination.verify_audit()

    def record_export(self, first: date, last: date, format: str, where: Path) -> None:
        self._coordination.record_export(first, last, format, where)

    def settings_shown(self) -> dict[str, str]:
        """Every setting as text (the headquarters token only says whether it is set)."""
        return self._coordination.settings_shown()

    def setting_value(self, key: str) -> Any:
        return self._coordination.setting_value(key)

    def change_setting(self, key: str, text: str) -> str:
        """Check and store one setting (ValidationError names the key); audited."""
        shown = self._coordination.change_setting(key, text)
        self._site, self._tz = None, None
        return shown
