"""Coordinator mode takes the kiosk's look settings too: high contrast and large text reach
the painted charts, the PIN dots and the done message, not only the volunteer's screens."""

import random
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.demo import demo_party
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.charts import BarChart, ColumnChart
from kiosk.ui.coordinator.dashboard_screen import DashboardScreen
from kiosk.ui.coordinator.pin_screen import PinScreen
from kiosk.ui.stylesheet import BLUE, CALM, HIGH_CONTRAST, LARGE_TEXT_SCALE, stylesheet
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

UI = Path(__file__).resolve().parents[3] / "kiosk" / "ui"


@pytest.fixture
def dashboard(qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk) -> Frame:
    rng = random.Random(5)
    for _ in range(15):
        coordinator_desk.registrations.register(demo_party(rng))
    desk = coordinator_desk
    shown = frame(qtbot, DashboardScreen(desk.registrations.dashboard, desk.days.close_day))
    shown.window.setStyleSheet(stylesheet(high_contrast=True, large_text=True))
    qtbot.wait(1)
    return shown


def colours_in(image: QImage) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }


def test_charts_are_painted_in_high_contrast_and_large_type(dashboard: Frame) -> None:
    """Bars in the high-contrast yellow, numbers in white, type ×1.25; no calm blue left."""
    charts = dashboard.window.findChildren(BarChart) + dashboard.window.findChildren(ColumnChart)
    assert len(charts) == 5
    for chart in charts:
        assert chart.barColor.name() == HIGH_CONTRAST.accent
        assert chart.textColor.name() == HIGH_CONTRAST.ink
        assert chart.textScale == LARGE_TEXT_SCALE
        assert chart.font_of(16).pixelSize() == 20
    painted = colours_in(dashboard.window.grab().toImage())
    assert HIGH_CONTRAST.accent in painted
    assert BLUE not in painted and CALM.accent_dark not in painted


def test_back_to_the_calm_look(dashboard: Frame) -> None:
    """Turning the settings off again gives the charts their calm colours and size back."""
    dashboard.window.setStyleSheet(stylesheet())
    for chart in dashboard.window.findChildren(BarChart):
        assert chart.barColor.name() == CALM.accent
        assert chart.textScale == 1.0


def test_pin_dots_follow_high_contrast(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk
) -> None:
    desk = coordinator_desk
    shown = frame(qtbot, PinScreen(desk.access.login, desk.access.pin_state,
                                   desk.local_now))
    shown.window.setStyleSheet(stylesheet(high_contrast=True))
    qtbot.wait(1)
    dots = shown.find("pin-dots")
    assert isinstance(dots, QLabel)
    assert dots.palette().color(QPalette.ColorRole.WindowText).name() == HIGH_CONTRAST.accent_dark


def test_no_screen_has_colours_of_its_own() -> None:
    """Every colour of the interface is in kiosk/ui/stylesheet.py (one palette per look), so
    no screen can stay calm-coloured under high contrast."""
    found = [
        f"{path.relative_to(UI)}: {colour}"
        for path in UI.rglob("*.py")
        if path.name != "stylesheet.py"
        for colour in re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text(encoding="utf-8"))
    ]
    assert not found, found
