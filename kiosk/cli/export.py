"""`kiosk export`: the daily counts of a period as CSV, XLSX or a PDF report. Counts only."""

import argparse
from pathlib import Path

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.errors import ValidationError
from kiosk.core.site_day import parse_day
from kiosk.exports import FORMATS, REPORT_LANGUAGES, export_counts


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "export",
        parents=[common],
        help="write the daily counts of a period to a CSV, XLSX or PDF file",
        description="Write the daily counts of a period: CSV (one row per day, columns named "
        "as in `kiosk counts --json`), XLSX (a sheet per breakdown) or a PDF report. "
        "Exact local counts: keep the file safe.",
    )
    parser.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="default: --from")
    parser.add_argument("--format", choices=FORMATS, help="default: from the file's suffix")
    parser.add_argument("--out", required=True, metavar="FILE", help="a file, or a folder")
    parser.add_argument(
        "--language", choices=REPORT_LANGUAGES, help="of the report (default: the desk's)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    first = parse_day(args.first, "from")
    last = first if args.last is None else parse_day(args.last, "to")
    out = Path(args.out).expanduser()
    format = args.format or out.suffix.lstrip(".").lower()
    if format not in FORMATS:
        raise ValidationError("format", f"give --format {'|'.join(FORMATS)}")
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        language = args.language or str(desk.settings.value("interface_language"))
        written = export_counts(desk, first, last, format, out, language)
    days = (last - first).days + 1
    print(f"Exported {days} day{'s' if days != 1 else ''} ({first.isoformat()} to "
          f"{last.isoformat()}) as {format.upper()} to {written}")
    return 0
