"""Sums of stored packets (headquarters' dashboard) that never reveal a suppressed cell.

A packet's totals are exact and add up exactly. A breakdown cell may be suppressed (a small
count, 1 to k-1, sent as "suppressed") or the whole breakdown withheld: a sum that includes
such a cell is only known to be *at least* the sum of the cells that were sent, and is shown
as such (or as "suppressed" when nothing was sent), never as an exact figure.

Two ways to the same figures: `sum_period` adds whole packets (the reference), and
`period_sums` assembles them from cells already summed by headquarters' database (a packet's
`published_cells`, one row each, added up with GROUP BY): Cell addition is a sum and an "or",
so adding packets first or cells first gives the same figures.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kiosk.core.codes import CHILD_BANDS, AgeBand, Flag, Sex
from kiosk.core.packet import BREAKDOWNS, TOTALS

CHILD_CODES = frozenset(f"{sex.value}:{band.value}" for sex in Sex for band in CHILD_BANDS)
SUMMARY = (
    "people",
    "parties",
    "children",
    "unaccompanied_minors",
    "needs_shelter",
    "meals_served",
    "sheets_printed",
)


@dataclass(frozen=True, slots=True)
class Cell:
    """A summed count: exact, or (partial) at least `known` because a part was not sent."""

    known: int = 0
    partial: bool = False

    def __add__(self, other: "Cell") -> "Cell":
        return Cell(self.known + other.known, self.partial or other.partial)

    @property
    def suppressed(self) -> bool:
        return self.partial and self.known == 0

    def plain(self) -> str:
        """For files: `12`, `>=12` (at least 12), or `suppressed`."""
        if self.suppressed:
            return "suppressed"
        return f">={self.known}" if self.partial else str(self.known)


HIDDEN = Cell(0, True)


def _breakdown_cells(packet_breakdown: Mapping[str, Any]) -> dict[str, Cell]:
    cells = {code: Cell(int(n)) for code, n in packet_breakdown.get("cells", {}).items()}
    for code in packet_breakdown.get("suppressed", ()):
        cells[code] = HIDDEN
    return cells


WITHHELD = ""  # the code of a withheld breakdown's one row among a packet's published cells
type CellKey = tuple[str, str]  # (breakdown, code)


def published_cells(breakdowns: Mapping[str, Any]) -> list[tuple[str, str, Cell]]:
    """A packet's breakdowns as (breakdown, code, cell) rows: each published cell (zeros too),
    each suppressed cell as HIDDEN, a withheld breakdown as one HIDDEN row coded WITHHELD."""
    found: list[tuple[str, str, Cell]] = []
    for spec in BREAKDOWNS:
        breakdown = breakdowns[spec.name]
        if breakdown.get("withheld"):
            found.append((spec.name, WITHHELD, HIDDEN))
            continue
        found.extend((spec.name, code, cell) for code, cell in _breakdown_cells(breakdown).items())
    return found


SUMMARY_CELLS: dict[str, tuple[str, frozenset[str]]] = {
    "children": ("by_sex_age_band", CHILD_CODES),
    "unaccompanied_minors": ("by_flag", frozenset([Flag.UNACCOMPANIED_MINOR.value])),
    "needs_shelter": ("by_flag", frozenset([Flag.NEEDS_SHELTER.value])),
}


def summary_of(totals: Mapping[str, int], cells: Mapping[CellKey, Cell]) -> dict[str, Cell]:
    """The dashboard's figures of a group of packets from their summed totals and their
    summed published cells (only those of SUMMARY_CELLS and WITHHELD rows are read)."""
    figures = {name: Cell(int(totals[name])) for name in TOTALS}
    for name, (breakdown, codes) in SUMMARY_CELLS.items():
        total = cells.get((breakdown, WITHHELD), Cell())
        for code in codes:
            total = total + cells.get((breakdown, code), Cell())
        figures[name] = total
    return {name: figures[name] for name in SUMMARY}


def _sum_codes(breakdown: Mapping[str, Any], codes: Iterable[str]) -> Cell:
    if breakdown.get("withheld"):
        return HIDDEN
    cells = _breakdown_cells(breakdown)
    total = Cell()
    for code in codes:
        total = total + cells.get(code, Cell())
    return total


def day_summary(row: Mapping[str, Any]) -> dict[str, Cell]:
    """One stored packet (as GET /api/v1/days gives it) as the dashboard's figures."""
    breakdowns = row["breakdowns"]
    figures = {name: Cell(int(row[name])) for name in TOTALS}
    figures["children"] = _sum_codes(breakdowns["by_sex_age_band"], CHILD_CODES)
    figures["unaccompanied_minors"] = _sum_codes(
        breakdowns["by_flag"], [Flag.UNACCOMPANIED_MINOR.value]
    )
    figures["needs_shelter"] = _sum_codes(breakdowns["by_flag"], [Flag.NEEDS_SHELTER.value])
    return {name: figures[name] for name in SUMMARY}


def add(figures: Iterable[Mapping[str, Cell]]) -> dict[str, Cell]:
    """Figures added up: plain sums and "or"s, each figure's Cell made once at the end."""
    known = dict.fromkeys(SUMMARY, 0)
    partial = dict.fromkeys(SUMMARY, False)
    for one in figures:
        for name in SUMMARY:
            cell = one[name]
            known[name] += cell.known
            if cell.partial:
                partial[name] = True
    return {name: Cell(known[name], partial[name]) for name in SUMMARY}


@dataclass(frozen=True, slots=True)
class PeriodSums:
    first: date
    last: date
    all_sites: dict[str, Cell]
    by_site: dict[str, dict[str, Cell]]
    by_day: dict[date, dict[str, Cell]]  # every day of the period, zero when nothing came
    by_week: dict[date, dict[str, Cell]]  # by the Monday of each week touching the period
    breakdowns: dict[str, dict[str, Cell]] = field(default_factory=dict)


def _breakdown_sums(rows: list[Mapping[str, Any]]) -> dict[str, dict[str, Cell]]:
    sums: dict[str, dict[str, Cell]] = {}
    for spec in BREAKDOWNS:
        cells: dict[str, Cell] = {code: Cell() for code in spec.categories or ()}
        withheld = False
        for row in rows:
            breakdown = row["breakdowns"][spec.name]
            if breakdown.get("withheld"):
                withheld = True
                continue
            for code, cell in _breakdown_cells(breakdown).items():
                cells[code] = cells.get(code, Cell()) + cell
        if withheld:  # some people of the period are in no cell: every cell is a lower bound
            cells = {code: Cell(cell.known, True) for code, cell in cells.items()}
        sums[spec.name] = cells
    return _with_margins(sums)


def breakdown_sums(cells: Mapping[CellKey, Cell]) -> dict[str, dict[str, Cell]]:
    """Every breakdown of a period from its published cells summed over the period's
    packets (WITHHELD rows included): the same as adding the packets' breakdowns."""
    sums: dict[str, dict[str, Cell]] = {}
    for spec in BREAKDOWNS:
        found: dict[str, Cell] = {code: Cell() for code in spec.categories or ()}
        for (name, code), cell in cells.items():
            if name == spec.name and code != WITHHELD:
                found[code] = found.get(code, Cell()) + cell
        if (spec.name, WITHHELD) in cells:
            found = {code: Cell(cell.known, True) for code, cell in found.items()}
        sums[spec.name] = found
    return _with_margins(sums)


def _with_margins(sums: dict[str, dict[str, Cell]]) -> dict[str, dict[str, Cell]]:
    by_band = sums["by_sex_age_band"]
    sums["by_age_band"] = {
        band.value: sum(
            (cell for code, cell in by_band.items() if code.endswith(f":{band.value}")), Cell()
        )
        for band in AgeBand
    }
    sums["by_sex"] = {
        sex.value: sum(
            (cell for code, cell in by_band.items() if code.startswith(f"{sex.value}:")), Cell()
        )
        for sex in Sex
    }
    return sums


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def sum_period(rows: Iterable[Mapping[str, Any]], first: date, last: date) -> PeriodSums:
    """The stored packets of a period added up: all sites, each site, each day, each week,
    and every breakdown (all sites)."""
    found = list(rows)
    by_row = [(row, day_summary(row)) for row in found]
    by_site: dict[str, dict[str, Cell]] = {}
    for site in sorted({str(row["site_id"]) for row in found}):
        by_site[site] = add(figures for row, figures in by_row if row["site_id"] == site)
    by_day: dict[date, dict[str, Cell]] = {}
    day = first
    while day <= last:
        by_day[day] = add([])
        day += timedelta(days=1)
    for row, figures in by_row:
        when = date.fromisoformat(str(row["date"]))
        by_day[when] = add([by_day.get(when, add([])), figures])
    by_week: dict[date, dict[str, Cell]] = {}
    for when, figures in by_day.items():
        week = monday(when)
        by_week[week] = add([by_week.get(week, add([])), figures])
    return PeriodSums(
        first,
        last,
        add(figures for _, figures in by_row),
        by_site,
        by_day,
        by_week,
        _breakdown_sums(found),
    )


def period_sums(
    first: date,
    last: date,
    by_site: Mapping[str, dict[str, Cell]],
    by_day: Mapping[date, dict[str, Cell]],
    breakdowns: dict[str, dict[str, Cell]],
) -> PeriodSums:
    """A period from figures already summed per site and per day (`summary_of`) and its
    `breakdown_sums`: the same PeriodSums as `sum_period` of the period's packets."""
    days: dict[date, dict[str, Cell]] = {}
    weeks: dict[date, list[dict[str, Cell]]] = {}
    day = first
    while day <= last:  # the days, and each week's days, in one pass
        figures = by_day.get(day)
        days[day] = add([]) if figures is None else figures
        if figures is not None:
            weeks.setdefault(monday(day), []).append(figures)
        else:
            weeks.setdefault(monday(day), [])
        day += timedelta(days=1)
    by_week = {week: add(week_days) for week, week_days in weeks.items()}
    return PeriodSums(
        first,
        last,
        add(by_day.values()),
        {site: dict(by_site[site]) for site in sorted(by_site)},
        days,
        by_week,
        breakdowns,
    )
