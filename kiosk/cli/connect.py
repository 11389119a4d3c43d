"""`kiosk connect`: store where headquarters is and this kiosk's token (and the site's k)."""

import argparse
import ssl
from pathlib import Path

from kiosk.cli.desk_access import Refused, chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.disclosure import DEFAULT_K, check_k
from kiosk.core.hq_link import make_hq_connection


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "connect",
        parents=[common],
        help="store the headquarters connection",
        description="Store headquarters' address and this kiosk's token (from `kiosk-hq "
        "add-site`). Nothing is sent until `kiosk sync` or the screens' background sync.",
    )
    parser.add_argument("--hq-url", required=True, metavar="URL", help="https://... (http only "
                        "for this machine)")
    parser.add_argument("--token", required=True, metavar="TOKEN")
    parser.add_argument(
        "--ca-bundle", metavar="FILE", help="trust headquarters' certificate through this PEM file"
    )
    parser.add_argument(
        "--k",
        metavar="K",
        help=f"smallest count that leaves the kiosk (default {DEFAULT_K}, at least 3)",
    )
    parser.set_defaults(run=run)


def _ca_bundle(value: str | None) -> str | None:
    if value is None:
        return None
    path = Path(value).expanduser().resolve()
    try:
        ssl.create_default_context(cafile=str(path))
    except FileNotFoundError:
        raise Refused("ca bundle", f"{path} does not exist") from None
    except (OSError, ssl.SSLError) as error:
        raise Refused("ca bundle", f"{path} is not a readable PEM file ({error})") from None
    return str(path)


def run(args: argparse.Namespace) -> int:
    connection = make_hq_connection(args.hq_url, args.token, _ca_bundle(args.ca_bundle))
    k = None if args.k is None else check_k(args.k)
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        desk.settings.save_hq_connection(connection)
        if k is not None:
            desk.settings.save_disclosure_k(k)
        k = desk.settings.disclosure_k()
    print(
        f"Connected to {connection.url} (token stored). Counts from 1 to {k - 1} never leave "
        "this kiosk. Send with `kiosk sync`."
    )
    return 0
