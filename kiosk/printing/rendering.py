"""A document ready for any back-end: pages for a paged device, or rasters for a receipt."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QImage, QPagedPaintDevice

from kiosk.documents.page import PageSetup


@dataclass(frozen=True, slots=True)
class Rendering:
    title: str  # what the printer's queue shows; never personal data
    setup: PageSetup
    paint: Callable[[QPagedPaintDevice], int]  # paints every page here, returns the page count
    write_pdf: Callable[[str], int]  # writes the PDF file (maybe in the render process); pages
    rasters: Callable[[], list[QImage]] | None = None  # receipt-printer images, if it has any
    receipt: bool = False  # paper is an 80 mm roll
