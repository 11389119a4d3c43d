"""Counts added up over a period (a report, the dashboard's last 30 days)."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from kiosk.core.counts import DailyCounts
from kiosk.core.counts_json import BREAKDOWNS, TOTALS


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    first: date
    last: date
    totals: dict[str, int] = field(default_factory=dict)  # the names of counts_json.TOTALS
    breakdowns: dict[str, dict[str, int]] = field(default_factory=dict)  # cells, zero included

    def total(self, name: str) -> int:
        return self.totals.get(name, 0)

    def ranked(self, breakdown: str) -> list[tuple[str, int]]:
        """The cells that are not zero, largest first (ties by code)."""
        cells = self.breakdowns.get(breakdown, {})
        return sorted(((c, n) for c, n in cells.items() if n), key=lambda cell: (-cell[1], cell[0]))


def add_up(days: Sequence[DailyCounts], first: date, last: date) -> PeriodTotals:
    totals: Counter[str] = Counter({name: 0 for name in TOTALS})
    breakdowns: dict[str, Counter[str]] = {name: Counter() for name in BREAKDOWNS}
    for counts in days:
        data = counts.to_json()
        for name in TOTALS:
            totals[name] += int(data[name])
        for name in BREAKDOWNS:
            for code, n in data[name].items():
                breakdowns[name][code] += int(n)
    return PeriodTotals(
        first,
        last,
        dict(totals),
        {name: dict(cells) for name, cells in breakdowns.items()},
    )


@dataclass(frozen=True, slots=True)
class ShelterTonight:
    """Today's parties that need a bed tonight: flagged "needs shelter" or referred to a
    shelter (a party with both is counted once), and the people in them."""

    parties: int = 0
    people: int = 0


@dataclass(frozen=True, slots=True)
class Dashboard:
    """What the coordinator's dashboard shows: today by hour, and the last 30 days."""

    today: DailyCounts
    people_by_hour: tuple[int, ...]  # 24 numbers, local hours 0-23 of today
    last_days: tuple[DailyCounts, ...]  # oldest first, today last
    period: PeriodTotals  # the same days added up
    today_closed: bool = False
    shelter_tonight: ShelterTonight = ShelterTonight()

