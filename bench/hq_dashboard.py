"""Headquarters' dashboard at scale: a year of packets from many sites, two `kiosk-hq serve`
processes on one database, ingestion throughput and page times.

    .venv/bin/python bench/hq_dashboard.py [--postgres URL] [--sites 1000] [--days 365]
                                           [--sqlite-sites 50] [--repeat 10] [--clients 4]
                                           [--before TREE]

PostgreSQL (the issue's 1,000 sites x 365 days) runs when --postgres, $KIOSK_BENCH_POSTGRES_URL
or $KIOSK_TEST_POSTGRES_URL is given, in a schema of its own dropped afterwards; SQLite (a
file, --sqlite-sites sites, default 50) always runs for comparison. Smaller --sites/--days
make a quick run. Everything happens on 127.0.0.1 with headquarters' clock pinned to
2026-11-26 09:00 UTC (KIOSK_CLOCK), so the year is 2025-11-26 to 2026-11-25.

Filling (a documented shortcut, reported as `fill_seconds`; straight through the store's
tables, not over HTTP, which would take hours at 1,000 sites): the sites are added with
`HqStore.add_site`; 64 real packets are built from demo parties (`build_packet`, disclosure
control included), with the schema at hq0004. Every site's day gets one of them (site
number x 31 + days back, modulo 64) with its site and day: the database writes the rows
itself, INSERT ... SELECT from scratch tables of the templates, their published cells, the
sites' numbers and the days (dropped afterwards), into `day_packets` (day by day, the same
columns `HqStore.receive` writes; the content hash is the template's: nothing here reads
it) and `day_cells` (as `HqStore.receive` writes them). As in any bulk load, `day_cells`'
index (and on PostgreSQL its primary key and foreign key) is dropped before and made again
after the rows, then the tables are analysed (PostgreSQL: VACUUM ANALYZE, as autovacuum
would leave a running headquarters). The packets carry no `closed` mark, as from desks
older than hq0005_day_closed: the last day before today is not published yet, and the
pages find that day's cells through its (published) packets. The newer migrations then run
as on an upgraded headquarters (timed, with the VACUUM ANALYZE after them, as
`migrate_seconds`): hq0005 adds `all_sites_days` up from `day_cells`, hq0007 fills each
packet's figure columns and adds `site_months` up from them, hq0008 adds
`all_sites_months` up from `all_sites_days`, hq0009 `all_sites_day_figures` from the
packets' figure columns. Then two HQ processes start and are measured:

- ingestion: every site's packet for today, PUT through the real API by --clients threads
  spread over both processes: packets per second, latency p50/p95;
- pages (signed in, alternating between the processes, --repeat times each): the overview
  of the year (all sites), one site's year, and a month's overview (its breakdowns):
  median and p95 in ms. Target: p95 <= 150 ms for the year's overview.

--before TREE (a checkout of an older commit, e.g. `git archive COMMIT | tar -x -C TREE`):
the same data is first served and measured by that tree's `kiosk-hq serve` (which migrates
it to that tree's newest schema), then migrated and measured by this tree's: before and
after in one run, on one database. Its ingestion sends revision 1 of today's packets, the
after phase revision 2 (each replacing one: the path that subtracts the old revision).

Prints JSON. The machine's load matters: say how busy it was when quoting numbers.
"""

import argparse
import json
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    literal,
    select,
    text,
    true,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command

from bench.hq_receive import send_all
from kiosk.core.clock import ENVIRONMENT_VARIABLE
from kiosk.core.counts import count_parties
from kiosk.core.demo import demo_party
from kiosk.core.outgoing import OutgoingPacket
from kiosk.core.packet import SCHEMA_VERSION, TOTALS, build_packet, canonical_json, content_hash
from kiosk.core.registration import Party
from kiosk.hq.accounts import Accounts
from kiosk.hq.dashboard_keeping import cell_rows
from kiosk.hq.database import alembic_config, make_engine, migrate
from kiosk.hq.models import DayCellRow, DayPacketRow
from kiosk.hq.store import HqStore
from tests.hq_harness import RunningHq, hq_database, start_hq, stop_hq

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
PASSWORD = "a benchmark password"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
FILLED_AT = "hq0004"  # the schema the data is written at (bench/hq_dashboard.py --before)


def upgrade(db_url: str) -> float:
    """This tree's migrations on the filled database, then `analyse`; returns the seconds
    they took."""
    engine = make_engine(db_url)
    try:
        started = time.perf_counter()
        migrate(engine)
        analyse(engine)
        return round(time.perf_counter() - started, 1)
    finally:
        engine.dispose()


def templates(count: int = 64) -> list[dict[str, Any]]:
    rng = random.Random(14)
    found = []
    for _ in range(count):
        parties: list[Party] = []
        target = rng.randint(20, 120)
        while sum(p.size for p in parties) < target:
            parties.append(demo_party(rng))
        found.append(build_packet("template", count_parties(TODAY, parties), k=5))
    return found


def fill(db_url: str, sites: int, days: int, packets: list[dict[str, Any]]) -> dict[str, Any]:
    """Sites (with their tokens) and `days` days of packets before today for each, at
    schema hq0004 (`upgrade` brings it to the head), written by the database itself."""
    clock_at = [NOW - timedelta(days=days + 7)]
    store = HqStore.open(db_url, clock=lambda: clock_at[0])
    started = time.perf_counter()
    tokens = {f"bench-{i:04d}": "" for i in range(sites)}
    for site_id in tokens:
        tokens[site_id] = store.add_site(site_id, f"Bench {site_id}")
    clock_at[0] = NOW
    accounts = Accounts(store.engine, store.clock)
    one_time = accounts.add("bench", "viewer")
    account = next(a for a in accounts.all() if a.name == "bench")
    accounts.change_password(account.id, one_time, PASSWORD)
    with store.engine.begin() as connection:  # the packets go in at hq0004
        command.downgrade(alembic_config(connection), FILLED_AT)
    postgres = store.engine.dialect.name == "postgresql"
    scratch = MetaData()
    kinds = Table(
        "bench_templates",
        scratch,
        Column("template", Integer, primary_key=True),
        Column("content_hash", String(64)),
        Column("k", Integer),
        *(Column(name, Integer) for name in TOTALS),
        Column("breakdowns", Text),
    )
    kind_cells = Table(
        "bench_template_cells",
        scratch,
        Column("template", Integer),
        *(Column(name, String(64)) for name in ("breakdown", "code")),
        Column("value", Integer),
        Column("hidden", Boolean),
    )
    site_numbers = Table(
        "bench_sites",
        scratch,
        Column("n", Integer, primary_key=True),
        Column("site_id", String(32)),
    )
    day_numbers = Table(
        "bench_days", scratch, Column("back", Integer, primary_key=True), Column("day", Date)
    )
    with store.engine.begin() as connection:
        scratch.create_all(connection)
        connection.execute(
            insert(kinds),
            [
                {
                    "template": n,
                    "content_hash": content_hash(packet),
                    "k": packet["k"],
                    **{name: packet["totals"][name] for name in TOTALS},
                    "breakdowns": json.dumps(packet["breakdowns"], sort_keys=True),
                }
                for n, packet in enumerate(packets)
            ],
        )
        connection.execute(
            insert(kind_cells),
            [
                {"template": n, **{k: v for k, v in row.items() if k not in ("site_id", "day")}}
                for n, packet in enumerate(packets)
                for row in cell_rows("template", TODAY, packet["breakdowns"])
            ],
        )
        connection.execute(
            insert(site_numbers), [{"n": n, "site_id": site} for n, site in enumerate(tokens)]
        )
        connection.execute(
            insert(day_numbers),
            [{"back": back, "day": TODAY - timedelta(days=back)} for back in range(1, days + 1)],
        )
    # Every site's day gets template (site number * 31 + days back) % templates: the rows
    # of the site x day plan, made by INSERT ... SELECT in the database (day by day, as
    # they would arrive). day_cells' keys and index are made after its rows (PostgreSQL:
    # its foreign key too), the way a bulk load is done, then the tables are analysed.
    template = (site_numbers.c.n * 31 + day_numbers.c.back) % len(packets)
    plan = (
        select(site_numbers.c.site_id, day_numbers.c.day, template.label("template"))
        .select_from(site_numbers.join(day_numbers, true()))
        .subquery("plan")
    )
    with store.engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_day_cells_breakdown"))
        if postgres:
            connection.execute(text("SET LOCAL synchronous_commit = off"))
            for constraint in ("fk_day_cells_site_id_day_packets", "pk_day_cells"):
                connection.execute(text(f"ALTER TABLE day_cells DROP CONSTRAINT {constraint}"))
        connection.execute(
            insert(DayPacketRow).from_select(
                [
                    "site_id",
                    "day",
                    "revision",
                    "content_hash",
                    "schema_version",
                    "k",
                    *TOTALS,
                    "breakdowns",
                ],
                select(
                    plan.c.site_id,
                    plan.c.day,
                    literal(1),
                    kinds.c.content_hash,
                    literal(SCHEMA_VERSION),
                    kinds.c.k,
                    *(kinds.c[name] for name in TOTALS),
                    kinds.c.breakdowns,
                )
                .select_from(plan.join(kinds, kinds.c.template == plan.c.template))
                .order_by(plan.c.day, plan.c.site_id),
            )
        )
        connection.execute(
            insert(DayCellRow).from_select(
                ["site_id", "day", "breakdown", "code", "value", "hidden"],
                select(
                    plan.c.site_id,
                    plan.c.day,
                    kind_cells.c.breakdown,
                    kind_cells.c.code,
                    kind_cells.c.value,
                    kind_cells.c.hidden,
                ).select_from(plan.join(kind_cells, kind_cells.c.template == plan.c.template)),
            )
        )
        if postgres:
            connection.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
            connection.execute(
                text(
                    "ALTER TABLE day_cells ADD CONSTRAINT pk_day_cells "
                    "PRIMARY KEY (site_id, day, breakdown, code)"
                )
            )
            connection.execute(
                text(
                    "ALTER TABLE day_cells ADD CONSTRAINT fk_day_cells_site_id_day_packets "
                    "FOREIGN KEY (site_id, day) REFERENCES day_packets (site_id, day) "
                    "ON DELETE CASCADE"
                )
            )
        connection.execute(
            text(
                "CREATE INDEX ix_day_cells_breakdown "
                "ON day_cells (breakdown, code, day, site_id, value, hidden)"
            )
        )
        scratch.drop_all(connection)
    analyse(store.engine)
    rows = sites * days
    store.close()
    return {"tokens": tokens, "rows": rows, "seconds": round(time.perf_counter() - started, 1)}


def analyse(engine: Any) -> None:
    """Fresh planner statistics (PostgreSQL: VACUUM too, so index-only scans need no visit
    to the rows, as autovacuum would leave a running headquarters)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(
            text("VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE")
        )


def todays_packets(
    tokens: dict[str, str], packets: list[dict[str, Any]], revision: int = 1
) -> list[tuple[str, str, bytes, str]]:
    requests = []
    for index, (site_id, token) in enumerate(tokens.items()):
        packet = {**packets[(index + revision) % len(packets)], "site_id": site_id}
        packet["date"] = TODAY.isoformat()
        packet["revision"] = revision
        digest = content_hash(packet)
        key = OutgoingPacket(TODAY, revision, digest, packet).idempotency_key
        path = f"/api/v1/sites/{site_id}/days/{TODAY.isoformat()}"
        requests.append((path, token, canonical_json(packet), key))
    return requests


def ingest(urls: list[str], requests: list[tuple[str, str, bytes, str]], clients: int) -> Any:
    """The packets, half to each process, `clients` threads in all."""
    results: list[dict[str, Any]] = []
    lock = threading.Lock()

    def one(url: str, part: list[tuple[str, str, bytes, str]]) -> None:
        result = send_all(url, part, max(1, clients // len(urls)), 600)
        with lock:
            results.append(result)

    started = time.perf_counter()
    threads = [
        threading.Thread(target=one, args=(url, requests[i :: len(urls)]))
        for i, url in enumerate(urls)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    sent = sum(r["packets_sent"] for r in results)
    return {
        "packets": sent,
        "failures": sum(r["failures"] for r in results),
        "first_failures": [f for r in results for f in r["first_failures"]][:3],
        "packets_per_second": round(sent / seconds, 1),
        "latency_ms_p50_per_process": [r["latency_ms"]["p50"] for r in results if r["latency_ms"]],
        "latency_ms_p95_per_process": [r["latency_ms"]["p95"] for r in results if r["latency_ms"]],
    }


def signed_in(url: str) -> dict[str, str]:
    with httpx.Client(base_url=url, timeout=60) as browser:
        token = CSRF.search(browser.get("/sign-in").text)
        assert token is not None
        answer = browser.post(
            "/sign-in", data={"name": "bench", "password": PASSWORD, "csrf": token.group(1)}
        )
        assert answer.status_code == 303, answer.text[:200]
        return {"hq_session": answer.cookies["hq_session"]}


def time_pages(urls: list[str], repeat: int, site: str, timeout: float = 120) -> dict[str, Any]:
    """Each page `repeat` times after one warm-up; a page slower than `timeout` seconds is
    reported as such (and not asked again) instead of ending the run."""
    cookies = signed_in(urls[0])  # the session is in the database: both processes know it
    first, last = TODAY - timedelta(days=365), TODAY - timedelta(days=1)
    year = f"from={first.isoformat()}&to={last.isoformat()}"
    month_first = date(TODAY.year, TODAY.month, 1) - timedelta(days=1)
    month = f"from={month_first.replace(day=1).isoformat()}&to={month_first.isoformat()}"
    pages = {
        "overview_year_all_sites": f"/overview?{year}",
        "overview_year_one_site": f"/overview?{year}&site={site}",
        "overview_month_breakdowns": f"/overview?{month}",
    }
    clients = [httpx.Client(base_url=url, timeout=timeout, cookies=cookies) for url in urls]
    found: dict[str, Any] = {}
    try:
        for name, path in pages.items():
            times = []
            try:
                clients[0].get(path)  # warm: templates compiled, connections open
                for index in range(repeat):
                    client = clients[index % len(clients)]
                    started = time.perf_counter()
                    answer = client.get(path)
                    times.append((time.perf_counter() - started) * 1000)
                    assert answer.status_code == 200, (name, answer.status_code)
            except httpx.TimeoutException:
                found[name] = {"timed_out_after_s": timeout, "answered_first": len(times)}
                continue
            ordered = sorted(times)
            found[name] = {
                "median_ms": round(statistics.median(ordered), 1),
                "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
                "requests": repeat,
            }
    finally:
        for client in clients:
            client.close()
    found["year_overview_p95_target_ms"] = 150
    found["year_overview_meets_target"] = (
        found["overview_year_all_sites"].get("p95_ms", timeout * 1000) <= 150
    )
    return found


@contextmanager
def two_processes(db_url: str, tree: Path | None = None) -> Iterator[list[RunningHq]]:
    """Two `kiosk-hq serve`, of this tree or (`tree`) of an older checkout: started there,
    with it first on their path."""
    servers: list[RunningHq] = []
    here, path = os.getcwd(), os.environ.get("PYTHONPATH")
    try:
        if tree is not None:
            os.chdir(tree)
            os.environ["PYTHONPATH"] = str(tree)
        for _ in range(2):
            servers.append(start_hq(db_url, "--wrong-tokens", "100000/1"))
        os.chdir(here)
        yield servers
    finally:
        os.chdir(here)
        if path is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = path
        for server in servers:
            stop_hq(server)


def measure(
    db_url: str, tokens: dict[str, str], revision: int, args: argparse.Namespace, tree: Any
) -> dict[str, Any]:
    packets = templates()
    with two_processes(db_url, tree) as servers:
        urls = [server.url for server in servers]
        return {
            "ingestion": ingest(urls, todays_packets(tokens, packets, revision), args.clients),
            "pages": time_pages(urls, args.repeat, "bench-0001", args.page_timeout),
        }


def run_backend(backend: str, sites: int, args: argparse.Namespace, directory: Path) -> Any:
    packets = templates()
    with hq_database(backend, directory) as db_url:
        filled = fill(db_url, sites, args.days, packets)
        result: dict[str, Any] = {
            "sites": sites,
            "days": args.days,
            "rows": filled["rows"],
            "fill_seconds": filled["seconds"],
        }
        revision = 1
        if args.before is not None:
            result["before"] = measure(db_url, filled["tokens"], revision, args, args.before)
            revision += 1
        result["migrate_seconds"] = upgrade(db_url)
        result["after" if args.before is not None else "now"] = measure(
            db_url, filled["tokens"], revision, args, None
        )
        return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--postgres", metavar="URL", help="PostgreSQL (a schema is made and dropped)"
    )
    parser.add_argument("--sites", type=int, default=1000, help="PostgreSQL's sites (1000)")
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--sqlite-sites", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=10, help="requests per page")
    parser.add_argument("--clients", type=int, default=4, help="threads sending packets")
    parser.add_argument(
        "--page-timeout", type=float, default=120, help="seconds before a page counts as too slow"
    )
    parser.add_argument(
        "--before",
        type=Path,
        metavar="TREE",
        help="an older checkout to serve and measure first (before/after in one run)",
    )
    args = parser.parse_args()
    if args.before is not None and not (args.before / "kiosk" / "hq" / "cli.py").is_file():
        print(f"hq_dashboard: --before: no kiosk checkout at {args.before}", file=sys.stderr)
        return 2
    if not (1 <= args.sites <= 100_000 and 1 <= args.days <= 366 and args.repeat >= 1):
        print("hq_dashboard: --sites 1..100000, --days 1..366, --repeat >= 1", file=sys.stderr)
        return 2
    os.environ[ENVIRONMENT_VARIABLE] = NOW.isoformat()  # both processes' clock
    pg_url = (
        args.postgres
        or os.environ.get("KIOSK_BENCH_POSTGRES_URL")
        or os.environ.get("KIOSK_TEST_POSTGRES_URL")
    )
    result: dict[str, Any] = {"benchmark": "hq_dashboard", "python": platform.python_version()}
    with tempfile.TemporaryDirectory() as directory:
        if pg_url:
            os.environ["KIOSK_TEST_POSTGRES_URL"] = pg_url
            result["postgresql"] = run_backend("postgresql", args.sites, args, Path(directory))
            print(json.dumps({"postgresql": result["postgresql"]}), file=sys.stderr, flush=True)
        else:
            result["postgresql"] = {"skipped": "no PostgreSQL URL given (--postgres)"}
        result["sqlite"] = run_backend("sqlite", args.sqlite_sites, args, Path(directory))
        print(json.dumps(result, indent=2), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
