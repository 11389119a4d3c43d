"""The outbox as sync sees it (it satisfies sync's `SyncSource`): packets for headquarters
and how the last sync went.

The outbox (kiosk.store.outbox) holds one packet per day. Registering, redeeming and
printing never touch it: every method here that reads packets first refreshes it,
rebuilding the days whose rows changed and giving a day a new revision only when the
hash of its packet's content differs from the stored one.
"""

import dataclasses
from datetime import date, datetime
from typing import Any

from kiosk.core import settings as registry
from kiosk.core.disclosure import MIN_K
from kiosk.core.hq_link import HqConnection
from kiosk.core.outgoing import OutgoingPacket, SyncStatus
from kiosk.core.packet import ChainPoint, with_audit
from kiosk.core.site import Site
from kiosk.store import audit_anchor, outbox, settings_store
from kiosk.store.sessions import Sessions
from kiosk.store.site_record import SiteRecord


class Outbox:
    """Daily packets waiting for headquarters, and the sync status."""

    def __init__(self, sessions: Sessions, site: SiteRecord) -> None:
        self._sessions = sessions
        self._site = site
        self._anchored: ChainPoint | None = None  # the audit point the waiting packets carry

    def require_site(self) -> Site:
        return self._site.require_site()

    def hq_connection(self) -> HqConnection | None:
        """Where headquarters is and this kiosk's token; None until `kiosk connect`."""
        with self._sessions.session() as session:
            values = settings_store.read_all(session)
        if "hq_url" not in values or "hq_token" not in values:
            return None
        installation = values.get(audit_anchor.INSTALLATION_KEY)
        if not installation:
            with self._sessions.session(write=True) as session:
                installation = audit_anchor.installation_id(session)
        return HqConnection(
            values["hq_url"], values["hq_token"], values.get("hq_ca_bundle"), installation
        )

    def refresh(self) -> int:
        """Rebuild the packets of days that changed; returns how many got a new revision."""
        site = self._site.require_site()
        today, set_up_day = self._site.today(), self._site.set_up_day()
        with self._sessions.session(write=True) as session:
            stored = settings_store.read_all(session)
            k = max(MIN_K, int(registry.value_of(stored, "disclosure_k")))
            return outbox.refresh(
                session, site.site_id, k, today, self._sessions.now(), set_up_day
            )

    def waiting_packets(self) -> list[OutgoingPacket]:
        """Packets headquarters has not confirmed yet, oldest day first (outbox refreshed),
        as they are sent: with the audit anchor of this moment."""
        self.refresh()
        with self._sessions.session(write=True) as session:
            waiting = outbox.waiting(session)
            if not waiting:
                return waiting
            anchor = audit_anchor.anchor_for_sending(session)
        self._anchored = anchor.at
        return [
            dataclasses.replace(packet, packet=with_audit(packet.packet, anchor))
            for packet in waiting
        ]

    def outgoing_packet(self, day: date) -> OutgoingPacket | None:
        """The latest packet of a day as it leaves the kiosk (outbox refreshed)."""
        self.refresh()
        with self._sessions.session() as session:
            return outbox.get(session, day)

    def packet_answered(self, day: date, hq_revision: int, hq_hash: str) -> OutgoingPacket:
        """Headquarters holds `hq_revision` with content `hq_hash`: confirm, or raise ours."""
        with self._sessions.session(write=True) as session:
            if self._anchored is not None:
                audit_anchor.anchor_confirmed(session, self._anchored)
            return outbox.answered(session, day, hq_revision, hq_hash, self._sessions.now())

    def packet_failed(self, day: date, problem: str) -> None:
        with self._sessions.session(write=True) as session:
            outbox.failed(session, day, problem, self._sessions.now())

    def sync_finished(self, problem: str | None) -> None:
        """A sync run ended: with nothing waiting it counts as the last successful sync."""
        now = self._sessions.now()
        with self._sessions.session(write=True) as session:
            values: dict[str, Any] = {"sync_last_problem": problem}
            if problem is None and outbox.waiting_count(session) == 0:
                values["sync_last_success"] = now.isoformat()
            settings_store.write(session, values)

    def sync_status(self) -> SyncStatus:
        """Last successful sync, days waiting, last problem (without refreshing the outbox)."""
        with self._sessions.session() as session:
            values = settings_store.read_all(session)
            waiting = outbox.waiting_count(session)
        success = values.get("sync_last_success")
        last_success = None if success is None else datetime.fromisoformat(success)
        return SyncStatus(
            connected="hq_url" in values and "hq_token" in values,
            hq_url=values.get("hq_url"),
            last_success=last_success,
            waiting=waiting,
            last_problem=values.get("sync_last_problem"),
        )
