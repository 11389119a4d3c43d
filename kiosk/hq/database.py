"""Headquarters' database: SQLite by default, PostgreSQL for real deployments (same code).

Its schema is kept by Alembic (kiosk/hq/migrations, apart from the kiosk's own): every
command that opens the database brings it to the newest revision first. A database made
before headquarters had migrations (by `create_all`, the same tables as the first
revision) is recognised and stamped as that revision, so it keeps its data.
"""

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk.core.errors import ValidationError

if TYPE_CHECKING:
    from alembic.config import Config

DB_ENV = "KIOSK_HQ_DB"
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA secure_delete=ON",
)


def default_url() -> str:
    return f"sqlite:///{user_data_path('startpunt-hq', appauthor=False) / 'hq.sqlite3'}"


def normalised_url(url: str) -> str:
    """postgres:// and postgresql:// use psycopg 3; sqlite:// and postgresql only."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValidationError("db", "expected a URL like sqlite:///hq.sqlite3") from None
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql"):
        if parsed.drivername in ("postgres", "postgresql"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        return parsed.render_as_string(hide_password=False)
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise ValidationError("db", "SQLite needs a file: sqlite:///path/to/hq.sqlite3")
        return url
    raise ValidationError("db", f"{backend!r} is not supported: use sqlite or postgresql")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    url = normalised_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        database = make_url(url).database
        assert database is not None
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
            dbapi.isolation_level = None
            for pragma in SQLITE_PRAGMAS:
                dbapi.execute(pragma)

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            # Writers take the lock at once, so concurrent upserts queue instead of failing.
            mode = "IMMEDIATE" if connection.get_execution_options().get("write") else ""
            connection.exec_driver_sql(f"BEGIN {mode}".strip())

        return engine
    engine = create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)

    @event.listens_for(engine, "connect")
    def _planner(dbapi: Any, record: ConnectionPoolEntry) -> None:
        # The dashboard's queries over a year are estimated costly enough for PostgreSQL's
        # JIT compiler, which then spends longer compiling (about 10 ms) than they run.
        # psycopg prepares a statement from its sixth run, and after five more PostgreSQL
        # may keep one generic plan for it, blind to the dates asked (a year or a day):
        # the overview took half again as long from its eleventh request on. A plan made
        # for each run's dates costs well under a millisecond.
        with dbapi.cursor() as cursor:
            cursor.execute("SET jit = off")
            cursor.execute("SET plan_cache_mode = force_custom_plan")
        dbapi.commit()

    return engine


MIGRATIONS = Path(__file__).with_name("migrations")
FIRST_REVISION = "hq0001"
# The tables `create_all` made before there were migrations: the first revision's tables.
FIRST_TABLES = frozenset({"sites", "readers", "day_packets", "request_keys"})
VERSION_TABLE = "alembic_version"
MIGRATION_LOCK = 0x6B696F736B6871  # PostgreSQL advisory lock: one migrating process at a time


def alembic_config(connection: Connection | None = None) -> "Config":
    """Headquarters' Alembic set-up; env.py runs on the connection handed over here."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def scripted_revisions() -> tuple[str, frozenset[str]]:
    """The head and every revision, as the migration scripts say."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return head, frozenset(rev.revision for rev in script.walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at; None before any migration."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return None if row is None else str(row[0])


def migrate(engine: Engine) -> str:
    """Bring the database to the newest schema; returns the revision it is at.

    Empty: every migration runs. Made by `create_all` before migrations: stamped as the
    first revision, then upgraded. Half a schema, or a revision this code does not know
    (a newer kiosk-hq wrote it): refused, the database is left as it is.
    """
    from alembic import command

    head, known = scripted_revisions()
    # One transaction, taken as a writer: two commands starting at once migrate in turn.
    with engine.execution_options(write=True).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        current = current_revision(connection)
        if current is not None and current not in known:
            raise ValidationError(
                "db", f"schema {current!r} was written by a newer kiosk-hq; this one leaves it"
            )
        if current is None:
            present = FIRST_TABLES & set(inspect(connection).get_table_names())
            if present == FIRST_TABLES:
                command.stamp(alembic_config(connection), FIRST_REVISION)
            elif present:
                raise ValidationError(
                    "db",
                    f"holds some of headquarters' tables ({', '.join(sorted(present))}) but "
                    "not all, and no schema revision; restore it or use an empty database",
                )
        if current != head:
            command.upgrade(alembic_config(connection), "head")
    return head
