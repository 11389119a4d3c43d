"""A screen's top row: its heading on the left, its buttons on the right, on as many lines as
the width needs.

When the heading and every button fit side by side they share one line. Otherwise the heading
keeps the first line to itself and the buttons go below it, as many to a line as fit, each
line's buttons to the right. A button is never narrower than its size hint (its whole text and
padding), unless it alone is wider than the row. The row's height follows from its width
(heightForWidth), so the screen gives it the room its lines need: a long date, large type or a
longer translation takes a second line instead of squeezing the buttons below their text.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class WrappingRow(QLayout):
    def __init__(self, heading: QWidget, buttons: list[QWidget], spacing: int = 10) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)
        self.addWidget(heading)
        for button in buttons:
            self.addWidget(button)

    # QLayout's item list
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    # sizes
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        return QSize(width, max((i.sizeHint().height() for i in shown), default=0))

    def minimumSize(self) -> QSize:
        """As narrow as the widest of its parts: then each is on a line of its own."""
        shown = self._shown()
        width = max((self._width(i, 1_000_000) for i in shown), default=0)
        return QSize(width, self.heightForWidth(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def lines(self, width: int) -> list[list[QWidget]]:
        """The widgets on each line at `width` (for tests and screenshots' sake)."""
        return [[w for i in line if (w := i.widget()) is not None] for line in self._lines(width)]

    # placing
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    @staticmethod
    def _width(item: QLayoutItem, room: int) -> int:
        return min(max(item.sizeHint().width(), item.minimumSize().width()), room)

    def _lines(self, room: int) -> list[list[QLayoutItem]]:
        shown = self._shown()
        if not shown:
            return []
        heading, buttons = shown[0], shown[1:]
        gap = self.spacing()
        together = sum(self._width(i, room) for i in shown) + gap * (len(shown) - 1)
        if together <= room:
            return [shown]
        lines: list[list[QLayoutItem]] = [[heading]]
        used = room + 1  # the first button starts a new line
        for button in buttons:
            width = self._width(button, room)
            if used + gap + width > room:
                lines.append([button])
                used = width
            else:
                lines[-1].append(button)
                used += gap + width
        return lines

    def _arrange(self, rect: QRect, apply: bool) -> int:
        room = max(0, rect.width())
        gap = self.spacing()
        y = rect.y()
        for number, line in enumerate(self._lines(room)):
            height = max(i.sizeHint().height() for i in line)
            if apply:
                widths = [self._width(i, room) for i in line]
                buttons = line[1:] if number == 0 and line[0] is self._shown()[0] else line
                right = rect.x() + room
                x = right - sum(self._width(i, room) for i in buttons) - gap * (len(buttons) - 1)
                for item, width in zip(line, widths, strict=True):
                    if item not in buttons:  # the heading, on the left
                        size = QSize(min(room, max(width, room - self._buttons_width(buttons))),
                                     height)
                        item.setGeometry(QRect(QPoint(rect.x(), y), size))
                        continue
                    top = y + (height - item.sizeHint().height()) // 2
                    item.setGeometry(QRect(x, top, width, item.sizeHint().height()))
                    x += width + gap
            y += height + gap
        return max(0, y - gap - rect.y())

    def _buttons_width(self, buttons: list[QLayoutItem]) -> int:
        if not buttons:
            return 0
        return sum(self._width(i, 1_000_000) for i in buttons) + self.spacing() * len(buttons)
