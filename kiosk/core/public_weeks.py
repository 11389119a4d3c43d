"""Open data: weekly totals across all sites that anyone may read (`kiosk-hq serve --public`).

What is published, and why it is safe (docs/headquarters.md, "Open data"):
- only whole weeks (Monday to Sunday), all sites together, never a site or a day;
- only weeks that ended SETTLE_DAYS or more ago (late packets and revisions have come in,
  so a published figure seldom changes afterwards), and the last WEEKS of those;
- only weeks in which at least MIN_SITES sites sent packets (else "all sites" is one site);
- every figure rounded to the nearest 5 (ROUND_TO), and suppressed when the exact figure is
  from 1 to k-1 (k at least the desks' own k); a figure that is only known to be at least N
  (it includes a cell the desk suppressed) is published as at least N rounded down to 5,
  or suppressed when N is below k;
- no totals over several weeks, no figure derived from two others (adults = people -
  children would let rounding errors cancel): each figure is rounded on its own.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kiosk.core.packet_sums import Cell, monday, sum_period

ROUND_TO = 5
DEFAULT_PUBLIC_K = 10
WEEKS = 12
SETTLE_DAYS = 7
MIN_SITES = 3
FIGURES = ("people", "parties", "children", "needs_shelter", "meals_served")


@dataclass(frozen=True, slots=True)
class PublicFigure:
    """A published figure: rounded (exact to within 2), at least (a lower bound), or
    suppressed (value None)."""

    value: int | None
    status: str  # rounded, at_least, suppressed

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "status": self.status}


SUPPRESSED = PublicFigure(None, "suppressed")


@dataclass(frozen=True, slots=True)
class PublicWeek:
    monday: date
    figures: dict[str, PublicFigure]  # empty when the week is withheld (too few sites)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def withheld(self) -> bool:
        return not self.figures

    def to_json(self) -> dict[str, Any]:
        year, week, _ = self.monday.isocalendar()
        return {
            "week": f"{year}-W{week:02d}",
            "from": self.monday.isoformat(),
            "to": self.sunday.isoformat(),
            "withheld": self.withheld,
            **{name: figure.to_json() for name, figure in self.figures.items()},
        }


def public_figure(cell: Cell, k: int) -> PublicFigure:
    """One summed count as the public may see it."""
    if cell.partial:
        if cell.known < k:
            return SUPPRESSED
        return PublicFigure(cell.known // ROUND_TO * ROUND_TO, "at_least")
    if 0 < cell.known < k:
        return SUPPRESSED
    return PublicFigure((cell.known + ROUND_TO // 2) // ROUND_TO * ROUND_TO, "rounded")


def published_weeks(today: date, weeks: int = WEEKS) -> tuple[date, date]:
    """The first and last day of the weeks that may be published today: the last `weeks`
    whole weeks that ended at least SETTLE_DAYS days before today."""
    last_sunday = monday(today - timedelta(days=SETTLE_DAYS)) - timedelta(days=1)
    first_monday = monday(last_sunday) - timedelta(weeks=weeks - 1)
    return first_monday, last_sunday


def public_weeks(
    rows: Iterable[Mapping[str, Any]], today: date, k: int = DEFAULT_PUBLIC_K, weeks: int = WEEKS
) -> list[PublicWeek]:
    """The published weeks, oldest first, from the stored packets (as GET /api/v1/days
    gives them; rows outside the published weeks are ignored)."""
    first, last = published_weeks(today, weeks)
    found = [row for row in rows if first.isoformat() <= str(row["date"]) <= last.isoformat()]
    k = max([k, *(int(row["k"]) for row in found)])
    sums = sum_period(found, first, last)
    sites: dict[date, set[str]] = {}
    for row in found:
        sites.setdefault(monday(date.fromisoformat(str(row["date"]))), set()).add(
            str(row["site_id"])
        )
    published = []
    for week, cells in sorted(sums.by_week.items()):
        if len(sites.get(week, ())) < MIN_SITES:
            published.append(PublicWeek(week, {}))
            continue
        published.append(
            PublicWeek(week, {name: public_figure(cells[name], k) for name in FIGURES})
        )
    return published
