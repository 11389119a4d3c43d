"""Opening the desk's SQLite file safely: check it, back it up, migrate it, set durable pragmas."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk.core.clock import Clock, system_clock

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The schema this code writes, and every schema it can upgrade from. Kept here so that a
# start-up with an up-to-date file never imports Alembic; a test checks them against the
# migration scripts.
SCHEMA_HEAD = "0005"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005"})
BUSY_TIMEOUT_MS = 10_000

# Set on every connection: durable commits, no stale deleted data, foreign keys enforced.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
)


class DatabaseProblem(Exception):
    """The database cannot be used as it is; the message says what to do."""


class DatabaseDamaged(DatabaseProblem):
    pass


class DatabaseTooNew(DatabaseProblem):
    pass


@dataclass(frozen=True, slots=True)
class Opened:
    engine: Engine
    path: Path
    schema_version: str
    backup: Path | None


def apply_pragmas(connection: sqlite3.Connection) -> None:
    for pragma in PRAGMAS:
        connection.execute(pragma)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """The engine of the desk's file; `read_only` (for `kiosk doctor`) never writes to it:
    the file is opened with mode=ro and the pragmas that write (journal_mode) are left out."""
    url = f"sqlite:///file:{path.absolute()}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's begin event decide how transactions start (see below).
        dbapi_connection.isolation_level = None
        for pragma in PRAGMAS:
            if not (read_only and "journal_mode" in pragma):
                dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the lock up front, so two processes never both read the same
        # "next number of the day" and one of them fails at commit.
        if connection.get_execution_options().get("write", False):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


def check_integrity(path: Path, full: bool = False) -> list[str]:
    """Problems found by SQLite's quick_check (or integrity_check); empty when the file is sound.

    Opens the file read-only so that a damaged file is never written to.
    """
    check = "integrity_check" if full else "quick_check"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute(f"PRAGMA {check}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def damage_of(path: Path) -> list[str]:
    """Why the existing file at `path` is not a usable kiosk database (read-only, full
    integrity aside): empty, unreadable, or without the kiosk's schema. Empty when sound."""
    if path.stat().st_size == 0:
        return ["it is empty (0 bytes)"]
    problems = check_integrity(path)
    if problems:
        return problems
    try:
        connection = sqlite3.connect(f"file:{path.absolute()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        row = None
    return ["it has no kiosk schema"] if row is None else []


def backup_file(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target


def _alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def known_revisions() -> frozenset[str]:
    return KNOWN_REVISIONS


def scripted_revisions() -> tuple[str | None, set[str]]:
    """Head and all revisions as the migration scripts say (imports Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return script.get_current_head(), {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if exists is None:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).scalar_one()
    return bool(found)


def open_database(path: Path, *, clock: Clock = system_clock) -> Opened:
    """Check, back up, migrate and open the desk's database.

    A damaged file or one written by a newer kiosk is refused, never touched. The backup
    taken before a migration is named after `clock`'s time.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # A new kiosk is recognised by the absence of the file only: an emptied (0-byte) or
    # schema-less file where the database was is damage, never a fresh start.
    existed = path.exists()
    if existed:
        problems = damage_of(path)
        if problems:
            raise DatabaseDamaged(
                f"The database {path} is damaged ({problems[0]}). It was left as it is. "
                "Restore the latest backup (kiosk restore FILE) or ask your coordinator; "
                "do not delete the file, it may still hold registrations."
            )
    engine = make_engine(path)
    try:
        current = current_revision(engine) if existed else None
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseTooNew(
                f"The database {path} was written by a newer version of the kiosk "
                f"(schema {current}). Install that version again; this one will not change it."
            )
        backup = None
        if current != head:
            if existed and _has_tables(engine):
                stamp = clock().strftime("%Y%m%dT%H%M%SZ")
                backup = backup_file(
                    path, path.with_name(f"{path.stem}.before-migration-{stamp}.sqlite3")
                )
            upgrade(engine)
        return Opened(engine, path, head, backup)
    except BaseException:
        engine.dispose()
        raise


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), revision)


def describe(engine: Engine) -> dict[str, Any]:
    with engine.connect() as connection:
        return {
            "journal_mode": connection.exec_driver_sql("PRAGMA journal_mode").scalar_one(),
            "synchronous": connection.exec_driver_sql("PRAGMA synchronous").scalar_one(),
            "foreign_keys": connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one(),
            "secure_delete": connection.exec_driver_sql("PRAGMA secure_delete").scalar_one(),
        }
