"""One HTTPS conversation with headquarters: put a day's packet, read the answer.

TLS is always verified (the system's trust store, or a CA bundle from the settings); plain
http is refused unless headquarters is on this machine. Redirects are not followed, so a
packet never goes anywhere but the configured address. Connect and read timeouts are
explicit. Every request carries the packet's idempotency key.
"""

import logging
import re
import ssl
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Self

import httpx

from kiosk.core.clock import Clock, system_clock
from kiosk.core.hq_link import HqConnection, check_hq_url
from kiosk.core.outgoing import OutgoingPacket
from kiosk.core.packet import MAX_REVISION, canonical_json
from kiosk.sync.backoff import parse_retry_after

HASH = re.compile(r"[0-9a-f]{64}")
INSTALLATION_HEADER = "X-Kiosk-Installation"
# How far above the revision sent headquarters may say it holds a day (a desk restored from
# an old backup is behind by the revisions sent since; never by this many).
MAX_JUMP = 100_000

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 10.0
    read: float = 30.0
    write: float = 30.0
    pool: float = 10.0

    def httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


@dataclass(frozen=True, slots=True)
class Answer:
    """What headquarters holds for the day after the request: revision and content hash."""

    revision: int
    content_hash: str
    outcome: str


class SendFailed(Exception):
    """A request did not get a usable answer; `problem` says so in plain words."""

    retryable = True

    def __init__(self, problem: str, retry_after: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.retry_after = retry_after


class StopSync(SendFailed):
    """Nothing can be sent in this run (token refused, unusable settings)."""

    retryable = False


class TokenRefused(StopSync):
    """Headquarters does not accept this kiosk's token: no point in trying other days."""


class PacketRefused(SendFailed):
    """Headquarters refused this packet (a 4xx other than 401, 403, 408, 409, 429)."""

    retryable = False


def _ssl_context(ca_bundle: str | None) -> ssl.SSLContext | bool:
    if ca_bundle is None:
        return True  # httpx's verified default context
    try:
        return ssl.create_default_context(cafile=ca_bundle)
    except (OSError, ssl.SSLError) as error:
        raise StopSync(
            f"The CA bundle {ca_bundle} cannot be read ({error}): fix the connection settings."
        ) from None


class HqClient:
    """A short-lived client for one sync run (use it as a context manager)."""

    def __init__(
        self,
        connection: HqConnection,
        timeouts: Timeouts = Timeouts(),
        transport: httpx.BaseTransport | None = None,
        clock: Clock = system_clock,
    ) -> None:
        url = check_hq_url(connection.url)
        self._clock = clock
        self._client = httpx.Client(
            base_url=url,
            timeout=timeouts.httpx(),
            verify=_ssl_context(connection.ca_bundle),
            follow_redirects=False,
            trust_env=False,
            transport=transport,
            headers={
                "Authorization": f"Bearer {connection.token}",
                "User-Agent": "startpunt-kiosk",
                "Accept": "application/json",
                **(
                    {INSTALLATION_HEADER: connection.installation_id}
                    if connection.installation_id
                    else {}
                ),
            },
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def put_packet(self, packet: OutgoingPacket) -> Answer:
        """PUT the day's packet; its answer, or SendFailed saying what went wrong."""
        site_id = packet.packet["site_id"]
        path = f"/api/v1/sites/{site_id}/days/{packet.day.isoformat()}"
        try:
            response = self._client.put(
                path,
                content=canonical_json(packet.packet),
                headers={
                    "Content-Type": "application/json",
                    "Idempotency-Key": packet.idempotency_key,
                },
            )
        except httpx.TimeoutException:
            raise SendFailed("Headquarters did not answer in time.") from None
        except httpx.ConnectError as error:
            raise SendFailed(_connect_problem(error)) from None
        except httpx.TransportError as error:
            raise SendFailed(
                f"The connection to headquarters broke off ({type(error).__name__})."
            ) from None
        return _answer(response, packet, self._clock())


def _connect_problem(error: httpx.ConnectError) -> str:
    text = str(error)
    if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
        return (
            "The connection to headquarters is not secure: its certificate is not trusted. "
            "Check the address, or ask headquarters for its CA bundle."
        )
    return "Headquarters could not be reached (no network, or a wrong address)."


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    detail = body.get("detail") if isinstance(body, dict) else None
    return str(detail)[:200] if detail else ""


def _answer(response: httpx.Response, packet: OutgoingPacket, now: datetime) -> Answer:
    status = response.status_code
    retry_after = parse_retry_after(response.headers.get("Retry-After"), now)
    if status == 409 and _detail(response).startswith(INSTALLATION_HEADER):
        raise TokenRefused(
            "Headquarters says another kiosk already sends with this token: ask headquarters "
            "to re-issue the site's token (kiosk-hq reissue-site) and enter the new one."
        )
    if status in (200, 201, 409):
        return _read_answer(response, packet)
    if status == 401:
        raise TokenRefused(
            "Headquarters does not accept this kiosk's token (unknown or revoked): "
            "ask headquarters for a new token and enter it in the connection settings."
        )
    if status == 403:
        raise TokenRefused(
            "Headquarters says this kiosk's token belongs to another site: "
            "check the site id and the token."
        )
    if status in (408, 425, 429) or status >= 500:
        busy = "busy" if status == 429 else f"a problem (HTTP {status})"
        raise SendFailed(f"Headquarters had {busy}; the counts are sent again later.", retry_after)
    if 300 <= status < 400:
        raise PacketRefused(
            f"Headquarters answered with a redirect (HTTP {status}): check its address."
        )
    detail = _detail(response)
    raise PacketRefused(
        f"Headquarters refused the counts of {packet.day.isoformat()} (HTTP {status})"
        + (f": {detail}" if detail else ".")
    )


def _not_understood(packet: OutgoingPacket, reason: str) -> SendFailed:
    """An answer that cannot be true is not stored: a failed try, logged, tried again."""
    problem = (
        f"Headquarters gave an answer this kiosk does not understand for "
        f"{packet.day.isoformat()} ({reason}); nothing was kept, the counts are sent again."
    )
    log.warning("%s", problem)
    return SendFailed(problem)


def _read_answer(response: httpx.Response, packet: OutgoingPacket) -> Answer:
    """The answer, checked against what was sent; SendFailed when it cannot be true.

    Stored or unchanged: the revision and content sent. Newer kept (200) or a conflict
    (409): a higher (conflict: at least the same) revision, within MAX_JUMP of ours and low
    enough that ours can still go above it, with other content. A forged answer therefore
    never pushes a day's revision out of reach of headquarters' limit.
    """
    try:
        body: Any = response.json()
    except ValueError:
        raise _not_understood(packet, "not JSON") from None
    if not isinstance(body, dict):
        raise _not_understood(packet, "not a JSON object")
    about = (body.get("site_id"), body.get("date"))
    if response.status_code != 409 and about != (packet.packet["site_id"], packet.day.isoformat()):
        raise _not_understood(packet, "about another site or day")
    revision, digest = body.get("revision"), body.get("content_hash")
    if not isinstance(revision, int) or isinstance(revision, bool):
        raise _not_understood(packet, "revision is not a whole number")
    if not isinstance(digest, str) or not HASH.fullmatch(digest):
        raise _not_understood(packet, "content_hash is not 64 hexadecimal digits")
    sent, ours = packet.revision, packet.content_hash
    outcome = str(body.get("outcome", ""))
    if response.status_code == 409:
        highest = sent + MAX_JUMP
        if not sent <= revision <= min(highest, MAX_REVISION - 1) or digest == ours:
            raise _not_understood(packet, f"conflict at revision {revision} for revision {sent}")
    elif revision == sent:
        if digest != ours:
            raise _not_understood(packet, "content_hash is not the one of the counts sent")
    elif not sent < revision <= min(sent + MAX_JUMP, MAX_REVISION - 1) or digest == ours:
        raise _not_understood(packet, f"revision {revision} out of range for revision {sent}")
    return Answer(revision, digest, outcome)
