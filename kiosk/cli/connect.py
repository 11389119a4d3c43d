"""`kiosk connect`: store where headquarters is and this kiosk's token (and the site's k)."""

import argparse
import ssl
import stat
import sys
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
    token = parser.add_mutually_exclusive_group(required=True)
    token.add_argument(
        "--token-file",
        metavar="FILE",
        help="read the token from FILE (best: mode 0600, deleted afterwards)",
    )
    token.add_argument(
        "--token",
        metavar="TOKEN",
        help="the token itself, or - to read it from standard input; given on the command "
        "line it is visible to other users in `ps` and stays in the shell's history: prefer "
        "--token-file or -",
    )
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


def _token(args: argparse.Namespace) -> str:
    """The token from --token-file, standard input (--token -) or the command line."""
    if args.token == "-":
        return sys.stdin.readline().strip()
    if args.token is not None:
        return str(args.token)
    path = Path(args.token_file).expanduser()
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Refused("token file", f"{path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        raise Refused("token file", f"{path} cannot be read ({error})") from None
    if mode & 0o077:
        print(
            f"kiosk: warning: {path} can be read by other users (mode "
            f"{stat.S_IMODE(mode):04o}); make it 0600 or delete it now",
            file=sys.stderr,
        )
    return text.strip()


def run(args: argparse.Namespace) -> int:
    connection = make_hq_connection(args.hq_url, _token(args), _ca_bundle(args.ca_bundle))
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
