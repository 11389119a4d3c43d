"""`kiosk sync`: send the daily packets waiting for headquarters, and say what happened.

Exit codes: 0 nothing is waiting any more, 1 some days still wait (see last_error),
2 refused (not set up, not connected).
"""

import argparse
import json

from kiosk.cli.desk_access import Refused, chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.sync.service import NotConnected, SyncReport, SyncService

ALL_SENT, STILL_WAITING = 0, 1


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "sync",
        parents=[common],
        help="send the anonymised daily counts to headquarters",
        description="Send every day headquarters has not confirmed yet. Without --once, "
        "failed requests are retried with growing random waits (and as long as headquarters "
        "asks with Retry-After) within 10 minutes.",
    )
    parser.add_argument(
        "--once", action="store_true", help="one attempt per waiting day, no waiting, then exit"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"sent", "confirmed", "waiting", "last_error"} as JSON',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        service = SyncService(desk.outbox)
        try:
            report = service.sync_once() if args.once else service.sync()
        except NotConnected as error:
            raise Refused("hq", str(error)) from None
    if args.json:
        print(json.dumps(report.to_json()))
    else:
        print(describe(report))
    return ALL_SENT if report.waiting == 0 else STILL_WAITING


def describe(report: SyncReport) -> str:
    days = "day" if report.sent == 1 else "days"
    text = (
        f"Sent {report.sent} {days}; headquarters confirmed {report.confirmed}; "
        f"{report.waiting} waiting."
    )
    if report.last_error:
        text += f"\nLast problem: {report.last_error}"
    return text
