"""The soup counter's verdict over the whole screen: green with a tick, or red with a cross.

Colour is never the only sign: a tick in a circle (accepted) or a thick cross (refused) is
drawn with QPainter, and the words say it too. A short sound goes with it: QtMultimedia's
QSoundEffect with the WAV files in resources/sounds when PySide6 has QtMultimedia (the
Addons wheel), else the system bell.
"""

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.paths import resources_dir
from kiosk.ui.stylesheet import CALM

ACCEPTED_COLOUR = CALM.green  # white on it: 5.4:1
REFUSED_COLOUR = CALM.red  # white on it: 8.9:1

Sound = Callable[[bool], None]  # play the sound of an accepted (True) or refused verdict


class VerdictShape(QWidget):
    """A tick in a ring, or a thick cross: the verdict without colour or words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accepted = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(96, 96)

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 8
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("white"), max(6.0, side * 0.09))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        x, y, s = box.x(), box.y(), side
        if self.accepted:
            inset = pen.widthF() / 2
            painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
            tick = QPainterPath(QPointF(x + s * 0.27, y + s * 0.52))
            tick.lineTo(QPointF(x + s * 0.44, y + s * 0.69))
            tick.lineTo(QPointF(x + s * 0.74, y + s * 0.34))
            painter.drawPath(tick)
        else:
            pen.setWidthF(max(8.0, side * 0.14))
            painter.setPen(pen)
            near, far = s * 0.18, s * 0.82
            painter.drawLine(QPointF(x + near, y + near), QPointF(x + far, y + far))
            painter.drawLine(QPointF(x + far, y + near), QPointF(x + near, y + far))
        painter.end()


class VerdictFlash(QWidget):
    """Covers its parent entirely (no layout moves); a tap puts it away early."""

    tapped = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("verdict-flash")
        self.accepted = True
        self.shape = VerdictShape()
        self.headline = QLabel()
        self.headline.setObjectName("verdict-headline")
        self.number = QLabel()  # the party's number of the day
        self.number.setObjectName("verdict-number")
        self.detail = QLabel()  # the ticket and the meal count, or why it was refused
        self.detail.setObjectName("verdict-detail")
        self.holder = QLabel()  # the verdict in the holder's language, when known
        self.holder.setObjectName("verdict-holder")
        for label in (self.headline, self.number, self.detail, self.holder):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        # Its own sheet: it wins over the window's for these widgets (white on green/red).
        self.setStyleSheet(
            "QLabel { color: white; background: transparent; border: none; }"
            "QLabel#verdict-headline { font-size: 56px; font-weight: bold; }"
            "QLabel#verdict-number { font-size: 96px; font-weight: bold; }"
            "QLabel#verdict-detail { font-size: 30px; }"
            "QLabel#verdict-holder { font-size: 32px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(12)
        layout.addWidget(self.shape, 3)
        layout.addWidget(self.headline)
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        layout.addWidget(self.holder)
        layout.addStretch(1)
        self.hide()

    def show_verdict(self, accepted: bool) -> None:
        self.accepted = accepted
        self.shape.accepted = accepted
        self.setAccessibleName(self.headline.text())
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(ACCEPTED_COLOUR if self.accepted else REFUSED_COLOUR))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()
        event.accept()


def sounds_dir() -> Any:
    return resources_dir() / "sounds"


class Chime:
    """Plays accepted.wav or refused.wav; the system bell when QtMultimedia is missing."""

    def __init__(self) -> None:
        self._effects: dict[bool, Any] = {}
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except ImportError:  # PySide6-Essentials has no QtMultimedia
            return
        for accepted, name in ((True, "accepted.wav"), (False, "refused.wav")):
            path = sounds_dir() / name
            if path.is_file():
                effect = multimedia.QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[accepted] = effect

    def __call__(self, accepted: bool) -> None:
        effect = self._effects.get(accepted)
        if effect is not None:
            effect.play()
        else:
            QApplication.beep()
