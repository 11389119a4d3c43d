"""The site's day runs in its own time zone; times are stored in UTC."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from kiosk.core.errors import ValidationError, quoted

DEFAULT_TIMEZONE = "Europe/Brussels"


def zone(name: str) -> ZoneInfo:
    if not name or name not in _known_zones():
        raise _not_a_zone(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _not_a_zone(name) from None


def _not_a_zone(name: str) -> ValidationError:
    return ValidationError(
        "timezone", f"{name!r} is not a known IANA time zone",
        reason="not_a_time_zone", value=quoted(name),
    )


_ZONES: frozenset[str] | None = None


def _known_zones() -> frozenset[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = frozenset(available_timezones())
    return _ZONES


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    """The site day a moment belongs to."""
    return as_utc(moment).astimezone(tz).date()


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Start (inclusive) and end (exclusive) of a site day, in UTC."""
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC)


def parse_moment(text: str, tz: ZoneInfo, field: str = "at") -> datetime:
    """Read an ISO time; without an offset it is the site's local time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            field, f"{text!r} is not an ISO time like 2026-11-26T08:15",
            reason="not_a_time", value=quoted(text), example="2026-11-26T08:15",
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):  # e.g. 0001-01-01T00:00 east of UTC
        raise ValidationError(
            field, f"{text!r} is outside the dates the kiosk can hold",
            reason="out_of_range", value=quoted(text),
        ) from None


def parse_day(text: str, field: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            field, f"{text!r} is not a date like 2026-11-26",
            reason="not_a_date", value=quoted(text), example="2026-11-26",
        ) from None
