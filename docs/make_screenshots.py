"""Screenshots of every screen at 1280×800, for review: .venv/bin/python docs/make_screenshots.py

In English into docs/screenshots/; `--language nl` (or fr, en) switches the screen language
with the .qm files in translations/ and writes into docs/screenshots/nl/ instead. The arrival
in the walk-through reads Arabic (`--arrival CODE` for another of the 16 languages).

`--sizes` writes Start, party, nationality, needs, the soup counter, set-up and the
coordinator's dashboard and export at each touchscreen size the kiosk is tested at (1024×768,
1280×800, 1920×1080, 1080×1920 upright) into docs/screenshots/sizes/WIDTHxHEIGHT/ (with
`--language`, in that language: docs/screenshots/sizes/WIDTHxHEIGHT-LANGUAGE/).

`--sizes --only start` (names as in the folder, comma-separated) writes just those screens.
Start is also shot upright at 768×1024, the tablet size it is tested at as well.

`--arrival-only` writes just the screens an arrival reads, in the arrival's language, into
docs/screenshots/<arrival>/: Start with "choose your language", the number of the day, and
the soup counter's verdict on their meal ticket (accepted, then refused when scanned again).

Runs offscreen on a throw-away database with synthetic arrivals (kiosk.core.demo) and
taps through a registration with QTest, like a volunteer would.
"""

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.demo import demo_party
from kiosk.core.languages import BY_CODE
from kiosk.core.site import VOLUNTEER_LANGUAGES, make_site
from kiosk.paths import database_path, translations_dir
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.fonts import use_kiosk_fonts
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE, MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"
SIZES = ((1024, 768), (1280, 800), (1920, 1080), (1080, 1920))  # = tests/ui/test_screen_sizes
START_SIZES = (*SIZES, (768, 1024))


def tap(window: MainWindow, name: str) -> None:
    widget = window.findChild(QWidget, name)
    if widget is None:
        raise LookupError(f"no widget named {name!r} on screen")
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()


def save(window: MainWindow, path: Path) -> None:
    QCoreApplication.processEvents()
    window.grab().save(str(path))
    print(path)


def show(window: MainWindow) -> None:
    window.resize(*REFERENCE_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of every screen at 1280×800.")
    parser.add_argument("--language", choices=VOLUNTEER_LANGUAGES,
                        help="screen language; writes into docs/screenshots/LANGUAGE/")
    parser.add_argument("--arrival", choices=sorted(BY_CODE), default="ar",
                        help="the arrival's language in the walk-through (default: ar)")
    parser.add_argument("--arrival-only", action="store_true",
                        help="only the screens the arrival reads, into docs/screenshots/ARRIVAL/")
    parser.add_argument("--sizes", action="store_true",
                        help="the main screens at every screen size, into docs/screenshots/sizes/")
    parser.add_argument("--only", default="",
                        help="with --sizes: only these screens (comma-separated, e.g. start)")
    args = parser.parse_args(argv)
    if args.sizes:
        only = {name for name in args.only.split(",") if name}
        return sizes(args.language or "en", args.arrival, only)
    out = OUT / (args.arrival if args.arrival_only else args.language or "")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    use_kiosk_fonts(app)
    language = InterfaceLanguage(translations_dir(), app)
    language.switch(args.language or "en")
    with tempfile.TemporaryDirectory() as scratch:
        if not args.arrival_only:
            set_up_screens(language, Path(scratch), out)
        desk = Desk.open(database_path(Path(scratch) / "demo"))
        desk.settings.set_up(make_site("brussels-centre", "Startpunt Brussel"), "246810")
        rng = random.Random(7)
        for _ in range(14):
            desk.registrations.register(demo_party(rng))
        window = MainWindow(desk, language)
        show(window)
        window.screens.start.invitation.show_language(args.arrival)
        save(window, out / "start.png")
        tap(window, f"language-{args.arrival}")
        tap(window, "party-add")
        tap(window, "age-5-11")
        tap(window, "sex-female")
        tap(window, "party-add")
        tap(window, "age-0-4")
        tap(window, "sex-male")
        tap(window, "person-1")
        tap(window, "sex-female")
        walk_through = not args.arrival_only
        if walk_through:
            save(window, out / "party.png")
        tap(window, "party-next")
        if walk_through:
            save(window, out / "nationality.png")
            QTest.keyClicks(window.screens.nationality.search, "pal")
            save(window, out / "nationality-search.png")
        tap(window, "frequent-SY")
        tap(window, "flag-needs-shelter")
        tap(window, "flag-pregnant")
        tap(window, "referral-info-point")
        tap(window, "referral-medical-point")
        if walk_through:
            save(window, out / "needs.png")
        tap(window, "needs-next")
        if walk_through:
            save(window, out / "confirm.png")
        tap(window, "register")
        save(window, out / "done.png")
        receipt = window.flow.last_receipt
        assert receipt is not None
        code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
        tap(window, "next-arrival")
        tap(window, "open-soup-counter")
        counter = window.findChild(QWidget, "soup-counter")
        for verdict in ("accepted", "refused"):  # the same ticket scanned twice
            counter.input.setText(code)  # type: ignore[attr-defined]
            QTest.keyClick(counter.input, Qt.Key.Key_Return)  # type: ignore[attr-defined]
            save(window, out / f"soup-counter-{verdict}.png")
        window.shutdown()
        window.close()
        desk.close()
    return 0


def sizes(code: str, arrival: str, only: set[str] | None = None) -> int:
    """The main screens at each size (see the module docstring): the window is built once
    and resized, as a touchscreen turned upright would. `only`: just these screens."""

    def wanted(name: str) -> bool:
        return not only or name in only

    app = QApplication(sys.argv[:1])
    use_kiosk_fonts(app)
    language = InterfaceLanguage(translations_dir(), app)
    language.switch(code)
    suffix = "" if code == "en" else f"-{code}"
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Desk.open(database_path(Path(scratch) / "fresh"))
        first = MainWindow(fresh, language)
        show(first)
        for width, height in SIZES if wanted("setup") else ():
            out = OUT / "sizes" / f"{width}x{height}{suffix}"
            out.mkdir(parents=True, exist_ok=True)
            first.resize(width, height)
            save(first, out / "setup.png")
        first.close()
        fresh.close()
        desk = Desk.open(database_path(Path(scratch) / "demo"))
        desk.settings.set_up(make_site("brussels-centre", "Startpunt Brussel"), "246810")
        rng = random.Random(7)
        for _ in range(14):
            desk.registrations.register(demo_party(rng))
        window = MainWindow(desk, language)
        show(window)
        window.screens.start.invitation.show_language(arrival)
        screens = window.screens
        steps: list[tuple[str, QWidget]] = [
            ("start", screens.start),
            ("party", screens.party),
            ("nationality", screens.nationality),
            ("needs", screens.needs),
        ]
        for name, screen in steps:
            if name == "party":
                tap(window, f"language-{arrival}")  # the registration begins, as at the desk
            window.stack.setCurrentWidget(screen)
            if wanted(name):
                shoot(window, name, suffix, START_SIZES if name == "start" else SIZES)
        if wanted("soup-counter"):
            window.open_soup_counter(desk)
            shoot(window, "soup-counter", suffix)
        if wanted("coordinator-dashboard") or wanted("coordinator-export"):
            window.open_coordinator(desk)
            coordinator = window.findChild(CoordinatorMode)
            assert coordinator is not None
            for name in ("dashboard", "export"):
                if wanted(f"coordinator-{name}"):
                    coordinator.setCurrentWidget(getattr(coordinator, name))
                    shoot(window, f"coordinator-{name}", suffix)
        window.shutdown()
        window.close()
        desk.close()
    return 0


def shoot(window: MainWindow, name: str, suffix: str,
          sizes: tuple[tuple[int, int], ...] = SIZES) -> None:
    """The screen on top at every size."""
    for width, height in sizes:
        window.resize(width, height)
        for _ in range(3):  # the resize, the layouts it asks for, scroll bars coming or going
            QCoreApplication.processEvents()
        out = OUT / "sizes" / f"{width}x{height}{suffix}"
        out.mkdir(parents=True, exist_ok=True)
        save(window, out / f"{name}.png")


def set_up_screens(language: InterfaceLanguage, scratch: Path, out: Path) -> None:
    """The first-run set-up screen, empty and with a refused site code."""
    fresh = Desk.open(database_path(scratch / "fresh"))
    window = MainWindow(fresh, language)
    show(window)
    save(window, out / "setup.png")
    setup = window.screens.setup
    assert setup is not None
    QTest.keyClicks(setup.site_id, "Brussels Centre")
    QTest.keyClicks(setup.site_name, "Startpunt Brussel")
    tap(window, "setup-submit")
    save(window, out / "setup-error.png")
    window.close()
    fresh.close()


if __name__ == "__main__":
    sys.exit(main())
