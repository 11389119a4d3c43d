"""`kiosk` without a command: the kiosk screens."""

import argparse

from kiosk.cli.desk_access import chosen_data_dir


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--windowed", action="store_true", help="run in a window instead of full screen"
    )
    parser.add_argument(
        "--offscreen", action="store_true", help="draw without a display (for checks)"
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.app import run as run_screens  # Qt is loaded only when the screens start

    return run_screens(
        chosen_data_dir(args.data_dir),
        windowed=args.windowed,
        offscreen=args.offscreen,
        clock=args.clock,
    )
