"""The audit trail in the database: appended in the same transaction as what it records.

Triggers (migration 0004) refuse UPDATE and DELETE on the table; the last entry's number
and hash are also kept in the settings table, so that removing the newest entries shows.
"""

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.core.audit_chain import GENESIS, AuditEntry, ChainBreak, first_break, seal
from kiosk.store import settings_store
from kiosk.store.models import AuditEntryRow

HEAD_KEY = "audit_head"


def append(
    session: Session, action: str, details: Mapping[str, Any], now: datetime
) -> AuditEntry:
    last = session.execute(
        select(AuditEntryRow.seq, AuditEntryRow.hash).order_by(AuditEntryRow.seq.desc()).limit(1)
    ).one_or_none()
    seq, prev_hash = (1, GENESIS) if last is None else (last.seq + 1, last.hash)
    entry = seal(seq, now, action, details, prev_hash)
    session.add(
        AuditEntryRow(
            seq=entry.seq,
            at=entry.at,
            action=entry.action,
            details=json.dumps(dict(entry.details), sort_keys=True, ensure_ascii=False),
            prev_hash=entry.prev_hash,
            hash=entry.hash,
        )
    )
    settings_store.write(session, {HEAD_KEY: [entry.seq, entry.hash]})
    session.flush()
    return entry


def _entry(row: AuditEntryRow) -> AuditEntry:
    try:
        details = json.loads(row.details)
    except ValueError:
        details = {"unreadable": row.details}
    if not isinstance(details, dict):
        details = {"unreadable": row.details}
    return AuditEntry(row.seq, row.at, row.action, details, row.prev_hash, row.hash)


def entries(session: Session, last: int | None = None) -> list[AuditEntry]:
    """Oldest first; with `last`, only the newest `last` entries."""
    query = select(AuditEntryRow).order_by(AuditEntryRow.seq.desc())
    if last is not None:
        query = query.limit(last)
    return [_entry(row) for row in reversed(session.scalars(query).all())]


def count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(AuditEntryRow)).scalar_one())


def verify(session: Session) -> ChainBreak | None:
    head = settings_store.read_all(session).get(HEAD_KEY)
    known = (int(head[0]), str(head[1])) if isinstance(head, list) and len(head) == 2 else None
    rows = session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq))
    return first_break((_entry(row) for row in rows), known)
