"""Property tests over thousands of random days: what leaves the kiosk is always safe.

A random day is a random set of parties (sizes, sexes, age bands, flags, referrals, a few
or many nationalities and languages) counted by the same rules the store agrees with, a
random number of meals and sheets, and a random k from 3 to 10.
"""

import random
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.countries import nationalities
from kiosk.core.counts import DailyCounts, count_parties
from kiosk.core.disclosure import OTHER
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.packet import BREAKDOWNS, PACKET_KEYS, build_packet, content_hash, parse_packet
from kiosk.core.packet_schema import packet_json_schema
from kiosk.core.plausibility import plausible_flags
from kiosk.core.registration import Party, Person, make_party

VALIDATOR = Draft202012Validator(packet_json_schema(), format_checker=FormatChecker())
NATIONALITIES = [n.code for n in nationalities()]
SEXES, BANDS = list(Sex), list(AgeBand)


def random_party(rng: random.Random, languages: list[str], origins: list[str]) -> Party:
    size = rng.choice((1, 1, 1, 1, 2, 2, 3, 4, 5, 8))
    people = [Person(rng.choice(SEXES), rng.choice(BANDS)) for _ in range(size)]
    flags = plausible_flags(people, {f for f in Flag if rng.random() < 0.15})
    return make_party(
        language=rng.choice(languages),
        nationality=rng.choice(origins),
        people=people,
        flags=flags,
        referrals={r for r in Referral if rng.random() < 0.2},
    )


@st.composite
def days(draw: st.DrawFn) -> tuple[DailyCounts, int]:
    k = draw(st.integers(3, 10))
    parties = draw(st.one_of(st.integers(0, 6), st.integers(0, 40), st.integers(40, 160)))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    languages = rng.sample(LANGUAGE_CODES, draw(st.integers(1, len(LANGUAGE_CODES))))
    origins = rng.sample(NATIONALITIES, draw(st.integers(1, 40)))
    day = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 330)))
    counts = count_parties(day, [random_party(rng, languages, origins) for _ in range(parties)])
    meals = draw(st.integers(0, counts.people))
    sheets = draw(st.integers(0, counts.parties))
    return (
        DailyCounts(
            day,
            counts.people,
            counts.parties,
            counts.children,
            counts.families_with_children,
            counts.by_language,
            counts.by_nationality,
            counts.by_sex,
            counts.by_age_band,
            counts.by_sex_age_band,
            counts.by_flag,
            counts.by_referral,
            meals,
            sheets,
        ),
        k,
    )


def true_cells(counts: DailyCounts) -> dict[str, dict[str, int]]:
    return {
        "by_language": dict(counts.by_language),
        "by_nationality": dict(counts.by_nationality),
        "by_sex_age_band": dict(counts.by_sex_age_band),
        "by_flag": dict(counts.by_flag),
        "by_referral": dict(counts.by_referral),
        "by_party_kind": {
            "family-with-children": counts.families_with_children,
            "other-party": counts.parties - counts.families_with_children,
        },
    }


def reveals_a_small_count(
    additive: bool, base: int, cells: dict[str, int], hidden: int, hidden_sum: int, k: int
) -> bool:
    """Can someone with the packet work out a count from 1 to k-1 of this breakdown?

    Additive: the hidden cells' sum (base minus the rest) from 1 to k-1, or n hidden cells
    summing to n (one each for anyone assuming none is empty), or a single hidden cell.
    Flags and referrals: a published cell whose parties without it are from 1 to k-1.
    """
    if additive:
        if hidden == 1 and hidden_sum < k:
            return True
        return 1 <= hidden_sum < k or (hidden >= 1 and hidden_sum == hidden)
    return any(1 <= base - n < k for n in cells.values())


SETTINGS = settings(
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.slow  # thousands of random days: `make test-slow`, and CI
@SETTINGS
@given(day=days())
def test_random_days_leave_only_safe_packets(day: tuple[DailyCounts, int]) -> None:
    """For any day: no published cell from 1 to k-1, no small count worked out from its
    breakdown's total, published cells equal the true counts, "other" holds exactly what
    was merged, and nothing is outside the schema."""
    counts, k = day
    packet = build_packet("prop-site", counts, k)
    totals = packet["totals"]
    truth = true_cells(counts)
    for spec in BREAKDOWNS:
        found: dict[str, Any] = packet["breakdowns"][spec.name]
        cells, hidden = found["cells"], found["suppressed"]
        assert all(n == 0 or n >= k for n in cells.values()), (spec.name, cells)
        if 1 <= totals[spec.base] < k:
            assert found["withheld"], spec.name
        if found["withheld"]:
            assert not cells and not hidden
            continue
        real = truth[spec.name]
        for code, n in cells.items():
            if code != OTHER:
                assert real.get(code, 0) == n, (spec.name, code)
        if OTHER in cells:
            merged = sum(n for code, n in real.items() if code not in cells)
            assert cells[OTHER] == merged
        hidden_sum = sum(real.get(code, 0) for code in hidden)
        if spec.additive:
            assert totals[spec.base] - sum(cells.values()) == hidden_sum
        assert not reveals_a_small_count(
            spec.additive, totals[spec.base], cells, len(hidden), hidden_sum, k
        ), (spec.name, hidden, hidden_sum)
    assert not list(VALIDATOR.iter_errors(packet))
    assert tuple(packet) == PACKET_KEYS
    read = parse_packet(packet)
    assert read.content_hash == content_hash(packet)


@settings(max_examples=300, deadline=None)
@given(day=days(), extra=st.sampled_from(["number", "registered_at", "note", "people_rows"]))
def test_fields_outside_the_schema_never_pass(day: tuple[DailyCounts, int], extra: str) -> None:
    """Any field the schema does not name is refused, at the top and in every breakdown."""
    counts, k = day
    packet = build_packet("prop-site", counts, k)
    for place in (packet, packet["totals"], packet["breakdowns"]["by_flag"]):
        place[extra] = 1
        assert list(VALIDATOR.iter_errors(packet))
        del place[extra]
    assert not list(VALIDATOR.iter_errors(packet))
