"""The printers this computer knows, and a short test page to see that one prints.

Both run printing commands (`lpstat`, `lp`) or paint: call them from a worker, never from
the screens' thread (kiosk.ui.tasks).
"""

import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPaintDevice, QPainter

from kiosk.core.printers import Paper, PrinterChoice
from kiosk.documents.page import A4, pdf_writer
from kiosk.documents.ticket import RECEIPT, RECEIPT_DPI, RECEIPT_WIDTH_MM
from kiosk.printing.backends import LPSTAT_TIMEOUT_S, backend_for, cups_queues, run_command
from kiosk.printing.rendering import Rendering

TEST_TITLE = "Startpunt test page"


@dataclass(frozen=True, slots=True)
class FoundPrinter:
    name: str  # the CUPS queue
    ready: bool  # False: paused or disabled
    default: bool  # the computer's default printer


def found_printers() -> list[FoundPrinter]:
    """The CUPS queues (`lpstat -p`, `lpstat -d`); empty when CUPS is not installed."""
    default = ""
    lpstat = shutil.which("lpstat")
    if lpstat is not None:
        try:
            done = run_command([lpstat, "-d"], LPSTAT_TIMEOUT_S)
        except (OSError, subprocess.TimeoutExpired):
            done = None
        if done is not None and ":" in done.stdout:
            default = done.stdout.rsplit(":", 1)[1].strip()
    return [
        FoundPrinter(name, state != "disabled", name == default)
        for name, state in cups_queues()
    ]


def _paint_lines(painter: QPainter, area: QRectF, lines: Sequence[str], point_size: float) -> None:
    painter.setPen(QColor("black"))
    painter.drawRect(area)
    font = QFont("Noto Sans")
    font.setPointSizeF(point_size * 1.6)
    font.setBold(True)
    painter.setFont(font)
    inner = area.adjusted(area.width() * 0.05, area.height() * 0.05, -area.width() * 0.05, 0)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    used = painter.boundingRect(inner, flags, lines[0] if lines else "")
    painter.drawText(inner, flags, lines[0] if lines else "")
    font.setBold(False)
    font.setPointSizeF(point_size)
    painter.setFont(font)
    painter.drawText(inner.adjusted(0, used.height() * 1.4, 0, 0), flags, "\n\n".join(lines[1:]))


def trial_page(lines: Sequence[str], paper: Paper) -> Rendering:
    """A page with a frame and `lines` (the first as a heading), on A4 or on receipt paper."""
    receipt = paper is Paper.RECEIPT
    setup = RECEIPT if receipt else A4

    def paint(device: QPaintDevice) -> int:
        painter = QPainter(device)
        dpi = device.logicalDpiX()
        width = setup.px(setup.width_mm - 2 * setup.margin_mm, dpi)
        height = setup.px(60 if receipt else 120, dpi)
        margin = setup.px(setup.margin_mm, dpi)
        _paint_lines(painter, QRectF(margin, margin, width, height), lines, 9 if receipt else 14)
        painter.end()
        return 1

    def write_pdf(target: str) -> int:
        return paint(pdf_writer(target, setup, title=TEST_TITLE))

    def rasters() -> list[QImage]:
        width = round(RECEIPT_WIDTH_MM * RECEIPT_DPI / 25.4)
        image = QImage(width, round(width * 0.9), QImage.Format.Format_Grayscale8)
        image.setDotsPerMeterX(round(RECEIPT_DPI / 0.0254))
        image.setDotsPerMeterY(round(RECEIPT_DPI / 0.0254))
        image.fill(QColor("white"))
        painter = QPainter(image)
        _paint_lines(painter, QRectF(4, 4, width - 8, image.height() - 8), lines, 9)
        painter.end()
        return [image]

    return Rendering(
        title=TEST_TITLE,
        setup=setup,
        paint=paint,
        write_pdf=write_pdf,
        rasters=rasters if receipt else None,
        receipt=receipt,
    )


def print_test_page(choice: PrinterChoice, default_folder: Path, lines: Sequence[str]) -> str:
    """Print the test page on `choice`; returns where it went, raises PrintFailed."""
    backend = backend_for(choice, default_folder)
    return backend.send(trial_page(lines, choice.paper))
