"""What restoring a database would change: whose it is, and what the desk would become.

`kiosk restore` refuses another site's database (another site id, or another installation
of the kiosk) unless told to; either way it first says what would change: the site's name
and id, the ticket secret, the headquarters link and the days held. Both files are opened
read-only through the store's own way of opening a database; no value of a secret is shown.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.store import settings_store
from kiosk.store.database import make_engine
from kiosk.store.models import PartyRow

# Kept by a desk that knows which installation it is (compared only when both files have it).
INSTALLATION_KEY = "installation_id"


@dataclass(frozen=True, slots=True)
class Held:
    """What one database file says about itself."""

    site_id: str | None
    site_name: str | None
    installation: str | None
    ticket_secret: str | None
    hq: tuple[str | None, str | None]  # address and token
    days: int
    first: date | None
    last: date | None

    def site(self) -> str:
        return "no site" if self.site_id is None else f"{self.site_name} ({self.site_id})"

    def days_held(self) -> str:
        if not self.days:
            return "no registrations"
        if self.days == 1:
            return f"1 day ({self.first})"
        return f"{self.days} days ({self.first} to {self.last})"


@dataclass(frozen=True, slots=True)
class Comparison:
    current: Held
    candidate: Held

    @property
    def other_site(self) -> bool:
        """Another site, or another installation of the kiosk, than the one here."""
        here, there = self.current, self.candidate
        if here.site_id is not None and there.site_id != here.site_id:
            return True
        return None not in (here.installation, there.installation) and (
            here.installation != there.installation
        )

    def changes(self) -> list[str]:
        """What the restore would change, in words (names, never secret values); the days
        held are always said."""
        here, there = self.current, self.candidate
        found = []
        if (here.site_id, here.site_name) != (there.site_id, there.site_name):
            found.append(f"site {here.site()} becomes {there.site()}")
        if here.installation != there.installation:
            found.append("another installation of the kiosk")
        if here.ticket_secret != there.ticket_secret:
            found.append("the ticket secret changes (tickets printed here will not scan)")
        if here.hq != there.hq:
            url = there.hq[0] or "none"
            found.append(f"the headquarters link changes (address {url}, token "
                         f"{'set' if there.hq[1] else 'none'})")
        found.append(f"days held: {there.days_held()} (now {here.days_held()})")
        return found

    def changed_names(self) -> list[str]:
        """The same, as names for the audit trail."""
        here, there = self.current, self.candidate
        pairs = {
            "site": ((here.site_id, here.site_name), (there.site_id, there.site_name)),
            "installation": (here.installation, there.installation),
            "ticket_secret": (here.ticket_secret, there.ticket_secret),
            "hq_link": (here.hq, there.hq),
            "days_held": (here.days_held(), there.days_held()),
        }
        return [name for name, (a, b) in pairs.items() if a != b]


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def held_by(path: Path) -> Held | None:
    """What the database at `path` holds; None when it cannot be read as a kiosk database."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    engine = make_engine(path, read_only=True)
    try:
        with Session(engine) as session:
            stored = settings_store.read_all(session)
            days, first, last = session.execute(
                select(func.count(func.distinct(PartyRow.day)), func.min(PartyRow.day),
                       func.max(PartyRow.day))
            ).one()
    except (SQLAlchemyError, sqlite3.Error, ValueError):
        return None
    finally:
        engine.dispose()
    return Held(
        site_id=_text(stored.get("site_id")),
        site_name=_text(stored.get("site_name")),
        installation=_text(stored.get(INSTALLATION_KEY)),
        ticket_secret=_text(stored.get("ticket_secret")),
        hq=(_text(stored.get("hq_url")), _text(stored.get("hq_token"))),
        days=int(days or 0),
        first=first,
        last=last,
    )


def compare(current: Path, candidate: Path) -> Comparison | None:
    """The two files side by side; None when either cannot be read (a missing or damaged
    database here has nothing to protect; a bad candidate is refused by the restore)."""
    here, there = held_by(current), held_by(candidate)
    if here is None or there is None:
        return None
    return Comparison(here, there)
