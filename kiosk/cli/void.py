"""`kiosk void N` and `kiosk reprint N`: void a party of the day, or print its documents again.

A voided party stays on disk, marked, and counts nowhere: not in counts, exports or the
packets for headquarters (a day already sent is sent again). Its meal tickets are refused.
`kiosk reprint` queues the party's sheet and the same meal tickets again; the kiosk's
screens print them (the queue is in the database).
"""

import argparse
import json
from datetime import date

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.errors import ValidationError, quoted
from kiosk.core.site_day import parse_day
from kiosk.core.void import VoidedBy, check_number


def add_to(commands: Commands, common: CommandLine) -> None:
    void = commands.add_parser(
        "void",
        parents=[common],
        help="void party N of a day: it stays on disk but counts nowhere, its tickets are refused",
        description="Void party N of a day (default: today at the site), e.g. a registration "
        "made by mistake. It stays on disk, marked as voided by a coordinator, and is left out "
        "of every count, export and packet for headquarters; its meal tickets are refused "
        "as voided. Written to the audit trail.",
    )
    _party_arguments(void)
    void.add_argument("--json", action="store_true")
    void.set_defaults(run=run_void)
    reprint = commands.add_parser(
        "reprint",
        parents=[common],
        help="print party N's sheet and meal tickets again (the same tickets)",
        description="Queue the information sheet and meal tickets of party N of day D "
        "(default: today) for printing again, e.g. `kiosk reprint --date 2026-12-01 --number "
        "7`. The tickets keep their numbers and check codes: no new ticket is made. Refused "
        "for a voided party, a party typed in from paper (it got no tickets), and a date to "
        "come or outside retention (its parties are deleted). The kiosk's screens print what "
        "is queued.",
    )
    _party_arguments(reprint, number_option=True)
    reprint.set_defaults(run=run_reprint)


def _party_arguments(parser: CommandLine, number_option: bool = False) -> None:
    if number_option:
        parser.add_argument(
            "number", nargs="?", metavar="NUMBER", help="the party's number of the day, e.g. 7"
        )
        parser.add_argument(
            "--number", dest="number_option", metavar="N", help="the same, as an option"
        )
    else:
        parser.add_argument(
            "number", metavar="NUMBER", help="the party's number of the day, e.g. 7"
        )
    parser.add_argument(
        "--date", "--day", dest="date", metavar="YYYY-MM-DD", help="default: today at the site"
    )


def _number(text: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.isdigit()):
        raise ValidationError(
            "number", f"{quoted(text)} is not a number of the day like 7 or 007",
            reason="number_of_the_day",
        )
    return check_number(int(value))


def _day(text: str | None) -> date | None:
    return None if text is None else parse_day(text)


def run_void(args: argparse.Namespace) -> int:
    number, day = _number(args.number), _day(args.date)
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        party = desk.registrations.void(number, VoidedBy.COORDINATOR, day)
    if args.json:
        print(json.dumps({
            "date": party.day.isoformat(),
            "number": party.number,
            "people": party.people,
            "voided_at": None if party.voided_at is None else party.voided_at.isoformat(),
            "voided_by": None if party.voided_by is None else party.voided_by.value,
        }))
    else:
        print(f"Voided party {party.label} of {party.day.isoformat()} ({party.people} "
              f"{'person' if party.people == 1 else 'people'}): it counts nowhere from now on, "
              "and its meal tickets are refused.")
    return 0


def run_reprint(args: argparse.Namespace) -> int:
    given = [text for text in (args.number, args.number_option) if text is not None]
    if not given:
        raise ValidationError("number", "give the party's number of the day, e.g. --number 7")
    number, day = _number(given[0]), _day(args.date)
    if len(given) == 2 and _number(given[1]) != number:
        raise ValidationError("number", f"two different numbers given: {given[0]} and {given[1]}")
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        day = day or desk.today()
        queued = desk.print_queue.reprint_party(number, day)
    print(f"Queued {queued} document{'s' if queued != 1 else ''} of party {number:03d} of "
          f"{day.isoformat()} again (the same meal tickets).")
    return 0
