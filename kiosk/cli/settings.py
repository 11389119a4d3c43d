"""`kiosk settings show [--json]` and `kiosk settings set KEY VALUE`, for set-up scripts.

The same checks and the same audit entry as the settings screen; the headquarters token
is never printed back.
"""

import argparse
import json

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.settings import BY_KEY, GROUPS


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "settings",
        parents=[common],
        help="show or change the site settings",
        description="Show or change the site settings (the coordinator's settings screen).",
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="action",
                                    required=True)
    show = actions.add_parser("show", parents=[common], help="every setting and its value")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    change = actions.add_parser("set", parents=[common], help="change one setting")
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(run=run_set)


def run_show(args: argparse.Namespace) -> int:
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        values = desk.settings.shown()
    if args.json:
        print(json.dumps(values, indent=2, ensure_ascii=False))
        return 0
    width = max(len(key) for key in values)
    for group in GROUPS:
        print(f"[{group}]")
        for key, value in values.items():
            if BY_KEY[key].group == group:
                print(f"  {key:<{width}}  {value}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        shown = desk.settings.change(args.key, args.value)
    print(f"{args.key.strip()} = {shown}")
    return 0
