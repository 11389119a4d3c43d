"""Taking jobs from the persistent queue, rendering them, and handing them to a printer."""

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from kiosk.core.codes import Referral
from kiosk.core.print_job import Document, PrintJob
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.printers import Paper, PrinterChoice
from kiosk.core.site import Site
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.ticket import TicketPrint
from kiosk.printing.backends import Backend, PrintFailed, Problem, backend_for
from kiosk.printing.renderer import IN_PROCESS, Renderer, rendering, tickets_order
from kiosk.printing.rendering import Rendering


class JobSource(Protocol):
    """What the print service needs from the desk (`desk.print_queue` provides it)."""

    def next_print_job(self) -> PrintJob | None: ...
    def print_done(self, job_id: int) -> None: ...
    def print_failed(self, job_id: int, reason: str) -> None: ...
    def ticket_code(self, day: date, serial: int) -> str: ...
    def check_code(self, day: date, serial: int) -> str: ...
    def require_site(self) -> Site: ...
    def printed_info(self) -> PrintedInfo: ...
    def party_referrals(self, day: date, number: int) -> tuple[Referral, ...]: ...
    def printer_choice(self, document: Document) -> PrinterChoice: ...


@dataclass(frozen=True, slots=True)
class Outcome:
    job: PrintJob
    printed: bool
    where: str  # a file, a CUPS request id, a printer; or the reason it failed
    problem: Problem | None = None  # what kind of problem, when it failed


def sheet_rendering(request: SheetRequest, renderer: Renderer = IN_PROCESS) -> Rendering:
    return rendering(request, renderer)


def tickets_rendering(
    tickets: list[TicketPrint], paper: Paper, renderer: Renderer = IN_PROCESS
) -> Rendering:
    return rendering(tickets_order(tickets, receipt=paper is Paper.RECEIPT), renderer)


class PrintService:
    def __init__(
        self, source: JobSource, default_folder: Path, renderer: Renderer = IN_PROCESS
    ) -> None:
        self.source = source
        self.default_folder = default_folder
        self.renderer = renderer  # the print worker sets the render process here
        self.stopping = threading.Event()  # set: a waiting back-end gives up (PrintStopped)

    def backend(self, document: Document) -> tuple[Backend, PrinterChoice]:
        choice = self.source.printer_choice(document)
        return backend_for(choice, self.default_folder, self.stopping), choice

    def rendering(self, job: PrintJob, choice: PrinterChoice) -> Rendering:
        site = self.source.require_site()
        info = self.source.printed_info()
        if job.document is Document.SHEET:
            return sheet_rendering(
                SheetRequest(
                    job.language, site.name, info, number=job.number, day=job.day,
                    referrals=self.source.party_referrals(job.day, job.number),
                ),
                self.renderer,
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
                check_code=self.source.check_code(job.day, serial),
            )
            for serial in job.tickets
        ]
        return tickets_rendering(tickets, choice.paper, self.renderer)

    def print_next(self) -> Outcome | None:
        """Print the next due job; None when nothing is waiting or the kiosk is stopping.
        A job cut short by stopping (PrintStopped) stays in the queue as it was."""
        if self.stopping.is_set():
            return None
        job = self.source.next_print_job()
        if job is None:
            return None
        try:
            backend, choice = self.backend(job.document)
            where = backend.send(self.rendering(job, choice))
        except PrintFailed as failure:
            self.source.print_failed(job.id, str(failure))
            return Outcome(job, False, str(failure), failure.problem)
        self.source.print_done(job.id)
        return Outcome(job, True, where)
