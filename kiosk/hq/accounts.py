"""Accounts of people at headquarters who sign in to the web dashboard.

Passwords are hashed with Argon2id (argon2-cffi's defaults). A new account gets a one-time
password that must be changed at the first sign-in. Five wrong passwords in a row lock the
account for LOCK_MINUTES; the count and the lock are kept in the database, so every HQ
process behind a proxy sees the same. Every admin action is written to the one admin log
(`admin_log`, read by `HqStore.admin_log`).
"""

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.core.clock import Clock
from kiosk.core.errors import ValidationError
from kiosk.hq.models import AccountRow, AdminLogRow

ROLES = ("viewer", "admin")
LANGUAGES = ("en", "nl", "fr")
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 12
NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-@")

_hasher = PasswordHasher()  # Argon2id, argon2-cffi's recommended parameters


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    name: str
    role: str
    language: str
    must_change_password: bool
    locked: bool
    added_on: date

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True, slots=True)
class SignIn:
    """What a sign-in came to: the account, or why not (wrong, locked)."""

    account: Account | None
    refusal: str = ""  # "", "wrong", "locked"


def check_name(name: str) -> str:
    name = name.strip().lower()
    if not 1 <= len(name) <= 80 or not set(name) <= NAME_CHARACTERS:
        raise ValidationError("name", "use 1 to 80 of a-z 0-9 . _ - @")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"must be at least {MIN_PASSWORD} characters")
    if len(password) > 1000:
        raise ValidationError("password", "must be at most 1000 characters")
    return password


class Accounts:
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

    def account_of(self, row: AccountRow) -> Account:
        """An account from its row (read elsewhere, e.g. with its web session)."""
        return Account(
            row.id,
            row.name,
            row.role,
            row.language,
            row.must_change_password,
            row.locked_until > self._now(),
            row.added_on,
        )

    # -- managing ---------------------------------------------------------------------------

    def add(self, name: str, role: str, language: str = "en", by: str = "") -> str:
        """A new account; returns its one-time password (to be changed at first sign-in)."""
        name = check_name(name)
        if role not in ROLES:
            raise ValidationError("role", f"must be one of {', '.join(ROLES)}")
        if language not in LANGUAGES:
            raise ValidationError("language", f"must be one of {', '.join(LANGUAGES)}")
        password = secrets.token_urlsafe(15)
        try:
            with self._session(write=True) as session:
                if session.scalar(select(AccountRow.id).where(AccountRow.name == name)):
                    raise ValidationError("name", f"{name!r} already has an account")
                session.add(
                    AccountRow(
                        name=name,
                        password_hash=_hasher.hash(password),
                        role=role,
                        language=language,
                        must_change_password=True,
                        failed_sign_ins=0,
                        locked_until=0,
                        added_on=self.clock().date(),
                    )
                )
                self._audit(session, by, "add-account", f"{name} ({role})")
        except IntegrityError:
            raise ValidationError("name", f"{name!r} already has an account") from None
        return password

    def all(self) -> list[Account]:
        with self._session() as session:
            rows = session.scalars(select(AccountRow).order_by(AccountRow.name)).all()
            return [self.account_of(row) for row in rows]

    def get(self, account_id: int) -> Account | None:
        with self._session() as session:
            row = session.get(AccountRow, account_id)
            return None if row is None else self.account_of(row)

    def unlock(self, name: str, by: str) -> None:
        with self._session(write=True) as session:
            row = self._row(session, name)
            row.failed_sign_ins, row.locked_until = 0, 0
            self._audit(session, by, "unlock-account", row.name)

    def reset_password(self, name: str, by: str) -> str:
        """A new one-time password for someone who forgot theirs (audited)."""
        password = secrets.token_urlsafe(15)
        with self._session(write=True) as session:
            row = self._row(session, name)
            row.password_hash = _hasher.hash(password)
            row.must_change_password = True
            row.failed_sign_ins, row.locked_until = 0, 0
            self._audit(session, by, "reset-password", row.name)
        return password

    @staticmethod
    def _row(session: Session, name: str) -> AccountRow:
        row = session.scalars(select(AccountRow).where(AccountRow.name == name)).first()
        if row is None:
            raise ValidationError("name", f"no account {name[:40]!r}")
        return row

    # -- signing in ----------------------------------------------------------------------------

    def sign_in(self, name: str, password: str) -> SignIn:
        """Check a name and password. A locked account is refused without looking at the
        password; the fifth wrong password in a row locks it."""
        name = name.strip().lower()[:80]
        with self._session(write=True) as session:
            # FOR UPDATE (PostgreSQL; SQLite's writers queue anyway): two HQ processes
            # checking the same account at once count both wrong passwords, not one.
            row = session.scalars(
                select(AccountRow).where(AccountRow.name == name).with_for_update()
            ).first()
            if row is None:
                _hasher.hash(password[:1000])  # about as slow as a real check
                return SignIn(None, "wrong")
            now = self._now()
            if row.locked_until > now:
                return SignIn(None, "locked")
            try:
                _hasher.verify(row.password_hash, password[:1000])
            except (VerificationError, InvalidHashError):
                row.failed_sign_ins += 1
                if row.failed_sign_ins >= MAX_FAILURES:
                    row.failed_sign_ins = 0
                    row.locked_until = now + LOCK_MINUTES * 60
                    return SignIn(None, "locked")
                return SignIn(None, "wrong")
            row.failed_sign_ins = 0
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            return SignIn(self.account_of(row))

    def change_password(self, account_id: int, old: str, new: str) -> None:
        check_password(new)
        with self._session(write=True) as session:
            row = session.get(AccountRow, account_id)
            if row is None:
                raise ValidationError("account", "no longer exists")
            try:
                _hasher.verify(row.password_hash, old[:1000])
            except (VerificationError, InvalidHashError):
                raise ValidationError("current password", "is not right") from None
            if old == new:
                raise ValidationError("new password", "must differ from the current one")
            row.password_hash = _hasher.hash(new)
            row.must_change_password = False

    def set_language(self, account_id: int, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError("language", f"must be one of {', '.join(LANGUAGES)}")
        with self._session(write=True) as session:
            row = session.get(AccountRow, account_id)
            if row is not None:
                row.language = language

    # -- admin actions ---------------------------------------------------------------------------

    def _audit(self, session: Session, by: str, action: str, target: str) -> None:
        """A line of the admin log (by "" : the command line)."""
        session.add(
            AdminLogRow(
                day=self.clock().date(), account=by[:80], action=action[:40], subject=target[:120]
            )
        )
