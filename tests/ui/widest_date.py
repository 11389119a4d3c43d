"""The day whose date takes the most room in a language, and a desk whose clock stands on it.

Screens show today's date in the long format ("Wednesday, September 30, 2026", "woensdag 30
september 2026"); how wide that is depends on the day. The fit tests run every screen on the
widest day of each volunteer language instead of whatever day the host's clock says: the
day of the widest weekday name in the month of the widest month name, measured in the kiosk's
font, with a two-digit day of the month.
"""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontMetrics

from kiosk.store.desk import Desk
from kiosk.ui.fonts import kiosk_font
from tests.fake_clock import FakeClock, clocked_desk

FIRST = date(2026, 1, 1)
WEEKS = 7 * 53  # seven years: every weekday falls on every day of every month in them


def widest_date(code: str) -> date:
    """The day whose long date is widest in `code`, from its widest weekday and month names
    (a QApplication with the kiosk's fonts must exist)."""
    locale = QLocale(code)
    metrics = QFontMetrics(kiosk_font())
    long = QLocale.FormatType.LongFormat
    weekday = max(range(1, 8), key=lambda d: metrics.horizontalAdvance(locale.dayName(d, long)))
    month = max(range(1, 13), key=lambda m: metrics.horizontalAdvance(locale.monthName(m, long)))
    days = (FIRST + timedelta(days=n) for n in range(WEEKS * 7))
    candidates = [d for d in days if d.isoweekday() == weekday and d.month == month and d.day >= 10]
    return max(
        candidates,
        key=lambda d: (metrics.horizontalAdvance(locale.toString(QDate(d), long)), -d.toordinal()),
    )


def clock_on(day: date) -> FakeClock:
    """A clock at 11:00 UTC on `day` (noon or 13:00 in Brussels: the same day there)."""
    return FakeClock(datetime(day.year, day.month, day.day, 11, tzinfo=UTC))


def desk_on(data_dir: Path, day: date) -> Desk:
    """A set-up desk whose clock stands on `day`."""
    return clocked_desk(data_dir, clock_on(day))
