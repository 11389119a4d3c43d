"""`all_sites_months` (hq0008), kept at ingest: always `all_sites_days` added up per month,
also after revisions that lower counts or drop cells (a party voided at the desk), days
sent open then closed, and packets received at once; hq0008 fills it; and the month plan
(kiosk/hq/month_plan.py) that reads a period as months plus or minus days."""

import random
import threading
from datetime import date, timedelta

from alembic import command
from sqlalchemy import func, select, update

from kiosk.core.counts import count_parties
from kiosk.core.demo import demo_party
from kiosk.core.packet import build_packet, parse_packet
from kiosk.core.registration import Party
from kiosk.hq.database import alembic_config
from kiosk.hq.models import AllSitesDayRow, AllSitesMonthRow
from kiosk.hq.month_plan import MonthPlan, month_plan
from kiosk.hq.store import HqStore
from tests.hq.test_dashboard_sums import SITES, TODAY, assert_same, fill, parties
from tests.hq_harness import audit_hq_database

type Months = set[tuple[str, str, str, int, int, int]]


def months_kept(store: HqStore) -> Months:
    """`all_sites_months` as kept: (month, breakdown, code, value, hidden, packets)."""
    with store.engine.connect() as connection:
        rows = connection.execute(select(AllSitesMonthRow.__table__)).all()
    return {(str(m), b, c, int(v), int(h), int(n)) for m, b, c, v, h, n in rows}


def months_summed(store: HqStore) -> Months:
    """`all_sites_days` added up per month (in Python: no dialect's month function)."""
    sums: dict[tuple[str, str, str], list[int]] = {}
    with store.engine.connect() as connection:
        rows = connection.execute(select(AllSitesDayRow.__table__)).all()
    for day, breakdown, code, value, hidden, sites in rows:
        found = sums.setdefault((str(day.replace(day=1)), breakdown, code), [0, 0, 0])
        for i, number in enumerate((value, hidden, sites)):
            found[i] += int(number)
    return {(*key, *values) for key, values in sums.items()}  # type: ignore[misc]


def send(store: HqStore, site_id: str, day: date, revision: int, group: list[Party]) -> None:
    closed = revision > 1 or None
    packet = build_packet(site_id, count_parties(day, group), 3, revision, closed=closed)
    store.receive(parse_packet(packet), f"{site_id}-{day}-{revision}", "0" * 64)


def test_all_sites_months_equal_the_days_summed_after_revisions_and_voids(
    store: HqStore,
) -> None:
    """Random days over three months (revisions replacing, older ones kept out, open days
    adding nothing), then days whose parties are voided one by one at the desk down to
    none (counts lowered, cells and codes gone): the months equal the days summed, and the
    database audit holds them to the packets."""
    fill(store, random.Random(41), days=75)
    kept = months_kept(store)
    assert kept == months_summed(store)
    assert len({month for month, *_ in kept}) >= 3
    assert any(hidden for *_, hidden, _ in kept)
    rng = random.Random(42)
    for back in (3, 20, 50):
        day = TODAY - timedelta(days=back)
        group = [demo_party(rng) for _ in range(12)]
        for revision in range(2, 15):
            send(store, "alpha", day, revision, group)
            assert months_kept(store) == months_summed(store), (day, revision)
            group = group[1:]  # a party voided: the next revision has one party fewer
    url = store.engine.url.render_as_string(hide_password=False)
    assert audit_hq_database(url) == []
    assert_same(store, TODAY - timedelta(days=75), TODAY - timedelta(days=1), None)
    with store.engine.begin() as connection:  # the audit sees a month that is not the days
        connection.execute(
            update(AllSitesMonthRow)
            .where(AllSitesMonthRow.breakdown == "by_flag")
            .values(hidden_packets=AllSitesMonthRow.hidden_packets + 1)
        )
    assert any("all_sites_months:" in problem for problem in audit_hq_database(url))


def test_all_sites_months_stay_right_when_packets_arrive_at_once(store: HqStore) -> None:
    """Eight threads send packets of days in one month and across a month's end at the
    same moment (the same month rows from different days): the months equal the days."""
    rng = random.Random(43)
    for site_id in SITES:
        store.add_site(site_id, f"Desk {site_id}")
    days = [date(2026, 10, 30), date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 2)]
    work = [
        (site_id, day, revision, parties(rng))
        for site_id in SITES
        for day in days
        for revision in (1, 2)
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
    assert months_kept(store) == months_summed(store)


def test_hq0008_fills_all_sites_months_from_the_days(store: HqStore) -> None:
    """Packets stored before hq0008: upgrading adds the months up from `all_sites_days`,
    the same as ingest keeps them; the next packet is added to what the migration wrote."""
    fill(store, random.Random(44), days=45)
    kept = months_kept(store)
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "hq0007_site_months")
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert months_kept(store) == kept
    send(store, "bravo", TODAY - timedelta(days=33), 9, parties(random.Random(4)))
    assert months_kept(store) == months_summed(store)
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(AllSitesMonthRow)).scalar()
    assert_same(store, TODAY - timedelta(days=45), TODAY, None)


def test_a_period_is_read_as_months_plus_or_minus_fewer_days() -> None:
    tomorrow = date(2026, 11, 27)
    # The bench's year, settled up to the 24th: November 2025's five days, eleven months,
    # and November 2026 less its days from the 25th (only three may hold packets).
    assert month_plan(date(2025, 11, 26), date(2026, 11, 24), tomorrow) == MonthPlan(
        (date(2025, 12, 1), date(2026, 11, 1)),
        [(date(2025, 11, 26), date(2025, 11, 30))],
        [(date(2026, 11, 25), date(2026, 11, 30))],
    )
    # Whole months only.
    assert month_plan(date(2026, 9, 1), date(2026, 10, 31), tomorrow) == MonthPlan(
        (date(2026, 9, 1), date(2026, 10, 1)), [], []
    )
    # A month less a few days at either end.
    assert month_plan(date(2026, 9, 3), date(2026, 9, 28), tomorrow) == MonthPlan(
        (date(2026, 9, 1), date(2026, 9, 1)),
        [],
        [(date(2026, 9, 1), date(2026, 9, 2)), (date(2026, 9, 29), date(2026, 9, 30))],
    )
    # A few days: the days themselves.
    assert month_plan(date(2026, 9, 10), date(2026, 9, 12), tomorrow) == MonthPlan(
        None, [(date(2026, 9, 10), date(2026, 9, 12))], []
    )
    # Days after tomorrow hold nothing: the month from the 1st to the 5th of this month
    # is read as its days (5), not as the month less 25 days.
    assert month_plan(date(2026, 11, 1), date(2026, 11, 5), tomorrow).months is None
    assert month_plan(date(2026, 11, 1), date(2026, 11, 24), tomorrow).subtracted == [
        (date(2026, 11, 25), date(2026, 11, 30))
    ]


def test_every_day_of_a_period_is_counted_once() -> None:
    """On random periods, the plan's months plus added minus subtracted days are exactly
    the period's days."""
    rng = random.Random(45)
    for _ in range(300):
        first = date(2026, 1, 1) + timedelta(days=rng.randint(0, 400))
        last = first + timedelta(days=rng.randint(0, 420))
        horizon = date(2026, 1, 1) + timedelta(days=rng.randint(0, 900))
        plan = month_plan(first, last, horizon)
        counted: dict[date, int] = {}

        def count(days: tuple[date, date], sign: int, counted: dict[date, int] = counted) -> None:
            day = days[0]
            while day <= days[1]:
                counted[day] = counted.get(day, 0) + sign
                day += timedelta(days=1)

        if plan.months is not None:
            end = plan.months[1].replace(day=28) + timedelta(days=4)
            count((plan.months[0], end.replace(day=1) - timedelta(days=1)), 1)
        for days in plan.added:
            count(days, 1)
        for days in plan.subtracted:
            count(days, -1)
        wanted = {first + timedelta(days=n): 1 for n in range((last - first).days + 1)}
        assert {day: n for day, n in counted.items() if n} == wanted, (first, last, horizon)
