"""A sync run: send every waiting day's packet, note what headquarters confirmed.

The screens and `kiosk sync` use the same `SyncService`:

    service = SyncService(desk.outbox)          # desk.outbox satisfies SyncSource
    report = service.sync_once()         # one attempt per waiting day, no waiting
    report = service.sync()              # retries with back-off, within a deadline
    service.status()                     # for the screen: last success, waiting, problem

Both block while they talk to headquarters: call them from a worker thread (see
`kiosk.sync.background.BackgroundSync`), never from the GUI thread.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from kiosk.core import clock
from kiosk.core.clock import Monotonic
from kiosk.core.hq_link import HqConnection
from kiosk.core.outgoing import OutgoingPacket, SyncStatus
from kiosk.core.site import Site
from kiosk.sync.backoff import RetryPolicy
from kiosk.sync.client import Answer, HqClient, SendFailed, StopSync


class SyncSource(Protocol):
    """What a sync run needs from the desk (`desk.outbox` provides it)."""

    def require_site(self) -> Site: ...
    def hq_connection(self) -> HqConnection | None: ...
    def waiting_packets(self) -> list[OutgoingPacket]: ...
    def packet_answered(self, day: date, hq_revision: int, hq_hash: str) -> OutgoingPacket: ...
    def packet_failed(self, day: date, problem: str) -> None: ...
    def sync_finished(self, problem: str | None) -> None: ...
    def sync_status(self) -> SyncStatus: ...


class Sender(Protocol):
    def put_packet(self, packet: OutgoingPacket) -> Answer: ...
    def close(self) -> None: ...


class NotConnected(Exception):
    """No headquarters connection is stored: `kiosk connect` (or the settings screen) first."""


NOT_CONNECTED = (
    "this kiosk is not connected to headquarters: run `kiosk connect --hq-url URL --token TOKEN`"
)


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one run did. `sent`: days with at least one request in this run; `confirmed`:
    days whose latest revision headquarters confirmed; `waiting`: days still waiting
    afterwards; `last_error`: the last problem that left a day waiting, in plain words."""

    sent: int
    confirmed: int
    waiting: int
    last_error: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "confirmed": self.confirmed,
            "waiting": self.waiting,
            "last_error": self.last_error,
        }


class SyncService:
    def __init__(
        self,
        source: SyncSource,
        *,
        policy: RetryPolicy | None = None,
        sender: Callable[[HqConnection], Sender] = HqClient,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Monotonic = clock.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.source = source
        self.policy = policy or RetryPolicy()
        self._sender = sender
        self._sleep = sleep
        self._monotonic = monotonic
        self._rng = rng or random.SystemRandom()

    def status(self) -> SyncStatus:
        return self.source.sync_status()

    def sync_once(self) -> SyncReport:
        """One attempt per waiting day, no back-off waits (`kiosk sync --once`, "sync now")."""
        return self._run(once=True)

    def sync(self) -> SyncReport:
        """Send every waiting day, retrying with back-off until the policy's deadline."""
        return self._run(once=False)

    def _run(self, once: bool) -> SyncReport:
        connection = self.source.hq_connection()
        if connection is None:
            raise NotConnected(NOT_CONNECTED)
        self.source.require_site()
        deadline = self._monotonic() + self.policy.deadline
        sent = confirmed = 0
        problem: str | None = None
        waiting = self.source.waiting_packets()
        sender: Sender | None = None
        try:
            sender = self._sender(connection)
            for packet in waiting:
                sent += 1
                outcome = self._send_day(sender, packet, once, deadline)
                if outcome is None:
                    confirmed += 1
                    continue
                problem = outcome.problem
                if isinstance(outcome, StopSync):
                    break
                if outcome.retryable and not once:
                    break  # the network or headquarters is down: later days wait too
        except StopSync as stop:  # settings that cannot make a client
            problem = stop.problem
        finally:
            if sender is not None:
                sender.close()
        remaining = len(self.source.waiting_packets())
        if remaining == 0:
            problem = None
        self.source.sync_finished(problem)
        return SyncReport(sent, confirmed, remaining, problem)

    def _send_day(
        self, sender: Sender, packet: OutgoingPacket, once: bool, deadline: float
    ) -> SendFailed | None:
        """Send one day until confirmed (None) or given up (the last failure)."""
        attempt = 0
        while True:
            attempt += 1
            try:
                answer = sender.put_packet(packet)
            except SendFailed as failure:
                self.source.packet_failed(packet.day, failure.problem)
                if not failure.retryable or once or attempt >= self.policy.max_attempts:
                    return failure
                if failure.retry_after is not None and (
                    failure.retry_after > self.policy.retry_after_cap
                ):
                    return failure
                wait = self.policy.delay(attempt, failure.retry_after, self._rng)
                if self._monotonic() + wait > deadline:
                    return failure
                self._sleep(wait)
                continue
            packet = self.source.packet_answered(packet.day, answer.revision, answer.content_hash)
            if not packet.waiting:
                return None
            # Headquarters holds other content: the day goes out again with a higher revision.
            if once or attempt >= self.policy.max_attempts:
                return SendFailed(
                    f"Headquarters holds other counts for {packet.day.isoformat()}; "
                    "they are sent again."
                )

