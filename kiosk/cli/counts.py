"""`kiosk counts`: the exact local counts of one day, for the coordinator."""

import argparse
import json
from collections.abc import Callable, Mapping

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.countries import is_nationality, nationality
from kiosk.core.counts import DailyCounts
from kiosk.core.languages import BY_CODE
from kiosk.core.site import Site
from kiosk.core.site_day import parse_day


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "counts",
        parents=[common],
        help="show one day's counts",
        description="Exact local counts of one day. They stay on this kiosk: "
        "small numbers can identify people.",
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today at the site)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    day = None if args.date is None else parse_day(args.date)
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        counts = desk.registrations.counts(day or desk.today())
        site = desk.require_site()
    if args.json:
        print(json.dumps(counts.to_json(), indent=2, ensure_ascii=False))
    else:
        print(counts_table(counts, site))
    return 0


def counts_table(counts: DailyCounts, site: Site) -> str:
    """Totals, then each breakdown with the rows that are not zero."""
    data = counts.to_json()
    lines = [f"Counts for {data['date']} at {site.name} ({site.site_id})", ""]
    totals = (
        ("People", counts.people),
        ("Parties", counts.parties),
        ("Children (0-17)", counts.children),
        ("Families with children", counts.families_with_children),
        ("Unaccompanied minors", counts.unaccompanied_minors),
    )
    lines += _rows(dict(totals))
    # (title, key in to_json, how a code is shown, largest first rather than in natural order)
    sections: tuple[tuple[str, str, Callable[[str], str], bool], ...] = (
        ("People by language of the sheet", "by_language", _language_name, True),
        ("People by nationality", "by_nationality", _nationality_name, True),
        ("People by sex", "by_sex", str, False),
        ("People by age band", "by_age_band", str, False),
        ("Parties by flag", "by_flag", str, False),
        ("Parties by referral given", "by_referral", str, False),
    )
    for title, key, name, largest_first in sections:
        found = [(name(code), n) for code, n in data[key].items() if n]
        if largest_first:
            found.sort(key=lambda row: (-row[1], row[0]))
        rows = dict(found)
        lines += ["", title, *(_rows(rows, indent="  ") if rows else ["  (none)"])]
    return "\n".join(lines)


def _rows(rows: Mapping[str, int], indent: str = "") -> list[str]:
    width = max(len(label) for label in rows)
    digits = max(len(str(n)) for n in rows.values())
    return [f"{indent}{label:<{width}}  {n:>{digits}}" for label, n in rows.items()]


def _language_name(code: str) -> str:
    language = BY_CODE.get(code)
    return f"{language.english_name} ({code})" if language else code


def _nationality_name(code: str) -> str:
    return f"{nationality(code).english_name} ({code})" if is_nationality(code) else code
