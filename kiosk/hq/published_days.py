"""Which stored days readers see: closed days only.

A desk sends a day again with each change while the day is open, each revision replacing the
last. Two reads of an open day minutes apart could be subtracted to learn about the one party
registered in between, even though each packet alone is disclosure-controlled. So readers
(the API's /days and /days.csv, the dashboard, its CSV/XLSX downloads, open data, the DHIS2
export) see a day only once its packet says `closed` (the desk's local day is over).

Packets without the mark (desks older than hq0005_day_closed, and packets stored before it)
count as closed once their day is more than one day before headquarters' today (UTC): their
last revision normally arrives within minutes of midnight, and the desk's own day is at most
a few hours from UTC. A marked packet is never published by age: a day whose closed revision
has not arrived stays out of every reader's sums (the sites page counts such packets, without
their numbers).

`day_cells` holds the cells of closed and unmarked packets only (an open revision deletes
its day's cells), so before the last days (`settled_before`) every cell there is published
and the dashboard reads them with no filter (so too `all_sites_days` and `site_months`);
the last days' cells it finds through their published packets (`published_packets`).
"""

from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, or_

from kiosk.hq.models import DayPacketRow

# Unmarked packets of days more than this before headquarters' today are published.
UNMARKED_SETTLE = timedelta(days=1)


def settled_before(today: date) -> date:
    """Unmarked packets of days before this one are published (on the 26th: the 24th and
    earlier)."""
    return today - UNMARKED_SETTLE


def keeps_cells(closed: bool | None) -> bool:
    """Whether a packet's cells go into `day_cells` (not while its day is open)."""
    return closed is not False


def kept_packets() -> ColumnElement[bool]:
    """The `day_packets` rows whose cells and sums the dashboard's tables hold (closed or
    unmarked: `keeps_cells`), published or not yet."""
    return or_(DayPacketRow.closed.is_(None), DayPacketRow.closed.is_(True))


def published_packets(today: date) -> ColumnElement[bool]:
    """The `day_packets` rows readers see, by headquarters' `today`."""
    return or_(
        DayPacketRow.closed.is_(True),
        and_(DayPacketRow.closed.is_(None), DayPacketRow.day < settled_before(today)),
    )


def unpublished_packets(today: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The `day_packets` rows readers do not see yet (their day is still open), in two
    parts that never overlap: marked open (an index of their own), and the last days'
    unmarked ones."""
    return (
        DayPacketRow.closed.is_(False),
        and_(DayPacketRow.closed.is_(None), DayPacketRow.day >= settled_before(today)),
    )
