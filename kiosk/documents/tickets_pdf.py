"""Meal tickets as a PDF file: each ticket's own lines drawn, the rest laid over from a kept
frame.

A ticket's frame (the site, "your number" in three languages, the date, the meal, "valid
today") is the same on every ticket of a language, a site and a day; what is a ticket's own
(the number of the day, the QR code, the serial with its check code) is all in one font
(kiosk/documents/ticket.py, `TicketPart`). So Qt draws the frame once and keeps it, and for
each print only the tickets' own lines, one page per ticket in one PDF; the pages of the print
(blank, or with A4's cut-out lines, also kept) get both laid over each ticket's place
(`pdf_overlay`). Qt's PDF writer spends a fixed ~2.4 ms on each font of a PDF when its
painter ends: a print's own PDF has one font, where a whole ticket has two to four (Urdu's
Nastaliq, its Naskh copies, Noto Sans). Tickets all in Noto Sans (Latin and Cyrillic
languages) have one font anyway: they are drawn whole.

A printer (`ticket.paint_tickets`) and the receipt printers' rasters draw whole tickets.
"""

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter

from kiosk.core.languages import language
from kiosk.documents.fonts import families_for
from kiosk.documents.page import (
    CREATOR,
    PDF_DPI,
    memory_pdf,
    page_layout,
    part_layout,
    points,
    write_pdf_file,
)
from kiosk.documents.pdf_overlay import KeptPdfs, Part, lay_over
from kiosk.documents.text_layer import write_whole
from kiosk.documents.ticket import (
    TICKETS_TITLE,
    TicketPart,
    TicketPrint,
    draw_ticket,
    paint_tickets,
    ticket_slots,
    tickets_setup,
)

__all__ = ["render_tickets_pdf"]

KEPT = 16  # frames and blank prints per thread: a few KB each


_kept = KeptPdfs(KEPT)


def render_tickets_pdf(
    tickets: Sequence[TicketPrint], target: str, a4: bool = False, title: str = TICKETS_TITLE
) -> int:
    """Tickets as a PDF at `target`: one 80 mm page each, or a sheet of cut-out tickets on
    A4; returns the number of pages."""
    if not tickets:
        raise ValueError("no tickets to print")
    if all(_in_one_font(ticket) for ticket in tickets):  # nothing to save: drawn whole
        return write_pdf_file(
            target,
            page_layout(tickets_setup(a4)),
            title,
            lambda writer: paint_tickets(tickets, writer, a4),
        )
    slots = list(ticket_slots(len(tickets), a4, PDF_DPI))
    pages = slots[-1].page + 1
    blank = _kept.get(("print", a4, len(tickets), title), lambda: _blank_print(tickets, a4, title))
    own = _part_pdf(tickets, slots[0].rect, TicketPart.OWN)
    parts = []
    for index, (ticket, slot) in enumerate(zip(tickets, slots, strict=True)):
        key = (
            "frame",
            ticket.site_name,
            ticket.day,
            ticket.language,
            ticket.official_language,
            round(slot.rect.width(), 2),
            round(slot.rect.height(), 2),
        )
        frame = _kept.get(key, partial(_part_pdf, [ticket], slot.rect, TicketPart.FRAME))
        left, top = points(slot.rect.left()), points(slot.rect.top())
        parts += [Part(frame, slot.page, left, top), Part(own, slot.page, left, top, index)]
    write_whole(target, lay_over(blank, parts))
    return pages


def _in_one_font(ticket: TicketPrint) -> bool:
    """Whether the whole ticket is in its own lines' font (Noto Sans: Latin, Cyrillic):
    then the frame would embed no font of its own, and laying it over costs more (~1 ms)
    than it saves."""
    script = language(ticket.language).script
    return families_for(script, ticket.language)[0] == families_for("Latin")[0]


def _blank_print(tickets: Sequence[TicketPrint], a4: bool, title: str) -> bytes:
    """The print's pages with nothing on them but A4's cut-out lines."""

    def draw(writer: QPdfWriter) -> None:
        paint_tickets(tickets, writer, a4, None)

    return memory_pdf(page_layout(tickets_setup(a4)), title, draw)


def _part_pdf(tickets: Sequence[TicketPrint], rect: QRectF, part: TicketPart) -> bytes:
    """One page per ticket with the part drawn at its top left, as large as `rect`."""
    shown = QRectF(0, 0, rect.width(), rect.height())

    def draw(writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        try:
            for index, ticket in enumerate(tickets):
                if index:
                    writer.newPage()
                draw_ticket(painter, ticket, shown, PDF_DPI, part)
        finally:
            painter.end()

    return memory_pdf(part_layout(rect.width(), rect.height()), CREATOR, draw)
