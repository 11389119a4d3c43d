"""`kiosk close-day` and `kiosk purge`: freeze a day's counts, delete per-person rows when due."""

import argparse
import json

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.retention import due_at
from kiosk.core.site_day import parse_day


def add_to(commands: Commands, common: CommandLine) -> None:
    close = commands.add_parser(
        "close-day",
        parents=[common],
        help="close a day: freeze its counts; its per-person rows become due for deletion",
        description="Close a day (default: today): its counts are frozen into the daily "
        "summary, and its per-person rows are deleted `retention_hours` later.",
    )
    close.add_argument("--date", metavar="YYYY-MM-DD", help="default: today at the site")
    close.add_argument("--json", action="store_true")
    close.set_defaults(run=run_close)
    purge = commands.add_parser(
        "purge",
        parents=[common],
        help="delete the per-person rows that are due (summaries stay)",
        description="Delete the parties, people, meal tickets and print jobs of closed days "
        "once `retention_hours` have passed (days never closed are closed first). The daily "
        "summaries stay, so counts and exports give the same numbers afterwards.",
    )
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(run=run_purge)


def run_close(args: argparse.Namespace) -> int:
    day = None if args.date is None else parse_day(args.date)
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        summary = desk.days.close_day(day)
        hours = int(desk.settings.value("retention_hours"))
        due = due_at(summary.day, summary.closed_at, hours, desk.tz).astimezone(desk.tz)
    if args.json:
        print(json.dumps({
            "date": summary.day.isoformat(),
            "closed_at": summary.closed_at.isoformat(),
            "rows_deleted_after": due.isoformat(),
            "counts": summary.counts.to_json(),
        }, indent=2, ensure_ascii=False))
    else:
        counts = summary.counts
        print(f"Closed {summary.day.isoformat()}: {counts.people} people in {counts.parties} "
              f"parties. Its per-person rows are deleted after {due:%Y-%m-%d %H:%M}; "
              "the counts stay.")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        report = desk.days.purge()
    if args.json:
        print(json.dumps({"days": [d.isoformat() for d in report.days], "rows": report.rows},
                         indent=2))
    elif report.days:
        days = ", ".join(d.isoformat() for d in report.days)
        print(f"Deleted {report.total_rows} per-person rows of {len(report.days)} "
              f"day{'s' if len(report.days) != 1 else ''} ({days}). Their counts stay.")
    else:
        print("Nothing was due for deletion.")
    return 0
