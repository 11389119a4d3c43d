"""How fast headquarters takes in packets: 500 sites × 30 days = 15,000 PUTs, on SQLite and
on PostgreSQL.

    .venv/bin/python bench/hq_receive.py [--sites 500] [--days 30] [--clients 4]
                                         [--postgres-url URL] [--max-seconds 300]

Headquarters runs for real (`kiosk-hq serve`, a subprocess on 127.0.0.1). The sites and their
tokens are made first, and every packet is built before the clock starts (disclosure
control included). Then `--clients` threads, each with its own keep-alive connection,
PUT the packets with their idempotency keys; each request's latency is recorded. Reports
throughput (packets per second) and latency percentiles per backend, and checks that the
database holds exactly one row per (site, day) afterwards.

PostgreSQL runs when --postgres-url, $KIOSK_BENCH_POSTGRES_URL or $KIOSK_TEST_POSTGRES_URL
is given (in a schema of its own, dropped afterwards), and is skipped otherwise. Local only:
every request goes to 127.0.0.1, and a run stops after --max-seconds per backend. Prints JSON.
"""

import argparse
import dataclasses
import json
import os
import platform
import queue
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.core.counts import DailyCounts, count_parties
from kiosk.core.demo import demo_party
from kiosk.core.outgoing import OutgoingPacket
from kiosk.core.packet import build_packet, canonical_json, content_hash
from kiosk.core.registration import Party
from kiosk.hq.store import HqStore
from tests.hq_harness import hq_database, snapshot, start_hq, stop_hq


def day_pool(size: int, people: int) -> list[DailyCounts]:
    rng = random.Random(1)
    pool = []
    today = datetime.now(UTC).date()
    for _ in range(size):
        parties: list[Party] = []
        target = rng.randint(people // 2, people * 2)
        while sum(p.size for p in parties) < target:
            parties.append(demo_party(rng))
        pool.append(count_parties(today, parties))
    return pool


def prepare(db_url: str, sites: int, days: int) -> list[tuple[str, str, bytes, str]]:
    """(path, token, body, idempotency key) for every site and day; sites made in the db."""
    store = HqStore.open(db_url)
    try:
        tokens = [store.add_site(f"bench-{i:04d}", f"Bench site {i}") for i in range(sites)]
    finally:
        store.close()
    pool = day_pool(64, 100)
    today = datetime.now(UTC).date()
    requests = []
    for i, token in enumerate(tokens):
        site_id = f"bench-{i:04d}"
        for d in range(days):
            day = today - timedelta(days=d)
            counts = dataclasses.replace(pool[(i * 31 + d) % len(pool)], day=day)
            packet = build_packet(site_id, counts, k=5)
            digest = content_hash(packet)
            key = OutgoingPacket(day, 1, digest, packet).idempotency_key
            path = f"/api/v1/sites/{site_id}/days/{day.isoformat()}"
            requests.append((path, token, canonical_json(packet), key))
    random.Random(2).shuffle(requests)
    return requests


def send_all(
    url: str, requests: list[tuple[str, str, bytes, str]], clients: int, max_seconds: float
) -> dict[str, Any]:
    work: queue.SimpleQueue[tuple[str, str, bytes, str]] = queue.SimpleQueue()
    for request in requests:
        work.put(request)
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def client() -> None:
        mine: list[float] = []
        with httpx.Client(base_url=url, timeout=30) as http:
            while time.monotonic() < deadline:
                try:
                    path, token, body, key = work.get_nowait()
                except queue.Empty:
                    break
                headers = {
                    "Authorization": f"Bearer {token}",
                    "Idempotency-Key": key,
                    "Content-Type": "application/json",
                }
                start = time.perf_counter()
                response = http.put(path, content=body, headers=headers)
                mine.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    with lock:
                        failures.append(f"{response.status_code} {response.text[:100]}")
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    ordered = sorted(latencies)

    def percentile(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 2)

    return {
        "packets_sent": len(ordered),
        "packets_planned": len(requests),
        "failures": len(failures),
        "first_failures": failures[:3],
        "seconds": round(seconds, 1),
        "throughput_per_second": round(len(ordered) / seconds, 1) if seconds else None,
        "latency_ms": {
            "p50": percentile(0.50),
            "p95": percentile(0.95),
            "p99": percentile(0.99),
            "max": round(ordered[-1], 2),
            "mean": round(statistics.fmean(ordered), 2),
        }
        if ordered
        else None,
        "stopped_by_max_seconds": len(ordered) < len(requests),
    }


def run_backend(backend: str, args: argparse.Namespace, directory: Path) -> dict[str, Any]:
    with hq_database(backend, directory) as db_url:
        requests = prepare(db_url, args.sites, args.days)
        hq = start_hq(db_url)
        try:
            result = send_all(hq.url, requests, args.clients, args.max_seconds)
        finally:
            err = stop_hq(hq)
        rows = len(snapshot(db_url)["day_packets"])
        result["rows_stored"] = rows
        result["one_row_per_site_and_day"] = rows == result["packets_sent"] - result["failures"]
        result["server_errors_logged"] = "Traceback" in err
        return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=500)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--max-seconds", type=float, default=300.0, help="per backend")
    parser.add_argument("--postgres-url", help="PostgreSQL to use (a schema is made and dropped)")
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    pg_url = (
        args.postgres_url
        or os.environ.get("KIOSK_BENCH_POSTGRES_URL")
        or os.environ.get("KIOSK_TEST_POSTGRES_URL")
    )
    result: dict[str, Any] = {
        "benchmark": "hq_receive",
        "sites": args.sites,
        "days": args.days,
        "clients": args.clients,
    }
    with tempfile.TemporaryDirectory() as directory:
        result["sqlite"] = run_backend("sqlite", args, Path(directory))
        if args.sqlite_only or not pg_url:
            result["postgresql"] = {"skipped": "no PostgreSQL URL given"}
        else:
            os.environ["KIOSK_TEST_POSTGRES_URL"] = pg_url
            result["postgresql"] = run_backend("postgresql", args, Path(directory))
    result["python"] = platform.python_version()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
