"""The desk's audit anchor for headquarters, and the installation id a token is bound to.

With every packet the desk sends its audit chain's entry count and last hash, and the
chain's hashes at the counts it sent before (since the last one headquarters confirmed):
headquarters holds those points, so a chain rewritten or cut back below them no longer
matches (kiosk/hq/audit_anchors.py explains the check). The points sent are kept in the
settings table before the packets leave, so a send that reached headquarters but whose
answer was lost is still proven next time.
"""

import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core.audit_chain import GENESIS
from kiosk.core.packet import MAX_PROOFS, AuditAnchor, ChainPoint
from kiosk.store import settings_store
from kiosk.store.models import AuditEntryRow

ANCHORS_KEY = "audit_anchors"  # {"confirmed": [entries, head] | None, "sent": [[e, h], ...]}
INSTALLATION_KEY = "installation_id"


def installation_id(session: Session) -> str:
    """This installation's id: made once, at the first connection to headquarters."""
    found = settings_store.read_all(session).get(INSTALLATION_KEY)
    if isinstance(found, str) and found:
        return found
    made = secrets.token_hex(16)
    settings_store.write(session, {INSTALLATION_KEY: made})
    return made


def _points(value: Any) -> list[ChainPoint]:
    if not isinstance(value, list):
        return []
    return [
        ChainPoint(int(item[0]), str(item[1]))
        for item in value
        if isinstance(item, list) and len(item) == 2
    ]


def _stored(session: Session) -> tuple[ChainPoint | None, list[ChainPoint]]:
    value = settings_store.read_all(session).get(ANCHORS_KEY)
    if not isinstance(value, dict):
        return None, []
    confirmed = _points([value.get("confirmed")])
    return (confirmed[0] if confirmed else None), _points(value.get("sent"))


def _store(session: Session, confirmed: ChainPoint | None, sent: list[ChainPoint]) -> None:
    settings_store.write(
        session,
        {
            ANCHORS_KEY: {
                "confirmed": None if confirmed is None else [confirmed.entries, confirmed.head],
                "sent": [[point.entries, point.head] for point in sent],
            }
        },
    )


def _hash_at(session: Session, entries: int) -> str | None:
    """The chain's hash after `entries` entries as the table holds it now (None: shorter)."""
    if entries == 0:
        return GENESIS
    return session.execute(
        select(AuditEntryRow.hash).where(AuditEntryRow.seq == entries)
    ).scalar_one_or_none()


def anchor_for_sending(session: Session) -> AuditAnchor:
    """The anchor of this moment, with proofs at the points sent before; the new point is
    noted as sent (in the caller's transaction, before anything leaves)."""
    last = session.execute(
        select(AuditEntryRow.seq, AuditEntryRow.hash).order_by(AuditEntryRow.seq.desc()).limit(1)
    ).first()
    at = ChainPoint(0, GENESIS) if last is None else ChainPoint(int(last[0]), str(last[1]))
    confirmed, sent = _stored(session)
    proofs: list[ChainPoint] = []
    for point in ([confirmed] if confirmed else []) + sent:
        head = _hash_at(session, point.entries)
        if head is not None and point.entries <= at.entries:
            proof = ChainPoint(point.entries, head)
            if proof not in proofs and proof != at:
                proofs.append(proof)
    if at not in sent:
        sent = [*sent, at][-(MAX_PROOFS - 1) :]
    _store(session, confirmed, sent)
    return AuditAnchor(at, tuple(proofs[-MAX_PROOFS:]))


def anchor_confirmed(session: Session, point: ChainPoint) -> None:
    """Headquarters answered a packet that carried `point`: points below it need no proof."""
    confirmed, sent = _stored(session)
    if confirmed is not None and confirmed.entries > point.entries:
        return
    _store(session, point, [p for p in sent if p.entries > point.entries])
