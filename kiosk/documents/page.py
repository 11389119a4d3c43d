"""Paging a QTextDocument onto PDF pages or images, with a footer drawn on every page."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from kiosk.documents.nastaliq import draw_text_copies
from kiosk.documents.text_layer import finish_pdf, finished_pdf, mark_pdf, write_whole

MM_PER_INCH = 25.4
PDF_DPI = 300  # the resolution the kiosk's PDFs are drawn at
CREATOR = "Startpunt Kiosk"

# Draws the footer of page `index` (0-based) of `count`, inside `rect` (device pixels).
Footer = Callable[[QPainter, QRectF, int, int], None]
# Draws over page `index` what the document keeps room for, in the document's coordinates
# (the sheet's number of the day: kiosk/documents/number_card.py).
Overlay = Callable[[QPainter, int], None]


@dataclass(frozen=True, slots=True)
class PageSetup:
    width_mm: float
    height_mm: float
    margin_mm: float
    footer_mm: float

    def px(self, mm: float, dpi: float) -> float:
        return mm * dpi / MM_PER_INCH


A4 = PageSetup(210, 297, 10, 7)


def page_layout(setup: PageSetup) -> QPageLayout:
    """The whole sheet of paper; margins are drawn by us, so they are the same everywhere."""
    return QPageLayout(
        QPageSize(QSizeF(setup.width_mm, setup.height_mm), QPageSize.Unit.Millimeter),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def pdf_writer(target: str, setup: PageSetup, dpi: int = PDF_DPI, title: str = "") -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(dpi)
    writer.setPageLayout(page_layout(setup))
    writer.setCreator(CREATOR)
    writer.setTitle(title)
    mark_pdf(writer, target)  # finish_pdf, once the painter ends, completes its text layer
    return writer


POINTS_PER_INCH = 72
PART_ROOM_MM = 2.0


def points(px: float, dpi: float = PDF_DPI) -> float:
    """Device pixels of a PDF drawn at `dpi` in PDF points."""
    return px * POINTS_PER_INCH / dpi


def part_layout(width_px: float, height_px: float, dpi: float = PDF_DPI) -> QPageLayout:
    """A page for a part laid over another PDF (kiosk/documents/pdf_overlay.py), for a
    rectangle of `width_px` × `height_px` at its top left. Qt rounds a page's size to whole
    points and a form is clipped to its page: the page is PART_ROOM_MM larger, never
    smaller."""
    mm = MM_PER_INCH / dpi
    size = QPageSize(
        QSizeF(width_px * mm + PART_ROOM_MM, height_px * mm + PART_ROOM_MM),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


def memory_pdf(layout: QPageLayout, title: str, draw: Callable[[QPdfWriter], None]) -> bytes:
    """A PDF drawn by `draw` on a writer of this page layout at 300 dpi, written in memory
    and finished (its text layer completed, `text_layer.finished_pdf`)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(layout)
    writer.setCreator(CREATOR)
    writer.setTitle(title)
    draw(writer)
    data = bytes(buffer.data().data())
    buffer.close()
    return finished_pdf(data)


def write_pdf_file(
    target: str, layout: QPageLayout, title: str, draw: Callable[[QPdfWriter], int]
) -> int:
    """Draw a PDF in memory (`memory_pdf`) and write it at `target` at once; returns what
    `draw` returns (its number of pages)."""
    pages = 0

    def counted(writer: QPdfWriter) -> None:
        nonlocal pages
        pages = draw(writer)

    write_whole(target, memory_pdf(layout, title, counted))
    return pages


@cache
def metrics_device(dpi_x: int, dpi_y: int) -> QImage:
    """A 1×1 image of this resolution, kept for the whole run: what documents are laid out on.

    A layout measures text only through its paint device's logical DPI, so laying out on
    this image gives the very same page as on the PDF writer or printer of that resolution
    (the pages' content streams are byte for byte the same). It is not a convenience:
    PySide's `QAbstractTextDocumentLayout.setPaintDevice` makes the device a child of the
    layout (it takes the device from Python's ownership), and when the document deletes its
    layout in C++ the device is neither deleted nor given back. Every QPdfWriter handed to
    a layout stayed alive to the end of the process, its PDF engine with it: about 9 KB per
    sheet, 11 MB per 1,000 registrations (bench/long_run.py). This image is handed over
    again and again, so it is held once; the writers and printers go when their callers drop
    them. Only read (metrics), never painted on, so the print thread may share it.
    """
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi_x / 0.0254))
    image.setDotsPerMeterY(round(dpi_y / 0.0254))
    return image


# A document whose pages its maker cut itself (`set_page_tops`) has one tall page in Qt's eyes
# (Qt's own paging moves table cells one by one); its pages' tops are kept in this property.
_PAGE_TOPS = "startpuntPageTops"
UNPAGED = 40  # an unpaged document's height, in pages: far more than any sheet needs


def new_document(device: QPaintDevice, setup: PageSetup, paged: bool = True) -> QTextDocument:
    """An empty document already measured for the device's content area (`paged` False: as
    wide, but as tall as UNPAGED pages, for a maker that cuts the pages itself).

    Setting the paint device and page size before any text goes in means the text is laid
    out once, not again for each setting. The layout gets a kept stand-in of the device's
    resolution, never the device itself (see `metrics_device`).
    """
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.documentLayout().setPaintDevice(
        metrics_device(device.logicalDpiX(), device.logicalDpiY())
    )
    dpi = device.logicalDpiY()
    width = setup.px(setup.width_mm - 2 * setup.margin_mm, dpi)
    height = content_height(setup, dpi)
    document.setPageSize(QSizeF(width, height if paged else height * UNPAGED))
    return document


def content_height(setup: PageSetup, dpi: float) -> float:
    """The height of a page's text area, in device pixels."""
    return setup.px(setup.height_mm - 2 * setup.margin_mm - setup.footer_mm, dpi)


def set_page_tops(document: QTextDocument, tops: list[float]) -> None:
    """Say where each page of an unpaged document starts (device pixels, the first at 0)."""
    document.setProperty(_PAGE_TOPS, [float(top) for top in tops])


def page_tops(document: QTextDocument) -> list[float]:
    """Where each page starts: as cut by `set_page_tops`, or Qt's own pages."""
    tops = document.property(_PAGE_TOPS)
    if isinstance(tops, list) and tops:
        return [float(top) for top in tops]
    height = document.pageSize().height()
    return [index * height for index in range(document.pageCount())]


def paint_page(
    painter: QPainter,
    document: QTextDocument,
    setup: PageSetup,
    dpi: float,
    index: int,
    count: int,
    footer: Footer | None,
    overlay: Overlay | None = None,
) -> None:
    width = document.pageSize().width()
    height = content_height(setup, dpi)
    tops = page_tops(document)
    top = tops[index]
    shown = min(height, tops[index + 1] - top) if index + 1 < len(tops) else height
    margin = setup.px(setup.margin_mm, dpi)
    painter.save()
    painter.translate(margin, margin - top)
    document.drawContents(painter, QRectF(0, top, width, shown))
    draw_text_copies(painter, document, QRectF(0, top, width, shown))  # Urdu's text in a PDF
    if overlay is not None:
        overlay(painter, index)
    painter.restore()
    if footer is not None:
        foot = margin + height + setup.px(2, dpi)
        footer(
            painter,
            QRectF(margin, foot, width, setup.px(setup.footer_mm - 2, dpi)),
            index,
            count,
        )


def paint_document(
    document: QTextDocument,
    device: QPagedPaintDevice,
    setup: PageSetup,
    footer: Footer | None,
    overlay: Overlay | None = None,
) -> int:
    """Paint every page of a document made by `new_document` for this device."""
    dpi = device.logicalDpiY()
    count = len(page_tops(document))
    painter = QPainter(device)
    try:
        for index in range(count):
            if index:
                device.newPage()
            paint_page(painter, document, setup, dpi, index, count, footer, overlay)
    finally:
        painter.end()
        finish_pdf(device)
    return count
