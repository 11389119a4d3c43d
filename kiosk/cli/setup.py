"""`kiosk init`: set up the site, as the first-run screen does."""

import argparse

from kiosk.cli.desk_access import Refused, chosen_data_dir, open_desk_at
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.pin import check_pin
from kiosk.core.site import make_site
from kiosk.core.site_day import DEFAULT_TIMEZONE


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "init",
        parents=[common],
        help="set up this kiosk for a site",
        description="Set up this kiosk for a site. A kiosk that is set up is never changed.",
    )
    parser.add_argument("--site-id", required=True, metavar="ID", help="e.g. brussels-belliard")
    parser.add_argument("--site-name", required=True, metavar="NAME")
    parser.add_argument(
        "--timezone",
        default=DEFAULT_TIMEZONE,
        metavar="TZ",
        help="IANA name (default: %(default)s)",
    )
    parser.add_argument(
        "--pin", metavar="PIN", help="coordinator PIN, 6 to 12 digits (kept only as a hash)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = make_site(args.site_id, args.site_name, args.timezone)
    pin = None if args.pin is None else check_pin(args.pin)
    directory = chosen_data_dir(args.data_dir)
    desk = open_desk_at(directory, args.clock)
    try:
        existing = desk.site()
        if existing is not None:
            raise Refused(
                "site",
                f"this kiosk is already set up for {existing.site_id!r} ({existing.name}); "
                "nothing was changed",
            )
        desk.settings.set_up(site, pin)
    finally:
        desk.close()
    print(f"Set up {site.name} ({site.site_id}, {site.timezone}) in {directory}")
    return 0
