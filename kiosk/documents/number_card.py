"""The party's number of the day on the sheet, with its label in each language, a note and
the date: a small document of its own (the card), painted into room kept for it in the
header's first cell.

The number and the date are all that differs between two parties' sheets of the same words
(language, the site's settings, the referrals ticked), so `sheet.lay_out_sheet` keeps a
sheet's laid out document and hands it to the next party of those words: only this card is
laid out anew, in about a millisecond, where the whole sheet takes tens. The room is an object
of the card's height that draws nothing, as wide as the cell's text; a card that needs another
height (a weekday that wraps) gets its room afresh, and the sheet is laid out again.
The sheet's PDF is kept too (kiosk/documents/sheet_pdf.py), and the card is laid over it in
two parts (`CardPart`): the frame, the same all day for a language, and the number's line.
"""

from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from kiosk.core.languages import Language, language
from kiosk.documents.drawn import object_height, room_format
from kiosk.documents.fonts import families_for
from kiosk.documents.nastaliq import draw_text_copies
from kiosk.documents.page import metrics_device
from kiosk.documents.sheet_formats import INK, MUTED, write
from kiosk.documents.texts import ForYouTexts, for_you_texts

_ROOM_AT = "startpuntCardRoom"


class CardPart(Enum):
    """What of the card is painted: all of it, or the number's line, or all but the number
    (`sheet_copies`: the frame is kept for a language and a day, the number drawn anew)."""

    WHOLE = "whole"
    NUMBER = "number"
    FRAME = "frame"  # the document's property: the header's column of the room


@dataclass(frozen=True, slots=True)
class Card:
    """The card's document, laid out `width` device pixels wide; `number_block`: the block
    of the number itself."""

    document: QTextDocument
    width: float
    number_block: int

    @property
    def height(self) -> float:
        return self.document.size().height()

    def number_rect(self) -> QRectF:
        """Where the number's line is in the card (the card's coordinates)."""
        block = self.document.findBlockByNumber(self.number_block)
        return self.document.documentLayout().blockBoundingRect(block)

    def part_rect(self, part: CardPart) -> QRectF:
        """Where the part is drawn in the card (the card's coordinates): the number's line
        for the number, the whole card for the rest."""
        if part is CardPart.NUMBER:
            return self.number_rect()
        return QRectF(0, 0, self.width, self.height)


def date_line(texts: ForYouTexts, day: date) -> str:
    return f"{texts.weekdays[day.weekday()]} {day.day:02d}.{day.month:02d}.{day.year}"


def card_languages(arrival: str, official: str) -> list[tuple[Language, ForYouTexts]]:
    """The card's languages, the arrival's first, with their labels."""
    codes = [arrival] if official == arrival else [arrival, official]
    return [(language(code), for_you_texts(code)) for code in codes]


def number_card(
    arrival: str, official: str, number: int, day: date | None, device: QPaintDevice, width: float
) -> Card:
    """The label in each language, the number in large numerals, a note, then the date in
    each language: laid out for `device` (its resolution), `width` device pixels wide."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.documentLayout().setPaintDevice(
        metrics_device(device.logicalDpiX(), device.logicalDpiY())
    )
    default = QFont()
    default.setFamilies(families_for("Latin"))
    document.setDefaultFont(default)
    document.setPageSize(QSizeF(width, 1e6))
    columns = card_languages(arrival, official)
    cell = QTextCursor(document)
    cell.beginEditBlock()
    for index, (lang, labels) in enumerate(columns):
        _write_line(cell, lang, labels.number_label, index, first=index == 0)
    lang, labels = columns[0]
    write(cell, lang, f"{number:03d}", 30, bold=True, space_after=0, numerals=True)
    number_block = cell.blockNumber()
    write(cell, lang, labels.number_note, 8, space_after=2 if day is not None else 0)
    if day is not None:
        for index, (lang, labels) in enumerate(columns):
            _write_line(cell, lang, date_line(labels, day), index)
    cell.endEditBlock()
    return Card(document, width, number_block)


def _write_line(
    cell: QTextCursor, lang: Language, text: str, index: int, first: bool = False
) -> None:
    """A line in the arrival's language (bold, larger) or the official one (muted)."""
    arrival = index == 0
    write(
        cell,
        lang,
        text,
        9 if arrival else 8,
        bold=arrival,
        color=INK if arrival else MUTED,
        first=first,
        space_after=0,
        roomy=True,
    )


def keep_room(document: QTextDocument, header: QTextTable, column: int, height: float) -> None:
    """Room for a card `height` device pixels tall, alone in the header's cell at `column`
    (the document's first table). The document is passed, not asked of the table: PySide's
    `QTextObject.document()` keeps the document alive for good (every sheet would leak)."""
    document.setProperty(_ROOM_AT, column)
    room_at = header.cellAt(0, column).firstCursorPosition()
    room_at.insertText("\ufffc", room_format(document, height))


def _room_at(document: QTextDocument) -> int | None:
    """Where the room is in the document (its position), None if it has none: in the
    header's cell (cells to its left come before it whatever the order they were filled)."""
    column = document.property(_ROOM_AT)
    if not isinstance(column, int):
        return None
    cursor = QTextCursor(document)
    cursor.setPosition(1)
    header = cursor.currentTable()
    return header.cellAt(0, column).firstPosition() if header is not None else None


def room(document: QTextDocument) -> QRectF | None:
    """Where the card goes in the sheet (document coordinates): the room's line, its width
    and the room's height; None when the sheet has no room."""
    at = _room_at(document)
    if at is None:
        return None
    block = document.findBlock(at)
    line = block.layout().lineAt(0)
    box = document.documentLayout().blockBoundingRect(block)
    return QRectF(box.left() + line.x(), box.top() + line.y(), line.width(), room_height(document))


def room_height(document: QTextDocument) -> float:
    at = _room_at(document)
    if at is None:
        return 0.0
    cursor = QTextCursor(document)
    cursor.setPosition(at + 1)
    return object_height(cursor.charFormat())


def resize_room(document: QTextDocument, height: float) -> None:
    """Make the room `height` device pixels tall (the sheet is laid out again)."""
    at = _room_at(document)
    if at is None:
        return
    cursor = QTextCursor(document)
    cursor.setPosition(at)
    cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(room_format(document, height))


def paint_card(
    painter: QPainter, card: Card, where: QPointF, part: CardPart = CardPart.WHOLE
) -> None:
    """The card (or a part of it) with its top left at `where` (the painter's
    coordinates), with Urdu's text copies for a PDF.

    A part is drawn block by block, each block's own layout where the document put it (as
    the document draws it: no background, no frame): the card's lines overlap (their line
    heights are tighter than their fonts), so a rectangle cannot hold one line without
    another's glyphs, drawn and clipped, yet embedded and read."""
    painter.save()
    painter.translate(where)
    whole = QRectF(0, 0, card.width, card.height)
    if part is CardPart.WHOLE:
        card.document.drawContents(painter, whole)
    else:
        block = card.document.begin()
        while block.isValid():
            if (block.blockNumber() == card.number_block) == (part is CardPart.NUMBER):
                painter.setPen(QColor(Qt.GlobalColor.black))  # a document's default text
                block.layout().draw(painter, QPointF(0, 0))  # at the layout's position
            block = block.next()
    if part is not CardPart.NUMBER:  # the number is in Noto Sans: no copies
        draw_text_copies(painter, card.document, whole)
    painter.restore()
