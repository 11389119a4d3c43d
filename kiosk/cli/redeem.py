"""`kiosk redeem CODE`: the soup counter, from the command line. Exit 0 accepted, 1 refused,
2 when a typed ticket lacks its check code or the code does not match (a typing error)."""

import argparse
import json

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.errors import ValidationError
from kiosk.core.meal_ticket import REFUSAL_TEXT, Refusal, TicketRefused

ACCEPTED, REFUSED = 0, 1
TYPING_ERRORS = (Refusal.NO_CHECK_CODE, Refusal.WRONG_CHECK_CODE)  # bad input: exit 2


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "redeem",
        parents=[common],
        help="accept a meal ticket (scanned code, or ticket number with its check code), once",
        description="Accept a meal ticket: the code a scanner reads from its QR, or the "
        "ticket number typed by hand with the check code printed beside it (e.g. 17-K7R; "
        "case, spaces and dashes do not matter). Exit 0 when accepted, 1 when refused (used, "
        "voided, of another day or site), 2 when the check code is missing or wrong.",
    )
    parser.add_argument(
        "code", metavar="CODE", help="the scanned code, or the ticket number and check code"
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    code: str = args.code
    if not code.strip():
        raise ValidationError(
            "code", "empty: scan the ticket or type its number and check code, e.g. 17-K7R"
        )
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        try:
            ticket = desk.tickets.redeem(code)
        except TicketRefused as refused:
            if refused.refusal in TYPING_ERRORS:
                raise ValidationError("code", REFUSAL_TEXT[refused.refusal]) from None
            used = refused.used_at.astimezone(desk.tz) if refused.used_at else None
            reason = REFUSAL_TEXT[refused.refusal]
            if used is not None:
                reason += f" (at {used:%H:%M})"
            if args.json:
                print(
                    json.dumps(
                        {"accepted": False, "refusal": refused.refusal.value, "reason": reason}
                    )
                )
            else:
                print(f"Refused: {reason}")
            return REFUSED
    if args.json:
        print(
            json.dumps({"accepted": True, "ticket": ticket.serial, "date": ticket.day.isoformat()})
        )
    else:
        print(f"Accepted: ticket {ticket.label} of {ticket.day.isoformat()}. Enjoy the meal.")
    return ACCEPTED
