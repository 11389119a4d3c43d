"""The kiosk brings its own fonts: every script of the language grid renders on any host."""

from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

from kiosk.core.languages import LANGUAGES
from kiosk.ui.fonts import FAMILIES, load_fonts

FAMILY_FOR_SCRIPT = {
    "Latin": "Noto Sans",
    "Cyrillic": "Noto Sans",
    "Arabic": "Noto Naskh Arabic",
    "Ethiopic": "Noto Sans Ethiopic",
    "Georgian": "Noto Sans Georgian",
}


def test_every_endonym_has_glyphs_in_a_shipped_font(kiosk_app: QApplication) -> None:
    """No empty boxes: each letter of each endonym is in the shipped font for its script."""
    assert set(FAMILIES) <= set(load_fonts())
    for language in LANGUAGES:
        family = FAMILY_FOR_SCRIPT[language.script]
        raw = QRawFont.fromFont(QFont(family))
        assert raw.familyName() == family, f"{family} is not loaded"
        missing = [ch for ch in language.endonym.replace(" ", "")
                   if not raw.supportsCharacter(ord(ch))]
        assert missing == [], language.code


def test_the_application_font_falls_back_through_the_shipped_families(
    kiosk_app: QApplication,
) -> None:
    """The app font lists the shipped families, Noto Sans first, as its fallback chain."""
    assert kiosk_app.font().families()[: len(FAMILIES)] == FAMILIES
