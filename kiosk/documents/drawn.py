"""Pictures drawn by the painter itself inside a sheet's text: the topics' pictograms (their
SVG, resources/pictograms/) and the QR code of the information site.

They stand in the document as inline objects of their size on paper, and are drawn where the
layout puts them, as vectors, on whatever the sheet is painted on: sharp on any printer, and
cheap in a PDF. As images they cost Qt's PDF writer some 4 ms a sheet (it encodes every
image again for every file: eight pictograms and the QR code), more than a fifth of a sheet.
"""

import threading
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from kiosk.documents.page import MM_PER_INCH
from kiosk.documents.qr import draw_qr, qr_matrix
from kiosk.paths import resources_dir

DRAWN_TYPE = QTextFormat.ObjectTypes.UserObject + 2
_WHAT = QTextFormat.Property.UserProperty + 2  # "svg:<topic>" or "qr:<data>"
_WIDTH = QTextFormat.Property.UserProperty + 3  # the object's size on paper, in mm
_HEIGHT = QTextFormat.Property.UserProperty + 4
_PICTURE_LEFT = QTextFormat.Property.UserProperty + 5  # where the picture starts in it, mm
_PICTURE_WIDTH = QTextFormat.Property.UserProperty + 6
_SIZE = QTextFormat.Property.UserProperty + 7  # the same in the layout's pixels (Qt asks often)

FALLBACK = "info"  # a topic without a pictogram of its own gets the "i"


def pictogram_path(topic: str) -> Path:
    folder = resources_dir() / "pictograms"
    path = folder / f"{topic}.svg"
    return path if path.is_file() else folder / f"{FALLBACK}.svg"


@lru_cache(maxsize=32)
def _matrix(data: str) -> list[list[bool]]:
    """A sheet's QR code (its language's link), kept: the same few on every sheet."""
    return qr_matrix(data)


@cache
def _checked(path: Path) -> None:
    """Raise if the pictogram cannot be read (once per file)."""
    if not QSvgRenderer(str(path)).isValid():
        raise RuntimeError(f"cannot read the pictogram {path.name}")


class _Drawn(QPyTextObject):
    """Sizes the objects from their format and draws their pictures."""

    def __init__(self) -> None:
        super().__init__()
        self.renderers: dict[str, QSvgRenderer] = {}

    def intrinsicSize(
        self,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
    ) -> QSizeF:
        size = format.property(_SIZE)
        return size if isinstance(size, QSizeF) else QSizeF()

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
    ) -> None:
        box = QRectF(rect)
        width_mm = float(format.property(_WIDTH) or 0.0)
        scale = box.width() / width_mm if width_mm else 0.0
        picture_width = format.property(_PICTURE_WIDTH)
        left = float(format.property(_PICTURE_LEFT) or 0.0) * scale
        width = float(picture_width) * scale if picture_width else box.width()
        picture = QRectF(box.left() + left, box.top(), width, box.height())
        what = str(format.property(_WHAT) or "")  # a "room" draws nothing
        if what.startswith("svg:"):
            self._renderer(what[4:]).render(painter, picture)
        elif what.startswith("qr:"):
            draw_qr(painter, what[3:], picture, _matrix(what[3:]))

    def _renderer(self, topic: str) -> QSvgRenderer:
        renderer = self.renderers.get(topic)
        if renderer is None:
            renderer = QSvgRenderer(str(pictogram_path(topic)))
            self.renderers[topic] = renderer
        return renderer


class _Handlers(threading.local):
    """One handler per thread (a document is laid out and painted on the thread that made
    it; the SVG renderers it keeps are QObjects of that thread)."""

    def __init__(self) -> None:
        self.drawn = _Drawn()


_handlers = _Handlers()


def _drawn_format(
    document: QTextDocument,
    what: str,
    width_mm: float,
    height_mm: float,
    picture_left_mm: float = 0.0,
    picture_width_mm: float | None = None,
) -> QTextCharFormat:
    layout = document.documentLayout()
    layout.registerHandler(DRAWN_TYPE, _handlers.drawn)
    device = layout.paintDevice()
    dpi = device.logicalDpiY() if device is not None else 96
    fmt = QTextCharFormat()
    fmt.setProperty(_SIZE, QSizeF(width_mm * dpi / MM_PER_INCH, height_mm * dpi / MM_PER_INCH))
    fmt.setObjectType(DRAWN_TYPE)
    fmt.setProperty(_WHAT, what)
    fmt.setProperty(_WIDTH, float(width_mm))
    fmt.setProperty(_HEIGHT, float(height_mm))
    fmt.setProperty(_PICTURE_LEFT, float(picture_left_mm))
    if picture_width_mm is not None:
        fmt.setProperty(_PICTURE_WIDTH, float(picture_width_mm))
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    return fmt


def room_format(document: QTextDocument, height: float) -> QTextCharFormat:
    """An object that draws nothing, one pixel wide and `height` device pixels tall: room kept
    for what is painted over the document (the number card, kiosk/documents/number_card.py)."""
    document.documentLayout().registerHandler(DRAWN_TYPE, _handlers.drawn)
    fmt = QTextCharFormat()
    fmt.setObjectType(DRAWN_TYPE)
    fmt.setProperty(_WHAT, "room")
    fmt.setProperty(_SIZE, QSizeF(1, float(height)))
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignTop)
    return fmt


def object_height(fmt: QTextFormat) -> float:
    """A drawn object's height in device pixels (0 for anything else)."""
    size = fmt.property(_SIZE)
    return size.height() if isinstance(size, QSizeF) else 0.0


def insert_pictogram(
    cursor: QTextCursor,
    document: QTextDocument,
    topic: str,
    side_mm: float,
    gap_mm: float,
    gap_left: bool,
) -> None:
    """The topic's pictogram, `side_mm` square, with `gap_mm` of room on its right (on its
    left with `gap_left`, for a right-to-left heading) between it and the text."""
    _checked(pictogram_path(topic))
    fmt = _drawn_format(
        document, f"svg:{topic}", side_mm + gap_mm, side_mm, gap_mm if gap_left else 0.0, side_mm
    )
    cursor.insertText("\ufffc", fmt)


def insert_qr(cursor: QTextCursor, document: QTextDocument, data: str, side_mm: float) -> None:
    """The QR code of `data`, `side_mm` square (its quiet zone included)."""
    cursor.insertText("\ufffc", _drawn_format(document, f"qr:{data}", side_mm, side_mm))
