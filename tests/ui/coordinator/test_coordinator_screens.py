"""Coordinator mode is made for a finger: buttons ≥ 48 px on every screen, lists that flick.
(No SQL, small modules and tr() everywhere are checked for all of kiosk/ui in
tests/ui/test_ui_layer.py.)"""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.touch import MIN_TARGET, is_kinetic
from tests.fake_clock import PIN
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def too_small(screen: QWidget) -> list[str]:
    QApplication.processEvents()
    return [f"{b.objectName() or b.text()!r}: {b.width()}×{b.height()}"
            for b in screen.findChildren(QAbstractButton)
            if b.isVisible() and (b.width() < MIN_TARGET or b.height() < MIN_TARGET)]


def test_every_button_is_big_enough_on_every_screen(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, tmp_path: Path
) -> None:
    """PIN pad, dashboard, export and every settings group, at 1280×800."""
    mode = CoordinatorMode(coordinator_desk, folders=lambda: [tmp_path])
    shown = frame(qtbot, mode)
    mode.open()
    assert too_small(mode.pin) == []
    shown.type_pin(PIN)
    assert too_small(mode.dashboard) == []
    shown.tap("dashboard-export")
    assert too_small(mode.export) == []
    shown.tap("export-back")
    shown.tap("dashboard-settings")
    for name in mode.settings.group_buttons:
        shown.tap(f"settings-group-{name}")
        assert too_small(mode.settings) == [], name
    areas = [a for a in mode.findChildren(QAbstractScrollArea)
             if a.objectName().startswith(("dashboard", "export", "settings-page"))]
    assert len(areas) >= 3 and [a.objectName() for a in areas if not is_kinetic(a)] == []
