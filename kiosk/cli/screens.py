"""`kiosk` without a command: the kiosk screens, started by what kiosk.app hands in.

The command line never imports the screens itself: `kiosk.app.command_line` (the `kiosk`
program) passes `kiosk.app.run` to `main` as `start_screens`."""

import argparse
from pathlib import Path
from typing import Protocol

from kiosk.cli.desk_access import Refused, chosen_data_dir
from kiosk.core.clock import Clock


class StartScreens(Protocol):
    def __call__(
        self, data_dir: Path, *, windowed: bool, offscreen: bool, clock: Clock
    ) -> int: ...


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--windowed", action="store_true", help="run in a window instead of full screen"
    )
    parser.add_argument(
        "--offscreen", action="store_true", help="draw without a display (for checks)"
    )


def run(args: argparse.Namespace) -> int:
    start: StartScreens | None = args.start_screens
    if start is None:
        raise Refused("command", "name a command (see --help); the screens start with `kiosk`")
    return start(
        chosen_data_dir(args.data_dir),
        windowed=args.windowed,
        offscreen=args.offscreen,
        clock=args.clock,
    )
