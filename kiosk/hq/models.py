"""Headquarters' tables. A day's row holds the packet's fields and nothing else: no number of
the day, no time finer than a day, no field outside the packet schema (dates only, also for
when a site or reader was added or revoked)."""

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, MetaData, String, Text
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


class RequestKeyRow(Base):
    """Idempotency keys already handled (as hashes: a key is the client's text, and no free
    text is kept), with the hash of the request body they came with."""

    __tablename__ = "request_keys"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.site_id"), primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[date] = mapped_column(Date)
