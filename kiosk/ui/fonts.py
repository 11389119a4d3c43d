"""The kiosk ships its own fonts, so every script on the language grid renders on any host."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.documents.fonts import families_for, load_fonts

# Noto Sans first; the others fill in the scripts it lacks.
FAMILIES = families_for("Latin")
BASE_POINT_SIZE = 16

__all__ = ["FAMILIES", "kiosk_font", "load_fonts", "use_kiosk_fonts"]


def kiosk_font(point_size: int = BASE_POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def use_kiosk_fonts(app: QApplication) -> None:
    load_fonts()
    app.setFont(kiosk_font())
