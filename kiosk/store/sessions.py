"""The open database of one desk and its clock, shared by the parts of the desk.

Each part opens a short session through here; nothing outside `kiosk.store` holds a Session.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.core.clock import Clock
from kiosk.store.database import Opened
from kiosk.store.database_key import DatabaseKey


class Sessions:
    """Short sessions on the desk's database, and the one clock the store reads."""

    def __init__(self, opened: Opened, clock: Clock) -> None:
        self.engine: Engine = opened.engine
        self.writer: Engine = self.engine.execution_options(write=True)
        self.path: Path = opened.path
        self.key: DatabaseKey | None = opened.key
        self.clock = clock

    def now(self) -> datetime:
        return self.clock()

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        bind = self.writer if write else self.engine
        with Session(bind, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
