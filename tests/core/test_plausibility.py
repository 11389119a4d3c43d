"""Which needs fit which party: refusals that block, a suggestion that does not."""

import pytest

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.errors import ValidationError
from kiosk.core.plausibility import plausible_flags, refusals, suggestion
from kiosk.core.registration import PartyDraft, Person, make_party

WOMAN = Person(Sex.FEMALE, AgeBand.AGE_26_59)
MAN = Person(Sex.MALE, AgeBand.AGE_26_59)
GIRL_12 = Person(Sex.FEMALE, AgeBand.AGE_12_17)
GIRL_5 = Person(Sex.FEMALE, AgeBand.AGE_5_11)
BOY_12 = Person(Sex.MALE, AgeBand.AGE_12_17)
NOT_SAID = Person(Sex.UNKNOWN, AgeBand.AGE_26_59)


@pytest.mark.parametrize(
    ("people", "refused"),
    [
        ([BOY_12], False),
        ([BOY_12, GIRL_5], False),
        ([Person(Sex.MALE, AgeBand.AGE_26_59)], True),
        ([BOY_12, Person(Sex.FEMALE, AgeBand.AGE_18_25)], True),
        ([GIRL_5, Person(Sex.UNKNOWN, AgeBand.AGE_60_PLUS)], True),
    ],
)
def test_unaccompanied_minor_needs_everyone_under_18(
    people: list[Person], refused: bool
) -> None:
    """A party with anyone of 18 or older cannot be an unaccompanied minor."""
    found = refusals(people, {Flag.UNACCOMPANIED_MINOR})
    assert [e.reason for e in found] == (["minor_with_adult"] if refused else [])


@pytest.mark.parametrize(
    ("people", "refused"),
    [
        ([WOMAN], False),
        ([GIRL_12], False),
        ([Person(Sex.FEMALE, AgeBand.AGE_60_PLUS)], False),
        ([MAN, WOMAN], False),
        ([MAN], True),
        ([GIRL_5, MAN], True),  # a girl under 12
        ([NOT_SAID], True),  # sex not said: set it first
        ([Person(Sex.OTHER, AgeBand.AGE_18_25)], True),
    ],
)
def test_pregnant_needs_a_female_of_12_or_older(people: list[Person], refused: bool) -> None:
    """Pregnant only with a woman or girl of 12 or older in the party."""
    found = refusals(people, {Flag.PREGNANT})
    assert [e.reason for e in found] == (["pregnant_needs_female"] if refused else [])
    assert all(e.field == "flag" for e in found)


def test_make_party_refuses_what_does_not_fit_naming_the_field() -> None:
    """The store and the command line build parties with make_party: they refuse too."""
    with pytest.raises(ValidationError) as raised:
        make_party(language="ar", nationality="SY", people=[MAN], flags=["unaccompanied-minor"])
    assert raised.value.field == "flag" and raised.value.reason == "minor_with_adult"


def test_the_draft_refuses_on_finish_and_says_so_before() -> None:
    """The screens ask the draft what is refused while it is filled in; finish refuses it."""
    draft = PartyDraft(language="ar", nationality="SY", people=[GIRL_5, MAN])
    draft.flags.add(Flag.PREGNANT)
    assert [e.reason for e in draft.refusals()] == ["pregnant_needs_female"]
    with pytest.raises(ValidationError):
        draft.finish()
    draft.flags.clear()
    assert draft.finish().size == 2


def test_a_lone_minor_is_offered_the_flag_and_the_guardianship_referral() -> None:
    """A suggestion, not a refusal: nothing blocks a lone minor without the flag."""
    offered = suggestion([BOY_12], set(), set())
    assert offered is not None
    assert offered.flags == {Flag.UNACCOMPANIED_MINOR}
    assert offered.referrals == {Referral.GUARDIANSHIP}
    assert refusals([BOY_12], set()) == []
    assert make_party(language="ar", nationality="SY", people=[BOY_12]).size == 1


def test_the_suggestion_goes_once_taken_and_never_comes_for_adults() -> None:
    """Taken (both chosen), or a party with an adult: nothing is suggested."""
    assert suggestion([BOY_12], {Flag.UNACCOMPANIED_MINOR}, {Referral.GUARDIANSHIP}) is None
    partly = suggestion([BOY_12], {Flag.UNACCOMPANIED_MINOR}, set())
    assert partly is not None and partly.flags == frozenset()
    assert suggestion([BOY_12, WOMAN], set(), set()) is None
    assert suggestion([], set(), set()) is None


def test_counters_add_and_remove_without_touching_finish() -> None:
    """The party screen's counters change the draft's list of people; finish is the same."""
    draft = PartyDraft(language="ti", nationality="ER")
    assert draft.add(WOMAN) and draft.add(GIRL_5) and draft.add(WOMAN)
    assert draft.count(WOMAN) == 2
    assert draft.remove(WOMAN) and not draft.remove(BOY_12)
    assert draft.finish().people == (draft.people[0], WOMAN, GIRL_5)
    while draft.people:
        draft.remove(draft.people[-1])
    with pytest.raises(ValidationError) as raised:
        draft.finish()
    assert raised.value.field == "people"


def test_plausible_flags_drops_only_what_does_not_fit() -> None:
    """For generated parties: the flags that fit are kept."""
    everything = set(Flag)
    assert plausible_flags([MAN], everything) == everything - {
        Flag.PREGNANT, Flag.UNACCOMPANIED_MINOR
    }
    assert plausible_flags([GIRL_12], everything) == everything
