"""The export screen: pick a period, a format and a folder, tap Export; the file is there,
the screen says where, and the numbers read back equal the desk's counts."""

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
from kiosk.ui.coordinator.export_screen import PERIODS, period_of
from kiosk.ui.stylesheet import stylesheet
from tests.fake_clock import PIN, START
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    stick = tmp_path / "USB"
    stick.mkdir()
    return stick


@pytest.fixture
def mode(qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk,
         usb: Path) -> tuple[CoordinatorMode, Frame]:
    family = make_party(language="ar", nationality="SY",
                        people=[("female", "26-59"), ("male", "5-11")])
    for days in (0, 2, 9):
        coordinator_desk.registrations.register(family, at=START - timedelta(days=days))
    screen = CoordinatorMode(coordinator_desk, folders=lambda: [usb])
    shown = frame(qtbot, screen)
    screen.open()
    shown.type_pin(PIN)
    shown.tap("dashboard-export")
    return screen, shown


def test_periods_are_counted_back_from_today() -> None:
    """Yesterday, the last 7 and 30 days, this month and last month, from a given day."""
    today = date(2026, 3, 4)
    assert period_of("yesterday", today) == (date(2026, 3, 3),) * 2
    assert period_of("7-days", today) == (date(2026, 2, 26), today)
    assert period_of("this-month", today) == (date(2026, 3, 1), today)
    assert period_of("last-month", today) == (date(2026, 2, 1), date(2026, 2, 28))


def test_a_csv_export_to_a_usb_stick(
    mode: tuple[CoordinatorMode, Frame], coordinator_desk: Desk, usb: Path
) -> None:
    """Last 7 days as CSV: the file is on the stick, the screen names it, the rows match."""
    screen, shown = mode
    shown.tap("export-period-7-days")
    shown.tap("export-format-csv")
    with shown.qtbot.waitSignal(screen.export.exported, timeout=5000) as exported:
        shown.tap("export-go")
    written = exported.args[0]
    assert isinstance(written, Path) and written.parent == usb and written.suffix == ".csv"
    assert str(written) in screen.export.result.text()
    with written.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    first, last = screen.export.period()
    assert (first, last) == (START.date() - timedelta(days=6), START.date())
    assert [int(r["people"]) for r in rows] == [
        c.people for c in coordinator_desk.registrations.counts_by_day(first, last)]
    assert sum(int(r["people"]) for r in rows) == 4
    assert coordinator_desk.access.audit_entries()[-1].action == "export"


def test_export_waits_on_a_worker_and_then_names_the_file(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, usb: Path
) -> None:
    """While the file is written (on a worker, here held back by the test) the Export
    button says "Exporting…" and cannot be tapped again; then the saved path shows."""
    import threading

    release = threading.Event()
    screen = CoordinatorMode(coordinator_desk, folders=lambda: [usb])
    real = screen._export

    def slow_export(*args: object) -> Path:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return real(*args)  # type: ignore[arg-type]

    screen.export._export = slow_export
    shown = frame(qtbot, screen)
    screen.open()
    shown.type_pin(PIN)
    shown.tap("dashboard-export")
    shown.tap("export-format-csv")
    shown.tap("export-go")
    go = screen.export.go_button
    assert not go.isEnabled() and "Exporting" in go.text()
    assert not screen.export.result.isVisible()
    with qtbot.waitSignal(screen.export.exported, timeout=10_000) as exported:
        release.set()
    assert go.isEnabled() and "Exporting" not in go.text()
    assert str(exported.args[0]) in screen.export.result.text()


def test_the_period_can_be_moved_a_day_at_a_time(mode: tuple[CoordinatorMode, Frame]) -> None:
    """‹ and › move the first and last day; the last day never passes today."""
    screen, shown = mode
    shown.tap("export-period-today")
    shown.tap("export-from-earlier")
    shown.tap("export-from-earlier")
    shown.tap("export-to-later")
    assert screen.export.period() == (START.date() - timedelta(days=2), START.date())
    assert not any(b.isChecked() for b in screen.export.periods.values())


def test_a_pdf_report_in_french(mode: tuple[CoordinatorMode, Frame], usb: Path) -> None:
    """PDF and French chosen with taps: a PDF report lands on the stick."""
    screen, shown = mode
    shown.tap("export-period-30-days")
    shown.tap("export-format-pdf")
    shown.tap("export-language-fr")
    with shown.qtbot.waitSignal(screen.export.exported, timeout=10_000):
        shown.tap("export-go")
    files = list(usb.glob("*.pdf"))
    assert len(files) == 1 and files[0].read_bytes().startswith(b"%PDF")
    assert "✓" in screen.export.result.text()


def test_no_folder_is_said_plainly(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk
) -> None:
    """Without a USB stick or folder: the screen says to plug one in; nothing is written."""
    screen = CoordinatorMode(coordinator_desk, folders=lambda: [])
    shown = frame(qtbot, screen)
    screen.open()
    shown.type_pin(PIN)
    shown.tap("dashboard-export")
    shown.tap("export-go")
    assert "USB stick" in screen.export.result.text()
    after_set_up = coordinator_desk.access.audit_entries()[1:]  # [0]: the first-run set-up
    assert [e.action for e in after_set_up] == ["login"]


def test_the_folder_list_is_read_again(
    mode: tuple[CoordinatorMode, Frame], usb: Path, tmp_path: Path
) -> None:
    """A stick plugged in later shows after 'Look for USB sticks again'."""
    screen, shown = mode
    assert screen.export.folder_list.count() == 1
    shown.tap("export-refresh")
    item = screen.export.folder_list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == str(usb)


@pytest.mark.parametrize(("large_text", "columns"), [(False, 3), (True, 2)])
def test_every_period_shows_its_whole_name_in_any_type_size(
    mode: tuple[CoordinatorMode, Frame], usb: Path, large_text: bool, columns: int
) -> None:
    """Three periods a row in the usual type; in large type two a row, the choices scroll
    and Back and Export stay on screen; chosen (bold, with ✓), no period name is cut off,
    and a long "saved to" path never pushes the screen past 800 pixels."""
    screen, shown = mode
    shown.window.setStyleSheet(stylesheet(high_contrast=large_text, large_text=large_text))
    shown.tap("export-back")
    shown.tap("dashboard-export")  # shown again: it fits itself to the new type size
    export = screen.export
    for name in PERIODS:
        shown.tap(f"export-period-{name}")
        button = export.periods[name]
        assert button.width() >= button.minimumSizeHint().width(), name
    rows = {export.period_grid.getItemPosition(i)[0] for i in range(export.period_grid.count())}
    assert len(rows) == len(PERIODS) // columns
    with shown.qtbot.waitSignal(export.exported, timeout=10_000):
        shown.tap("export-go")
    assert usb.is_dir() and any(usb.iterdir())
    assert shown.window.size().toTuple() == (1280, 800)
    for name in ("export-back", "export-go"):
        widget = shown.find(name)
        assert widget.isVisible() and widget.geometry().bottom() < 800
