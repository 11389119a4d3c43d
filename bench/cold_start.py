"""Cold start of the screens: the kiosk's first paint next to a bare PySide6 window.

    .venv/bin/python bench/cold_start.py [--runs 15] [--data-dir DIR]

Each round starts three processes, one after the other, and times each wall-clock from
start to exit:

- bare: the minimal PySide6 program below (a QMainWindow with a QLabel, 1280×800, that
  quits on its first paint), run with `sys.executable -c` on QT_QPA_PLATFORM=offscreen;
- first paint: `python -m kiosk.app --offscreen --exit-after-first-paint --data-dir D`;
- ready: the same with `--exit-when-ready`, which quits only once the desk is open
  (quick_check, migration check, SQLAlchemy loaded), every screen is built and the today
  panel shows its counts: when a volunteer can really start.

D is a set-up desk with a year of demo arrivals (`kiosk init`, then `kiosk demo --days 365
--per-day 100`), made once. The order of the three turns round each round so none always
runs first; one untimed round warms the disk cache. Prints JSON.
Target: the median first paint is at most 1.5 times the median bare window.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5
PROJECT = Path(__file__).resolve().parents[1]

BARE = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
class W(QMainWindow):
    painted = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, app.quit)
w = W(); w.setCentralWidget(QLabel("Startpunt")); w.resize(1280, 800); w.show()
app.exec()
"""


def kiosk_cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "kiosk.cli.main", *args], cwd=PROJECT, check=True,
                   capture_output=True, text=True)


def set_up_desk(directory: Path) -> None:
    kiosk_cli("init", "--data-dir", str(directory), "--site-id", "bench-cold-start",
              "--site-name", "Startpunt Bench", "--pin", "246810")
    kiosk_cli("demo", "--data-dir", str(directory), "--days", "365", "--per-day", "100")


def commands(directory: Path) -> dict[str, list[str]]:
    kiosk = [sys.executable, "-m", "kiosk.app", "--offscreen", "--data-dir", str(directory)]
    return {
        "bare": [sys.executable, "-c", BARE],
        "first_paint": [*kiosk, "--exit-after-first-paint"],
        "ready": [*kiosk, "--exit-when-ready"],
    }


def timed(name: str, command: list[str]) -> float:
    """Seconds from start to exit; the process must exit 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{name} exited {done.returncode}: {done.stderr.strip()}")
    return seconds


def summary(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {
        "median_s": round(statistics.median(ordered), 4),
        "p95_s": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 4),
        "min_s": round(ordered[0], 4),
    }


def run(runs: int, directory: Path) -> dict[str, object]:
    started = time.perf_counter()
    if not (directory / "kiosk.sqlite3").exists():
        set_up_desk(directory)
    set_up_s = time.perf_counter() - started
    programs = commands(directory)
    names = list(programs)
    for name in names:  # warm-up, untimed
        timed(name, programs[name])
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(runs):
        turn = round_ % len(names)
        for name in names[turn:] + names[:turn]:
            times[name].append(timed(name, programs[name]))
    results = {name: summary(values) for name, values in times.items()}
    bare = results["bare"]["median_s"]
    ratio = results["first_paint"]["median_s"] / bare
    return {
        "benchmark": "cold_start",
        "runs": runs,
        "bare": results["bare"],
        "first_paint": results["first_paint"],
        "ready": results["ready"],
        "ratio_median": round(ratio, 2),
        "ratio_p95": round(results["first_paint"]["p95_s"] / results["bare"]["p95_s"], 2),
        "ready_ratio_median": round(results["ready"]["median_s"] / bare, 2),
        "target_ratio": TARGET_RATIO,
        "within_target": ratio <= TARGET_RATIO,
        "database_bytes": (directory / "kiosk.sqlite3").stat().st_size,
        "set_up_s": round(set_up_s, 2),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds (default 15)")
    parser.add_argument("--data-dir", type=Path,
                        help="a desk to start on (made with a year of demo data when it has "
                             "no database yet; default: a temporary directory)")
    args = parser.parse_args()
    if args.data_dir:
        result = run(args.runs, args.data_dir)
    else:
        with tempfile.TemporaryDirectory() as directory:
            result = run(args.runs, Path(directory) / "data")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
