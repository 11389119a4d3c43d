"""The site a desk serves and its local day: the basics every part of the desk needs."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from kiosk.core.site import Site
from kiosk.core.site_day import local_day, zone
from kiosk.store import settings_store
from kiosk.store.models import AuditEntryRow
from kiosk.store.sessions import Sessions

# The day the site was set up, kept at first run (a desk set up before it was kept uses the
# day of its first audit entry, which set-up wrote).
SET_UP_KEY = "set_up_on"


class NotSetUp(Exception):
    """The kiosk has no site yet: run the first-run set-up (or `kiosk init`)."""


class SiteRecord:
    """Which site this is (read once, kept until a site setting changes) and what day it is."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._site: Site | None = None
        self._tz: ZoneInfo | None = None

    def _forget_site(self) -> None:
        """A site setting changed: read it again next time."""
        self._site, self._tz = None, None

    def site(self) -> Site | None:
        if self._site is None:
            with self._sessions.session() as session:
                values = settings_store.read_all(session)
            if "site_id" in values:
                self._site = Site(values["site_id"], values["site_name"], values["timezone"])
        return self._site

    def require_site(self) -> Site:
        site = self.site()
        if site is None:
            raise NotSetUp("this kiosk is not set up yet: run `kiosk init` or start the screens")
        return site

    @property
    def tz(self) -> ZoneInfo:
        if self._tz is None:
            self._tz = zone(self.require_site().timezone)
        return self._tz

    def set_up_day(self) -> date:
        """The site's set-up day: the start of the registration window."""
        with self._sessions.session() as session:
            kept = settings_store.read_all(session).get(SET_UP_KEY)
            first = None if kept else session.execute(select(func.min(AuditEntryRow.at))).scalar()
        if isinstance(kept, str):
            try:
                return date.fromisoformat(kept)
            except ValueError:
                pass
        if isinstance(first, datetime):
            return local_day(first if first.tzinfo else first.replace(tzinfo=UTC), self.tz)
        return self.today()

    def today(self) -> date:
        return local_day(self._sessions.now(), self.tz)

    def local_now(self) -> datetime:
        """The time now at the site."""
        return self._sessions.now().astimezone(self.tz)
