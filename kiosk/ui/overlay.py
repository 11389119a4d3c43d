"""A card over the screens, inside the kiosk's window (never an OS dialog).

It covers the whole of the widget it is put on (the stack of screens), dims what is under
it and takes every tap, so nothing underneath can be hit while it shows.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

DIM = QColor(0, 0, 0, 140)
CARD_WIDTH = 640


class Overlay(QWidget):
    def __init__(self, over: QWidget, object_name: str) -> None:
        super().__init__(over)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.card.setObjectName(f"{object_name}-card")
        self.card.setMaximumWidth(CARD_WIDTH)
        self.content = QVBoxLayout(self.card)
        self.content.setContentsMargins(36, 30, 36, 30)
        self.content.setSpacing(22)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        over.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._cover()
        return False

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def appear(self) -> None:
        self._cover()
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), DIM)
