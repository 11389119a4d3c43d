"""Every language's sheet: readable text in logical order, embedded fonts, a QR that decodes."""

import re
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QRawFont

from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.sheet_sentences import printed_paragraphs
from kiosk.core.sheet_text import fill
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.sheet_pdf import render_sheet_pdf
from kiosk.documents.texts import sheet_texts
from kiosk.paths import resources_dir
from tests.documents.conftest import pdf_fonts, pdf_text, render_png, squash

INFO = PrintedInfo(
    registration_address="Belliardstraat 68, 1040 Brussel",
    shelter_phone="0800 99 340",
    official_language="nl",
    # the day-one settings filled in: the whole sheet, as long as it gets
    startpunt_address="Belliardstraat 68, 1040 Brussel",
    soup_hours="mon-fri 07:00-10:00",
    info_point_hours="mon-fri 09:00-12:00",
    legal_aid_hours="mon,wed 09:00-12:00",
    medical_point_hours="mon-fri 08:00-16:00",
    humanitarian_hub_hours="mon-fri 09:00-17:00",
    help_line_phone="02 225 44 11",
    help_line_hours="mon-fri 09:00-17:00",
)
SHIPPED_FONTS = {
    "NotoSans-Regular",
    "NotoSans-Bold",
    "NotoNaskhArabic-Regular",
    "NotoNaskhArabic-Bold",
    "NotoNastaliqUrdu-Regular",
    "NotoNastaliqUrdu-Bold",
    "NotoSansEthiopic-Regular",
    "NotoSansEthiopic-Bold",
    "NotoSansGeorgian-Regular",
    "NotoSansGeorgian-Bold",
}


def expected_sentences(language: str) -> list[str]:
    """Every heading and paragraph of the language's sheet, with the site's values filled in."""
    texts = sheet_texts(language)
    values = INFO.placeholders(texts.day_names())
    found = [texts.title, fill(texts.intro, values, isolate=False)]
    for topic in texts.topics:
        found.append(topic.heading)
        found.extend(printed_paragraphs(topic.paragraphs, values, isolate=False))
    return [squash(s) for s in found]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sheets")
    pdfs = {}
    for language in LANGUAGE_CODES:
        pdf = folder / f"{language}.pdf"
        render_sheet_pdf(SheetRequest(language, "Startpunt Brussel", INFO, number=42), str(pdf))
        pdfs[language] = pdf
    return pdfs


@pytest.mark.slow  # extracts all 16 sheets
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_sheet_text_is_all_there_in_logical_order(rendered: dict[str, Path], language: str) -> None:
    """Extracted from the PDF, each sentence of the sheet is found whole and in reading order."""
    text = pdf_text(rendered[language])
    position = 0
    for sentence in expected_sentences(language):
        found = text.find(sentence, 0)
        assert found >= 0, f"{language}: not found in logical order: {sentence!r}"
        position = max(position, found)
    assert "Belliardstraat 68, 1040 Brussel" in text
    assert "042" in text


@pytest.mark.slow  # extracts all 16 sheets
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_official_language_stands_beside_it(rendered: dict[str, Path], language: str) -> None:
    """Every sheet also carries the Dutch text, for the officials the arrival meets."""
    text = pdf_text(rendered[language])
    for sentence in expected_sentences("nl")[:3]:
        assert sentence in text


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_only_shipped_fonts_are_used_and_all_embedded(
    rendered: dict[str, Path], language: str
) -> None:
    """No font of the host system: every font in the PDF is one of ours, embedded."""
    fonts = pdf_fonts(rendered[language])
    assert fonts
    for name, embedded in fonts:
        assert embedded, f"{name} is not embedded"
        assert re.sub(r"^[A-Z]{6}\+", "", name) in SHIPPED_FONTS, f"host font {name} used"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_character_has_a_glyph_in_the_shipped_fonts(qapp: object, language: str) -> None:
    """Each character of the sheet's text is covered by a font that ships with the kiosk."""
    fonts = [
        QRawFont(str(p), 12) for p in sorted((resources_dir() / "fonts").glob("*-Regular.ttf"))
    ]
    missing = set()
    for sentence in expected_sentences(language) + expected_sentences("nl"):
        for ch in sentence:
            if ch.isspace():
                continue
            if not any(font.supportsCharacter(ord(ch)) for font in fonts):
                missing.add(f"U+{ord(ch):04X} {ch}")
    assert not missing, f"{language}: no glyph for {sorted(missing)}"


@pytest.mark.parametrize("language", ["ar", "ti", "ka", "en"])
def test_qr_code_decodes_at_thermal_printer_resolution(
    rendered: dict[str, Path], language: str
) -> None:
    """Rendered at 203 dpi, the QR code reads back as the online information's address."""
    png = render_png(rendered[language], 203)
    codes = zxingcpp.read_barcodes(Image.open(png))
    assert [c.text for c in codes] == [INFO.url_for(language)]


@pytest.mark.slow  # extracts all 16 sheets
def test_unreviewed_translations_say_so(rendered: dict[str, Path]) -> None:
    """A sheet whose translation no native speaker checked says so in its own language."""
    for language in LANGUAGE_CODES:
        texts = sheet_texts(language)
        text = pdf_text(rendered[language])
        if not texts.fully_reviewed:
            assert squash(texts.not_reviewed_notice) in text, language


def test_footer_has_site_content_date_and_pages(rendered: dict[str, Path]) -> None:
    """The footer names the site, the date the content was checked, and the page."""
    text = pdf_text(rendered["en"])
    assert "Startpunt Brussel" in text
    assert "Information checked on 2026-11-26" in text
    assert re.search(r"Page 1 of \d", text)


@pytest.mark.parametrize(("language", "footer"), [
    ("en", "Information checked on 2026-11-26"),
    ("nl", "Vertaling nog niet nagekeken · Engelse tekst van 2026-11-26"),
])
def test_day_one_lines_and_a_true_footer(
    rendered: dict[str, Path], tmp_path: Path, language: str, footer: str
) -> None:
    """The Startpunt lines, days and hours print in the language; a reviewed language's
    footer says when its information was checked, a translation not reviewed says that
    instead; with the day-one settings empty their sentences are gone, the rest stays."""
    texts = sheet_texts(language)
    startpunt = next(t for t in texts.topics if t.id == "startpunt")
    text = pdf_text(rendered[language])
    assert squash(startpunt.heading) in text and "02 225 44 11" in text
    days = texts.day_names()
    assert squash(f"{days['mon']}–{days['fri']} 07:00–10:00") in text
    assert squash(footer) in text
    checked = fill(texts.checked_on, {"date": "2026-11-26"}, isolate=False)
    assert (squash(checked) in text) == (language == "en")
    bare = tmp_path / f"{language}-bare.pdf"
    render_sheet_pdf(SheetRequest(language, "Startpunt Brussel", PrintedInfo()), str(bare))
    text = pdf_text(bare)
    assert squash(startpunt.heading) in text and "02 225 44 11" not in text
    assert "07:00–10:00" not in text
    # "You are at Startpunt ..., not a government office." stays without its address
    kept = printed_paragraphs(startpunt.paragraphs[:1], {"startpunt_address": ""}, isolate=False)
    assert kept[0] and squash(kept[0]) in text
