"""Headquarters' database: SQLite by default, PostgreSQL for real deployments (same code)."""

import os
import sqlite3
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk.core.errors import ValidationError
from kiosk.hq.models import Base

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


def chosen_url(option: str | None) -> str:
    """--db, else $KIOSK_HQ_DB, else a SQLite file in the user data directory."""
    return option or os.environ.get(DB_ENV) or default_url()


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
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)
