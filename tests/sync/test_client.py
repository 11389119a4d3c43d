"""The sync client against a scripted HTTP server on 127.0.0.1: retries, back-off with full
jitter, Retry-After, idempotency keys, timeouts, and when to stop."""

import json
import random
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from kiosk.core.hq_link import make_hq_connection
from kiosk.core.packet import content_hash
from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from kiosk.sync.backoff import RetryPolicy, parse_retry_after
from kiosk.sync.client import HqClient, Timeouts
from kiosk.sync.service import NotConnected, SyncService
from tests.fake_clock import START

SYRIAN = make_party(language="ar", nationality="SY", people=[("male", "26-59")])

type Reply = tuple[int, dict[str, str], dict[str, Any] | None] | str


class ScriptedHq:
    """Answers PUTs from a script: (status, headers, body), "hang", or "echo" (confirm)."""

    def __init__(self, script: list[Reply]) -> None:
        self.script = list(script)
        self.requests: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_PUT(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.requests.append((self.path, dict(self.headers.items()), body))
                reply = owner.script.pop(0) if owner.script else "echo"
                if reply == "hang":
                    time.sleep(2.0)
                    self.close_connection = True
                    return
                headers: dict[str, str]
                answer: dict[str, Any] | None
                if reply == "echo":
                    status, headers = 200, {}
                    answer = {
                        "site_id": body["site_id"],
                        "date": body["date"],
                        "revision": body["revision"],
                        "content_hash": content_hash(body),
                        "outcome": "stored",
                    }
                else:
                    assert not isinstance(reply, str)
                    status, headers, answer = reply
                data = json.dumps(answer or {}).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted() -> Iterator[list[ScriptedHq]]:
    servers: list[ScriptedHq] = []
    yield servers
    for server in servers:
        server.close()


def connect(desk: Desk, servers: list[ScriptedHq], script: list[Reply]) -> ScriptedHq:
    server = ScriptedHq(script)
    servers.append(server)
    desk.settings.save_hq_connection(make_hq_connection(server.url, "t" * 43))
    return server


def waiting_days(desk: Desk, days: int) -> None:
    now = START
    desk.registrations.register_many(
        [(now - timedelta(days=d), SYRIAN) for d in range(1, days + 1)]
    )


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def service(desk: Desk, sleeps: Sleeps, **policy: Any) -> SyncService:
    return SyncService(
        desk.outbox,
        policy=RetryPolicy(**{"base": 1.0, "cap": 60.0, "max_attempts": 5, **policy}),
        sender=lambda c: HqClient(c, Timeouts(connect=1, read=0.5, write=1, pool=1)),
        sleep=sleeps,
        rng=random.Random(3),
    )


BUSY = (503, {"Retry-After": "7"}, {"detail": "busy"})


def test_retry_after_is_a_floor_for_the_wait(desk: Desk, scripted: list[ScriptedHq]) -> None:
    """Two 503s with Retry-After: 7, then success: the kiosk waited at least 7 s each time
    and sent the same idempotency key every time."""
    waiting_days(desk, 1)
    server = connect(desk, scripted, [BUSY, BUSY])
    sleeps = Sleeps()
    report = service(desk, sleeps).sync()
    assert report.to_json() == {"sent": 1, "confirmed": 1, "waiting": 0, "last_error": None}
    assert len(sleeps.waits) == 2 and all(wait >= 7 for wait in sleeps.waits)
    keys = {headers["Idempotency-Key"] for _, headers, _ in server.requests}
    assert len(server.requests) == 3 and len(keys) == 1
    assert all(h["Authorization"] == "Bearer " + "t" * 43 for _, h, _ in server.requests)


def test_backoff_is_exponential_with_full_jitter() -> None:
    """Waits are spread between 0 and a ceiling that doubles (1, 2, 4, ...) up to the cap."""
    policy = RetryPolicy(base=1.0, cap=8.0)
    rng = random.Random(1)
    for attempt, ceiling in ((1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (7, 8.0)):
        waits = [policy.delay(attempt, None, rng) for _ in range(400)]
        assert 0 <= min(waits) < ceiling * 0.1
        assert ceiling * 0.9 < max(waits) <= ceiling
    assert policy.delay(1, 30.0, rng) >= 30.0


def test_retry_after_reads_seconds_and_dates() -> None:
    """Retry-After as seconds or as an HTTP date; nonsense is ignored."""
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=90), usegmt=True), now) == 90
    assert parse_retry_after("soon", now) is None and parse_retry_after(None, now) is None


def test_once_makes_one_attempt_per_day_and_never_waits(
    desk: Desk, scripted: list[ScriptedHq]
) -> None:
    """--once: three failing days, three requests, no sleep, all still waiting."""
    waiting_days(desk, 3)
    server = connect(desk, scripted, [BUSY, BUSY, BUSY])
    sleeps = Sleeps()
    report = service(desk, sleeps).sync_once()
    assert (report.sent, report.confirmed, report.waiting) == (3, 0, 3)
    assert sleeps.waits == [] and len(server.requests) == 3
    assert report.last_error is not None and "HTTP 503" in report.last_error


def test_a_refused_token_stops_the_run(desk: Desk, scripted: list[ScriptedHq]) -> None:
    """401 on the first day: no other day is tried, and the problem says what to do."""
    waiting_days(desk, 3)
    server = connect(desk, scripted, [(401, {}, {"detail": "token: unknown or revoked"})])
    report = service(desk, Sleeps()).sync()
    assert len(server.requests) == 1 and report.waiting == 3
    assert report.last_error is not None and "token" in report.last_error


def test_a_refused_packet_does_not_hold_up_the_others(
    desk: Desk, scripted: list[ScriptedHq]
) -> None:
    """422 for one day: not retried in this run; the next days are sent and confirmed."""
    waiting_days(desk, 3)
    connect(desk, scripted, [(422, {}, {"detail": "date: must be between ..."})])
    sleeps = Sleeps()
    report = service(desk, sleeps).sync()
    assert (report.sent, report.confirmed, report.waiting) == (3, 2, 1)
    assert report.last_error is not None and "must be between" in report.last_error
    assert sleeps.waits == []


def test_read_timeout_is_explicit_and_retried(desk: Desk, scripted: list[ScriptedHq]) -> None:
    """Headquarters that does not answer within the read timeout: retried, then confirmed."""
    waiting_days(desk, 1)
    server = connect(desk, scripted, ["hang"])
    started = time.monotonic()
    report = service(desk, Sleeps()).sync()
    assert report.waiting == 0 and len(server.requests) == 2
    assert time.monotonic() - started < 1.8  # 0.5 s read timeout, not the 2 s hang


def test_timeouts_are_set_for_every_phase() -> None:
    """Connect, read, write and pool timeouts are explicit, never httpx's defaults."""
    client = HqClient(make_hq_connection("https://hq.example.org", "t" * 43))
    try:
        timeout = client._client.timeout
        assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (10, 30, 30, 10)
        assert client._client.follow_redirects is False
    finally:
        client.close()


def test_giving_up_after_max_attempts_leaves_the_day_waiting(
    desk: Desk, scripted: list[ScriptedHq]
) -> None:
    """Five 500s: five attempts with growing ceilings, then the run ends with the problem."""
    waiting_days(desk, 2)
    server = connect(desk, scripted, [(500, {}, None)] * 5)
    sleeps = Sleeps()
    report = service(desk, sleeps, max_attempts=5).sync()
    assert len(server.requests) == 5 and len(sleeps.waits) == 4
    assert (report.sent, report.waiting) == (1, 2)  # the network is down: day 2 waits too
    assert desk.outbox.waiting_packets()[0].attempts == 5


def test_a_redirect_is_not_followed(desk: Desk, scripted: list[ScriptedHq]) -> None:
    """A 3xx could send the counts elsewhere (or over http): refused, not followed."""
    waiting_days(desk, 1)
    server = connect(desk, scripted, [(308, {"Location": "http://elsewhere.example/"}, None)])
    report = service(desk, Sleeps()).sync()
    assert report.waiting == 1 and len(server.requests) == 1
    assert report.last_error is not None and "redirect" in report.last_error


def test_not_connected_is_said_plainly(desk: Desk) -> None:
    """Without `kiosk connect` a run refuses to start."""
    with pytest.raises(NotConnected, match="kiosk connect"):
        SyncService(desk.outbox).sync_once()


def _forged(revision: object, digest: object, status: int = 200) -> Reply:
    body = {"site_id": "brussels-test", "date": (START - timedelta(days=1)).date().isoformat(),
            "revision": revision, "content_hash": digest, "outcome": "newer-kept"}
    return (status, {}, body)


@pytest.mark.parametrize("forged", [
    _forged(2**31 - 1, "b" * 64),
    _forged(2**31, "b" * 64),
    _forged(-1, "b" * 64),
    _forged(0, "b" * 64),
    _forged(10**6, "b" * 64),
    _forged(1, "B" * 64),
    _forged(1, "b" * 63),
    _forged(1, "b" * 64),  # the revision sent, with other content
    _forged(True, "b" * 64),
    _forged(2**31 - 1, "b" * 64, status=409),
    _forged(1, "not a hash", status=409),
])
def test_a_forged_answer_never_blocks_a_day(
    desk: Desk, scripted: list[ScriptedHq], forged: Reply, caplog: pytest.LogCaptureFixture
) -> None:
    """A 200 (or 409) whose revision is out of range or whose hash is malformed or not the
    one sent is a failed try with a logged reason, and nothing of it is kept: the next,
    good answer confirms the day at the revision sent."""
    waiting_days(desk, 1)
    server = connect(desk, scripted, [forged])
    sleeps = Sleeps()
    first = service(desk, sleeps).sync_once()
    assert first.confirmed == 0 and first.waiting == 1
    assert first.last_error is not None and "does not understand" in first.last_error
    assert "does not understand" in caplog.text
    [waiting] = desk.outbox.waiting_packets()
    assert (waiting.revision, waiting.confirmed_revision) == (1, None)
    second = service(desk, sleeps).sync_once()
    assert second.to_json() == {"sent": 1, "confirmed": 1, "waiting": 0, "last_error": None}
    assert [body["revision"] for _, _, body in server.requests] == [1, 1]


def test_an_older_desk_follows_a_newer_revision_within_reach(
    desk: Desk, scripted: list[ScriptedHq]
) -> None:
    """HQ holding a higher revision with other content (a desk restored from an old backup)
    is still believed: the day goes out again above it and is confirmed."""
    waiting_days(desk, 1)
    server = connect(desk, scripted, [_forged(7, "c" * 64)])
    report = service(desk, Sleeps()).sync()
    assert report.confirmed == 1
    assert [body["revision"] for _, _, body in server.requests] == [1, 8]
