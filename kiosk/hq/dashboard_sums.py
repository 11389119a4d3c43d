"""The dashboard's sums, from the database: each stored packet's published cells are kept in
`day_cells` (written with the packet, in its transaction), and a period is added up there
with GROUP BY: per site, per day, and per breakdown cell. kiosk/core/packet_sums.py then
applies the same rules as to whole packets (at least N, suppressed), so the figures equal
`sum_period` of the period's packets (tests/hq/test_dashboard_sums.py compares them).
"""

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, case, delete, func, insert, select
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
from kiosk.hq.models import DayCellRow, DayPacketRow
from kiosk.hq.published_days import cells_filter, published_packets

SUMMARY_BREAKDOWNS = sorted({breakdown for breakdown, _ in SUMMARY_CELLS.values()})
SUMMARY_CODES = sorted({WITHHELD}.union(*(codes for _, codes in SUMMARY_CELLS.values())))


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


def replace_cells(
    connection: Connection, site_id: str, day: date, breakdowns: Mapping[str, Any] | None
) -> None:
    """The packet just stored for (site, day) replaces that day's cells (same transaction);
    None: it has none (an open day's packet, kiosk/hq/published_days.py)."""
    connection.execute(
        delete(DayCellRow).where(DayCellRow.site_id == site_id, DayCellRow.day == day)
    )
    if breakdowns is not None:
        connection.execute(insert(DayCellRow), cell_rows(site_id, day, breakdowns))


def _hidden() -> Any:
    return func.max(case((DayCellRow.hidden, 1), else_=0)).cast(Integer)


def _cells(rows: Iterable[Any]) -> dict[Any, dict[CellKey, Cell]]:
    found: dict[Any, dict[CellKey, Cell]] = {}
    for group, breakdown, code, value, hidden in rows:
        found.setdefault(group, {})[(breakdown, code)] = Cell(int(value or 0), bool(hidden))
    return found


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
    summed = [func.sum(getattr(DayPacketRow, name)) for name in TOTALS]
    figures: list[dict[Any, dict[str, Cell]]] = []
    for packet_group, cell_group in (
        (DayPacketRow.site_id, DayCellRow.site_id),
        (DayPacketRow.day, DayCellRow.day),
    ):
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
        figures.append(
            {
                row[0]: summary_of(
                    {name: int(row[1 + i] or 0) for i, name in enumerate(TOTALS)},
                    by_group.get(row[0], {}),
                )
                for row in totals
            }
        )
    breakdown_query = (
        select(DayCellRow.breakdown, DayCellRow.code, func.sum(DayCellRow.value), _hidden())
        .where(*cells)
        .group_by(DayCellRow.breakdown, DayCellRow.code)
    )
    summed_cells = {
        (breakdown, code): Cell(int(value or 0), bool(hidden))
        for breakdown, code, value, hidden in connection.execute(breakdown_query).all()
    }
    by_site, by_day = figures
    return period_sums(
        first,
        last,
        {str(site): found for site, found in by_site.items()},
        by_day,
        breakdown_sums(summed_cells),
    )
