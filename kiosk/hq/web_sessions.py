"""Signed-in browsers: the cookie holds a random session id only; the database holds its
SHA-256, the account, the session's CSRF token and when it ends (SESSION_HOURS after
signing in). Kept in the database, so any HQ process can serve any request."""

import hashlib
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from kiosk.core.clock import Clock
from kiosk.hq.models import AccountRow, WebSessionRow

SESSION_HOURS = 8


@dataclass(frozen=True, slots=True)
class WebSession:
    account_id: int
    csrf_token: str


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


class WebSessions:
    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._writer = engine.execution_options(write=True)
        self.clock = clock

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        engine = self._writer if write else self._engine
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    def _now(self) -> int:
        return int(self.clock().timestamp())

    def start(self, account_id: int) -> str:
        """A new session; returns its id (for the cookie). Ended sessions are swept here."""
        session_id = secrets.token_urlsafe(32)
        now = self._now()
        with self._session(write=True) as session:
            session.execute(delete(WebSessionRow).where(WebSessionRow.expires <= now))
            session.add(
                WebSessionRow(
                    id_hash=_hash(session_id),
                    account_id=account_id,
                    csrf_token=secrets.token_urlsafe(32),
                    expires=now + SESSION_HOURS * 3600,
                )
            )
        return session_id

    def find(self, session_id: str) -> WebSession | None:
        found = self.find_with_account(session_id)
        return None if found is None else found[0]

    def find_with_account(self, session_id: str) -> tuple[WebSession, AccountRow] | None:
        """The session and its account's row, in one query (every page asks both)."""
        if not session_id or len(session_id) > 100:
            return None
        with self._session() as session:
            row = session.execute(
                select(WebSessionRow, AccountRow)
                .join(AccountRow, AccountRow.id == WebSessionRow.account_id)
                .where(
                    WebSessionRow.id_hash == _hash(session_id),
                    WebSessionRow.expires > self._now(),
                )
            ).first()
            if row is None:
                return None
            return WebSession(row[0].account_id, row[0].csrf_token), row[1]

    def end(self, session_id: str) -> None:
        with self._session(write=True) as session:
            session.execute(delete(WebSessionRow).where(WebSessionRow.id_hash == _hash(session_id)))

    def end_all_of(self, account_id: int) -> None:
        """Sign out everywhere (after a password change or reset)."""
        with self._session(write=True) as session:
            session.execute(delete(WebSessionRow).where(WebSessionRow.account_id == account_id))
