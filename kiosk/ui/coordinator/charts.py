"""Charts painted with QPainter, with every number written beside its bar.

A coordinator reads them at a glance on the touchscreen: no axes to decode, the number
is always there, and the same numbers are in the accessible description.

Their colours and type size come from the kiosk's style sheet (kiosk.ui.stylesheet sets
the `qproperty-*` of `QWidget[role="chart"]`), so high contrast and large text reach the
charts as they reach every other widget.
"""

import math

from PySide6.QtCore import Property, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.stylesheet import BLUE, BLUE_DARK, INK, LINE, MUTED


class Chart(QWidget):
    """What both charts share: their colours and type scale, set by the style sheet."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "chart")
        self._colours = {
            "bar": QColor(BLUE), "bar_now": QColor(BLUE_DARK), "text": QColor(INK),
            "soft": QColor(MUTED), "grid": QColor(LINE),
        }
        self._text_scale = 1.0

    def _colour(self, name: str) -> QColor:
        return self._colours[name]

    def _set_colour(self, name: str, colour: QColor) -> None:
        self._colours[name] = QColor(colour)
        self.update()

    def _get_text_scale(self) -> float:
        return self._text_scale

    def _set_text_scale(self, scale: float) -> None:
        self._text_scale = scale
        self.rescaled()
        self.updateGeometry()
        self.update()

    def rescaled(self) -> None:
        """The type scale changed: sizes that follow the type follow it here."""

    barColor = Property(
        QColor, lambda self: self._colour("bar"), lambda self, c: self._set_colour("bar", c)
    )
    barNowColor = Property(
        QColor, lambda self: self._colour("bar_now"),
        lambda self, c: self._set_colour("bar_now", c),
    )
    textColor = Property(
        QColor, lambda self: self._colour("text"), lambda self, c: self._set_colour("text", c)
    )
    softColor = Property(
        QColor, lambda self: self._colour("soft"), lambda self, c: self._set_colour("soft", c)
    )
    gridColor = Property(
        QColor, lambda self: self._colour("grid"), lambda self, c: self._set_colour("grid", c)
    )
    textScale = Property(float, _get_text_scale, _set_text_scale)

    def scaled(self, pixels: float) -> int:
        """`pixels` of type (or of the room type needs) times the large-text scale."""
        return round(pixels * self._text_scale)

    def font_of(self, pixels: int, bold: bool = False) -> QFont:
        """The widget's font at `pixels` (times the large-text scale)."""
        font = QFont(self.font())
        font.setPixelSize(self.scaled(pixels))
        font.setBold(bold)
        return font


class BarChart(Chart):
    """Horizontal bars, largest first: the name on the left, the number at the bar's end."""

    ROW = 30

    def __init__(self, object_name: str, parent: QWidget | None = None, rows: int = 8) -> None:
        super().__init__(object_name, parent)
        self._rows: list[tuple[str, int]] = []
        self._limit = rows
        self._empty = ""
        self.rescaled()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def rescaled(self) -> None:
        self.setMinimumHeight(self.scaled(self.ROW * 3))

    def set_rows(self, rows: list[tuple[str, int]], empty_text: str = "") -> None:
        self._rows = rows[: self._limit]
        self._empty = empty_text
        self.setAccessibleDescription("; ".join(f"{name}: {n}" for name, n in self._rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(360, self.scaled(self.ROW * max(3, self._limit)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        if not self._rows:
            painter.setFont(self.font_of(17))
            painter.setPen(self._colour("soft"))
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self._empty)
            painter.end()
            return
        label_font, number_font = self.font_of(17), self.font_of(17, bold=True)
        painter.setFont(label_font)
        labels = painter.fontMetrics()
        painter.setFont(number_font)
        numbers = painter.fontMetrics()
        widest = max(labels.horizontalAdvance(name) for name, _ in self._rows)
        label_width = min(width * 0.45, widest + 14.0)
        number_width = max(numbers.horizontalAdvance(str(v)) for _, v in self._rows) + 10
        bar_space = max(10.0, width - label_width - number_width)
        largest = max(1, max(v for _, v in self._rows))
        row = min(float(self.scaled(self.ROW)), height / len(self._rows))
        for i, (name, value) in enumerate(self._rows):
            top = i * row
            painter.setFont(label_font)
            painter.setPen(self._colour("text"))
            shown = labels.elidedText(name, Qt.TextElideMode.ElideRight, int(label_width - 10))
            painter.drawText(
                QRectF(0, top, label_width - 10, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                shown,
            )
            length = bar_space * value / largest
            bar = QRectF(label_width, top + row * 0.18, max(2.0, length), row * 0.64)
            painter.fillRect(bar, self._colour("bar"))
            painter.setFont(number_font)
            painter.drawText(
                QRectF(label_width + length + 6, top, number_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(value),
            )
        painter.end()


class ColumnChart(Chart):
    """A column per hour or per day, its number on top; the last column can stand out."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, parent)
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

    def labels(self) -> list[tuple[str, QRectF]]:
        """The labels under the columns ("3 Nov", "14") and where they are drawn: every so
        many columns as asked, less often when they would touch, counted back from the last
        column (today, this hour), which always has one; each under its column but inside
        the chart, left out where it would touch the one after it."""
        if not self._columns:
            return []
        width, height = float(self.width()), float(self.height())
        slot = width / len(self._columns)
        metrics = QFontMetrics(self.font_of(14))
        bottom_space = self.scaled(24)
        widest = max(metrics.horizontalAdvance(name) for name, _ in self._columns)
        every = max(self._label_every, math.ceil((widest + 10) / max(slot, 1.0)))
        placed: list[tuple[str, QRectF]] = []
        room_right = width
        for i in range(len(self._columns) - 1, -1, -1):
            if (len(self._columns) - 1 - i) % every:
                continue
            name = self._columns[i][0]
            span = metrics.horizontalAdvance(name) + 2.0
            x = min(max(0.0, i * slot + slot / 2 - span / 2), width - span)
            if x + span > room_right:
                continue
            placed.append((name, QRectF(x, height - bottom_space + 2, span, bottom_space - 2)))
            room_right = x - 8
        return placed[::-1]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        if not self._columns or not any(v for _, v in self._columns):
            painter.setFont(self.font_of(17))
            painter.setPen(self._colour("soft"))
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self._empty)
            if not self._columns:
                painter.end()
                return
        slot = width / len(self._columns)
        number_size = max(10, min(16, int(slot * 0.55)))
        number_font, label_font = self.font_of(number_size, bold=True), self.font_of(14)
        number_px = self.scaled(number_size)
        top_space, bottom_space = number_px + 8, self.scaled(24)
        plot = height - top_space - bottom_space
        largest = max(1, max(v for _, v in self._columns))
        painter.setPen(self._colour("grid"))
        painter.drawLine(0, int(height - bottom_space), width, int(height - bottom_space))
        for i, (_, value) in enumerate(self._columns):
            left = i * slot
            bar = plot * value / largest
            now = self._highlight_last and i == len(self._columns) - 1
            colour = self._colour("bar_now" if now else "bar")
            bottom = height - bottom_space
            if value:
                column = QRectF(left + slot * 0.15, bottom - bar, slot * 0.7, bar)
                painter.fillRect(column, colour)
                if now:  # not by colour alone: today's (or this hour's) column is outlined
                    painter.setPen(QPen(self._colour("text"), 2))
                    painter.drawRect(column.adjusted(-1, -1, 1, 0))
                painter.setFont(number_font)
                painter.setPen(self._colour("text"))
                painter.drawText(
                    QRectF(left - 4, bottom - bar - number_px - 6, slot + 8, number_px + 4),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(value),
                )
        painter.setFont(label_font)
        painter.setPen(self._colour("soft"))
        for name, place in self.labels():
            painter.drawText(place, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.end()
