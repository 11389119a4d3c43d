"""The tables. Per-person rows hold codes only: no names, no free text."""

from datetime import UTC, date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC text, read back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PartyRow(Base):
    __tablename__ = "parties"
    __table_args__ = (
        UniqueConstraint("day", "number"),
        Index("ix_parties_day_language", "day", "language"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    language: Mapped[str] = mapped_column(String(8))
    nationality: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    children: Mapped[int] = mapped_column(Integer)


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"), index=True)
    sex: Mapped[str] = mapped_column(String(8))
    age_band: Mapped[str] = mapped_column(String(8))


class PartyFlagRow(Base):
    __tablename__ = "party_flags"

    party_id: Mapped[int] = mapped_column(
        ForeignKey("parties.id", ondelete="CASCADE"), primary_key=True
    )
    flag: Mapped[str] = mapped_column(String(24), primary_key=True)


class PartyReferralRow(Base):
    __tablename__ = "party_referrals"

    party_id: Mapped[int] = mapped_column(
        ForeignKey("parties.id", ondelete="CASCADE"), primary_key=True
    )
    referral: Mapped[str] = mapped_column(String(24), primary_key=True)


class MealTicketRow(Base):
    """A meal ticket handed out; `redeemed_at` is set once, at the soup counter."""

    __tablename__ = "meal_tickets"
    __table_args__ = (UniqueConstraint("day", "serial"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    serial: Mapped[int] = mapped_column(Integer)
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL"), index=True
    )
    redeemed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class PrintJobRow(Base):
    """A document waiting for (or done by) a printer. Holds codes and numbers, no person."""

    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_status", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    day: Mapped[date] = mapped_column(Date, index=True)
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL"), index=True
    )
    document: Mapped[str] = mapped_column(String(16))  # "sheet" or "tickets"
    language: Mapped[str] = mapped_column(String(8))
    number: Mapped[int] = mapped_column(Integer)  # the party's number of the day
    tickets: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of serials
    status: Mapped[str] = mapped_column(String(12), default="waiting")  # waiting, done
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
