"""Screenshots of coordinator mode at 1280×800, for review:
.venv/bin/python docs/make_coordinator_screenshots.py  (writes docs/screenshots/coordinator/)

Runs offscreen on a throw-away database with 30 days of synthetic arrivals (kiosk.core.demo)
and a fixed clock, and taps through the PIN pad, the dashboard, the export and the settings
like a coordinator would. `--language nl` (or fr) uses the .qm files in translations/.
`--high-contrast` and `--large-text` use the kiosk's accessible looks (the settings of the
same names) and write into docs/screenshots/accessibility/coordinator/.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget

from kiosk.core.demo import demo_days, demo_party
from kiosk.core.site import VOLUNTEER_LANGUAGES, make_site
from kiosk.paths import database_path, translations_dir
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.fonts import use_kiosk_fonts
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.stylesheet import stylesheet

OUT = Path(__file__).resolve().parent / "screenshots" / "coordinator"
NOW = datetime(2026, 11, 26, 10, 40, tzinfo=UTC)  # 11:40 in Brussels


def tap(window: QWidget, name: str) -> None:
    widget = window.findChild(QWidget, name)
    if widget is None:
        raise LookupError(f"no widget named {name!r} on screen")
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()


def save(window: QWidget, path: Path) -> None:
    QCoreApplication.processEvents()
    window.grab().save(str(path))
    print(path)


def report_pages(pdf: Path, stem: Path) -> None:
    """The exported PDF report's first two pages as PNG (needs pdftoppm, poppler-utils)."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: the report pages are not rendered", file=sys.stderr)
        return
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-l", "2", str(pdf), str(stem)], check=True)
    for page in sorted(stem.parent.glob(f"{stem.name}-*.png")):
        print(page)


def fill(desk: Desk) -> None:
    """30 days of arrivals before today; this morning's arrivals handed out, some served."""
    desk.registrations.register_many(
        demo_days(29, 110, NOW.date() - timedelta(days=1), desk.tz, seed=3)
    )
    rng = random.Random(4)
    moment = NOW.replace(hour=6, minute=5)
    while moment < NOW - timedelta(minutes=20):
        desk.registrations.register(demo_party(rng), at=moment, hand_out=True)
        moment += timedelta(minutes=rng.choice((1, 2, 3, 4, 6, 9)))
    served = 0
    while (job := desk.print_queue.next_print_job()) is not None and served < 400:
        desk.print_queue.print_done(job.id)
        served += 1
    for serial in range(1, 70):
        desk.tickets.redeem(desk.tickets.typed_label(serial))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", choices=VOLUNTEER_LANGUAGES)
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--large-text", action="store_true")
    args = parser.parse_args(argv)
    out = OUT / args.language if args.language else OUT
    if args.high_contrast or args.large_text:
        out = OUT.parent / "accessibility" / "coordinator"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    use_kiosk_fonts(app)
    language = InterfaceLanguage(translations_dir(), app)
    language.switch(args.language or "en")
    with tempfile.TemporaryDirectory() as scratch:
        usb = Path(scratch) / "USB-STICK"
        usb.mkdir()
        desk = Desk.open(database_path(Path(scratch) / "demo"), clock=lambda: NOW)
        desk.settings.set_up(make_site("brussels-centre", "Startpunt Brussel"), "246810")
        fill(desk)
        mode = CoordinatorMode(desk, folders=lambda: [usb, Path(scratch) / "demo" / "exports"])
        window = QMainWindow()
        window.setStyleSheet(stylesheet(args.high_contrast, args.large_text))
        window.setCentralWidget(mode)
        window.resize(1280, 800)
        window.show()
        QTest.qWaitForWindowExposed(window)
        mode.open()
        for key in "2468":
            tap(window, f"pin-key-{key}")
        save(window, out / "pin.png")
        for key in "999999":
            tap(window, f"pin-key-{key}")
        tap(window, "pin-key-ok")
        save(window, out / "pin-wrong.png")
        for key in "246810":
            tap(window, f"pin-key-{key}")
        tap(window, "pin-key-ok")
        save(window, out / "dashboard.png")
        tap(window, "breakdowns-30-days")
        save(window, out / "dashboard-30-days.png")
        tap(window, "dashboard-close-day")
        save(window, out / "close-day.png")
        tap(window, "close-day-no")
        tap(window, "dashboard-export")
        tap(window, "export-period-30-days")
        tap(window, "export-format-pdf")
        save(window, out / "export.png")
        tap(window, "export-go")
        save(window, out / "export-done.png")
        if not (args.high_contrast or args.large_text):  # the report is the same in any look
            report_pages(next(usb.glob("*.pdf")), out / "report")
        tap(window, "export-back")
        tap(window, "dashboard-settings")
        save(window, out / "settings.png")
        tap(window, "settings-group-privacy")
        edit = window.findChild(QLineEdit, "setting-retention_hours")
        assert edit is not None
        edit.setText("1000")
        tap(window, "settings-save")
        save(window, out / "settings-refused.png")
        tap(window, "settings-group-pin")
        save(window, out / "settings-pin.png")
        window.close()
        desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
