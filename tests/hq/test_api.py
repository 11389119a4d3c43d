"""Headquarters' API on a real server: strict validation, tokens, keeping the highest revision."""

import csv
import io
import itertools
import json
import random
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from kiosk.core.counts import count_parties
from kiosk.core.demo import demo_party
from kiosk.core.packet import build_packet, canonical_json, content_hash
from kiosk.core.registration import Party
from tests.hq.pinned_time import HQ_TODAY
from tests.hq_harness import RunningHq, snapshot

TODAY = HQ_TODAY  # the servers' clock is pinned (conftest.py)
_sites = itertools.count(1)


def packet_for(
    site_id: str, day: date, people: int = 40, revision: int = 1, seed: int = 1
) -> dict[str, Any]:
    rng = random.Random(seed)
    parties: list[Party] = []
    while sum(p.size for p in parties) < people:
        parties.append(demo_party(rng))
    return build_packet(site_id, count_parties(day, parties), k=5, revision=revision)


def put(
    hq: RunningHq,
    token: str | None,
    packet: dict[str, Any],
    *,
    key: str | None = None,
    site: str | None = None,
    day: str | None = None,
    body: bytes | None = None,
    content_type: str = "application/json",
) -> httpx.Response:
    headers = {"Content-Type": content_type}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    headers["Idempotency-Key"] = key or f"k-{content_hash(packet)[:20]}-r{packet['revision']}"
    path = f"/api/v1/sites/{site or packet['site_id']}/days/{day or packet['date']}"
    return httpx.put(
        hq.url + path,
        content=canonical_json(packet) if body is None else body,
        headers=headers,
        timeout=10,
    )


@pytest.fixture
def site(hq: RunningHq) -> tuple[str, str]:
    """A new site and its token."""
    site_id = f"api-site-{next(_sites)}"
    return site_id, hq.add_site(site_id)


def test_a_packet_is_stored_and_read_back(hq: RunningHq, site: tuple[str, str]) -> None:
    """PUT stores the packet; GET returns it with totals under the kiosk's names."""
    site_id, token = site
    packet = packet_for(site_id, TODAY - timedelta(days=1))
    answer = put(hq, token, packet)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "site_id": site_id,
        "date": packet["date"],
        "revision": 1,
        "content_hash": content_hash(packet),
        "outcome": "stored",
    }
    rows = hq.days(hq.add_reader(), packet["date"], packet["date"], site_id)
    assert len(rows) == 1
    row = rows[0]
    assert (row["site_id"], row["date"], row["revision"]) == (site_id, packet["date"], 1)
    assert {name: row[name] for name in packet["totals"]} == packet["totals"]
    assert row["breakdowns"] == packet["breakdowns"]


def test_the_highest_revision_is_kept(hq: RunningHq, site: tuple[str, str]) -> None:
    """Revision 2 replaces 1; a late revision 1 changes nothing and hears that 2 is held;
    the same revision with other content is a conflict (409) saying what is held."""
    site_id, token = site
    day = TODAY - timedelta(days=2)
    first, second = packet_for(site_id, day, 30), packet_for(site_id, day, 60, revision=2)
    assert put(hq, token, first).json()["outcome"] == "stored"
    assert put(hq, token, second).json()["outcome"] == "stored"
    late = put(hq, token, first, key="late-first-again")
    assert late.status_code == 200
    assert (late.json()["revision"], late.json()["outcome"]) == (2, "newer-kept")
    clash = put(hq, token, packet_for(site_id, day, 90, revision=2))
    assert clash.status_code == 409
    assert clash.json()["revision"] == 2
    assert clash.json()["content_hash"] == content_hash(second)
    rows = hq.days(hq.add_reader(), day.isoformat(), day.isoformat(), site_id)
    assert [(r["revision"], r["people"]) for r in rows] == [(2, second["totals"]["people"])]


def test_unknown_and_revoked_tokens_get_401(hq: RunningHq, site: tuple[str, str]) -> None:
    """No token, a wrong token, a reader's token or a revoked site token: 401."""
    site_id, token = site
    packet = packet_for(site_id, TODAY)
    assert put(hq, None, packet).status_code == 401
    assert put(hq, "x" * 43, packet).status_code == 401
    assert put(hq, hq.add_reader(), packet).status_code == 401
    store = hq.store()
    try:
        store.revoke_site(site_id)
    finally:
        store.close()
    refused = put(hq, token, packet)
    assert refused.status_code == 401
    assert refused.headers["WWW-Authenticate"] == "Bearer"
    assert refused.json()["detail"].startswith("token:")


def test_a_token_sends_only_for_its_own_site(hq: RunningHq, site: tuple[str, str]) -> None:
    """Another site's address with this token: 403; another site in the packet: 422."""
    site_id, token = site
    other = f"api-other-{next(_sites)}"
    hq.add_site(other)
    assert put(hq, token, packet_for(other, TODAY)).status_code == 403
    mismatch = put(hq, token, packet_for(other, TODAY), site=site_id)
    assert mismatch.status_code == 422
    assert mismatch.json()["detail"].startswith("site_id:")


def _bad_requests(site_id: str) -> list[tuple[str, dict[str, Any], int, str]]:
    good = packet_for(site_id, TODAY - timedelta(days=3))
    small = json.loads(json.dumps(good))
    small["breakdowns"]["by_flag"]["cells"]["pregnant"] = 2
    extra = {**good, "numbers_of_the_day": [1, 2, 3]}
    future = packet_for(site_id, TODAY + timedelta(days=5))
    ancient = packet_for(site_id, date(1999, 1, 1))
    return [
        ("small cell", {"packet": small}, 422, "breakdowns.by_flag.cells.pregnant"),
        ("extra field", {"packet": extra}, 422, "packet"),
        ("future", {"packet": future}, 422, "date"),
        ("ancient", {"packet": ancient}, 422, "date"),
        ("other day", {"packet": good, "day": "2026-01-02"}, 422, "date"),
        ("not a date", {"packet": good, "day": "2026-02-30"}, 422, "date"),
        ("not json", {"packet": good, "body": b"{nope"}, 400, "body"),
        ("NaN", {"packet": good, "body": b'{"k": NaN}'}, 400, "body"),
        ("duplicate keys", {"packet": good, "body": b'{"k": 1, "k": 2}'}, 400, "body"),
        ("array", {"packet": good, "body": b"[]"}, 422, "packet"),
        ("form", {"packet": good, "content_type": "text/plain"}, 415, "body"),
        ("huge", {"packet": good, "body": b" " * 300_000}, 413, "body"),
        ("bad key", {"packet": good, "key": "bad key!"}, 422, "header.Idempotency-Key"),
    ]


@pytest.mark.parametrize("case", range(13))
def test_malformed_input_gets_a_4xx_with_a_message(
    hq: RunningHq, site: tuple[str, str], case: int
) -> None:
    """Each kind of bad request gets its 4xx and a one-line message naming the field."""
    site_id, token = site
    name, request, status, field = _bad_requests(site_id)[case]
    packet = request.pop("packet")
    answer = put(hq, token, packet, **request)
    assert answer.status_code == status, (name, answer.text)
    detail = answer.json()["detail"]
    assert detail.startswith(field + ":"), (name, detail)
    assert "\n" not in detail


def test_an_idempotency_key_never_changes_its_meaning(hq: RunningHq, site: tuple[str, str]) -> None:
    """The same key with the same body: the same answer, nothing written; with another body:
    422."""
    site_id, token = site
    packet = packet_for(site_id, TODAY - timedelta(days=4))
    first = put(hq, token, packet, key="fixed-key-1")
    before = snapshot(hq.db_url)
    again = put(hq, token, packet, key="fixed-key-1")
    assert again.status_code == 200 and again.json()["revision"] == first.json()["revision"]
    assert again.json()["outcome"] == "unchanged"
    assert snapshot(hq.db_url) == before
    other = put(hq, token, packet_for(site_id, TODAY - timedelta(days=4), 80, 2), key="fixed-key-1")
    assert other.status_code == 422
    assert other.json()["detail"].startswith("Idempotency-Key:")


def test_readers_need_their_token(hq: RunningHq, site: tuple[str, str]) -> None:
    """GET /api/v1/days refuses site tokens and strangers, and bad periods."""
    _, token = site
    url = f"{hq.url}/api/v1/days"
    period = {"from": "2026-01-01", "to": "2026-01-31"}
    assert httpx.get(url, params=period, timeout=10).status_code == 401
    assert httpx.get(url, params=period, headers={"Authorization": f"Bearer {token}"},
                     timeout=10).status_code == 401
    reader = {"Authorization": f"Bearer {hq.add_reader()}"}
    backwards = httpx.get(url, params={"from": "2026-02-01", "to": "2026-01-01"}, headers=reader,
                          timeout=10)
    assert backwards.status_code == 422
    too_long = httpx.get(url, params={"from": "2020-01-01", "to": "2026-01-01"}, headers=reader,
                         timeout=10)
    assert too_long.status_code == 422


def test_csv_holds_the_same_as_json(hq: RunningHq, site: tuple[str, str]) -> None:
    """days.csv has one row per site and day, totals by name, `x` for suppressed cells."""
    site_id, token = site
    day = TODAY - timedelta(days=6)
    packet = packet_for(site_id, day, 25)
    assert put(hq, token, packet).status_code == 200
    reader = {"Authorization": f"Bearer {hq.add_reader()}"}
    params = {"from": day.isoformat(), "to": day.isoformat(), "site": site_id}
    response = httpx.get(f"{hq.url}/api/v1/days.csv", params=params, headers=reader, timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1
    row = rows[0]
    assert int(row["people"]) == packet["totals"]["people"]
    assert row["revision"] == "1" and row["site_id"] == site_id
    sex_age = packet["breakdowns"]["by_sex_age_band"]
    for code in sex_age["suppressed"]:
        assert row[f"by_sex_age_band.{code}"] == "x"
    for code, n in sex_age["cells"].items():
        assert row[f"by_sex_age_band.{code}"] == str(n)


def test_openapi_describes_the_routes_the_server_has(hq: RunningHq) -> None:
    """The OpenAPI description lists exactly the served operations, with the packet schema
    as the PUT body and bearer security."""
    spec = httpx.get(f"{hq.url}/api/v1/openapi.json", timeout=10).json()
    operations = {(path, method) for path, item in spec["paths"].items() for method in item}
    assert operations == {
        ("/api/v1/health", "get"),
        ("/api/v1/sites/{site_id}/days/{date}", "put"),
        ("/api/v1/days", "get"),
        ("/api/v1/days.csv", "get"),
    }
    put_op = spec["paths"]["/api/v1/sites/{site_id}/days/{date}"]["put"]
    body = put_op["requestBody"]["content"]["application/json"]["schema"]
    assert body["additionalProperties"] is False
    assert set(body["required"]) >= {"site_id", "date", "revision", "totals", "breakdowns"}
    assert {"401", "403", "409", "422"} <= set(put_op["responses"])
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


def test_a_malformed_address_is_refused_before_the_token_is_asked(hq: RunningHq) -> None:
    """The address, key and query are checked before the token: without a token, a bad
    Idempotency-Key or period is a 422 naming it, a well-formed request a 401."""
    packet = packet_for("api-nobody", TODAY)
    bad_key = put(hq, None, packet, key="bad key!")
    assert bad_key.status_code == 422
    assert bad_key.json()["detail"].startswith("header.Idempotency-Key:")
    assert put(hq, None, packet).status_code == 401
    url = f"{hq.url}/api/v1/days"
    bad_period = httpx.get(url, params={"from": "soon", "to": "2026-01-01"}, timeout=10)
    assert bad_period.status_code == 422
    assert bad_period.json()["detail"].startswith("query.from:")
    assert httpx.get(url, params={"from": "2026-01-01", "to": "2026-01-01"},
                     timeout=10).status_code == 401


def test_headquarters_takes_the_days_the_desk_takes(hq: RunningHq, site: tuple[str, str]) -> None:
    """The desk's registration window (kiosk.core.registration_window) is the one HQ checks:
    the first day of the grace before the site was added is taken, the day before is not."""
    from kiosk.core.registration_window import GRACE_BEFORE_SET_UP

    site_id, token = site
    if not hq.db_url.startswith("sqlite:///"):
        pytest.skip("reads the site's added day with sqlite3")
    with closing(sqlite3.connect(hq.db_url.removeprefix("sqlite:///"))) as db:
        (added,) = db.execute("SELECT added_on FROM sites WHERE site_id = ?", (site_id,)).fetchone()
    first = date.fromisoformat(added) - GRACE_BEFORE_SET_UP
    assert put(hq, token, packet_for(site_id, first)).status_code == 200
    refused = put(hq, token, packet_for(site_id, first - timedelta(days=1)))
    assert refused.status_code == 422
    assert refused.json()["detail"].startswith("date: must be between")
