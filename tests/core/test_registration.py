"""What a registration is, and how wrong values are refused with the field's name."""

import pytest

from kiosk.core.codes import AgeBand, Flag, Sex
from kiosk.core.errors import ValidationError
from kiosk.core.registration import (
    ADULT,
    PartyDraft,
    Person,
    format_number,
    make_party,
    parse_person,
)


def party(**changes: object) -> object:
    values: dict[str, object] = {
        "language": "ar",
        "nationality": "SY",
        "people": [("female", "26-59")],
    }
    values.update(changes)
    return make_party(**values)  # type: ignore[arg-type]


def test_a_valid_party_is_built_from_codes() -> None:
    """Codes from the command line become typed values."""
    built = make_party(
        language="ti",
        nationality="ER",
        people=[("female", "26-59"), ("male", "0-4")],
        flags=["needs-shelter"],
        referrals=["info-point"],
    )
    assert built.size == 2 and built.children == 1
    assert built.people[1] == Person(Sex.MALE, AgeBand.AGE_0_4)
    assert Flag.NEEDS_SHELTER in built.flags


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"language": "xx"}, "language"),
        ({"language": ""}, "language"),
        ({"nationality": "XX"}, "nationality"),
        ({"nationality": "sy"}, "nationality"),
        ({"people": []}, "people"),
        ({"people": [("male", "26-59")] * 21}, "people"),
        ({"people": [("man", "26-59")]}, "sex"),
        ({"people": [("male", "30")]}, "age band"),
        ({"flags": ["hungry"]}, "flag"),
        ({"referrals": ["police"]}, "referral"),
        ({"people": [("male", "26-59")], "flags": ["pregnant"]}, "flag"),
    ],
)
def test_wrong_values_name_their_field(changes: dict[str, object], field: str) -> None:
    """Every wrong value raises ValidationError naming the field that is wrong."""
    with pytest.raises(ValidationError) as raised:
        party(**changes)
    assert raised.value.field == field
    assert str(raised.value).startswith(f"{field}: ")


def test_party_of_twenty_is_the_largest() -> None:
    """Twenty people arriving together is still one party."""
    assert party(people=[("unknown", "5-11")] * 20).size == 20  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("female:0-4", Person(Sex.FEMALE, AgeBand.AGE_0_4)),
        ("unknown:60+", Person(Sex.UNKNOWN, AgeBand.AGE_60_PLUS)),
    ],
)
def test_person_codes(text: str, expected: Person) -> None:
    """SEX:AGEBAND as written on the command line."""
    assert parse_person(text) == expected


@pytest.mark.parametrize(
    ("text", "field"), [("female", "person"), ("f:0-4", "sex"), ("male:", "age band")]
)
def test_bad_person_codes(text: str, field: str) -> None:
    """A malformed person names the part that is wrong."""
    with pytest.raises(ValidationError) as raised:
        parse_person(text)
    assert raised.value.field == field


def test_numbers_are_called_with_three_digits() -> None:
    """Volunteers call 001, 002, ... and 1000 after 999."""
    assert [format_number(n) for n in (1, 42, 999, 1000)] == ["001", "042", "999", "1000"]


def test_a_draft_starts_with_one_adult_and_needs_language_and_nationality() -> None:
    """The screens start from one adult; finishing without a language names that field."""
    draft = PartyDraft()
    assert draft.people == [ADULT]
    with pytest.raises(ValidationError, match="language"):
        draft.finish()
    draft.language = "prs"
    with pytest.raises(ValidationError, match="nationality"):
        draft.finish()
    draft.nationality = "AF"
    assert draft.finish().language == "prs"
