"""Online backups of the desk's database, checked after writing, and restoring one.

A backup is a plain SQLite file (rollback journal, not WAL, so it is one self-contained
file on a USB stick) made with SQLite's backup API while the kiosk runs, and checked with
`integrity_check` before it counts as written. Automatic copies are kept for 7 days.
A restore refuses a damaged, truncated or newer-schema file, and keeps the database it
replaces aside.
"""

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.store.database import KNOWN_REVISIONS, check_integrity

KEEP_FOR = timedelta(days=7)
EVERY = timedelta(hours=1)
_MAGIC = b"SQLite format 3\x00"
_STAMP = "%Y%m%dT%H%M%SZ"
_AUTOMATIC = re.compile(r"kiosk-(\d{8}T\d{6}Z)\.sqlite3")


class BackupProblem(Exception):
    """A backup could not be written, or a file cannot be restored; the message says why."""


@dataclass(frozen=True, slots=True)
class Restored:
    schema: str  # the schema of the restored file (the desk upgrades it when it opens)
    aside: Path | None  # where the database that was there is kept


def _close(connection: sqlite3.Connection) -> None:
    connection.close()


def write_backup(source: Path, target: Path) -> Path:
    """A consistent, checked copy of `source` at `target` (replaced only once it is sound)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            _close(dst)
    finally:
        _close(src)
    problems = check_integrity(partial, full=True)
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupProblem(f"the copy failed its integrity check ({problems[0]})")
    with partial.open("rb") as written:
        os.fsync(written.fileno())
    os.replace(partial, target)
    return target


def _header_problem(path: Path) -> str | None:
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(_MAGIC):
        return "it is not a SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    size = path.stat().st_size
    if counter_valid and size < pages * page_size:
        return f"it is truncated ({size} of {pages * page_size} bytes)"
    if size % page_size:
        return f"it is truncated ({size} bytes is not a whole number of pages)"
    return None


def schema_of(path: Path) -> str | None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        _close(connection)
    return None if row is None else str(row[0])


def problems_of(path: Path) -> list[str]:
    """Why `path` cannot be restored; empty when it is a sound kiosk database we can open."""
    if not path.is_file():
        return [f"{path} does not exist"]
    header = _header_problem(path)
    if header is not None:
        return [header]
    damage = check_integrity(path, full=True)
    if damage:
        return [f"it is damaged ({damage[0]})"]
    schema = schema_of(path)
    if schema is None:
        return ["it is not a kiosk database (no schema version)"]
    if schema not in KNOWN_REVISIONS:
        return [f"it was written by a newer version of the kiosk (schema {schema})"]
    return []


def restore(database: Path, backup: Path, now: datetime) -> Restored:
    """Put `backup` in place of `database`, keeping the current file (and its WAL) aside.

    The kiosk must not be running. Nothing is changed when the backup is refused.
    """
    problems = problems_of(backup)
    if problems:
        raise BackupProblem(f"{backup} cannot be restored: {problems[0]}")
    schema = schema_of(backup) or ""
    partial = database.with_name(database.name + ".restoring")
    partial.unlink(missing_ok=True)
    write_backup(backup, partial)
    aside = None
    if database.exists():
        aside = database.with_name(
            f"{database.stem}.before-restore-{now.astimezone(UTC).strftime(_STAMP)}"
            f"{database.suffix}"
        )
        for suffix in ("", "-wal"):
            current = Path(f"{database}{suffix}")
            if current.exists():
                os.replace(current, Path(f"{aside}{suffix}"))
        Path(f"{database}-shm").unlink(missing_ok=True)
    os.replace(partial, database)
    return Restored(schema, aside)


def automatic_name(now: datetime) -> str:
    return f"kiosk-{now.astimezone(UTC).strftime(_STAMP)}.sqlite3"


def automatic_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic copies in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _AUTOMATIC.fullmatch(path.name)
        if match:
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append((taken, path))
    return sorted(found)


def due(folder: Path, now: datetime) -> bool:
    copies = automatic_backups(folder)
    return not copies or now - copies[-1][0] >= EVERY


def prune(folder: Path, now: datetime) -> list[Path]:
    """Delete automatic copies older than 7 days; the newest one always stays."""
    copies = automatic_backups(folder)
    removed = []
    for taken, path in copies[:-1]:
        if now - taken > KEEP_FOR:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
