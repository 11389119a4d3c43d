"""Coordinator mode is made for a finger: buttons ≥ 48 px on every screen, lists that flick.
(No SQL, small modules and tr() everywhere are checked for all of kiosk/ui in
tests/ui/test_ui_layer.py.)"""

import contextlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.coordinator.printer_row import PrinterRow
from kiosk.ui.touch import MIN_TARGET, is_kinetic
from tests.fake_clock import PIN
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def squeezed(screen: QWidget) -> list[str]:
    return [f"{b.objectName() or b.text()!r}: {b.width()}×{b.height()}"
            for b in screen.findChildren(QAbstractButton)
            if b.isVisible() and (b.width() < MIN_TARGET or b.height() < MIN_TARGET)]


def too_small(qtbot: QtBot, screen: QWidget) -> list[str]:
    """The buttons still too small once the screen has settled. A printer row's list comes
    back from a worker (lpstat) and adds buttons; the scroll area grows its page for them at
    the next turn of the event loop, before anything is painted. Measured in between (CI with
    a CUPS queue, 1 run in 5), they were 35 px high for that one turn."""
    QApplication.processEvents()
    rows = screen.findChildren(PrinterRow)
    qtbot.waitUntil(lambda: all(row.printers_found is not None for row in rows), timeout=5000)
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: squeezed(screen) == [], timeout=1000)
    return squeezed(screen)


def test_every_button_is_big_enough_on_every_screen(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, tmp_path: Path
) -> None:
    """PIN pad, dashboard, export and every settings group, at 1280×800."""
    mode = CoordinatorMode(coordinator_desk, folders=lambda: [tmp_path])
    shown = frame(qtbot, mode)
    mode.open()
    assert too_small(qtbot, mode.pin) == []
    shown.type_pin(PIN)
    assert too_small(qtbot, mode.dashboard) == []
    shown.tap("dashboard-export")
    assert too_small(qtbot, mode.export) == []
    shown.tap("export-back")
    shown.tap("dashboard-settings")
    for name in mode.settings.group_buttons:
        shown.tap(f"settings-group-{name}")
        assert too_small(qtbot, mode.settings) == [], name
    areas = [a for a in mode.findChildren(QAbstractScrollArea)
             if a.objectName().startswith(("dashboard", "export", "settings-page"))]
    assert len(areas) >= 3 and [a.objectName() for a in areas if not is_kinetic(a)] == []
