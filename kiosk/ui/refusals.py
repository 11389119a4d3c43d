"""Why kiosk.core refused a value, as the volunteer reads it in the interface language.

The core words its refusals in English for the command line and the logs, and gives each a
reason code and the values its sentence needs (kiosk.core.errors). Here each reason is a
sentence written out in a `QCoreApplication.translate("refusals", ...)` call so that
pyside6-lupdate finds it, looked up at call time so a switch of language shows at once.
A refusal without a known reason still shows the core's English message: better that than
no reason at all.
"""

import re
import unicodedata

from PySide6.QtCore import QCoreApplication

from kiosk.core.errors import ValidationError

# A value the core echoes is already cut and quoted; this bounds it again, so a sentence
# fits its label whatever a future raise puts in.
MAX_VALUE_LENGTH = 60
# Characters that never go into a sentence: control, bidi and other invisible formatting
# characters, which could hide or reorder the text around them.
_HIDDEN = ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp")
_PLACEHOLDER = re.compile(r"%([1-9])")

type Sentence = tuple[str, tuple[str, ...]]  # the text with %1, %2…, the values they stand for


def refusal_text(error: ValidationError) -> str:
    """The reason `error` gives, as a sentence in the interface language."""
    found = _sentences().get(error.reason or "")
    if found is None:
        return error.message
    sentence, names = found
    if any(name not in error.values for name in names):
        return error.message  # a raise that left out a value: its message, never a bare %1
    shown = [_safe(error.values[name]) for name in names]
    # One pass, so a value that happens to hold "%2" is not filled in again.
    return _PLACEHOLDER.sub(lambda match: _fill(match, shown), sentence)


def named(field: str, text: str) -> str:
    """"Field: reason", punctuated as the interface language writes it (French puts a
    space before the colon)."""
    return (
        QCoreApplication.translate("refusals", "%1: %2", "a field's name, then why")
        .replace("%1", field)
        .replace("%2", text)
    )


def known_reasons() -> frozenset[str]:
    """Every reason code that has a sentence here."""
    return frozenset(_sentences())


def _fill(match: re.Match[str], shown: list[str]) -> str:
    number = int(match.group(1))
    return shown[number - 1] if number <= len(shown) else match.group(0)


def _safe(value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    text = "".join(ch for ch in value if unicodedata.category(ch) not in _HIDDEN)
    return text if len(text) <= MAX_VALUE_LENGTH else text[:MAX_VALUE_LENGTH] + "…"


def _sentences() -> dict[str, Sentence]:
    return {
        **_typing_sentences(),
        **_choice_sentences(),
        **_address_sentences(),
        **_pin_sentences(),
        **_printer_sentences(),
        **_day_sentences(),
        **_void_sentences(),
    }


def _typing_sentences() -> dict[str, Sentence]:
    """Text and numbers typed into a field."""
    return {
        "empty": (QCoreApplication.translate("refusals", "This cannot be empty."), ()),
        "too_long": (
            QCoreApplication.translate("refusals", "At most %1 characters (you typed %2)."),
            ("limit", "got"),
        ),
        "invisible_characters": (
            QCoreApplication.translate(
                "refusals", "It contains invisible or control characters: please type it again."
            ),
            (),
        ),
        "braces": (QCoreApplication.translate("refusals", "It must not contain { or }."), ()),
        "not_a_number": (
            QCoreApplication.translate("refusals", "%1 is not a whole number."),
            ("value",),
        ),
        "out_of_range": (
            QCoreApplication.translate("refusals", "Must be between %1 and %2."),
            ("low", "high"),
        ),
        "not_an_id": (
            QCoreApplication.translate(
                "refusals",
                "Use %1 to %2 lowercase letters, digits or dashes, starting with a letter "
                "or a digit.",
            ),
            ("low", "high"),
        ),
        "not_a_date": (
            QCoreApplication.translate("refusals", "%1 is not a date like %2."),
            ("value", "example"),
        ),
        "not_a_time": (
            QCoreApplication.translate("refusals", "%1 is not a time like %2."),
            ("value", "example"),
        ),
        "not_a_time_zone": (
            QCoreApplication.translate(
                "refusals", "%1 is not a known time zone, like Europe/Brussels."
            ),
            ("value",),
        ),
        "not_a_folder": (
            QCoreApplication.translate(
                "refusals", "Type a whole folder path, like /media/usb/backups."
            ),
            (),
        ),
        "not_a_file": (
            QCoreApplication.translate("refusals", "Type the path of a PEM certificate file."),
            (),
        ),
    }


def _choice_sentences() -> dict[str, Sentence]:
    """A value that must be one of a few, or was not chosen at all."""
    return {
        "not_chosen": (QCoreApplication.translate("refusals", "Nothing was chosen yet."), ()),
        "not_one_of": (
            QCoreApplication.translate("refusals", "%1 is not one of these: %2."),
            ("value", "allowed"),
        ),
        "named_twice": (
            QCoreApplication.translate("refusals", "%1 is in the list twice."),
            ("value",),
        ),
        "not_a_nationality": (
            QCoreApplication.translate("refusals", "%1 is not a known nationality."),
            ("value",),
        ),
        "minor_with_adult": (
            QCoreApplication.translate(
                "refusals",
                "Unaccompanied minor: only when everyone in the party is under 18.",
            ),
            (),
        ),
        "pregnant_needs_female": (
            QCoreApplication.translate(
                "refusals",
                "Pregnant: only when the party has a woman or girl of 12 or older "
                "(set her sex on the party step).",
            ),
            (),
        ),
    }


def _address_sentences() -> dict[str, Sentence]:
    """Web addresses: the links on the sheets and headquarters."""
    return {
        "not_an_address": (
            QCoreApplication.translate("refusals", "This is not a web address."),
            (),
        ),
        "not_https": (
            QCoreApplication.translate(
                "refusals", "Type a whole address that starts with https://."
            ),
            (),
        ),
        "address_extras": (
            QCoreApplication.translate(
                "refusals",
                "Type the address alone, without a user name, a password, or a ?… or #… part.",
            ),
            (),
        ),
        "not_a_language_link": (
            QCoreApplication.translate(
                "refusals", "%1 is not LANGUAGE=https://address, e.g. ti=https://example.org/ti."
            ),
            ("value",),
        ),
        "not_a_token": (
            QCoreApplication.translate(
                "refusals",
                "Type the token of %1 to %2 characters that headquarters made for this kiosk.",
            ),
            ("low", "high"),
        ),
    }


def _pin_sentences() -> dict[str, Sentence]:
    return {
        "digits_only": (QCoreApplication.translate("refusals", "Use digits only."), ()),
        "digit_count": (
            QCoreApplication.translate("refusals", "Use %1 to %2 digits."),
            ("low", "high"),
        ),
        "too_easy": (
            QCoreApplication.translate(
                "refusals", "Too easy to guess (repeated or consecutive digits)."
            ),
            (),
        ),
        "pins_differ": (
            QCoreApplication.translate("refusals", "The two PINs are not the same."),
            (),
        ),
    }


def _printer_sentences() -> dict[str, Sentence]:
    return {
        "printer_format": (
            QCoreApplication.translate(
                "refusals", "Type KIND; TARGET; PAPER, e.g. cups; Office; a4."
            ),
            (),
        ),
        "not_a_queue": (
            QCoreApplication.translate(
                "refusals",
                "%1 is not a printer queue name: use letters, digits, dots, dashes or "
                "underscores.",
            ),
            ("value",),
        ),
        "not_a_connection": (
            QCoreApplication.translate(
                "refusals",
                "An ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], "
                "serial:/dev/NAME, file:/dev/usb/lp0 or dummy.",
            ),
            (),
        ),
        "receipt_only": (
            QCoreApplication.translate("refusals", "An ESC/POS printer only takes receipt paper."),
            (),
        ),
    }


def _day_sentences() -> dict[str, Sentence]:
    """Days and periods: closing a day, exporting, registering on a closed day."""
    return {
        "no_pin_set": (
            QCoreApplication.translate(
                "refusals",
                "No coordinator PIN is set on this kiosk: set one with kiosk reset-pin on this "
                "machine.",
            ),
            (),
        ),
        "day_to_come": (
            QCoreApplication.translate("refusals", "%1 has not come yet."),
            ("day",),
        ),
        "day_purged": (
            QCoreApplication.translate(
                "refusals", "%1 is closed and its registrations were deleted."
            ),
            ("day",),
        ),
        "in_future": (
            QCoreApplication.translate("refusals", "%1 is in the future."),
            ("value",),
        ),
        "too_early": (
            QCoreApplication.translate(
                "refusals", "%1 is too long ago: this kiosk takes registrations from %2 on."
            ),
            ("value", "earliest"),
        ),
        "out_of_window": (
            QCoreApplication.translate("refusals", "A day from %1 to %2."),
            ("earliest", "latest"),
        ),
        "outside_retention": (
            QCoreApplication.translate(
                "refusals", "The parties of %1 were deleted %2 hours after the day closed."
            ),
            ("day", "hours"),
        ),
        "ends_before_start": (
            QCoreApplication.translate("refusals", "The end (%2) is before the start (%1)."),
            ("first", "last"),
        ),
        "period_too_long": (
            QCoreApplication.translate("refusals", "A period of at most %1 days."),
            ("limit",),
        ),
        "no_folder": (
            QCoreApplication.translate("refusals", "The folder %1 does not exist."),
            ("folder",),
        ),
    }


def _void_sentences() -> dict[str, Sentence]:
    """Undoing, voiding and reprinting a party of the day."""
    return {
        "number_of_the_day": (
            QCoreApplication.translate("refusals", "A number of the day is between 1 and 9999."),
            (),
        ),
        "no_such_party": (
            QCoreApplication.translate("refusals", "There is no party %1 on %2."),
            ("number", "day"),
        ),
        "already_voided": (
            QCoreApplication.translate("refusals", "Party %1 was already voided."),
            ("number",),
        ),
        "undo_too_late": (
            QCoreApplication.translate(
                "refusals",
                "Party %1 was registered more than %2 minutes ago: a coordinator can void it.",
            ),
            ("number", "minutes"),
        ),
        "party_voided": (
            QCoreApplication.translate(
                "refusals", "Party %1 was voided: its documents are not printed again."
            ),
            ("number",),
        ),
        "nothing_printed": (
            QCoreApplication.translate(
                "refusals", "Party %1 was typed in from paper: nothing was printed for it."
            ),
            ("number",),
        ),
    }
