"""Opening the desk's database safely: check it, back it up, migrate it, set durable pragmas.

The database is encrypted with SQLCipher (`sqlcipher3`, through SQLAlchemy's SQLite
dialect): the file, its write-ahead log and every backup are unreadable without the key
(`kiosk.store.database_key`). A plain database left by an older kiosk is encrypted when it is
opened, after a plain copy is taken aside (see `encrypt_plain`). Every file the database
makes is for the kiosk's user alone: the folder 0700, the files 0600.
"""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk.core.clock import Clock, system_clock
from kiosk.store.database_key import (
    DatabaseKey,
    KeyProblem,
    connect,
    is_plain,
    key_of_file,
    key_or_new,
    made_with,
)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The schema this code writes, and every schema it can upgrade from. Kept here so that a
# start-up with an up-to-date file never imports Alembic; a test checks them against the
# migration scripts.
SCHEMA_HEAD = "0005"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005"})
BUSY_TIMEOUT_MS = 10_000
FOLDER_MODE = 0o700
FILE_MODE = 0o600

# Set on every connection: durable commits, no stale deleted data, foreign keys enforced.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
)

DriverConnection = sqlcipher.Connection
DriverError = sqlcipher.Error
DriverIntegrityError = sqlcipher.IntegrityError


class DatabaseProblem(Exception):
    """The database cannot be used as it is; the message says what to do."""


class DatabaseDamaged(DatabaseProblem):
    pass


class DatabaseTooNew(DatabaseProblem):
    pass


class DatabaseKeyProblem(DatabaseProblem):
    """The key of an encrypted database is missing, unreadable or not its key."""


class DatabaseKeyWrong(DatabaseKeyProblem, DatabaseDamaged):
    """The key does not open the file: it is not this database's key, or the file is damaged
    (SQLCipher cannot tell the two apart)."""


@dataclass(frozen=True, slots=True)
class Opened:
    engine: Engine
    path: Path
    schema_version: str
    backup: Path | None
    key: DatabaseKey | None = None


def private_folder(folder: Path) -> Path:
    """`folder` made if needed, for the kiosk's user alone (0700)."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o777 != FOLDER_MODE:
        folder.chmod(FOLDER_MODE)
    return folder


def private_files(path: Path) -> None:
    """The database and the -wal/-shm files next to it (where they exist) made 0600.

    SQLite gives a new -wal or -shm file the mode of its database file, so a database
    file of 0600 keeps them 0600 too."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        current = Path(f"{path}{suffix}")
        try:
            if current.stat().st_mode & 0o777 != FILE_MODE:
                current.chmod(FILE_MODE)
        except FileNotFoundError:
            continue


def new_private_file(path: Path) -> None:
    """An empty file of mode 0600 at `path` unless there is one (SQLite then writes into it)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return
    os.close(descriptor)


def _read_only(path: Path) -> str:
    return f"{path.absolute().as_uri()}?mode=ro"


def key_for(path: Path) -> DatabaseKey | None:
    """The key to open `path` with: None for a plain file, else the key where it is kept."""
    try:
        return key_of_file(path)
    except KeyProblem as problem:
        raise DatabaseKeyProblem(
            f"The database {path} is encrypted and {problem}. Put its key back there "
            "(or name it with KIOSK_DATABASE_KEY_FILE); the database was left as it is."
        ) from None


def apply_pragmas(connection: sqlite3.Connection | sqlcipher.Connection) -> None:
    for pragma in PRAGMAS:
        connection.execute(pragma)


def make_engine(path: Path, key: DatabaseKey | None = None, *, read_only: bool = False) -> Engine:
    """An engine on the encrypted database at `path` (key None: the key where it is kept).
    `read_only` (for `kiosk doctor`) never writes to the file: it is opened with mode=ro and
    the pragmas that write (journal_mode) are left out."""
    chosen = key if key is not None else key_for(path)

    def _connect() -> sqlcipher.Connection:
        if read_only:
            return connect(_read_only(path), chosen, uri=True)
        return connect(path, chosen)

    engine = create_engine(f"sqlite:///{path}", creator=_connect, module=sqlcipher)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlcipher.Connection, record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's begin event decide how transactions start (see below).
        dbapi_connection.isolation_level = None
        for pragma in PRAGMAS:
            if not (read_only and "journal_mode" in pragma):
                dbapi_connection.execute(pragma)
        if not read_only:
            private_files(path)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the lock up front, so two processes never both read the same
        # "next number of the day" and one of them fails at commit.
        if connection.get_execution_options().get("write", False):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


def check_integrity(path: Path, full: bool = False, key: DatabaseKey | None = None) -> list[str]:
    """Problems found by SQLite's quick_check (or integrity_check); empty when the file is sound.

    Opens the file read-only so that a damaged file is never written to. `key` None: the key
    where it is kept (none for a plain file).
    """
    check = "integrity_check" if full else "quick_check"
    try:
        chosen = key if key is not None or is_plain(path) else key_for(path)
        connection = connect(_read_only(path), chosen, uri=True)
        try:
            rows = connection.execute(f"PRAGMA {check}").fetchall()
        finally:
            connection.close()
    except DriverError as error:
        if str(error) == "file is not a database" and not is_plain(path):
            if chosen is not None and made_with(path, chosen):
                return ["its first page does not decrypt, though the key checks on its other pages"]
            return ["the key does not open it: a wrong key, or the file is damaged"]
        return [str(error)]
    except OSError as error:
        return [str(error.strerror or error)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def damage_of(path: Path, key: DatabaseKey | None = None) -> list[str]:
    """Why the existing file at `path` is not a usable kiosk database (read-only, full
    integrity aside): empty, unreadable, or without the kiosk's schema. Empty when sound."""
    if path.stat().st_size == 0:
        return ["it is empty (0 bytes)"]
    problems = check_integrity(path, key=key)
    if problems:
        return problems
    try:
        chosen = key if key is not None or is_plain(path) else key_for(path)
        connection = connect(_read_only(path), chosen, uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except DriverError:
        row = None
    return ["it has no kiosk schema"] if row is None else []


def backup_file(source: Path, target: Path, key: DatabaseKey | None) -> Path:
    """A consistent copy through SQLite's online backup API, encrypted with the same key."""
    private_folder(target.parent)
    new_private_file(target)
    src = connect(source, key)
    try:
        dst = connect(target, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def encrypt_plain(path: Path, key: DatabaseKey, stamp: str) -> Path:
    """Encrypt the plain database at `path` in place; returns the plain copy taken first.

    Its write-ahead log is emptied into it, a plain copy is taken aside (for a coordinator to
    go back to if anything fails; it is deleted once the encrypted file is checked), the
    content is exported with `sqlcipher_export` into a new encrypted file, which is checked
    and then swapped in with one rename. A crash at any point leaves either the plain
    database (encrypted again on the next start) or the encrypted one.
    """
    with sqlite3.connect(path, isolation_level=None) as plain:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    plain.close()
    aside = path.with_name(f"{path.stem}.before-encryption-{stamp}{path.suffix}")
    new_private_file(aside)
    with sqlite3.connect(path) as src, sqlite3.connect(aside) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    partial = path.with_name(path.name + ".encrypting")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    new_private_file(partial)
    connection = connect(aside, None)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(
            "ATTACH DATABASE ? AS encrypted KEY ?", (str(partial), key.pragma_value())
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute(f"PRAGMA encrypted.user_version={int(version)}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    problems = check_integrity(partial, full=True, key=key)
    if problems:
        partial.unlink(missing_ok=True)
        raise DatabaseDamaged(
            f"The database {path} could not be encrypted ({problems[0]}). It was left as it is."
        )
    with partial.open("rb") as written:
        os.fsync(written.fileno())
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(partial, path)
    _sync_folder(path.parent)
    return aside


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


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


def _key_opens(path: Path, key: DatabaseKey) -> bool:
    try:
        connection = connect(_read_only(path), key, uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except DriverError:
        return False
    return True


def _key_for_new_or_plain(path: Path) -> DatabaseKey:
    try:
        return key_or_new()
    except KeyProblem as problem:
        raise DatabaseKeyProblem(f"{problem}; the database {path} was left as it is") from None


def _drop_plain_copies(path: Path) -> None:
    """Plain copies left by an encryption that was cut short, with their -wal, -shm and
    -journal files (a kill while the copy is written or read leaves them), and the
    half-written encrypted file of a cut encryption."""
    for pattern in (
        f"{path.stem}.before-encryption-*{path.suffix}",
        f"{path.stem}.before-encryption-*{path.suffix}-*",
        f"{path.name}.encrypting*",
    ):
        for leftover in path.parent.glob(pattern):
            leftover.unlink(missing_ok=True)


def open_database(path: Path, *, clock: Clock = system_clock) -> Opened:
    """Check, back up, migrate and open the desk's (encrypted) database.

    A damaged file, one written by a newer kiosk, or an encrypted one whose key is missing
    or wrong is refused, never touched (and never replaced by a new one). A plain file is
    encrypted first (`encrypt_plain`). The backup taken before a migration is named after
    `clock`'s time.
    """
    private_folder(path.parent)
    # A new kiosk is recognised by the absence of the file only: an emptied (0-byte) or
    # schema-less file where the database was is damage, never a fresh start. (A new
    # database is built beside it and renamed into place, so a cut first start leaves none.)
    existed = path.exists()
    stamp = clock().strftime("%Y%m%dT%H%M%SZ")
    if existed and path.stat().st_size == 0:
        raise _damaged(path, ["it is empty (0 bytes)"])
    if existed and is_plain(path):
        problems = damage_of(path)
        if problems:
            raise _damaged(path, problems)
        key = _key_for_new_or_plain(path)
        encrypt_plain(path, key, stamp)
    elif existed:
        key_or_none = key_for(path)
        assert key_or_none is not None
        key = key_or_none
        if not _key_opens(path, key):
            raise DatabaseKeyWrong(
                f"The database {path} does not open with the {key.place.describe()}: "
                "a wrong key, or a damaged file. Put this database's key there, or restore a "
                "backup made with this key; the database was left as it is."
            )
        problems = damage_of(path, key)
        if problems:
            raise _damaged(path, problems)
    else:
        key = _key_for_new_or_plain(path)
        _create(path, key)
        existed = True
    _drop_plain_copies(path)
    private_files(path)
    engine = make_engine(path, key)
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
                backup = backup_file(
                    path, path.with_name(f"{path.stem}.before-migration-{stamp}.sqlite3"), key
                )
            upgrade(engine)
        return Opened(engine, path, head, backup, key)
    except BaseException:
        engine.dispose()
        raise


def _create(path: Path, key: DatabaseKey) -> None:
    """A new database with the whole schema, built beside `path` and renamed into place: a
    kiosk stopped during its first start leaves no half-made file where the database goes."""
    partial = path.with_name(f"{path.name}.creating")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    new_private_file(partial)
    engine = make_engine(partial, key)
    try:
        upgrade(engine)
    finally:
        engine.dispose()  # the last connection's close folds the log into the file
    os.replace(partial, path)
    _sync_folder(path.parent)


def _damaged(path: Path, problems: list[str]) -> DatabaseDamaged:
    return DatabaseDamaged(
        f"The database {path} is damaged ({problems[0]}). It was left as it is. "
        "Restore the latest backup (kiosk restore FILE) or ask your coordinator; "
        "do not delete the file, it may still hold registrations."
    )


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
