"""From a tap to the next screen painted, through the real screens.

    .venv/bin/python bench/tap_to_paint.py [--count 50] [--dir DIR]

Builds the kiosk's MainWindow (offscreen) on a set-up desk in a fresh SQLite file and taps
`--count` registrations of one adult of a frequent nationality (language-XX, party-next,
frequent-<code>, needs-next, register, next-arrival, the languages in turn) with
`QTest.mouseClick`. For each tap it times, with the one monotonic clock, from just before the
click until the screen that comes next has received its paint event and the event loop is
idle again. The tap guard and the choice's pause are set to 0 (both are deliberate waits, not
work; with them a step takes 150 ms more for a chosen tile, and taps are ignored for 400 ms).
Prints median, p95 and max per step and overall, in ms. Target: p95 <= 33 ms (two frames).

Each step also has `cpu`: the processor time the GUI thread itself used from the click to the
paint (same statistics). On a machine busy with other work the wall times swell with the
waits for a core; the GUI thread's own work hardly does, so compare changes on `cpu` too.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.clock import monotonic, thread_cpu
from kiosk.core.languages import LANGUAGES
from kiosk.core.site import make_site
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from kiosk.ui.fonts import use_kiosk_fonts
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE, MainWindow
from kiosk.ui.registration_flow import Timings

TIMINGS = Timings(
    idle_ms=600_000, done_ms=600_000, day_check_ms=600_000, housekeeping_ms=None, sync_s=None,
    tap_guard_ms=0, choice_ms=0,
)
WARM_UP = 3


class PaintWatch(QObject):
    """Notes when a watched screen has been painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.add(id(watched))
        return False


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values), 2),
        "p95_ms": round(percentile(values, 0.95), 2),
        "max_ms": round(max(values), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=50, help="registrations timed")
    parser.add_argument("--dir", type=Path, default=None, help="data directory (default: temp)")
    args = parser.parse_args()

    app = QApplication([])
    use_kiosk_fonts(app)
    data_dir: Path = args.dir or Path(tempfile.mkdtemp(prefix="kiosk-bench-paint-"))
    translations = data_dir / "no-translations"
    translations.mkdir(parents=True, exist_ok=True)
    desk = Desk.open(database_path(data_dir))
    desk.settings.set_up(make_site("bench-paint", "Startpunt Brussel"), "246810")
    language = InterfaceLanguage(translations)
    language.switch("en")
    window = MainWindow(desk, language, TIMINGS)
    window.resize(*REFERENCE_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    screens = window.screens
    watch = PaintWatch()
    for screen in (screens.start, screens.party, screens.nationality, screens.needs,
                   screens.confirm, screens.done):
        screen.installEventFilter(watch)
    frequent = desk.registrations.frequent_nationalities()[0]
    codes = [each.code for each in LANGUAGES]
    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}

    def tap(name: str, then: QWidget, record: bool) -> None:
        widget = window.findChild(QWidget, name)
        if widget is None or not widget.isVisible():
            raise SystemExit(f"{name!r} is not on screen to be tapped")
        watch.painted.discard(id(then))
        start = monotonic()
        cpu_start = thread_cpu()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        while id(then) not in watch.painted:
            QCoreApplication.processEvents()
            if monotonic() - start > 5:
                raise SystemExit(f"{name!r}: the next screen was not painted in 5 s")
        elapsed = (monotonic() - start) * 1000
        worked = (thread_cpu() - cpu_start) * 1000
        if window.stack.currentWidget() is not then:
            raise SystemExit(f"{name!r} did not lead to the expected screen")
        if record:
            step = name.split("-")[0] if name.startswith("language-") else name
            times.setdefault(step, []).append(elapsed)
            cpu.setdefault(step, []).append(worked)
        QTest.qWait(1)  # deferred deletes, queued signals: as between a volunteer's taps

    for n in range(WARM_UP + args.count):
        record = n >= WARM_UP
        tap(f"language-{codes[n % len(codes)]}", screens.party, record)
        tap("party-next", screens.nationality, record)
        tap(f"frequent-{frequent}", screens.needs, record)
        tap("needs-next", screens.confirm, record)
        tap("register", screens.done, record)
        tap("next-arrival", screens.start, record)
    every = [t for values in times.values() for t in values]
    result = {
        "registrations": args.count,
        "target_p95_ms": 33,
        "overall": summary(every),
        "steps": {name: summary(values) for name, values in times.items()},
        "cpu": {
            "overall": summary([t for values in cpu.values() for t in values]),
            "steps": {name: summary(values) for name, values in cpu.items()},
        },
    }
    window.shutdown()
    window.allow_close()
    window.close()
    desk.close()
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
