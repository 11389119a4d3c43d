"""The dashboard's sums, from the database: each stored packet's published cells are kept in
`day_cells` (written with the packet, in its transaction), and a period is added up there
with GROUP BY: per site, per day, and per breakdown cell. kiosk/core/packet_sums.py then
applies the same rules as to whole packets (at least N, suppressed), so the figures equal
`sum_period` of the period's packets (tests/hq/test_dashboard_sums.py compares them).

The all-sites figures (per day, and the breakdowns) come from `all_sites_days`, the cells
already added up over the sites per day: when a packet replaces an older revision of its
site's day, the old packet's cells are subtracted there and the new ones added, in the
packet's transaction (`store_cells`). A year of all sites is then 365 days' rows, not
365 x sites; one site's pages and the per-site table still read `day_cells`.
"""

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, case, delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from kiosk.core.packet import TOTALS
from kiosk.core.packet_sums import (
    SUMMARY_CELLS,
    WITHHELD,
    Cell,
    CellKey,
    PeriodSums,
    breakdown_sums,
    period_sums,
    published_cells,
    summary_of,
)
from kiosk.hq.models import AllSitesDayRow, DayCellRow, DayPacketRow
from kiosk.hq.published_days import cells_filter, keeps_cells, published_packets

SUMMARY_BREAKDOWNS = sorted({breakdown for breakdown, _ in SUMMARY_CELLS.values()})
SUMMARY_CODES = sorted({WITHHELD}.union(*(codes for _, codes in SUMMARY_CELLS.values())))
TOTALS_BREAKDOWN = "totals"  # the packets' totals among all_sites_days' rows

type Contribution = dict[CellKey, tuple[int, int]]  # (breakdown, code): (value, hidden 0/1)


def cell_rows(site_id: str, day: date, breakdowns: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The `day_cells` rows of one packet."""
    return [
        {
            "site_id": site_id,
            "day": day,
            "breakdown": breakdown,
            "code": code,
            "value": cell.known,
            "hidden": cell.partial,
        }
        for breakdown, code, cell in published_cells(breakdowns)
    ]


def held_contribution(connection: Connection, site_id: str, day: date) -> Contribution:
    """What the packet stored for (site, day) adds to `all_sites_days`: its totals and its
    cells (empty when none is stored, or its day is open: kiosk/hq/published_days.py). Read
    before a new revision overwrites it."""
    held = connection.execute(
        select(DayPacketRow.closed, *(getattr(DayPacketRow, name) for name in TOTALS)).where(
            DayPacketRow.site_id == site_id, DayPacketRow.day == day
        )
    ).first()
    if held is None or not keeps_cells(held[0]):  # an open day's packet adds nothing
        return {}
    totals = held[1:]
    found: Contribution = {
        (TOTALS_BREAKDOWN, name): (int(totals[i]), 0) for i, name in enumerate(TOTALS)
    }
    cells = connection.execute(
        select(DayCellRow.breakdown, DayCellRow.code, DayCellRow.value, DayCellRow.hidden).where(
            DayCellRow.site_id == site_id, DayCellRow.day == day
        )
    )
    for breakdown, code, value, hidden in cells:
        found[(breakdown, code)] = (int(value), int(bool(hidden)))
    return found


def contribution(totals: Mapping[str, int], rows: Iterable[Mapping[str, Any]]) -> Contribution:
    """What a packet (its totals and its `cell_rows`) adds to `all_sites_days`."""
    found: Contribution = {(TOTALS_BREAKDOWN, name): (int(totals[name]), 0) for name in TOTALS}
    for row in rows:
        found[(row["breakdown"], row["code"])] = (int(row["value"]), int(bool(row["hidden"])))
    return found


def store_cells(
    connection: Connection,
    site_id: str,
    day: date,
    packet: tuple[Mapping[str, int], Mapping[str, Any]] | None,
    replaced: Contribution,
) -> None:
    """The packet (totals, breakdowns) just stored for (site, day) replaces that day's
    cells, and in `all_sites_days` the replaced packet's contribution by its own (same
    transaction). None: the packet adds nothing (its day is open). The caller holds the
    site's lock from before reading `replaced`."""
    connection.execute(
        delete(DayCellRow).where(DayCellRow.site_id == site_id, DayCellRow.day == day)
    )
    if packet is None:
        add_to_all_sites(connection, day, {}, replaced)
        return
    totals, breakdowns = packet
    rows = cell_rows(site_id, day, breakdowns)
    connection.execute(insert(DayCellRow), rows)
    add_to_all_sites(connection, day, contribution(totals, rows), replaced)


def add_to_all_sites(
    connection: Connection, day: date, added: Contribution, removed: Contribution
) -> None:
    """`all_sites_days` of one day plus `added` minus `removed`: one upsert in the order of
    the cells (two sites' packets of one day lock its rows in the same order, so they wait
    for each other instead of deadlocking), then rows no site publishes any more go."""
    changes = []
    for key in sorted(added.keys() | removed.keys()):
        value, hidden = added.get(key, (0, 0))
        old_value, old_hidden = removed.get(key, (0, 0))
        sites = (key in added) - (key in removed)
        if (value - old_value, hidden - old_hidden, sites) != (0, 0, 0):
            changes.append(
                {
                    "day": day,
                    "breakdown": key[0],
                    "code": key[1],
                    "value": value - old_value,
                    "hidden_sites": hidden - old_hidden,
                    "sites": sites,
                }
            )
    if not changes:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(AllSitesDayRow)
    table = AllSitesDayRow.__table__.c
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[table.day, table.breakdown, table.code],
            set_={
                name: table[name] + statement.excluded[name]
                for name in ("value", "hidden_sites", "sites")
            },
        ),
        changes,
    )
    if removed:
        connection.execute(
            delete(AllSitesDayRow).where(AllSitesDayRow.day == day, AllSitesDayRow.sites <= 0)
        )


def _hidden() -> Any:
    return func.max(case((DayCellRow.hidden, 1), else_=0)).cast(Integer)


def _cells(rows: Iterable[Any]) -> dict[Any, dict[CellKey, Cell]]:
    found: dict[Any, dict[CellKey, Cell]] = {}
    for group, breakdown, code, value, hidden in rows:
        found.setdefault(group, {})[(breakdown, code)] = Cell(int(value or 0), bool(hidden))
    return found


def _figures_by(
    connection: Connection,
    packet_group: Any,
    cell_group: Any,
    packets: list[ColumnElement[bool]],
    cells: list[ColumnElement[bool]],
) -> dict[Any, dict[str, Cell]]:
    """The figures of each group (site or day) of the packets and cells the filters keep,
    from `day_packets` and `day_cells`."""
    summed = [func.sum(getattr(DayPacketRow, name)) for name in TOTALS]
    totals = connection.execute(
        select(packet_group, *summed).where(*packets).group_by(packet_group)
    ).all()
    summary_query: Select[Any] = (
        select(
            cell_group,
            DayCellRow.breakdown,
            DayCellRow.code,
            func.sum(DayCellRow.value),
            _hidden(),
        )
        .where(
            *cells,
            DayCellRow.breakdown.in_(SUMMARY_BREAKDOWNS),
            DayCellRow.code.in_(SUMMARY_CODES),
        )
        .group_by(cell_group, DayCellRow.breakdown, DayCellRow.code)
    )
    by_group = _cells(connection.execute(summary_query).all())
    return {
        row[0]: summary_of(
            {name: int(row[1 + i] or 0) for i, name in enumerate(TOTALS)},
            by_group.get(row[0], {}),
        )
        for row in totals
    }


def _per_day(
    connection: Connection, packets: list[ColumnElement[bool]], cells: list[ColumnElement[bool]]
) -> tuple[dict[Any, dict[str, Cell]], dict[CellKey, Cell]]:
    """Figures per day and summed cells of the packets and cells the filters keep, from
    `day_packets`/`day_cells` (one site's pages; all sites while some recent packets of
    older desks are not yet published)."""
    by_day = _figures_by(connection, DayPacketRow.day, DayCellRow.day, packets, cells)
    breakdown_query = (
        select(DayCellRow.breakdown, DayCellRow.code, func.sum(DayCellRow.value), _hidden())
        .where(*cells)
        .group_by(DayCellRow.breakdown, DayCellRow.code)
    )
    summed_cells = {
        (breakdown, code): Cell(int(value or 0), bool(hidden))
        for breakdown, code, value, hidden in connection.execute(breakdown_query).all()
    }
    return by_day, summed_cells


def _all_sites(
    connection: Connection, first: date, last: date
) -> tuple[dict[Any, dict[str, Cell]], dict[CellKey, Cell]]:
    """Every site's figures per day and summed cells, from `all_sites_days`."""
    days = AllSitesDayRow.day.between(first, last)
    wanted = (
        AllSitesDayRow.breakdown.in_([TOTALS_BREAKDOWN, *SUMMARY_BREAKDOWNS]),
        AllSitesDayRow.code.in_([*TOTALS, *SUMMARY_CODES]),
    )
    per_day: dict[Any, dict[CellKey, Cell]] = {}
    for day, breakdown, code, value, hidden in connection.execute(
        select(
            AllSitesDayRow.day,
            AllSitesDayRow.breakdown,
            AllSitesDayRow.code,
            AllSitesDayRow.value,
            AllSitesDayRow.hidden_sites,
        ).where(days, *wanted)
    ):
        per_day.setdefault(day, {})[(breakdown, code)] = Cell(int(value), hidden > 0)
    by_day = {
        day: summary_of(
            {name: cells.get((TOTALS_BREAKDOWN, name), Cell()).known for name in TOTALS}, cells
        )
        for day, cells in per_day.items()
        if (TOTALS_BREAKDOWN, TOTALS[0]) in cells
    }
    breakdown_query = (
        select(
            AllSitesDayRow.breakdown,
            AllSitesDayRow.code,
            func.sum(AllSitesDayRow.value),
            func.sum(AllSitesDayRow.hidden_sites),
        )
        .where(days, AllSitesDayRow.breakdown != TOTALS_BREAKDOWN)
        .group_by(AllSitesDayRow.breakdown, AllSitesDayRow.code)
    )
    summed_cells = {
        (breakdown, code): Cell(int(value or 0), int(hidden or 0) > 0)
        for breakdown, code, value, hidden in connection.execute(breakdown_query).all()
    }
    return by_day, summed_cells


def read_period(
    connection: Connection, first: date, last: date, site_id: str | None, today: date
) -> PeriodSums:
    """The period's sums (one site or all), as `sum_period` of its packets would give; only
    days published by headquarters' `today` (closed days) count."""
    packets: list[ColumnElement[bool]] = [
        DayPacketRow.day.between(first, last),
        published_packets(today),
    ]
    cells: list[ColumnElement[bool]] = [DayCellRow.day.between(first, last)]
    hidden = cells_filter(connection, today)
    if hidden is not None:
        cells.append(hidden)
    if site_id is not None:
        packets.append(DayPacketRow.site_id == site_id)
        cells.append(DayCellRow.site_id == site_id)
    if site_id is None and hidden is None:
        # `all_sites_days` holds closed and unmarked packets: all published, unless an
        # older desk's unmarked packets of the last days are there (then the slower path).
        by_day, summed_cells = _all_sites(connection, first, last)
    else:
        by_day, summed_cells = _per_day(connection, packets, cells)
    by_site = _figures_by(connection, DayPacketRow.site_id, DayCellRow.site_id, packets, cells)
    return period_sums(
        first,
        last,
        {str(site): found for site, found in by_site.items()},
        by_day,
        breakdown_sums(summed_cells),
    )
