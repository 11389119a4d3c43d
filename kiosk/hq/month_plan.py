"""How the dashboard reads a period's days from its per-month tables (`site_months`,
`all_sites_months`) and per-day ones (`day_packets`, `all_sites_days`): every month wholly
inside the period from the monthly table; a month the period only partly covers either as
its days inside the period, or as the month less its days outside the period, whichever
reads fewer days that may hold packets (none after `horizon`, tomorrow at headquarters).

A year from the 26th of one month to the 24th of the same month a year later reads 12
months, the first month's 5 days, and subtracts the last month's days after the 24th (at
most the days to tomorrow), instead of 365 days. The monthly tables are always the daily
ones added up (kiosk/hq/dashboard_keeping.py), so subtracting days is exact, also for the
counts of hidden parts.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

type Days = tuple[date, date]  # first and last, both included


@dataclass(frozen=True, slots=True)
class MonthPlan:
    months: Days | None = None  # the first days of the first and last month read, or none
    added: list[Days] = field(default_factory=list)  # days read besides
    subtracted: list[Days] = field(default_factory=list)  # days of those months taken off


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _length(days: Days, horizon: date) -> int:
    """How many days of the range may hold packets."""
    return max(0, (min(days[1], horizon) - days[0]).days + 1)


def month_plan(first: date, last: date, horizon: date) -> MonthPlan:
    """The months, added days and subtracted days that make up [first, last]."""
    months: list[date] = []
    added: list[Days] = []
    subtracted: list[Days] = []
    start = month_start(first)
    while start <= last:
        end = month_end(start)
        inside = (max(first, start), min(last, end))
        outside = [
            days
            for days in ((start, first - timedelta(days=1)), (last + timedelta(days=1), end))
            if days[0] <= days[1]
        ]
        cost_outside = sum(_length(days, horizon) for days in outside)
        if cost_outside < _length(inside, horizon) or (not outside):
            months.append(start)
            subtracted.extend(outside)
        else:
            added.append(inside)
        start = end + timedelta(days=1)
    return MonthPlan((months[0], months[-1]) if months else None, added, subtracted)
