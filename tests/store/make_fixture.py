"""Write the fixture database of the current schema (run once per released schema).

.venv/bin/python tests/store/make_fixture.py
"""

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.core.registration import make_party
from kiosk.core.site import make_site
from kiosk.store.database import head_revision
from kiosk.store.desk import Desk

FIXTURES = Path(__file__).with_name("fixtures")


def main() -> None:
    target = FIXTURES / f"schema_{head_revision()}.sqlite3"
    if target.exists():
        sys.exit(f"{target} exists: a released schema's fixture is never rewritten")
    desk = Desk.open(target, clock=lambda: datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    desk.settings.set_up(make_site("fixture-site", "Startpunt Fixture"), "246810")
    desk.registrations.register(
        make_party(
            language="ar",
            nationality="SY",
            people=[("female", "26-59"), ("male", "5-11")],
            flags=["needs-shelter"],
            referrals=["info-point"],
        )
    )
    desk.registrations.register(
        make_party(language="ti", nationality="ER", people=[("male", "18-25")])
    )
    assert desk.registrations.counts(date(2026, 11, 26)).people == 3
    desk.days.checkpoint()
    desk.close()
    print(target)


if __name__ == "__main__":
    main()
