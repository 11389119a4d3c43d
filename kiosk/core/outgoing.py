"""Packets waiting at the kiosk for headquarters, and what headquarters' answer means."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class OutgoingPacket:
    """The latest packet of a day, and the highest revision headquarters has confirmed."""

    day: date
    revision: int
    content_hash: str
    packet: dict[str, Any]  # as it is sent, revision included
    confirmed_revision: int | None = None
    attempts: int = 0
    last_error: str | None = None

    @property
    def waiting(self) -> bool:
        return self.confirmed_revision is None or self.confirmed_revision < self.revision

    @property
    def idempotency_key(self) -> str:
        """The same for every try of one revision, different for any other content."""
        site = self.packet["site_id"]
        return f"{site}.{self.day.isoformat()}.r{self.revision}.{self.content_hash[:32]}"


@dataclass(frozen=True, slots=True)
class Reconciled:
    revision: int
    confirmed_revision: int | None


def reconcile(packet: OutgoingPacket, hq_revision: int, hq_hash: str) -> Reconciled:
    """What the kiosk keeps after headquarters said which revision (and content) it holds.

    Same content: confirmed (taking headquarters' revision when it is higher, e.g. after the
    kiosk's database was restored from a backup). Other content at the same or a higher
    revision: the kiosk's packet goes out again with a revision above headquarters' one.
    Other content at a lower revision: headquarters has not seen this revision yet.
    """
    if hq_hash == packet.content_hash:
        revision = max(packet.revision, hq_revision)
        return Reconciled(revision, revision)
    if hq_revision >= packet.revision:
        return Reconciled(hq_revision + 1, packet.confirmed_revision)
    return Reconciled(packet.revision, packet.confirmed_revision)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the screen shows about sending counts to headquarters."""

    connected: bool
    hq_url: str | None
    last_success: datetime | None
    waiting: int
    last_problem: str | None
