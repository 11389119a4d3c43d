"""Meal tickets: one per person, for an 80 mm receipt printer or cut out of an A4 sheet."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPagedPaintDevice, QPainter, QPen

from kiosk.core.languages import language
from kiosk.documents.fonts import families_for, load_fonts
from kiosk.documents.nastaliq import draw_line
from kiosk.documents.page import MM_PER_INCH, PageSetup, page_layout
from kiosk.documents.qr import draw_qr
from kiosk.documents.text_layer import finish_pdf
from kiosk.documents.ticket_texts import ticket_texts

RECEIPT_WIDTH_MM = 72.0  # the printable width of 80 mm receipt paper
TICKET_HEIGHT_MM = 92.0
RECEIPT = PageSetup(80, TICKET_HEIGHT_MM + 8, 4, 0)
A4_GRID = (2, 3)  # columns, rows of cut-out tickets on an A4 page
A4_TICKET_MM = (90.0, TICKET_HEIGHT_MM)
A4_PAGE = PageSetup(210, 297, 10, 0)


@dataclass(frozen=True, slots=True)
class TicketPrint:
    site_name: str
    day: date
    serial: int
    party_number: int | None  # the number of the day, the big one; None on a test print
    language: str  # the arrival's language, for the lines they read
    official_language: str  # the volunteers' language at the soup counter
    code: str  # the signed code in the QR
    check_code: str  # typed with the serial when the QR does not scan (`017-K7R`)

    @property
    def typed_label(self) -> str:
        return f"{self.serial:03d}-{self.check_code}" if self.check_code else f"{self.serial:03d}"


# "Your number" in the volunteers' languages, under the arrival's own
OFFICIAL_LABELS = ("nl", "fr")


def _font(script: str, size_mm: float, dpi: float, bold: bool = False, lang: str = "") -> QFont:
    font = QFont()
    font.setFamilies(families_for(script, lang))
    font.setPixelSize(max(1, round(size_mm * dpi / MM_PER_INCH)))
    font.setBold(bold)
    return font


class TicketPart(Enum):
    """What of a ticket is drawn: all of it; its own lines (the number of the day, the QR and
    the serial with its check code: all in one font); or the frame, the rest, which is the
    same on every ticket of a language, site and day (kiosk/documents/tickets_pdf.py)."""

    WHOLE = "whole"
    OWN = "own"
    FRAME = "frame"


def draw_ticket(
    painter: QPainter,
    ticket: TicketPrint,
    rect: QRectF,
    dpi: float,
    part: TicketPart = TicketPart.WHOLE,
) -> None:
    """One ticket inside `rect` (device pixels), top to bottom: the party's number of the
    day, big and labelled in the arrival's language and in Dutch and French, the date as the
    arrival writes it, the meal, the QR, and small at the foot the ticket's serial with its
    check code for typing. A part leaves the others' lines out, and their room."""
    load_fonts()

    def mm(value: float) -> float:
        return value * dpi / MM_PER_INCH

    arrival = language(ticket.language)
    texts = ticket_texts(ticket.language)
    official = ticket_texts(ticket.official_language)
    centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
    direction = Qt.LayoutDirection.RightToLeft if arrival.rtl else Qt.LayoutDirection.LeftToRight
    painter.save()
    painter.setPen(QColor("black"))
    y = rect.top()

    # Every line is bold: thermal paper prints bold more evenly, and a PDF of the ticket
    # embeds one Latin font, not two (each font embedded costs Qt a few milliseconds).
    def drawn(own: bool) -> bool:
        return part is TicketPart.WHOLE or (part is TicketPart.OWN) == own

    def line(
        text: str, script: str, size: float, height: float, rtl: bool = False, own: bool = False
    ) -> None:
        nonlocal y
        if drawn(own):
            painter.setLayoutDirection(direction if rtl else Qt.LayoutDirection.LeftToRight)
            # the arrival's lines in their language's font (Urdu: Nastaliq)
            painter.setFont(_font(script, size, dpi, True, arrival.code if rtl else ""))
            box = QRectF(rect.left(), y, rect.width(), mm(height))
            draw_line(painter, box, centre, text, rtl and arrival.rtl)
        y += mm(height)

    number = ticket.party_number if ticket.party_number is not None else ticket.serial
    labels = [ticket_texts(code).your_number for code in OFFICIAL_LABELS if code != arrival.code]
    line(ticket.site_name, "Latin", 3, 4.5)
    line(texts.your_number, arrival.script, 4.4, 6, rtl=True)
    line(" · ".join(labels), "Latin", 3, 4.5)
    line(f"{number:03d}", "Latin", 21, 20, own=True)
    line(texts.written_date(ticket.day), arrival.script, 4, 6, rtl=True)
    line(texts.meal, arrival.script, 3.8, 5.5, rtl=True)
    if official.language != ticket.language:
        line(official.meal, "Latin", 3, 4.5)
    line(texts.valid_today, arrival.script, 3, 4.5, rtl=True)
    side = mm(26)
    if drawn(own=True):
        square = QRectF(rect.center().x() - side / 2, y + mm(0.5), side, side)
        draw_qr(painter, ticket.code, square)
    y += side + mm(1)
    line(ticket.typed_label, "Latin", 3.4, 5, own=True)
    painter.restore()


TICKETS_TITLE = "Meal tickets"  # the PDF's title
RECEIPT_DPI = 203.2  # 8 dots per millimetre, the resolution of thermal receipt printers


def ticket_image(
    ticket: TicketPrint, dpi: float = RECEIPT_DPI, width_mm: float = RECEIPT_WIDTH_MM
) -> QImage:
    """A receipt printer's raster: white paper, black ink, exactly the printable width."""
    width = round(width_mm * dpi / MM_PER_INCH)
    height = round(TICKET_HEIGHT_MM * dpi / MM_PER_INCH)
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    draw_ticket(painter, ticket, QRectF(0, 0, width, height), dpi)
    painter.end()
    return image


def tickets_setup(a4: bool) -> PageSetup:
    return A4_PAGE if a4 else RECEIPT


@dataclass(frozen=True, slots=True)
class Slot:
    """Where a ticket goes: its page, its cut-out line on A4 (None on a roll), its rectangle
    (device pixels)."""

    page: int
    cut: QRectF | None
    rect: QRectF


def ticket_slots(count: int, a4: bool, dpi: float) -> Iterator[Slot]:
    """One page of the roll each, or A4_GRID to an A4 page, centred."""

    def mm(value: float) -> float:
        return value * dpi / MM_PER_INCH

    if not a4:
        for index in range(count):
            yield Slot(index, None, QRectF(mm(4), mm(4), mm(72), mm(TICKET_HEIGHT_MM)))
        return
    columns, rows = A4_GRID
    per_page = columns * rows
    width, height = A4_TICKET_MM
    left = (210 - columns * width) / 2
    top = (297 - rows * height) / 2
    for index in range(count):
        page, slot = divmod(index, per_page)
        column, row = slot % columns, slot // columns
        cell = QRectF(mm(left + column * width), mm(top + row * height), mm(width), mm(height))
        yield Slot(page, cell, cell.adjusted(mm(4), mm(2), -mm(4), -mm(2)))


def paint_tickets(
    tickets: Sequence[TicketPrint],
    device: QPagedPaintDevice,
    a4: bool,
    part: TicketPart | None = TicketPart.WHOLE,
) -> int:
    """Paint tickets on a PDF writer or a printer (`part` None: only their cut-out lines);
    returns the number of pages."""
    if not tickets:
        raise ValueError("no tickets to print")
    device.setPageLayout(page_layout(tickets_setup(a4)))
    dpi = device.logicalDpiY()
    cut = QPen(QColor("#888888"), 0.2 * dpi / MM_PER_INCH, Qt.PenStyle.DashLine)
    painter = QPainter(device)
    page = 0
    try:
        for ticket, slot in zip(tickets, ticket_slots(len(tickets), a4, dpi), strict=True):
            if slot.page != page:
                device.newPage()
                page = slot.page
            if slot.cut is not None:
                painter.setPen(cut)
                painter.drawRect(slot.cut)
            if part is not None:
                draw_ticket(painter, ticket, slot.rect, dpi, part)
    finally:
        painter.end()
        finish_pdf(device)
    return page + 1
