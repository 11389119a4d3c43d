"""Realistic synthetic arrivals for demos and benchmarks (never real people)."""

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.plausibility import plausible_flags
from kiosk.core.registration import Party, Person, make_party

# Origins of applicants in Belgium 2023-2024 (domain notes), with the sheet languages they use.
_ORIGINS: tuple[tuple[str, float, tuple[tuple[str, float], ...]], ...] = (
    ("PS", 14, (("ar", 1),)),
    ("SY", 12, (("ar", 0.85), ("kmr", 0.15))),
    ("AF", 12, (("prs", 0.6), ("ps", 0.4))),
    ("ER", 9, (("ti", 1),)),
    ("TR", 7, (("tr", 0.6), ("kmr", 0.4))),
    ("CD", 5, (("fr", 1),)),
    ("GN", 5, (("fr", 1),)),
    ("CM", 4, (("fr", 0.7), ("en", 0.3))),
    ("BI", 3, (("fr", 1),)),
    ("GE", 3, (("ka", 0.8), ("ru", 0.2))),
    ("MD", 2, (("ru", 0.6), ("en", 0.4))),
    ("RU", 2, (("ru", 1),)),
    ("IQ", 3, (("ar", 0.6), ("ckb", 0.4))),
    ("SO", 2, (("so", 1),)),
    ("ET", 2, (("am", 0.7), ("ti", 0.3))),
    ("PK", 2, (("ur", 1),)),
    ("VE", 1, (("es", 1),)),
    ("CO", 1, (("es", 1),)),
    ("IR", 2, (("prs", 0.5), ("en", 0.5))),
    ("stateless", 1, (("ar", 1),)),
    ("unknown", 1, (("en", 0.5), ("fr", 0.5))),
)
_ADULT_BANDS = (AgeBand.AGE_18_25, AgeBand.AGE_26_59, AgeBand.AGE_60_PLUS)
_CHILD_BANDS = (AgeBand.AGE_0_4, AgeBand.AGE_5_11, AgeBand.AGE_12_17)


def _pick[T](rng: random.Random, options: tuple[tuple[T, float], ...]) -> T:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def demo_party(rng: random.Random) -> Party:
    nationality, _, languages = rng.choices(_ORIGINS, weights=[o[1] for o in _ORIGINS])[0]
    language = _pick(rng, languages)
    kind = rng.random()
    people: list[Person]
    flags: set[Flag] = set()
    if kind < 0.55:  # a single adult, about two thirds men
        sex = Sex.MALE if rng.random() < 0.8 else Sex.FEMALE
        people = [Person(sex, _pick(rng, ((AgeBand.AGE_18_25, 4), (AgeBand.AGE_26_59, 6))))]
    elif kind < 0.62:  # a self-declared unaccompanied minor
        people = [Person(Sex.MALE if rng.random() < 0.9 else Sex.FEMALE, AgeBand.AGE_12_17)]
        flags.add(Flag.UNACCOMPANIED_MINOR)
    elif kind < 0.70:  # a couple
        people = [Person(Sex.MALE, AgeBand.AGE_26_59), Person(Sex.FEMALE, AgeBand.AGE_26_59)]
    else:  # a family
        adults = [Person(Sex.FEMALE, rng.choice(_ADULT_BANDS[:2]))]
        if rng.random() < 0.7:
            adults.append(Person(Sex.MALE, rng.choice(_ADULT_BANDS[:2])))
        if rng.random() < 0.05:
            adults.append(Person(rng.choice((Sex.FEMALE, Sex.MALE)), AgeBand.AGE_60_PLUS))
        kids = [
            Person(rng.choice((Sex.FEMALE, Sex.MALE)), rng.choice(_CHILD_BANDS))
            for _ in range(rng.choice((1, 1, 2, 2, 3, 4)))
        ]
        people = adults + kids
        if rng.random() < 0.08:
            flags.add(Flag.PREGNANT)
    if rng.random() < 0.01:
        people[0] = Person(rng.choice((Sex.OTHER, Sex.UNKNOWN)), people[0].age_band)
    if rng.random() < 0.12:
        flags.add(Flag.MEDICAL_NEED)
    single_man = len(people) == 1 and people[0].sex is Sex.MALE and not people[0].is_child
    if rng.random() < (0.8 if single_man else 0.4):
        flags.add(Flag.NEEDS_SHELTER)
    referrals: set[Referral] = {Referral.INFO_POINT} if rng.random() < 0.5 else set()
    if Flag.MEDICAL_NEED in flags:
        referrals.add(rng.choice((Referral.MEDICAL_POINT, Referral.HUMANITARIAN_HUB)))
    if Flag.UNACCOMPANIED_MINOR in flags:
        referrals.add(Referral.GUARDIANSHIP)
    if Flag.NEEDS_SHELTER in flags and rng.random() < 0.5:
        referrals.add(Referral.SHELTER)
    if rng.random() < 0.2:
        referrals.add(Referral.LEGAL_AID)
    return make_party(
        language=language,
        nationality=nationality,
        people=people,
        flags=plausible_flags(people, flags),  # the 1% renamed above may be the only woman
        referrals=referrals,
    )


def demo_moment(rng: random.Random, day: date, tz: ZoneInfo) -> datetime:
    """Most people arrive while the doors are open (07:00-09:00), some later in the morning."""
    minutes = rng.uniform(7 * 60, 9 * 60) if rng.random() < 0.8 else rng.uniform(9 * 60, 13 * 60)
    return datetime.combine(day, time(0), tzinfo=tz) + timedelta(minutes=minutes)


def demo_days(
    days: int, per_day: int, last_day: date, tz: ZoneInfo, seed: int = 0
) -> Iterator[tuple[datetime, Party]]:
    """About `per_day` people a day for `days` days ending with `last_day`, in time order."""
    rng = random.Random(seed)
    for offset in range(days - 1, -1, -1):
        day = last_day - timedelta(days=offset)
        arrivals: list[tuple[datetime, Party]] = []
        people = 0
        while people < per_day:
            party = demo_party(rng)
            arrivals.append((demo_moment(rng, day, tz), party))
            people += party.size
        arrivals.sort(key=lambda arrival: arrival[0])
        yield from arrivals
