"""Counting a period's registrations in SQL, one grouped query per breakdown."""

from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy import Integer, case, func, select
from sqlalchemy.orm import Session

from kiosk.core.counts import DailyCounts, sex_age_key
from kiosk.store import day_summaries, meal_tickets, print_queue
from kiosk.store.models import PartyFlagRow, PartyReferralRow, PartyRow, PersonRow

_BREAKDOWNS = ("language", "nationality", "sex", "age", "sex_age", "flag", "referral")


def counts_by_day(session: Session, first: date, last: date) -> list[DailyCounts]:
    """Exact counts for every day from `first` to `last`, days without arrivals included."""
    # A voided party stays on disk but counts nowhere (kiosk.core.void).
    in_range = PartyRow.day.between(first, last) & PartyRow.voided_at.is_(None)
    totals: dict[date, tuple[int, int, int, int]] = {}
    grouped: dict[str, defaultdict[date, Counter[str]]] = {
        name: defaultdict(Counter) for name in _BREAKDOWNS
    }
    family = case(((PartyRow.children > 0) & (PartyRow.children < PartyRow.size), 1), else_=0)
    for day, parties, people, children, families in session.execute(
        select(
            PartyRow.day,
            func.count(),
            func.sum(PartyRow.size),
            func.sum(PartyRow.children),
            func.sum(family, type_=Integer),
        )
        .where(in_range)
        .group_by(PartyRow.day)
    ):
        totals[day] = (parties, people, children, families)
    for column, name in ((PartyRow.language, "language"), (PartyRow.nationality, "nationality")):
        for day, code, n in session.execute(
            select(PartyRow.day, column, func.sum(PartyRow.size))
            .where(in_range)
            .group_by(PartyRow.day, column)
        ):
            grouped[name][day][code] = n
    for day, sex, band, n in session.execute(
        select(PartyRow.day, PersonRow.sex, PersonRow.age_band, func.count())
        .join(PersonRow, PersonRow.party_id == PartyRow.id)
        .where(in_range)
        .group_by(PartyRow.day, PersonRow.sex, PersonRow.age_band)
    ):
        grouped["sex"][day][sex] += n
        grouped["age"][day][band] += n
        grouped["sex_age"][day][sex_age_key(sex, band)] = n
    for table, code_column, name in (
        (PartyFlagRow, PartyFlagRow.flag, "flag"),
        (PartyReferralRow, PartyReferralRow.referral, "referral"),
    ):
        for day, code, n in session.execute(
            select(PartyRow.day, code_column, func.count())
            .join(table, table.party_id == PartyRow.id)
            .where(in_range)
            .group_by(PartyRow.day, code_column)
        ):
            grouped[name][day][code] = n
    meals = meal_tickets.meals_served(session, first, last)
    sheets = print_queue.sheets_printed(session, first, last)
    result = []
    day = first
    while day <= last:
        parties, people, children, families = totals.get(day, (0, 0, 0, 0))
        result.append(
            DailyCounts(
                day,
                people=people,
                parties=parties,
                children=children,
                families_with_children=families,
                by_language=dict(grouped["language"][day]),
                by_nationality=dict(grouped["nationality"][day]),
                by_sex=dict(grouped["sex"][day]),
                by_age_band=dict(grouped["age"][day]),
                by_sex_age_band=dict(grouped["sex_age"][day]),
                by_flag=dict(grouped["flag"][day]),
                by_referral=dict(grouped["referral"][day]),
                meals_served=meals.get(day, 0),
                sheets_printed=sum(sheets[day].values()) if day in sheets else 0,
                sheets_by_language=dict(sheets[day]) if day in sheets else {},
            )
        )
        day += timedelta(days=1)
    # A closed day whose per-person rows were deleted is read from its frozen summary.
    frozen = day_summaries.frozen_counts(session, first, last)
    return [frozen.get(counts.day, counts) for counts in result]
