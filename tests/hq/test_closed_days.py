"""Readers see closed days only (kiosk/hq/published_days.py): two reads of a day still open
at its desk cannot differ, whatever revisions arrive between them; the closed revision
appears; packets without the mark (older desks) are published once their day is more than
one day old; and the set-up day sent in the packet starts headquarters' window."""

import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from kiosk.core.packet import parse_packet
from kiosk.core.registration_window import GRACE_BEFORE_SET_UP
from kiosk.hq.models import DayCellRow
from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock
from tests.hq.pinned_time import HQ_NOW
from tests.hq.test_api import TODAY, packet_for, put
from tests.hq_harness import RunningHq

_sites = itertools.count(1)


@pytest.fixture
def site(hq: RunningHq) -> tuple[str, str]:
    site_id = f"closed-site-{next(_sites)}"
    return site_id, hq.add_site(site_id)


def read(hq: RunningHq, reader: str, site_id: str, day: date) -> tuple[bytes, bytes]:
    """GET /api/v1/days and /days.csv of one site's day, as bytes."""
    params = {"from": day.isoformat(), "to": day.isoformat(), "site": site_id}
    headers = {"Authorization": f"Bearer {reader}"}
    found = [
        httpx.get(f"{hq.url}/api/v1/{path}", params=params, headers=headers, timeout=10)
        for path in ("days", "days.csv")
    ]
    assert all(answer.status_code == 200 for answer in found)
    return found[0].content, found[1].content


def test_two_reads_of_an_open_day_cannot_differ(hq: RunningHq, site: tuple[str, str]) -> None:
    """10:00 the desk sends today open (40 people), 10:05 again with one more party: the
    reader's two answers (JSON and CSV) are the same, and hold no row; the closed revision
    appears with its numbers."""
    site_id, token = site
    reader = hq.add_reader()
    assert put(hq, token, packet_for(site_id, TODAY, 40, 1, closed=False)).status_code == 200
    at_ten = read(hq, reader, site_id, TODAY)
    assert put(hq, token, packet_for(site_id, TODAY, 44, 2, closed=False)).status_code == 200
    at_five_past = read(hq, reader, site_id, TODAY)
    assert at_ten == at_five_past
    assert at_ten[0] == b"[]" and at_ten[1].count(b"\n") == 1  # the CSV's header only
    closed = packet_for(site_id, TODAY, 44, 3, closed=True)
    assert put(hq, token, closed).status_code == 200
    rows = httpx.get(
        f"{hq.url}/api/v1/days",
        params={"from": TODAY.isoformat(), "to": TODAY.isoformat(), "site": site_id},
        headers={"Authorization": f"Bearer {reader}"},
        timeout=10,
    ).json()
    assert [(row["revision"], row["people"]) for row in rows] == [(3, closed["totals"]["people"])]


def test_a_set_up_day_in_the_packet_starts_the_window(hq: RunningHq, site: tuple[str, str]) -> None:
    """A desk set up 100 days ago may send the day 131 days ago (31 days of paper lists),
    not the day before that (a reason naming the set-up day); a set-up day after tomorrow at
    headquarters is refused."""
    site_id, token = site
    set_up = TODAY - timedelta(days=100)
    first = set_up - GRACE_BEFORE_SET_UP

    def sent(day: date, set_up_day: date) -> httpx.Response:
        packet = {**packet_for(site_id, day), "set_up_day": set_up_day.isoformat()}
        return put(hq, token, packet)

    assert sent(first, set_up).status_code == 200
    refused = sent(first - timedelta(days=1), set_up)
    assert refused.status_code == 422
    assert refused.json()["detail"] == (
        f"date: {first - timedelta(days=1)} is before {first}, the first day this desk may "
        f"send (it was set up on {set_up}; days up to 31 days earlier are accepted)"
    )
    assert sent(TODAY, TODAY + timedelta(days=1)).status_code == 200
    future = sent(TODAY, TODAY + timedelta(days=2))
    assert future.status_code == 422
    assert future.json()["detail"].startswith(f"set_up_day: {TODAY + timedelta(days=2)} is after")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HqStore]:
    opened = HqStore.open(f"sqlite:///{tmp_path / 'hq.sqlite3'}", FakeClock(HQ_NOW))
    opened.add_site("old-desk", "Old desk")
    opened.add_site("new-desk", "New desk")
    yield opened
    opened.close()


def receive(store: HqStore, packet: dict[str, object]) -> None:
    store.receive(parse_packet(packet), f"key-{packet['site_id']}-{packet['date']}-"
                  f"{packet['revision']}", "0" * 64)


def test_unmarked_packets_are_published_when_their_day_is_two_days_old(store: HqStore) -> None:
    """Packets from older desks (no `closed`): today's and yesterday's wait, the day before
    yesterday's is read; a day later yesterday's is read too. Marked open packets never are."""
    for back in (0, 1, 2):
        receive(store, packet_for("old-desk", TODAY - timedelta(days=back), closed=None))
        receive(store, packet_for("new-desk", TODAY - timedelta(days=back), closed=False))
    first = TODAY - timedelta(days=5)
    assert [row["date"] for row in store.days(first, TODAY)] == [
        (TODAY - timedelta(days=2)).isoformat()
    ]
    assert store.period_sums(first, TODAY).all_sites["people"].known == 40
    assert store.waiting_to_close() == 5
    store.clock.advance(days=1)  # type: ignore[attr-defined]
    assert len(store.days(first, TODAY)) == 2
    assert store.period_sums(first, TODAY).all_sites["people"].known == 80
    assert store.waiting_to_close() == 4


def test_an_open_revision_after_a_closed_one_hides_the_day_again(store: HqStore) -> None:
    """Should a desk's clock go back and send the day open again at a higher revision, the
    day leaves every reader's answer (cells included) until a closed revision comes."""
    receive(store, packet_for("new-desk", TODAY, 40, 1, closed=True))
    assert len(store.days(TODAY, TODAY)) == 1
    receive(store, packet_for("new-desk", TODAY, 44, 2, closed=False))
    assert store.days(TODAY, TODAY) == []
    assert store.period_sums(TODAY, TODAY).all_sites["people"].known == 0
    with store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(DayCellRow)) == 0
