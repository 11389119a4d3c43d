"""How long the screens freeze while the desk does its slow work: a heartbeat on the GUI thread.

    .venv/bin/python bench/gui_stall.py [--days 365] [--per-day 100] [--sheets 50]

A real MainWindow (offscreen) on a real SQLite file in a temporary folder holding a year of
demo arrivals (`kiosk.core.demo.demo_days`, about `--per-day` people a day, stored with
`Desk.register_many`; every day is closed beforehand, so its per-person rows are due). A
10 ms QTimer beats on the GUI thread while, one after the other and the way the screens
start them:

- `housekeeping`: one round of the window's housekeeping (purge of the whole year with its
  `wal_checkpoint(TRUNCATE)`, then the hourly backup with its integrity check);
- `export-csv`, `export-xlsx`, `export-pdf`: the export screen's Export button over the year;
- `register`: `--sheets` registrations handed out (a sheet and tickets each), one after the
  other on the GUI thread as taps make them (the print worker may start on them already:
  its retry timer wakes it every 5 s);
- `print`: the print worker, woken, prints what is left of them to the folder back-end
  (drawn in the render process, kiosk.printing.render_process, whose resident memory is
  reported after this phase, beside the kiosk's own).

For each phase and overall it prints the longest gap between two heartbeats and the 99th
percentile, in milliseconds (a gap of 10 is no stall at all). Target: longest ≤ 50 ms.
"""

import argparse
import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.core.demo import demo_days
from kiosk.core.registration import make_party
from kiosk.core.site import make_site
from kiosk.printing.print_service import Outcome
from kiosk.store.desk import Desk
from kiosk.ui.fonts import use_kiosk_fonts
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE, MainWindow
from kiosk.ui.registration_flow import Timings

NOW = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)  # a Monday morning, the desk's fixed clock
HEARTBEAT_MS = 10


class Heartbeat:
    """Notes the moment of every beat of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.beats: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def start(self) -> None:
        self.beats.clear()
        self.beats.append(time.perf_counter())
        self.timer.start()

    def stop(self) -> list[float]:
        self.beats.append(time.perf_counter())  # a stall at the very end counts too
        self.timer.stop()
        return [(b - a) * 1000 for a, b in zip(self.beats, self.beats[1:], strict=False)]


def wait_until(done: Callable[[], bool], limit_s: float = 600.0) -> None:
    """Let the event loop run (as the kiosk does) until `done()`."""
    end = time.monotonic() + limit_s
    while not done():
        if time.monotonic() > end:
            raise SystemExit("gave up waiting: the work did not finish in time")
        QCoreApplication.processEvents()
        time.sleep(0.001)


def summary(gaps: list[float], seconds: float) -> dict[str, float]:
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0
    return {
        "seconds": round(seconds, 2),
        "beats": len(gaps),
        "longest_ms": round(max(gaps, default=0.0), 1),
        "p99_ms": round(p99, 1),
        "median_ms": round(statistics.median(gaps), 1) if gaps else 0.0,
    }


def build_year(folder: Path, days: int, per_day: int) -> Desk:
    desk = Desk.open(folder / "kiosk.sqlite3", clock=lambda: NOW)
    desk.settings.set_up(make_site("bench-stall", "Startpunt Brussel"))
    last_day = NOW.astimezone(desk.tz).date() - timedelta(days=8)  # all of it is due
    started = time.perf_counter()
    stored = desk.registrations.register_many(demo_days(days, per_day, last_day, desk.tz))
    first_day = last_day - timedelta(days=days - 1)
    for offset in range(days):
        desk.days.close_day(first_day + timedelta(days=offset))
    print(
        f"set-up: {stored} parties over {days} days stored and closed in "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return desk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=100)
    parser.add_argument("--sheets", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    use_kiosk_fonts(app)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-stall-"))
    translations = folder / "translations"
    translations.mkdir()
    language = InterfaceLanguage(translations)
    language.switch("en")
    desk = build_year(folder, args.days, args.per_day)
    timings = Timings(
        idle_ms=600_000, done_ms=600_000, day_check_ms=600_000,
        housekeeping_ms=3_600_000, sync_s=None,
        tap_guard_ms=0, choice_ms=0,  # the taps come back to back: nothing ignored
    )
    window = MainWindow(desk, language, timings)
    window.resize(*REFERENCE_SIZE)
    window.show()
    wait_until(lambda: window.isVisible())
    for _ in range(20):
        QCoreApplication.processEvents()
    gc.freeze()  # as the kiosk does once its first screen is painted (kiosk.app._settle)
    heart = Heartbeat()
    results: dict[str, dict[str, float]] = {}
    every_gap: list[float] = []

    def phase(name: str, work: Callable[[], Callable[[], bool]]) -> None:
        heart.start()
        started = time.perf_counter()
        finished = work()
        wait_until(finished)
        gaps = heart.stop()
        results[name] = summary(gaps, time.perf_counter() - started)
        every_gap.extend(gaps)
        print(f"{name}: {results[name]}", file=sys.stderr)

    # -- housekeeping: purge + checkpoint + backup ----------------------------------------
    rounds: list[object] = []
    housekeeping = window.housekeeping
    assert housekeeping is not None
    housekeeping.done.connect(rounds.append)
    housekeeping.problem.connect(rounds.append)

    def housekeeping_round() -> Callable[[], bool]:
        housekeeping.run_now()
        return lambda: bool(rounds)

    phase("housekeeping", housekeeping_round)
    report = next((r for r in rounds if not isinstance(r, str)), None)
    purged = getattr(getattr(report, "purged", None), "total_rows", None)
    backed_up = getattr(report, "backup", None) is not None

    # -- exports through the export screen -------------------------------------------------
    window.open_coordinator(desk)
    coordinator = window._coordinator
    assert coordinator is not None
    screen = coordinator.export
    coordinator.setCurrentWidget(screen)
    written: list[Path] = []
    screen.exported.connect(written.append)
    last_day = desk.today()
    screen._first, screen._last = last_day - timedelta(days=args.days - 1 + 8), last_day
    for format in ("csv", "xlsx", "pdf"):

        def export(format: str = format) -> Callable[[], bool]:
            screen._result = None
            screen.formats[format].setChecked(True)
            screen.go_button.click()
            return lambda: screen._result is not None

        phase(f"export-{format}", export)
        if screen._result is not None and not screen._result[0]:
            print(f"export-{format} failed: {screen._result[1]}", file=sys.stderr)

    # -- printing sheets -------------------------------------------------------------------
    printing = window.printing
    assert printing is not None
    sheets: list[Outcome] = []
    printing.printed.connect(
        lambda outcome: sheets.append(outcome)
        if isinstance(outcome, Outcome) and outcome.job.document.value == "sheet"
        else None
    )
    party = make_party(language="ar", nationality="SY", people=[("female", "26-59")])

    taps: list[float] = []  # how long each registration took on the GUI thread

    def register_sheets() -> Callable[[], bool]:
        """The taps themselves: registering is the one write a tap waits for, on purpose
        on the GUI thread (the number of the day shows when it is on disk)."""
        for _ in range(args.sheets):
            tapped = time.perf_counter()
            desk.registrations.register(party, hand_out=True)
            taps.append((time.perf_counter() - tapped) * 1000)
            QCoreApplication.processEvents()
        return lambda: True

    def print_sheets() -> Callable[[], bool]:
        printing.wake()
        return lambda: len(sheets) >= args.sheets

    phase("register", register_sheets)
    phase("print", print_sheets)
    renderer = printing.renderer  # the render process that drew the sheets
    render_rss = renderer.rss_bytes() if renderer is not None else None
    with open("/proc/self/statm") as statm:
        kiosk_rss = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    window.allow_close()
    window.close()
    desk.close()
    ordered = sorted(every_gap)
    print(
        json.dumps(
            {
                "days": args.days,
                "per_day": args.per_day,
                "purged_rows": purged,
                "backed_up": backed_up,
                "exports": [path.name for path in written],
                "sheets_printed": sum(1 for s in sheets if s.printed),
                "register_ms_longest": round(max(taps, default=0.0), 1),
                "register_ms_median": round(statistics.median(taps), 1) if taps else 0.0,
                "render_process_rss_mb": round(render_rss / 1e6, 1) if render_rss else None,
                "render_processes_started": renderer.started if renderer is not None else 0,
                "kiosk_rss_mb": round(kiosk_rss / 1e6, 1),
                "phases": results,
                "longest_ms": round(max(every_gap, default=0.0), 1),
                "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 1)
                if ordered
                else 0.0,
                "target_longest_ms": 50,
            },
            indent=2,
        )
    )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
