"""The outbox: one disclosure-controlled packet per day, waiting until headquarters confirms it.

Registering, redeeming and printing do not touch the outbox. Instead `refresh` runs before
packets are sent or read: it sums up each day's rows (parties, redeemed meals, printed
sheets) in three grouped queries, rebuilds the packet of every day whose sum changed, and
gives it a new revision only when the packet's content hash differs from the stored one.
A void counts as a change of its day: the day's packet is rebuilt without the voided party
and sent again, even when headquarters had confirmed it.
"""

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, literal, select, union_all, update
from sqlalchemy.orm import Session

from kiosk.core.counts import DailyCounts
from kiosk.core.outgoing import OutgoingPacket, reconcile
from kiosk.core.packet import build_packet, content_hash, with_revision
from kiosk.core.print_job import Document, JobStatus
from kiosk.store import counting
from kiosk.store.models import MealTicketRow, OutgoingPacketRow, PartyRow, PrintJobRow


def day_signatures(session: Session, last_day: date) -> dict[date, str]:
    """A short summary of each day's rows up to `last_day`; it changes whenever counts can."""
    parties = select(
        PartyRow.day,
        literal("p").label("kind"),
        func.count().label("n"),
        func.max(PartyRow.id).label("last"),
        func.sum(PartyRow.size).label("size"),
        func.count(PartyRow.voided_at).label("voided"),  # a void changes the day's counts
    ).where(PartyRow.day <= last_day).group_by(PartyRow.day)
    meals = select(
        MealTicketRow.day, literal("m"), func.count(), literal(0), literal(0), literal(0)
    ).where(
        MealTicketRow.day <= last_day, MealTicketRow.redeemed_at.is_not(None)
    ).group_by(MealTicketRow.day)
    sheets = select(
        PrintJobRow.day, literal("s"), func.count(), literal(0), literal(0), literal(0)
    ).where(
        PrintJobRow.day <= last_day,
        PrintJobRow.document == Document.SHEET.value,
        PrintJobRow.status == JobStatus.DONE.value,
    ).group_by(PrintJobRow.day)
    parts: dict[date, list[str]] = {}
    for day, kind, n, last, size, voided in session.execute(union_all(parties, meals, sheets)):
        entry = f"{kind}{n}.{last}.{size}" + (f".v{voided}" if voided else "")
        parts.setdefault(_as_date(day), []).append(entry)
    return {day: "|".join(sorted(found)) for day, found in parts.items()}


def _as_date(value: date | str) -> date:
    """A union's day column comes back as text from SQLite."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def refresh(session: Session, site_id: str, k: int, today: date, now: datetime) -> int:
    """Rebuild the packets of days that changed; returns how many got a new revision."""
    signatures = {
        day: f"{signature}|k{k}|{site_id}"
        for day, signature in day_signatures(session, today).items()
    }
    stored = {
        day: (signature, digest, revision)
        for day, signature, digest, revision in session.execute(
            select(
                OutgoingPacketRow.day,
                OutgoingPacketRow.signature,
                OutgoingPacketRow.content_hash,
                OutgoingPacketRow.revision,
            )
        )
    }
    changed = sorted(
        day for day, sig in signatures.items() if day not in stored or stored[day][0] != sig
    )
    if not changed:
        return 0
    counts = _counts_of(session, changed)
    bumped = 0
    for day in changed:
        packet = build_packet(site_id, counts[day], k)
        digest = content_hash(packet)
        if day not in stored:
            session.add(
                OutgoingPacketRow(
                    day=day,
                    revision=1,
                    content_hash=digest,
                    packet=_dump(with_revision(packet, 1)),
                    signature=signatures[day],
                    built_at=now,
                    attempts=0,
                )
            )
            bumped += 1
            continue
        _, old_digest, revision = stored[day]
        values: dict[str, Any] = {"signature": signatures[day]}
        if old_digest != digest:
            values.update(
                revision=revision + 1,
                content_hash=digest,
                packet=_dump(with_revision(packet, revision + 1)),
                built_at=now,
            )
            bumped += 1
        session.execute(
            update(OutgoingPacketRow).where(OutgoingPacketRow.day == day).values(**values)
        )
    return bumped


def _counts_of(session: Session, days: list[date]) -> dict[date, DailyCounts]:
    """Counts of the given days: one ranged query when they are close together."""
    if (days[-1] - days[0]).days < 4 * len(days):
        found = counting.counts_by_day(session, days[0], days[-1])
        return {counts.day: counts for counts in found}
    return {day: counting.counts_by_day(session, day, day)[0] for day in days}


def _dump(packet: dict[str, Any]) -> str:
    return json.dumps(packet, sort_keys=True, separators=(",", ":"))


def _outgoing(row: OutgoingPacketRow) -> OutgoingPacket:
    return OutgoingPacket(
        day=row.day,
        revision=row.revision,
        content_hash=row.content_hash,
        packet=json.loads(row.packet),
        confirmed_revision=row.confirmed_revision,
        attempts=row.attempts,
        last_error=row.last_error,
    )


def waiting(session: Session) -> list[OutgoingPacket]:
    """Days whose latest revision headquarters has not confirmed, oldest first."""
    rows = session.scalars(
        select(OutgoingPacketRow)
        .where(
            (OutgoingPacketRow.confirmed_revision.is_(None))
            | (OutgoingPacketRow.confirmed_revision < OutgoingPacketRow.revision)
        )
        .order_by(OutgoingPacketRow.day)
    )
    return [_outgoing(row) for row in rows]


def waiting_count(session: Session) -> int:
    return session.execute(
        select(func.count()).where(
            (OutgoingPacketRow.confirmed_revision.is_(None))
            | (OutgoingPacketRow.confirmed_revision < OutgoingPacketRow.revision)
        )
    ).scalar_one()


def get(session: Session, day: date) -> OutgoingPacket | None:
    row = session.get(OutgoingPacketRow, day)
    return None if row is None else _outgoing(row)


def answered(
    session: Session, day: date, hq_revision: int, hq_hash: str, now: datetime
) -> OutgoingPacket:
    """Keep what headquarters said it holds (see kiosk.core.outgoing.reconcile)."""
    row = session.get(OutgoingPacketRow, day)
    if row is None:
        raise KeyError(day)
    outcome = reconcile(_outgoing(row), hq_revision, hq_hash)
    row.attempts += 1
    row.last_attempt_at = now
    if outcome.revision != row.revision:
        row.revision = outcome.revision
        row.packet = _dump(with_revision(json.loads(row.packet), outcome.revision))
    if outcome.confirmed_revision != row.confirmed_revision:
        row.confirmed_revision = outcome.confirmed_revision
        row.confirmed_at = now
    row.last_error = None
    session.flush()
    return _outgoing(row)


def failed(session: Session, day: date, problem: str, now: datetime) -> None:
    session.execute(
        update(OutgoingPacketRow)
        .where(OutgoingPacketRow.day == day)
        .values(
            attempts=OutgoingPacketRow.attempts + 1,
            last_attempt_at=now,
            last_error=problem[:300],
        )
    )
