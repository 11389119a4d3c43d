"""Days and retention: closing a day, deleting per-person rows when due, the desk's hourly
chores, backups, and the health of the database file (checkpoint, integrity)."""

import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kiosk.core import settings as registry
from kiosk.core.audit_chain import Action
from kiosk.core.errors import ValidationError
from kiosk.core.retention import closing_moment
from kiosk.core.site_day import local_day
from kiosk.store import audit, backups, counting, day_summaries, retention, settings_store
from kiosk.store.database import check_integrity, describe
from kiosk.store.day_summaries import DaySummary
from kiosk.store.desk_outbox import Outbox
from kiosk.store.models import PartyRow
from kiosk.store.retention import PurgeReport
from kiosk.store.sessions import Sessions
from kiosk.store.site_record import SiteRecord

__all__ = ["DatabaseBusy", "DaySummary", "Days", "Housekeeping", "PurgeReport"]


@dataclass(frozen=True, slots=True)
class Housekeeping:
    """What one round of the desk's own chores did."""

    closed: tuple[date, ...] = ()
    purged: PurgeReport = field(default_factory=PurgeReport)
    backup: Path | None = None
    problems: tuple[str, ...] = ()


class DatabaseBusy(Exception):
    """The write-ahead log could not be emptied: a reader held it the whole time."""


class Days:
    """The life of each day's rows, from arrival to deletion, and the file that holds them."""

    def __init__(
        self,
        sessions: Sessions,
        site: SiteRecord,
        outbox: Outbox,
        pause: Callable[[float], None] = time.sleep,
    ) -> None:
        self._sessions = sessions
        self._site = site
        self._outbox = outbox
        self._pause = pause

    def _setting(self, key: str) -> Any:
        with self._sessions.session() as session:
            return registry.value_of(settings_store.read_all(session), key)

    # -- closing the day and deleting what is due ----------------------------------------

    def close_day(self, day: date | None = None, *, automatic: bool = False) -> DaySummary:
        """Freeze the day's counts into its summary; its per-person rows become due.
        The day's final packet for headquarters is queued (the outbox is refreshed)."""
        summary = self._close(day, automatic=automatic)
        self._outbox.refresh()
        return summary

    def _close(self, day: date | None = None, *, automatic: bool = False) -> DaySummary:
        now = self._sessions.now()
        today = local_day(now, self._site.tz)
        day = day or today
        if day > today:
            raise ValidationError(
                "date", f"{day.isoformat()} has not come yet", reason="day_to_come",
                day=day.isoformat(),
            )
        with self._sessions.session(write=True) as session:
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

    def purge(self) -> PurgeReport:
        """`kiosk purge`: delete the per-person rows that are due, then checkpoint.
        Packets are brought up to date first: a day without rows is never rebuilt."""
        self._outbox.refresh()
        return self._purge(by_hand=True)

    def _purge(self, *, by_hand: bool) -> PurgeReport:
        """Delete the per-person rows that are due; days never closed are closed first."""
        now = self._sessions.now()
        tz = self._site.tz
        for day in self._unclosed_before(local_day(now, tz)):
            self._close(day, automatic=True)
        with self._sessions.session(write=True) as session:
            hours = int(registry.value_of(settings_store.read_all(session), "retention_hours"))
            report = retention.purge_due(session, now, hours, tz)
            if by_hand or report.days:
                audit.append(session, Action.PURGE, {
                    "days": [day.isoformat() for day in report.days],
                    "rows": report.total_rows,
                    "retention_hours": hours,
                    **({} if by_hand else {"automatic": True}),
                }, now)
        self._empty_log()
        if report.days:
            self._drop_backups_after_purge()
        return report

    def _drop_backups_after_purge(self) -> None:
        """No backup may keep the rows just deleted: every copy goes, and a fresh one is
        written from the purged database (kiosk.store.backups.drop_after_purge)."""
        backups.drop_after_purge(self.backup_folder(), self._sessions.path.parent)
        # If it fails, the hourly backup tries again (and reports) at the next housekeeping.
        with suppress(OSError, backups.BackupProblem):
            self._auto_backup(force=True)

    def _unclosed_before(self, day: date) -> list[date]:
        with self._sessions.session() as session:
            return day_summaries.unclosed_days_before(session, day)

    def housekeeping(self) -> Housekeeping:
        """Close the day at its hour, delete what is due, and back up every hour."""
        self._outbox.refresh()
        now = self._sessions.now()
        tz = self._site.tz
        today = local_day(now, tz)
        closed: list[date] = []
        problems: list[str] = []
        closing = str(self._setting("close_day_at"))
        with self._sessions.session() as session:
            today_open = day_summaries.get(session, today) is None and bool(
                session.execute(select(PartyRow.id).where(PartyRow.day == today).limit(1)).first()
            )
        if today_open and now >= closing_moment(today, closing, tz):
            self._close(today, automatic=True)
            closed.append(today)
        for day in self._unclosed_before(today):
            self._close(day, automatic=True)
            closed.append(day)
        purged = self._purge(by_hand=False)
        backup = None
        try:
            backup = self._auto_backup(force=bool(closed))
        except (OSError, backups.BackupProblem) as problem:
            problems.append(f"backup: {problem}")
        if closed:
            self._outbox.refresh()
        return Housekeeping(tuple(sorted(closed)), purged, backup, tuple(problems))

    # -- backups --------------------------------------------------------------------------

    def backup_folder(self) -> Path:
        chosen = str(self._setting("backup_folder"))
        return Path(chosen) if chosen else self._sessions.path.parent / "backups"

    def backup_to(self, target: Path) -> Path:
        """A checked copy at `target`, by hand (`kiosk backup --out FILE`); audited."""
        self._empty_log()
        backups.write_backup(self._sessions.path, target, self._sessions.key)
        with self._sessions.session(write=True) as session:
            audit.append(session, Action.BACKUP, {"where": str(target)}, self._sessions.now())
        return target

    def _auto_backup(self, force: bool = False) -> Path | None:
        """Every hour and at closing, into the backup folder (0700, copies 0600); copies older
        than 7 days go (and all of them at each purge, see _drop_backups_after_purge)."""
        now = self._sessions.now()
        folder = self.backup_folder()
        if not force and not backups.due(folder, now):
            return None
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # the copies themselves are 0600
        target = backups.write_backup(
            self._sessions.path, folder / backups.automatic_name(now), self._sessions.key
        )
        backups.prune(folder, now)
        return target

    # -- the database file ----------------------------------------------------------------

    def checkpoint(self) -> None:
        """Move everything from the write-ahead log into the database file and empty the log."""
        with self._sessions.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def _empty_log(self) -> None:
        """Checkpoint, retried while a reader holds the log, so that rows deleted by a purge
        survive nowhere in it."""
        for _ in range(40):
            with self._sessions.engine.connect() as connection:
                row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
            if row is None or not row[0]:
                return
            self._pause(0.05)
        raise DatabaseBusy("the database is busy: the write-ahead log could not be emptied")

    def integrity_problems(self, full: bool = True) -> list[str]:
        return check_integrity(self._sessions.path, full=full, key=self._sessions.key)

    def pragmas(self) -> dict[str, Any]:
        return describe(self._sessions.engine)
