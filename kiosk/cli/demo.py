"""`kiosk demo`: realistic synthetic arrivals, for demonstrations and trials (never real people)."""

import argparse
from datetime import UTC, datetime, timedelta

from kiosk.cli.desk_access import chosen_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.demo import demo_days
from kiosk.core.errors import ValidationError

MAX_DAYS = 3660
MAX_PER_DAY = 2000


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "demo",
        parents=[common],
        help="add synthetic registrations (for demonstrations, never on a real desk)",
        description="Add synthetic registrations for the last N days, ending today at the site. "
        "They count like real ones: use a separate --data-dir, never a real desk's.",
    )
    parser.add_argument("--days", type=int, required=True, metavar="N", help="how many days")
    parser.add_argument(
        "--per-day", type=int, required=True, metavar="N", help="about how many people a day"
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="(default: %(default)s)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    days = _within("days", args.days, 1, MAX_DAYS)
    per_day = _within("per day", args.per_day, 1, MAX_PER_DAY)
    with set_up_desk(chosen_data_dir(args.data_dir)) as desk:
        last = desk.today()
        now = datetime.now(UTC)
        arrivals = [  # today's arrivals stop at the present moment
            (at, party)
            for at, party in demo_days(days, per_day, last, desk.tz, seed=args.seed)
            if at <= now
        ]
        parties = desk.registrations.register_many(arrivals)
        people = sum(party.size for _, party in arrivals)
    first = last - timedelta(days=days - 1)
    print(
        f"Added {parties} parties ({people} people) over {days} days, "
        f"{first.isoformat()} to {last.isoformat()}"
    )
    return 0


def _within(field: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise ValidationError(field, f"must be between {low} and {high} (got {value})")
    return value
