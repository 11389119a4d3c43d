"""A busy morning at the desk, tapped on a real window by the X server's own pointer.

Run it under Xvfb at the size of a screen (tools/busy_morning.sh does, for the four sizes):

    xvfb-run -s "-screen 0 1024x768x24" .venv/bin/python tools/busy_morning.py --out /tmp/m

The kiosk runs full screen on the real xcb platform, with the real timings (the 400 ms tap
guard, the 150 ms pause on a chosen tile). Every tap is an `xdotool` click at the middle of
the widget on screen, so a tap lands wherever the screen really put the button: a double tap
is two clicks 80 ms apart at the same place, like a hurried finger. The morning:

1. double taps on every Next, then Register: one party stored, never two, never unreviewed;
2. a family of 5 (a woman joins the first adult, a girl, two boys) of a frequent nationality;
3. an arrival of unknown nationality;
4. the printer's folder vanishes mid-morning: the problem card comes on the volunteer's
   next screen, moves nothing, is dismissed;
5. Undo on the Done screen; a coordinator voids a party in coordinator mode;
6. a ticket scanned while the volunteer is on another screen opens the soup counter.

It prints one line per step and saves a screenshot of each (`--out`); it exits 1 with the
step that went wrong. Nothing here is a test of the suite: it is how a reviewer, or a new
volunteer, tries the desk.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.clock import monotonic
from kiosk.core.site import make_site
from kiosk.paths import database_path, translations_dir
from kiosk.store.desk import Desk
from kiosk.ui.fonts import use_kiosk_fonts
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from kiosk.ui.registration_flow import Timings

PIN = "246810"
# 07:00 in Brussels on a Friday; the desk's clock runs on from there.
MORNING = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


class MorningClock:
    def __init__(self) -> None:
        self._started = monotonic()

    def __call__(self) -> datetime:
        return MORNING + timedelta(seconds=monotonic() - self._started)


class Morning:
    def __init__(self, window: MainWindow, desk: Desk, printed: Path, out: Path) -> None:
        self.window = window
        self.desk = desk
        self.printed = printed
        self.out = out
        self.taps = 0
        self.step = 0

    # -- the finger -------------------------------------------------------------------------

    def wait(self, ms: int) -> None:
        end = monotonic() + ms / 1000
        while monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def find(self, name: str) -> QWidget:
        for widget in self.window.findChildren(QWidget, name):
            if widget.isVisible():
                return widget
        raise Failure(f"no visible widget named {name!r} on {self.screen()}")

    def where(self, widget: QWidget) -> QPoint:
        return widget.mapToGlobal(widget.rect().center())

    def click(self, point: QPoint, times: int = 1) -> None:
        command = ["xdotool", "mousemove", "--sync", str(point.x()), str(point.y())]
        for index in range(times):
            command += ["click", "1"] + (["sleep", "0.08"] if index < times - 1 else [])
        process = subprocess.Popen(command)
        while process.poll() is None:  # the window keeps answering while X clicks
            QCoreApplication.processEvents()
            time.sleep(0.002)
        self.taps += times

    def tap(self, name: str, times: int = 1, settle_ms: int = 600) -> None:
        self.click(self.where(self.find(name)), times)
        self.wait(settle_ms)

    def screen(self) -> str:
        current = self.window.stack.currentWidget()
        return type(current).__name__ if current is not None else "nothing"

    def expect(self, what: bool, message: str) -> None:
        if not what:
            raise Failure(message)

    def done(self, what: str) -> None:
        self.step += 1
        shot = self.out / f"{self.step:02d}-{what.split(':')[0].replace(' ', '-')}.png"
        self.window.grab().save(str(shot))
        print(f"ok {self.step:2d}  {what}  ({self.taps} taps so far, screen {self.screen()})")

    def parties(self) -> int:
        return self.desk.registrations.counts(self.desk.today()).parties

    def people(self) -> int:
        return self.desk.registrations.counts(self.desk.today()).people

    # -- the morning ------------------------------------------------------------------------

    def run(self) -> None:
        frequent = self.desk.registrations.frequent_nationalities(8)[0]
        self.wait(800)

        # 1. A hurried volunteer double-taps every Next.
        self.tap("language-ar", times=2)
        self.expect(self.screen() == "PartyScreen", f"language: on {self.screen()}")
        self.tap("party-next", times=2)
        self.expect(self.screen() == "NationalityScreen", f"party next: on {self.screen()}")
        self.tap(f"frequent-{frequent}", times=2)
        self.expect(self.screen() == "NeedsScreen", f"nationality: on {self.screen()}")
        self.expect(not self.find("flag-unaccompanied-minor").property("checked"),
                    "the second tap on the nationality ticked a flag on Needs")
        self.expect(self.window.flow.draft is not None and not self.window.flow.draft.flags,
                    "the second tap on the nationality ticked a flag on Needs")
        self.tap("needs-next", times=2)
        self.expect(self.screen() == "ConfirmScreen",
                    f"needs next double tap: on {self.screen()}, {self.parties()} stored")
        self.expect(self.parties() == 0, "a party was stored without review")
        self.done("double taps: nothing stored before review")
        self.tap("register", times=2)
        self.expect(self.screen() == "DoneScreen", f"register: on {self.screen()}")
        self.expect(self.parties() == 1, f"{self.parties()} parties after one Register")
        self.done("registered once: party 001")
        self.tap("next-arrival")

        # 2. A family of 5 of a frequent nationality.
        before = self.taps
        for name in ("language-prs", "count-female-26-59-add", "count-female-5-11-add",
                     "count-male-5-11-add", "count-male-0-4-add", "party-next",
                     f"frequent-{frequent}", "needs-next", "register"):
            self.tap(name)
        self.expect(self.people() == 6, f"people after the family: {self.people()}")
        self.done(f"family of 5 in {self.taps - before} taps")
        self.tap("next-arrival")

        # 3. Unknown nationality; the printer's folder vanished just before, so its
        # documents cannot be saved.
        folder = self.printed
        shutil.rmtree(folder)
        folder.write_text("not a folder any more")
        before = self.taps
        self.tap("language-ti")
        places = {name: self.where(self.find(name)) for name in ("party-next", "party-back")}
        for name in ("party-next", "nationality-unknown", "needs-next", "register"):
            self.tap(name)
        by_nationality = self.desk.registrations.counts(self.desk.today()).by_nationality
        self.expect(by_nationality.get("unknown") == 1, f"unknown: {by_nationality}")
        self.done(f"unknown nationality in {self.taps - before} taps")
        self.wait(3000)  # the print worker tries, fails and reports
        self.tap("next-arrival")

        # 4. The printer problem shows on the volunteer's next screen, moving nothing.
        self.tap("language-fr")
        card = self.window.print_status
        self.expect(card is not None and card.isVisible(),
                    "no printer problem card on the volunteer's screen")
        assert card is not None
        moved = [name for name, at in places.items() if self.where(self.find(name)) != at]
        self.expect(not moved, f"the problem card moved {moved}")
        self.done("printer problem card, nothing moved")
        self.tap("print-problem-dismiss")
        self.expect(not card.isVisible(), "the card stays after Dismiss")
        folder.unlink()
        folder.mkdir()
        for name in ("count-male-26-59-add", "party-next", f"frequent-{frequent}",
                     "needs-next", "register"):
            self.tap(name)
        self.expect(self.screen() == "DoneScreen", f"after the printer: {self.screen()}")

        # 5. Undo on Done, then a coordinator voids party 002.
        parties = self.parties()
        self.tap("done-undo")
        self.tap("done-undo-yes")
        self.expect(self.parties() == parties - 1, "Undo did not take the party out")
        self.done("undo")
        self.tap("open-coordinator")
        for digit in PIN:
            self.tap(f"pin-key-{digit}", settle_ms=120)
        self.tap("pin-key-ok", settle_ms=1500)
        self.tap("dashboard-parties", settle_ms=1500)
        self.done("today's parties")
        self.tap("party-1-void")  # party 001, the hurried double tap's
        self.tap("void-yes", settle_ms=1500)
        self.expect(self.parties() == parties - 2, "the coordinator's void did not count")
        self.done("voided by the coordinator")
        self.tap("parties-back")
        self.tap("dashboard-lock")

        # 6. A ticket scanned while the volunteer is on the party screen.
        self.tap("language-ru")
        family = self.desk.tickets.party_tickets(self.desk.today(), 2)
        self.expect(family is not None and bool(family[1]), "the family has no meal tickets")
        assert family is not None
        code = self.desk.tickets.ticket_code(self.desk.today(), family[1][0])
        # A USB scanner types the code and Return (`xdotool type "\n"` would send Linefeed).
        for keys in (["type", "--delay", "15", code], ["key", "Return"]):
            typing = subprocess.Popen(["xdotool", *keys])
            while typing.poll() is None:
                QCoreApplication.processEvents()
                time.sleep(0.002)
        self.wait(800)
        self.expect(self.screen() == "SoupCounterScreen",
                    f"a scan on the party screen left the screen on {self.screen()}")
        self.done("scan on another screen: the soup counter's verdict")


class Failure(Exception):
    pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="busy-morning-"))
    clock = MorningClock()
    desk = Desk.open(database_path(data), clock)
    desk.settings.set_up(make_site("brussels-morning", "Startpunt Brussel"), PIN)
    printed = data / "printed"
    printed.mkdir()
    folder = {"kind": "folder", "target": str(printed), "paper": "a4"}
    desk.settings.change_many({"printer.sheet": folder,
                               "printer.tickets": dict(folder, paper="receipt")})

    app = QApplication(sys.argv[:1])
    use_kiosk_fonts(app)
    language = InterfaceLanguage(translations_dir())
    language.switch("nl")
    timings = Timings(housekeeping_ms=None, sync_s=None)
    window = MainWindow(desk, language, timings)
    window.show_on_desk(windowed=False)
    window.activateWindow()  # no window manager under Xvfb: give it the keyboard ourselves
    size = window.screen().size()
    print(f"screen {size.width()}x{size.height()}, window {window.width()}x{window.height()}")
    morning = Morning(window, desk, printed, args.out)
    try:
        morning.run()
    except Failure as failure:
        morning.window.grab().save(str(args.out / "failed.png"))
        print(f"FAILED at step {morning.step + 1}: {failure}", file=sys.stderr)
        return 1
    finally:
        window.allow_close()
        window.shutdown()
        desk.close()
    print(f"a busy morning at {size.width()}x{size.height()}: {morning.taps} taps, all well")
    return 0


if __name__ == "__main__":
    start = monotonic()
    status = main()
    print(f"({monotonic() - start:.0f} s)")
    sys.exit(status)
