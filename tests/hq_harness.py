"""Headquarters for real in tests: `kiosk-hq serve` as a subprocess on 127.0.0.1, on SQLite
or on PostgreSQL (KIOSK_TEST_POSTGRES_URL), and a look inside its database afterwards."""

import json
import os
import re
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from kiosk.core.clock import ENVIRONMENT_VARIABLE
from kiosk.hq.database import normalised_url
from kiosk.hq.models import Base
from kiosk.hq.store import HqStore
from tests.fake_clock import START

POSTGRES_ENV = "KIOSK_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")


def postgres_url() -> str | None:
    """The PostgreSQL to test against; skips when absent, fails when absent on CI."""
    url = os.environ.get(POSTGRES_ENV)
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(f"{POSTGRES_ENV} is not set on CI: .ci/run must start PostgreSQL")
    pytest.skip(f"{POSTGRES_ENV} is not set (PostgreSQL tests run on CI)")


@contextmanager
def hq_database(backend: str, directory: Path) -> Iterator[str]:
    """A fresh, empty headquarters database URL: a SQLite file, or a new PostgreSQL schema."""
    if backend == "sqlite":
        yield f"sqlite:///{directory / 'hq.sqlite3'}"
        return
    base = postgres_url()
    assert base is not None
    schema = f"hq_test_{secrets.token_hex(6)}"
    engine = create_engine(normalised_url(base))
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(normalised_url(base)).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@dataclass
class RunningHq:
    url: str  # http://127.0.0.1:PORT
    db_url: str
    process: subprocess.Popen[str]

    def store(self) -> HqStore:
        """The server's database, on the tests' pinned day (a site's added day starts the
        window of days it may send, so it must not follow the host's clock)."""
        from tests.hq.pinned_time import HQ_NOW

        return HqStore.open(self.db_url, clock=lambda: HQ_NOW)

    def add_site(self, site_id: str, name: str = "Test site") -> str:
        store = self.store()
        try:
            return store.add_site(site_id, name)
        finally:
            store.close()

    def add_reader(self, name: str = "Reader") -> str:
        store = self.store()
        try:
            return store.add_reader(name)
        finally:
            store.close()

    def days(self, reader: str, first: str, last: str, site: str | None = None) -> Any:
        params = {"from": first, "to": last, **({"site": site} if site else {})}
        response = httpx.get(
            f"{self.url}/api/v1/days",
            params=params,
            headers={"Authorization": f"Bearer {reader}"},
            timeout=10,
        )
        response.raise_for_status()
        return response.json()


def start_hq(db_url: str, *extra: str) -> RunningHq:
    """`kiosk-hq serve` in a process of its own, its clock starting at the tests' moment
    (KIOSK_CLOCK: tests/fake_clock.py's START, unless the caller set another), so that what
    headquarters calls today never depends on the machine's date."""
    env = os.environ.copy()
    env.setdefault(ENVIRONMENT_VARIABLE, START.isoformat())
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.hq.cli", "serve", "--db", db_url, "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"serving on (\S+)", line)
    if found is None:
        process.kill()
        _, err = process.communicate(timeout=10)
        raise AssertionError(f"kiosk-hq did not start: {line!r} {err}")
    url = found.group(1)
    deadline = time.monotonic() + 20
    scheme_ok = url.startswith("http://")
    while scheme_ok and time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.05)
    return RunningHq(url, db_url, process)


def stop_hq(hq: RunningHq) -> str:
    """Stop the server; returns what it wrote to stderr (a traceback would be a bug)."""
    hq.process.terminate()
    try:
        _, err = hq.process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        hq.process.kill()
        _, err = hq.process.communicate(timeout=5)
    return err


@contextmanager
def running_hq(backend: str, directory: Path, *extra: str) -> Iterator[RunningHq]:
    with hq_database(backend, directory) as db_url:
        hq = start_hq(db_url, *extra)
        try:
            yield hq
        finally:
            err = stop_hq(hq)
            assert "Traceback" not in err, err
            problems = audit_hq_database(db_url)
            assert not problems, problems


def snapshot(db_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of headquarters' database, sorted."""
    engine = create_engine(normalised_url(db_url))
    try:
        with engine.connect() as connection:
            return {
                table.name: sorted(
                    (tuple(row) for row in connection.execute(table.select())), key=repr
                )
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


# What headquarters may keep: the packet's fields (totals as columns, breakdowns as JSON),
# derived content_hash, and for sites, readers and idempotency keys only ids, names, token
# hashes and dates.
ALLOWED_COLUMNS = {
    "day_packets": {
        "site_id",
        "day",
        "revision",
        "content_hash",
        "schema_version",
        "k",
        "people",
        "parties",
        "meals_served",
        "sheets_printed",
        "breakdowns",
        "closed",  # the packet's optional mark: the day is over at the desk
        # The dashboard's figures of the packet's cells (checked below against them).
        "children",
        "children_hidden",
        "unaccompanied_minors",
        "unaccompanied_minors_hidden",
        "needs_shelter",
        "needs_shelter_hidden",
    },
    # The packets' published cells again, one row each, for the dashboard's GROUP BY sums:
    # exactly what the packets hold (checked below), nothing more.
    "day_cells": {"site_id", "day", "breakdown", "code", "value", "hidden"},
    # The same cells and the totals added up over the sites per day, with how many sites
    # sent each and how many of them hid it (checked below against day_cells).
    "all_sites_days": {"day", "breakdown", "code", "value", "hidden_sites", "sites"},
    # The same per month, with how many packets sent each cell and how many hid it.
    "all_sites_months": {"month", "breakdown", "code", "value", "hidden_packets", "packets"},
    # Each site's packets and their figures added up per month, with how many packets hid
    # a part of each figure (checked below against day_packets).
    "site_months": {
        "site_id",
        "month",
        "packets",
        "people",
        "parties",
        "meals_served",
        "sheets_printed",
        "children",
        "children_hidden",
        "unaccompanied_minors",
        "unaccompanied_minors_hidden",
        "needs_shelter",
        "needs_shelter_hidden",
    },
    # Every site's packets and their figures added up per day, the same columns (checked
    # below against day_packets).
    "all_sites_day_figures": {
        "day",
        "packets",
        "people",
        "parties",
        "meals_served",
        "sheets_printed",
        "children",
        "children_hidden",
        "unaccompanied_minors",
        "unaccompanied_minors_hidden",
        "needs_shelter",
        "needs_shelter_hidden",
    },
    "sites": {"site_id", "name", "token_hash", "added_on", "revoked_on", "installation_hash"},
    "readers": {"id", "name", "token_hash", "added_on", "revoked_on"},
    "request_keys": {"site_id", "key_hash", "request_hash", "received_on"},
    # Throttling: a hashed client address, a window number and a count, deleted when old.
    "wrong_tokens": {"address_hash", "window", "failures"},
    # Desks' audit chain heads: a count and a hash per anchor, with dates.
    "audit_anchors": {
        "site_id",
        "installation_hash",
        "entries",
        "head",
        "day",
        "received_on",
        "continues",
    },
    # Headquarters' own admin log (command line and web): days, names, actions, subjects.
    "admin_log": {"id", "day", "account", "action", "subject"},
    "alembic_version": {"version_num"},  # the schema revision (kiosk/hq/migrations)
    # Headquarters' own staff who sign in to the web dashboard (kiosk/hq/web): never about
    # an arrival. Session ends and lockouts are Unix seconds (integers), admin actions days.
    "accounts": {
        "id",
        "name",
        "password_hash",
        "role",
        "language",
        "must_change_password",
        "failed_sign_ins",
        "locked_until",
        "added_on",
    },
    "web_sessions": {"id_hash", "account_id", "csrf_token", "expires"},
}
TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}")
DAY_NUMBER_WORDS = ("number", "serial", "ticket", "registered_at", "_at")


def _cells_not_from_packets(connection: Any, packets: Any) -> list[str]:
    """`day_cells` rows that are not a stored packet's published cells, and the reverse."""
    from kiosk.hq.dashboard_keeping import cell_rows

    def key(row: Any) -> tuple[str, str, str, str, int, bool]:
        return (
            row["site_id"],
            str(row["day"]),
            row["breakdown"],
            row["code"],
            int(row["value"]),
            bool(row["hidden"]),
        )

    expected = {  # an open day's packet has no cells (kiosk/hq/published_days.py)
        key(cell)
        for row in packets
        if row["closed"] is None or bool(row["closed"])
        for cell in cell_rows(row["site_id"], row["day"], json.loads(row["breakdowns"]))
    }
    found = {key(row) for row in connection.execute(text("SELECT * FROM day_cells")).mappings()}
    return [f"day_cells: {cell} is no packet's cell" for cell in sorted(found - expected)][:5] + [
        f"day_cells: {cell} of a packet is missing" for cell in sorted(expected - found)
    ][:5]


def _all_sites_not_from_cells(connection: Any, packets: Any) -> list[str]:
    """`all_sites_days` rows that are not the stored packets' cells and totals added up
    over the sites, and the reverse."""
    from kiosk.core.packet import TOTALS
    from kiosk.hq.dashboard_keeping import TOTALS_BREAKDOWN

    expected: dict[tuple[str, str, str], list[int]] = {}
    for row in packets:
        if row["closed"] is not None and not bool(row["closed"]):
            continue  # an open day's packet adds nothing (kiosk/hq/published_days.py)
        cells = [(TOTALS_BREAKDOWN, name, int(row[name]), False) for name in TOTALS] + [
            (cell["breakdown"], cell["code"], int(cell["value"]), bool(cell["hidden"]))
            for cell in _packet_cells(row)
        ]
        for breakdown, code, value, hidden in cells:
            sums = expected.setdefault((str(row["day"]), breakdown, code), [0, 0, 0])
            sums[0] += value
            sums[1] += int(hidden)
            sums[2] += 1
    found = {
        (str(row["day"]), row["breakdown"], row["code"]): [
            int(row["value"]),
            int(row["hidden_sites"]),
            int(row["sites"]),
        ]
        for row in connection.execute(text("SELECT * FROM all_sites_days")).mappings()
    }
    wrong = sorted(
        key for key in found.keys() | expected.keys() if found.get(key) != expected.get(key)
    )
    problems = [
        f"all_sites_days: {key} holds {found.get(key)}, the packets add up to {expected.get(key)}"
        for key in wrong
    ][:5]
    if "all_sites_months" in inspect(connection).get_table_names():
        problems += _months_not_from_days(connection, expected)
    return problems


def _months_not_from_days(
    connection: Any, days: dict[tuple[str, str, str], list[int]]
) -> list[str]:
    """`all_sites_months` rows that are not the packets' per-day sums added up per month."""
    expected: dict[tuple[str, str, str], list[int]] = {}
    for (day, breakdown, code), sums in days.items():
        month = expected.setdefault((day[:7] + "-01", breakdown, code), [0, 0, 0])
        for i, number in enumerate(sums):
            month[i] += number
    found = {
        (str(row["month"]), row["breakdown"], row["code"]): [
            int(row["value"]),
            int(row["hidden_packets"]),
            int(row["packets"]),
        ]
        for row in connection.execute(text("SELECT * FROM all_sites_months")).mappings()
    }
    wrong = sorted(
        key for key in found.keys() | expected.keys() if found.get(key) != expected.get(key)
    )
    return [
        f"all_sites_months: {key} holds {found.get(key)}, the packets add up to {expected.get(key)}"
        for key in wrong
    ][:5]


def _figures_not_from_packets(connection: Any, packets: Any) -> list[str]:
    """`day_packets` figure columns that are not those of the packet's own cells, and
    `site_months` and `all_sites_day_figures` rows that are not the packets (closed or
    unmarked) added up per month and site, or per day."""
    from kiosk.core.packet_sums import SUMMARY
    from kiosk.hq.dashboard_keeping import CELL_FIGURES, figure_columns

    problems: list[str] = []
    expected: dict[tuple[str, str], list[int]] = {}
    expected_days: dict[str, list[int]] = {}
    for row in packets:
        totals = {
            name: int(row[name]) for name in ("people", "parties", "meals_served", "sheets_printed")
        }
        figures = figure_columns(totals, json.loads(row["breakdowns"]))
        held = {name: row[name] for name in figures}
        if {k: int(v) for k, v in held.items()} != {k: int(v) for k, v in figures.items()}:
            problems.append(f"day_packets: {row['site_id']} {row['day']} holds {held}")
        if row["closed"] is not None and not bool(row["closed"]):
            continue  # an open day's packet adds nothing (kiosk/hq/published_days.py)
        values = [
            1,
            *(row[name] for name in SUMMARY),
            *(row[f"{n}_hidden"] for n in CELL_FIGURES),
        ]
        for sums in (
            expected.setdefault((row["site_id"], str(row["day"])[:7] + "-01"), [0] * len(values)),
            expected_days.setdefault(str(row["day"]), [0] * len(values)),
        ):
            for i, value in enumerate(values):
                sums[i] += int(value)
    problems = problems[:5]
    columns = ("packets", *SUMMARY, *(f"{n}_hidden" for n in CELL_FIGURES))
    found = {
        (row["site_id"], str(row["month"])): [int(row[name]) for name in columns]
        for row in connection.execute(text("SELECT * FROM site_months")).mappings()
    }
    wrong = sorted(
        key for key in found.keys() | expected.keys() if found.get(key) != expected.get(key)
    )
    problems += [
        f"site_months: {key} holds {found.get(key)}, the packets add up to {expected.get(key)}"
        for key in wrong
    ][:5]
    if "all_sites_day_figures" in inspect(connection).get_table_names():
        found_days = {
            str(row["day"]): [int(row[name]) for name in columns]
            for row in connection.execute(text("SELECT * FROM all_sites_day_figures")).mappings()
        }
        problems += [
            f"all_sites_day_figures: {day} holds {found_days.get(day)}, the packets add up to "
            f"{expected_days.get(day)}"
            for day in sorted(found_days.keys() | expected_days.keys())
            if found_days.get(day) != expected_days.get(day)
        ][:5]
    return problems


def _packet_cells(row: Any) -> list[dict[str, Any]]:
    from kiosk.hq.dashboard_keeping import cell_rows

    return cell_rows(row["site_id"], row["day"], json.loads(row["breakdowns"]))


def audit_hq_database(db_url: str) -> list[str]:
    """Anything in headquarters' database that the packet schema does not allow there."""
    from jsonschema import Draft202012Validator

    from kiosk.core.packet import PacketInvalid, parse_packet
    from kiosk.core.packet_schema import packet_json_schema

    problems: list[str] = []
    engine = create_engine(normalised_url(db_url))
    validator = Draft202012Validator(packet_json_schema())
    try:
        inspector = inspect(engine)
        for table in inspector.get_table_names():
            columns = {c["name"]: c for c in inspector.get_columns(table)}
            allowed = ALLOWED_COLUMNS.get(table)
            if allowed is None:
                problems.append(f"table {table} is not expected")
                continue
            problems += [f"{table}.{name} is not expected" for name in set(columns) - allowed]
            for name, column in columns.items():
                kind = str(column["type"]).upper()
                if "TIME" in kind:
                    problems.append(f"{table}.{name} is a {kind} column (finer than a day)")
                if any(word in name for word in DAY_NUMBER_WORDS):
                    problems.append(f"{table}.{name} looks like a number of the day or time")
        with engine.connect() as connection:
            packets = connection.execute(text("SELECT * FROM day_packets")).mappings().all()
            for row in packets:
                packet = {
                    "schema": "startpunt/daily-counts",
                    "schema_version": row["schema_version"],
                    "site_id": row["site_id"],
                    "date": str(row["day"]),
                    "revision": row["revision"],
                    "k": row["k"],
                    "totals": {
                        name: row[name]
                        for name in ("people", "parties", "meals_served", "sheets_printed")
                    },
                    "breakdowns": json.loads(row["breakdowns"]),
                }
                if row["closed"] is not None:
                    packet["closed"] = bool(row["closed"])
                for error in validator.iter_errors(packet):
                    problems.append(f"{row['site_id']} {row['day']}: {error.message[:120]}")
                try:
                    parse_packet(packet)
                except PacketInvalid as invalid:
                    problems.append(f"{row['site_id']} {row['day']}: {invalid}")
                if TIME_OF_DAY.search(row["breakdowns"]):
                    problems.append(f"{row['site_id']} {row['day']}: a time of day in breakdowns")
            if "day_cells" in inspector.get_table_names():
                problems += _cells_not_from_packets(connection, packets)
            if "all_sites_days" in inspector.get_table_names():
                problems += _all_sites_not_from_cells(connection, packets)
            if "site_months" in inspector.get_table_names():
                problems += _figures_not_from_packets(connection, packets)
            for table in ("sites", "readers", "request_keys", "admin_log"):
                for row in connection.execute(text(f"SELECT * FROM {table}")).mappings():
                    for name, value in row.items():
                        if isinstance(value, str) and TIME_OF_DAY.search(value):
                            problems.append(f"{table}.{name} holds a time of day")
    finally:
        engine.dispose()
    return problems
