"""The site a kiosk serves, as set up on first run."""

import re
import unicodedata
from dataclasses import dataclass

from kiosk.core.errors import ValidationError, quoted
from kiosk.core.site_day import DEFAULT_TIMEZONE, zone

SITE_ID = re.compile(r"[a-z0-9][a-z0-9-]{1,31}")
VOLUNTEER_LANGUAGES = ("nl", "fr", "en")
IDLE_LIMITS = (15, 600)


@dataclass(frozen=True, slots=True)
class Site:
    site_id: str
    name: str
    timezone: str = DEFAULT_TIMEZONE


@dataclass(frozen=True, slots=True)
class DeskSettings:
    """What a coordinator can change at the desk (more settings arrive with coordinator mode)."""

    idle_seconds: int = 60
    interface_language: str = "nl"


def check_site_id(value: str) -> str:
    value = value.strip()
    if not SITE_ID.fullmatch(value):
        raise ValidationError(
            "site id",
            "use 2 to 32 lowercase letters, digits or dashes, starting with a letter or digit"
            f" (got {quoted(value)})",
            reason="not_an_id", low=2, high=32,
        )
    return value


def check_site_name(value: str) -> str:
    value = unicodedata.normalize("NFC", value).strip()
    if not value:
        raise ValidationError("site name", "must not be empty", reason="empty")
    if len(value) > 80:
        raise ValidationError(
            "site name", f"at most 80 characters (got {len(value)})",
            reason="too_long", limit=80, got=len(value),
        )
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") for ch in value):
        raise ValidationError(
            "site name", "contains control or invisible formatting characters",
            reason="invisible_characters",
        )
    return value


def check_timezone(value: str) -> str:
    value = value.strip()
    zone(value)
    return value


def check_idle_seconds(value: int | str) -> int:
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        raise ValidationError(
            "idle seconds", f"{quoted(value)} is not a number",
            reason="not_a_number", value=quoted(value),
        ) from None
    low, high = IDLE_LIMITS
    if not low <= seconds <= high:
        raise ValidationError(
            "idle seconds", f"must be between {low} and {high}",
            reason="out_of_range", low=low, high=high,
        )
    return seconds


def check_interface_language(value: str) -> str:
    if value not in VOLUNTEER_LANGUAGES:
        allowed = ", ".join(VOLUNTEER_LANGUAGES)
        raise ValidationError(
            "interface language", f"{quoted(value)} is not one of {allowed}",
            reason="not_one_of", value=quoted(value), allowed=allowed,
        )
    return value


def make_site(site_id: str, name: str, timezone: str = DEFAULT_TIMEZONE) -> Site:
    return Site(check_site_id(site_id), check_site_name(name), check_timezone(timezone))
