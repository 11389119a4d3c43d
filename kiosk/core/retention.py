"""When a closed day's per-person rows are deleted, and when the day closes by itself.

A day's parties, people, flags, referrals, meal tickets and print jobs are deleted a set
time (default 48 hours, never more than 30 days) after the day was closed, counted from the
end of the day at the latest; its frozen summary stays.
"""

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.errors import ValidationError, quoted
from kiosk.core.site_day import day_bounds

DEFAULT_RETENTION_HOURS = 48
RETENTION_LIMITS = (1, 30 * 24)
DEFAULT_CLOSING_TIME = "20:00"
_CLOCK_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def check_retention_hours(value: int | str, field: str = "retention_hours") -> int:
    try:
        hours = int(str(value).strip())
    except ValueError:
        typed = str(value)[:40]
        raise ValidationError(
            field, f"{typed!r} is not a whole number of hours",
            reason="not_a_number", value=quoted(value),
        ) from None
    low, high = RETENTION_LIMITS
    if not low <= hours <= high:
        raise ValidationError(
            field, f"must be between {low} and {high} hours (30 days)",
            reason="out_of_range", low=low, high=high,
        )
    return hours


def check_closing_time(value: str, field: str = "close_day_at") -> str:
    value = str(value).strip()
    if not _CLOCK_TIME.fullmatch(value):
        raise ValidationError(
            field, f"{value[:40]!r} is not a time like 20:00",
            reason="not_a_time", value=quoted(value), example="20:00",
        )
    return value


def closing_time(value: str) -> time:
    hours, minutes = check_closing_time(value).split(":")
    return time(int(hours), int(minutes))


def due_at(day: date, closed_at: datetime, hours: int, tz: ZoneInfo) -> datetime:
    """When the day's per-person rows must be gone (UTC)."""
    _, end = day_bounds(day, tz)
    return min(closed_at, end) + timedelta(hours=hours)


def closing_moment(day: date, closing: str, tz: ZoneInfo) -> datetime:
    """The moment `day` closes by itself, in UTC."""
    return datetime.combine(day, closing_time(closing), tzinfo=tz).astimezone(UTC)
