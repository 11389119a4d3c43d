"""Voiding a registration: the party stays on disk, marked, and counts nowhere.

A volunteer can undo the party just registered for a few minutes (`UNDO_WINDOW`); a
coordinator can void any party of a day whose rows are still kept. A voided party is left
out of every count and packet, its meal tickets are refused at the soup counter, and the
void is written to the audit trail.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from kiosk.core.errors import ValidationError
from kiosk.core.registration import format_number

UNDO_WINDOW = timedelta(minutes=3)


class VoidedBy(StrEnum):
    """Who voided a party: the volunteer on the Done screen, or a coordinator."""

    VOLUNTEER_UNDO = "volunteer undo"
    COORDINATOR = "coordinator"


@dataclass(frozen=True, slots=True)
class DayParty:
    """One party of a day as the coordinator's list shows it (codes and numbers only)."""

    day: date
    number: int
    registered_at: datetime  # at the site's time
    language: str
    nationality: str
    people: int
    tickets: int  # meal tickets handed out
    tickets_used: int
    voided_at: datetime | None = None  # at the site's time
    voided_by: VoidedBy | None = None

    @property
    def label(self) -> str:
        return format_number(self.number)

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


def check_number(number: int) -> int:
    """A number of the day is 1 to 9999."""
    if not 1 <= number <= 9999:
        raise ValidationError(
            "number", "a number of the day is between 1 and 9999", reason="number_of_the_day"
        )
    return number


def check_undo_in_time(registered_at: datetime, now: datetime, number: int) -> None:
    """A volunteer's undo comes within UNDO_WINDOW of the registration."""
    if now - registered_at > UNDO_WINDOW:
        minutes = int(UNDO_WINDOW.total_seconds() // 60)
        raise ValidationError(
            "number",
            f"party {format_number(number)} was registered more than {minutes} minutes ago: "
            "a coordinator can void it",
            reason="undo_too_late", number=format_number(number), minutes=minutes,
        )
