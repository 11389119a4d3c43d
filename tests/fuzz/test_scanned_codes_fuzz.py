"""What a scanner or a volunteer's keypad sends to the soup counter, fuzzed.

`Desk.tickets.redeem` takes anything: a genuine ticket is accepted once, every other text is a
TicketRefused with its reason, and nothing else ever comes out of it.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.meal_ticket import MealTicket, TicketRefused
from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from tests.fuzz.strange_text import odd_characters, strange_text

pytestmark = pytest.mark.slow  # long fuzzing: `make test-slow`, and CI

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def redeemed(desk: Desk, scanned: str) -> MealTicket | TicketRefused:
    try:
        return desk.tickets.redeem(scanned)
    except TicketRefused as refused:
        return refused


@st.composite
def damaged(draw: st.DrawFn, code: str) -> str:
    """A genuine code with one character changed, dropped, doubled or an odd one put in,
    or its case turned."""
    at = draw(st.integers(0, len(code) - 1))
    how = draw(st.sampled_from(["change", "drop", "double", "insert", "case"]))
    if how == "change":
        return code[:at] + draw(st.characters()) + code[at + 1:]
    if how == "drop":
        return code[:at] + code[at + 1:]
    if how == "double":
        return code[:at] + code[at] * 2 + code[at + 1:]
    if how == "insert":
        return code[:at] + draw(odd_characters) + code[at:]
    return code.swapcase()


@FUZZ
@given(data=st.data())
def test_any_scanned_text_is_a_ticket_or_a_refusal(desk: Desk, data: st.DataObject) -> None:
    """Strange text, typed numbers and damaged genuine codes: a ticket or TicketRefused."""
    if desk.registrations.counts(desk.today()).people == 0:  # tickets 1 and 2 of today exist
        desk.registrations.register(make_party(language="ar", nationality="SY",
                                 people=[("female", "26-59"), ("male", "5-11")]), hand_out=True)
    code = desk.tickets.ticket_code(desk.today(), 1)
    scanned = data.draw(st.one_of(strange_text(code, "1", "00001", "2"), damaged(code)))
    outcome = redeemed(desk, scanned)
    assert isinstance(outcome, MealTicket | TicketRefused)
    if isinstance(outcome, MealTicket):
        assert outcome.site_id == desk.require_site().site_id
        assert outcome.day == desk.today()


def test_a_genuine_code_is_accepted_once_even_with_spaces(desk: Desk) -> None:
    """The fuzzed space around a code does not let a ticket be used twice."""
    desk.registrations.register(
        make_party(language="ti", nationality="ER", people=[("male", "18-25")]), hand_out=True
    )
    code = desk.tickets.ticket_code(desk.today(), 1)
    assert isinstance(redeemed(desk, f" {code}\n"), MealTicket)
    assert isinstance(redeemed(desk, code), TicketRefused)
    assert isinstance(redeemed(desk, "1"), TicketRefused)
    assert isinstance(redeemed(desk, desk.tickets.typed_label(1)), TicketRefused)
