"""Open data's rules (kiosk/core/public_weeks.py): rounding, suppression, which weeks."""

from datetime import date

from kiosk.core.packet_sums import Cell
from kiosk.core.public_weeks import (
    PublicFigure,
    public_figure,
    public_weeks,
    published_weeks,
)


def test_a_figure_is_rounded_to_5_and_suppressed_from_1_to_k_minus_1() -> None:
    """Exact figures round to the nearest 5; 1 to k-1 is suppressed, never 0 or 5."""
    assert public_figure(Cell(0), 10) == PublicFigure(0, "rounded")
    for small in range(1, 10):
        assert public_figure(Cell(small), 10).value is None
    assert public_figure(Cell(10), 10) == PublicFigure(10, "rounded")
    assert public_figure(Cell(12), 10) == PublicFigure(10, "rounded")
    assert public_figure(Cell(13), 10) == PublicFigure(15, "rounded")
    assert public_figure(Cell(1002), 10) == PublicFigure(1000, "rounded")


def test_a_lower_bound_is_rounded_down_and_suppressed_below_k() -> None:
    """ "At least N" stays a true lower bound: N is rounded down, and hidden below k."""
    assert public_figure(Cell(24, partial=True), 10) == PublicFigure(20, "at_least")
    assert public_figure(Cell(9, partial=True), 10).status == "suppressed"
    assert public_figure(Cell(0, partial=True), 10).status == "suppressed"


def test_only_whole_weeks_that_ended_a_week_ago_are_published() -> None:
    """On Thursday 26 November the newest week is 9-15 November (the week of 16-22 ended
    only four days ago); twelve weeks back from it."""
    first, last = published_weeks(date(2026, 11, 26))
    assert (first, last) == (date(2026, 8, 24), date(2026, 11, 15))
    assert first.weekday() == 0 and last.weekday() == 6
    # On the Monday a week becomes due it is in, the day before it is not.
    assert published_weeks(date(2026, 11, 23))[1] == date(2026, 11, 15)
    assert published_weeks(date(2026, 11, 22))[1] == date(2026, 11, 8)


def _row(site: str, day: date, people: int, k: int = 5) -> dict[str, object]:
    empty = {"cells": {}, "suppressed": [], "withheld": False}
    return {
        "site_id": site,
        "date": day.isoformat(),
        "k": k,
        "people": people,
        "parties": people,
        "meals_served": people,
        "sheets_printed": 0,
        "breakdowns": {
            name: dict(empty)
            for name in (
                "by_language",
                "by_nationality",
                "by_sex_age_band",
                "by_party_kind",
                "by_flag",
                "by_referral",
            )
        },
    }


def test_a_week_from_fewer_than_three_sites_is_withheld_whole() -> None:
    """With one or two sites, "all sites" would be a site's own figure: nothing is shown."""
    today = date(2026, 11, 26)
    rows = [_row("a", date(2026, 11, 10), 40), _row("b", date(2026, 11, 11), 40)]
    rows += [_row(site, date(2026, 11, 3), 40) for site in ("a", "b", "c")]
    weeks = {week.monday: week for week in public_weeks(rows, today)}
    assert weeks[date(2026, 11, 9)].withheld
    assert weeks[date(2026, 11, 2)].figures["people"] == PublicFigure(120, "rounded")


def test_k_is_never_below_the_desks_own() -> None:
    """A desk that counts with k = 20 makes 12 a suppressed figure even when HQ says 10."""
    today = date(2026, 11, 26)
    rows = [_row(site, date(2026, 11, 3), 4, k=20) for site in ("a", "b", "c")]
    week = {w.monday: w for w in public_weeks(rows, today, k=10)}[date(2026, 11, 2)]
    assert week.figures["people"].status == "suppressed"
