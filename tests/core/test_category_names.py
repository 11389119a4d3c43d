"""The category names headquarters' pages show are the desk's own words: every code of
kiosk.core has a name in English, Dutch and French, the same as the desk's label and its
translation in translations/kiosk_nl.ts and kiosk_fr.ts."""

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from kiosk.core.category_names import (
    BY_BREAKDOWN,
    LANGUAGES,
    NATIONALITIES_APART,
    category_name,
)
from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.languages import LANGUAGE_CODES

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def desk_labels(language: str) -> dict[str, str]:
    """The desk's "labels" context: English source to its translation."""
    root = ElementTree.parse(TRANSLATIONS / f"kiosk_{language}.ts").getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") == "labels":
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("column,language", [(1, "nl"), (2, "fr")])
def test_names_are_the_desks_translations(column: int, language: str) -> None:
    """Each name's Dutch and French are the desk's translation of its English label."""
    labels = desk_labels(language)
    tables = [*BY_BREAKDOWN.values(), NATIONALITIES_APART]
    for table in tables:
        for code, names in table.items():
            assert names[0] in labels, (code, names[0])
            assert labels[names[0]] == names[column], (code, language)


def test_every_code_has_a_name() -> None:
    """No code of the counts shows raw: every sex, age band, flag, referral and language."""
    for breakdown, codes in (
        ("by_sex", Sex),
        ("by_age_band", AgeBand),
        ("by_flag", Flag),
        ("by_referral", Referral),
    ):
        assert set(BY_BREAKDOWN[breakdown]) == {code.value for code in codes}
    assert set(LANGUAGES) == set(LANGUAGE_CODES)


def test_names_in_each_language() -> None:
    """Names follow the reader's language; countries come from the desk's country names;
    an unknown code or language falls back to the code or English."""
    assert category_name("by_flag", "needs-shelter", "nl") == "Heeft vannacht opvang nodig"
    assert category_name("by_flag", "needs-shelter", "de") == "Needs shelter tonight"
    assert category_name("by_nationality", "SY", "en") == "Syria"
    assert category_name("by_nationality", "SY", "fr") == "Syrie"
    assert category_name("by_nationality", "SY", "nl") == "Syrië"
    assert category_name("by_nationality", "stateless", "fr") == "Apatride"
    assert category_name("by_age_band", "60+", "fr") == "60 ans ou plus"
    assert category_name("by_language", "ckb", "nl") == "Koerdisch (Sorani)"
    assert category_name("by_nationality", "other", "nl") == "Andere (zeldzame samen)"
    assert category_name("by_language", "other", "en") == "Other (rare ones together)"
    assert category_name("by_nationality", "QQ", "nl") == "QQ"
    assert category_name("by_referral", "nowhere", "fr") == "nowhere"
