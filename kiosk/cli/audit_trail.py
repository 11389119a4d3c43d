"""`kiosk audit verify` and `kiosk audit list`: the append-only audit trail."""

import argparse
import json

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands

BROKEN = 1


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "audit",
        parents=[common],
        help="check or list the audit trail",
        description="The audit trail: logins, wrong PINs, exports, settings changes, "
        "closings, purges, backups, restores, PIN resets, syncs.",
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="action",
                                    required=True)
    verify = actions.add_parser("verify", parents=[common],
                                help="check the chain of hashes; exit 1 when it is broken")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(run=run_verify)
    listing = actions.add_parser("list", parents=[common], help="show the newest entries")
    listing.add_argument("--last", type=int, default=20, metavar="N")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)


def run_verify(args: argparse.Namespace) -> int:
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        check = desk.access.verify_audit()
        tz = desk.tz
    if args.json:
        print(json.dumps({
            "ok": check.ok,
            "entries": check.entries,
            "first_broken": None if check.broken is None else check.broken.seq,
            "reason": None if check.broken is None else check.broken.reason,
        }))
    elif check.broken is None:
        print(f"Audit trail intact: {check.entries} entries, each sealed by the one before.")
    else:
        entry = check.broken_entry
        what = "" if entry is None else (
            f" ({entry.at.astimezone(tz):%Y-%m-%d %H:%M}, {entry.action})"
        )
        print(f"Audit trail broken at entry {check.broken.seq}{what}: {check.broken.reason}. "
              f"Entries before it are intact.")
    return 0 if check.ok else BROKEN


def run_list(args: argparse.Namespace) -> int:
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        entries = desk.access.audit_entries(max(1, args.last))
        tz = desk.tz
    if args.json:
        print(json.dumps([{"seq": e.seq, "at": e.at.isoformat(), "action": e.action,
                           "details": dict(e.details)} for e in entries],
                         indent=2, ensure_ascii=False))
        return 0
    for e in entries:
        details = ", ".join(f"{k}={v}" for k, v in e.details.items())
        print(f"{e.seq:>5}  {e.at.astimezone(tz):%Y-%m-%d %H:%M:%S}  {e.action:<16} {details}")
    return 0
