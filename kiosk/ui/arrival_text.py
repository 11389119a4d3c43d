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


def write_in(label: QLabel, language: str | None, own_hand: bool = True) -> None:
    """Give `label` the language's shipped font and its reading direction: the language's own
    hand where it has one (Urdu in Nastaliq, as on its sheet), else its script's font.
    `own_hand=False`: the script's font only (the invitation on Start, one line kept at the
    height of the tallest of sixteen: Nastaliq's would make it half as tall again)."""
    known = BY_CODE.get(language or "")
    font = QFont(label.font())
    if known is None:
        font.setFamilies(families_for("Latin"))
    else:
        font.setFamilies(families_for(known.script, known.code if own_hand else ""))
    label.setFont(font)
    rtl = known is not None and known.rtl
    label.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    label.setProperty("script", known.script if known else "")
    label.setProperty("rtl", rtl)
