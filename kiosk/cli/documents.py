"""`kiosk sheet` and `kiosk tickets`: the arrival's documents as PDF files."""

import argparse
from pathlib import Path

from kiosk.cli.desk_access import Refused, chosen_data_dir, set_up_desk
from kiosk.cli.offscreen import qt_for_documents
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.errors import ValidationError
from kiosk.core.languages import BY_CODE
from kiosk.core.site_day import parse_day


def add_to(commands: Commands, common: CommandLine) -> None:
    sheet = commands.add_parser(
        "sheet",
        parents=[common],
        help="write the information sheet of a language as PDF",
        description="The A4 information sheet in a language, beside the site's official "
        "language, with the site's addresses and numbers.",
    )
    sheet.add_argument("--language", required=True, metavar="L", help=", ".join(BY_CODE))
    sheet.add_argument("--out", required=True, metavar="FILE.pdf")
    sheet.add_argument("--number", type=int, metavar="N", help="a party's number to print on it")
    sheet.set_defaults(run=run_sheet)
    tickets = commands.add_parser(
        "tickets",
        parents=[common],
        help="write a party's meal tickets as PDF (a reprint)",
        description="The meal tickets handed out to party N of day D, as 80 mm receipt pages "
        "or (--a4) a sheet of cut-out tickets.",
    )
    tickets.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    tickets.add_argument("--number", required=True, type=int, metavar="N")
    tickets.add_argument("--out", required=True, metavar="FILE.pdf")
    tickets.add_argument("--a4", action="store_true", help="cut-out tickets on A4 paper")
    tickets.set_defaults(run=run_tickets)


def _out(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise ValidationError("out", f"{text!r} should end in .pdf")
    if not path.parent.is_dir():
        raise ValidationError("out", f"the folder {path.parent} does not exist")
    return path


def _language(code: str) -> str:
    if code not in BY_CODE:
        raise ValidationError("language", f"{code!r} is not one of {', '.join(BY_CODE)}")
    return code


def run_sheet(args: argparse.Namespace) -> int:
    language = _language(args.language)
    out = _out(args.out)
    if args.number is not None and not 1 <= args.number <= 9999:
        raise ValidationError("number", "a number of the day is between 1 and 9999")
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        site, info = desk.require_site(), desk.settings.printed_info()
    qt_for_documents()
    from kiosk.documents.sheet import SheetRequest
    from kiosk.documents.sheet_pdf import render_sheet_pdf

    pages = render_sheet_pdf(SheetRequest(language, site.name, info, number=args.number), str(out))
    print(f"Wrote the {BY_CODE[language].english_name} sheet ({pages} pages) to {out}")
    return 0


def run_tickets(args: argparse.Namespace) -> int:
    day = parse_day(args.date)
    out = _out(args.out)
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        found = desk.tickets.party_tickets(day, args.number)
        if found is None:
            raise Refused("number", f"no party {args.number:03d} on {day.isoformat()}")
        language, serials = found
        if not serials:
            raise Refused(
                "number", f"party {args.number:03d} was typed in from paper and got no tickets"
            )
        site, info = desk.require_site(), desk.settings.printed_info()
        codes = [
            (desk.tickets.ticket_code(day, serial), desk.tickets.check_code(day, serial))
            for serial in serials
        ]
    qt_for_documents()
    from kiosk.documents.ticket import TicketPrint
    from kiosk.documents.tickets_pdf import render_tickets_pdf

    tickets = [
        TicketPrint(
            site.name, day, serial, args.number, language, info.official_language, code, check
        )
        for serial, (code, check) in zip(serials, codes, strict=True)
    ]
    render_tickets_pdf(tickets, str(out), a4=args.a4)
    print(f"Wrote {len(tickets)} meal tickets of party {args.number:03d} to {out}")
    return 0
