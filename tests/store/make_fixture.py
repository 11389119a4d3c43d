"""Write the fixture database of the current schema (run once per released schema).

.venv/bin/python tests/store/make_fixture.py

The desk writes it encrypted (with a throw-away key); the fixture is exported plain, as an
older kiosk left its database, so any key opens it (the desk encrypts it when it opens it).
"""

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.core.registration import make_party
from kiosk.core.site import make_site
from kiosk.store.database import head_revision
from kiosk.store.database_key import KEY_FILE_ENV, connect, existing_key
from kiosk.store.desk import Desk

FIXTURES = Path(__file__).with_name("fixtures")


def main() -> None:
    target = FIXTURES / f"schema_{head_revision()}.sqlite3"
    if target.exists():
        sys.exit(f"{target} exists: a released schema's fixture is never rewritten")
    with tempfile.TemporaryDirectory() as folder:
        os.environ[KEY_FILE_ENV] = str(Path(folder) / "database.key")
        encrypted = Path(folder) / "kiosk.sqlite3"
        fill(encrypted)
        connection = connect(encrypted, existing_key())
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
        connection.close()
    print(target)


def fill(path: Path) -> None:
    desk = Desk.open(path, clock=lambda: datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
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


if __name__ == "__main__":
    main()
