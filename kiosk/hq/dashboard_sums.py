"""The dashboard's sums, from the database: each stored packet's published cells are kept in
`day_cells` (written with the packet, in its transaction), and a period is added up there
with GROUP BY: per site, per day, and per breakdown cell. kiosk/core/packet_sums.py then
applies the same rules as to whole packets (at least N, suppressed), so the figures equal
`sum_period` of the period's packets (tests/hq/test_dashboard_sums.py compares them).

Tables kept at ingest (kiosk/hq/dashboard_keeping.py) make long periods cheap:

- `day_packets` holds each packet's dashboard figures beside its totals (children,
  unaccompanied minors, needs shelter: the cells' sum and whether a part was hidden), so
  the per-site and per-day figures are sums of packet rows, not of their cells;
- `all_sites_days`: the cells (and totals) added up over the sites per day, so a year of
  all sites per day is 365 days' rows, not 365 x sites;
- `all_sites_day_figures`: the packets' totals and figures added up over the sites per
  day (the all-sites chart and table: one row a day, not the day's cells);
- `all_sites_months` and `site_months`: the same per month, all sites' cells and each
  site's figures, so the breakdowns and the per-site table of a year read the months
  there and only some days of the period's partial months (kiosk/hq/month_plan.py: the
  days inside the period, or the month less the days outside it) and the last days
  (whose unmarked packets are not published yet) from the per-day tables.
"""

from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.engine import Connection

from kiosk.core.packet_sums import (
    SUMMARY,
    Cell,
    CellKey,
    PeriodSums,
    breakdown_sums,
    period_sums,
)
from kiosk.hq.dashboard_keeping import CELL_FIGURES, TOTALS_BREAKDOWN
from kiosk.hq.models import (
    AllSitesDayFigureRow,
    AllSitesDayRow,
    AllSitesMonthRow,
    DayCellRow,
    DayPacketRow,
    SiteMonthRow,
)
from kiosk.hq.month_plan import month_plan
from kiosk.hq.published_days import kept_packets, published_packets, settled_before


def _total(column: Any) -> Any:
    """SUM as a BIGINT (PostgreSQL sums BIGINTs as NUMERIC: Decimals, slow to read)."""
    return cast(func.sum(column), BigInteger)


def _hidden() -> Any:
    return func.max(case((DayCellRow.hidden, 1), else_=0)).cast(Integer)


FIGURE_COLUMNS = (*SUMMARY, *(f"{name}_hidden" for name in CELL_FIGURES))


def _summed(table: Any, hidden: Any) -> list[Any]:
    """The figures' sums of `day_packets` rows, then the hidden counts (labelled as
    FIGURE_COLUMNS)."""
    return [func.sum(getattr(table, name)).label(name) for name in SUMMARY] + [
        func.sum(hidden(getattr(table, f"{name}_hidden"))).label(f"{name}_hidden")
        for name in CELL_FIGURES
    ]


def _signed(table: Any, hidden: Any, sign: int) -> list[Any]:
    """The figures of each `day_packets` or `site_months` row, then its hidden counts
    (labelled as FIGURE_COLUMNS), negated when `sign` is -1 (days taken off a month)."""

    def signed(value: Any) -> Any:
        return value if sign == 1 else -value

    return [signed(getattr(table, name)).label(name) for name in SUMMARY] + [
        signed(hidden(getattr(table, f"{name}_hidden"))).label(f"{name}_hidden")
        for name in CELL_FIGURES
    ]


def _packets_hidden(column: Any) -> Any:
    return case((column, 1), else_=0)


_HIDDEN_AT = {name: len(SUMMARY) + i for i, name in enumerate(CELL_FIGURES)}


def _as_figures(row: Any) -> dict[str, Cell]:
    """The figures of a row of `_summed` sums."""
    return {
        name: Cell(int(row[i] or 0), name in _HIDDEN_AT and int(row[_HIDDEN_AT[name]] or 0) > 0)
        for i, name in enumerate(SUMMARY)
    }


def _figures_by(
    connection: Connection, group: Any, packets: list[ColumnElement[bool]]
) -> dict[Any, dict[str, Cell]]:
    """The figures of each group (site or day) of the packets the filters keep, from the
    figures `day_packets` holds beside each packet."""
    query = select(group, *_summed(DayPacketRow, _packets_hidden)).where(*packets).group_by(group)
    return {row[0]: _as_figures(row[1:]) for row in connection.execute(query).all()}


def _per_site(
    connection: Connection,
    first: date,
    last: date,
    site_id: str | None,
    today: date,
) -> dict[Any, dict[str, Cell]]:
    """Each site's figures, added up in one query (a row a site): before the last days
    (`settled_before`) the period's months from `site_months` plus or minus days of
    `day_packets` (kiosk/hq/month_plan.py; there every kept packet is published), the last
    days from `day_packets`, their published packets only. Each part a range of an index,
    its rows (days taken off negated) added up by one GROUP BY (a third faster on
    PostgreSQL than adding up each part first); a site is in the table when it has a
    packet in the period."""
    cutoff = settled_before(today)
    sites = [] if site_id is None else [DayPacketRow.site_id == site_id]
    parts: list[Select[Any]] = []

    def of_days(days: tuple[date, date], kept: ColumnElement[bool], sign: int) -> Select[Any]:
        return select(
            DayPacketRow.site_id,
            *_signed(DayPacketRow, _packets_hidden, sign),
            literal(sign, Integer).label("packets"),
        ).where(*sites, kept, _days(*days))

    if first < cutoff:
        plan = month_plan(first, min(last, cutoff - timedelta(days=1)), today + timedelta(days=1))
        parts += [of_days(days, kept_packets(), 1) for days in plan.added]
        parts += [of_days(days, kept_packets(), -1) for days in plan.subtracted]
        if plan.months is not None:
            in_months = select(
                SiteMonthRow.site_id,
                *_signed(SiteMonthRow, lambda column: column, 1),
                SiteMonthRow.packets.label("packets"),
            ).where(SiteMonthRow.month.between(*plan.months))
            if site_id is not None:
                in_months = in_months.where(SiteMonthRow.site_id == site_id)
            parts.append(in_months)
    if last >= cutoff:
        parts.append(of_days((max(first, cutoff), last), published_packets(today), 1))
    rows = (parts[0] if len(parts) == 1 else union_all(*parts)).subquery("parts")
    query = select(
        rows.c.site_id, *(_total(rows.c[name]) for name in (*FIGURE_COLUMNS, "packets"))
    ).group_by(rows.c.site_id)
    return {
        row[0]: _as_figures(row[1:-1]) for row in connection.execute(query).all() if row[-1] > 0
    }


def _days(first: date, last: date) -> ColumnElement[bool]:
    return DayPacketRow.day.between(first, last)


def _per_day(
    connection: Connection,
    packets: list[ColumnElement[bool]],
    cells: list[ColumnElement[bool]] | None,
) -> tuple[dict[Any, dict[str, Cell]], dict[CellKey, Cell]]:
    """Figures per day and summed cells of the packets and cells the filters keep, from
    `day_packets`/`day_cells` (one site's pages; all sites' last days). `cells` None: the
    cells of the packets `packets` keeps (found through them: the last days, where some
    stored cells are not published yet)."""
    by_day = _figures_by(connection, DayPacketRow.day, packets)
    breakdown_query = select(
        DayCellRow.breakdown, DayCellRow.code, func.sum(DayCellRow.value), _hidden()
    )
    if cells is None:
        of_packet = and_(
            DayCellRow.site_id == DayPacketRow.site_id, DayCellRow.day == DayPacketRow.day
        )
        breakdown_query = breakdown_query.select_from(
            DayPacketRow.__table__.join(DayCellRow.__table__, of_packet)
        ).where(*packets)
    else:
        breakdown_query = breakdown_query.where(*cells)
    summed_cells = {
        (breakdown, code): Cell(int(value or 0), bool(hidden))
        for breakdown, code, value, hidden in connection.execute(
            breakdown_query.group_by(DayCellRow.breakdown, DayCellRow.code)
        ).all()
    }
    return by_day, summed_cells


def _all_sites(
    connection: Connection, first: date, last: date, today: date
) -> tuple[dict[Any, dict[str, Cell]], dict[CellKey, Cell]]:
    """Every site's figures per day from `all_sites_day_figures`, and summed cells from
    `all_sites_months` plus or minus days of `all_sites_days` (kiosk/hq/month_plan.py)."""
    figures = AllSitesDayFigureRow
    per_day = select(figures.day, *(figures.__table__.c[name] for name in FIGURE_COLUMNS)).where(
        figures.day.between(first, last), figures.packets > 0
    )
    by_day = {found[0]: _as_figures(found[1:]) for found in connection.execute(per_day).all()}
    row = AllSitesDayRow
    plan = month_plan(first, last, today + timedelta(days=1))

    def of_days(days: tuple[date, date], sign: int) -> Any:
        return (
            select(
                row.breakdown,
                row.code,
                (sign * func.sum(row.value)).label("value"),
                (sign * func.sum(row.hidden_sites)).label("hidden"),
                (sign * func.sum(row.sites)).label("packets"),
            )
            .where(row.day.between(*days), row.breakdown != TOTALS_BREAKDOWN)
            .group_by(row.breakdown, row.code)
        )

    parts = [of_days(days, 1) for days in plan.added]
    parts += [of_days(days, -1) for days in plan.subtracted]
    if plan.months is not None:
        month = AllSitesMonthRow
        parts.append(
            select(
                month.breakdown,
                month.code,
                func.sum(month.value).label("value"),
                func.sum(month.hidden_packets).label("hidden"),
                func.sum(month.packets).label("packets"),
            )
            .where(month.month.between(*plan.months), month.breakdown != TOTALS_BREAKDOWN)
            .group_by(month.breakdown, month.code)
        )
    both = union_all(*parts).subquery("parts")
    breakdown_query = select(
        both.c.breakdown,
        both.c.code,
        _total(both.c.value),
        _total(both.c.hidden),
        _total(both.c.packets),
    ).group_by(both.c.breakdown, both.c.code)
    summed_cells = {  # a cell no packet of the period published is not there at all
        (breakdown, code): Cell(int(value or 0), int(hidden or 0) > 0)
        for breakdown, code, value, hidden, packets in connection.execute(breakdown_query)
        if packets > 0
    }
    return by_day, summed_cells


def _add_up(
    into: tuple[dict[Any, dict[str, Cell]], dict[CellKey, Cell]],
    part: tuple[dict[Any, dict[str, Cell]], dict[CellKey, Cell]],
) -> None:
    """A part of the period's days (by day, and summed cells) added to the rest."""
    into[0].update(part[0])  # the parts hold different days
    for key, cell in part[1].items():
        into[1][key] = into[1][key] + cell if key in into[1] else cell


def read_period(
    connection: Connection, first: date, last: date, site_id: str | None, today: date
) -> PeriodSums:
    """The period's sums (one site or all), as `sum_period` of its packets would give; only
    days published by headquarters' `today` (closed days) count.

    Before the last days (`settled_before`) every stored cell is published: all sites'
    days come from `all_sites_days`, one site's from its `day_cells` unfiltered. The last
    days' cells are found through their published packets (unmarked packets wait there)."""
    packets: list[ColumnElement[bool]] = [published_packets(today)]
    cells: list[ColumnElement[bool]] = []
    if site_id is not None:
        packets.append(DayPacketRow.site_id == site_id)
        cells.append(DayCellRow.site_id == site_id)
    cutoff = settled_before(today)
    parts: tuple[dict[Any, dict[str, Cell]], dict[CellKey, Cell]] = ({}, {})
    if first < cutoff:
        settled = min(last, cutoff - timedelta(days=1))
        if site_id is None:
            _add_up(parts, _all_sites(connection, first, settled, today))
        else:
            days: list[ColumnElement[bool]] = [DayPacketRow.day.between(first, settled)]
            cell_days: list[ColumnElement[bool]] = [DayCellRow.day.between(first, settled)]
            _add_up(parts, _per_day(connection, [*packets, *days], [*cells, *cell_days]))
    if last >= cutoff:
        recent = max(first, cutoff)
        days = [DayPacketRow.day.between(recent, last)]
        _add_up(parts, _per_day(connection, [*packets, *days], None))
    by_day, summed_cells = parts
    by_site = _per_site(connection, first, last, site_id, today)
    return period_sums(
        first,
        last,
        {str(site): found for site, found in by_site.items()},
        by_day,
        breakdown_sums(summed_cells),
    )
