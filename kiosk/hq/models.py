"""Headquarters' tables. A day's row holds the packet's fields and nothing else: no number of
the day, no time finer than a day, no field outside the packet schema (dates only, also for
when a site or reader was added or revoked)."""

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SiteRow(Base):
    """A desk that may send packets; its token is kept only as a SHA-256 hash."""

    __tablename__ = "sites"

    site_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    added_on: Mapped[date] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # SHA-256 of the installation id of the desk that first sent with this token (bound on
    # first use, cleared by `kiosk-hq reissue-site`); None until then.
    installation_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReaderRow(Base):
    """Someone at headquarters who reads the counts."""

    __tablename__ = "readers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    added_on: Mapped[date] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class DayPacketRow(Base):
    """The highest revision received of one site's day."""

    __tablename__ = "day_packets"
    __table_args__ = (
        # Covers the per-site and per-day figures of a period's days (read from the index
        # only on PostgreSQL once vacuumed: no visit to the rows and their JSON).
        Index(
            "ix_day_packets_figures",
            "day",
            "site_id",
            "closed",
            "people",
            "parties",
            "meals_served",
            "sheets_printed",
            "children",
            "children_hidden",
            "unaccompanied_minors",
            "unaccompanied_minors_hidden",
            "needs_shelter",
            "needs_shelter_hidden",
        ),
        # The packets of open days, counted on every page (few: a day's last revision
        # normally closes it).
        Index(
            "ix_day_packets_open",
            "day",
            postgresql_where=text("closed IS false"),
            sqlite_where=text("closed IS 0"),
        ),
    )

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.site_id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True, index=True)
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))  # of the packet, as in kiosk.core
    schema_version: Mapped[int] = mapped_column(Integer)
    k: Mapped[int] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(Integer)
    parties: Mapped[int] = mapped_column(Integer)
    meals_served: Mapped[int] = mapped_column(Integer)
    sheets_printed: Mapped[int] = mapped_column(Integer)
    breakdowns: Mapped[str] = mapped_column(Text)  # JSON, as in the packet
    # The packet's mark: true once the day is over at the desk; None from older desks
    # (kiosk/hq/published_days.py says which days readers see).
    closed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # The dashboard's figures of the packet's cells (kiosk.core.packet_sums.SUMMARY_CELLS:
    # the cells' sum, and whether a part was suppressed or withheld), so that the per-site
    # and per-day figures of a period are sums of these rows alone (dashboard_sums.py).
    children: Mapped[int] = mapped_column(Integer, server_default="0")
    children_hidden: Mapped[bool] = mapped_column(Boolean, server_default=false())
    unaccompanied_minors: Mapped[int] = mapped_column(Integer, server_default="0")
    unaccompanied_minors_hidden: Mapped[bool] = mapped_column(Boolean, server_default=false())
    needs_shelter: Mapped[int] = mapped_column(Integer, server_default="0")
    needs_shelter_hidden: Mapped[bool] = mapped_column(Boolean, server_default=false())


class DayCellRow(Base):
    """One published cell of a stored packet (kiosk.core.packet_sums.published_cells), kept
    with the packet so that the dashboard sums a period with GROUP BY: `value` as sent (0
    when hidden), `hidden` for a suppressed cell or, with code "", a withheld breakdown."""

    __tablename__ = "day_cells"
    __table_args__ = (
        ForeignKeyConstraint(
            ["site_id", "day"], ["day_packets.site_id", "day_packets.day"], ondelete="CASCADE"
        ),
        # Covers the period queries (a cell's rows over a period, by day or by site, or
        # all cells by breakdown and code): read from the index only, no sort for GROUP BY.
        Index("ix_day_cells_breakdown", "breakdown", "code", "day", "site_id", "value", "hidden"),
    )

    site_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    breakdown: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    hidden: Mapped[bool] = mapped_column(Boolean)


class AllSitesDayRow(Base):
    """One day's published cells added up over every site (kiosk/hq/dashboard_sums.py), kept
    at ingest: `value` the sum, `hidden_sites` how many sites' cells were hidden, `sites` how
    many sites published the cell (the row goes when none does). The packets' totals are
    rows of breakdown "totals" (code: people, parties, ...). Always equal to `day_cells`
    summed with GROUP BY day, breakdown, code, so the all-sites pages read a year in one
    row per day and cell instead of one per site, day and cell."""

    __tablename__ = "all_sites_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    breakdown: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
    hidden_sites: Mapped[int] = mapped_column(Integer)
    sites: Mapped[int] = mapped_column(Integer)


class AllSitesMonthRow(Base):
    """`all_sites_days` added up per month (kiosk/hq/dashboard_sums.py), kept at ingest in
    the same statements' transaction: `value` the sum, `hidden_packets` how many packets
    hid the cell, `packets` how many packets published it (the row goes when none does).
    Always equal to `all_sites_days` summed with GROUP BY month, breakdown, code, so the
    breakdowns of a year read 12 months' rows (and the days of its partial months)."""

    __tablename__ = "all_sites_months"

    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    breakdown: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
    hidden_packets: Mapped[int] = mapped_column(Integer)
    packets: Mapped[int] = mapped_column(Integer)


class SiteMonthRow(Base):
    """One site's published packets of one month added up (kiosk/hq/dashboard_sums.py), kept
    at ingest like `all_sites_days`: how many packets, their totals, and the dashboard's
    figures of their cells with how many packets hid a part of each (`*_hidden`); the row
    goes when no packet is left. Always equal to `day_packets` (closed or unmarked) summed
    with GROUP BY site and month, so the per-site table of a year reads 12 rows a site
    (and the days of the period's partial months) instead of 365."""

    __tablename__ = "site_months"

    site_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    packets: Mapped[int] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(Integer)
    parties: Mapped[int] = mapped_column(Integer)
    meals_served: Mapped[int] = mapped_column(Integer)
    sheets_printed: Mapped[int] = mapped_column(Integer)
    children: Mapped[int] = mapped_column(Integer)
    children_hidden: Mapped[int] = mapped_column(Integer)
    unaccompanied_minors: Mapped[int] = mapped_column(Integer)
    unaccompanied_minors_hidden: Mapped[int] = mapped_column(Integer)
    needs_shelter: Mapped[int] = mapped_column(Integer)
    needs_shelter_hidden: Mapped[int] = mapped_column(Integer)


class AllSitesDayFigureRow(Base):
    """Every site's published packets of one day added up (kiosk/hq/dashboard_sums.py), kept
    at ingest like `site_months`: how many packets, their totals, and the dashboard's
    figures of their cells with how many packets hid a part of each (`*_hidden`); the row
    goes when no packet is left. Always equal to `day_packets` (closed or unmarked) summed
    with GROUP BY day, so the all-sites chart and table of a year read 365 rows."""

    __tablename__ = "all_sites_day_figures"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    packets: Mapped[int] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(BigInteger)
    parties: Mapped[int] = mapped_column(BigInteger)
    meals_served: Mapped[int] = mapped_column(BigInteger)
    sheets_printed: Mapped[int] = mapped_column(BigInteger)
    children: Mapped[int] = mapped_column(BigInteger)
    children_hidden: Mapped[int] = mapped_column(Integer)
    unaccompanied_minors: Mapped[int] = mapped_column(BigInteger)
    unaccompanied_minors_hidden: Mapped[int] = mapped_column(Integer)
    needs_shelter: Mapped[int] = mapped_column(BigInteger)
    needs_shelter_hidden: Mapped[int] = mapped_column(Integer)


class RequestKeyRow(Base):
    """Idempotency keys already handled (as hashes: a key is the client's text, and no free
    text is kept), with the hash of the request body they came with."""

    __tablename__ = "request_keys"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.site_id"), primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[date] = mapped_column(Date)


class WrongTokenRow(Base):
    """Wrong tokens from one client address in one throttling window (kiosk/hq/throttle.py).
    The address is kept only as a hash, the window as its number; old windows are deleted."""

    __tablename__ = "wrong_tokens"

    address_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    window: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)
    failures: Mapped[int] = mapped_column(Integer)


class AuditAnchorRow(Base):
    """A desk's audit chain head as sent with a packet (kiosk/hq/audit_anchors.py): after
    `entries` entries the chain's hash was `head`. `continues` says whether the packet proved
    that its chain extends the longest one headquarters held for that installation."""

    __tablename__ = "audit_anchors"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.site_id"), primary_key=True)
    installation_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    entries: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    head: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date)  # the packet's day
    received_on: Mapped[date] = mapped_column(Date)
    continues: Mapped[bool] = mapped_column(Boolean)


class AdminLogRow(Base):
    """Headquarters' own audit log, in order (id), by day: what was done to sites, readers
    and accounts, from the command line (account "") or by an admin on the web dashboard
    (their account name), and a site bound to its desk installation on first use."""

    __tablename__ = "admin_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    account: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(120))


# -- people at headquarters who sign in to the web dashboard (kiosk/hq/web) -----------------
# Staff, not arrivals: the instants below (Unix seconds, for session expiry and lockout) are
# about headquarters' own staff and never about anyone registered at a desk.


class AccountRow(Base):
    """Someone at headquarters who signs in with a name and an Argon2id-hashed password."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))  # viewer or admin
    language: Mapped[str] = mapped_column(String(2))  # en, nl or fr
    must_change_password: Mapped[bool] = mapped_column(Boolean)
    failed_sign_ins: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[int] = mapped_column(BigInteger)  # Unix seconds; 0: not locked
    added_on: Mapped[date] = mapped_column(Date)


class WebSessionRow(Base):
    """A signed-in browser: the cookie holds only a random id, kept here as its SHA-256."""

    __tablename__ = "web_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    expires: Mapped[int] = mapped_column(BigInteger, index=True)  # Unix seconds
