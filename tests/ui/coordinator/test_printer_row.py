"""Choosing a printer by taps in the settings: the printers found, the paper, a test page."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.core.print_job import Document
from kiosk.core.printers import Paper, PrinterChoice, PrinterKind
from kiosk.printing.backends import PrintFailed, Problem
from kiosk.printing.printer_check import FoundPrinter, print_test_page
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.printer_row import PrinterRow, PrinterTools
from kiosk.ui.coordinator.settings_screen import SettingsScreen
from kiosk.ui.print_status import problem_text
from kiosk.ui.tasks import Tasks
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FOUND = [FoundPrinter("office", True, True), FoundPrinter("hall", False, False)]


def open_settings(
    qtbot: QtBot, frame: type[Frame], desk: Desk, tools: PrinterTools
) -> tuple[SettingsScreen, Frame]:
    screen = SettingsScreen(
        desk.settings.shown, desk.settings.change, desk.access.change_pin, printers=tools
    )
    shown = frame(qtbot, screen)
    shown.tap("settings-group-printers")
    return screen, shown


def sheet_row(screen: SettingsScreen) -> PrinterRow:
    row = screen.rows["printer.sheet"]
    assert isinstance(row, PrinterRow)
    return row


def test_a_found_printer_is_chosen_by_taps_and_saved(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, tmp_path: Path
) -> None:
    """The queues found are buttons (default and paused said in words); tapping one and A4,
    then Save, stores the CUPS choice: nothing typed."""
    tools = PrinterTools(Tasks(inline=True), tmp_path, find=lambda: FOUND)
    screen, shown = open_settings(qtbot, frame, coordinator_desk, tools)
    row = sheet_row(screen)
    labels = [button.label() for button in row.printer_buttons.values()]
    assert labels[:2] == ["office · default", "hall · paused"]
    assert "PDF files in a folder" in labels
    assert not any("ESC/POS" in label for label in labels)  # sheets are A4
    shown.tap("setting-printer-sheet-cups-office")
    shown.tap("setting-printer-sheet-paper-a4")
    shown.tap("settings-save")
    stored = coordinator_desk.settings.printer_choice(Document.SHEET)
    assert stored == PrinterChoice(PrinterKind.CUPS, "office", Paper.A4)


def test_the_ticket_printer_may_be_a_receipt_printer(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, tmp_path: Path
) -> None:
    """Tickets offer ESC/POS; choosing it takes receipt paper and asks for its connection."""
    tools = PrinterTools(Tasks(inline=True), tmp_path, find=lambda: [])
    screen, shown = open_settings(qtbot, frame, coordinator_desk, tools)
    row = screen.rows["printer.tickets"]
    assert isinstance(row, PrinterRow)
    assert row.looking.text() == "No printers found on this computer."
    shown.tap("setting-printer-tickets-escpos-any")
    assert row.paper_buttons["receipt"].isChecked()
    assert not row.paper_buttons["a4"].isEnabled()
    field = shown.find("setting-printer-tickets-target")
    assert isinstance(field, QLineEdit) and field.isVisible()
    field.setText("dummy")
    shown.tap("settings-save")
    stored = coordinator_desk.settings.printer_choice(Document.TICKETS)
    assert stored == PrinterChoice(PrinterKind.ESCPOS, "dummy", Paper.RECEIPT)


def test_a_test_page_to_the_pdf_folder_says_where_it_went(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, tmp_path: Path
) -> None:
    """Test print on the PDF folder writes a real PDF and says so in words."""
    tools = PrinterTools(Tasks(inline=True), tmp_path / "default", find=lambda: [])
    screen, shown = open_settings(qtbot, frame, coordinator_desk, tools)
    row = sheet_row(screen)
    shown.tap("setting-printer-sheet-folder-any")
    row.target.setText(str(tmp_path / "tests"))
    shown.tap("setting-printer-sheet-test")
    pdfs = list((tmp_path / "tests").glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].stat().st_size > 500
    assert row.test_result.text().startswith("✓ The test page was sent to the printer")
    assert not coordinator_desk.settings.printer_choice(Document.SHEET).target  # not saved


def test_a_failed_test_page_is_explained_in_the_volunteers_words(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, tmp_path: Path
) -> None:
    """A printer that is gone: the translated reason first, the technical detail after."""

    def gone(choice: PrinterChoice, folder: Path, lines: list[str]) -> str:
        raise PrintFailed(f"the printer {choice.target} is not known", Problem.UNKNOWN_PRINTER)

    tools = PrinterTools(Tasks(inline=True), tmp_path, find=lambda: FOUND, test_print=gone)
    screen, shown = open_settings(qtbot, frame, coordinator_desk, tools)
    row = sheet_row(screen)
    shown.tap("setting-printer-sheet-cups-hall")
    shown.tap("setting-printer-sheet-test")
    text = row.test_result.text()
    assert "The test page did not print. " + problem_text(Problem.UNKNOWN_PRINTER) in text
    assert text.endswith("Technical detail: the printer hall is not known")
    assert row.test_button.isEnabled()


def test_the_real_folder_backend_prints_a_receipt_test_page(
    tmp_path: Path, kiosk_app: object
) -> None:
    """print_test_page on receipt paper through the real folder back-end makes a PDF."""
    where = print_test_page(
        PrinterChoice(PrinterKind.FOLDER, str(tmp_path), Paper.RECEIPT), tmp_path, ["Test", "ok"]
    )
    assert Path(where).is_file() and Path(where).suffix == ".pdf"
