"""Day-one sentences: an empty setting's sentence is left out, opening hours in every language."""

from dataclasses import replace

import pytest

from kiosk.core.errors import ValidationError
from kiosk.core.opening_hours import check_hours, hours_text
from kiosk.core.printed_info import OPTIONAL, PrintedInfo, make_printed_info
from kiosk.core.sheet_sentences import printed, printed_paragraphs


def shown(text: str) -> str:
    """The text without its invisible direction marks."""
    return text.replace("\u2066", "").replace("\u2069", "")


DUTCH_DAYS = {"mon": "maandag", "fri": "vrijdag", "sat": "zaterdag"}


def test_a_sentence_whose_setting_is_empty_is_left_out() -> None:
    """Only the sentence naming the empty setting goes; the rest of the paragraph stays."""
    values = {"soup_hours": "", "startpunt_address": "Belliardstraat 68"}
    assert printed("Soup is free. Served: {soup_hours}. Ask us.", values, isolate=False) == (
        "Soup is free. Ask us."
    )
    assert printed("Address: {startpunt_address}.", values, isolate=False) == (
        "Address: Belliardstraat 68."
    )


def test_a_paragraph_with_nothing_left_is_not_printed() -> None:
    """A paragraph made only of empty settings' sentences disappears from the sheet."""
    values = {"help_line_phone": "", "help_line_hours": ""}
    paragraphs = ["Call: {help_line_phone}. Open: {help_line_hours}.", "Stay."]
    assert printed_paragraphs(paragraphs, values, isolate=False) == ["Stay."]


@pytest.mark.parametrize(
    "paragraph",
    ["Soep is gratis. Wanneer: {soup_hours}.", "الحساء مجاني. المواعيد: {soup_hours}.",
     "سوپ مفت ہے۔ اوقات: {soup_hours}۔", "ሾርባ ነጻ ነው። ሰዓታት፦ {soup_hours}።"],
)
def test_sentences_end_in_every_script(paragraph: str) -> None:
    """Latin, Arabic, Urdu and Ethiopic full stops all end a sentence."""
    kept = printed(paragraph, {"soup_hours": ""}, isolate=False)
    assert kept and "{" not in kept and len(kept) < len(paragraph)


def test_a_missing_value_is_still_an_error_of_the_texts() -> None:
    """A placeholder no setting has is a mistake in the texts, never silently dropped."""
    with pytest.raises(KeyError):
        printed("Go to {nowhere}.", {})


def test_the_default_sheet_guesses_nothing() -> None:
    """Out of the box the day-one settings are empty: nothing is printed until typed in."""
    info = PrintedInfo()
    for name in OPTIONAL:
        assert getattr(info, name) == "", name
    assert make_printed_info({"soup_hours": "  "}).soup_hours == ""


def test_opening_hours_are_printed_with_the_languages_day_names() -> None:
    """Typed once with day codes, printed with each language's names and en dashes."""
    stored = check_hours("soup_hours", "Mon-Fri 7.30-9:00, 12:00–13:00; sat 08:00-09:00")
    assert stored == "mon-fri 07:30-09:00,12:00-13:00; sat 08:00-09:00"
    assert shown(hours_text(stored, DUTCH_DAYS)) == (
        "maandag–vrijdag 07:30–09:00, 12:00–13:00; zaterdag 08:00–09:00"
    )
    assert shown(hours_text("07:00-09:00")) == "07:00–09:00"  # times alone, as before days
    info = replace(PrintedInfo(), soup_hours=stored)
    assert shown(info.placeholders(DUTCH_DAYS)["registration_hours"]) == (
        "maandag–vrijdag 07:00–09:00"
    )


def test_a_time_range_reads_left_to_right_among_arabic_day_names() -> None:
    """Each time range is a left-to-right isolate, so 07:00–09:00 keeps its order."""
    assert hours_text("mon-fri 07:00-09:00", {"mon": "الاثنين", "fri": "الجمعة"}) == (
        "الاثنين–الجمعة \u206607:00–09:00\u2069"
    )


@pytest.mark.parametrize("typed", ["mornings", "mon-fri", "mon-fri 9-12", "xyz 07:00-09:00"])
def test_bad_hours_are_refused_naming_the_setting(typed: str) -> None:
    """Hours that are not days and HH:MM ranges are refused with the setting's name."""
    with pytest.raises(ValidationError) as refused:
        make_printed_info({"soup_hours": typed})
    assert refused.value.field == "soup_hours" and refused.value.reason == "not_a_time"


def test_registration_hours_cannot_be_emptied() -> None:
    """Registration hours have a known value and are always printed."""
    with pytest.raises(ValidationError):
        make_printed_info({"registration_hours": ""})


def test_the_caption_knows_the_links_language() -> None:
    """The link opens the sheet's language where the site has it, else English; one fixed
    link for all is of no known language; a link set for one language is in it."""
    info = PrintedInfo()
    assert info.link_language("ar") == "ar"
    assert info.link_language("am") == "en"
    assert replace(info, info_urls={"am": "https://example.org/am"}).link_language("am") == "am"
    assert replace(info, info_url="https://example.org").link_language("ar") is None
