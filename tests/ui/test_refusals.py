"""A refusal of kiosk.core reads in the volunteer's language, with the values it names.

Each reason code is tried with a real refusal of the core (tests/core/test_errors.py has one
or more per code), against the committed .qm files of Dutch and French.
"""

import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kiosk.core.errors import ValidationError
from kiosk.exports import check_period
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.refusals import MAX_VALUE_LENGTH, known_reasons, refusal_text
from tests.core.test_errors import CASES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
REASON = re.compile(r"""reason=["']([a-z_]+)["']""")


def install_translations(folder: Path) -> None:
    """The committed Dutch and French .qm files in the test's translations folder (English
    stays the source strings, so switching back to en removes every translator)."""
    for code in ("nl", "fr"):
        shutil.copyfile(TRANSLATIONS / f"kiosk_{code}.qm", folder / f"kiosk_{code}.qm")


# Reasons given outside kiosk/core (the store, the exports): a refusal as they raise it.
BEYOND_CORE: dict[str, Callable[[], None]] = {
    "ends_before_start": lambda: check_period(date(2026, 11, 2), date(2026, 11, 1)),
    "period_too_long": lambda: check_period(date(2020, 1, 1), date(2026, 11, 1)),
    "no_folder": lambda: _raise(ValidationError(
        "out", "the folder /media/usb does not exist", reason="no_folder", folder="/media/usb")),
    "no_pin_set": lambda: _raise(ValidationError(
        "pin", "no coordinator PIN is set", reason="no_pin_set")),
    "day_to_come": lambda: _raise(ValidationError(
        "date", "2026-12-01 has not come yet", reason="day_to_come", day="2026-12-01")),
    "day_purged": lambda: _raise(ValidationError(
        "at", "2026-11-01 is closed", reason="day_purged", day="2026-11-01")),
    "no_such_party": lambda: _raise(ValidationError(
        "number", "there is no party 007 on 2026-11-20", reason="no_such_party",
        number="007", day="2026-11-20")),
    "already_voided": lambda: _raise(ValidationError(
        "number", "party 007 was already voided", reason="already_voided", number="007")),
    "party_voided": lambda: _raise(ValidationError(
        "number", "party 007 was voided", reason="party_voided", number="007")),
    "in_future": lambda: _raise(ValidationError(
        "at", "'2026-12-03T08:00:00+00:00' is in the future", reason="in_future",
        value="'2026-12-03T08:00:00+00:00'")),
    "too_early": lambda: _raise(ValidationError(
        "at", "1900-01-01 is before 2024-12-01", reason="too_early", value="1900-01-01",
        earliest="2024-12-01")),
    "out_of_window": lambda: _raise(ValidationError(
        "date", "must be between 2024-12-01 and 2026-12-03", reason="out_of_window",
        earliest="2024-12-01", latest="2026-12-03")),
    "outside_retention": lambda: _raise(ValidationError(
        "date", "2026-11-01 is outside retention", reason="outside_retention",
        day="2026-11-01", hours=48)),
    "nothing_printed": lambda: _raise(ValidationError(
        "number", "party 007 was typed in from paper", reason="nothing_printed",
        number="007")),
}


def _raise(error: ValidationError) -> None:
    raise error


def refused(reason: str) -> ValidationError:
    """A real refusal with this reason: the first case of the core that gives it, or how
    the store and the exports raise it."""
    if reason in BEYOND_CORE:
        with pytest.raises(ValidationError) as raised:
            BEYOND_CORE[reason]()
        return raised.value
    for refuse, *_, case_reason, _values in CASES.values():
        if case_reason == reason:
            with pytest.raises(ValidationError) as raised:
                refuse()
            return raised.value
    raise AssertionError(f"no case in tests/core/test_errors.py gives {reason!r}")


@pytest.fixture
def translated(language: InterfaceLanguage, translations: Path) -> InterfaceLanguage:
    install_translations(translations)
    return language


def test_every_reason_the_code_gives_has_a_sentence_and_a_case() -> None:
    """A reason written in kiosk/ without a sentence here would show the English message."""
    given = {found for path in (ROOT / "kiosk").rglob("*.py")
             for found in REASON.findall(path.read_text(encoding="utf-8"))}
    assert given == set(known_reasons())
    tried = {case[3] for case in CASES.values()} | {"pins_differ"} | set(BEYOND_CORE)
    assert tried == set(known_reasons())


@pytest.mark.parametrize("code", ["nl", "fr"])
@pytest.mark.parametrize("reason", sorted(known_reasons()))
def test_each_reason_reads_in_the_interface_language(
    translated: InterfaceLanguage, code: str, reason: str
) -> None:
    """Not the English message nor the English sentence, and every value is in it."""
    error = (ValidationError("pin", "the two PINs are not the same", reason="pins_differ")
             if reason == "pins_differ" else refused(reason))
    english = refusal_text(error)
    translated.switch(code)
    text = refusal_text(error)
    assert text not in (error.message, english)
    assert "%" not in text
    for value in error.values.values():
        assert str(value) in text, f"{value!r} is not in {text!r}"


def test_english_is_the_sentence_with_its_values(language: InterfaceLanguage) -> None:
    error = ValidationError("site name", "at most 80 characters (got 95)", reason="too_long",
                            limit=80, got=95)
    assert refusal_text(error) == "At most 80 characters (you typed 95)."


def test_an_unknown_reason_or_a_missing_value_shows_the_message(
    translated: InterfaceLanguage,
) -> None:
    """Better the core's English than a sentence with a bare %1 in it."""
    translated.switch("nl")
    assert refusal_text(ValidationError("out", "the folder /x does not exist")) == (
        "the folder /x does not exist")
    assert refusal_text(ValidationError("x", "new rule", reason="not_yet_worded")) == "new rule"
    assert refusal_text(ValidationError("k", "must be between 3 and 100", reason="out_of_range",
                                        low=3)) == "must be between 3 and 100"


def test_a_value_is_filled_in_once_and_never_hides_the_sentence(
    translated: InterfaceLanguage,
) -> None:
    """A typed value holding %2, bidi overrides or a whole paragraph stays a short, plain value."""
    translated.switch("fr")
    sneaky = ValidationError("x", "m", reason="not_one_of", value="'%2'", allowed="nl, fr")
    assert refusal_text(sneaky) == "'%2' ne fait pas partie de ces choix\u00a0: nl, fr."
    hidden = ValidationError("timezone", "m", reason="not_a_time_zone",
                             value="Europe/\u202eslessurB\u200f" + "x" * 200)
    text = refusal_text(hidden)
    assert "\u202e" not in text and "\u200f" not in text
    assert ("Europe/slessurB" + "x" * (MAX_VALUE_LENGTH - 15) + "…") in text
    assert "x" * (MAX_VALUE_LENGTH - 14) not in text
