"""`kiosk`: parse the command line, run one command, report any refusal on one line.

Exit codes: 0 done, 1 `kiosk doctor` found a problem, 2 refused (nothing was stored).
"""

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version

from sqlalchemy.exc import SQLAlchemyError

from kiosk.cli import (
    audit_trail,
    backup,
    closing,
    connect,
    counts,
    demo,
    doctor,
    documents,
    export,
    pin_reset,
    printers,
    redeem,
    register,
    screens,
    settings,
    setup,
    sync,
    void,
)
from kiosk.cli.desk_access import Refused, chosen_data_dir
from kiosk.cli.parsing import CommandLine, UsageError
from kiosk.cli.screens import StartScreens
from kiosk.core.clock import BadClockSetting, Clock, clock_from_environment
from kiosk.core.errors import ValidationError
from kiosk.paths import keep_files_private, log_dir
from kiosk.store.database import DatabaseProblem
from kiosk.store.desk import NotSetUp

PROG = "kiosk"
REFUSED = 2

Command = Callable[[argparse.Namespace], int]


def _package_version() -> str:
    try:
        return version("startpunt-kiosk")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> CommandLine:
    parser = CommandLine(
        prog=PROG, description="Startpunt Kiosk. Without a command, starts the kiosk screens."
    )
    _add_data_dir(parser, default=None)
    parser.set_defaults(run=screens.run)
    # Commands take --data-dir too; SUPPRESS keeps one given before the command name.
    common = CommandLine(add_help=False)
    _add_data_dir(common, default=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_package_version()}")
    screens.add_options(parser)
    commands = parser.add_subparsers(title="commands", dest="command", metavar="command")
    modules = (
        setup,
        register,
        counts,
        demo,
        doctor,
        documents,
        redeem,
        printers,
        connect,
        sync,
        audit_trail,
        backup,
        closing,
        export,
        pin_reset,
        settings,
        void,
    )
    for module in modules:
        module.add_to(commands, common)
    return parser


def _add_data_dir(parser: CommandLine, default: str | None) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="where the kiosk keeps its database (default: $KIOSK_DATA_DIR, "
        "else the user data directory)",
    )


def main(
    argv: Sequence[str] | None = None,
    clock: Clock | None = None,
    start_screens: StartScreens | None = None,
) -> int:
    """Run `kiosk` with `argv` (default: sys.argv[1:]) and return the exit code.

    Every command reads the time from `clock` (default: the machine's, or KIOSK_CLOCK).
    Without a command, `start_screens` starts the touchscreen (kiosk.app hands it in)."""
    keep_files_private()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        return _refuse(str(error))
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else 0
    try:
        args.clock = clock or clock_from_environment()
        args.start_screens = start_screens
    except BadClockSetting as error:
        return _refuse(str(error))
    command: Command = args.run
    try:
        code = command(args)
        sys.stdout.flush()  # here, where a reader that stopped reading is answered
        return code
    except (ValidationError, Refused) as error:
        return _refuse(f"{error.field}: {error.message}")
    except NotSetUp as error:
        return _refuse(f"site: {error}")
    except DatabaseProblem as error:
        return _refuse(f"database: {error}")
    except SQLAlchemyError as error:  # locked, disk I/O error, read-only file...
        reason = getattr(error, "orig", None) or error
        return _refuse(f"database: {reason}")
    except BrokenPipeError:
        # The reader stopped reading (`kiosk settings show | head`): not a problem of the
        # kiosk's files; nothing more to say, and nothing left to flush at exit.
        _quiet_stdout()
        return 0
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        return _refuse(f"file{where}: {error.strerror or error}")
    except KeyboardInterrupt:
        return _refuse("interrupted")
    except Exception as error:
        return _report_bug(error, args.data_dir, args.clock)


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test's StringIO)
        pass


def _refuse(message: str) -> int:
    print(f"{PROG}: {_one_line(message)}", file=sys.stderr)
    return REFUSED


def _report_bug(error: Exception, data_dir_option: str | None, clock: Clock) -> int:
    """A bug, not a problem of the input or the machine: one line, details in the log."""
    where = ""
    try:
        logs = log_dir(chosen_data_dir(data_dir_option))
        logs.mkdir(parents=True, exist_ok=True)
        log = logs / "cli-errors.log"
        with log.open("a", encoding="utf-8") as out:
            out.write(f"--- {clock().isoformat()} kiosk {_package_version()}\n")
            out.write("".join(traceback.format_exception(error)))
        where = f"; details in {log}"
    except OSError:
        pass
    return _refuse(f"internal error (please report it): {type(error).__name__}: {error}{where}")


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\r" in text) else text


if __name__ == "__main__":
    sys.exit(main())
