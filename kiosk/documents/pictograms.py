"""The topics' pictograms (resources/pictograms/<topic id>.svg), drawn as images for print."""

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import resources_dir

FALLBACK = "info"  # a topic without a pictogram of its own gets the "i"


@cache
def pictogram(topic: str, pixels: int) -> QImage:
    """The topic's pictogram as a square image of `pixels` (white ground: prints the same on
    any printer); kept, as the same few are drawn on every sheet."""
    folder = resources_dir() / "pictograms"
    path = folder / f"{topic}.svg"
    if not path.is_file():
        path = folder / f"{FALLBACK}.svg"
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read the pictogram {path.name}")
    image = QImage(pixels, pixels, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image
