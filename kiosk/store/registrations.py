"""Writing a party on the registration path.

The statements are plain SQL run on the transaction's own (SQLCipher) connection: SQLAlchemy
still opens (BEGIN IMMEDIATE) and commits the transaction, but does not rebuild statements
for every arrival, so the commit's fsync is most of the cost. Values are written in the
same text forms SQLAlchemy's Date and DateTime types read back.
"""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection

from kiosk.core.errors import ValidationError
from kiosk.core.registration import Party
from kiosk.store.database import DriverConnection, DriverIntegrityError

_NEXT_NUMBER = "SELECT coalesce(max(number), 0) + 1 FROM parties WHERE day = ?"
_INSERT_PARTY = (
    "INSERT INTO parties (day, number, registered_at, language, nationality, size, children)"
    " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"
)
_INSERT_PERSON = "INSERT INTO people (party_id, sex, age_band) VALUES (?, ?, ?)"
_INSERT_FLAG = "INSERT INTO party_flags (party_id, flag) VALUES (?, ?)"
_INSERT_REFERRAL = "INSERT INTO party_referrals (party_id, referral) VALUES (?, ?)"


def day_text(day: date) -> str:
    return day.isoformat()


def utc_text(moment: datetime) -> str:
    """The form SQLAlchemy's SQLite DateTime stores (naive UTC, microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw(connection: Connection) -> DriverConnection:
    driver: Any = connection.connection.driver_connection
    assert isinstance(driver, DriverConnection)
    return driver


def next_number(connection: Connection, day: date) -> int:
    (number,) = raw(connection).execute(_NEXT_NUMBER, (day_text(day),)).fetchone()
    return int(number)


def insert_party(
    connection: Connection, party: Party, moment: datetime, day: date, number: int
) -> int:
    """Insert a party and its people, flags and referrals; returns the party's row id."""
    db = raw(connection)
    try:
        (party_id,) = db.execute(
            _INSERT_PARTY,
            (
                day_text(day),
                number,
                utc_text(moment),
                party.language,
                party.nationality,
                party.size,
                party.children,
            ),
        ).fetchone()
    except DriverIntegrityError as error:
        if "closed" in str(error):  # the trigger of migration 0004: the day was purged
            raise ValidationError(
                "at",
                f"{day.isoformat()} is closed and its registrations were deleted: "
                "it cannot take new ones",
                reason="day_purged", day=day.isoformat(),
            ) from None
        raise
    db.executemany(
        _INSERT_PERSON, [(party_id, p.sex.value, p.age_band.value) for p in party.people]
    )
    if party.flags:
        db.executemany(_INSERT_FLAG, [(party_id, f.value) for f in sorted(party.flags)])
    if party.referrals:
        db.executemany(_INSERT_REFERRAL, [(party_id, r.value) for r in sorted(party.referrals)])
    return int(party_id)
