"""Meal ticket codes: compact, signed, and refused when damaged or forged."""

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.meal_ticket import (
    MealTicket,
    Refusal,
    TicketRefused,
    TypedTicket,
    check_code,
    check_for_today,
    check_typed,
    decode,
    encode,
    new_secret,
    typed_label,
    typed_ticket,
)

SECRET = new_secret()
TICKET = MealTicket("brussels-1", date(2026, 11, 26), 42)


def refusal(code: str, site: str = "brussels-1") -> Refusal:
    with pytest.raises(TicketRefused) as raised:
        decode(code, SECRET, site)
    return raised.value.refusal


def test_code_round_trip_uses_qr_alphanumeric_characters() -> None:
    """A code decodes to its ticket and fits QR's alphanumeric mode."""
    code = encode(TICKET, SECRET)
    assert decode(code, SECRET, "brussels-1") == TICKET
    assert set(code) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert len(code) <= 64


def test_every_flipped_bit_is_refused() -> None:
    """Changing any bit of any character makes the code forged or unreadable, never accepted."""
    code = encode(TICKET, SECRET).encode("ascii")
    for index in range(len(code)):
        for bit in range(8):
            damaged = bytearray(code)
            damaged[index] ^= 1 << bit
            text = damaged.decode("latin-1")
            with pytest.raises(TicketRefused):
                decode(text, SECRET, "brussels-1")


def test_another_sites_ticket_is_named_as_such() -> None:
    """A ticket from another desk is refused as another site's, not as a forgery."""
    other = encode(MealTicket("antwerp", date(2026, 11, 26), 3), new_secret())
    assert refusal(other) is Refusal.OTHER_SITE


def test_forged_signature_is_refused() -> None:
    """The right shape with a made-up signature is a forgery."""
    assert refusal("M1.BRUSSELS-1.20261126.42.AAAAAAAAAAAAAAAA") is Refusal.FORGED
    assert refusal(encode(TICKET, new_secret())) is Refusal.FORGED


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "hello",
        "https://example.org/?q=1",
        "M1.BRUSSELS-1.20261399.42.AAAAAAAAAAAAAAAA",
        "M1.BRUSSELS-1.20261126.042.AAAAAAAAAAAAAAAA",
        "x" * 10_000,
        "\x00\x01\x02",
        "‏٤٢",
    ],
)
def test_junk_is_unreadable(junk: str) -> None:
    """Other apps' codes, long strings and binary junk are unreadable."""
    assert refusal(junk) is Refusal.UNREADABLE


def test_yesterdays_ticket_is_for_another_day() -> None:
    """A genuine ticket is good on its own day only."""
    check_for_today(TICKET, date(2026, 11, 26))
    with pytest.raises(TicketRefused) as raised:
        check_for_today(TICKET, date(2026, 11, 27))
    assert raised.value.refusal is Refusal.OTHER_DAY


@given(st.text(max_size=200))
def test_any_text_is_refused_or_a_real_ticket(text: str) -> None:
    """No input crashes the decoder."""
    with contextlib.suppress(TicketRefused):
        decode(text, SECRET, "brussels-1")


def test_typed_tickets() -> None:
    """A ticket typed at the soup counter: its serial (leading zeros allowed) and check code,
    whatever the case, spaces and dashes; a serial alone has no code."""
    assert typed_ticket("042") == TypedTicket(42, "")
    assert typed_ticket(" 7 ") == TypedTicket(7, "")
    for text in ("17-K7R", "17 k7r", "017K7R", " 17 - K7R\n", "17–K7R", "17.k7r"):
        assert typed_ticket(text) == TypedTicket(17, "K7R"), text
    assert typed_ticket("1739A") == TypedTicket(17, "39A")
    for text in ("17-733", "017 733", "17 - 733"):  # a code of digits only, typed apart
        assert typed_ticket(text) == TypedTicket(17, "733"), text
    for bad in ("0", "", "٤٢", "123456", "-", "K7R", "0-K7R", "17-K7R!", "M1.X"):
        assert typed_ticket(bad) is None, bad


def test_check_codes_avoid_look_alikes_and_follow_the_signature() -> None:
    """The check code is three characters without look-alikes, different for another day,
    serial or secret, and the typed label is what is printed."""
    secret = "cd" * 32  # fixed, so that no chance match (1 in 8000) makes this flaky
    ticket = MealTicket("brussels-1", date(2026, 11, 26), 17)
    code = check_code(ticket, secret)
    assert len(code) == 3 and not set(code) & set("0O1IL5S2Z8B6GUVQ")
    assert typed_label(ticket, secret) == f"017-{code}"
    assert code not in {
        check_code(MealTicket("brussels-1", date(2026, 11, 25), 17), secret),
        check_code(MealTicket("brussels-1", date(2026, 11, 26), 18), secret),
        check_code(ticket, "ab" * 32),
    }
    codes = {check_code(MealTicket("brussels-1", date(2026, 11, 26), n), secret)
             for n in range(1, 401)}
    assert len(codes) > 300  # spread over the alphabet


def test_a_check_code_of_digits_only_is_accepted_as_printed() -> None:
    """About one code in 125 is digits only (3, 4, 7, 9): typed as printed ("001-733"), it is
    the serial and its code, not a five-digit serial without a code."""
    secret, day = "cd" * 32, date(2026, 11, 26)
    serial = next(n for n in range(1, 100_000)
                  if check_code(MealTicket("brussels-1", day, n), secret).isdigit())
    ticket = MealTicket("brussels-1", day, serial)
    typed = typed_ticket(f"{serial:03d}-{check_code(ticket, secret)}")
    assert typed is not None
    assert check_typed(typed, "brussels-1", day, secret) == ticket
