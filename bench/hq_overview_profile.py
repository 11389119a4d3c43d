"""Where the year overview's time goes, in one process (no HTTP server, no second process):
the data of bench/hq_dashboard.py, then GET /overview of the year (all sites) through the
app in-process, timed per request (wall and CPU of this process), split into the reading
(`HqStore.overview`: the sums, the sites' names, the packets waiting) and the rest, with a
SHA-256 of the page (its CSRF token blanked) so that a change can be checked to leave the
HTML byte-identical. The collector's start-up objects are frozen as `kiosk-hq serve` does.

    .venv/bin/python bench/hq_overview_profile.py [--postgres URL] [--sites 1000]
        [--days 365] [--repeat 20] [--schema NAME] [--cprofile N]

PostgreSQL only (URL from --postgres, $KIOSK_BENCH_POSTGRES_URL or $KIOSK_TEST_POSTGRES_URL).
Without --schema the data goes into a schema of its own, dropped afterwards. With --schema
NAME the schema is kept: filled if it does not exist yet, reused (and migrated to this
tree's head) if it does, so that repeated runs skip the five-minute fill at 1,000 sites;
drop it yourself (`DROP SCHEMA NAME CASCADE`) when done. --cprofile N prints the N most
expensive functions (cumulative) of the requests. Prints JSON.
"""

import argparse
import cProfile
import gc
import hashlib
import io
import json
import os
import pstats
import re
import secrets
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, make_url, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient

from bench.hq_dashboard import CSRF, NOW, PASSWORD, TODAY, fill, templates, upgrade
from kiosk.core.clock import ENVIRONMENT_VARIABLE
from kiosk.hq.api import create_app
from kiosk.hq.database import normalised_url
from kiosk.hq.settings import HqSettings
from kiosk.hq.store import HqStore

SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


@contextmanager
def schema(base: str, name: str | None) -> Iterator[tuple[str, bool]]:
    """The URL of a schema and whether it is new; a schema without a name is dropped after."""
    engine = create_engine(normalised_url(base))
    chosen = name or f"hq_profile_{secrets.token_hex(6)}"
    with engine.begin() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :name"),
            {"name": chosen},
        ).first()
        if exists is None:
            connection.execute(text(f'CREATE SCHEMA "{chosen}"'))
    url = make_url(normalised_url(base)).update_query_dict({"options": f"-csearch_path={chosen}"})
    try:
        yield url.render_as_string(hide_password=False), exists is None
    finally:
        if name is None:
            with engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{chosen}" CASCADE'))
        engine.dispose()


def signed_in(client: TestClient) -> None:
    token = CSRF.search(client.get("/sign-in").text)
    assert token is not None
    answer = client.post(
        "/sign-in",
        data={"name": "bench", "password": PASSWORD, "csrf": token.group(1)},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text[:200]


def profile(db_url: str, repeat: int, top: int) -> dict[str, Any]:
    store = HqStore.open(db_url, clock=lambda: NOW)
    first, last = TODAY - timedelta(days=365), TODAY - timedelta(days=1)
    path = f"/overview?from={first.isoformat()}&to={last.isoformat()}"
    walls: list[float] = []
    cpus: list[float] = []
    sums: list[float] = []
    timed_sums = store.overview

    def overview(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return timed_sums(*args, **kwargs)
        finally:
            sums.append((time.perf_counter() - started) * 1000)

    store.overview = overview  # type: ignore[method-assign]
    profiler = cProfile.Profile() if top else None
    try:
        with TestClient(create_app(store, HqSettings(db_url=db_url))) as client:
            gc.freeze()  # as `kiosk-hq serve` does once started (kiosk/hq/cli.py)
            signed_in(client)
            page = client.get(path)  # warm: templates compiled, connections open
            assert page.status_code == 200, page.status_code
            html = CSRF.sub('name="csrf" value=""', page.text)
            sums.clear()
            for _ in range(repeat):
                started, cpu = time.perf_counter(), time.process_time()
                if profiler is not None:
                    profiler.enable()
                answer = client.get(path)
                if profiler is not None:
                    profiler.disable()
                walls.append((time.perf_counter() - started) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
                assert answer.status_code == 200
    finally:
        store.close()
    found: dict[str, Any] = {
        "requests": repeat,
        "wall_ms_median": round(statistics.median(walls), 1),
        "wall_ms_p95": round(sorted(walls)[min(repeat - 1, int(0.95 * repeat))], 1),
        "wall_ms_each": [round(wall) for wall in walls],
        "cpu_ms_median": round(statistics.median(cpus), 1),
        "store_ms_median": round(statistics.median(sums), 1),
        "store_ms_each": [round(each) for each in sums],
        "page_bytes": len(html.encode()),
        "page_sha256": hashlib.sha256(html.encode()).hexdigest(),
    }
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
        found["cprofile"] = out.getvalue().splitlines()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--postgres", metavar="URL")
    parser.add_argument("--sites", type=int, default=1000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--schema", help="keep the data in this schema (reused if it exists)")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    base = (
        args.postgres
        or os.environ.get("KIOSK_BENCH_POSTGRES_URL")
        or os.environ.get("KIOSK_TEST_POSTGRES_URL")
    )
    if not base:
        print("hq_overview_profile: no PostgreSQL URL (--postgres)", file=sys.stderr)
        return 2
    if args.schema is not None and not SCHEMA_NAME.match(args.schema):
        print("hq_overview_profile: --schema: lower-case letters, digits, _", file=sys.stderr)
        return 2
    os.environ[ENVIRONMENT_VARIABLE] = NOW.isoformat()
    result: dict[str, Any] = {"benchmark": "hq_overview_profile", "sites": args.sites}
    with schema(base, args.schema) as (db_url, new):
        if new:
            result["fill_seconds"] = fill(db_url, args.sites, args.days, templates())["seconds"]
        result["migrate_seconds"] = upgrade(db_url)
        result["overview_year_all_sites"] = profile(db_url, args.repeat, args.cprofile)
    print(json.dumps(result, indent=2), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
