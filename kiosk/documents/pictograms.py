"""The topics' pictograms (resources/pictograms/<topic id>.svg), drawn as images for print."""

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import resources_dir

FALLBACK = "info"  # a topic without a pictogram of its own gets the "i"


@cache
def pictogram(topic: str, pixels: int, gap: int = 0, gap_left: bool = False) -> QImage:
    """The topic's pictogram as a square image of `pixels` (white ground: prints the same on
    any printer), with `gap` white pixels on its right (on its left with `gap_left`, for a
    right-to-left heading) between it and the text; kept, as the same few are drawn on every
    sheet."""
    folder = resources_dir() / "pictograms"
    path = folder / f"{topic}.svg"
    if not path.is_file():
        path = folder / f"{FALLBACK}.svg"
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read the pictogram {path.name}")
    image = QImage(pixels + gap, pixels, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(gap if gap_left else 0, 0, pixels, pixels))
    painter.end()
    return image
