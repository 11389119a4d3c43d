"""A day's exact local counts, as shown on the today panel and printed by `kiosk counts`."""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.registration import Party


@dataclass(frozen=True, slots=True)
class DailyCounts:
    """People counts are per person; flag and referral counts are per party.

    `by_language` counts people by the language of their party's sheet.
    """

    day: date
    people: int = 0
    parties: int = 0
    children: int = 0
    families_with_children: int = 0
    by_language: Mapping[str, int] = field(default_factory=dict)
    by_nationality: Mapping[str, int] = field(default_factory=dict)
    by_sex: Mapping[str, int] = field(default_factory=dict)
    by_age_band: Mapping[str, int] = field(default_factory=dict)
    by_sex_age_band: Mapping[str, int] = field(default_factory=dict)
    by_flag: Mapping[str, int] = field(default_factory=dict)
    by_referral: Mapping[str, int] = field(default_factory=dict)
    meals_served: int = 0
    sheets_printed: int = 0
    sheets_by_language: Mapping[str, int] = field(default_factory=dict)

    @property
    def unaccompanied_minors(self) -> int:
        return self.by_flag.get(Flag.UNACCOMPANIED_MINOR, 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "people": self.people,
            "parties": self.parties,
            "children": self.children,
            "families_with_children": self.families_with_children,
            "unaccompanied_minors": self.unaccompanied_minors,
            "meals_served": self.meals_served,
            "sheets_printed": self.sheets_printed,
            "by_language": _ordered(self.by_language, LANGUAGE_CODES),
            "by_nationality": dict(sorted(self.by_nationality.items())),
            "by_sex": _ordered(self.by_sex, [s.value for s in Sex]),
            "by_age_band": _ordered(self.by_age_band, [b.value for b in AgeBand]),
            "by_sex_age_band": dict(sorted(self.by_sex_age_band.items())),
            "by_flag": _ordered(self.by_flag, [f.value for f in Flag]),
            "by_referral": _ordered(self.by_referral, [r.value for r in Referral]),
            "sheets_by_language": _ordered(self.sheets_by_language, LANGUAGE_CODES),
        }


def _ordered(counts: Mapping[str, int], order: Iterable[str]) -> dict[str, int]:
    """Every known code, in its natural order, with zero where nobody came."""
    return {code: counts.get(code, 0) for code in order}


def sex_age_key(sex: str, age_band: str) -> str:
    return f"{sex}:{age_band}"


def count_parties(day: date, parties: Iterable[Party]) -> DailyCounts:
    """Count in memory; the store counts in SQL and must agree with this."""
    people = parties_n = children = families = 0
    by_language: Counter[str] = Counter()
    by_nationality: Counter[str] = Counter()
    by_sex: Counter[str] = Counter()
    by_age: Counter[str] = Counter()
    by_sex_age: Counter[str] = Counter()
    by_flag: Counter[str] = Counter()
    by_referral: Counter[str] = Counter()
    for party in parties:
        parties_n += 1
        people += party.size
        children += party.children
        families += is_family_with_children(party.children, party.size)
        by_language[party.language] += party.size
        by_nationality[party.nationality] += party.size
        for person in party.people:
            by_sex[person.sex] += 1
            by_age[person.age_band] += 1
            by_sex_age[sex_age_key(person.sex, person.age_band)] += 1
        by_flag.update(str(f) for f in party.flags)
        by_referral.update(str(r) for r in party.referrals)
    return DailyCounts(
        day,
        people,
        parties_n,
        children,
        families,
        dict(by_language),
        dict(by_nationality),
        dict(by_sex),
        dict(by_age),
        dict(by_sex_age),
        dict(by_flag),
        dict(by_referral),
    )


def is_family_with_children(children: int, size: int) -> bool:
    """A family with children: at least one child and at least one adult."""
    return 0 < children < size
