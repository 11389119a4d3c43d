"""Registration latency through desk.registrations.register, next to a raw SQLCipher insert of
the same rows with the same key, and a plain (unencrypted) sqlite3 insert.

    .venv/bin/python bench/register_latency.py [--count 300] [--dir DIR]

All three write the same party, people, flag and referral rows into the same schema with the
same durable pragmas (kiosk.store.database.PRAGMAS: WAL, synchronous=FULL, ...), one
transaction and one fsync per registration, in turn so all see the same disk. Prints JSON.
Target: Desk.registrations.register's median is at most twice the raw SQLCipher insert's
(`ratio_median`); `ratio_median_vs_plain_sqlite3` is what encryption and the desk cost together
against plain sqlite3.
"""

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from kiosk.core.demo import demo_party
from kiosk.core.registration import Party
from kiosk.core.site import make_site
from kiosk.core.site_day import local_day, zone
from kiosk.store.database import PRAGMAS
from kiosk.store.database_key import KEY_FILE_ENV, connect, existing_key, is_plain
from kiosk.store.desk import Desk

TARGET_RATIO = 2.0
TZ = zone("Europe/Brussels")


class RawInsert:
    """The same rows Desk.registrations.register writes, with the driver alone: SQLCipher with
    the desk's key (`encrypted`), or the standard library's sqlite3 on a plain file."""

    def __init__(self, path: Path, *, encrypted: bool) -> None:
        Desk.open(path).close()  # the schema, made by the kiosk's own migrations (encrypted)
        self.connection: Any
        if encrypted:
            self.connection = connect(path, existing_key())
        else:
            _decrypt(path)
            self.connection = sqlite3.connect(path, isolation_level=None)
            assert is_plain(path)
        for pragma in PRAGMAS:
            self.connection.execute(pragma)

    def register(self, party: Party, at: datetime) -> tuple[int, date]:
        day = local_day(at, TZ)
        db = self.connection
        db.execute("BEGIN IMMEDIATE")
        (number,) = db.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM parties WHERE day = ?", (day.isoformat(),)
        ).fetchone()
        party_id = db.execute(
            "INSERT INTO parties (day, number, registered_at, language, nationality, size,"
            " children) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                day.isoformat(),
                number,
                str(at.astimezone(UTC).replace(tzinfo=None)),
                party.language,
                party.nationality,
                party.size,
                party.children,
            ),
        ).fetchone()[0]
        db.executemany(
            "INSERT INTO people (party_id, sex, age_band) VALUES (?, ?, ?)",
            [(party_id, p.sex.value, p.age_band.value) for p in party.people],
        )
        db.executemany(
            "INSERT INTO party_flags (party_id, flag) VALUES (?, ?)",
            [(party_id, f.value) for f in sorted(party.flags)],
        )
        db.executemany(
            "INSERT INTO party_referrals (party_id, referral) VALUES (?, ?)",
            [(party_id, r.value) for r in sorted(party.referrals)],
        )
        db.execute("COMMIT")
        return number, day

    def close(self) -> None:
        self.connection.close()


def _decrypt(path: Path) -> None:
    """The encrypted schema exported into a plain file in its place."""
    plain = path.with_name(path.name + ".plain")
    connection = connect(path, existing_key())
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    plain.replace(path)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def summary(milliseconds: list[float]) -> dict[str, float]:
    ordered = sorted(milliseconds)
    return {
        "median_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 3),
        "max_ms": round(ordered[-1], 3),
    }


def run(count: int, directory: Path) -> dict[str, object]:
    if not os.environ.get(KEY_FILE_ENV) and not os.environ.get("CREDENTIALS_DIRECTORY"):
        os.environ[KEY_FILE_ENV] = str(directory / "bench.key")  # not the user's own key
    desk = Desk.open(directory / "desk.sqlite3")
    desk.settings.set_up(make_site("bench-latency", "Bench"))
    cipher = RawInsert(directory / "sqlcipher.sqlite3", encrypted=True)
    plain = RawInsert(directory / "plain.sqlite3", encrypted=False)
    rng = random.Random(1)
    parties = [demo_party(rng) for _ in range(count + 20)]
    desk_ms: list[float] = []
    cipher_ms: list[float] = []
    plain_ms: list[float] = []
    try:
        for index, party in enumerate(parties):
            at = datetime.now(UTC)
            three = (
                timed(partial(desk.registrations.register, party, at)),
                timed(partial(cipher.register, party, at)),
                timed(partial(plain.register, party, at)),
            )
            if index >= 20:  # the first ones warm caches and statement compilation
                desk_ms.append(three[0])
                cipher_ms.append(three[1])
                plain_ms.append(three[2])
    finally:
        desk.close()
        cipher.close()
        plain.close()
    through_desk, through_cipher = summary(desk_ms), summary(cipher_ms)
    through_sqlite = summary(plain_ms)
    ratio = through_desk["median_ms"] / through_cipher["median_ms"]
    return {
        "benchmark": "register_latency",
        "registrations": count,
        "people": sum(p.size for p in parties[20:]),
        "desk_register": through_desk,
        "raw_sqlcipher": through_cipher,
        "plain_sqlite3": through_sqlite,
        "ratio_median": round(ratio, 2),
        "ratio_p95": round(through_desk["p95_ms"] / through_cipher["p95_ms"], 2),
        "ratio_median_vs_plain_sqlite3": round(
            through_desk["median_ms"] / through_sqlite["median_ms"], 2
        ),
        "ratio_median_sqlcipher_vs_plain_sqlite3": round(
            through_cipher["median_ms"] / through_sqlite["median_ms"], 2
        ),
        "target_ratio": TARGET_RATIO,
        "within_target": ratio <= TARGET_RATIO,
        "pragmas": list(PRAGMAS),
        "directory": str(directory),
        "sqlite": sqlite3.sqlite_version,
        "sqlcipher": str(cipher_version()),
        "python": platform.python_version(),
    }


def cipher_version() -> object:
    connection = connect(":memory:", None)
    try:
        return connection.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=300, help="registrations (default 300)")
    parser.add_argument(
        "--dir",
        type=Path,
        help="where to write (default: a temporary directory;"
        " choose the kiosk's own disk, fsync time is most of the cost)",
    )
    args = parser.parse_args()
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        result = run(args.count, Path(tempfile.mkdtemp(dir=args.dir)))
    else:
        with tempfile.TemporaryDirectory() as directory:
            result = run(args.count, Path(directory))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
