"""Only kiosk/core/clock.py reads the machine's clock: everything else is handed a clock."""

import ast
from pathlib import Path

import kiosk

CLOCK_MODULE = Path(kiosk.__file__).parent / "core" / "clock.py"

# (object, attribute) pairs whose call reads the wall clock or the machine's own time.
WALL_CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("time", "monotonic"),
    ("time", "perf_counter"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QDate", "currentDate"),
    ("QTime", "currentTime"),
}


def wall_clock_reads(
    source: str, reads: frozenset[tuple[str, str]] | set[tuple[str, str]] = WALL_CLOCK_READS
) -> list[tuple[int, str]]:
    """(line, name) of every read of `reads` in `source`: called, or passed on uncalled
    (as a default argument `now=datetime.now` would be)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and (node.value.id, node.attr) in reads
        ):
            found.append((node.lineno, f"{node.value.id}.{node.attr}"))
    return found


def test_nothing_outside_the_clock_reads_the_wall_clock() -> None:
    """Every module of the kiosk and of headquarters takes its time from an injected clock."""
    package = Path(kiosk.__file__).parent
    offenders = [
        f"{path.relative_to(package.parent)}:{line}: {name}"
        for path in sorted(package.rglob("*.py"))
        if path != CLOCK_MODULE
        for line, name in wall_clock_reads(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_check_sees_a_wall_clock_read() -> None:
    """The scan itself finds the usual ways of reading the clock (so a pass means something)."""
    source = (
        "from datetime import date, datetime\nimport time\n"
        "a = datetime.now()\nb = date.today()\nc = time.time()\n"
        "def f(now=datetime.now): ...\n"
    )
    assert [name for _, name in wall_clock_reads(source)] == [
        "datetime.now", "date.today", "time.time", "datetime.now",
    ]


# TLS certificates are checked by OpenSSL against the machine's clock, so the ones the tests
# make must be valid by that clock too.
MACHINE_TIME_ON_PURPOSE = {"tls_certs.py"}


def test_no_test_reads_the_wall_clock() -> None:
    """Tests take their time from the `clock` fixture or tests/fake_clock.py, so none depends
    on the hour, weekday or time zone it runs at (CI runs them at hostile moments too).
    Monotonic time, for a test's own time-outs, is allowed."""
    dates = {read for read in WALL_CLOCK_READS if read[1] not in ("monotonic", "perf_counter")}
    tests = Path(__file__).resolve().parents[1]
    offenders = [
        f"{path.relative_to(tests.parent)}:{line}: {name}"
        for path in sorted(tests.rglob("*.py"))
        if path.name not in MACHINE_TIME_ON_PURPOSE
        for line, name in wall_clock_reads(path.read_text(encoding="utf-8"), dates)
    ]
    assert offenders == []
