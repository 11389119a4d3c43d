"""The sheet as a PDF file: the next party's sheet is the last sheet of its words with its own
number and date laid over it.

Two parties of the same words (language, the site's settings, the referrals ticked) get the
same sheet but for the number card (kiosk/documents/number_card.py). `sheet.lay_out_sheet`
keeps the last sheets' documents; here their PDFs are kept too, drawn without the card
(its room left blank), and a party's sheet is one of them with two small PDFs laid over the
room (`pdf_overlay`):

- the card's frame (the labels, the note and the date, in the arrival's language and the
  official one), kept for a language and a day;
- the number's own line, the only thing drawn for each party (one font, a few glyphs).

Qt's PDF writer spends most of a sheet's time on its fonts when its painter ends (see
`pdf_overlay`): the sheet drawn again costs 20 to 60 ms, the number and the overlay a few.

The first sheet of its words is drawn whole, as a printer draws it (`sheet.paint_sheet`);
its document is then kept, and the second sheet of those words draws the kept PDF once.
The PDFs are kept with their documents (a weak dictionary): a document the sheet forgets
takes its PDF with it.
"""

import threading
from weakref import WeakKeyDictionary

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument

from kiosk.documents.fonts import load_fonts
from kiosk.documents.number_card import Card, CardPart, paint_card
from kiosk.documents.page import (
    A4,
    CREATOR,
    PDF_DPI,
    memory_pdf,
    metrics_device,
    page_layout,
    page_tops,
    part_layout,
    points,
    write_pdf_file,
)
from kiosk.documents.pdf_overlay import KeptPdfs, Part, lay_over
from kiosk.documents.sheet import LaidOutSheet, SheetRequest, lay_out_sheet, paint_laid_sheet
from kiosk.documents.text_layer import write_whole
from kiosk.documents.texts import sheet_texts

__all__ = ["render_sheet_pdf"]

FRAMES_KEPT = 16  # per thread: a card's frame is a few KB


class _Kept(threading.local):
    def __init__(self) -> None:
        # {kept document: {title: (its PDF without the card, pages)}}
        self.sheets: WeakKeyDictionary[QTextDocument, dict[str, tuple[bytes, int]]] = (
            WeakKeyDictionary()
        )


_kept = _Kept()
# {(language, official language, day, card size): the card's frame as a PDF}
_frames = KeptPdfs(FRAMES_KEPT)


def render_sheet_pdf(request: SheetRequest, target: str, title: str | None = None) -> int:
    """Write the sheet as an A4 PDF at `target` (the document's title: `title`, else the
    sheet's own); returns the number of pages."""
    load_fonts()
    title = sheet_texts(request.language).title if title is None else title
    laid = lay_out_sheet(request, metrics_device(PDF_DPI, PDF_DPI))
    if not laid.kept:  # the first sheet of its words: drawn whole
        return write_pdf_file(
            target, page_layout(A4), title, lambda writer: paint_laid_sheet(request, laid, writer)
        )
    blank, pages = _blank_sheet(request, laid, title)
    at = laid.card_at()
    if laid.card is None or at is None:
        write_whole(target, blank)
        return pages
    page, room = at
    left = points(A4.px(A4.margin_mm, PDF_DPI) + room.left())
    top = points(A4.px(A4.margin_mm, PDF_DPI) + room.top() - page_tops(laid.document)[page])
    number = laid.card.number_rect()
    parts = [
        Part(_frame(request, laid.card), page, left, top),
        Part(_card_part(laid.card, CardPart.NUMBER), page, left, top + points(number.top())),
    ]
    write_whole(target, lay_over(blank, parts))
    return pages


def _blank_sheet(request: SheetRequest, laid: LaidOutSheet, title: str) -> tuple[bytes, int]:
    """The kept document's PDF without its card, drawn once."""
    kept = _kept.sheets.setdefault(laid.document, {})
    if title not in kept:
        pages = 0

        def draw(writer: QPdfWriter) -> None:
            nonlocal pages
            pages = paint_laid_sheet(request, laid, writer, card=False)

        kept[title] = (memory_pdf(page_layout(A4), title, draw), pages)
    return kept[title]


def _frame(request: SheetRequest, card: Card) -> bytes:
    """The card's frame (all but the number's line), drawn once for a language and a day."""
    key = (
        request.language,
        request.info.official_language,
        request.day,
        round(card.width, 2),
        round(card.height, 2),
    )
    return _frames.get(key, lambda: _card_part(card, CardPart.FRAME))


def _card_part(card: Card, part: CardPart) -> bytes:
    """A PDF of one page with the part drawn at its top left."""
    rect = card.part_rect(part)

    def draw(writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        try:
            paint_card(painter, card, QPointF(0, -rect.top()), part)
        finally:
            painter.end()

    return memory_pdf(part_layout(card.width, rect.height()), CREATOR, draw)
