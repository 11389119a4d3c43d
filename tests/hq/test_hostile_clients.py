"""Headquarters against hostile clients, on a real server: revoked readers, wrong tokens by
the hundred, stalled bodies, racing retries, and two desks sharing one token."""

import io
import socket
import subprocess
import threading
import time
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from kiosk.core.packet import canonical_json
from kiosk.hq import cli
from kiosk.hq.store import HqStore
from kiosk.hq.throttle import WrongTokens, address_hash
from tests.fake_clock import FakeClock
from tests.hq.pinned_time import HQ_TODAY, clock_for_new_processes
from tests.hq.test_api import packet_for, put
from tests.hq_harness import BACKENDS, RunningHq, running_hq

DESK_A = "desk-a-0123456789abcdef"
DESK_B = "desk-b-0123456789abcdef"


@pytest.fixture
def site(hq: RunningHq, request: pytest.FixtureRequest) -> tuple[str, str]:
    """A new site of this test and its token."""
    site_id = f"hostile-{abs(hash(request.node.name)) % 10**8}"
    return site_id, hq.add_site(site_id)


def hq_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`kiosk-hq` as an operator runs it (in this process: a new one takes seconds to
    start on a loaded machine), on the servers' pinned day."""
    out, err = io.StringIO(), io.StringIO()
    with clock_for_new_processes(), redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(args))
    return subprocess.CompletedProcess(["kiosk-hq", *args], code, out.getvalue(), err.getvalue())


def days(hq: RunningHq, token: str, **headers: str) -> httpx.Response:
    day = HQ_TODAY.isoformat()
    return httpx.get(
        f"{hq.url}/api/v1/days",
        params={"from": day, "to": day},
        headers={"Authorization": f"Bearer {token}", **headers},
        timeout=10,
    )


def test_a_revoked_reader_is_refused_at_once_listed_and_logged(hq: RunningHq) -> None:
    """`kiosk-hq revoke-reader`: the reader's very next request is a 401; `readers` lists
    them as revoked; `admin-log` has the revocation; a second reader is unaffected."""
    reader, other = hq.add_reader("Revoked soon"), hq.add_reader("Stays")
    assert days(hq, reader).status_code == 200
    store = hq.store()
    try:
        reader_id = next(r[0] for r in store.readers() if r[1] == "Revoked soon")
    finally:
        store.close()
    done = hq_cli("revoke-reader", str(reader_id), "--db", hq.db_url)
    assert done.returncode == 0, done.stderr
    refused = days(hq, reader)
    assert refused.status_code == 401
    assert refused.json()["detail"] == "token: unknown or revoked reader token"
    assert days(hq, other).status_code == 200
    listed = hq_cli("readers", "--db", hq.db_url).stdout.splitlines()
    mine = next(line for line in listed if line.startswith(f"{reader_id}\t"))
    assert f"revoked on {HQ_TODAY.isoformat()}" in mine
    log = hq_cli("admin-log", "--db", hq.db_url).stdout
    assert f"reader-revoked\t{reader_id} Revoked soon" in log
    unknown = hq_cli("revoke-reader", "Nobody by this name", "--db", hq.db_url)
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "kiosk-hq: reader: no active reader 'Nobody by this name'"


@pytest.fixture(params=BACKENDS)
def strict_hq(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """A headquarters of its own throttling after 20 wrong tokens in 5 minutes (a window
    no run of the test straddles on a loaded machine) and a 1-second limit for bodies."""
    with clock_for_new_processes(), running_hq(
        request.param, tmp_path, "--wrong-tokens", "20/300", "--body-seconds", "1"
    ) as server:
        yield server


def test_wrong_tokens_from_one_address_get_429_and_others_still_get_in(
    strict_hq: RunningHq,
) -> None:
    """800 wrong tokens from one address (behind the trusted proxy): after the first 20,
    429 with Retry-After (the seconds left in the window); a right token from another
    address still works, for a reader and a desk; the attacker's right token waits too."""
    hq = strict_hq
    reader = hq.add_reader()
    site_token = hq.add_site("throttle-site")
    attacker = {"X-Forwarded-For": "203.0.113.66"}
    statuses: list[int] = []
    retry_after: set[str] = set()
    started = time.monotonic()
    with httpx.Client(base_url=hq.url, timeout=10) as client:
        day = HQ_TODAY.isoformat()
        for n in range(800):
            answer = client.get(
                "/api/v1/days",
                params={"from": day, "to": day},
                headers={"Authorization": f"Bearer spk_wrong-{n:04d}-{'x' * 30}", **attacker},
            )
            statuses.append(answer.status_code)
            if answer.status_code == 429:
                retry_after.add(answer.headers["Retry-After"])
                assert answer.json()["detail"].startswith("token: too many wrong tokens")
    elapsed = time.monotonic() - started
    assert statuses[:20] == [401] * 20
    assert statuses.count(429) == 780, statuses.count(429)
    assert all(1 <= int(value) <= 300 for value in retry_after)
    print(f"800 wrong tokens in {elapsed:.2f} s: {statuses.count(429)} answered 429")
    assert days(hq, reader, **{"X-Forwarded-For": "198.51.100.7"}).status_code == 200
    packet = packet_for("throttle-site", HQ_TODAY)
    desk = httpx.put(
        f"{hq.url}/api/v1/sites/throttle-site/days/{packet['date']}",
        content=canonical_json(packet),
        headers={
            "Authorization": f"Bearer {site_token}",
            "Content-Type": "application/json",
            "Idempotency-Key": "throttle-key-1",
            "X-Forwarded-For": "198.51.100.8",
        },
        timeout=10,
    )
    assert desk.status_code == 200, desk.text
    assert days(hq, reader, **attacker).status_code == 429


def test_old_throttling_windows_are_deleted(tmp_path: Path) -> None:
    """An address starting a new window deletes every older window's rows: the table
    holds the current window's addresses only."""
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 5, tzinfo=UTC))
    store = HqStore.open(f"sqlite:///{tmp_path / 'hq.sqlite3'}", clock)
    try:
        wrong = WrongTokens(store, limit=3, window_seconds=60)
        for _ in range(3):
            wrong.count("192.0.2.1")
        throttled = wrong.check("192.0.2.1")
        assert throttled is not None and throttled.retry_after == 55
        assert wrong.check("192.0.2.2") is None
        clock.advance(minutes=2)
        assert wrong.check("192.0.2.1") is None
        wrong.count("192.0.2.2")
        with store.transaction() as session:
            rows = session.execute(text("SELECT address_hash FROM wrong_tokens")).all()
        assert [row[0] for row in rows] == [address_hash("192.0.2.2")]
    finally:
        store.close()


def _stalled(hq: RunningHq, token: str) -> tuple[bytes, float]:
    """Send a PUT's headers and half of nothing, then wait: what comes back, how soon."""
    host, port = hq.url.removeprefix("http://").split(":")
    head = (
        f"PUT /api/v1/sites/stall-site/days/{HQ_TODAY.isoformat()} HTTP/1.1\r\n"
        f"Host: {host}\r\nAuthorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\nIdempotency-Key: stall-key-1\r\n"
        "Content-Length: 5000\r\n\r\n{\"schema\": "
    )
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=8) as raw:
        raw.sendall(head.encode())
        received = b""
        while True:  # until the server closes (recv raises on the 8-second timeout)
            chunk = raw.recv(4096)
            if not chunk:
                break
            received += chunk
    return received, time.monotonic() - started


def test_a_stalled_body_is_answered_408_and_the_connection_closed(
    strict_hq: RunningHq,
) -> None:
    """Headers, a few bytes of body, then nothing: after the 1-second limit the server
    answers 408 with a one-line detail and closes the connection; with a wrong token it
    answers 401 at once and closes too."""
    token = strict_hq.add_site("stall-site")
    received, waited = _stalled(strict_hq, token)
    assert received.startswith(b"HTTP/1.1 408 "), received[:200]
    assert b'"detail":"body: not received within 1 s' in received
    assert b"connection: close" in received.lower()
    assert 0.9 <= waited < 4, waited
    received, waited = _stalled(strict_hq, "spk_" + "w" * 43)
    assert received.startswith(b"HTTP/1.1 401 "), received[:200]
    assert waited < 2, waited


def test_concurrent_retries_with_one_key_answer_as_the_first(
    hq: RunningHq, site: tuple[str, str]
) -> None:
    """Twelve PUTs of one packet with one Idempotency-Key at the same moment: every one
    gets 200 with the revision and hash held, one of them stored it; another body with
    that key at the same moment is 422, never a 503."""
    site_id, token = site
    packet = packet_for(site_id, HQ_TODAY - timedelta(days=6))
    other = packet_for(site_id, HQ_TODAY - timedelta(days=6), 70, revision=2)
    start = threading.Barrier(14)
    answers: list[tuple[bool, httpx.Response]] = []
    lock = threading.Lock()

    def send(body: dict[str, Any]) -> None:
        start.wait()
        answer = put(hq, token, body, key="race-key-0001")
        with lock:
            answers.append((body is packet, answer))

    threads = [threading.Thread(target=send, args=(packet,)) for _ in range(12)]
    threads += [threading.Thread(target=send, args=(other,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(answers) == 14
    codes = sorted(answer.status_code for _, answer in answers)
    assert all(code in (200, 422) for code in codes), [a.text for _, a in answers]
    # Whichever body came first holds the key: all its requests are 200, the others 422.
    winner = next(is_packet for is_packet, answer in answers if answer.status_code == 200)
    won = [answer for is_packet, answer in answers if is_packet == winner]
    lost = [answer for is_packet, answer in answers if is_packet != winner]
    assert all(answer.status_code == 200 for answer in won), codes
    assert all(answer.status_code == 422 for answer in lost), codes
    assert all(a.json()["detail"].startswith("Idempotency-Key:") for a in lost)
    assert len({(a.json()["revision"], a.json()["content_hash"]) for a in won}) == 1
    assert [a.json()["outcome"] for a in won].count("stored") == 1


def _put_as(hq: RunningHq, token: str, packet: dict[str, Any], installation: str | None,
            key: str) -> httpx.Response:
    headers = {
        "Authorization": f"Bearer {token}",
        "Content-Type": "application/json",
        "Idempotency-Key": key,
    }
    if installation is not None:
        headers["X-Kiosk-Installation"] = installation
    return httpx.put(
        f"{hq.url}/api/v1/sites/{packet['site_id']}/days/{packet['date']}",
        content=canonical_json(packet),
        headers=headers,
        timeout=10,
    )


def test_a_second_desk_on_one_token_is_refused_until_the_site_is_reissued(
    hq: RunningHq,
) -> None:
    """Desk A sends first and binds the token; desk B with the same token gets a 409 naming
    the problem (and so does a request naming no installation), and A's counts stay. After
    `kiosk-hq reissue-site` the old token is 401 and B, with the new token, is bound."""
    site_id = "shared-token-site"
    token = hq.add_site(site_id)
    reader = hq.add_reader()
    day = HQ_TODAY - timedelta(days=1)
    first = _put_as(hq, token, packet_for(site_id, day, 30), DESK_A, "shared-a-1")
    assert first.status_code == 200 and first.json()["outcome"] == "stored"
    second = _put_as(hq, token, packet_for(site_id, day, 60, revision=2), DESK_B, "shared-b-1")
    assert second.status_code == 409
    detail = second.json()["detail"]
    assert detail.startswith("X-Kiosk-Installation: this site's token is already used by")
    assert f"kiosk-hq reissue-site {site_id}" in detail and "\n" not in detail
    anonymous = _put_as(hq, token, packet_for(site_id, day, 60, revision=2), None, "shared-n-1")
    assert anonymous.status_code == 409
    held = hq.days(reader, day.isoformat(), day.isoformat(), site_id)
    people = packet_for(site_id, day, 30)["totals"]["people"]
    assert [(r["revision"], r["people"]) for r in held] == [(1, people)]
    assert _put_as(hq, token, packet_for(site_id, day, 30), DESK_A, "shared-a-1").status_code == 200

    reissued = hq_cli("reissue-site", site_id, "--db", hq.db_url)
    assert reissued.returncode == 0, reissued.stderr
    new_token = reissued.stdout.strip().splitlines()[-1]
    old = _put_as(hq, token, packet_for(site_id, day, 30), DESK_A, "shared-a-2")
    assert old.status_code == 401
    moved = _put_as(hq, new_token, packet_for(site_id, day, 60, revision=2), DESK_B, "shared-b-2")
    assert moved.status_code == 200, moved.text
    again_a = _put_as(hq, new_token, packet_for(site_id, day, 90, revision=3), DESK_A, "shared-a-3")
    assert again_a.status_code == 409
    assert "site-reissued\tshared-token-site" in hq_cli("admin-log", "--db", hq.db_url).stdout


def test_a_malformed_installation_id_is_a_422(hq: RunningHq, site: tuple[str, str]) -> None:
    """An installation id that is not 16 to 64 letters, digits or dashes: 422 naming it."""
    site_id, token = site
    answer = _put_as(hq, token, packet_for(site_id, HQ_TODAY), "short", "bad-installation")
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith("header.X-Kiosk-Installation:")
