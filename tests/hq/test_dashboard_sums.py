"""The dashboard's sums read from `day_cells` with GROUP BY equal the sums of the stored
packets (kiosk.core.packet_sums.sum_period, the reference) on random data: small days with
suppressed cells and withheld breakdowns, revised packets, any period, all sites or one;
and migration hq0004 fills `day_cells` from packets stored before it. `all_sites_days`,
kept at ingest, always equals `day_cells` (and the totals) summed over the sites, also
after replaced revisions and packets received at the same moment; hq0005 fills it. So do
each packet's figure columns and `site_months` (the per-site figures of whole months),
which hq0007 fills; periods over whole months, cut anywhere and seen from days around a
month's start (unmarked packets of the last days not yet published), give the same sums."""

import random
import threading
from datetime import UTC, date, datetime, timedelta
from typing import Any

from alembic import command
from sqlalchemy import case, delete, func, or_, select, update

from kiosk.core.counts import count_parties
from kiosk.core.demo import demo_party
from kiosk.core.packet import BREAKDOWNS, TOTALS, build_packet, parse_packet
from kiosk.core.packet_sums import SUMMARY, PeriodSums, sum_period
from kiosk.core.registration import Party
from kiosk.hq.dashboard_keeping import CELL_FIGURES, TOTALS_BREAKDOWN
from kiosk.hq.database import alembic_config
from kiosk.hq.models import AllSitesDayRow, DayCellRow, DayPacketRow, SiteMonthRow
from kiosk.hq.month_plan import month_plan
from kiosk.hq.published_days import settled_before
from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock
from tests.hq_harness import audit_hq_database

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
SITES = ("alpha", "bravo", "charlie", "delta")


def parties(rng: random.Random) -> list[Party]:
    """Mostly small days (so cells are suppressed and breakdowns withheld), some busy."""
    return [demo_party(rng) for _ in range(rng.choice([0, 1, 2, 3, 5, 8, 15, 40]))]


def fill(
    store: HqStore,
    rng: random.Random,
    days: int = 40,
    marks: tuple[bool | None, ...] = (True, True, False, None),
) -> None:
    """Each site's days, some skipped, some revised (a newer revision replaces the cells),
    some sent again with an older revision (kept out); marked closed, open (not published)
    or not marked (published once two days old), today included."""
    for site_id in SITES:
        store.add_site(site_id, f"Desk {site_id}")
        k = rng.choice([3, 5])
        for back in range(0, days + 1):
            if rng.random() < 0.2:
                continue
            day = TODAY - timedelta(days=back)
            revisions = [1, 2] if rng.random() < 0.3 else [1]
            if rng.random() < 0.1:
                revisions = [2, 1]
            for revision in revisions:
                closed = rng.choice(marks)
                counts = count_parties(day, parties(rng))
                packet = build_packet(site_id, counts, k, revision, closed=closed)
                store.receive(parse_packet(packet), f"{site_id}-{day}-{revision}", "0" * 64)


def by_packets(store: HqStore, first: date, last: date, site: str | None) -> PeriodSums:
    return sum_period(store.days(first, last, site), first, last)


def assert_same(store: HqStore, first: date, last: date, site: str | None) -> None:
    new, old = store.period_sums(first, last, site), by_packets(store, first, last, site)
    assert new == old, (first, last, site)
    for spec in BREAKDOWNS:  # closed breakdowns are shown in order: the same order
        if spec.categories is not None:
            assert list(new.breakdowns[spec.name]) == list(old.breakdowns[spec.name])
    assert list(new.by_site) == list(old.by_site)
    assert list(new.by_day) == list(old.by_day) and list(new.by_week) == list(old.by_week)


def test_sums_from_cells_equal_sums_of_packets_on_random_data(store: HqStore) -> None:
    """Random periods (a day, weeks, beyond the data), all sites and each site: the figures
    from GROUP BY equal those from adding packets, with at least N and suppressed alike."""
    rng = random.Random(4)
    fill(store, rng)
    assert store.period_sums(TODAY - timedelta(days=40), TODAY).all_sites["people"].known > 0
    partial = False
    for _ in range(12):
        first = TODAY - timedelta(days=rng.randint(0, 50))
        last = first + timedelta(days=rng.randint(0, 30))
        for site in (None, rng.choice(SITES), "nobody"):
            assert_same(store, first, last, site)
        sums = store.period_sums(first, last)
        partial = partial or any(cell.partial for cell in sums.all_sites.values())
    assert partial  # the data did have suppressed or withheld parts


def test_hq0004_fills_the_cells_of_packets_stored_before_it(store: HqStore) -> None:
    """Packets stored at hq0003 (no cells yet): upgrading writes every packet's cells, and
    the sums equal the packets' again. (Unmarked packets only: going back to hq0003 drops
    the closed marks.)"""
    fill(store, random.Random(9), days=15, marks=(None,))
    with store.engine.begin() as connection:
        expected = connection.execute(select(func.count()).select_from(DayCellRow)).scalar()
        command.downgrade(alembic_config(connection), "hq0003")
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        assert connection.execute(select(func.count()).select_from(DayCellRow)).scalar() == (
            expected
        )
    assert_same(store, TODAY - timedelta(days=20), TODAY, None)
    assert_same(store, TODAY - timedelta(days=20), TODAY, "bravo")


def test_a_packets_cells_go_with_it(store: HqStore) -> None:
    """Deleting a stored packet deletes its cells (foreign key, ON DELETE CASCADE). (Only
    by hand: headquarters never deletes a packet, and `all_sites_days` is kept by ingest
    alone, so this compares one site's sums.)"""
    fill(store, random.Random(2), days=3)
    with store.engine.begin() as connection:
        connection.execute(delete(DayPacketRow).where(DayPacketRow.site_id == "alpha"))
        left = connection.execute(
            select(func.count()).select_from(DayCellRow).where(DayCellRow.site_id == "alpha")
        ).scalar()
    assert left == 0
    assert_same(store, TODAY - timedelta(days=5), TODAY, "alpha")
    assert_same(store, TODAY - timedelta(days=5), TODAY, "bravo")


def test_the_database_audit_holds_day_cells_to_the_packets(store: HqStore) -> None:
    """`day_cells` may hold only the stored packets' published cells: the audit of
    headquarters' database passes as stored and names a changed cell."""
    fill(store, random.Random(5), days=2)
    url = store.engine.url.render_as_string(hide_password=False)
    assert audit_hq_database(url) == []
    with store.engine.begin() as connection:
        connection.execute(update(DayCellRow).where(DayCellRow.value > 0).values(value=1))
    problems = audit_hq_database(url)
    assert any("is no packet's cell" in problem for problem in problems)
    assert any("of a packet is missing" in problem for problem in problems)


def test_the_database_audit_holds_all_sites_days_to_the_packets(store: HqStore) -> None:
    """`all_sites_days` may hold only the packets' cells and totals added up over the sites:
    the audit passes as kept and names a changed sum."""
    fill(store, random.Random(6), days=2)
    url = store.engine.url.render_as_string(hide_password=False)
    assert audit_hq_database(url) == []
    with store.engine.begin() as connection:
        connection.execute(
            update(AllSitesDayRow)
            .where(AllSitesDayRow.breakdown == TOTALS_BREAKDOWN)
            .values(value=AllSitesDayRow.value + 1)
        )
    assert any("all_sites_days:" in problem for problem in audit_hq_database(url))


type AllSites = set[tuple[str, str, str, int, int, int]]


def all_sites_kept(store: HqStore) -> AllSites:
    """`all_sites_days` as kept: (day, breakdown, code, value, hidden sites, sites)."""
    with store.engine.connect() as connection:
        rows = connection.execute(select(AllSitesDayRow.__table__)).all()
    return {(str(d), b, c, int(v), int(h), int(n)) for d, b, c, v, h, n in rows}


def keeps_cells_sql() -> Any:
    """The packets whose cells and totals count (closed or unmarked; not an open day's)."""
    return or_(DayPacketRow.closed.is_(None), DayPacketRow.closed.is_(True))


def all_sites_summed(store: HqStore) -> AllSites:
    """The same figures added up from `day_cells` and `day_packets` with GROUP BY."""
    with store.engine.connect() as connection:
        cells = connection.execute(
            select(
                DayCellRow.day,
                DayCellRow.breakdown,
                DayCellRow.code,
                func.sum(DayCellRow.value),
                func.sum(case((DayCellRow.hidden, 1), else_=0)),
                func.count(),
            ).group_by(DayCellRow.day, DayCellRow.breakdown, DayCellRow.code)
        ).all()
        found = {(str(d), b, c, int(v), int(h), int(n)) for d, b, c, v, h, n in cells}
        for name in TOTALS:
            totals = connection.execute(
                select(DayPacketRow.day, func.sum(getattr(DayPacketRow, name)), func.count())
                .where(keeps_cells_sql())  # an open day's packet adds nothing
                .group_by(DayPacketRow.day)
            ).all()
            found |= {(str(d), TOTALS_BREAKDOWN, name, int(v), 0, int(n)) for d, v, n in totals}
    return found


def test_all_sites_days_equals_the_sum_over_sites_after_replaced_revisions(
    store: HqStore,
) -> None:
    """Random days of four sites, some revised (the newer replaces the older: its cells are
    subtracted, codes it no longer has disappear), some older revisions sent after newer
    ones (kept out): the all-sites table equals day_cells summed over the sites."""
    fill(store, random.Random(11), days=30)
    kept = all_sites_kept(store)
    assert kept == all_sites_summed(store)
    assert any(hidden for *_, hidden, _ in kept)  # suppressed cells were among them
    with store.engine.connect() as connection:
        revised = connection.execute(
            select(func.count()).select_from(DayPacketRow).where(DayPacketRow.revision == 2)
        ).scalar()
    assert revised


def test_all_sites_days_stays_right_when_packets_arrive_at_once(store: HqStore) -> None:
    """Eight threads send at the same moment packets of the same days: other sites' (the
    same all-sites rows) and the same site's other revisions (the same day replaced in
    turn). Whatever order they land in, the table equals the sum over the sites and the
    highest revision of each day is the one counted."""
    rng = random.Random(21)
    sites = [f"site-{n}" for n in range(4)]
    for site_id in sites:
        store.add_site(site_id, f"Desk {site_id}")
    days = [TODAY - timedelta(days=back) for back in (1, 2)]
    work = [
        (
            site_id,
            day,
            revision,
            build_packet(site_id, count_parties(day, parties(rng)), 3, revision),
        )
        for site_id in sites
        for day in days
        for revision in (1, 2, 3)
    ]
    rng.shuffle(work)
    start = threading.Barrier(8)
    failures: list[BaseException] = []

    def send(part: list[tuple[str, date, int, dict[str, object]]]) -> None:
        start.wait()
        try:
            for site_id, day, revision, packet in part:
                store.receive(parse_packet(packet), f"{site_id}-{day}-{revision}", "0" * 64)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=send, args=(work[n::8],)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert all_sites_kept(store) == all_sites_summed(store)
    assert site_months_kept(store) == site_months_summed(store)
    with store.engine.connect() as connection:
        assert set(connection.execute(select(DayPacketRow.revision)).scalars()) == {3}
    assert_same(store, days[-1], days[0], None)


def test_hq0005_fills_all_sites_days_from_the_cells(store: HqStore) -> None:
    """Packets stored before hq0005_all_sites_days (no all-sites table yet, closed marks
    kept): upgrading adds it up from day_cells and the totals, the same as ingest keeps it,
    and the sums still equal the packets'; the next packet is added to what the migration
    wrote."""
    fill(store, random.Random(12), days=10)
    kept = all_sites_kept(store)
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "hq0005_day_closed")
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert all_sites_kept(store) == kept
    day = TODAY - timedelta(days=3)
    packet = build_packet("alpha", count_parties(day, parties(random.Random(1))), 3, 9)
    store.receive(parse_packet(packet), "after-migration", "0" * 64)
    assert all_sites_kept(store) == all_sites_summed(store)
    assert_same(store, TODAY - timedelta(days=12), TODAY, None)


type SiteMonths = dict[tuple[str, str], tuple[int, ...]]
MONTH_COLUMNS = ("packets", *SUMMARY, *(f"{name}_hidden" for name in CELL_FIGURES))


def site_months_kept(store: HqStore) -> SiteMonths:
    """`site_months` as kept: (site, month) -> packets, the figures, the hidden counts."""
    with store.engine.connect() as connection:
        rows = connection.execute(select(SiteMonthRow.__table__)).mappings().all()
    return {
        (row["site_id"], str(row["month"])): tuple(int(row[name]) for name in MONTH_COLUMNS)
        for row in rows
    }


def site_months_summed(store: HqStore) -> SiteMonths:
    """The same added up from `day_packets` (closed or unmarked) with GROUP BY site, day."""
    columns = [
        func.count(),
        *(func.sum(getattr(DayPacketRow, name)) for name in SUMMARY),
        *(
            func.sum(case((getattr(DayPacketRow, f"{name}_hidden"), 1), else_=0))
            for name in CELL_FIGURES
        ),
    ]
    found: dict[tuple[str, str], list[int]] = {}
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(DayPacketRow.site_id, DayPacketRow.day, *columns)
            .where(keeps_cells_sql())
            .group_by(DayPacketRow.site_id, DayPacketRow.day)
        ).all()
    for site_id, day, *values in rows:
        sums = found.setdefault((site_id, str(day.replace(day=1))), [0] * len(MONTH_COLUMNS))
        for i, value in enumerate(values):
            sums[i] += int(value)
    return {key: tuple(values) for key, values in found.items()}


def test_site_months_equal_the_packets_summed_after_replaced_revisions(
    store: HqStore,
) -> None:
    """Three months of four sites, some days revised (the newer packet's figures replace
    the older's in its month), some older revisions after newer ones (kept out), some days
    open (adding nothing) and later closed: `site_months` equals `day_packets` summed per
    site and month, and each packet's figure columns equal those of its cells (the audit)."""
    fill(store, random.Random(31), days=80)
    kept = site_months_kept(store)
    assert kept == site_months_summed(store)
    assert len({month for _, month in kept}) >= 3
    assert any(sum(values[-len(CELL_FIGURES) :]) for values in kept.values())  # hidden parts
    url = store.engine.url.render_as_string(hide_password=False)
    assert audit_hq_database(url) == []


def test_periods_over_whole_months_equal_the_packets_sums(store: HqStore) -> None:
    """Three months of data; periods cut at month starts and ends and anywhere between,
    seen from headquarters' days around a month's start (so the whole months stop before
    the last days, whose unmarked packets are not published yet): the per-site figures and
    breakdowns read from `site_months` and `all_sites_months` plus or minus days around
    them equal those of adding the packets."""
    rng = random.Random(32)
    fill(store, rng, days=95, marks=(True, None, None, False))
    clock = store.clock
    assert isinstance(clock, FakeClock)
    used_months = subtracted = False
    for today in (TODAY, date(2026, 12, 1), date(2026, 12, 2), date(2026, 11, 2)):
        clock.now = datetime.combine(today, NOW.timetz())
        periods = [
            (date(2026, 9, 1), date(2026, 11, 30)),
            (date(2026, 9, 1), date(2026, 9, 30)),
            (date(2026, 8, 31), date(2026, 10, 1)),
            (date(2026, 10, 1), today),
            (date(2026, 8, 20), today - timedelta(days=1)),
            (date(2025, 11, 26), date(2026, 11, 25)),  # the bench's year
        ]
        for _ in range(6):
            first = TODAY - timedelta(days=rng.randint(0, 100))
            periods.append((first, first + timedelta(days=rng.randint(20, 90))))
        for first, last in periods:
            settled = min(last, settled_before(today) - timedelta(days=1))
            plan = month_plan(first, settled, today + timedelta(days=1))
            used_months = used_months or plan.months is not None
            subtracted = subtracted or bool(plan.subtracted)
            for site in (None, rng.choice(SITES)):
                assert_same(store, first, last, site)
    assert used_months and subtracted


def test_hq0007_fills_the_figures_and_site_months(store: HqStore) -> None:
    """Packets stored before hq0007 (no figure columns, no `site_months`): upgrading fills
    each packet's figures from its cells (an open day's from its JSON) and the months from
    the packets, the same as ingest keeps them; the next packet is added to what the
    migration wrote."""
    fill(store, random.Random(33), days=45)
    kept = site_months_kept(store)
    with store.engine.connect() as connection:
        figures = set(
            connection.execute(
                select(
                    DayPacketRow.site_id,
                    DayPacketRow.day,
                    *(getattr(DayPacketRow, name) for name in CELL_FIGURES),
                    *(getattr(DayPacketRow, f"{name}_hidden") for name in CELL_FIGURES),
                )
            ).all()
        )
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "hq0006_one_admin_log")
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert site_months_kept(store) == kept
    with store.engine.connect() as connection:
        assert figures == set(
            connection.execute(
                select(
                    DayPacketRow.site_id,
                    DayPacketRow.day,
                    *(getattr(DayPacketRow, name) for name in CELL_FIGURES),
                    *(getattr(DayPacketRow, f"{name}_hidden") for name in CELL_FIGURES),
                )
            ).all()
        )
    day = TODAY - timedelta(days=33)
    packet = build_packet("bravo", count_parties(day, parties(random.Random(3))), 3, 9)
    store.receive(parse_packet(packet), "after-hq0007", "0" * 64)
    assert site_months_kept(store) == site_months_summed(store)
    assert_same(store, TODAY - timedelta(days=45), TODAY, None)
    assert_same(store, TODAY - timedelta(days=45), TODAY, "bravo")
