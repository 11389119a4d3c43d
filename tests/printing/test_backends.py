"""Printer back-ends with real parts: a folder, a real CUPS queue, an ESC/POS Dummy."""

import subprocess
import time
from pathlib import Path

import pytest
from escpos.printer import Dummy
from pytestqt.qtbot import QtBot

from kiosk.core.printed_info import PrintedInfo
from kiosk.core.printers import Paper
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.ticket import TicketPrint
from kiosk.printing.backends import CupsBackend, EscPosBackend, FolderBackend, PrintFailed
from kiosk.printing.print_service import sheet_rendering, tickets_rendering
from tests.printing.conftest import CUPS_OUT

INFO = PrintedInfo(official_language="fr")


def a_ticket(serial: int = 1, language: str = "ar") -> TicketPrint:
    from datetime import date

    return TicketPrint(
        "Test",
        date(2026, 11, 26),
        serial,
        7,
        language,
        "fr",
        f"M1.TEST.20261126.{serial}.AAAAAAAAAAAAAAAA",
        "K7R",
    )


def test_folder_backend_writes_a_pdf(qapp: object, tmp_path: Path) -> None:
    """The fallback saves a complete PDF and says where."""
    where = FolderBackend(tmp_path / "printed").send(
        sheet_rendering(SheetRequest("en", "Test", INFO))
    )
    path = Path(where)
    assert path.parent == tmp_path / "printed" and path.suffix == ".pdf"
    assert path.read_bytes().startswith(b"%PDF") and not list(path.parent.glob("*.part"))


def test_folder_backend_reports_an_unwritable_folder(qapp: object, tmp_path: Path) -> None:
    """A folder that cannot be made is a plain failure, not a crash."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PrintFailed, match="cannot write"):
        FolderBackend(blocker / "printed").send(sheet_rendering(SheetRequest("en", "Test", INFO)))


def _wait_for_output(title: str, before: set[Path]) -> Path:
    """The file cups-pdf makes for `title`, once it is whole (cups-pdf writes it while
    Ghostscript renders: a file that pdfinfo cannot read yet is still being written)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = set(CUPS_OUT.glob(f"{title}*.pdf")) - before if CUPS_OUT.exists() else set()
        for path in found:
            if subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode == 0:
                return path
        time.sleep(0.2)
    raise AssertionError(f"no whole output file {title}* in {CUPS_OUT}")


def test_cups_prints_a_sheet_and_tickets(qapp: object, cups_queue: str) -> None:
    """Through the kiosk's own CUPS back-end, a sheet and receipt tickets come out as files."""
    before = set(CUPS_OUT.glob("*.pdf")) if CUPS_OUT.exists() else set()
    backend = CupsBackend(cups_queue)
    job = backend.send(sheet_rendering(SheetRequest("ar", "Test", INFO)))
    assert job.startswith(cups_queue)
    sheet = _wait_for_output("Startpunt_sheet_ar", before)
    backend.send(tickets_rendering([a_ticket(1), a_ticket(2)], Paper.RECEIPT))
    tickets = _wait_for_output("Startpunt_meal_tickets", before)
    # cups-pdf re-renders through Ghostscript (the text layer does not survive): count pages
    info = subprocess.run(["pdfinfo", str(tickets)], capture_output=True, text=True).stdout
    assert "Pages:           2" in info  # one receipt page per ticket
    assert sheet.stat().st_size > 1000


def test_cups_unknown_printer_fails_plainly(qapp: object) -> None:
    """A queue that does not exist is reported by name."""
    with pytest.raises(PrintFailed, match=r"not known|not installed"):
        CupsBackend("no-such-printer").send(sheet_rendering(SheetRequest("en", "Test", INFO)))


def test_cups_disabled_queue_fails_plainly(qapp: object, cups_queue: str) -> None:
    """A paused queue is reported as paused or offline, and resumes afterwards."""
    subprocess.run(["cupsdisable", cups_queue], check=True)
    try:
        with pytest.raises(PrintFailed, match="paused or offline"):
            CupsBackend(cups_queue).send(sheet_rendering(SheetRequest("en", "Test", INFO)))
    finally:
        subprocess.run(["cupsenable", cups_queue], check=True)


def test_escpos_receives_a_raster_of_the_printable_width(qapp: object) -> None:
    """The bytes sent to a receipt printer hold a raster image 576 dots (72 mm at 203 dpi) wide."""
    dummy = Dummy()
    EscPosBackend("dummy", device=dummy).send(tickets_rendering([a_ticket()], Paper.RECEIPT))
    data = dummy.output
    marker = data.find(b"\x1dv0")  # GS v 0: print raster bit image
    assert marker >= 0
    width_bytes = data[marker + 4] | data[marker + 5] << 8
    assert width_bytes * 8 == 576
    assert data.rstrip().endswith(b"\x1dVA\x00") or b"\x1dV" in data[-8:]


def test_escpos_refuses_a4_sheets(qapp: object) -> None:
    """A sheet sent to a receipt printer is refused with a reason, not printed badly."""
    with pytest.raises(PrintFailed, match="cannot print A4"):
        EscPosBackend("dummy", device=Dummy()).send(
            sheet_rendering(SheetRequest("en", "Test", INFO))
        )


_ = QtBot
