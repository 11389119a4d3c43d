"""One picture of many pages or tickets, each under its caption (for docs/sheets/)."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

GAP, LABEL = 16, 26  # px between pictures; the caption's height


def contact_sheet(images: list[tuple[str, QImage]], columns: int, scale: float) -> QImage:
    width = round(images[0][1].width() * scale)
    height = round(images[0][1].height() * scale)
    rows = (len(images) + columns - 1) // columns
    sheet = QImage(columns * (width + GAP) + GAP, rows * (height + LABEL + GAP) + GAP,
                   QImage.Format.Format_RGB32)
    sheet.fill(QColor("#e8e6e1"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont()
    font.setFamilies(["Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic", "Noto Sans Georgian"])
    font.setPixelSize(15)
    painter.setFont(font)
    for index, (caption, image) in enumerate(images):
        x = GAP + (index % columns) * (width + GAP)
        y = GAP + (index // columns) * (height + LABEL + GAP)
        painter.drawText(QRectF(x, y, width, LABEL), Qt.AlignmentFlag.AlignCenter, caption)
        painter.drawImage(QRectF(x, y + LABEL, width, height), image)
    painter.end()
    return sheet
