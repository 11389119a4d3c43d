"""The kiosk ships its own fonts, so every script on the language grid renders on any host."""

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.paths import resources_dir

# Noto Sans first; the others fill in the scripts it lacks.
FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic", "Noto Sans Georgian"]
BASE_POINT_SIZE = 16


def load_fonts() -> list[str]:
    """Register every shipped .ttf with Qt; returns the families found."""
    found: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            found.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(found))


def kiosk_font(point_size: int = BASE_POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def use_kiosk_fonts(app: QApplication) -> None:
    load_fonts()
    app.setFont(kiosk_font())
