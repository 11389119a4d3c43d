"""The sixteen files of printed text agree with en.json: same keys, same placeholders, true
captions, and every line added since a review is marked as not reviewed."""

import json
from dataclasses import replace
from typing import Any

import pytest

from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.opening_hours import DAYS
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.sheet_text import placeholders_in
from kiosk.documents.texts import sheet_texts
from kiosk.paths import resources_dir

# Top-level keys about the file, not printed: they differ from language to language.
METADATA = {"language", "content_date", "reviewed", "reviewed_note", "not_reviewed",
            "_comment", "sources"}


def raw(language: str) -> dict[str, Any]:
    path = resources_dir() / "sheets" / f"{language}.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in loaded.items() if k not in METADATA}


def leaves(node: Any, path: str = "") -> dict[str, str]:
    """Every printed string by its path; topics by id, so an order change shows too."""
    if isinstance(node, dict):
        found: dict[str, str] = {}
        for key, value in node.items():
            found.update(leaves(value, f"{path}.{key}" if path else key))
        return found
    if isinstance(node, list):
        found = {}
        for index, value in enumerate(node):
            name = value.get("id", index) if isinstance(value, dict) else index
            found.update(leaves(value, f"{path}[{name}]"))
        return found
    return {path: str(node)}


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_key_of_english_is_there(language: str) -> None:
    """Same keys, same topics in the same order, same number of paragraphs as en.json."""
    english, other = leaves(raw("en")), leaves(raw(language))
    assert sorted(set(english) - set(other)) == [], f"{language} lacks these"
    assert sorted(set(other) - set(english)) == [], f"{language} has these en.json has not"
    ids = [t["id"] for t in raw(language)["sheet"]["topics"]]
    assert ids == [t["id"] for t in raw("en")["sheet"]["topics"]]


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_placeholders_are_the_same_as_in_english(language: str) -> None:
    """Each sentence asks for the same site settings as its English source."""
    english, other = leaves(raw("en")), leaves(raw(language))
    for path, text in english.items():
        assert sorted(placeholders_in(other[path])) == sorted(placeholders_in(text)), (
            f"{language} {path}"
        )


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_day_has_a_name(language: str) -> None:
    """Opening hours print with this language's day names, all seven of them."""
    names = sheet_texts(language).day_names()
    assert set(names) == set(DAYS) and all(names.values())


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_qr_caption_says_which_language_the_link_opens(language: str) -> None:
    """Where the information site has no page in the language (am, ckb, kmr, ur), the caption
    says the link is in English; where it has one, it says 'in your language'; a link set
    for the language is taken to be in it."""
    texts = sheet_texts(language)
    info = PrintedInfo()
    caption = texts.qr_caption_for(info.link_language(language))
    link_in_own = info.url_for(language).rstrip("/").endswith(f"/{language}")
    assert caption == (texts.qr_caption if link_in_own else texts.qr_caption_english)
    if language in ("am", "ckb", "kmr", "ur"):
        assert caption == texts.qr_caption_english and caption != texts.qr_caption
    own = replace(info, info_urls={language: "https://example.org/x"})
    assert texts.qr_caption_for(own.link_language(language)) == texts.qr_caption
    assert texts.qr_caption_for(None) == texts.qr_caption_plain
    assert len({texts.qr_caption, texts.qr_caption_english, texts.qr_caption_plain}) == 3


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_a_translation_not_reviewed_never_says_checked_on(language: str) -> None:
    """The footer's 'checked on' claim only for a fully reviewed file; any other says the
    translation is not yet checked, apart from the content's date."""
    texts = sheet_texts(language)
    line = texts.date_line(isolate=False)
    assert texts.content_date.isoformat() in line
    if texts.fully_reviewed:
        assert line == texts.checked_on.replace("{date}", texts.content_date.isoformat())
    else:
        assert line == texts.not_reviewed_footer.replace("{date}", texts.content_date.isoformat())
        assert texts.not_reviewed_footer != texts.checked_on


def test_new_lines_of_translations_are_marked_not_reviewed() -> None:
    """The day-one lines are marked in every translation, not in the English source."""
    assert sheet_texts("en").not_reviewed_lines == frozenset()
    for language in LANGUAGE_CODES:
        if language != "en":
            assert {"startpunt", "procedure.4", "days"} <= sheet_texts(language).not_reviewed_lines


def test_the_official_columns_notice_does_not_call_it_a_translation() -> None:
    """Beside another language the Dutch and French columns are the official text: their
    notice names the Dutch or French text, not 'this translation'."""
    assert "vertaling" not in sheet_texts("nl").not_reviewed_notice
    assert "traduction" not in sheet_texts("fr").not_reviewed_notice


def test_english_cites_its_sources() -> None:
    """The day-one content names the public sources it was written from."""
    path = resources_dir() / "sheets" / "en.json"
    sources = json.loads(path.read_text(encoding="utf-8"))["sources"]
    names = " ".join(source["organisation"] for source in sources)
    assert all(word in names for word in ("Fedasil", "Immigration Office", "Vluchtelingenwerk"))
    assert all(source["url"].startswith("https://") for source in sources)
