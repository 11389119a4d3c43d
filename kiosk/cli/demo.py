"""`kiosk demo`: realistic synthetic arrivals, for demonstrations and trials (never real people)."""

import argparse
from datetime import timedelta

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
        description="Add synthetic registrations for N whole days ending yesterday at the site "
        "(with --include-today, ending today, with today's arrivals up to now). They count like "
        "real ones: use a separate --data-dir, never a real desk's.",
    )
    parser.add_argument("--days", type=int, required=True, metavar="N", help="how many days")
    parser.add_argument(
        "--include-today",
        action="store_true",
        help="end with today instead of yesterday; today gets only the arrivals before now",
    )
    parser.add_argument(
        "--per-day", type=int, required=True, metavar="N", help="about how many people a day"
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="(default: %(default)s)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    days = _within("days", args.days, 1, MAX_DAYS)
    per_day = _within("per day", args.per_day, 1, MAX_PER_DAY)
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        now = args.clock()
        today = desk.today()
        last = today if args.include_today else today - timedelta(days=1)
        arrivals = [  # today's arrivals stop at the present moment
            (at, party)
            for at, party in demo_days(days, per_day, last, desk.tz, seed=args.seed)
            if at <= now
        ]
        parties = desk.registrations.register_many(arrivals)
        local_now = now.astimezone(desk.tz)
    first = last - timedelta(days=days - 1)
    people = sum(party.size for _, party in arrivals)
    print(
        f"Added {parties} parties ({people} people) over {days} days, "
        f"{first.isoformat()} to {last.isoformat()}"
    )
    if args.include_today:
        today_parties = [party for at, party in arrivals if at.astimezone(desk.tz).date() == today]
        print(
            f"Today ({today.isoformat()}) has the arrivals up to {local_now:%H:%M} at the site: "
            f"{len(today_parties)} parties ({sum(p.size for p in today_parties)} people)"
        )
    return 0


def _within(field: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise ValidationError(field, f"must be between {low} and {high} (got {value})")
    return value
