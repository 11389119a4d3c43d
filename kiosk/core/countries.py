"""Nationalities: ISO 3166-1 alpha-2 countries, plus stateless and unknown."""

import gettext
from dataclasses import dataclass
from functools import cache

STATELESS = "stateless"
UNKNOWN = "unknown"

# Shorter names than the official ones, for the buttons of a busy desk.
_SHORT_NAMES = {
    "PS": "Palestine",
    "CD": "DR Congo",
    "CG": "Congo-Brazzaville",
    "RU": "Russia",
    "IR": "Iran",
    "SY": "Syria",
    "MD": "Moldova",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "BO": "Bolivia",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "VN": "Vietnam",
}

# The short names of frequent origins where the ISO catalogues have only the official form.
_LOCAL_SHORT_NAMES = {
    "nl": {
        "PS": "Palestina",
        "GE": "Georgië",
        "CD": "DR Congo",
        "CG": "Congo-Brazzaville",
        "KP": "Noord-Korea",
        "KR": "Zuid-Korea",
        "TZ": "Tanzania",
        "XK": "Kosovo",
    },
    "fr": {
        "PS": "Palestine",
        "CD": "RD Congo",
        "CG": "Congo-Brazzaville",
        "RU": "Russie",
        "KP": "Corée du Nord",
        "KR": "Corée du Sud",
        "TZ": "Tanzanie",
        "XK": "Kosovo",
    },
}

# Not yet in ISO 3166-1 but a nationality people arrive with.
_EXTRA = {"XK": "Kosovo"}

# The most frequent origins (domain notes, 2023-2024), used before the desk has its own history.
DEFAULT_FREQUENT: tuple[str, ...] = ("PS", "SY", "AF", "ER", "TR", "CD", "GN", "CM", "BI", "GE")


@dataclass(frozen=True, slots=True)
class Nationality:
    code: str
    english_name: str


@cache
def nationalities() -> tuple[Nationality, ...]:
    import pycountry  # loaded when first needed: it is not needed to paint the first screen

    found = [
        Nationality(
            str(c.alpha_2),
            str(_SHORT_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name),
        )
        for c in pycountry.countries
    ]
    found += [Nationality(code, name) for code, name in _EXTRA.items()]
    found.sort(key=lambda n: n.english_name)
    return (Nationality(STATELESS, "Stateless"), Nationality(UNKNOWN, "Unknown"), *found)


@cache
def _by_code() -> dict[str, Nationality]:
    return {n.code: n for n in nationalities()}


def is_nationality(code: str) -> bool:
    return code in _by_code()


def nationality(code: str) -> Nationality:
    return _by_code()[code]


@cache
def _catalog(locale: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True
    )


def local_name(code: str, locale: str) -> str:
    """The country's name in the volunteer's language (nl, fr, en)."""
    name = nationality(code).english_name
    if code in (STATELESS, UNKNOWN) or locale == "en":
        return name
    if code in _LOCAL_SHORT_NAMES.get(locale, {}):
        return _LOCAL_SHORT_NAMES[locale][code]
    import pycountry

    official = pycountry.countries.get(alpha_2=code)
    catalog = _catalog(locale)
    for msgid in (name, getattr(official, "common_name", None), getattr(official, "name", None)):
        if msgid:
            translated = catalog.gettext(msgid)
            if translated != msgid:
                return translated
    return name
