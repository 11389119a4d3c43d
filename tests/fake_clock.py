"""A clock a test moves by hand, and a set-up desk that reads it."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.core.site import make_site
from kiosk.paths import database_path
from kiosk.store.desk import Desk

PIN = "246810"
START = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)  # 08:30 in Brussels


@dataclass
class FakeClock:
    now: datetime = field(default=START)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def clocked_desk(data_dir: Path, clock: FakeClock) -> Desk:
    """A desk set up with PIN 246810 whose time is `clock`."""
    desk = Desk.open(database_path(data_dir), clock=clock)
    if desk.site() is None:
        desk.settings.set_up(make_site("brussels-test", "Startpunt Test"), PIN)
    return desk
