"""A long day at the desk: many registrations tapped through the real screens in one process.

    .venv/bin/python bench/long_run.py [--count 10000] [--every 1000] [--warm-up 200] [--dir DIR]

Builds the kiosk's MainWindow (offscreen) on a set-up desk in a fresh SQLite file, exactly
as the screens run it, with its print thread printing sheets and tickets to the folder
back-end (`<data dir>/printed`). Each registration is the five taps of one adult of a
frequent nationality plus "Next arrival": language-XX, party-next, frequent-<code>,
needs-next, register, next-arrival (languages rotate). Between batches it lets the print
queue drain and deletes the printed files so the disk does not fill.

Measures resident memory (RSS, /proc/self/statm) at the start, after the warm-up and after
every batch, and the wall-clock time per batch (printing included, since it shares the
process). Targets (issue 6): memory growth under 50 MB from after the warm-up to the end,
and the last batch at most 10% slower than the first.
"""

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.languages import LANGUAGES
from kiosk.core.site import make_site
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from kiosk.ui.fonts import use_kiosk_fonts
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE, MainWindow
from kiosk.ui.registration_flow import Timings

CALM = Timings(
    idle_ms=600_000, done_ms=600_000, day_check_ms=600_000, housekeeping_ms=None, sync_s=None,
    tap_guard_ms=0, choice_ms=0,  # taps as fast as the bench can: nothing ignored
)
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE / 1e6


class Finger:
    """Taps the window's widgets by objectName, as a volunteer does (looked up every tap:
    some screens rebuild their buttons)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window

    def tap(self, name: str) -> None:
        widget = self.window.findChild(QWidget, name)
        if widget is None or not (widget.isVisible() and widget.isEnabled()):
            raise SystemExit(f"{name!r} is not on screen to be tapped")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        # Between two taps the kiosk's event loop turns: queued signals are delivered and
        # widgets a screen replaced (deleteLater) are deleted. mouseClick alone does neither.
        QTest.qWait(1)


def drain(window: MainWindow, desk: Desk, printed: Path, timeout_s: float = 120.0) -> int:
    """Wait until the print queue is empty, then delete what was printed; files removed."""
    if window.printing is None:
        return 0
    deadline = time.monotonic() + timeout_s
    while desk.print_queue.waiting_print_jobs():
        if time.monotonic() > deadline:
            raise SystemExit("the print queue did not drain")
        if window.printing is not None:
            window.printing.wake()
        QTest.qWait(20)
    QCoreApplication.processEvents()
    removed = 0
    if printed.exists():
        # os.scandir, not Path.iterdir: Python 3.12's pathlib interns the names it parses for
        # good (CPython gh-121780), and this bench's own leak would count as the kiosk's.
        with os.scandir(printed) as entries:
            for entry in entries:
                if entry.is_file():
                    os.remove(entry.path)
                    removed += 1
    return removed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000, help="registrations per batch")
    parser.add_argument("--warm-up", type=int, default=200)
    parser.add_argument("--no-print", action="store_true",
                        help="stop the print thread (jobs stay queued): the screens alone")
    parser.add_argument("--dir", type=Path, default=None, help="data directory (default: temp)")
    parser.add_argument("--per-day", type=int, default=400,
                        help="registrations per site day before the desk's clock moves to the "
                        "next day (a busy desk sees a few hundred; 0: all on one day)")
    args = parser.parse_args()

    app = QApplication([])
    use_kiosk_fonts(app)
    own_dir = args.dir is None
    data_dir: Path = args.dir or Path(tempfile.mkdtemp(prefix="kiosk-bench-long-"))
    translations = data_dir / "no-translations"  # English source strings
    translations.mkdir(parents=True, exist_ok=True)
    days_on = [0]  # the desk's clock runs this many days ahead of the real one

    def clock() -> datetime:
        return datetime.now(UTC) + timedelta(days=days_on[0])

    desk = Desk.open(database_path(data_dir), clock=clock)
    desk.settings.set_up(make_site("bench-long", "Startpunt Brussel"), "246810")
    language = InterfaceLanguage(translations)
    language.switch("en")
    window = MainWindow(desk, language, CALM)
    window.resize(*REFERENCE_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    finger = Finger(window)
    if args.no_print and window.printing is not None:
        window.printing.stop()
        window.printing = None
    printed = desk.path.parent / "printed"
    codes = [language_.code for language_ in LANGUAGES]
    frequent = desk.registrations.frequent_nationalities()[0]

    def register(index: int) -> None:
        if args.per_day and index and index % args.per_day == 0:
            days_on[0] += 1  # a new day at the desk: the today panel starts again
        finger.tap(f"language-{codes[index % len(codes)]}")
        finger.tap("party-next")
        finger.tap(f"frequent-{frequent}")
        finger.tap("needs-next")
        finger.tap("register")
        finger.tap("next-arrival")

    rss_start = rss_mb()
    files_printed = 0
    try:
        for index in range(args.warm_up):
            register(index)
        files_printed += drain(window, desk, printed)
        rss_warm = rss_mb()
        batches: list[dict[str, float]] = []
        done = 0
        while done < args.count:
            size = min(args.every, args.count - done)
            start = time.perf_counter()
            for index in range(done, done + size):
                register(args.warm_up + index)
            files_printed += drain(window, desk, printed)
            seconds = time.perf_counter() - start
            done += size
            batches.append({"registered": done, "seconds": round(seconds, 2),
                            "ms_per_registration": round(seconds * 1000 / size, 2),
                            "rss_mb": round(rss_mb(), 1)})
            print(json.dumps(batches[-1]), file=sys.stderr, flush=True)  # progress
        counts = desk.registrations.counts(desk.today())
        full = [batch for batch in batches if batch["registered"] % args.every == 0] or batches
        first, last = full[0]["ms_per_registration"], full[-1]["ms_per_registration"]
        growth = batches[-1]["rss_mb"] - rss_warm
        result = {
            "registrations": args.warm_up + args.count,
            "registrations_per_day": args.per_day,
            "printing": window.printing is not None,
            "warm_up": args.warm_up,
            "people_counted_today": counts.people,
            "files_printed": files_printed,
            "rss_start_mb": round(rss_start, 1),
            "rss_after_warm_up_mb": round(rss_warm, 1),
            "rss_end_mb": batches[-1]["rss_mb"],
            "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6, 1),
            "memory_growth_mb": round(growth, 1),
            "memory_target_mb": 50,
            "slowdown_percent": round((last / first - 1) * 100, 1),
            "slowdown_target_percent": 10,
            "batches": batches,
        }
    finally:
        window.shutdown()
        window.close()
        desk.close()
        if own_dir:
            shutil.rmtree(data_dir, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
