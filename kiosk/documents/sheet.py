"""The A4 information sheet: the arrival's language beside Dutch or French, on one sheet of
paper (two pages). Page 1 starts with what matters most: the number of the day with its label
and date, the key numbers, and the places the volunteer sent this party to ("for you")."""

import threading
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPaintDevice, QPainter, QTextDocument

from kiosk.core.languages import language
from kiosk.core.sheet_text import fill
from kiosk.documents.fonts import families_for, load_fonts
from kiosk.documents.for_you_box import write_for_you_box
from kiosk.documents.key_numbers import write_key_numbers
from kiosk.documents.nastaliq import draw_line
from kiosk.documents.number_card import (
    Card,
    number_card,
    paint_card,
    resize_room,
    room,
    room_height,
)
from kiosk.documents.page import (
    A4,
    Footer,
    content_height,
    page_layout,
    page_tops,
    paint_document,
    paint_page,
    set_page_tops,
)
from kiosk.documents.page_cuts import cut_pages
from kiosk.documents.sheet_body import write_body
from kiosk.documents.sheet_context import SheetRequest, new_sheet
from kiosk.documents.sheet_formats import MUTED, PARAGRAPH_GAP_MM, SECOND_MIN
from kiosk.documents.sheet_header import write_header
from kiosk.documents.sheet_ink import InkRoom, reach_mm
from kiosk.documents.texts import sheet_texts

__all__ = [
    "LaidOutSheet",
    "SheetRequest",
    "build_sheet",
    "footer_painter",
    "forget_kept_sheets",
    "lay_out_sheet",
    "paint_laid_sheet",
    "paint_sheet",
    "sheet_image",
]

# (the arrival's body size, their column's share of the width, the official column's size)
# tried in turn until the sheet fits one sheet of paper (two A4 pages). The arrival reads at
# 10 pt or more, always; the official Dutch or French column repeats every line for the
# volunteers and officials and may go down to SECOND_MIN, so that its longer lines in a
# narrower column do not make every row taller than the arrival's text needs.
SIZES = (
    (11.0, 55.0, 9.5),
    (10.5, 57.0, 9.0),
    (10.0, 58.0, 9.0),
    (10.0, 60.0, SECOND_MIN + 0.5),
    (10.0, 57.0, SECOND_MIN + 0.5),
    (10.0, 64.0, SECOND_MIN),
    (10.0, 61.0, SECOND_MIN),
    (10.0, 66.0, SECOND_MIN),
    (10.0, 68.0, SECOND_MIN),
)
# Each size with a gap between the body's paragraphs (and a little more above each topic's
# rule) first, then without: a larger size comes before the gaps, the gaps before a smaller
# size. A long sheet (every setting, three referrals with their hours) needs all the room.
FITS = tuple((*size, gap) for size in SIZES for gap in (PARAGRAPH_GAP_MM, 0.0))
MAX_PAGES = 2
# the fit found for a sheet of these words
_fitted: dict[tuple[object, ...], tuple[float, float, float, float]] = {}
# Urdu: for a sheet of these words at a fit, where its body starts and the rows found to
# need room for their ink above a page cut (`_build`)
_inked: dict[tuple[object, ...], tuple[float, frozenset[int]]] = {}


def _fit_key(request: SheetRequest, dpi: int) -> tuple[object, ...]:
    return (
        request.language,
        tuple(sorted(request.info.placeholders().items())),
        request.info.official_language,
        request.referrals,
        request.number is not None,
        request.day is not None,
        dpi,
    )


@dataclass(frozen=True, slots=True)
class LaidOutSheet:
    """A sheet ready to paint: its document (laid out and cut into pages) and the card of the
    party's number of the day painted into the room kept for it (None: no number)."""

    document: QTextDocument
    card: Card | None
    kept: bool = False  # the document of the last sheet of these words, not laid out anew

    def card_at(self) -> tuple[int, QRectF] | None:
        """The page the card goes on and its room there (document coordinates)."""
        where = room(self.document) if self.card is not None else None
        return None if where is None else (_page_of(self.document, where.top()), where)

    def overlay(self, painter: QPainter, index: int) -> None:
        """Paint the card over page `index`, where its room is (`page.Overlay`)."""
        at = self.card_at()
        if self.card is None or at is None or index != at[0]:
            return
        paint_card(painter, self.card, at[1].topLeft())


def _page_of(document: QTextDocument, y: float) -> int:
    tops = page_tops(document)
    return max(index for index, top in enumerate(tops) if top <= y) if tops else 0


class _Kept(threading.local):
    """The last sheets laid out on this thread, by their words (`_words_key`): the next
    party's sheet of the same words is one of them with its own card."""

    def __init__(self) -> None:
        self.sheets: OrderedDict[tuple[object, ...], QTextDocument] = OrderedDict()


KEPT_SHEETS = 8  # per thread: about 0.85 MB each (16 languages in turn: +6.7 MB resident)
_kept = _Kept()
# the width of the card's room (the header's first cell), per resolution
_card_widths: dict[int, float] = {}


def forget_kept_sheets() -> None:
    """Forget this thread's kept sheets: the next sheet is laid out in full."""
    _kept.sheets.clear()


def _words_key(request: SheetRequest, dpi: int) -> tuple[object, ...]:
    """Everything a sheet's document depends on: all but the number and the date."""
    info = request.info
    return (
        _fit_key(request, dpi),
        info.info_url,
        tuple(sorted(info.info_urls.items())),
        request.site_name,
    )


def build_sheet(request: SheetRequest, device: QPaintDevice) -> QTextDocument:
    """The sheet's document (`lay_out_sheet`) without its card."""
    return lay_out_sheet(request, device).document


def lay_out_sheet(request: SheetRequest, device: QPaintDevice) -> LaidOutSheet:
    """The whole sheet laid out for `device` (no page furniture): the largest body size of
    FITS at which it fits two pages (the smallest if none does), pages cut between rows of
    the body, never inside one (`cut_pages`).
    The size found is kept for the next sheet of the same words, so a sheet is laid out
    once, not once per size tried; and the document itself is kept (`_kept`): the next
    party's sheet of the same words lays out only its number card."""
    load_fonts()
    dpi = device.logicalDpiY()
    words = _words_key(request, dpi)
    document = _kept.sheets.get(words)
    if document is not None:
        card = _card(request, device, room(document))
        if card is None or card.height == room_height(document):
            _kept.sheets.move_to_end(words)
            return LaidOutSheet(document, card, kept=True)
    key = _fit_key(request, dpi)
    known = _fitted.get(key)
    fits = (known,) if known is not None else FITS
    laid = LaidOutSheet(QTextDocument(), None)
    for fit in fits:
        laid = _build(request, device, *fit, words=(key, fit))
        if len(page_tops(laid.document)) <= MAX_PAGES:
            break
    if len(_fitted) > 512:
        _fitted.clear()
        _inked.clear()
    _fitted[key] = fit
    _kept.sheets[words] = laid.document
    while len(_kept.sheets) > KEPT_SHEETS:
        _kept.sheets.popitem(last=False)
    return laid


def _card(request: SheetRequest, device: QPaintDevice, where: QRectF | None) -> Card | None:
    """The party's number card, as wide as its room (or as the last room at this resolution)."""
    if request.number is None:
        return None
    dpi = device.logicalDpiY()
    width = where.width() if where is not None else _card_widths.get(dpi, A4.px(40, dpi))
    official = request.info.official_language
    return number_card(request.language, official, request.number, request.day, device, width)


def _build(
    request: SheetRequest,
    device: QPaintDevice,
    body_size: float,
    share: float = 55.0,
    second_size: float = 9.5,
    gap: float = PARAGRAPH_GAP_MM,
    words: tuple[object, ...] | None = None,
    use_known: bool = True,
) -> LaidOutSheet:
    """The sheet at one fit, from the top of page 1 down: the header (`sheet_header`) with
    room for the number card (`number_card`), the key numbers (`key_numbers`), the "for
    you" box (`for_you_box`), the body (`sheet_body`); then room for Nastaliq's ink
    (`sheet_ink`) and the page cuts.
    `words`: what the sheet's body depends on (its fit's key and the fit), to find the
    rows that need room for Nastaliq's ink from the last sheet of these words."""
    known = _inked.get(words) if words is not None and use_known else None
    sheet = new_sheet(request, device)
    card = _card(request, device, None)
    write_header(sheet, card.height if card is not None else None)
    write_key_numbers(sheet)
    box = write_for_you_box(sheet, share)
    body = write_body(sheet, share, body_size, second_size, gap)
    ink = InkRoom(sheet, body, reach_mm(sheet.arrival.lang, body_size))
    ink.above_rules(box)
    always = frozenset(ink.rows)
    ink.give(known[1] if known is not None else ())  # found by the last sheet
    sheet.cursor.endEditBlock()
    document = sheet.document
    card = _settle_card(request, device, document, card)
    top = document.documentLayout().frameBoundingRect(body.table).top()
    if known is not None and top != known[0]:
        # what is above the body (a longer weekday, another referral) moved it: the rows
        # found for the last sheet may not be these; find them afresh
        return _build(request, device, body_size, share, second_size, gap, words, use_known=False)
    # The body's rows lie the same below its top whatever is above it (the document is not
    # paged by Qt): with the same words and the same top, the rows found by laying it out
    # again and again (`InkRoom.above_cuts`) are those found last time, and one layout is
    # enough.
    height = content_height(A4, sheet.dpi)
    ink.above_cuts(height)
    if ink.reach and words is not None:
        _inked[words] = (top, frozenset(ink.rows) - always)
    set_page_tops(document, cut_pages(document, body.table, body.headings, height, ink.rows))
    return LaidOutSheet(document, card)


def _settle_card(
    request: SheetRequest, device: QPaintDevice, document: QTextDocument, card: Card | None
) -> Card | None:
    """The card laid out as wide as its room turned out to be, and its room as tall as the
    card (laid out again if it was not: only the first sheet at a resolution)."""
    where = room(document)
    if card is None or where is None:
        return card
    _card_widths[device.logicalDpiY()] = where.width()
    if where.width() != card.width:
        card = _card(request, device, where)
        assert card is not None
    if card.height != room_height(document):
        resize_room(document, card.height)
    return card


def footer_painter(request: SheetRequest) -> Footer:
    lang = language(request.language)
    texts = sheet_texts(request.language)
    checked = texts.date_line()  # "checked on" only for a reviewed translation

    def paint(painter: QPainter, rect: QRectF, index: int, count: int) -> None:
        painter.save()
        painter.setPen(MUTED)
        small = QFont()
        small.setFamilies(families_for(lang.script, lang.code))
        small.setPointSizeF(7.5)
        painter.setFont(small)
        page = fill(texts.page, {"page": str(index + 1), "pages": str(count)})
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if lang.rtl:
            start, end = end, start
        middle = Qt.AlignmentFlag.AlignHCenter
        vcenter = Qt.AlignmentFlag.AlignVCenter
        painter.drawLine(rect.topLeft(), rect.topRight())
        draw_line(painter, rect, start | vcenter, request.site_name, lang.rtl)
        draw_line(painter, rect, middle | vcenter, checked, lang.rtl)
        draw_line(painter, rect, end | vcenter, page, lang.rtl)
        painter.restore()

    return paint


def paint_sheet(request: SheetRequest, device: QPagedPaintDevice) -> int:
    """Paint the sheet on a PDF writer or a printer; returns the number of pages."""
    device.setPageLayout(page_layout(A4))
    return paint_laid_sheet(request, lay_out_sheet(request, device), device)


def paint_laid_sheet(
    request: SheetRequest, laid: LaidOutSheet, device: QPagedPaintDevice, card: bool = True
) -> int:
    """Paint a sheet laid out for this device's resolution, with its card or without (its
    room left blank); returns the number of pages."""
    overlay = laid.overlay if card else None
    return paint_document(laid.document, device, A4, footer_painter(request), overlay)


def sheet_image(request: SheetRequest, dpi: int = 100) -> list[QImage]:
    """The sheet's pages as images (previews and printers without PDF)."""
    width = round(A4.px(A4.width_mm, dpi))
    height = round(A4.px(A4.height_mm, dpi))
    probe = QImage(width, height, QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(round(dpi / 0.0254))
    probe.setDotsPerMeterY(round(dpi / 0.0254))
    laid = lay_out_sheet(request, probe)
    document = laid.document
    count = len(page_tops(document))
    footer = footer_painter(request)
    pages = []
    for index in range(count):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(probe.dotsPerMeterX())
        image.setDotsPerMeterY(probe.dotsPerMeterY())
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_page(painter, document, A4, dpi, index, count, footer, laid.overlay)
        painter.end()
        pages.append(image)
    return pages
