"""How fast a day's packet for headquarters is built: 400 people, target under 20 ms.

    .venv/bin/python bench/packet_speed.py [--people 400] [--runs 50]

Two timings:
- `build_from_counts`: kiosk.core only: disclosure control, the packet, its content hash,
  from a day's DailyCounts;
- `refresh_outbox_one_day`: what a sync does at the desk when that day changed: the day
  signatures (three grouped queries), the day's counts from SQLite, the packet, the hash,
  and the write of the new revision (a durable commit). Before each timed call one more
  party is registered on that day (not timed), so that the day really is rebuilt.

The database holds 30 days of about 400 people each. Prints JSON.
"""

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.core.counts import count_parties
from kiosk.core.demo import demo_days, demo_party
from kiosk.core.packet import build_packet, content_hash
from kiosk.core.registration import Party
from kiosk.core.site import make_site
from kiosk.core.site_day import zone
from kiosk.store.desk import Desk

TARGET_MS = 20.0
TZ = zone("Europe/Brussels")


def summary(milliseconds: list[float]) -> dict[str, Any]:
    ordered = sorted(milliseconds)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return {
        "runs": len(ordered),
        "median_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(p95, 3),
        "max_ms": round(ordered[-1], 3),
        "target_ms": TARGET_MS,
        "within_target": p95 < TARGET_MS,
    }


def bench_core(people: int, runs: int) -> dict[str, Any]:
    rng = random.Random(1)
    parties: list[Party] = []
    while sum(p.size for p in parties) < people:
        parties.append(demo_party(rng))
    counts = count_parties(datetime.now(UTC).date(), parties)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        content_hash(build_packet("bench-site", counts, k=5))
        timings.append((time.perf_counter() - start) * 1000)
    return {"people": counts.people, **summary(timings)}


def bench_desk(directory: Path, people: int, runs: int) -> dict[str, Any]:
    desk = Desk.open(directory / "kiosk.sqlite3")
    try:
        desk.settings.set_up(make_site("bench-site", "Bench"))
        today = desk.today()
        desk.registrations.register_many(demo_days(30, people, today, TZ, seed=2))
        desk.outbox.refresh()
        rng = random.Random(3)
        moment = datetime.combine(today, datetime.min.time(), tzinfo=TZ) + timedelta(hours=12)
        timings = []
        for i in range(runs):
            desk.registrations.register(demo_party(rng), at=moment + timedelta(seconds=i))
            start = time.perf_counter()
            bumped = desk.outbox.refresh()
            timings.append((time.perf_counter() - start) * 1000)
            assert bumped == 1
        people_today = desk.registrations.counts(today).people
    finally:
        desk.close()
    return {"people_that_day": people_today, "days_in_database": 30, **summary(timings)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=400)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        result = {
            "benchmark": "packet_speed",
            "build_from_counts": bench_core(args.people, args.runs * 10),
            "refresh_outbox_one_day": bench_desk(Path(directory), args.people, args.runs),
            "python": platform.python_version(),
        }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
