"""Screenshots of every screen at 1280×800, for review: `make screenshots`, or
.venv/bin/python docs/make_screenshots.py [options below]

In English into docs/screenshots/; `--language nl` (or fr, en) switches the screen language
with the .qm files in translations/ and writes into docs/screenshots/nl/ instead. The arrival
in the walk-through reads Arabic (`--arrival CODE` for another of the 16 languages).

`--sizes` writes Start, party (with the walk-through's party), nationality, needs, the soup
counter, set-up and the coordinator's dashboard and export at each touchscreen size the kiosk
is tested at (1024×768, 1280×800, 1920×1080, 1080×1920 upright) into
docs/screenshots/sizes/WIDTHxHEIGHT/ (with `--language`, in that language:
docs/screenshots/sizes/WIDTHxHEIGHT-LANGUAGE/).

`--sizes --only start` (names as in the folder, comma-separated) writes just those screens.
Start is also shot upright at 768×1024, the tablet size it is tested at as well.

`--arrival-only` writes just the screens an arrival reads, in the arrival's language, into
docs/screenshots/<arrival>/: Start with "choose your language", the number of the day, and
the soup counter's verdict on their meal ticket (accepted, then refused when scanned again).

`--out DIR` writes into DIR instead of docs/screenshots/ (the same folders below it); the
test tests/docs/test_make_screenshots.py walks through into a temporary folder this way.

Runs offscreen on a throw-away database with synthetic arrivals (kiosk.core.demo), at a
fixed moment (a Thursday, 11:40 in Brussels: the same screens on every run, whatever the
machine's clock says), and taps through a registration with QTest, like a volunteer would:
a woman, a girl of 5-11 and a boy of 0-4 from Syria who need shelter, she pregnant, sent to
the info point and the medical point. Taps are never ignored here (no tap guard, a chosen
tile moves on at once: QTest taps faster than any volunteer); a tap on a widget that is
gone, hidden or disabled stops the script with its name, and so does a party that the
counters did not take as tapped.
"""

import argparse
import os
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.codes import AgeBand, Sex
from kiosk.core.demo import demo_party
from kiosk.core.languages import BY_CODE
from kiosk.core.registration import Person
from kiosk.core.site import VOLUNTEER_LANGUAGES, make_site
from kiosk.paths import database_path, translations_dir
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.fonts import use_kiosk_fonts
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE, MainWindow
from kiosk.ui.registration_flow import Timings

OUT = Path(__file__).resolve().parent / "screenshots"
NOW = datetime(2026, 11, 26, 10, 40, tzinfo=UTC)  # 11:40 in Brussels, as in the coordinator's
# As in tests/ui (CALM): no tap is swallowed after a screen change, no timer moves on alone.
TIMINGS = Timings(
    idle_ms=600_000, done_ms=600_000, day_check_ms=600_000, housekeeping_ms=None, sync_s=None,
    tap_guard_ms=0, choice_ms=0,
)
# The party, as the volunteer taps it on the counters: a new party starts as one adult whose
# sex is not said; she is a woman, with a girl of 5-11 and a boy of 0-4.
PARTY_TAPS = (
    "count-unknown-26-59-remove",
    "count-female-26-59-add",
    "count-female-5-11-add",
    "count-male-0-4-add",
)
PARTY = (
    Person(Sex.FEMALE, AgeBand.AGE_26_59),
    Person(Sex.FEMALE, AgeBand.AGE_5_11),
    Person(Sex.MALE, AgeBand.AGE_0_4),
)
NEEDS_TAPS = ("flag-needs-shelter", "flag-pregnant", "referral-info-point",
              "referral-medical-point")
SIZES = ((1024, 768), (1280, 800), (1920, 1080), (1080, 1920))  # = tests/ui/test_screen_sizes
START_SIZES = (*SIZES, (768, 1024))


def tap(window: MainWindow, name: str) -> None:
    """Tap the widget named `name`, as a finger would; it must be on screen and enabled."""
    QCoreApplication.processEvents()  # what the last tap or key asked for is on screen
    widget = window.findChild(QWidget, name)
    if widget is None:
        raise LookupError(f"no widget named {name!r} on screen")
    if not widget.isVisible() or not widget.isEnabled():
        raise LookupError(f"{name!r} cannot be tapped (hidden or disabled)")
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
    window.activateWindow()  # the active window, as on the desk: a tapped field gets focus
    QTest.qWaitForWindowActive(window)


def type_into(field: QWidget, text: str) -> None:
    """Tap the text field (the on-screen keyboard comes up) and type `text`."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()
    QTest.keyClicks(field, text)


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
    parser.add_argument("--out", type=Path, default=OUT,
                        help="write into OUT instead of docs/screenshots/")
    args = parser.parse_args(argv)
    if args.sizes:
        only = {name for name in args.only.split(",") if name}
        return sizes(args.language or "en", args.arrival, args.out, only)
    out = args.out / (args.arrival if args.arrival_only else args.language or "")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    use_kiosk_fonts(app)
    language = InterfaceLanguage(translations_dir(), app)
    language.switch(args.language or "en")
    with tempfile.TemporaryDirectory() as scratch:
        if not args.arrival_only:
            set_up_screens(language, Path(scratch), out)
        desk = demo_desk(Path(scratch))
        window = MainWindow(desk, language, TIMINGS)
        try:
            walk(window, desk, args.arrival, out, walk_through=not args.arrival_only)
        finally:
            window.shutdown()
            window.close()
            desk.close()
    return 0


def demo_desk(scratch: Path) -> Desk:
    """A set-up desk with 14 synthetic parties registered today (the same every run)."""
    desk = Desk.open(database_path(scratch / "demo"), clock=lambda: NOW)
    desk.settings.set_up(make_site("brussels-centre", "Startpunt Brussel"), "246810")
    rng = random.Random(7)
    for _ in range(14):
        desk.registrations.register(demo_party(rng))
    return desk


def tap_party(window: MainWindow) -> None:
    """The walk-through's party on the counters (PARTY_TAPS), checked once tapped."""
    for name in PARTY_TAPS:
        tap(window, name)
    people = window.screens.party.people()
    if sorted(map(str, people)) != sorted(map(str, PARTY)):
        raise AssertionError(f"the party taps gave {people}, not {PARTY}")


def walk(window: MainWindow, desk: Desk, arrival: str, out: Path, walk_through: bool) -> None:
    """Tap through one registration and the soup counter, saving the screens on the way
    (only those the arrival reads unless `walk_through`)."""
    show(window)
    window.screens.start.invitation.show_language(arrival)
    save(window, out / "start.png")
    tap(window, f"language-{arrival}")
    tap_party(window)
    if walk_through:
        save(window, out / "party.png")
    tap(window, "party-next")
    if walk_through:
        save(window, out / "nationality.png")
        type_into(window.screens.nationality.search, "pal")
        save(window, out / "nationality-search.png")
    tap(window, "frequent-SY")
    for name in NEEDS_TAPS:
        tap(window, name)
    if walk_through:
        save(window, out / "needs.png")
    tap(window, "needs-next")
    if walk_through:
        save(window, out / "confirm.png")
    tap(window, "register")
    save(window, out / "done.png")
    receipt = window.flow.last_receipt
    if receipt is None:
        raise AssertionError("Register did not register the party")
    code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
    tap(window, "next-arrival")
    tap(window, "open-soup-counter")
    counter = window.findChild(QWidget, "soup-counter")
    if counter is None or not counter.isVisible():
        raise LookupError("the soup counter did not open")
    for verdict in ("accepted", "refused"):  # the same ticket scanned twice
        counter.input.setText(code)  # type: ignore[attr-defined]
        QTest.keyClick(counter.input, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        save(window, out / f"soup-counter-{verdict}.png")


def sizes(code: str, arrival: str, root: Path, only: set[str] | None = None) -> int:
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
        fresh = Desk.open(database_path(Path(scratch) / "fresh"), clock=lambda: NOW)
        first = MainWindow(fresh, language, TIMINGS)
        try:
            show(first)
            for width, height in SIZES if wanted("setup") else ():
                out = root / "sizes" / f"{width}x{height}{suffix}"
                out.mkdir(parents=True, exist_ok=True)
                first.resize(width, height)
                save(first, out / "setup.png")
        finally:
            first.shutdown()
            first.close()
            fresh.close()
        desk = demo_desk(Path(scratch))
        window = MainWindow(desk, language, TIMINGS)
        try:
            shoot_screens(window, desk, arrival, Shots(root, suffix, wanted))
        finally:
            window.shutdown()
            window.close()
            desk.close()
    return 0


@dataclass(frozen=True)
class Shots:
    """Where --sizes writes (root/sizes/WIDTHxHEIGHT<suffix>/) and which screens."""

    root: Path
    suffix: str
    wanted: Callable[[str], bool]


def shoot_screens(window: MainWindow, desk: Desk, arrival: str, shots: Shots) -> None:
    """Start, then the walk-through's party on the party screen, nationality, needs, the
    soup counter and the coordinator's dashboard and export, each at every size."""
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
            tap_party(window)
        window.stack.setCurrentWidget(screen)
        if shots.wanted(name):
            shoot(window, name, shots, START_SIZES if name == "start" else SIZES)
    if shots.wanted("soup-counter"):
        window.open_soup_counter(desk)
        shoot(window, "soup-counter", shots)
    if shots.wanted("coordinator-dashboard") or shots.wanted("coordinator-export"):
        window.open_coordinator(desk)
        coordinator = window.findChild(CoordinatorMode)
        if coordinator is None:
            raise LookupError("coordinator mode did not open")
        for name in ("dashboard", "export"):
            if shots.wanted(f"coordinator-{name}"):
                coordinator.setCurrentWidget(getattr(coordinator, name))
                shoot(window, f"coordinator-{name}", shots)


def shoot(window: MainWindow, name: str, shots: Shots,
          sizes: tuple[tuple[int, int], ...] = SIZES) -> None:
    """The screen on top at every size."""
    for width, height in sizes:
        window.resize(width, height)
        for _ in range(3):  # the resize, the layouts it asks for, scroll bars coming or going
            QCoreApplication.processEvents()
        out = shots.root / "sizes" / f"{width}x{height}{shots.suffix}"
        out.mkdir(parents=True, exist_ok=True)
        save(window, out / f"{name}.png")


def set_up_screens(language: InterfaceLanguage, scratch: Path, out: Path) -> None:
    """The first-run set-up screen, empty and with a refused site code."""
    fresh = Desk.open(database_path(scratch / "fresh"), clock=lambda: NOW)
    window = MainWindow(fresh, language, TIMINGS)
    try:
        show(window)
        save(window, out / "setup.png")
        setup = window.screens.setup
        if setup is None:
            raise LookupError("a fresh desk did not show the set-up screen")
        type_into(setup.site_id, "Brussels Centre")
        type_into(setup.site_name, "Startpunt Brussel")
        tap(window, "osk-key-done")  # the on-screen keyboard away, Set up in sight
        tap(window, "setup-submit")
        # The refusal puts the cursor back in the site id; the keyboard stays down until the
        # field is tapped, so the refusal and Set up stay in sight.
        save(window, out / "setup-error.png")
    finally:
        window.shutdown()
        window.close()
        fresh.close()


if __name__ == "__main__":
    sys.exit(main())
