"""Coordinator mode stays a thin, touchable, translatable layer: buttons ≥ 48 px on every
screen, lists that flick, no SQL, small modules, no text set without tr()."""

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

import kiosk.ui.coordinator
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.touch import MIN_TARGET, is_kinetic
from tests.fake_clock import PIN
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
PACKAGE = Path(kiosk.ui.coordinator.__file__).resolve().parent
MODULES = sorted(PACKAGE.glob("*.py"))


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


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_screens_never_touch_the_database() -> None:
    """No SQLAlchemy, Alembic or sqlite3 here: only the Desk's methods, passed in."""
    for path in MODULES:
        roots = {name.split(".")[0] for name in imported(path)}
        assert not roots & {"sqlalchemy", "alembic", "sqlite3"}, path.name


def test_modules_stay_small() -> None:
    """No module passes 500 lines."""
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES}
    assert {name: n for name, n in sizes.items() if n > 500} == {}


def test_no_text_is_set_without_translation() -> None:
    """setText/setPlaceholderText/set_label never get a bare string literal."""
    setters = {"setText", "setPlaceholderText", "setWindowTitle", "set_label"}
    bare = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in setters and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and node.args[0].value.strip()):
                bare.append(f"{path.name}:{node.lineno}")
    assert bare == []
