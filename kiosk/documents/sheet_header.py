"""The sheet's header, one table row across the top of page 1: the party's number of the day
with its label and date (when printed at the desk), the sheet's title in each language, and
the QR code of the information site with its caption and address."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor

from kiosk.core.languages import language
from kiosk.documents.qr import qr_image
from kiosk.documents.sheet_context import SheetContext
from kiosk.documents.sheet_formats import (
    INK,
    MUTED,
    block_format,
    char_format,
    image_format,
    table_format,
    write,
)
from kiosk.documents.texts import ForYouTexts

QR_MM = 26  # decodes from a phone at arm's length and from a 203 dpi print


def date_line(texts: ForYouTexts, day: date) -> str:
    return f"{texts.weekdays[day.weekday()]} {day.day:02d}.{day.month:02d}.{day.year}"


def write_header(sheet: SheetContext) -> None:
    """The header at the cursor (the document's start): number, titles, QR code."""
    numbered = sheet.request.number is not None
    count = 3 if numbered else 2
    shares = sheet.widths(25, 47, 28) if numbered else sheet.widths(72, 28)
    header = sheet.cursor.insertTable(1, count, table_format(shares, sheet.rtl))
    if numbered:
        _number_of_the_day(sheet, header.cellAt(0, sheet.place(0, count)).firstCursorPosition())
    _titles(sheet, header.cellAt(0, sheet.place(count - 2, count)).firstCursorPosition())
    _qr_code(sheet, header.cellAt(0, sheet.place(count - 1, count)).firstCursorPosition())


def _number_of_the_day(sheet: SheetContext, cell: QTextCursor) -> None:
    """Its label in each language, the number in large numerals, a note, then the date."""
    request = sheet.request
    first = True
    for index, column in enumerate(sheet.columns):
        write(
            cell,
            column.lang,
            column.labels.number_label,
            9 if index == 0 else 8,
            bold=index == 0,
            color=INK if index == 0 else MUTED,
            first=first,
            space_after=0,
            roomy=True,
        )
        first = False
    arrival = sheet.arrival
    party = f"{request.number:03d}"
    write(cell, arrival.lang, party, 30, bold=True, space_after=0, numerals=True)
    write(cell, arrival.lang, arrival.labels.number_note, 8, space_after=2)  # above its date
    if request.day is not None:
        for index, column in enumerate(sheet.columns):
            write(
                cell,
                column.lang,
                date_line(column.labels, request.day),
                9 if index == 0 else 8,
                bold=index == 0,
                color=INK if index == 0 else MUTED,
                space_after=0,
                roomy=True,
            )


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
    qr = image_format(sheet.document, f"qr://{request.language}", qr_image(url), QR_MM)
    cell.insertImage(qr)
    caption = block_format(arrival.lang, 0, roomy=True)
    caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    cell.insertBlock(caption, char_format(arrival.lang, 8, color=MUTED))
    caption_text = arrival.texts.qr_caption_for(request.info.link_language(request.language))
    cell.insertText(caption_text, char_format(arrival.lang, 8, color=MUTED))
    cell.insertBlock(caption, char_format(arrival.lang, 6.5, color=MUTED))
    cell.insertText(url, char_format(language("en"), 6.5, color=MUTED))
