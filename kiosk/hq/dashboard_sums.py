"""The dashboard's sums, from the database: each stored packet's published cells are kept in
`day_cells` (written with the packet, in its transaction), and a period is added up there
with GROUP BY: per site, per day, and per breakdown cell. kiosk/core/packet_sums.py then
applies the same rules as to whole packets (at least N, suppressed), so the figures equal
`sum_period` of the period's packets (tests/hq/test_dashboard_sums.py compares them).

Three tables kept at ingest make long periods cheap, each in the packet's transaction (when
a packet replaces an older revision of its site's day, the old one's part is subtracted and
the new one's added; an open day's packet adds nothing: kiosk/hq/published_days.py):

- `day_packets` holds each packet's dashboard figures beside its totals (children,
  unaccompanied minors, needs shelter: the cells' sum and whether a part was hidden), so
  the per-site and per-day figures are sums of packet rows, not of their cells;
- `all_sites_days`: the cells (and totals) added up over the sites per day, so a year of
  all sites per day and its breakdowns are 365 days' rows, not 365 x sites;
- `site_months`: each site's packets added up per month, so the per-site table of a year
  reads the whole months there (12 rows a site) and only the days of the period's partial
  months (and of the last days, whose unmarked packets are not published yet) from
  `day_packets`.
"""

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    delete,
    func,
    insert,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from kiosk.core.packet import TOTALS
from kiosk.core.packet_sums import (
    SUMMARY,
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
from kiosk.hq.models import AllSitesDayRow, DayCellRow, DayPacketRow, SiteMonthRow
from kiosk.hq.published_days import (
    keeps_cells,
    published_packets,
    settled_before,
)

SUMMARY_BREAKDOWNS = sorted({breakdown for breakdown, _ in SUMMARY_CELLS.values()})
SUMMARY_CODES = sorted({WITHHELD}.union(*(codes for _, codes in SUMMARY_CELLS.values())))
TOTALS_BREAKDOWN = "totals"  # the packets' totals among all_sites_days' rows
CELL_FIGURES = tuple(SUMMARY_CELLS)  # the figures of cells, as columns of day_packets

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


def figure_columns(totals: Mapping[str, int], breakdowns: Mapping[str, Any]) -> dict[str, Any]:
    """The dashboard's figures of a packet's cells, as its `day_packets` row holds them."""
    cells = {(breakdown, code): cell for breakdown, code, cell in published_cells(breakdowns)}
    figures = summary_of(totals, cells)
    found: dict[str, Any] = {}
    for name in CELL_FIGURES:
        found[name], found[f"{name}_hidden"] = figures[name].known, figures[name].partial
    return found


def _figures_of(found: Contribution) -> dict[str, Cell] | None:
    """A packet's dashboard figures from what it adds to `all_sites_days` (None: nothing)."""
    if not found:
        return None
    totals = {name: found[(TOTALS_BREAKDOWN, name)][0] for name in TOTALS}
    cells = {
        key: Cell(value, bool(hidden))
        for key, (value, hidden) in found.items()
        if key[0] != TOTALS_BREAKDOWN
    }
    return summary_of(totals, cells)


def store_cells(
    connection: Connection,
    site_id: str,
    day: date,
    packet: tuple[Mapping[str, int], Mapping[str, Any]] | None,
    replaced: Contribution,
) -> None:
    """The packet (totals, breakdowns) just stored for (site, day) replaces that day's
    cells, and in `all_sites_days` and `site_months` the replaced packet's contribution by
    its own (same transaction). None: the packet adds nothing (its day is open). The
    caller holds the site's lock from before reading `replaced`."""
    connection.execute(
        delete(DayCellRow).where(DayCellRow.site_id == site_id, DayCellRow.day == day)
    )
    added: Contribution = {}
    if packet is not None:
        totals, breakdowns = packet
        rows = cell_rows(site_id, day, breakdowns)
        connection.execute(insert(DayCellRow), rows)
        added = contribution(totals, rows)
    add_to_all_sites(connection, day, added, replaced)
    add_to_site_month(connection, site_id, day, _figures_of(added), _figures_of(replaced))


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


def add_to_site_month(
    connection: Connection,
    site_id: str,
    day: date,
    added: Mapping[str, Cell] | None,
    removed: Mapping[str, Cell] | None,
) -> None:
    """The site's `site_months` row of the day's month plus the `added` packet's figures
    minus the `removed` one's (None: no packet); the row goes when no packet is left. Only
    the site's own packets touch its rows, and the caller holds the site's lock."""
    if added is None and removed is None:
        return
    change: dict[str, Any] = {
        "site_id": site_id,
        "month": day.replace(day=1),
        "packets": (added is not None) - (removed is not None),
    }
    for name in SUMMARY:
        change[name] = (added[name].known if added else 0) - (removed[name].known if removed else 0)
    for name in CELL_FIGURES:
        change[f"{name}_hidden"] = int(added is not None and added[name].partial) - int(
            removed is not None and removed[name].partial
        )
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(SiteMonthRow)
    table = SiteMonthRow.__table__.c
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[table.site_id, table.month],
            set_={
                name: table[name] + statement.excluded[name]
                for name in change
                if name not in ("site_id", "month")
            },
        ),
        change,
    )
    if removed is not None:
        connection.execute(
            delete(SiteMonthRow).where(
                SiteMonthRow.site_id == site_id,
                SiteMonthRow.month == change["month"],
                SiteMonthRow.packets <= 0,
            )
        )


def _hidden() -> Any:
    return func.max(case((DayCellRow.hidden, 1), else_=0)).cast(Integer)


FIGURE_COLUMNS = (*SUMMARY, *(f"{name}_hidden" for name in CELL_FIGURES))


def _summed(table: Any, hidden: Any) -> list[Any]:
    """The figures' sums of `day_packets` or `site_months` rows, then the hidden counts
    (labelled as FIGURE_COLUMNS)."""
    return [func.sum(getattr(table, name)).label(name) for name in SUMMARY] + [
        func.sum(hidden(getattr(table, f"{name}_hidden"))).label(f"{name}_hidden")
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


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def whole_months(first: date, last: date, today: date) -> tuple[date, date] | None:
    """The months `site_months` answers for in a period: [from, until) by their first days,
    each wholly inside the period and before the last days (whose unmarked packets are not
    published yet: kiosk/hq/published_days.py); None if there is no such month."""
    upper = min(last, settled_before(today) - timedelta(days=1))
    start = first if first.day == 1 else _next_month(first)
    until = (upper + timedelta(days=1)).replace(day=1)
    return (start, until) if start < until else None


def _per_site(
    connection: Connection,
    first: date,
    last: date,
    site_id: str | None,
    packets: list[ColumnElement[bool]],
    today: date,
) -> dict[Any, dict[str, Cell]]:
    """Each site's figures: the period's whole months from `site_months`, its other days
    (before and after them) from `day_packets`, each a range of its figures' index, added
    up in one query (a row a site)."""
    months = whole_months(first, last, today)
    if months is None:
        return _figures_by(connection, DayPacketRow.site_id, [*packets, _days(first, last)])
    start, until = months
    parts: list[Select[Any]] = []
    for ends in ((first, start - timedelta(days=1)), (until, last)):
        if ends[0] <= ends[1]:
            parts.append(
                select(DayPacketRow.site_id, *_summed(DayPacketRow, _packets_hidden))
                .where(*packets, _days(*ends))
                .group_by(DayPacketRow.site_id)
            )
    in_months = select(SiteMonthRow.site_id, *_summed(SiteMonthRow, lambda column: column)).where(
        SiteMonthRow.month >= start, SiteMonthRow.month < until
    )
    if site_id is not None:
        in_months = in_months.where(SiteMonthRow.site_id == site_id)
    parts.append(in_months.group_by(SiteMonthRow.site_id))
    both = union_all(*parts).subquery("parts")
    query = select(both.c.site_id, *(func.sum(both.c[name]) for name in FIGURE_COLUMNS)).group_by(
        both.c.site_id
    )
    return {row[0]: _as_figures(row[1:]) for row in connection.execute(query).all()}


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
    connection: Connection, first: date, last: date
) -> tuple[dict[Any, dict[str, Cell]], dict[CellKey, Cell]]:
    """Every site's figures per day and summed cells, from `all_sites_days`."""
    days = AllSitesDayRow.day.between(first, last)
    row = AllSitesDayRow
    figures: list[Any] = []
    hidden_sites: list[Any] = []
    for name in SUMMARY:  # each figure's rows: a total, or its cells (and withheld row)
        if name in TOTALS:
            total = and_(row.breakdown == TOTALS_BREAKDOWN, row.code == name)
            figures.append(func.sum(case((total, row.value), else_=0)))
            continue
        breakdown, codes = SUMMARY_CELLS[name]
        of_figure = and_(row.breakdown == breakdown, row.code.in_([WITHHELD, *codes]))
        figures.append(func.sum(case((of_figure, row.value), else_=0)))
        hidden_sites.append(func.sum(case((of_figure, row.hidden_sites), else_=0)))
    has_packets = func.sum(case((row.breakdown == TOTALS_BREAKDOWN, 1), else_=0))
    per_day = (
        select(row.day, *figures, *hidden_sites, has_packets)
        .where(
            days,
            row.breakdown.in_([TOTALS_BREAKDOWN, *SUMMARY_BREAKDOWNS]),
            row.code.in_([*TOTALS, *SUMMARY_CODES]),
        )
        .group_by(row.day)
    )
    by_day = {
        found[0]: _as_figures(found[1:-1])
        for found in connection.execute(per_day).all()
        if found[-1]
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
            _add_up(parts, _all_sites(connection, first, settled))
        else:
            days: list[ColumnElement[bool]] = [DayPacketRow.day.between(first, settled)]
            cell_days: list[ColumnElement[bool]] = [DayCellRow.day.between(first, settled)]
            _add_up(parts, _per_day(connection, [*packets, *days], [*cells, *cell_days]))
    if last >= cutoff:
        recent = max(first, cutoff)
        days = [DayPacketRow.day.between(recent, last)]
        _add_up(parts, _per_day(connection, [*packets, *days], None))
    by_day, summed_cells = parts
    by_site = _per_site(connection, first, last, site_id, packets, today)
    return period_sums(
        first,
        last,
        {str(site): found for site, found in by_site.items()},
        by_day,
        breakdown_sums(summed_cells),
    )
