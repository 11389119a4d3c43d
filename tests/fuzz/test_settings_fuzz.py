"""Site settings and the texts printed on every sheet under strange input.

Every validator in kiosk.core either returns a value or raises ValidationError naming its
field; a value it returns is clean (no control or invisible formatting characters where
the check promises that), so it can be printed on a sheet in any script.
"""

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.disclosure import check_k
from kiosk.core.errors import ValidationError
from kiosk.core.hq_link import check_ca_bundle, check_hq_url, check_token
from kiosk.core.pin import check_pin
from kiosk.core.printed_info import PrintedInfo, check_text, check_url, make_printed_info
from kiosk.core.registration import parse_person
from kiosk.core.retention import check_closing_time, check_retention_hours
from kiosk.core.settings import BY_KEY, changed_rows
from kiosk.core.site import (
    check_idle_seconds,
    check_interface_language,
    check_site_id,
    check_site_name,
    check_timezone,
)
from kiosk.core.site_day import parse_day
from tests.fuzz.strange_text import strange_text

pytestmark = pytest.mark.slow  # long fuzzing: `make test-slow`, and CI

FUZZ = settings(max_examples=200, deadline=None)
HIDDEN = ("Cc", "Cf", "Co", "Cs", "Zl", "Zp")
CHECKS: dict[str, Callable[[str], Any]] = {
    "site_id": check_site_id,
    "site_name": check_site_name,
    "timezone": check_timezone,
    "idle_seconds": check_idle_seconds,
    "interface_language": check_interface_language,
    "hq_url": check_hq_url,
    "hq_token": check_token,
    "hq_ca_bundle": check_ca_bundle,
    "disclosure_k": check_k,
    "retention_hours": check_retention_hours,
    "close_day_at": check_closing_time,
    "pin": check_pin,
    "person": parse_person,
    "date": parse_day,
    "printed text": lambda text: check_text("registration_address", text),
    "printed url": lambda text: check_url("info_url", text),
}
GOOD = ("brussels-1", "Startpunt Brussel", "Europe/Brussels", "60", "nl", "https://hq.example.org",
        "0123456789abcdef0123456789abcdef", "24", "5", "08:00", "246810", "female:26-59",
        "2026-11-26", "Belliardstraat 68, 1040 Brussel")


@pytest.mark.parametrize("name", sorted(CHECKS))
@FUZZ
@given(text=strange_text(*GOOD))
def test_every_check_returns_a_value_or_refuses(name: str, text: str) -> None:
    """Each kiosk.core check takes any text: a value or ValidationError, nothing else."""
    try:
        CHECKS[name](text)
    except ValidationError as error:
        assert error.field and error.message


@FUZZ
@given(key=st.sampled_from(sorted(BY_KEY)), text=strange_text(*GOOD, "true", "ar, ti"))
def test_every_setting_parses_or_refuses(key: str, text: str) -> None:
    """`changed_rows` (what `kiosk settings set` and the Settings screen use) for every key
    gives the rows to write or raises ValidationError naming that setting."""
    try:
        rows = changed_rows({}, key, text)
    except ValidationError as error:
        assert error.field.split(".")[0] in {key, key.split(".")[0], "printed_info"}, error.field
    else:
        assert rows


@FUZZ
@given(field=st.sampled_from([f for f in PrintedInfo.__dataclass_fields__
                              if f not in ("info_urls", "official_language")]),
       text=strange_text("Belliardstraat 68, 1040 Brussel", "0800 99 340",
                         "https://example.org/{language}"))
def test_printed_info_keeps_only_clean_text(field: str, text: str) -> None:
    """A text printed on every sheet is refused, or stored without control or invisible
    formatting characters (a stray right-to-left mark would reorder a whole address)."""
    try:
        info = make_printed_info({field: text})
    except ValidationError:
        return
    value = getattr(info, field)
    assert not any(unicodedata.category(ch) in HIDDEN for ch in value), repr(value)
    assert len(value) <= 200
