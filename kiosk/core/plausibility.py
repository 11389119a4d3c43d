"""Whether the needs ticked fit the party: refusals that block, and a suggestion that does not.

Refused (the desk, the command line and the store's `make_party` alike):
- "unaccompanied minor" when someone in the party is 18 or older;
- "pregnant" when nobody in the party is a female of 12 or older.

Suggested (one tap on the needs screen, never a block): a party of minors only, a lone minor
above all, gets the unaccompanied-minor flag and the guardianship referral offered.
"""

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.errors import ValidationError

# Age bands that hold someone of 12 or older (the youngest who can be marked pregnant).
PREGNANCY_BANDS = frozenset(
    {AgeBand.AGE_12_17, AgeBand.AGE_18_25, AgeBand.AGE_26_59, AgeBand.AGE_60_PLUS}
)


class _Someone(Protocol):
    """What the rules need of a person (kiosk.core.registration.Person has it)."""

    @property
    def sex(self) -> Sex: ...

    @property
    def age_band(self) -> AgeBand: ...


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Needs and referrals the volunteer is offered to add with one tap."""

    flags: frozenset[Flag]
    referrals: frozenset[Referral]
    reason: str  # "minors_alone"


def refusals(people: Sequence[_Someone], flags: Iterable[Flag]) -> list[ValidationError]:
    """Every flag that does not fit the party, each as a refusal naming the field "flag"."""
    found: list[ValidationError] = []
    chosen = set(flags)
    if not people:
        return found  # an empty party is refused as such (field "people"), not by its flags
    if Flag.UNACCOMPANIED_MINOR in chosen and not all(p.age_band.is_child for p in people):
        found.append(
            ValidationError(
                "flag",
                "'unaccompanied-minor' needs everyone in the party to be under 18",
                reason="minor_with_adult",
            )
        )
    if Flag.PREGNANT in chosen and not any(
        p.sex is Sex.FEMALE and p.age_band in PREGNANCY_BANDS for p in people
    ):
        found.append(
            ValidationError(
                "flag",
                "'pregnant' needs a female of 12 or older in the party",
                reason="pregnant_needs_female",
            )
        )
    return found


def check(people: Sequence[_Someone], flags: Iterable[Flag]) -> None:
    """Raise the first refusal, if any."""
    found = refusals(people, flags)
    if found:
        raise found[0]


def suggestion(
    people: Sequence[_Someone], flags: Set[Flag], referrals: Set[Referral]
) -> Suggestion | None:
    """The unaccompanied-minor flag and the guardianship referral for a party of minors only
    (a lone minor above all), unless both are already chosen."""
    if not people or not all(p.age_band.is_child for p in people):
        return None
    missing_flags = frozenset({Flag.UNACCOMPANIED_MINOR}) - flags
    missing_referrals = frozenset({Referral.GUARDIANSHIP}) - referrals
    if not missing_flags and not missing_referrals:
        return None
    return Suggestion(missing_flags, missing_referrals, "minors_alone")


def plausible_flags(people: Sequence[_Someone], flags: Iterable[Flag]) -> set[Flag]:
    """`flags` without those the party cannot have (for generated and demo parties)."""
    kept = set(flags)
    for flag in (Flag.UNACCOMPANIED_MINOR, Flag.PREGNANT):
        if refusals(people, {flag}):
            kept.discard(flag)
    return kept
