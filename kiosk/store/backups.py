"""Online backups of the desk's database, checked after writing, and restoring one.

A backup is a SQLite file encrypted with the database's own key (rollback journal, not WAL,
so it is one self-contained file on a USB stick) made with SQLite's backup API while the
kiosk runs, and checked with `integrity_check` before it counts as written; it is 0600.
Automatic copies are kept for 7 days at most, and all of them go whenever the retention run
deletes a day's per-person rows (`drop_after_purge`): no copy keeps a row past its deadline.
A restore refuses a damaged, truncated or newer-schema file, and keeps the database it
replaces aside. A plain backup from before encryption can still be restored (the desk
encrypts it when it opens it).
"""

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.store.database import (
    FILE_MODE,
    KNOWN_REVISIONS,
    DriverError,
    check_integrity,
    key_for,
    new_private_file,
)
from kiosk.store.database_key import DatabaseKey, another_key, connect, is_plain, made_with

KEEP_FOR = timedelta(days=7)
EVERY = timedelta(hours=1)
_MAGIC = b"SQLite format 3\x00"
_CIPHER_PAGE = 4096
_STAMP = "%Y%m%dT%H%M%SZ"
_AUTOMATIC = re.compile(r"kiosk-(\d{8}T\d{6}Z)\.sqlite3")


class BackupProblem(Exception):
    """A backup could not be written, or a file cannot be restored; the message says why."""


@dataclass(frozen=True, slots=True)
class Restored:
    schema: str  # the schema of the restored file (the desk upgrades it when it opens)
    aside: Path | None  # where the database that was there is kept


def _key(path: Path, key: DatabaseKey | None) -> DatabaseKey | None:
    """The key `path` opens with: none for a plain file, else `key` or the one kept."""
    if path.stat().st_size > 0 and is_plain(path):
        return None
    return key if key is not None else key_for(path)


def write_backup(source: Path, target: Path, key: DatabaseKey | None = None) -> Path:
    """A consistent, checked copy of `source` at `target` (replaced only once it is sound),
    encrypted as `source` is (with `key`, default: the key where it is kept), mode 0600."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    chosen = _key(source, key)
    new_private_file(partial)
    src = connect(f"{source.absolute().as_uri()}?mode=ro", chosen, uri=True)
    try:
        dst = connect(partial, chosen)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(partial, FILE_MODE)
    problems = check_integrity(partial, full=True, key=chosen)
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
    if len(header) < 100:
        return "it is not a SQLite database"
    if not header.startswith(_MAGIC):  # encrypted: SQLCipher's pages are 4096 bytes
        size = path.stat().st_size
        if size % _CIPHER_PAGE:
            return (
                "it is not a SQLite database, plain or encrypted "
                f"({size} bytes is not a whole number of pages)"
            )
        return None
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


def _encrypted_truncation(path: Path, key: DatabaseKey) -> str | None:
    """A truncated encrypted file, told as `_header_problem` tells a plain one: SQLite
    refuses to start reading a file shorter than its (decrypted) header says, as malformed,
    where a wrong key gives "file is not a database". None otherwise."""
    try:
        connection = connect(f"{path.absolute().as_uri()}?mode=ro", key, uri=True)
        try:
            connection.execute("PRAGMA page_count").fetchone()
        finally:
            connection.close()
    except DriverError as error:
        if "malformed" in str(error):
            size = path.stat().st_size
            return f"it is truncated ({size} bytes, fewer than its header says)"
    return None


def schema_of(path: Path, key: DatabaseKey | None = None) -> str | None:
    connection = connect(f"{path.absolute().as_uri()}?mode=ro", _key(path, key), uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except DriverError:
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def problems_of(path: Path, key: DatabaseKey | None = None) -> list[str]:
    """Why `path` cannot be restored; empty when it is a sound kiosk database we can open."""
    if not path.is_file():
        return [f"{path} does not exist"]
    header = _header_problem(path)
    if header is not None:
        return [header]
    chosen = _key(path, key)
    if chosen is not None and not made_with(path, chosen):
        return [another_key(chosen.place)]
    if chosen is not None:
        short = _encrypted_truncation(path, chosen)
        if short is not None:
            return [short]
    damage = check_integrity(path, full=True, key=chosen)
    if damage:
        return [f"it is damaged ({damage[0]})"]
    schema = schema_of(path, key)
    if schema is None:
        return ["it is not a kiosk database (no schema version)"]
    if schema not in KNOWN_REVISIONS:
        return [f"it was written by a newer version of the kiosk (schema {schema})"]
    return []


def restore(
    database: Path, backup: Path, now: datetime, key: DatabaseKey | None = None
) -> Restored:
    """Put `backup` in place of `database`, keeping the current file (and its WAL) aside.

    The kiosk must not be running. Nothing is changed when the backup is refused. An
    encrypted backup opens with `key` (default: the key where it is kept).
    """
    problems = problems_of(backup, key)
    if problems:
        raise BackupProblem(f"{backup} cannot be restored: {problems[0]}")
    schema = schema_of(backup, key) or ""
    partial = database.with_name(database.name + ".restoring")
    partial.unlink(missing_ok=True)
    write_backup(backup, partial, key)
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


def drop_after_purge(folder: Path, data_folder: Path) -> list[Path]:
    """Every copy that may hold rows the retention run just deleted: all automatic copies,
    and the copies kept beside the database before a migration or a restore.

    Called after a purge has deleted a day's per-person rows (and emptied the log); the
    caller then writes a fresh copy, so there is always a backup, and none older than the
    last purge. (A copy taken before the day began could keep only days purged earlier,
    whose copies went then, so telling them apart would keep nothing more.)"""
    removed = []
    for _taken, path in automatic_backups(folder):
        path.unlink(missing_ok=True)
        removed.append(path)
    for pattern in ("*.before-migration-*.sqlite3", "*.before-restore-*.sqlite3"):
        for path in sorted(data_folder.glob(pattern)):
            path.unlink(missing_ok=True)
            Path(f"{path}-wal").unlink(missing_ok=True)
            removed.append(path)
    return removed


def prune(folder: Path, now: datetime) -> list[Path]:
    """Delete automatic copies older than 7 days; the newest one always stays."""
    copies = automatic_backups(folder)
    removed = []
    for taken, path in copies[:-1]:
        if now - taken > KEEP_FOR:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
