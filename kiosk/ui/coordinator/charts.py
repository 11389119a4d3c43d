"""Charts painted with QPainter, with every number written beside its bar.

A coordinator reads them at a glance on the touchscreen: no axes to decode, the number
is always there, and the same numbers are in the accessible description.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.stylesheet import BLUE, BLUE_DARK, INK, LINE, MUTED

BAR = QColor(BLUE)
BAR_NOW = QColor(BLUE_DARK)
TEXT = QColor(INK)
SOFT = QColor(MUTED)
GRID = QColor(LINE)


def _font(widget: QWidget, pixels: int, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class BarChart(QWidget):
    """Horizontal bars, largest first: the name on the left, the number at the bar's end."""

    ROW = 30

    def __init__(self, object_name: str, parent: QWidget | None = None, rows: int = 8) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._rows: list[tuple[str, int]] = []
        self._limit = rows
        self._empty = ""
        self.setMinimumHeight(self.ROW * 3)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: list[tuple[str, int]], empty_text: str = "") -> None:
        self._rows = rows[: self._limit]
        self._empty = empty_text
        self.setAccessibleDescription("; ".join(f"{name}: {n}" for name, n in self._rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(360, self.ROW * max(3, self._limit))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        if not self._rows:
            painter.setFont(_font(self, 17))
            painter.setPen(SOFT)
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self._empty)
            painter.end()
            return
        label_font, number_font = _font(self, 17), _font(self, 17, bold=True)
        painter.setFont(label_font)
        labels = painter.fontMetrics()
        painter.setFont(number_font)
        numbers = painter.fontMetrics()
        widest = max(labels.horizontalAdvance(name) for name, _ in self._rows)
        label_width = min(width * 0.45, widest + 14.0)
        number_width = max(numbers.horizontalAdvance(str(v)) for _, v in self._rows) + 10
        bar_space = max(10.0, width - label_width - number_width)
        largest = max(1, max(v for _, v in self._rows))
        row = min(float(self.ROW), height / len(self._rows))
        for i, (name, value) in enumerate(self._rows):
            top = i * row
            painter.setFont(label_font)
            painter.setPen(TEXT)
            shown = labels.elidedText(name, Qt.TextElideMode.ElideRight, int(label_width - 10))
            painter.drawText(
                QRectF(0, top, label_width - 10, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                shown,
            )
            length = bar_space * value / largest
            painter.fillRect(
                QRectF(label_width, top + row * 0.18, max(2.0, length), row * 0.64), BAR
            )
            painter.setFont(number_font)
            painter.drawText(
                QRectF(label_width + length + 6, top, number_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(value),
            )
        painter.end()


class ColumnChart(QWidget):
    """A column per hour or per day, its number on top; the last column can stand out."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._columns: list[tuple[str, int]] = []
        self._label_every = 1
        self._highlight_last = False
        self._empty = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_columns(
        self,
        columns: list[tuple[str, int]],
        *,
        label_every: int = 1,
        highlight_last: bool = False,
        empty_text: str = "",
    ) -> None:
        self._columns = columns
        self._label_every = max(1, label_every)
        self._highlight_last = highlight_last
        self._empty = empty_text
        self.setAccessibleDescription("; ".join(f"{name}: {n}" for name, n in columns))
        self.update()

    def columns(self) -> list[tuple[str, int]]:
        return list(self._columns)

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        if not self._columns or not any(v for _, v in self._columns):
            painter.setFont(_font(self, 17))
            painter.setPen(SOFT)
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self._empty)
            if not self._columns:
                painter.end()
                return
        slot = width / len(self._columns)
        number_px = max(10, min(16, int(slot * 0.55)))
        number_font, label_font = _font(self, number_px, bold=True), _font(self, 14)
        top_space, bottom_space = number_px + 8, 24
        plot = height - top_space - bottom_space
        largest = max(1, max(v for _, v in self._columns))
        painter.setPen(GRID)
        painter.drawLine(0, int(height - bottom_space), width, int(height - bottom_space))
        for i, (name, value) in enumerate(self._columns):
            left = i * slot
            bar = plot * value / largest
            colour = BAR_NOW if self._highlight_last and i == len(self._columns) - 1 else BAR
            bottom = height - bottom_space
            if value:
                painter.fillRect(QRectF(left + slot * 0.15, bottom - bar, slot * 0.7, bar), colour)
                painter.setFont(number_font)
                painter.setPen(TEXT)
                painter.drawText(
                    QRectF(left - 4, bottom - bar - number_px - 6, slot + 8, number_px + 4),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(value),
                )
            if i % self._label_every == 0:
                painter.setFont(label_font)
                painter.setPen(SOFT)
                painter.drawText(
                    QRectF(left - slot, bottom + 2, slot * 3, bottom_space - 2),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    name,
                )
        painter.end()
