"""Refusals carry a reason code and its values for the screens, beside the English message.

The message is what the command line prints, so each case here also pins it down word for
word: giving a raise its reason must not change what a coordinator reads in a terminal.
"""

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.codes import AgeBand, Sex
from kiosk.core.disclosure import check_k
from kiosk.core.errors import ValidationError, quoted
from kiosk.core.hq_link import check_ca_bundle, check_hq_url, check_token
from kiosk.core.languages import BY_CODE, LANGUAGE_CODES
from kiosk.core.pin import check_pin
from kiosk.core.printed_info import check_text, check_url, make_printed_info
from kiosk.core.printers import make_printer_choice
from kiosk.core.registration import ADULT, PartyDraft, Person, make_party
from kiosk.core.retention import check_closing_time, check_retention_hours
from kiosk.core.settings import changed_rows
from kiosk.core.site import check_idle_seconds, check_interface_language, check_site_name, make_site
from kiosk.core.site_day import parse_day, parse_moment, zone
from kiosk.core.void import check_number, check_undo_in_time

ESCPOS_FORM = ("an ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], "
               "serial:/dev/NAME, file:/dev/usb/lp0 or dummy")
MAN = Person(Sex.MALE, AgeBand.AGE_26_59)

type Case = tuple[Callable[[], object], str, str, str, dict[str, str | int]]


def setting(key: str, text: str) -> Callable[[], object]:
    return lambda: changed_rows({}, key, text)


def party(**given: object) -> Callable[[], object]:
    values: dict[str, object] = {"language": "ar", "nationality": "SY", "people": [ADULT]}
    values.update(given)
    return lambda: make_party(**values)  # type: ignore[arg-type]


# (what is refused, field, message as the command line prints it, reason, values)
CASES: dict[str, Case] = {
    "short site id": (
        lambda: make_site("b", "Startpunt"), "site id",
        "use 2 to 32 lowercase letters, digits or dashes, starting with a letter or digit"
        " (got 'b')", "not_an_id", {"low": 2, "high": 32}),
    "empty site name": (
        lambda: check_site_name("  "), "site name", "must not be empty", "empty", {}),
    "long site name": (
        lambda: check_site_name("x" * 95), "site name", "at most 80 characters (got 95)",
        "too_long", {"limit": 80, "got": 95}),
    "bidi in site name": (
        lambda: check_site_name("Start\u202epunt"), "site name",
        "contains control or invisible formatting characters", "invisible_characters", {}),
    "idle seconds in words": (
        lambda: check_idle_seconds("soon"), "idle seconds", "'soon' is not a number",
        "not_a_number", {"value": "'soon'"}),
    "idle seconds too few": (
        lambda: check_idle_seconds(5), "idle seconds", "must be between 15 and 600",
        "out_of_range", {"low": 15, "high": 600}),
    "German interface": (
        lambda: check_interface_language("de"), "interface language",
        "'de' is not one of nl, fr, en", "not_one_of",
        {"value": "'de'", "allowed": "nl, fr, en"}),
    "zone on Mars": (
        lambda: zone("Mars/Olympus"), "timezone", "'Mars/Olympus' is not a known IANA time zone",
        "not_a_time_zone", {"value": "'Mars/Olympus'"}),
    "Belgian date": (
        lambda: parse_day("26/11/2026", "from"), "from",
        "'26/11/2026' is not a date like 2026-11-26", "not_a_date",
        {"value": "'26/11/2026'", "example": "2026-11-26"}),
    "moment in words": (
        lambda: parse_moment("noon", ZoneInfo("Europe/Brussels")), "at",
        "'noon' is not an ISO time like 2026-11-26T08:15", "not_a_time",
        {"value": "'noon'", "example": "2026-11-26T08:15"}),
    "PIN with a letter": (
        lambda: check_pin("24a810"), "pin", "use digits only", "digits_only", {}),
    "short PIN": (
        lambda: check_pin("2468"), "pin", "use 6 to 12 digits", "digit_count",
        {"low": 6, "high": 12}),
    "easy PIN": (
        lambda: check_pin("123456"), "pin", "too easy to guess (repeated or sequential digits)",
        "too_easy", {}),
    "hours in words": (
        lambda: check_retention_hours("two days"), "retention_hours",
        "'two days' is not a whole number of hours", "not_a_number", {"value": "'two days'"}),
    "too many hours": (
        lambda: check_retention_hours("1000"), "retention_hours",
        "must be between 1 and 720 hours (30 days)", "out_of_range", {"low": 1, "high": 720}),
    "closing at 8pm": (
        lambda: check_closing_time("8pm"), "close_day_at", "'8pm' is not a time like 20:00",
        "not_a_time", {"value": "'8pm'", "example": "20:00"}),
    "k in words": (
        lambda: check_k("two"), "k", "'two' is not a number", "not_a_number",
        {"value": "'two'"}),
    "k too small": (
        lambda: check_k(2), "k", "must be between 3 and 100 (got 2)", "out_of_range",
        {"low": 3, "high": 100}),
    "braces on a sheet": (
        lambda: check_text("shelter_phone", "0800 {99}"), "shelter_phone",
        "must not contain { or }", "braces", {}),
    "plain http link": (
        lambda: check_url("info_url", "http://fedasil.be"), "info_url",
        "'http://fedasil.be' is not an https:// address", "not_https", {}),
    "sheet in German": (
        lambda: make_printed_info({"official_language": "de"}), "official_language",
        "'de' is not nl or fr", "not_one_of", {"value": "'de'", "allowed": "nl, fr"}),
    "laser printer": (
        lambda: make_printer_choice({"kind": "laser"}, "printer.sheet"), "printer.sheet",
        "kind must be one of folder, cups, qt, escpos", "not_one_of",
        {"value": "'laser'", "allowed": "folder, cups, qt, escpos"}),
    "A3 paper": (
        lambda: make_printer_choice({"paper": "a3"}, "printer.sheet"), "printer.sheet",
        "paper must be a4 or receipt", "not_one_of", {"value": "'a3'", "allowed": "a4, receipt"}),
    "CUPS queue with a space": (
        lambda: make_printer_choice({"kind": "cups", "target": "Office 2"}, "printer.sheet"),
        "printer.sheet", "'Office 2' is not a CUPS queue name", "not_a_queue",
        {"value": "'Office 2'"}),
    "Qt printer without a name": (
        lambda: make_printer_choice({"kind": "qt"}, "printer.sheet"), "printer.sheet",
        "give the printer's name", "empty", {}),
    "Qt printer with a long name": (
        lambda: make_printer_choice({"kind": "qt", "target": "p" * 201}, "printer.sheet"),
        "printer.sheet", "give the printer's name", "too_long", {"limit": 200, "got": 201}),
    "ESC/POS on a wish": (
        lambda: make_printer_choice({"kind": "escpos", "target": "lpt1", "paper": "receipt"},
                                    "printer.tickets"),
        "printer.tickets", ESCPOS_FORM, "not_a_connection", {}),
    "ESC/POS on A4": (
        lambda: make_printer_choice({"kind": "escpos", "target": "dummy", "paper": "a4"},
                                    "printer.tickets"),
        "printer.tickets", "an ESC/POS printer takes receipt paper only", "receipt_only", {}),
    "folder with a NUL": (
        lambda: make_printer_choice({"kind": "folder", "target": "/tmp/\x00"}, "printer.sheet"),
        "printer.sheet", "not a folder path", "not_a_folder", {}),
    "broken address": (
        lambda: check_hq_url("https://[::1"), "hq url", "'https://[::1' is not a URL",
        "not_an_address", {}),
    "ftp address": (
        lambda: check_hq_url("ftp://hq.example.org"), "hq url",
        "use an https:// address, e.g. https://hq.example.org", "not_https", {}),
    "plain http far away": (
        lambda: check_hq_url("http://hq.example.org"), "hq url",
        "plain http:// is only accepted for this machine (127.0.0.1); use https://",
        "not_https", {}),
    "password in the address": (
        lambda: check_hq_url("https://me:secret@hq.example.org"), "hq url",
        "must not hold a user name or password; use --token", "address_extras", {}),
    "query in the address": (
        lambda: check_hq_url("https://hq.example.org/?site=1"), "hq url",
        "must not have a query (?...) or fragment (#...)", "address_extras", {}),
    "port 0": (
        lambda: check_hq_url("https://hq.example.org:0"), "hq url", "port 0 is not a port",
        "not_an_address", {}),
    "short token": (
        lambda: check_token("abc"), "token",
        "expected the 20 to 200 character token printed by `kiosk-hq add-site`", "not_a_token",
        {"low": 20, "high": 200}),
    "two-line CA bundle": (
        lambda: check_ca_bundle("/etc/a.pem\n/etc/b.pem"), "ca bundle",
        "must be the path of a PEM file", "not_a_file", {}),
    "coordinator idle in words": (
        setting("coordinator_idle_seconds", "five"), "coordinator_idle_seconds",
        "'five' is not a whole number", "not_a_number", {"value": "'five'"}),
    "coordinator idle too short": (
        setting("coordinator_idle_seconds", "10"), "coordinator_idle_seconds",
        "must be between 60 and 1800", "out_of_range", {"low": 60, "high": 1800}),
    "no languages shown": (
        setting("languages_shown", " , "), "languages_shown", "name at least one language",
        "empty", {}),
    "an unknown language shown": (
        setting("languages_shown", "ar, xx"), "languages_shown",
        f"'xx' is not one of {', '.join(LANGUAGE_CODES)}", "not_one_of",
        {"value": "'xx'", "allowed": ", ".join(LANGUAGE_CODES)}),
    "a language shown twice": (
        setting("languages_shown", "ar, ti, ar"), "languages_shown", "'ar' is named twice",
        "named_twice", {"value": "'ar'"}),
    "printer as broken JSON": (
        setting("printer.sheet", "{kind: cups"), "printer.sheet", "is not valid JSON",
        "printer_format", {}),
    "printer in four parts": (
        setting("printer.sheet", "cups; Office; a4; now"), "printer.sheet",
        "give KIND; TARGET; PAPER, e.g. 'cups; Office; a4'", "printer_format", {}),
    "language link without =": (
        setting("printed_info.info_urls", "ti:https://example.org/ti"), "printed_info.info_urls",
        "'ti:https://example.org/ti' is not LANGUAGE=https://address", "not_a_language_link",
        {"value": "'ti:https://example.org/ti'"}),
    "high contrast maybe": (
        setting("high_contrast", "maybe"), "high_contrast", "'maybe' is not one of true, false",
        "not_one_of", {"value": "'maybe'", "allowed": "true, false"}),
    "backups in a relative folder": (
        setting("backup_folder", "backups"), "backup_folder",
        "give a whole folder path, like /media/usb/backups", "not_a_folder", {}),
    "no language chosen": (
        lambda: PartyDraft(nationality="SY").finish(), "language", "no language chosen",
        "not_chosen", {}),
    "no nationality chosen": (
        lambda: PartyDraft(language="ar").finish(), "nationality", "no nationality chosen",
        "not_chosen", {}),
    "unknown arrival language": (
        party(language="xx"), "language", f"'xx' is not one of {', '.join(BY_CODE)}",
        "not_one_of", {"value": "'xx'", "allowed": ", ".join(BY_CODE)}),
    "unknown nationality": (
        party(nationality="XX"), "nationality",
        "'XX' is not an ISO 3166-1 alpha-2 code, 'stateless' or 'unknown'",
        "not_a_nationality", {"value": "'XX'"}),
    "nobody": (
        party(people=[]), "people", "a party has 1 to 20 people, not 0", "out_of_range",
        {"low": 1, "high": 20}),
    "unknown sex": (
        party(people=[("robot", "26-59")]), "sex",
        "'robot' is not one of female, male, other, unknown", "not_one_of",
        {"value": "'robot'", "allowed": "female, male, other, unknown"}),
    "unknown flag": (
        party(flags=["tired"]), "flag",
        "'tired' is not one of unaccompanied-minor, pregnant, medical-need, needs-shelter",
        "not_one_of",
        {"value": "'tired'",
         "allowed": "unaccompanied-minor, pregnant, medical-need, needs-shelter"}),
    "pregnant men": (
        party(people=[MAN], flags=["pregnant"]), "flag",
        "'pregnant' needs a female of 12 or older in the party", "pregnant_needs_female", {}),
    "unaccompanied adult": (
        party(people=[MAN], flags=["unaccompanied-minor"]), "flag",
        "'unaccompanied-minor' needs everyone in the party to be under 18", "minor_with_adult",
        {}),
    "number of the day out of range": (
        lambda: check_number(10_000), "number", "a number of the day is between 1 and 9999",
        "number_of_the_day", {}),
    "undo after three minutes": (
        lambda: check_undo_in_time(
            datetime(2026, 11, 20, 7, 30, tzinfo=UTC), datetime(2026, 11, 20, 7, 34, tzinfo=UTC), 7
        ),
        "number",
        "party 007 was registered more than 3 minutes ago: a coordinator can void it",
        "undo_too_late", {"number": "007", "minutes": 3}),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_refusal_has_its_reason_values_and_unchanged_message(case: Case) -> None:
    refuse, field, message, reason, values = case
    with pytest.raises(ValidationError) as raised:
        refuse()
    error = raised.value
    assert (error.field, error.message, str(error)) == (field, message, f"{field}: {message}")
    assert (error.reason, error.values) == (reason, values)


def test_settings_keep_the_reason_of_the_check_they_rename() -> None:
    """A setting checked by kiosk.core.site or printed_info is named by its key, reason kept."""
    with pytest.raises(ValidationError) as raised:
        changed_rows({}, "site_name", "x" * 95)
    assert raised.value.field == "site_name"
    assert raised.value.reason == "too_long"
    assert raised.value.values == {"limit": 80, "got": 95}
    with pytest.raises(ValidationError) as raised:
        changed_rows({}, "printed_info.shelter_phone", "  ")
    assert (raised.value.field, raised.value.message) == ("printed_info.shelter_phone",
                                                          "must not be empty")
    assert raised.value.reason == "empty"


def test_a_refusal_without_a_reason_is_as_before() -> None:
    """Raises that no screen shows (the command line's own) need not give a reason."""
    error = ValidationError("person", "give at least one --person SEX:AGEBAND")
    assert (error.reason, error.values) == (None, {})
    assert str(error) == "person: give at least one --person SEX:AGEBAND"
    assert isinstance(error, ValueError)


def test_renamed_keeps_everything_but_the_field() -> None:
    error = ValidationError("k", "must be between 3 and 100 (got 2)", reason="out_of_range",
                            low=3, high=100)
    renamed = error.renamed("disclosure_k")
    assert str(renamed) == "disclosure_k: must be between 3 and 100 (got 2)"
    assert (renamed.reason, renamed.values) == ("out_of_range", {"low": 3, "high": 100})


def test_a_refused_value_is_echoed_short_and_without_hidden_characters() -> None:
    """Pasted paragraphs are cut; bidi overrides and control characters come out as escapes."""
    assert quoted("x" * 100) == repr("x" * 40 + "…")
    assert quoted("abc", 2) == repr("ab…")
    echoed = quoted("Europe/\u202eslessurB\x00")
    assert "\u202e" not in echoed and "\x00" not in echoed
    assert echoed == "'Europe/\\u202eslessurB\\x00'"
    with pytest.raises(ValidationError) as raised:
        zone("Z" * 300 + "\u202e")
    value = raised.value.values["value"]
    assert isinstance(value, str) and len(value) <= 43 and "\u202e" not in value


def test_a_date_passes_through() -> None:
    """Reasons change nothing for good values."""
    assert parse_day(" 2026-11-26 ") == date(2026, 11, 26)
