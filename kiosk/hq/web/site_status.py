"""Each desk as the sites page shows it: last packet, last contact, days missing, revoked."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kiosk.hq.models import DayPacketRow, ReaderRow, RequestKeyRow, SiteRow
from kiosk.hq.store import HqStore


@dataclass(frozen=True, slots=True)
class SiteStatus:
    site_id: str
    name: str
    last_packet: date | None
    last_contact: date | None  # the last packet request received (kept as long as its key)
    days_missing: int  # days of the period since the site was added, up to today, without one
    revoked_on: date | None


@dataclass(frozen=True, slots=True)
class ReaderStatus:
    name: str
    added_on: date
    revoked_on: date | None


def site_statuses(store: HqStore, first: date, last: date) -> list[SiteStatus]:
    today = store.today()
    with Session(store.engine) as session:
        sites = session.scalars(select(SiteRow).order_by(SiteRow.site_id)).all()
        last_packets: dict[str, date] = {
            site_id: day
            for site_id, day in session.execute(
                select(DayPacketRow.site_id, func.max(DayPacketRow.day)).group_by(
                    DayPacketRow.site_id
                )
            )
        }
        contacts: dict[str, date] = {
            site_id: day
            for site_id, day in session.execute(
                select(RequestKeyRow.site_id, func.max(RequestKeyRow.received_on)).group_by(
                    RequestKeyRow.site_id
                )
            )
        }
        held = _held_in_windows(session, first, min(last, today - timedelta(days=1)))
        found: list[SiteStatus] = []
        for site in sites:
            start = max(first, site.added_on)
            end = min(last, today - timedelta(days=1), site.revoked_on or last)
            expected = max(0, (end - start).days + 1)
            found.append(
                SiteStatus(
                    site.site_id,
                    site.name,
                    last_packets.get(site.site_id),
                    contacts.get(site.site_id),
                    max(0, expected - held.get(site.site_id, 0)) if expected else 0,
                    site.revoked_on,
                )
            )
        return found


def _held_in_windows(session: Session, first: date, end: date) -> dict[str, int]:
    """Per site, the packets held for days of its own window: from `first` or the day it was
    added, to `end` or the day it was revoked (one grouped query for every site, as the
    window in site_statuses)."""
    return {
        site_id: int(count)
        for site_id, count in session.execute(
            select(DayPacketRow.site_id, func.count())
            .join(SiteRow, SiteRow.site_id == DayPacketRow.site_id)
            .where(
                DayPacketRow.day.between(first, end),
                DayPacketRow.day >= SiteRow.added_on,
                or_(SiteRow.revoked_on.is_(None), DayPacketRow.day <= SiteRow.revoked_on),
            )
            .group_by(DayPacketRow.site_id)
        )
    }


def reader_statuses(store: HqStore) -> list[ReaderStatus]:
    with Session(store.engine) as session:
        rows = session.scalars(select(ReaderRow).order_by(ReaderRow.name, ReaderRow.id)).all()
        return [ReaderStatus(row.name, row.added_on, row.revoked_on) for row in rows]
