"""What a registration is: a party of 1 to 20 people arriving together, without names."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.core import plausibility
from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.countries import is_nationality
from kiosk.core.errors import ValidationError, quoted
from kiosk.core.languages import BY_CODE

MAX_PARTY = 20


@dataclass(frozen=True, slots=True)
class Person:
    sex: Sex
    age_band: AgeBand

    @property
    def is_child(self) -> bool:
        return self.age_band.is_child


ADULT = Person(Sex.UNKNOWN, AgeBand.AGE_26_59)


@dataclass(frozen=True, slots=True)
class Party:
    """A validated party, ready to be stored. Build one with `make_party`."""

    language: str
    nationality: str
    people: tuple[Person, ...]
    flags: frozenset[Flag] = frozenset()
    referrals: frozenset[Referral] = frozenset()

    @property
    def size(self) -> int:
        return len(self.people)

    @property
    def children(self) -> int:
        return sum(person.is_child for person in self.people)


@dataclass(frozen=True, slots=True)
class Receipt:
    """What the desk tells the volunteer once a registration is on disk."""

    number: int
    day: date
    registered_at: datetime
    people: int
    tickets: tuple[int, ...] = ()  # meal ticket numbers, when handed out at the desk

    @property
    def label(self) -> str:
        return format_number(self.number)


def format_number(number: int) -> str:
    """Numbers of the day are called out as 001, 002, ..."""
    return f"{number:03d}"


def parse_person(text: str) -> Person:
    """Read `SEX:AGEBAND`, as given on the command line (e.g. `female:26-59`)."""
    sex_code, sep, band_code = text.strip().partition(":")
    if not sep:
        raise ValidationError("person", f"expected SEX:AGEBAND, got {text!r}")
    return Person(_sex(sex_code), _age_band(band_code))


def _sex(code: str) -> Sex:
    try:
        return Sex(code)
    except ValueError:
        allowed = ", ".join(s.value for s in Sex)
        raise ValidationError(
            "sex", f"{code!r} is not one of {allowed}",
            reason="not_one_of", value=quoted(code), allowed=allowed,
        ) from None


def _age_band(code: str) -> AgeBand:
    try:
        return AgeBand(code)
    except ValueError:
        allowed = ", ".join(b.value for b in AgeBand)
        raise ValidationError(
            "age band", f"{code!r} is not one of {allowed}",
            reason="not_one_of", value=quoted(code), allowed=allowed,
        ) from None


def make_party(
    *,
    language: str,
    nationality: str,
    people: Iterable[Person | tuple[str, str]],
    flags: Iterable[Flag | str] = (),
    referrals: Iterable[Referral | str] = (),
) -> Party:
    """Check every field and build a Party, or raise ValidationError naming the field."""
    if language not in BY_CODE:
        allowed = ", ".join(BY_CODE)
        raise ValidationError(
            "language", f"{language!r} is not one of {allowed}",
            reason="not_one_of", value=quoted(language), allowed=allowed,
        )
    if not is_nationality(nationality):
        raise ValidationError(
            "nationality",
            f"{nationality!r} is not an ISO 3166-1 alpha-2 code, 'stateless' or 'unknown'",
            reason="not_a_nationality", value=quoted(nationality),
        )
    persons: list[Person] = []
    for person in people:
        if isinstance(person, Person):
            persons.append(Person(_sex(person.sex), _age_band(person.age_band)))
        else:
            sex, band = person
            persons.append(Person(_sex(sex), _age_band(band)))
    if not 1 <= len(persons) <= MAX_PARTY:
        raise ValidationError(
            "people", f"a party has 1 to {MAX_PARTY} people, not {len(persons)}",
            reason="out_of_range", low=1, high=MAX_PARTY,
        )
    flag_set = frozenset(_code(Flag, f, "flag") for f in flags)
    referral_set = frozenset(_code(Referral, r, "referral") for r in referrals)
    plausibility.check(persons, flag_set)
    return Party(language, nationality, tuple(persons), flag_set, referral_set)


def _code[E: (Flag, Referral)](kind: type[E], value: E | str, name: str) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ValidationError(
            name, f"{value!r} is not one of {allowed}",
            reason="not_one_of", value=quoted(value), allowed=allowed,
        ) from None


@dataclass(slots=True)
class PartyDraft:
    """A registration being filled in on the screens; nothing here is stored."""

    language: str | None = None
    nationality: str | None = None
    people: list[Person] = field(default_factory=lambda: [ADULT])
    flags: set[Flag] = field(default_factory=set)
    referrals: set[Referral] = field(default_factory=set)

    def count(self, person: Person) -> int:
        """How many of this sex and age band are in the party."""
        return self.people.count(person)

    def add(self, person: Person) -> bool:
        """One more of this sex and age band, unless the party is full."""
        if len(self.people) >= MAX_PARTY:
            return False
        self.people.append(person)
        return True

    def remove(self, person: Person) -> bool:
        """One fewer of this sex and age band (the last one added), if there is one. The
        draft may be left empty for a moment; `finish` refuses an empty party."""
        for index in range(len(self.people) - 1, -1, -1):
            if self.people[index] == person:
                del self.people[index]
                return True
        return False

    def refusals(self) -> list[ValidationError]:
        """The needs ticked that do not fit the party (see kiosk.core.plausibility)."""
        return plausibility.refusals(self.people, self.flags)

    def suggestion(self) -> plausibility.Suggestion | None:
        return plausibility.suggestion(self.people, self.flags, self.referrals)

    def finish(self) -> Party:
        if self.language is None:
            raise ValidationError("language", "no language chosen", reason="not_chosen")
        if self.nationality is None:
            raise ValidationError("nationality", "no nationality chosen", reason="not_chosen")
        return make_party(
            language=self.language,
            nationality=self.nationality,
            people=self.people,
            flags=self.flags,
            referrals=self.referrals,
        )
