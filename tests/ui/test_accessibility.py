"""Every control can be found and named by a screen reader, in the interface's language.

A button is named by its visible text when it has no accessible name of its own: Qt's
accessibility (QAccessibleButton) reads the text then, so a button passes with either.
A field, a list or a combo box has no text of its own that names it, so it needs an
accessible name, set in the widget's retranslate() to follow the interface language.
"""

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.core.site import VOLUNTEER_LANGUAGES
from kiosk.store.desk import Desk
from kiosk.ui.buttons import ActionButton
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import REFERENCE_SIZE, MainWindow
from kiosk.ui.nationality_screen import NationalityScreen
from kiosk.ui.stylesheet import DISPLAY_SIZE, LARGE_TEXT_SCALE, STYLESHEET, stylesheet
from tests.ui.conftest import open_window
from tests.ui.every_screen import build_every_screen, show_every_screen
from tests.ui.text_fit import clipped_texts
from tests.ui.widest_date import desk_on, widest_date

SCREENSHOTS = os.environ.get("KIOSK_SCREENSHOTS")  # a folder: save the screens there

NAMED_KINDS: tuple[type[QWidget], ...] = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the control (see the module docstring)."""
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&", "").strip()
    return name


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for kind in NAMED_KINDS:
        for widget in root.findChildren(kind):
            if not spoken_name(widget):
                found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_of_every_screen_has_a_name(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """Registration steps, first run, soup counter and every coordinator screen: no button,
    field, list or combo box is left without a name a screen reader can say."""
    window = open_window(qtbot, desk, language)
    build_every_screen(window, desk)
    assert unnamed_controls(window) == []


def test_names_follow_the_interface_language(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """A field's accessible name is set again when the interface language changes, like its
    visible caption (here: the nationality list is named by the heading above it)."""
    window = open_window(qtbot, desk, language)
    screen = window.screens.nationality
    assert isinstance(screen, NationalityScreen)
    assert screen.list.accessibleName() == screen.all_heading.text()
    screen.all_heading.setText("changed")
    screen.retranslate()
    assert screen.list.accessibleName() == screen.all_heading.text() != "changed"


def font_sizes(sheet: str) -> list[int]:
    return [int(size) for size in re.findall(r"font-size: (\d+)px", sheet)]


def test_large_text_scales_every_reading_size() -> None:
    """Large text makes every reading size of the style sheet a quarter bigger, none left
    behind; display type (titles, endonyms, figures, the number of the day) is already big
    and sized to fit its place, so it stays."""
    normal, large = font_sizes(stylesheet()), font_sizes(stylesheet(large_text=True))
    assert len(normal) == len(large) > 10
    assert large == [
        size if size >= DISPLAY_SIZE else round(size * LARGE_TEXT_SCALE) for size in normal
    ]
    assert sum(size < DISPLAY_SIZE for size in normal) > 10
    assert stylesheet() == STYLESHEET


def test_high_contrast_uses_black_white_and_yellow() -> None:
    """The high-contrast sheet keeps none of the calm palette's colours: text and lines are
    white or yellow on black (greys only for what cannot be tapped, tint for what is chosen)."""
    colours = set(re.findall(r"#[0-9a-f]{6}", stylesheet(high_contrast=True)))
    assert colours <= {"#000000", "#ffffff", "#ffff00", "#333300", "#c0c0c0", "#808080"}
    assert {"#000000", "#ffffff", "#ffff00"} <= colours


def save_screenshot(window: MainWindow, folder: str, name: str) -> None:
    if SCREENSHOTS:
        target = Path(SCREENSHOTS) / folder
        target.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(target / f"{name}.png"))


@pytest.mark.parametrize(
    ("key", "high_contrast", "large_text"),
    [("high_contrast", True, False), ("large_text", False, True)],
)
def test_a_saved_look_setting_changes_the_window_at_once(
    qtbot: QtBot,
    desk: Desk,
    language: InterfaceLanguage,
    key: str,
    high_contrast: bool,
    large_text: bool,
) -> None:
    """A coordinator turns the setting on in the settings screen; the window takes the new
    look when it is saved, and keeps it when the kiosk starts again on the same desk."""
    window = open_window(qtbot, desk, language)
    assert window.styleSheet() == STYLESHEET
    window.open_coordinator(desk)
    coordinator = window.findChild(CoordinatorMode)
    assert coordinator is not None
    row = coordinator.settings.rows[key]
    assert row.choices["true"].text() == "On"
    row.choices["true"].click()
    coordinator.settings.save()
    assert window.styleSheet() == stylesheet(high_contrast=high_contrast, large_text=large_text)
    window.close()

    again = open_window(qtbot, desk, language)
    assert again.styleSheet() == stylesheet(high_contrast=high_contrast, large_text=large_text)
    QCoreApplication.processEvents()
    save_screenshot(again, "accessibility", f"start-{key.replace('_', '-')}")


LOOKS = {"normal": (False, False), "large-high-contrast": (True, True)}
WIDEST_DAYS = [(code, look) for code in VOLUNTEER_LANGUAGES for look in LOOKS]


def widest_day_window(
    qtbot: QtBot, data_dir: Path, language: InterfaceLanguage, code: str, look: str
) -> tuple[MainWindow, Desk]:
    """The window in `code` (its committed translations) on a desk whose clock stands on
    the widest date of that language, with `look`'s settings."""
    desk = desk_on(data_dir, widest_date(code))
    high_contrast, large_text = LOOKS[look]
    desk.settings.change("high_contrast", str(high_contrast).lower())
    desk.settings.change("large_text", str(large_text).lower())
    language.switch(code)
    window = open_window(qtbot, desk, language)
    QCoreApplication.processEvents()
    return window, desk


@pytest.mark.parametrize(("code", "look"), WIDEST_DAYS)
def test_the_start_screen_clips_nothing_on_the_widest_date(
    qtbot: QtBot, data_dir: Path, shipped_language: InterfaceLanguage, code: str, look: str
) -> None:
    """At 1280×800, in each volunteer language on its widest date, in normal type and in
    large high-contrast type: every label and button of Start shows its whole text."""
    window, desk = widest_day_window(qtbot, data_dir, shipped_language, code, look)
    try:
        save_screenshot(window, "accessibility", f"start-{code}-{look}")
        clipped = clipped_texts(window.screens.start)
        assert not clipped, "\n".join(clipped)
    finally:
        window.close()
        desk.close()


@pytest.mark.parametrize(("code", "look"), WIDEST_DAYS)
def test_every_screen_fits_and_clips_nothing_on_the_widest_date(
    qtbot: QtBot, data_dir: Path, shipped_language: InterfaceLanguage, code: str, look: str
) -> None:
    """Every screen (coordinator mode too) at 1280×800, in each volunteer language on the
    day whose long date is widest in it (tests/ui/widest_date.py), in normal type and in
    large high-contrast type: the window never has to grow past the touchscreen, and every
    label and button shows its whole text, none squeezed narrower than it."""
    window, desk = widest_day_window(qtbot, data_dir, shipped_language, code, look)
    try:
        problems: list[str] = []
        for name, screen in show_every_screen(window, desk):
            save_screenshot(window, "accessibility", f"{code}-{look}-{name}")
            needed = screen.minimumSizeHint()
            if needed.height() > REFERENCE_SIZE[1] or needed.width() > REFERENCE_SIZE[0]:
                problems.append(f"{name}: needs {needed.width()}×{needed.height()}")
            problems += [f"{name}: {what}" for what in clipped_texts(screen)]
        assert window.size().toTuple() == REFERENCE_SIZE
        assert not problems, f"{code} {look} on {widest_date(code)}:\n" + "\n".join(problems)
    finally:
        window.close()
        desk.close()


def test_the_fit_check_sees_a_button_squeezed_below_its_text(
    qtbot: QtBot, kiosk_app: QApplication
) -> None:
    """A button that a full row squeezes narrower than its text is reported, by its actual
    width, though its minimumSizeHint asks for enough."""
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.setStyleSheet(STYLESHEET)
    screen.resize(600, 200)
    row = QWidget(screen)  # not a window: its layout cannot make it wider
    layout = QHBoxLayout(row)
    buttons = [ActionButton(f"b{n}") for n in range(5)]
    for button in buttons:
        button.setText("Export the counts")
        layout.addWidget(button)
    row.setGeometry(0, 0, 400, 120)
    screen.show()
    qtbot.waitExposed(screen)
    assert buttons[0].width() < buttons[0].minimumSizeHint().width()
    assert len(clipped_texts(row)) == 5
