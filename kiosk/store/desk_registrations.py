"""Registrations and counts: storing arriving parties, voiding them, counting them by day."""

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.core.audit_chain import Action
from kiosk.core.codes import Flag, Referral
from kiosk.core.countries import DEFAULT_FREQUENT, STATELESS, UNKNOWN, nationality
from kiosk.core.counts import DailyCounts
from kiosk.core.errors import ValidationError
from kiosk.core.period_totals import Dashboard, ShelterTonight, add_up
from kiosk.core.registration import Party, Receipt
from kiosk.core.registration_window import check_moment
from kiosk.core.settings import value_of
from kiosk.core.site_day import local_day
from kiosk.core.void import DayParty, VoidedBy, check_number
from kiosk.store import (
    audit,
    counting,
    day_parties,
    day_summaries,
    meal_tickets,
    print_queue,
    registrations,
    settings_store,
)
from kiosk.store.models import PartyFlagRow, PartyReferralRow, PartyRow
from kiosk.store.sessions import Sessions
from kiosk.store.site_record import SiteRecord

DASHBOARD_DAYS = 30


class Registrations:
    """Parties registered at the desk, their numbers of the day, and the counts."""

    def __init__(self, sessions: Sessions, site: SiteRecord) -> None:
        self._sessions = sessions
        self._site = site

    def typed_in_time(self, at: datetime) -> datetime:
        """A time typed in for a registration (a paper list), in UTC, when it is within the
        registration window headquarters accepts too; else a ValidationError naming "at"."""
        return check_moment(at, self._site.set_up_day(), self._sessions.now(), self._site.tz)

    def register(
        self, party: Party, at: datetime | None = None, *, hand_out: bool = False
    ) -> Receipt:
        """Store a party and give it the next number of its day.

        With `hand_out` (an arrival at the desk, not a paper list typed in later) the party's
        meal tickets are issued and its sheet and tickets queued for printing, in the same
        transaction. When this returns, everything is committed with synchronous=FULL.
        """
        moment = (at or self._sessions.now()).astimezone(UTC)
        day = local_day(moment, self._site.tz)
        tickets: list[int] = []
        with self._sessions.writer.begin() as connection:
            number = registrations.next_number(connection, day)
            party_id = registrations.insert_party(connection, party, moment, day, number)
            if hand_out:
                tickets = meal_tickets.issue(connection, day, party_id, party.size)
                print_queue.enqueue(
                    connection,
                    day=day,
                    party_id=party_id,
                    number=number,
                    language=party.language,
                    tickets=tickets,
                    now=moment,
                )
        return Receipt(number, day, moment, party.size, tuple(tickets))

    def register_many(self, arrivals: Iterable[tuple[datetime, Party]]) -> int:
        """Store many paper or demo registrations in one transaction; returns how many.

        Numbers of the day follow the order given. Nothing is handed out or printed.
        """
        count = 0
        numbers: dict[date, int] = {}
        tz = self._site.tz
        with self._sessions.writer.begin() as connection:
            for at, party in arrivals:
                moment = at.astimezone(UTC)
                day = local_day(moment, tz)
                if day not in numbers:
                    numbers[day] = registrations.next_number(connection, day)
                registrations.insert_party(connection, party, moment, day, numbers[day])
                numbers[day] += 1
                count += 1
        return count

    def void(self, number: int, by: VoidedBy, day: date | None = None) -> DayParty:
        """Void party `number` of `day` (default: today): it stays on disk, marked, and counts
        nowhere from now on; its meal tickets are refused, its documents not yet printed are
        not printed. Written to the audit trail in the same transaction. A volunteer's undo
        is refused after UNDO_WINDOW. When the day was closed already, its frozen summary is
        brought up to date; its packet for headquarters is rebuilt at the next sync."""
        check_number(number)
        now = self._sessions.now()
        today = local_day(now, self._site.tz)
        day = day or today
        if day > today:
            raise ValidationError(
                "date", f"{day.isoformat()} has not come yet", reason="day_to_come",
                day=day.isoformat(),
            )
        with self._sessions.session(write=True) as session:
            row = day_parties.party_row(session, day, number)
            day_parties.mark_voided(row, by, now)
            print_queue.cancel_waiting(session, row.id)
            session.flush()
            summary = day_summaries.get(session, day)
            if summary is not None and summary.purged_at is None:
                day_summaries.freeze(session, counting.counts_by_day(session, day, day)[0], now)
            audit.append(session, Action.VOID, {
                "date": day.isoformat(), "number": number, "by": by.value, "people": row.size,
            }, now)
            (party,) = day_parties.listed(session, day, self._site.tz, number)
        return party

    def parties_of_day(self, day: date | None = None) -> list[DayParty]:
        """Every party of `day` (default: today) by number, voided ones included and marked."""
        day = day or self._site.today()
        with self._sessions.session() as session:
            return day_parties.listed(session, day, self._site.tz)

    def counts(self, day: date) -> DailyCounts:
        return self.counts_by_day(day, day)[0]

    def counts_by_day(self, first: date, last: date) -> list[DailyCounts]:
        """Exact counts for every day from `first` to `last`, days without arrivals included."""
        with self._sessions.session() as session:
            return counting.counts_by_day(session, first, last)

    def frequent_nationalities(self, limit: int = 8, days: int = 7) -> list[str]:
        """The nationalities for the big buttons, in an order that holds all day.

        The ones a coordinator pinned (setting `frequent_nationalities`), when there are;
        else the most people in the `days` days up to yesterday (today's arrivals do not move
        the buttons), by count then English name, topped up with common origins. Stateless
        and unknown are left out: they have buttons of their own.
        """
        today = self._site.today()
        with self._sessions.session() as session:
            pinned = list(value_of(settings_store.read_all(session), "frequent_nationalities"))
            if pinned:
                return pinned[:limit]
            rows = session.execute(
                select(PartyRow.nationality, func.sum(PartyRow.size).label("n"))
                .where(
                    PartyRow.day.between(today - timedelta(days=days), today - timedelta(days=1)),
                    PartyRow.nationality.not_in((STATELESS, UNKNOWN)),
                    PartyRow.voided_at.is_(None),
                )
                .group_by(PartyRow.nationality)
            ).all()
        ranked = sorted(rows, key=lambda row: (-int(row[1]), nationality(row[0]).english_name))
        found = [str(code) for code, _ in ranked[:limit]]
        for code in DEFAULT_FREQUENT:
            if len(found) >= limit:
                break
            if code not in found:
                found.append(code)
        return found

    def dashboard(self) -> Dashboard:
        """Today by the hour, the last 30 days, and whether today is closed."""
        tz = self._site.tz
        today = local_day(self._sessions.now(), tz)
        first = today - timedelta(days=DASHBOARD_DAYS - 1)
        hours = [0] * 24
        with self._sessions.session() as session:
            days = counting.counts_by_day(session, first, today)
            for moment, size in session.execute(
                select(PartyRow.registered_at, PartyRow.size).where(
                    PartyRow.day == today, PartyRow.voided_at.is_(None)
                )
            ):
                hours[moment.astimezone(tz).hour] += size
            closed = day_summaries.get(session, today) is not None
            shelter = self._shelter_tonight(session, today)
        return Dashboard(
            days[-1], tuple(hours), tuple(days), add_up(days, first, today), closed, shelter
        )

    @staticmethod
    def _shelter_tonight(session: Session, today: date) -> ShelterTonight:
        flagged = select(PartyFlagRow.party_id).where(PartyFlagRow.flag == Flag.NEEDS_SHELTER)
        referred = select(PartyReferralRow.party_id).where(
            PartyReferralRow.referral == Referral.SHELTER
        )
        parties, people = session.execute(
            select(func.count(), func.coalesce(func.sum(PartyRow.size), 0)).where(
                PartyRow.day == today,
                PartyRow.voided_at.is_(None),
                PartyRow.id.in_(flagged) | PartyRow.id.in_(referred),
            )
        ).one()
        return ShelterTonight(int(parties), int(people))
