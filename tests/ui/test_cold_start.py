"""Cold start: the first screen is painted before SQLAlchemy loads; the desk fills it in after."""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE, MainWindow
from kiosk.ui.today_panel import NOT_YET_COUNTED
from tests.fake_clock import START
from tests.ui.conftest import CALM

PROJECT = Path(__file__).resolve().parents[2]

# Runs the real kiosk.app.run and writes down, at the first paint (inside the paint event,
# before anything the app queues for after it) and once the desk is attached, which modules
# are loaded, which screen shows and what the today panel says.
WATCH = """
import json, sys
from pathlib import Path

import kiosk.ui.main_window as main_window
from kiosk import app

data = Path(sys.argv[1])
seen = {}
original = main_window.MainWindow.__init__


def record(moment, window):
    built = {type(screen).__name__: screen for screen in window.screens.all()}
    today = built["StartScreen"].today if "StartScreen" in built else None
    seen[moment] = {
        "modules": sorted({name.split(".")[0] for name in sys.modules}
                          & {"sqlalchemy", "alembic", "argon2", "pycountry"}),
        "screen": type(window.stack.currentWidget()).__name__,
        "built": sorted(built),
        "figures": None if today is None else [today.people.value.text(),
                                               today.parties.value.text()],
        "database_exists": (data / "kiosk.sqlite3").exists(),
    }


def init(self, *args, **kwargs):
    original(self, *args, **kwargs)
    self.first_paint.connect(lambda: record("first_paint", self))
    self.desk_attached.connect(lambda: record("ready", self))


main_window.MainWindow.__init__ = init
status = app.run(data, offscreen=True, exit_when_ready=True)
print(json.dumps({"status": status, **seen}))
"""


def watch_start(data: Path) -> dict[str, Any]:
    """Start the kiosk in a process of its own on `data`, its clock starting at the tests'
    moment (KIOSK_CLOCK), and return what WATCH saw."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_CLOCK": START.isoformat()}
    done = subprocess.run([sys.executable, "-c", WATCH, str(data)], cwd=PROJECT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen: dict[str, Any] = json.loads(done.stdout)
    return seen


def test_the_first_paint_comes_before_sqlalchemy(desk: Desk, data_dir: Path) -> None:
    """On a set-up desk Start is painted with only Start built and neither SQLAlchemy,
    Alembic nor Argon2 loaded; the desk opens after it: then SQLAlchemy is there, every
    screen is built and the panel shows the counts."""
    desk.registrations.register(make_party(language="ti", nationality="ER",
                             people=[("female", "26-59"), ("male", "0-4")]))
    desk.close()

    seen = watch_start(data_dir)

    assert seen["status"] == 0
    first = seen["first_paint"]
    assert "sqlalchemy" not in first["modules"] and "alembic" not in first["modules"]
    assert "argon2" not in first["modules"] and "pycountry" not in first["modules"]
    assert first["screen"] == "StartScreen"
    assert first["built"] == ["StartScreen"]
    assert first["figures"] == [NOT_YET_COUNTED, NOT_YET_COUNTED]
    ready = seen["ready"]
    assert "sqlalchemy" in ready["modules"]
    assert ready["screen"] == "StartScreen"
    assert len(ready["built"]) == 6
    assert ready["figures"] == ["2", "1"]


def test_a_first_run_paints_the_setup_before_the_database_exists(tmp_path: Path) -> None:
    """No database yet: the set-up screen is painted first, without SQLAlchemy and before
    the file exists; the desk then makes the file and the set-up screen stays."""
    seen = watch_start(tmp_path / "data")

    assert seen["status"] == 0
    first = seen["first_paint"]
    assert first["screen"] == "SetupScreen"
    assert "sqlalchemy" not in first["modules"]
    assert not first["database_exists"]
    ready = seen["ready"]
    assert ready["screen"] == "SetupScreen"
    assert ready["database_exists"]


def test_the_today_panel_shows_the_counts_once_the_desk_is_attached(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """Painted from the peek, Start shows the site and a calm '–' for each figure; once the
    desk is attached, the panel shows today's counts and every screen is there."""
    desk.registrations.register(make_party(language="ar", nationality="SY",
                             people=[("male", "26-59"), ("female", "26-59"),
                                     ("female", "5-11")]))
    window = MainWindow(None, language, CALM, site_name="Startpunt Test")
    qtbot.addWidget(window)
    window.resize(*REFERENCE_SIZE)
    window.show()
    qtbot.waitExposed(window)
    today = window.screens.start.today
    figures = (today.people.value, today.parties.value, today.kids.value)
    assert [figure.text() for figure in figures] == [NOT_YET_COUNTED] * 3
    assert not today.nobody_yet.isVisible()
    assert window.screens.start.site_label.text() == "Startpunt Test"
    assert [type(screen).__name__ for screen in window.screens.all()] == ["StartScreen"]
    assert not window.has_desk()

    with qtbot.waitSignal(window.desk_attached):
        window.attach_desk(desk)

    assert [figure.text() for figure in figures] == ["3", "1", "1"]
    assert today.date_label.text() != ""
    assert window.stack.currentWidget() is window.screens.start
    assert len(window.screens.all()) == 6
    assert window.flow.draft is None


def test_a_stale_look_gives_way_to_the_desk(
    qtbot: QtBot, fresh_desk: Desk, language: InterfaceLanguage
) -> None:
    """Painted as set up, but the desk has no site (the file changed in between): once the
    desk is attached the set-up screen shows, as the desk says."""
    window = MainWindow(None, language, CALM, site_name="Somewhere")
    qtbot.addWidget(window)
    window.show()
    window.attach_desk(fresh_desk)
    assert window.screens.setup is not None
    assert window.stack.currentWidget() is window.screens.setup
    assert window.first_run is not None
