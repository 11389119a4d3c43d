"""The sheet's header, one table row across the top of page 1: room for the party's number of
the day with its label and date (when printed at the desk; drawn by `number_card`), the
sheet's title in each language, and the QR code of the information site with its caption and
address."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor

from kiosk.core.languages import language
from kiosk.documents.drawn import insert_qr
from kiosk.documents.number_card import keep_room
from kiosk.documents.sheet_context import SheetContext
from kiosk.documents.sheet_formats import (
    INK,
    MUTED,
    block_format,
    char_format,
    table_format,
    write,
)

QR_MM = 26  # decodes from a phone at arm's length and from a 203 dpi print


def write_header(sheet: SheetContext, card_height: float | None) -> None:
    """The header at the cursor (the document's start): room for the number of the day's
    card (`number_card`, when printed at the desk: `card_height` is its height), titles, QR
    code."""
    numbered = card_height is not None
    count = 3 if numbered else 2
    shares = sheet.widths(25, 47, 28) if numbered else sheet.widths(72, 28)
    header = sheet.cursor.insertTable(1, count, table_format(shares, sheet.rtl))
    if card_height is not None:
        keep_room(sheet.document, header, sheet.place(0, count), card_height)
    _titles(sheet, header.cellAt(0, sheet.place(count - 2, count)).firstCursorPosition())
    _qr_code(sheet, header.cellAt(0, sheet.place(count - 1, count)).firstCursorPosition())


def _titles(sheet: SheetContext, cell: QTextCursor) -> None:
    """The sheet's title in each language, and a notice under a translation not yet
    reviewed (the site's name is in the footer of every page)."""
    first = True
    for index, column in enumerate(sheet.columns):
        write(
            cell,
            column.lang,
            column.texts.title,
            13 if index == 0 else 10,
            bold=True,
            color=INK if index == 0 else MUTED,
            first=first,
            space_after=2,
            roomy=True,
        )
        first = False
    for column in sheet.columns:
        if not column.texts.fully_reviewed:
            notice = column.texts.not_reviewed_notice
            write(cell, column.lang, notice, 7, color=MUTED, space_after=0, roomy=True)


def _qr_code(sheet: SheetContext, cell: QTextCursor) -> None:
    """The QR code of the information site's page, centred, with a caption in the arrival's
    language and the address itself, small."""
    request = sheet.request
    arrival = sheet.arrival
    url = request.info.url_for(request.language)
    centred = QTextBlockFormat()
    centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    cell.setBlockFormat(centred)
    insert_qr(cell, sheet.document, url, QR_MM)
    caption = block_format(arrival.lang, 0, roomy=True)
    caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    cell.insertBlock(caption, char_format(arrival.lang, 8, color=MUTED))
    caption_text = arrival.texts.qr_caption_for(request.info.link_language(request.language))
    cell.insertText(caption_text, char_format(arrival.lang, 8, color=MUTED))
    cell.insertBlock(caption, char_format(arrival.lang, 6.5, color=MUTED))
    cell.insertText(url, char_format(language("en"), 6.5, color=MUTED))
