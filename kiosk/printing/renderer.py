"""Who draws a document: this process (the command line, tests) or the render process.

An order says what to draw: a sheet (`SheetRequest`) or a set of meal tickets
(`TicketsOrder`). Both are plain frozen dataclasses, so they can be pickled and sent to the
render process (`kiosk.printing.render_process`) as they are. A `Renderer` turns an order
into a PDF file or into receipt-printer rasters; `rendering` wraps an order and a renderer
into the `Rendering` the back-ends take.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QImage, QPagedPaintDevice

from kiosk.documents.page import A4, PageSetup
from kiosk.documents.sheet import SheetRequest, paint_sheet
from kiosk.documents.sheet_pdf import render_sheet_pdf
from kiosk.documents.ticket import TicketPrint, paint_tickets, ticket_image, tickets_setup
from kiosk.documents.tickets_pdf import render_tickets_pdf
from kiosk.printing.rendering import Rendering


@dataclass(frozen=True, slots=True)
class TicketsOrder:
    tickets: tuple[TicketPrint, ...]
    receipt: bool  # an 80 mm roll (one page or raster each); else cut-out tickets on A4


Order = SheetRequest | TicketsOrder


class Renderer(Protocol):
    def write_pdf(self, order: Order, target: str) -> int:
        """Write the document as a PDF file at `target`; returns the number of pages.
        Raises PrintFailed (kiosk.printing.backends) when it cannot be drawn."""
        ...

    def rasters(self, order: TicketsOrder) -> list[QImage]:
        """One receipt-printer image per ticket."""
        ...


def title_of(order: Order) -> str:
    if isinstance(order, SheetRequest):
        return f"Startpunt sheet {order.language}"
    return "Startpunt meal tickets"


def setup_of(order: Order) -> PageSetup:
    return A4 if isinstance(order, SheetRequest) else tickets_setup(a4=not order.receipt)


def paint(order: Order, device: QPagedPaintDevice) -> int:
    """Paint every page of the order on `device`, in this process; returns the page count."""
    if isinstance(order, SheetRequest):
        return paint_sheet(order, device)
    return paint_tickets(order.tickets, device, a4=not order.receipt)


class InProcessRenderer:
    """Draws on the calling thread: for the command line and tests, where no GUI thread waits."""

    def write_pdf(self, order: Order, target: str) -> int:
        """Drawn in memory and written at once: the next party's sheet is a kept sheet's PDF
        with its card (kiosk.documents.sheet_pdf), tickets a kept frame with each ticket's
        own lines (kiosk.documents.tickets_pdf)."""
        if isinstance(order, SheetRequest):
            return render_sheet_pdf(order, target, title_of(order))
        return render_tickets_pdf(order.tickets, target, not order.receipt, title_of(order))

    def rasters(self, order: TicketsOrder) -> list[QImage]:
        return [ticket_image(ticket) for ticket in order.tickets]


IN_PROCESS = InProcessRenderer()


def rendering(order: Order, renderer: Renderer = IN_PROCESS) -> Rendering:
    """The order as the back-ends take it. PDFs and rasters come from `renderer`; a system
    printer (QtBackend) is always painted on in this process (a QPrinter cannot be sent)."""
    receipt = isinstance(order, TicketsOrder) and order.receipt

    def rasters() -> list[QImage]:
        assert isinstance(order, TicketsOrder)
        return renderer.rasters(order)

    def write_pdf(target: str) -> int:
        return renderer.write_pdf(order, target)

    def paint_here(device: QPagedPaintDevice) -> int:
        return paint(order, device)

    return Rendering(
        title=title_of(order),
        setup=setup_of(order),
        paint=paint_here,
        write_pdf=write_pdf,
        rasters=rasters if receipt else None,
        receipt=receipt,
    )


def tickets_order(tickets: Sequence[TicketPrint], receipt: bool) -> TicketsOrder:
    return TicketsOrder(tuple(tickets), receipt)
