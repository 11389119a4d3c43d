"""Taking jobs from the persistent queue, rendering them, and handing them to a printer."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QImage

from kiosk.core.print_job import Document, PrintJob
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.printers import Paper, PrinterChoice
from kiosk.core.site import Site
from kiosk.documents.page import A4
from kiosk.documents.sheet import SheetRequest, paint_sheet
from kiosk.documents.ticket import TicketPrint, paint_tickets, ticket_image, tickets_setup
from kiosk.printing.backends import Backend, PrintFailed, backend_for
from kiosk.printing.rendering import Rendering


class JobSource(Protocol):
    """What the print service needs from the desk (`desk.print_queue` provides it)."""

    def next_print_job(self) -> PrintJob | None: ...
    def print_done(self, job_id: int) -> None: ...
    def print_failed(self, job_id: int, reason: str) -> None: ...
    def ticket_code(self, day: date, serial: int) -> str: ...
    def require_site(self) -> Site: ...
    def printed_info(self) -> PrintedInfo: ...
    def printer_choice(self, document: Document) -> PrinterChoice: ...


@dataclass(frozen=True, slots=True)
class Outcome:
    job: PrintJob
    printed: bool
    where: str  # a file, a CUPS request id, a printer; or the reason it failed


def sheet_rendering(request: SheetRequest) -> Rendering:
    return Rendering(
        title=f"Startpunt sheet {request.language}",
        setup=A4,
        paint=lambda device: paint_sheet(request, device),
    )


def tickets_rendering(tickets: list[TicketPrint], paper: Paper) -> Rendering:
    receipt = paper is Paper.RECEIPT

    def rasters() -> list[QImage]:
        return [ticket_image(ticket) for ticket in tickets]

    return Rendering(
        title="Startpunt meal tickets",
        setup=tickets_setup(a4=not receipt),
        paint=lambda device: paint_tickets(tickets, device, a4=not receipt),
        rasters=rasters if receipt else None,
        receipt=receipt,
    )


class PrintService:
    def __init__(self, source: JobSource, default_folder: Path) -> None:
        self.source = source
        self.default_folder = default_folder

    def backend(self, document: Document) -> tuple[Backend, PrinterChoice]:
        choice = self.source.printer_choice(document)
        return backend_for(choice, self.default_folder), choice

    def rendering(self, job: PrintJob, choice: PrinterChoice) -> Rendering:
        site = self.source.require_site()
        info = self.source.printed_info()
        if job.document is Document.SHEET:
            return sheet_rendering(
                SheetRequest(job.language, site.name, info, number=job.number, day=job.day)
            )
        tickets = [
            TicketPrint(
                site_name=site.name,
                day=job.day,
                serial=serial,
                party_number=job.number,
                language=job.language,
                official_language=info.official_language,
                code=self.source.ticket_code(job.day, serial),
            )
            for serial in job.tickets
        ]
        return tickets_rendering(tickets, choice.paper)

    def print_next(self) -> Outcome | None:
        """Print the next due job; None when nothing is waiting."""
        job = self.source.next_print_job()
        if job is None:
            return None
        try:
            backend, choice = self.backend(job.document)
            where = backend.send(self.rendering(job, choice))
        except PrintFailed as failure:
            self.source.print_failed(job.id, str(failure))
            return Outcome(job, False, str(failure))
        self.source.print_done(job.id)
        return Outcome(job, True, where)
