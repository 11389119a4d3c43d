"""`kiosk reset-pin`: a forgotten coordinator PIN, replaced on the machine itself (logged)."""

import argparse
import getpass
import sys

from kiosk.cli.desk_access import Refused, chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.errors import ValidationError
from kiosk.core.pin import check_pin


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "reset-pin",
        parents=[common],
        help="set a new coordinator PIN without the old one (logged)",
        description="Set a new coordinator PIN on this machine when the old one is forgotten. "
        "Lifts a lockout. The reset is written to the audit trail.",
    )
    parser.add_argument("--pin", metavar="PIN", help="the new PIN (else asked twice)")
    parser.set_defaults(run=run)


def _ask() -> str:
    if not sys.stdin.isatty():
        raise Refused("pin", "give the new PIN with --pin, or run this in a terminal")
    pin = check_pin(getpass.getpass("New coordinator PIN: "))
    if getpass.getpass("The same PIN again: ") != pin:
        raise ValidationError("pin again", "the two PINs are not the same; nothing was changed")
    return pin


def run(args: argparse.Namespace) -> int:
    pin = check_pin(args.pin) if args.pin is not None else _ask()
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        desk.access.reset_pin(pin)
    print("The coordinator PIN was reset; the reset is in the audit trail.")
    return 0
