"""The site, its day and the coordinator PIN."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.countries import local_name, nationalities
from kiosk.core.errors import ValidationError
from kiosk.core.languages import LANGUAGES
from kiosk.core.pin import check_pin, hash_pin, pin_matches
from kiosk.core.site import check_idle_seconds, make_site
from kiosk.core.site_day import day_bounds, local_day, parse_moment

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("B", "Startpunt"), "site id"),
        (("brussels 1", "Startpunt"), "site id"),
        (("-x", "Startpunt"), "site id"),
        (("brussels", ""), "site name"),
        (("brussels", "x" * 81), "site name"),
        (("brussels", "Start\u200fpunt"), "site name"),
        (("brussels", "Startpunt", "Mars/Olympus"), "timezone"),
        (("brussels", "Startpunt", ""), "timezone"),
    ],
)
def test_bad_site_values_name_their_field(args: tuple[str, ...], field: str) -> None:
    """Set-up values are checked in core, and the message names the field."""
    with pytest.raises(ValidationError) as raised:
        make_site(*args)
    assert raised.value.field == field


def test_site_name_is_normalised() -> None:
    """Spaces around the name go; the name is kept in NFC."""
    assert make_site("brussels-1", "  Startpunt Bruxelles ").name == "Startpunt Bruxelles"


@pytest.mark.parametrize(
    "pin", ["12345", "abcdef", "111111", "123456", "1234567890123", "２４６８１０"]
)
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    """At least 6 digits, ASCII only, not trivially guessable."""
    with pytest.raises(ValidationError, match="pin"):
        check_pin(pin)


def test_pin_hash_is_argon2id_with_enough_memory() -> None:
    """Argon2id, at least 19 MiB and 2 passes, and only the right PIN matches."""
    stored = hash_pin("246810")
    assert stored.startswith("$argon2id$")
    assert "m=19456,t=2" in stored
    assert pin_matches(stored, "246810")
    assert not pin_matches(stored, "246811")
    assert not pin_matches("garbage", "246810")


def test_site_day_follows_summer_and_winter_time() -> None:
    """The local day starts at local midnight, whatever the offset."""
    assert local_day(datetime(2026, 7, 1, 22, 30, tzinfo=UTC), BRUSSELS) == date(2026, 7, 2)
    assert local_day(datetime(2026, 12, 1, 22, 30, tzinfo=UTC), BRUSSELS) == date(2026, 12, 1)
    start, end = day_bounds(date(2026, 3, 29), BRUSSELS)  # clocks go forward: a 23-hour day
    assert (end - start).total_seconds() == 23 * 3600


def test_times_without_offset_are_local() -> None:
    """A paper list's '08:15' means 08:15 at the site."""
    assert parse_moment("2026-11-26T08:15", BRUSSELS) == datetime(2026, 11, 26, 7, 15, tzinfo=UTC)
    with pytest.raises(ValidationError, match="at"):
        parse_moment("yesterday", BRUSSELS)


def test_idle_seconds_limits() -> None:
    """Idle time between 15 s and 10 minutes."""
    assert check_idle_seconds("60") == 60
    for bad in ("5", "601", "soon"):
        with pytest.raises(ValidationError, match="idle seconds"):
            check_idle_seconds(bad)


def test_sixteen_languages_with_endonyms() -> None:
    """The sheet languages of the domain notes, five of them right-to-left."""
    assert len(LANGUAGES) == 16
    assert {lang.code for lang in LANGUAGES if lang.rtl} == {"ar", "prs", "ps", "ckb", "ur"}


def test_nationalities_include_stateless_and_unknown() -> None:
    """ISO countries plus stateless and unknown; names in the volunteer's language."""
    codes = {n.code for n in nationalities()}
    assert {"SY", "AF", "ER", "PS", "stateless", "unknown"} <= codes
    assert len(codes) >= 250
    assert local_name("SY", "nl") == "Syrië"
    assert local_name("ER", "fr") == "Érythrée"
    assert local_name("PS", "en") == "Palestine"
