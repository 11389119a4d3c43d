"""Single-use meal tickets: a compact signed code for the QR, and the rules of redemption.

A code reads `M1.SITE.YYYYMMDD.SERIAL.MAC`: the site id in capitals, the site day, the ticket
number of that day, and the first 80 bits of an HMAC-SHA256 over the rest, in base32.
Only characters of the QR alphanumeric mode are used, so the code stays small and scanners
type it back exactly.

A ticket typed by hand is its serial and a short check code printed beside it (`17-K7R`):
three characters drawn from the same MAC, from an alphabet without look-alikes (no 0/O, 1/I/L,
2/Z, 5/S, 8/B, 6/G, U/V, Q), so one wrong digit, a guessed number or yesterday's ticket is
refused instead of using up someone else's meal.
"""

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from kiosk.core.site import SITE_ID

VERSION = "M1"
MAC_BYTES = 10
MAX_SERIAL = 99_999
CHECK_ALPHABET = "ACDEFHJKMNPRTWXY3479"
CHECK_LENGTH = 3
_CODE = re.compile(r"M1\.([A-Z0-9][A-Z0-9-]{1,31})\.(\d{8})\.(\d{1,5})\.([A-Z2-7]{16})")


@dataclass(frozen=True, slots=True)
class MealTicket:
    site_id: str
    day: date
    serial: int

    @property
    def label(self) -> str:
        return f"{self.serial:03d}"


class Refusal(StrEnum):
    """Why a ticket is not accepted; the screens and the command line word it plainly."""

    UNREADABLE = "unreadable"  # not a meal ticket code at all, or damaged
    FORGED = "forged"  # looks like a ticket, but the signature does not match
    OTHER_SITE = "other-site"
    OTHER_DAY = "other-day"
    NOT_ISSUED = "not-issued"  # a typed number that no ticket of today carries
    NO_CHECK_CODE = "no-check-code"  # a typed number without the check code beside it
    WRONG_CHECK_CODE = "wrong-check-code"  # a typed number whose check code does not match
    ALREADY_USED = "already-used"
    VOIDED = "voided"  # its party's registration was undone or voided


REFUSAL_TEXT = {
    Refusal.UNREADABLE: "this is not a meal ticket, or the code is damaged",
    Refusal.FORGED: "the ticket's signature does not match: it was not made by this desk",
    Refusal.OTHER_SITE: "this ticket belongs to another site",
    Refusal.OTHER_DAY: "this ticket was for another day",
    Refusal.NOT_ISSUED: "no ticket with this number was handed out today",
    Refusal.NO_CHECK_CODE: "type the ticket number with the check code printed beside it, "
    "e.g. 17-K7R",
    Refusal.WRONG_CHECK_CODE: "the check code does not match this ticket number: "
    "look at the ticket again",
    Refusal.ALREADY_USED: "this ticket was already used",
    Refusal.VOIDED: "this ticket's registration was voided",
}


class TicketRefused(Exception):
    def __init__(
        self,
        refusal: Refusal,
        used_at: datetime | None = None,
        *,
        day: date | None = None,
        serial: int | None = None,
    ) -> None:
        """`day` and `serial` name the refused ticket when it is a genuine one of this desk
        (used already, or of another day), so the screen can answer in its holder's language."""
        super().__init__(REFUSAL_TEXT[refusal])
        self.refusal = refusal
        self.used_at = used_at
        self.day = day
        self.serial = serial


def new_secret() -> str:
    """A per-site signing secret, made once at set-up."""
    return secrets.token_hex(32)


def _mac(payload: str, secret: str) -> str:
    digest = hmac.new(bytes.fromhex(secret), payload.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest[:MAC_BYTES]).decode("ascii")


def _payload(ticket: MealTicket) -> str:
    return f"{VERSION}.{ticket.site_id.upper()}.{ticket.day:%Y%m%d}.{ticket.serial}"


def encode(ticket: MealTicket, secret: str) -> str:
    if not SITE_ID.fullmatch(ticket.site_id) or not 1 <= ticket.serial <= MAX_SERIAL:
        raise ValueError(f"cannot sign {ticket}")
    payload = _payload(ticket)
    return f"{payload}.{_mac(payload, secret)}"


def decode(code: str, secret: str, site_id: str) -> MealTicket:
    """The ticket a scanned code stands for, at this site; TicketRefused when it is not one.

    Another site's tickets are signed with its own secret, so they are named as such
    before the signature is checked.
    """
    text = code.strip()
    if len(text) > 64:
        raise TicketRefused(Refusal.UNREADABLE)
    match = _CODE.fullmatch(text)
    if match is None:
        raise TicketRefused(Refusal.UNREADABLE)
    site, day_text, serial_text, mac = match.groups()
    try:
        day = date(int(day_text[:4]), int(day_text[4:6]), int(day_text[6:]))
    except ValueError:
        raise TicketRefused(Refusal.UNREADABLE) from None
    serial = int(serial_text)
    ticket = MealTicket(site.lower(), day, serial)
    if str(serial) != serial_text or not 1 <= serial <= MAX_SERIAL:
        raise TicketRefused(Refusal.UNREADABLE)
    if ticket.site_id != site_id:
        raise TicketRefused(Refusal.OTHER_SITE)
    if not hmac.compare_digest(_mac(f"{VERSION}.{site}.{day_text}.{serial_text}", secret), mac):
        raise TicketRefused(Refusal.FORGED)
    return ticket


def check_for_today(ticket: MealTicket, today: date) -> None:
    """A genuine ticket is only good on its own day."""
    if ticket.day != today:
        raise TicketRefused(Refusal.OTHER_DAY, day=ticket.day, serial=ticket.serial)


def check_code(ticket: MealTicket, secret: str) -> str:
    """The short code printed beside a ticket's serial, from its signature."""
    number = int.from_bytes(base64.b32decode(_mac(_payload(ticket), secret)), "big")
    letters = []
    for _ in range(CHECK_LENGTH):
        number, index = divmod(number, len(CHECK_ALPHABET))
        letters.append(CHECK_ALPHABET[index])
    return "".join(letters)


def typed_label(ticket: MealTicket, secret: str) -> str:
    """What a volunteer types for a ticket, as printed on it: `017-K7R`."""
    return f"{ticket.label}-{check_code(ticket, secret)}"


@dataclass(frozen=True, slots=True)
class TypedTicket:
    serial: int
    code: str  # empty when only the number was typed


_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212._/·#№]+")


def typed_ticket(text: str) -> TypedTicket | None:
    """A ticket typed by hand: its serial and check code ("17-K7R", "017 k7r", "17K7R"), or
    a serial alone ("17", code empty); None when the text is not one.

    Case, spaces and dashes do not matter; the check code is the last three characters. Typed
    together, digits only are a serial alone: a code of digits only ("17-733", about one ticket
    in 125) must be typed apart, as it is printed.
    """
    parts = [part for part in _SEPARATORS.split(text.strip().upper()) if part]
    value = "".join(parts)
    if not value.isascii() or not value.isalnum():
        return None
    if len(parts) >= 2 and len(parts[-1]) == CHECK_LENGTH:
        # typed apart, as printed ("17-733"): a check code may be all digits (3, 4, 7, 9)
        serial_text, code = "".join(parts[:-1]), parts[-1]
    elif value.isdigit():
        serial_text, code = value, ""
    else:
        serial_text, code = value[:-CHECK_LENGTH], value[-CHECK_LENGTH:]
    if not (serial_text.isdigit() and len(serial_text) <= 5) or int(serial_text) < 1:
        return None
    if code and not code.isalnum():
        return None
    return TypedTicket(int(serial_text), code)


def check_typed(typed: TypedTicket, site_id: str, today: date, secret: str) -> MealTicket:
    """Today's ticket a typed serial and check code stand for; TicketRefused when the code is
    missing or does not match. A code that matches the same serial of one of the last days
    is named as another day's ticket."""
    if not typed.code:
        raise TicketRefused(Refusal.NO_CHECK_CODE)
    ticket = MealTicket(site_id, today, typed.serial)
    if hmac.compare_digest(check_code(ticket, secret), typed.code):
        return ticket
    for days_back in range(1, OTHER_DAYS_NAMED + 1):
        earlier = MealTicket(site_id, today - timedelta(days=days_back), typed.serial)
        if hmac.compare_digest(check_code(earlier, secret), typed.code):
            raise TicketRefused(Refusal.OTHER_DAY, day=earlier.day, serial=earlier.serial)
    raise TicketRefused(Refusal.WRONG_CHECK_CODE)


OTHER_DAYS_NAMED = 7  # a typed ticket of one of these past days is named "for another day"
