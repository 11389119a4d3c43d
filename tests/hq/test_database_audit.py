"""The check run on every headquarters database after the tests really finds what must not
be there (the same check passes on the real ones, at the end of the run)."""

import json
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

from kiosk.core.counts import count_parties
from kiosk.core.packet import build_packet, parse_packet
from kiosk.core.registration import make_party
from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock
from tests.hq_harness import audit_hq_database

DAY = date(2026, 11, 20)


def filled(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    store = HqStore.open(url, FakeClock(datetime(2026, 11, 20, 12, 0, tzinfo=UTC)))
    store.add_site("audit-site", "Audit")
    parties = [make_party(language="ar", nationality="SY", people=[("male", "26-59")])] * 8
    packet = parse_packet(build_packet("audit-site", count_parties(DAY, parties), 5))
    store.receive(packet, "key-1", "0" * 64)
    store.close()
    return url


def test_a_clean_database_passes(tmp_path: Path) -> None:
    """Packets as received, sites and keys: nothing to report."""
    assert audit_hq_database(filled(tmp_path)) == []


def test_planted_times_and_fields_are_found(tmp_path: Path) -> None:
    """A time of day inside the breakdowns, an extra field, and an extra timestamp column
    are each reported."""
    url = filled(tmp_path)
    engine = create_engine(url)
    with engine.begin() as connection:
        raw = connection.execute(text("SELECT breakdowns FROM day_packets")).scalar_one()
        breakdowns = json.loads(raw)
        breakdowns["by_flag"]["registered_at"] = "08:15"
        connection.execute(
            text("UPDATE day_packets SET breakdowns = :b"), {"b": json.dumps(breakdowns)}
        )
        connection.execute(text("ALTER TABLE sites ADD COLUMN last_seen_at DATETIME"))
    engine.dispose()
    problems = "\n".join(audit_hq_database(url))
    assert "time of day" in problems
    assert "Additional properties" in problems
    assert "sites.last_seen_at" in problems
