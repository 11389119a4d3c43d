"""The sites page's figures: days missing counts, per desk, the days of the period from the
day it was added to yesterday or the day it was revoked that have no packet; read for every
desk at once, they equal a count made desk by desk."""

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from kiosk.core.counts import count_parties
from kiosk.core.packet import build_packet, parse_packet
from kiosk.hq.models import SiteRow
from kiosk.hq.store import HqStore
from kiosk.hq.web.site_status import site_statuses

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
TODAY = NOW.date()


def expected_missing(
    held: set[date], added: date, revoked: date | None, first: date, last: date
) -> int:
    start = max(first, added)
    end = min(last, TODAY - timedelta(days=1), revoked or last)
    days = [start + timedelta(days=i) for i in range(max(0, (end - start).days + 1))]
    return sum(1 for day in days if day not in held)


def test_days_missing_per_desk_equal_a_count_desk_by_desk(store: HqStore) -> None:
    rng = random.Random(7)
    held: dict[str, set[date]] = {}
    windows: dict[str, tuple[date, date | None]] = {}
    for number in range(6):
        site_id = f"desk-{number}"
        store.add_site(site_id, f"Desk {number}")
        added = TODAY - timedelta(days=rng.randint(5, 40))
        revoked = TODAY - timedelta(days=rng.randint(1, 4)) if number % 3 == 0 else None
        windows[site_id] = (added, revoked)
        held[site_id] = set()
        for back in range(0, 45):
            day = TODAY - timedelta(days=back)
            if rng.random() < 0.3:
                continue  # a day the desk did not send
            packet = build_packet(site_id, count_parties(day, []), 5, 1, closed=True)
            store.receive(parse_packet(packet), f"{site_id}-{day}", "0" * 64)
            held[site_id].add(day)
        with Session(store.engine) as session, session.begin():
            session.execute(
                update(SiteRow)
                .where(SiteRow.site_id == site_id)
                .values(added_on=added, revoked_on=revoked)
            )
    for first, last in (
        (TODAY - timedelta(days=30), TODAY),
        (TODAY - timedelta(days=10), TODAY - timedelta(days=3)),
        (TODAY - timedelta(days=60), TODAY + timedelta(days=5)),
    ):
        statuses = {status.site_id: status for status in site_statuses(store, first, last)}
        for site_id, (added, revoked) in windows.items():
            assert statuses[site_id].days_missing == expected_missing(
                held[site_id], added, revoked, first, last
            ), (site_id, first, last)
            assert statuses[site_id].last_packet == max(held[site_id])
