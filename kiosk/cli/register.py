"""`kiosk register`: enter one party, e.g. from the paper list kept during an outage, or
(`--hand-out`) an arrival at the desk whose sheet and meal tickets are printed."""

import argparse
import json
from datetime import UTC

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.errors import ValidationError
from kiosk.core.registration import Party, Receipt, make_party, parse_person
from kiosk.core.site_day import parse_moment


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "register",
        parents=[common],
        help="register one party (no names, codes only); --hand-out also issues its tickets",
        description="Register one party and print its number of the day. "
        "When the number is printed, the registration is on disk. Without --hand-out the "
        "party was typed in from paper (e.g. the list kept during an outage): it gets no meal "
        "tickets and nothing is printed. With --hand-out it is an arrival at the desk: its "
        "meal tickets (one per person) are issued and its sheet and tickets are queued for "
        "printing, as the registration screens do; the kiosk's screens print what is queued.",
    )
    parser.add_argument("--language", required=True, metavar="L", help="language of the sheet")
    parser.add_argument(
        "--nationality",
        required=True,
        metavar="CC",
        help="ISO 3166-1 alpha-2 code, 'stateless' or 'unknown'",
    )
    parser.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="SEX:AGEBAND",
        help=f"once per person; SEX is {'|'.join(Sex)}, AGEBAND is {'|'.join(AgeBand)}",
    )
    parser.add_argument("--flag", action="append", default=[], metavar="F", help="|".join(Flag))
    parser.add_argument(
        "--referral", action="append", default=[], metavar="R", help="|".join(Referral)
    )
    parser.add_argument(
        "--at",
        metavar="ISO-TIME",
        help="when the party arrived (default: now); without an offset, site local time",
    )
    parser.add_argument(
        "--hand-out",
        action="store_true",
        help="issue the party's meal tickets and queue its sheet and tickets for printing",
    )
    parser.add_argument("--json", action="store_true", help="print the receipt as JSON")
    parser.set_defaults(run=run)


def read_party(args: argparse.Namespace) -> Party:
    if not args.person:
        raise ValidationError("person", "give at least one --person SEX:AGEBAND")
    return make_party(
        language=args.language.strip().lower(),
        nationality=_nationality_code(args.nationality),
        people=[parse_person(text) for text in args.person],
        flags=[flag.strip() for flag in args.flag],
        referrals=[referral.strip() for referral in args.referral],
    )


def _nationality_code(text: str) -> str:
    """Country codes in capitals (`sy` is `SY`); `stateless` and `unknown` in lower case."""
    code = text.strip()
    return code.upper() if len(code) == 2 else code.lower()


def run(args: argparse.Namespace) -> int:
    party = read_party(args)  # before the database is opened: bad input touches nothing
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        at = None
        if args.at is not None:
            at = desk.registrations.typed_in_time(parse_moment(args.at, desk.tz))
        receipt = desk.registrations.register(party, at, hand_out=args.hand_out)
    print(json.dumps(receipt_json(receipt)) if args.json else receipt_line(receipt), flush=True)
    return 0


def receipt_line(receipt: Receipt) -> str:
    people = "1 person" if receipt.people == 1 else f"{receipt.people} people"
    line = f"Registered {receipt.label} on {receipt.day.isoformat()} ({people})"
    if not receipt.tickets:
        return line
    count = len(receipt.tickets)
    return (
        f"{line}; {count} meal ticket{'s' if count != 1 else ''} "
        f"({', '.join(f'{serial:03d}' for serial in receipt.tickets)}) and the sheet queued "
        "for printing"
    )


def receipt_json(receipt: Receipt) -> dict[str, object]:
    at = receipt.registered_at.astimezone(UTC).replace(tzinfo=None)
    return {
        "number": receipt.number,
        "label": receipt.label,
        "date": receipt.day.isoformat(),
        "people": receipt.people,
        "tickets": list(receipt.tickets),
        "registered_at": at.isoformat(timespec="seconds") + "Z",
    }
