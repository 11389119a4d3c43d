"""`all_sites_day_figures` (hq0009), kept at ingest: always `day_packets` (closed or
unmarked) added up per day, also after revisions that lower counts or drop cells (a party
voided at the desk), days sent open then closed, and packets received at once; hq0009
fills it; the all-sites year reads its per-day figures there."""

import random
import threading
from datetime import date, timedelta

from alembic import command
from sqlalchemy import case, func, select, update

from kiosk.core.demo import demo_party
from kiosk.core.packet_sums import SUMMARY
from kiosk.core.registration import Party
from kiosk.hq.dashboard_keeping import CELL_FIGURES
from kiosk.hq.database import alembic_config
from kiosk.hq.models import AllSitesDayFigureRow, DayPacketRow
from kiosk.hq.store import HqStore
from tests.hq.test_all_sites_months import send
from tests.hq.test_dashboard_sums import SITES, TODAY, assert_same, fill, parties
from tests.hq_harness import audit_hq_database

COLUMNS = ("packets", *SUMMARY, *(f"{name}_hidden" for name in CELL_FIGURES))
type Days = dict[str, tuple[int, ...]]


def days_kept(store: HqStore) -> Days:
    """`all_sites_day_figures` as kept: day -> packets, the figures, the hidden counts."""
    with store.engine.connect() as connection:
        rows = connection.execute(select(AllSitesDayFigureRow.__table__)).mappings().all()
    return {str(row["day"]): tuple(int(row[name]) for name in COLUMNS) for row in rows}


def days_summed(store: HqStore) -> Days:
    """The same added up from `day_packets` (closed or unmarked) with GROUP BY day."""
    packets = DayPacketRow
    query = (
        select(
            packets.day,
            func.count(),
            *(func.sum(getattr(packets, name)) for name in SUMMARY),
            *(
                func.sum(case((getattr(packets, f"{name}_hidden"), 1), else_=0))
                for name in CELL_FIGURES
            ),
        )
        .where((packets.closed.is_(None)) | (packets.closed.is_(True)))
        .group_by(packets.day)
    )
    with store.engine.connect() as connection:
        rows = connection.execute(query).all()
    return {str(row[0]): tuple(int(value) for value in row[1:]) for row in rows}


def test_day_figures_equal_the_packets_summed_after_revisions_and_voids(
    store: HqStore,
) -> None:
    """Random days (revisions replacing, older ones kept out, open days adding nothing),
    then days whose parties are voided one by one at the desk down to none: the day
    figures equal the packets summed, the audit agrees, the sums equal the packets'."""
    fill(store, random.Random(51), days=50)
    kept = days_kept(store)
    assert kept == days_summed(store)
    assert any(row[len(SUMMARY) + 1 :] != (0, 0, 0) for row in kept.values())  # hidden parts
    rng = random.Random(52)
    for back in (3, 20, 45):
        day = TODAY - timedelta(days=back)
        group = [demo_party(rng) for _ in range(12)]
        for revision in range(2, 15):
            send(store, "alpha", day, revision, group)
            assert days_kept(store) == days_summed(store), (day, revision)
            group = group[1:]  # a party voided: the next revision has one party fewer
    url = store.engine.url.render_as_string(hide_password=False)
    assert audit_hq_database(url) == []
    assert_same(store, TODAY - timedelta(days=50), TODAY - timedelta(days=1), None)
    with store.engine.begin() as connection:  # the audit sees a day that is not the packets
        connection.execute(
            update(AllSitesDayFigureRow).values(children=AllSitesDayFigureRow.children + 1)
        )
    assert any("all_sites_day_figures:" in problem for problem in audit_hq_database(url))


def test_day_figures_stay_right_when_packets_arrive_at_once(store: HqStore) -> None:
    """Eight threads send revisions of every site's same days at the same moment (one
    day's row from every site): the day figures equal the packets summed."""
    rng = random.Random(53)
    for site_id in SITES:
        store.add_site(site_id, f"Desk {site_id}")
    days = [date(2026, 11, 20), date(2026, 11, 21)]
    work = [
        (site_id, day, revision, parties(rng))
        for site_id in SITES
        for day in days
        for revision in (1, 2, 3)
    ]
    rng.shuffle(work)
    start = threading.Barrier(8)
    failures: list[BaseException] = []

    def sender(part: list[tuple[str, date, int, list[Party]]]) -> None:
        start.wait()
        try:
            for site_id, day, revision, group in part:
                send(store, site_id, day, revision, group)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=sender, args=(work[n::8],)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert days_kept(store) == days_summed(store)


def test_hq0009_fills_the_day_figures_from_the_packets(store: HqStore) -> None:
    """Packets stored before hq0009: upgrading adds the days up from `day_packets`, the
    same as ingest keeps them; the next packet is added to what the migration wrote."""
    fill(store, random.Random(54), days=30)
    kept = days_kept(store)
    assert kept
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "hq0008_all_sites_months")
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert days_kept(store) == kept
    send(store, "bravo", TODAY - timedelta(days=12), 9, parties(random.Random(5)))
    assert days_kept(store) == days_summed(store)
    assert_same(store, TODAY - timedelta(days=30), TODAY, None)
