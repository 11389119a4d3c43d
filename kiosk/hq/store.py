"""The one gateway to headquarters' database: sites, readers, received packets.

Receiving is an upsert on (site, day) that keeps the highest revision; an idempotency key
already handled with the same body changes nothing, so a request sent twice (or a hundred
times) leaves the database as it was.
"""

import json
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.core.clock import Clock, system_clock
from kiosk.core.errors import ValidationError
from kiosk.core.packet import SCHEMA_VERSION, Packet
from kiosk.core.packet_sums import PeriodSums
from kiosk.core.site import check_site_id, check_site_name
from kiosk.hq.dashboard_keeping import (
    CELL_FIGURES,
    figure_columns,
    held_contribution,
    store_cells,
)
from kiosk.hq.dashboard_sums import read_period
from kiosk.hq.database import is_sqlite, make_engine, migrate
from kiosk.hq.models import AdminLogRow, DayPacketRow, ReaderRow, RequestKeyRow, SiteRow
from kiosk.hq.published_days import keeps_cells, published_packets, unpublished_packets
from kiosk.hq.tokens import new_token, token_hash


class KeyReused(Exception):
    """An idempotency key came back with a different body."""


@dataclass(frozen=True, slots=True)
class Stored:
    """What headquarters holds for a site's day after a request."""

    site_id: str
    day: date
    revision: int
    content_hash: str
    outcome: str  # stored, unchanged, newer-kept, conflict

    def to_json(self) -> dict[str, Any]:
        return {
            "site_id": self.site_id,
            "date": self.day.isoformat(),
            "revision": self.revision,
            "content_hash": self.content_hash,
            "outcome": self.outcome,
        }


class HqStore:
    def __init__(self, engine: Engine, clock: Clock = system_clock) -> None:
        self.engine = engine
        self._writer = engine.execution_options(write=True)
        self.clock = clock
        self._upsert = _upsert(engine.dialect.name)
        self._claim_key = _claim_key(engine.dialect.name)
        # SQLite has one writer at a time: queue the server's threads here, not in busy waits.
        self._write_lock: AbstractContextManager[Any] = (
            threading.Lock() if is_sqlite(engine) else nullcontext()
        )

    @classmethod
    def open(cls, url: str, clock: Clock = system_clock) -> "HqStore":
        """Open headquarters' database, migrated to the newest schema."""
        engine = make_engine(url)
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, clock)

    def close(self) -> None:
        self.engine.dispose()

    def today(self) -> date:
        """Today in UTC, by the store's clock."""
        return self.clock().date()

    def transaction(self, write: bool = False) -> AbstractContextManager[Session]:
        """One transaction (a writer's queues behind other writers on SQLite): for the
        modules that keep their own tables (throttle, installations, audit anchors)."""
        return self._session(write)

    def _log(self, session: Session, action: str, subject: str, by: str = "") -> None:
        """A line of the admin log: `by` an admin's account on the web, "" the command line."""
        session.add(
            AdminLogRow(day=self.today(), account=by[:80], action=action, subject=subject[:120])
        )

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        if not write:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
            return
        with (
            self._write_lock,
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    # -- sites and readers --------------------------------------------------------------

    def add_site(self, site_id: str, name: str, by: str = "") -> str:
        """A new site (or a revoked one, again) with a new token; returns the token."""
        site_id, name = check_site_id(site_id), check_site_name(name)
        token = new_token()
        with self._session(write=True) as session:
            row = session.get(SiteRow, site_id)
            if row is not None and row.revoked_on is None:
                raise ValidationError(
                    "site id", f"{site_id!r} already has a token; revoke it first for a new one"
                )
            if row is None:
                session.add(
                    SiteRow(
                        site_id=site_id,
                        name=name,
                        token_hash=token_hash(token),
                        added_on=self.today(),
                    )
                )
            else:
                row.name, row.token_hash = name, token_hash(token)
                row.added_on, row.revoked_on = self.today(), None
                row.installation_hash = None
            self._log(session, "site-added", site_id, by)
        return token

    def reissue_site(self, site_id: str, by: str = "") -> str:
        """A new token for a site, its old token revoked and the desk installation it was
        bound to forgotten: the next desk to send with the new token is bound."""
        token = new_token()
        with self._session(write=True) as session:
            row = session.get(SiteRow, site_id)
            if row is None:
                raise ValidationError("site id", f"no site {site_id[:40]!r}")
            row.token_hash, row.installation_hash = token_hash(token), None
            row.added_on, row.revoked_on = self.today(), None
            self._log(session, "site-reissued", site_id, by)
        return token

    def revoke_site(self, site_id: str, by: str = "") -> None:
        with self._session(write=True) as session:
            row = session.get(SiteRow, site_id)
            if row is None:
                raise ValidationError("site id", f"no site {site_id[:40]!r}")
            if row.revoked_on is None:
                row.revoked_on = self.today()
                self._log(session, "site-revoked", site_id, by)

    def add_reader(self, name: str, by: str = "") -> str:
        name = check_site_name(name.strip()) if name.strip() else ""
        if not name:
            raise ValidationError("name", "must not be empty")
        token = new_token()
        with self._session(write=True) as session:
            reader = ReaderRow(name=name, token_hash=token_hash(token), added_on=self.today())
            session.add(reader)
            session.flush()
            self._log(session, "reader-added", f"{reader.id} {name}", by)
        return token

    def revoke_reader(self, which: str, by: str = "") -> tuple[int, str]:
        """Revoke a reader's token, by id or by name (a name must be unambiguous); returns
        the reader's id and name. Their next request is refused (every request reads the
        database)."""
        which = which.strip()
        with self._session(write=True) as session:
            query = select(ReaderRow)
            if which.isdigit():
                query = query.where(ReaderRow.id == int(which))
            else:
                query = query.where(ReaderRow.name == which, ReaderRow.revoked_on.is_(None))
            found = session.scalars(query).all()
            if not found:
                raise ValidationError("reader", f"no active reader {which[:40]!r}")
            if len(found) > 1:
                raise ValidationError(
                    "reader",
                    f"{len(found)} readers are called {which[:40]!r}: give the id "
                    "(`kiosk-hq readers`)",
                )
            reader = found[0]
            if reader.revoked_on is None:
                reader.revoked_on = self.today()
                self._log(session, "reader-revoked", f"{reader.id} {reader.name}", by)
            return reader.id, reader.name

    def readers(self) -> list[tuple[int, str, date, date | None]]:
        """Every reader: id, name, added on, revoked on (None while active)."""
        with self._session() as session:
            rows = session.execute(
                select(
                    ReaderRow.id, ReaderRow.name, ReaderRow.added_on, ReaderRow.revoked_on
                ).order_by(ReaderRow.id)
            ).all()
        return [(id_, name, added, revoked) for id_, name, added, revoked in rows]

    def admin_log(self, latest: int | None = None) -> list[tuple[date, str, str, str]]:
        """Headquarters' admin log, oldest first (only the `latest` lines when given): day,
        account ("" for the command line), action, subject."""
        query = select(
            AdminLogRow.day, AdminLogRow.account, AdminLogRow.action, AdminLogRow.subject
        )
        if latest is None:
            query = query.order_by(AdminLogRow.id)
        else:
            query = query.order_by(AdminLogRow.id.desc()).limit(latest)
        with self._session() as session:
            found = [
                (day, account, action, subject)
                for day, account, action, subject in session.execute(query).all()
            ]
        return found if latest is None else found[::-1]

    def site_for_token(self, token: str) -> str | None:
        """The site whose active token this is; None for unknown or revoked tokens."""
        with self._session() as session:
            return session.scalars(
                select(SiteRow.site_id).where(
                    SiteRow.token_hash == token_hash(token), SiteRow.revoked_on.is_(None)
                )
            ).first()

    def added_on(self, site_id: str) -> date | None:
        """The day the site was added (its set-up day at headquarters)."""
        with self._session() as session:
            return session.scalars(
                select(SiteRow.added_on).where(SiteRow.site_id == site_id)
            ).first()

    def is_reader(self, token: str) -> bool:
        with self._session() as session:
            found = session.scalars(
                select(ReaderRow.id).where(
                    ReaderRow.token_hash == token_hash(token), ReaderRow.revoked_on.is_(None)
                )
            ).first()
        return found is not None

    def sites(self) -> list[tuple[str, str, bool]]:
        with self._session() as session:
            return _sites(session)

    # -- packets --------------------------------------------------------------------------

    def receive(self, packet: Packet, key: str, request_hash: str) -> Stored:
        """Keep the packet if its revision is higher than the stored one; say what is held.

        The idempotency key is claimed first (INSERT ... ON CONFLICT DO NOTHING): of two
        requests with one key at the same moment, the second waits for the first's
        transaction and then answers as a replay of it, instead of failing on the key's
        unique index when both try to insert it at the end.
        """
        with self._session(write=True) as session:
            # The site's packets are written one at a time (PostgreSQL: its row locked; on
            # SQLite every writer is): what a new revision replaces is read before it does.
            session.execute(
                select(SiteRow.site_id).where(SiteRow.site_id == packet.site_id).with_for_update()
            )
            key_hash = token_hash(key)
            claim = {
                "site_id": packet.site_id,
                "key_hash": key_hash,
                "request_hash": request_hash,
                "received_on": self.today(),
            }
            claimed = session.connection().execute(self._claim_key, claim).first() is not None
            if not claimed:
                seen = session.execute(
                    select(RequestKeyRow.request_hash).where(
                        RequestKeyRow.site_id == packet.site_id,
                        RequestKeyRow.key_hash == key_hash,
                    )
                ).scalar_one_or_none()
                if seen is not None and seen != request_hash:
                    raise KeyReused(key)
                held = self._held(session, packet.site_id, packet.day)
                if held is not None:
                    return self._outcome(held, packet, replayed=True)
            values = {
                "site_id": packet.site_id,
                "day": packet.day,
                "revision": packet.revision,
                "content_hash": packet.content_hash,
                "schema_version": SCHEMA_VERSION,
                "k": packet.k,
                **packet.totals,
                "breakdowns": json.dumps(packet.breakdowns, sort_keys=True),
                "closed": packet.closed,
                **figure_columns(packet.totals, packet.breakdowns),
            }
            replaced = held_contribution(session.connection(), packet.site_id, packet.day)
            written = session.connection().execute(self._upsert, values).first() is not None
            if written:  # the dashboard's cells go with the packet, in this transaction
                store_cells(
                    session.connection(),
                    packet.site_id,
                    packet.day,
                    (packet.totals, packet.breakdowns) if keeps_cells(packet.closed) else None,
                    replaced,
                )
            held = self._held(session, packet.site_id, packet.day)
            assert held is not None
            result = self._outcome(held, packet, replayed=False, written=written)
            if result.outcome == "conflict" and claimed:
                # A conflict is not remembered: the same request may succeed later.
                session.connection().execute(
                    delete(RequestKeyRow).where(
                        RequestKeyRow.site_id == packet.site_id,
                        RequestKeyRow.key_hash == key_hash,
                    )
                )
            return result

    @staticmethod
    def _held(session: Session, site_id: str, day: date) -> tuple[int, str] | None:
        row = session.execute(
            select(DayPacketRow.revision, DayPacketRow.content_hash).where(
                DayPacketRow.site_id == site_id, DayPacketRow.day == day
            )
        ).first()
        return None if row is None else (row[0], row[1])

    @staticmethod
    def _outcome(
        held: tuple[int, str], packet: Packet, *, replayed: bool, written: bool = False
    ) -> Stored:
        revision, digest = held
        if written:
            outcome = "stored"
        elif revision > packet.revision:
            outcome = "newer-kept"
        elif digest == packet.content_hash:
            outcome = "unchanged"
        else:
            outcome = "conflict"
        if replayed and outcome == "stored":
            outcome = "unchanged"
        return Stored(packet.site_id, packet.day, revision, digest, outcome)

    def days(self, first: date, last: date, site_id: str | None = None) -> list[dict[str, Any]]:
        """Stored packets of closed days of the period (one site or all), by date then site:
        what readers see (kiosk/hq/published_days.py)."""
        query = select(DayPacketRow).where(
            DayPacketRow.day.between(first, last), published_packets(self.today())
        )
        if site_id is not None:
            query = query.where(DayPacketRow.site_id == site_id)
        with self._session() as session:
            rows = session.scalars(query.order_by(DayPacketRow.day, DayPacketRow.site_id)).all()
            return [_day_json(row) for row in rows]

    def period_sums(self, first: date, last: date, site_id: str | None = None) -> PeriodSums:
        """The dashboard's sums of a period's closed days (one site or all), added up in the
        database."""
        with self._session() as session:
            return read_period(session.connection(), first, last, site_id, self.today())

    def waiting_to_close(self) -> int:
        """How many stored packets readers do not see yet, their day being still open."""
        with self._session() as session:
            return self._waiting(session)

    def _waiting(self, session: Session) -> int:
        return sum(  # one count a part: each an index's range
            int(session.scalar(select(func.count()).select_from(DayPacketRow).where(part)) or 0)
            for part in unpublished_packets(self.today())
        )

    def overview(self, first: date, last: date, site_id: str | None = None) -> "Overview":
        """What the dashboard's overview shows, read on one connection (one checkout of the
        pool): the period's sums, the sites' names, the packets waiting to close."""
        with self._session() as session:
            today = self.today()
            return Overview(
                read_period(session.connection(), first, last, site_id, today),
                {site: name for site, name, _ in _sites(session)},
                self._waiting(session),
            )

    def purge_request_keys(self, before: date) -> int:
        """Forget idempotency keys received before a day (a kiosk retries within days)."""
        with self._session(write=True) as session:
            gone = session.connection().execute(
                delete(RequestKeyRow).where(RequestKeyRow.received_on < before)
            )
            return gone.rowcount

    def forget_old_request_keys(self, keep: timedelta) -> int:
        """Forget idempotency keys older than `keep` (whole days, by the store's clock)."""
        return self.purge_request_keys(self.today() - timedelta(days=keep.days))


@dataclass(frozen=True, slots=True)
class Overview:
    sums: PeriodSums
    names: dict[str, str]  # every site's name by its id
    waiting_to_close: int


def _sites(session: Session) -> list[tuple[str, str, bool]]:
    rows = session.execute(
        select(SiteRow.site_id, SiteRow.name, SiteRow.revoked_on).order_by(SiteRow.site_id)
    ).all()
    return [(site_id, name, revoked is None) for site_id, name, revoked in rows]


UPSERT_COLUMNS = (
    "day",
    "revision",
    "content_hash",
    "schema_version",
    "k",
    "people",
    "parties",
    "meals_served",
    "sheets_printed",
    "breakdowns",
    "closed",
    *CELL_FIGURES,
    *(f"{name}_hidden" for name in CELL_FIGURES),
)


def _upsert(dialect_name: str) -> Any:
    """INSERT ... ON CONFLICT (site, day) DO UPDATE only when the revision is higher; returns
    a row only when it wrote one. Built once: the values come as parameters."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    statement = dialect.insert(DayPacketRow)
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=[DayPacketRow.site_id, DayPacketRow.day],
        set_={name: getattr(excluded, name) for name in UPSERT_COLUMNS},
        where=DayPacketRow.revision < excluded.revision,
    ).returning(DayPacketRow.revision)


def _claim_key(dialect_name: str) -> Any:
    """INSERT an idempotency key unless it is there; returns a row only when it inserted."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    statement = dialect.insert(RequestKeyRow)
    return statement.on_conflict_do_nothing(
        index_elements=[RequestKeyRow.site_id, RequestKeyRow.key_hash]
    ).returning(RequestKeyRow.key_hash)


def _day_json(row: DayPacketRow) -> dict[str, Any]:
    return {
        "site_id": row.site_id,
        "date": row.day.isoformat(),
        "revision": row.revision,
        "schema_version": row.schema_version,
        "k": row.k,
        "people": row.people,
        "parties": row.parties,
        "meals_served": row.meals_served,
        "sheets_printed": row.sheets_printed,
        "breakdowns": json.loads(row.breakdowns),
    }
