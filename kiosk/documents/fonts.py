"""The fonts that ship with the kiosk; no document depends on a font of the host system."""

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.paths import resources_dir

LATIN = "Noto Sans"
ARABIC = "Noto Naskh Arabic"
# Urdu readers expect Nastaliq; its PDF text comes from a Naskh copy (kiosk/documents/nastaliq.py)
NASTALIQ = "Noto Nastaliq Urdu"
ETHIOPIC = "Noto Sans Ethiopic"
GEORGIAN = "Noto Sans Georgian"
# The marks before a text (✓ ⚠ ✗ ✕ ⌫ ● ○, and ⟳ −), in none of the above; both are cut down
# to those few glyphs (tools/prepare_fonts.py), so they come last, after every script's font.
SYMBOLS = "Noto Sans Symbols2"
MATH = "Noto Sans Math"

_BY_SCRIPT = {"Arabic": ARABIC, "Ethiopic": ETHIOPIC, "Georgian": GEORGIAN}
# A language whose script's usual font is not its own: Urdu is read in Nastaliq (its PDF text
# comes from an invisible Naskh copy, kiosk/documents/nastaliq.py)
_BY_LANGUAGE = {"ur": NASTALIQ}


@cache
def load_fonts() -> tuple[str, ...]:
    """Register every shipped font once (a QGuiApplication must exist); returns the families."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("fonts can only be loaded once a QGuiApplication exists")
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"cannot load the font {path.name}")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def families_for(script: str, language: str = "") -> list[str]:
    """The language's or else the script's own font first, then the others as fallbacks for
    mixed text, then the symbols. Urdu: Nastaliq, then Naskh for what Nastaliq lacks."""
    first = _BY_LANGUAGE.get(language) or _BY_SCRIPT.get(script, LATIN)
    fallbacks = (ARABIC, LATIN) if first == NASTALIQ else (LATIN, ARABIC)
    others = (f for f in (*fallbacks, ETHIOPIC, GEORGIAN) if f != first)
    return [first, *others, SYMBOLS, MATH]


def font(
    script: str = "Latin", point_size: float = 11, bold: bool = False, language: str = ""
) -> QFont:
    load_fonts()
    chosen = QFont()
    chosen.setFamilies(families_for(script, language))
    chosen.setPointSizeF(point_size)
    chosen.setBold(bold)
    chosen.setStyleHint(QFont.StyleHint.SansSerif, QFont.StyleStrategy.NoFontMerging)
    return chosen
