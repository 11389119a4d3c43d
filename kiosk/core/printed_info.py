"""Addresses, hours, phone numbers and links printed on the sheets: one place for all languages.

They change (the registration centre moved three times since 2018), so they are site
settings that a coordinator edits, never words inside a translation.
"""

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from kiosk.core.errors import ValidationError, quoted
from kiosk.core.opening_hours import check_hours, hours_text

# Last checked against fedasilinfo.be, justitie.belgium.be and the domain notes on 2026-11-26.
DEFAULT_INFO_URL = "https://fedasilinfo.be/{language}"
_FEDASIL_LANGUAGES = {"nl", "fr", "en", "ar", "prs", "ps", "ti", "tr", "ru", "ka", "so", "es"}


@dataclass(frozen=True, slots=True)
class PrintedInfo:
    registration_address: str = "Belliardstraat 68, 1040 Brussel"
    registration_hours: str = "mon-fri 07:00-09:00"  # working days: kiosk/core/opening_hours.py
    shelter_phone: str = "0800 99 340"
    info_point_address: str = "Rue Héger-Bordet 3, 1000 Brussel"
    legal_aid_address: str = "Rue de la Régence 63, 1000 Brussel"
    medical_point_address: str = "Rue Héger-Bordet 3, 1000 Brussel"
    humanitarian_hub_address: str = "Havenlaan 86C, 1000 Brussel"
    guardianship_phone: str = "078 15 43 24"
    emergency_number: str = "112"
    official_language: str = "nl"  # the second language of every sheet: nl or fr
    info_url: str = DEFAULT_INFO_URL  # {language} is replaced by the sheet's language code
    info_urls: dict[str, str] = field(default_factory=dict)  # per-language overrides
    # Day one at Startpunt. Empty until the coordinator types them: a sentence that would
    # print an empty setting is left out of the sheet (kiosk/core/sheet_sentences.py).
    startpunt_address: str = ""
    soup_hours: str = ""
    info_point_hours: str = ""
    legal_aid_hours: str = ""
    medical_point_hours: str = ""
    humanitarian_hub_hours: str = ""
    help_line_phone: str = ""
    help_line_hours: str = ""

    def placeholders(self, day_names: Mapping[str, str] | None = None) -> dict[str, str]:
        """The values that stand for {name} in the sheet texts; opening hours with the day
        names of the sheet's language (`day_names`, English when not given)."""
        return {
            f.name: hours_text(getattr(self, f.name), day_names)
            if f.name in HOURS
            else getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("official_language", "info_url", "info_urls")
        }

    def url_for(self, language: str) -> str:
        if language in self.info_urls:
            return self.info_urls[language]
        return self.info_url.replace("{language}", self._shown_language(language))

    def link_language(self, language: str) -> str | None:
        """The language of the page the sheet's link opens: the sheet's own, English (the
        information site has no page in it), or None when not known (one link for all)."""
        if language in self.info_urls:
            return language
        if "{language}" not in self.info_url:
            return None
        return self._shown_language(language)

    @staticmethod
    def _shown_language(language: str) -> str:
        return language if language in _FEDASIL_LANGUAGES else "en"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


HOURS = frozenset(
    {"registration_hours", "soup_hours", "info_point_hours", "legal_aid_hours",
     "medical_point_hours", "humanitarian_hub_hours", "help_line_hours"}
)
# Settings that may be left empty (then their sentences are not printed); the others have a
# well-established value and must keep one.
OPTIONAL = frozenset(
    {"startpunt_address", "soup_hours", "info_point_hours", "legal_aid_hours",
     "medical_point_hours", "humanitarian_hub_hours", "help_line_phone", "help_line_hours"}
)


_URL = re.compile(r"https://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9._~%!$&'()*+,;=:@/{}?-]*)?")


def check_text(name: str, value: str, limit: int = 120) -> str:
    value = unicodedata.normalize("NFC", str(value)).strip()
    if not value:
        raise ValidationError(name, "must not be empty", reason="empty")
    if len(value) > limit:
        raise ValidationError(
            name, f"at most {limit} characters (got {len(value)})",
            reason="too_long", limit=limit, got=len(value),
        )
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") for ch in value):
        raise ValidationError(
            name, "contains control or invisible formatting characters",
            reason="invisible_characters",
        )
    if "{" in value or "}" in value:
        # {name} is a placeholder of the sheet texts: a brace here would break them
        raise ValidationError(name, "must not contain { or }", reason="braces")
    return value


def check_url(name: str, value: str) -> str:
    value = value.strip()
    if not _URL.fullmatch(value) or len(value) > 200:
        raise ValidationError(
            name, f"{value[:60]!r} is not an https:// address", reason="not_https"
        )
    return value


def make_printed_info(values: dict[str, Any]) -> PrintedInfo:
    """Build from stored or typed values, checking each one; unknown keys are refused."""
    known = {f.name for f in fields(PrintedInfo)}
    for key in values:
        if key not in known:
            raise ValidationError(key, "is not a printed-information setting")
    info = PrintedInfo()
    checked: dict[str, Any] = {}
    for key, value in values.items():
        if key == "official_language":
            if value not in ("nl", "fr"):
                raise ValidationError(
                    key, f"{value!r} is not nl or fr",
                    reason="not_one_of", value=quoted(value), allowed="nl, fr",
                )
            checked[key] = value
        elif key == "info_url":
            checked[key] = check_url(key, value)
        elif key == "info_urls":
            if not isinstance(value, dict):
                raise ValidationError(key, "must map language codes to https:// addresses")
            checked[key] = {str(k): check_url(f"info_urls.{k}", v) for k, v in value.items()}
        elif key in HOURS:
            checked[key] = check_hours(key, value, optional=key in OPTIONAL)
        elif key in OPTIONAL and not str(value).strip():
            checked[key] = ""
        else:
            checked[key] = check_text(key, value)
    return replace(info, **checked)
