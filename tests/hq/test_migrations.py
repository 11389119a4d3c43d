"""Headquarters' schema comes from its Alembic migrations, on SQLite and PostgreSQL: from
an empty database, from one made by `create_all` before there were migrations (stamped,
data kept), and the models and the migrations describe the same tables."""

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text

from kiosk.core.errors import ValidationError
from kiosk.hq.database import (
    FIRST_REVISION,
    FIRST_TABLES,
    current_revision,
    make_engine,
    migrate,
    normalised_url,
    scripted_revisions,
)
from kiosk.hq.models import Base
from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock
from tests.hq_harness import BACKENDS, hq_database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty headquarters database: a SQLite file, or a PostgreSQL schema of its own."""
    with hq_database(request.param, tmp_path) as url:
        yield url


def create_first_tables(engine: Engine) -> None:
    """What `create_all` made before headquarters had migrations: the first revision's
    tables only (later tables, such as the web dashboard's accounts, came by migration)."""
    Base.metadata.create_all(engine, tables=[Base.metadata.tables[n] for n in FIRST_TABLES])


def differences(url: str) -> list[Any]:
    """What Alembic's autogenerate would change to make the database match the models."""
    engine = create_engine(normalised_url(url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def revision_of(url: str) -> str | None:
    engine = create_engine(normalised_url(url))
    try:
        with engine.connect() as connection:
            return current_revision(connection)
    finally:
        engine.dispose()


def test_an_empty_database_is_migrated_to_the_head(db_url: str) -> None:
    """Every migration runs on an empty database; the tables then match the models exactly
    (autogenerate finds nothing to do) and opening it again changes nothing."""
    head, _ = scripted_revisions()
    store = HqStore.open(db_url, FakeClock(NOW))
    store.close()
    assert revision_of(db_url) == head
    assert differences(db_url) == []
    engine = make_engine(db_url)
    try:
        assert migrate(engine) == head
    finally:
        engine.dispose()
    assert revision_of(db_url) == head


def test_a_database_from_before_migrations_is_stamped_and_keeps_its_data(db_url: str) -> None:
    """A database `create_all` made (no alembic_version) is recognised as the first
    revision: its sites, tokens and packets stay, and it is at the head afterwards."""
    engine = make_engine(db_url)
    create_first_tables(engine)
    store = HqStore(engine, FakeClock(NOW))  # as headquarters ran before migrations
    token = store.add_site("old-site", "From before")
    reader = store.add_reader("Old reader")
    store.close()
    assert revision_of(db_url) is None

    store = HqStore.open(db_url, FakeClock(NOW))
    try:
        assert store.site_for_token(token) == "old-site"
        assert store.is_reader(reader)
        assert store.sites() == [("old-site", "From before", True)]
    finally:
        store.close()
    head, known = scripted_revisions()
    assert FIRST_REVISION in known
    assert revision_of(db_url) == head
    assert differences(db_url) == []


def test_half_a_schema_or_a_newer_revision_is_left_alone(db_url: str) -> None:
    """Some of headquarters' tables without a revision, or a revision this code does not
    know: refused naming the database, nothing changed."""
    engine = make_engine(db_url)
    try:
        Base.metadata.tables["sites"].create(engine)
        with pytest.raises(ValidationError) as half:
            migrate(engine)
        assert half.value.field == "db" and "sites" in half.value.message
        assert set(inspect(engine).get_table_names()) == {"sites"}
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
            connection.execute(text("INSERT INTO alembic_version VALUES ('hq9999')"))
        with pytest.raises(ValidationError) as newer:
            migrate(engine)
        assert "newer kiosk-hq" in newer.value.message
    finally:
        engine.dispose()


def test_kiosk_hq_commands_migrate_the_database(tmp_path: Path) -> None:
    """`kiosk-hq add-site` on a database from before migrations stamps and upgrades it and
    adds the site; a half schema is refused in one line, exit code 2."""
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    engine = make_engine(url)
    create_first_tables(engine)
    engine.dispose()
    command = [sys.executable, "-m", "kiosk.hq.cli", "add-site", "brussels-1", "--name", "B"]
    ran = subprocess.run([*command, "--db", url], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert revision_of(url) == scripted_revisions()[0]

    half = f"sqlite:///{tmp_path / 'half.sqlite3'}"
    engine = make_engine(half)
    Base.metadata.tables["sites"].create(engine)
    engine.dispose()
    refused = subprocess.run([*command, "--db", half], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2
    assert refused.stderr.startswith("kiosk-hq: db: ") and refused.stderr.count("\n") == 1
