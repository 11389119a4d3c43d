"""Every screen of a real window, built and reachable one at a time.

The window builds its screens lazily (kiosk.ui.screens, soup counter and coordinator mode on
first use); tests that look at all of them ask for them here.
"""

import time
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.main_window import MainWindow

VOLUNTEER_SCREENS = ("start", "party", "nationality", "needs", "confirm", "done")


def build_every_screen(window: MainWindow, desk: Desk) -> CoordinatorMode:
    """Build the registration steps, the first-run form, the soup counter and coordinator
    mode; the window shows Start again afterwards."""
    for name in VOLUNTEER_SCREENS:
        getattr(window.screens, name)
    window.screens.build_setup()
    window.open_soup_counter(desk)
    window.open_coordinator(desk)
    coordinator = window.findChild(CoordinatorMode)
    assert coordinator is not None
    window.stack.setCurrentWidget(window.screens.start)
    return coordinator


def show_every_screen(window: MainWindow, desk: Desk) -> Iterator[tuple[str, QWidget]]:
    """Put each screen on top in turn (coordinator screens inside coordinator mode) and
    yield its name and widget once it is laid out."""
    coordinator = build_every_screen(window, desk)
    screens: list[tuple[str, QWidget]] = [
        (name, getattr(window.screens, name)) for name in VOLUNTEER_SCREENS
    ]
    setup = window.screens.setup
    assert setup is not None
    screens.append(("setup", setup))
    soup = window.findChild(QWidget, "soup-counter")
    assert soup is not None
    screens.append(("soup-counter", soup))
    for name in ("pin", "dashboard", "export", "settings", "parties"):
        screens.append((f"coordinator-{name}", getattr(coordinator, name)))
    for name, screen in screens:
        if name.startswith("coordinator-"):
            window.stack.setCurrentWidget(coordinator)
            coordinator.setCurrentWidget(screen)
        else:
            window.stack.setCurrentWidget(screen)
        QCoreApplication.processEvents()
        settle(window)
        yield name, screen


# Screens that read the desk on a worker when shown (their rows come back later).
LOADS = ("parties-load",)


def settle(window: MainWindow, seconds: float = 10.0) -> None:
    """Wait until what a shown screen reads on a worker has come back and been laid out, so
    that a check never measures a half-filled screen (on a loaded machine it came late)."""
    deadline = time.monotonic() + seconds
    while any(window.tasks.busy(name) for name in LOADS):
        assert time.monotonic() < deadline, f"a screen's reading did not end in {seconds} s"
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()
