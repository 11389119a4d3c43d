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
    check_for_today,
    decode,
    encode,
    new_secret,
    typed_serial,
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


def test_typed_numbers() -> None:
    """A ticket number typed at the soup counter: digits only, leading zeros allowed."""
    assert typed_serial("042") == 42
    assert typed_serial(" 7 ") == 7
    for bad in ("0", "", "4 2", "٤٢", "123456", "-1"):
        assert typed_serial(bad) is None
