""""Choose your language", in each of the sixteen languages in turn, above the language tiles.

An arrival who cannot read the volunteer's language still sees, within a few seconds, the
invitation in their own script and reading direction. The texts are the sheets' screen texts
("choose_language"), like every other line an arrival reads on screen.
"""

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.core.languages import LANGUAGES
from kiosk.ui.arrival_text import arrival_text, write_in

INTERVAL_MS = 2500  # long enough to read three words, short enough that all 16 pass in 40 s


class Invitation(QLabel):
    """One language at a time; it turns only while it is on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choose-language")
        self.setProperty("role", "invitation")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)  # in the middle, whichever the direction
        self.codes = [language.code for language in LANGUAGES]
        self.index = 0
        self._height_known = False  # measured on the first show, again when the look changes
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.turn)
        self.show_language(self.codes[0])

    def show_language(self, code: str) -> None:
        """Say it in `code`, in that script's font and reading direction."""
        self.index = self.codes.index(code)
        write_in(self, code, own_hand=False)
        text = arrival_text(code, "choose_language")
        self.setText(text)
        self.setAccessibleName(text)

    def turn(self) -> None:
        self.show_language(self.codes[(self.index + 1) % len(self.codes)])

    def turning(self) -> bool:
        return self._timer.isActive()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._height_known:  # not on every return to Start: 16 fonts to measure
            self._keep_height()
        self._timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # high contrast or large text set
            self._height_known = False
            if self.isVisible():
                self._keep_height()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _keep_height(self) -> None:
        """As tall as the tallest script needs, so the tiles below never move as it turns."""
        showing = self.codes[self.index]
        tallest = 0
        for code in self.codes:
            write_in(self, code, own_hand=False)
            self.ensurePolished()
            tallest = max(tallest, self.fontMetrics().height())
        write_in(self, showing, own_hand=False)
        margins = self.contentsMargins()
        self.setFixedHeight(tallest + margins.top() + margins.bottom() + 4)
        self._height_known = True
