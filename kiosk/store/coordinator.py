"""What coordinator mode does with the database: the PIN and its lockout, the dashboard,
closing the day, deleting per-person rows when due, backups, settings and the audit trail.

`Desk` builds one `Coordinator` from its own parts and exposes these as its methods (the
`# -- coordinator --` block): nothing outside `kiosk.store` calls this module directly.
Every action a coordinator takes writes exactly one audit entry, in the same transaction.
"""

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kiosk.core import pin_lockout, settings
from kiosk.core.audit_chain import Action, AuditEntry, ChainBreak
from kiosk.core.errors import ValidationError
from kiosk.core.period_totals import Dashboard, add_up
from kiosk.core.pin import check_pin, hash_pin, pin_matches
from kiosk.core.pin_lockout import Outcome, PinAttempts, PinVerdict
from kiosk.core.retention import closing_moment
from kiosk.core.site_day import local_day
from kiosk.store import audit, backups, counting, day_summaries, retention, settings_store
from kiosk.store.day_summaries import DaySummary
from kiosk.store.models import PartyRow
from kiosk.store.retention import PurgeReport

__all__ = [
    "AuditCheck",
    "AuditEntry",
    "Coordinator",
    "Dashboard",
    "DatabaseBusy",
    "DaySummary",
    "Housekeeping",
    "PinVerdict",
    "PurgeReport",
    "checkpoint",
]

type SessionFactory = Callable[[bool], AbstractContextManager[Session]]
DASHBOARD_DAYS = 30
ATTEMPTS_KEY = "pin_attempts"


@dataclass(frozen=True, slots=True)
class AuditCheck:
    entries: int
    broken: ChainBreak | None = None
    broken_entry: AuditEntry | None = None  # the first broken entry, when it is still there

    @property
    def ok(self) -> bool:
        return self.broken is None


@dataclass(frozen=True, slots=True)
class Housekeeping:
    """What one round of the desk's own chores did."""

    closed: tuple[date, ...] = ()
    purged: PurgeReport = field(default_factory=PurgeReport)
    backup: Path | None = None
    problems: tuple[str, ...] = ()


class DatabaseBusy(Exception):
    """The write-ahead log could not be emptied: a reader held it the whole time."""


def checkpoint(engine: Engine) -> None:
    """Move the write-ahead log into the file and truncate it; retried while a reader holds it,
    so that rows deleted by a purge survive nowhere in the log."""
    for _ in range(40):
        with engine.connect() as connection:
            row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        if row is None or not row[0]:
            return
        time.sleep(0.05)
    raise DatabaseBusy("the database is busy: the write-ahead log could not be emptied")


class Coordinator:
    def __init__(
        self,
        session: SessionFactory,
        clock: Callable[[], datetime],
        database: Path,
        tz: Callable[[], ZoneInfo],
        checkpoint: Callable[[], None],
    ) -> None:
        self._session = session
        self._clock = clock
        self._database = database
        self._tz = tz
        self._checkpoint = checkpoint

    def _stored(self) -> dict[str, Any]:
        with self._session(False) as session:
            return settings_store.read_all(session)

    # -- the PIN ------------------------------------------------------------------------

    @staticmethod
    def _attempts(stored: dict[str, Any]) -> PinAttempts:
        saved = stored.get(ATTEMPTS_KEY) or {}
        until = saved.get("wait_until")
        return PinAttempts(
            int(saved.get("failures", 0)),
            None if until is None else datetime.fromisoformat(until),
        )

    @staticmethod
    def _attempts_row(attempts: PinAttempts) -> dict[str, Any]:
        until = attempts.wait_until
        return {ATTEMPTS_KEY: {"failures": attempts.failures,
                               "wait_until": None if until is None else until.isoformat()}}

    def pin_state(self) -> PinVerdict:
        return pin_lockout.current(self._attempts(self._stored()), self._clock())

    def _try_pin(self, pin: str, success: Action | None, details: dict[str, Any]) -> PinVerdict:
        """Check a PIN under the lockout rules; one audit entry for a wrong PIN, and one for
        `success` when it is right (a try refused for waiting is not a try)."""
        now = self._clock()
        stored = self._stored()
        pin_hash = stored.get("pin_hash")
        if not isinstance(pin_hash, str):
            raise ValidationError(
                "pin",
                "no coordinator PIN is set: set one with `kiosk reset-pin` on this machine",
                reason="no_pin_set",
            )
        attempts = self._attempts(stored)
        early = pin_lockout.before_try(attempts, now)
        if early is not None:
            return early
        right = pin_matches(pin_hash, pin)
        with self._session(True) as session:
            attempts = self._attempts(settings_store.read_all(session))
            if right:
                settings_store.write(session, self._attempts_row(PinAttempts()))
                if success is not None:
                    audit.append(session, success, details, now)
                return PinVerdict(Outcome.ACCEPTED)
            attempts = pin_lockout.after_wrong(attempts, now)
            settings_store.write(session, self._attempts_row(attempts))
            noted: dict[str, Any] = {"failures": attempts.failures}
            if attempts.wait_until is not None:
                noted["wait_until"] = attempts.wait_until.isoformat()
            audit.append(session, Action.PIN_FAILED, noted, now)
        return PinVerdict(Outcome.WRONG, attempts.failures, attempts.wait_until)

    def login(self, pin: str) -> PinVerdict:
        return self._try_pin(pin, Action.LOGIN, {})

    def change_pin(self, old: str, new: str, again: str | None = None) -> PinVerdict:
        """The old PIN is needed (and counts as a try); the new one is checked first."""
        check_pin(new)
        if again is not None and again != new:
            raise ValidationError(
                "pin again", "the two new PINs are not the same", reason="pins_differ"
            )
        verdict = self._try_pin(old, None, {})
        if verdict.accepted:
            with self._session(True) as session:
                settings_store.write(session, {"pin_hash": hash_pin(new)})
                audit.append(session, Action.PIN_CHANGED, {}, self._clock())
        return verdict

    def reset_pin(self, new: str) -> None:
        """On the machine itself: a new PIN without the old one, and the lockout lifted."""
        pin_hash = hash_pin(new)
        with self._session(True) as session:
            settings_store.write(session, {"pin_hash": pin_hash,
                                           **self._attempts_row(PinAttempts())})
            audit.append(session, Action.PIN_RESET, {"where": "command line"}, self._clock())

    # -- the dashboard ------------------------------------------------------------------

    def dashboard(self) -> Dashboard:
        tz = self._tz()
        today = local_day(self._clock(), tz)
        first = today - timedelta(days=DASHBOARD_DAYS - 1)
        hours = [0] * 24
        with self._session(False) as session:
            days = counting.counts_by_day(session, first, today)
            for moment, size in session.execute(
                select(PartyRow.registered_at, PartyRow.size).where(PartyRow.day == today)
            ):
                hours[moment.astimezone(tz).hour] += size
            closed = day_summaries.get(session, today) is not None
        return Dashboard(days[-1], tuple(hours), tuple(days), add_up(days, first, today), closed)

    # -- closing the day and deleting what is due ----------------------------------------

    def close_day(self, day: date | None = None, *, automatic: bool = False) -> DaySummary:
        now = self._clock()
        today = local_day(now, self._tz())
        day = day or today
        if day > today:
            raise ValidationError(
                "date", f"{day.isoformat()} has not come yet", reason="day_to_come",
                day=day.isoformat(),
            )
        with self._session(True) as session:
            summary = day_summaries.get(session, day)
            if summary is not None and summary.purged_at is not None:
                raise ValidationError(
                    "date",
                    f"{day.isoformat()} is closed and its per-person rows were deleted; "
                    "its counts stay as they were frozen",
                    reason="day_purged", day=day.isoformat(),
                )
            counts = counting.counts_by_day(session, day, day)[0]
            summary = day_summaries.freeze(session, counts, now)
            details: dict[str, Any] = {"date": day.isoformat()}
            if automatic:
                details["automatic"] = True
            audit.append(session, Action.DAY_CLOSED, details, now)
        return summary

    def purge(self, *, by_hand: bool = True) -> PurgeReport:
        """Delete the per-person rows that are due; days never closed are closed first."""
        now = self._clock()
        tz = self._tz()
        today = local_day(now, tz)
        for day in self._unclosed_before(today):
            self.close_day(day, automatic=True)
        with self._session(True) as session:
            hours = int(settings.value_of(settings_store.read_all(session), "retention_hours"))
            report = retention.purge_due(session, now, hours, tz)
            if by_hand or report.days:
                audit.append(session, Action.PURGE, {
                    "days": [day.isoformat() for day in report.days],
                    "rows": report.total_rows,
                    "retention_hours": hours,
                    **({} if by_hand else {"automatic": True}),
                }, now)
        self._checkpoint()
        return report

    def _unclosed_before(self, day: date) -> list[date]:
        with self._session(False) as session:
            return day_summaries.unclosed_days_before(session, day)

    def housekeeping(self) -> Housekeeping:
        """Close the day at its hour, delete what is due, and back up every hour."""
        now = self._clock()
        tz = self._tz()
        today = local_day(now, tz)
        stored = self._stored()
        closed: list[date] = []
        problems: list[str] = []
        closing = str(settings.value_of(stored, "close_day_at"))
        with self._session(False) as session:
            today_open = day_summaries.get(session, today) is None and bool(
                session.execute(select(PartyRow.id).where(PartyRow.day == today).limit(1)).first()
            )
        if today_open and now >= closing_moment(today, closing, tz):
            self.close_day(today, automatic=True)
            closed.append(today)
        for day in self._unclosed_before(today):
            self.close_day(day, automatic=True)
            closed.append(day)
        purged = self.purge(by_hand=False)
        backup = None
        try:
            backup = self.auto_backup(force=bool(closed))
        except (OSError, backups.BackupProblem) as problem:
            problems.append(f"backup: {problem}")
        return Housekeeping(tuple(sorted(closed)), purged, backup, tuple(problems))

    # -- backups --------------------------------------------------------------------------

    def backup_folder(self) -> Path:
        chosen = str(settings.value_of(self._stored(), "backup_folder"))
        return Path(chosen) if chosen else self._database.parent / "backups"

    def backup_to(self, target: Path) -> Path:
        """A checked copy at `target`, by hand (`kiosk backup --out FILE`); audited."""
        self._checkpoint()
        backups.write_backup(self._database, target)
        with self._session(True) as session:
            audit.append(session, Action.BACKUP, {"where": str(target)}, self._clock())
        return target

    def auto_backup(self, force: bool = False) -> Path | None:
        """Every hour and at closing, into the backup folder; copies older than 7 days go."""
        now = self._clock()
        folder = self.backup_folder()
        if not force and not backups.due(folder, now):
            return None
        folder.mkdir(parents=True, exist_ok=True)
        target = backups.write_backup(self._database, folder / backups.automatic_name(now))
        backups.prune(folder, now)
        return target

    # -- the audit trail ------------------------------------------------------------------

    def audit(self, action: str, details: dict[str, Any]) -> AuditEntry:
        with self._session(True) as session:
            return audit.append(session, action, details, self._clock())

    def audit_entries(self, last: int | None = None) -> list[AuditEntry]:
        with self._session(False) as session:
            return audit.entries(session, last)

    def verify_audit(self) -> AuditCheck:
        with self._session(False) as session:
            broken = audit.verify(session)
            count = audit.count(session)
            entry = None
            if broken is not None:
                found = [e for e in audit.entries(session) if e.seq == broken.seq]
                entry = found[0] if found else None
        return AuditCheck(count, broken, entry)

    def record_export(self, first: date, last: date, format: str, where: Path) -> None:
        self.audit(Action.EXPORT, {"from": first.isoformat(), "to": last.isoformat(),
                                   "format": format, "where": str(where)})

    # -- settings -----------------------------------------------------------------------

    def settings_shown(self) -> dict[str, str]:
        return settings.all_shown(self._stored())

    def setting_value(self, key: str) -> Any:
        return settings.value_of(self._stored(), key)

    def change_setting(self, key: str, text: str) -> str:
        """Check and store one setting; the new value as text. Audited by name, not value."""
        with self._session(True) as session:
            stored = settings_store.read_all(session)
            rows = settings.changed_rows(stored, key, text)
            settings_store.write(session, rows)
            audit.append(session, Action.SETTING_CHANGED, {"key": key}, self._clock())
            return settings.shown({**stored, **rows}, key)

