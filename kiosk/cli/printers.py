"""`kiosk printers` and `kiosk print-test`: what the kiosk can print to, and a test page."""

import argparse
import json
from pathlib import Path

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.offscreen import qt_for_documents
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.meal_ticket import MealTicket, encode, new_secret
from kiosk.core.print_job import Document
from kiosk.paths import data_dir


def add_to(commands: Commands, common: CommandLine) -> None:
    listing = commands.add_parser(
        "printers", parents=[common], help="list what the kiosk can print to"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_printers)
    test = commands.add_parser(
        "print-test",
        parents=[common],
        help="print a test sheet and a test ticket on the chosen printers",
    )
    test.set_defaults(run=run_print_test)


def printed_folder(option: str | None) -> str:
    return str(data_dir(option) / "printed")


def run_printers(args: argparse.Namespace) -> int:
    from kiosk.printing.backends import cups_queues

    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        chosen = {doc.value: desk.settings.printer_choice(doc).to_json() for doc in Document}
    qt_for_documents()
    from PySide6.QtPrintSupport import QPrinterInfo

    queues = cups_queues()
    system = list(QPrinterInfo.availablePrinterNames())
    folder = printed_folder(args.data_dir)
    if args.json:
        cups = [{"queue": queue, "state": state} for queue, state in queues]
        found = {"chosen": chosen, "cups": cups, "system": system, "folder": folder}
        print(json.dumps(found, indent=2))
        return 0
    for doc, choice in chosen.items():
        print(f"{doc:8} → {choice['kind']} {choice['target'] or folder} ({choice['paper']})")
    print("CUPS queues:", ", ".join(f"{q} ({state})" for q, state in queues) or "none")
    print("System printers:", ", ".join(system) or "none")
    print(f"Folder (always available): {folder}")
    return 0


def run_print_test(args: argparse.Namespace) -> int:
    qt_for_documents()
    from kiosk.documents.sheet import SheetRequest
    from kiosk.documents.ticket import TicketPrint
    from kiosk.printing.backends import PrintFailed, backend_for
    from kiosk.printing.print_service import sheet_rendering, tickets_rendering

    failures = 0
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        site, info = desk.require_site(), desk.settings.printed_info()
        choices = {doc: desk.settings.printer_choice(doc) for doc in Document}
        today = desk.today()
    folder = Path(printed_folder(args.data_dir))
    sheet = sheet_rendering(SheetRequest("en", site.name, info, number=0))
    code = encode(MealTicket(site.site_id, today, 1), new_secret())  # not redeemable
    ticket = TicketPrint(site.name, today, 1, None, "en", info.official_language, code, "")
    for doc, rendering in (
        (Document.SHEET, sheet),
        (Document.TICKETS, tickets_rendering([ticket], choices[Document.TICKETS].paper)),
    ):
        backend = backend_for(choices[doc], folder)
        try:
            where = backend.send(rendering)
            print(f"{doc.value}: printed on {backend.describe()} ({where})")
        except PrintFailed as failure:
            failures += 1
            print(f"{doc.value}: NOT printed on {backend.describe()}: {failure}")
    return 1 if failures else 0
