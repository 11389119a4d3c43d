"""Texts an arrival reads on screen, in the arrival's own language, from the sheet files.

They come from `resources/sheets/<language>.json` ("screen"), not from Qt Linguist: the
volunteer interface has three languages, the arrival's side has sixteen.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from kiosk.core.languages import BY_CODE
from kiosk.documents.fonts import families_for
from kiosk.documents.texts import TextsMissing, sheet_texts


def arrival_text(language: str | None, key: str) -> str:
    """The screen text `key` in `language`; empty when the language or text is unknown."""
    if language is None or language not in BY_CODE:
        return ""
    try:
        return sheet_texts(language).screen.get(key, "")
    except TextsMissing:
        return ""


def write_in(label: QLabel, language: str | None) -> None:
    """Give `label` the shipped font of the language's script and its reading direction."""
    known = BY_CODE.get(language or "")
    font = QFont(label.font())
    font.setFamilies(families_for(known.script if known else "Latin"))
    label.setFont(font)
    rtl = known is not None and known.rtl
    label.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    label.setProperty("script", known.script if known else "")
    label.setProperty("rtl", rtl)
