"""The dashboard's tables kept at ingest, in the transaction that stores a packet
(kiosk/hq/store.py): `day_cells` (the packet's published cells), its figure columns of
`day_packets`, and the sums `all_sites_days`, `all_sites_months`, `all_sites_day_figures`
and `site_months`. When a packet replaces an older revision of its site's day, the old
one's part is subtracted and the new one's added; an open day's packet adds nothing
(kiosk/hq/published_days.py). kiosk/hq/dashboard_sums.py reads them.

Nothing at headquarters deletes a packet; code that ever does must subtract it here too.
"""

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from kiosk.core.packet import TOTALS
from kiosk.core.packet_sums import (
    SUMMARY,
    SUMMARY_CELLS,
    Cell,
    CellKey,
    published_cells,
    summary_of,
)
from kiosk.hq.models import (
    AllSitesDayFigureRow,
    AllSitesDayRow,
    AllSitesMonthRow,
    DayCellRow,
    DayPacketRow,
    SiteMonthRow,
)
from kiosk.hq.published_days import keeps_cells

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
    cells, and in `all_sites_days`, `all_sites_months`, `all_sites_day_figures` and
    `site_months` the replaced packet's contribution by its own (same transaction). None:
    the packet adds nothing (its day is open). The caller holds the site's lock from before
    reading `replaced`."""
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
    figures, replaced_figures = _figures_of(added), _figures_of(replaced)
    add_to_day_figures(connection, day, figures, replaced_figures)
    add_to_site_month(connection, site_id, day, figures, replaced_figures)


def add_to_all_sites(
    connection: Connection, day: date, added: Contribution, removed: Contribution
) -> None:
    """`all_sites_days` of one day and `all_sites_months` of its month plus `added` minus
    `removed`: one upsert each, the day's first, in the order of the cells (two sites'
    packets of one day or month lock its rows in the same order, so they wait for each
    other instead of deadlocking), then rows no packet publishes any more go."""
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
    _add_rows(connection, AllSitesDayRow, ("day", "breakdown", "code"), changes)
    if removed:
        connection.execute(
            delete(AllSitesDayRow).where(AllSitesDayRow.day == day, AllSitesDayRow.sites <= 0)
        )
    _add_to_all_sites_month(connection, day.replace(day=1), changes, bool(removed))


def _add_to_all_sites_month(
    connection: Connection, month: date, changes: list[dict[str, Any]], removed: bool
) -> None:
    """The changes of one day's `all_sites_days` rows added to its month's rows."""
    _add_rows(
        connection,
        AllSitesMonthRow,
        ("month", "breakdown", "code"),
        [
            {
                "month": month,
                "breakdown": change["breakdown"],
                "code": change["code"],
                "value": change["value"],
                "hidden_packets": change["hidden_sites"],
                "packets": change["sites"],
            }
            for change in changes
        ],
    )
    if removed:
        connection.execute(
            delete(AllSitesMonthRow).where(
                AllSitesMonthRow.month == month, AllSitesMonthRow.packets <= 0
            )
        )


def _figure_change(
    added: Mapping[str, Cell] | None, removed: Mapping[str, Cell] | None
) -> dict[str, Any]:
    """The `added` packet's figures minus the `removed` one's (None: no packet), as the
    columns of `site_months` and `all_sites_day_figures` (packets, sums, hidden counts)."""
    change: dict[str, Any] = {"packets": (added is not None) - (removed is not None)}
    for name in SUMMARY:
        change[name] = (added[name].known if added else 0) - (removed[name].known if removed else 0)
    for name in CELL_FIGURES:
        change[f"{name}_hidden"] = int(added is not None and added[name].partial) - int(
            removed is not None and removed[name].partial
        )
    return change


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
    month = day.replace(day=1)
    change = {"site_id": site_id, "month": month, **_figure_change(added, removed)}
    _add_rows(connection, SiteMonthRow, ("site_id", "month"), [change])
    if removed is not None:
        connection.execute(
            delete(SiteMonthRow).where(
                SiteMonthRow.site_id == site_id,
                SiteMonthRow.month == month,
                SiteMonthRow.packets <= 0,
            )
        )


def add_to_day_figures(
    connection: Connection,
    day: date,
    added: Mapping[str, Cell] | None,
    removed: Mapping[str, Cell] | None,
) -> None:
    """The day's `all_sites_day_figures` row plus the `added` packet's figures minus the
    `removed` one's (None: no packet); the row goes when no packet is left. Every site's
    packets of the day share the row: it is taken after the day's `all_sites_days` and
    `all_sites_months` rows (the same order in every transaction)."""
    if added is None and removed is None:
        return
    change = _figure_change(added, removed)
    if not any(change.values()):
        return
    _add_rows(connection, AllSitesDayFigureRow, ("day",), [{"day": day, **change}])
    if removed is not None:
        connection.execute(
            delete(AllSitesDayFigureRow).where(
                AllSitesDayFigureRow.day == day, AllSitesDayFigureRow.packets <= 0
            )
        )


def _add_rows(
    connection: Connection, model: Any, keys: tuple[str, ...], rows: list[dict[str, Any]]
) -> None:
    """Insert `rows` into `model`'s table, or add each row's other columns to those of the
    row of the same `keys` already there (one upsert, SQLite or PostgreSQL)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(model)
    table = model.__table__.c
    added = [name for name in rows[0] if name not in keys]
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[table[key] for key in keys],
            set_={name: table[name] + statement.excluded[name] for name in added},
        ),
        rows,
    )
