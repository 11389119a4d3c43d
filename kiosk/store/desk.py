"""The desk: the one gateway between the rest of the kiosk and its database.

`Desk.open(path, clock=...)` opens the database once and hands out its parts, each a small
object for one thing the desk does for the people at it:

    desk.registrations  registering parties and counting them    (desk_registrations)
    desk.tickets        meal tickets and taking them back        (desk_tickets)
    desk.print_queue    what waits to be printed (printing's JobSource)  (desk_print_queue)
    desk.outbox         packets for headquarters (sync's SyncSource)     (desk_outbox)
    desk.days           closing days, deleting what is due, backups      (desk_days)
    desk.access         the coordinator PIN and the audit trail          (desk_access)
    desk.settings       every setting, written through one audited path  (desk_settings)

The desk itself only knows its site and what day it is there (kiosk.store.site_record).
Each part opens short sessions and returns plain objects from `kiosk.core`; nothing outside
`kiosk.store` holds a Session. The store reads the time only from the clock it is given.
"""

from pathlib import Path

from kiosk.core.clock import Clock, system_clock
from kiosk.store.database import Opened, open_database
from kiosk.store.desk_access import Access
from kiosk.store.desk_days import Days
from kiosk.store.desk_outbox import Outbox
from kiosk.store.desk_print_queue import PrintQueue
from kiosk.store.desk_registrations import Registrations
from kiosk.store.desk_settings import Settings
from kiosk.store.desk_tickets import Tickets
from kiosk.store.sessions import Sessions
from kiosk.store.site_record import NotSetUp, SiteRecord

__all__ = ["Desk", "NotSetUp"]


class Desk(SiteRecord):
    """One desk's database, opened once, and its parts."""

    def __init__(self, opened: Opened, clock: Clock = system_clock) -> None:
        sessions = Sessions(opened, clock)
        super().__init__(sessions)
        self.path: Path = opened.path
        self.schema_version = opened.schema_version
        self.migration_backup = opened.backup
        self.settings = Settings(sessions, self._forget_site)
        self.registrations = Registrations(sessions, self)
        self.tickets = Tickets(sessions, self)
        self.print_queue = PrintQueue(sessions, self, self.tickets, self.settings)
        self.outbox = Outbox(sessions, self)
        self.days = Days(sessions, self, self.outbox)
        self.access = Access(sessions)

    @classmethod
    def open(cls, path: Path, clock: Clock = system_clock) -> "Desk":
        return cls(open_database(path, clock=clock), clock)

    def close(self) -> None:
        self._sessions.dispose()
