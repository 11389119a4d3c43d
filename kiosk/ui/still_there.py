"""Before an idle registration is cleared: "Still there?", a countdown and Continue.

Any tap continues (the idle watch sees it); at zero the draft is discarded as before.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.buttons import ActionButton
from kiosk.ui.overlay import Overlay
from kiosk.ui.retranslating import Retranslating

CONTINUE_HEIGHT = 96
CARD_MIN_WIDTH = 460


class StillThere(Retranslating, Overlay):
    continue_tapped = Signal()

    def __init__(self, over: QWidget) -> None:
        super().__init__(over, "still-there")
        self._seconds = 0
        self.heading = QLabel()
        self.heading.setObjectName("still-there-heading")
        self.heading.setProperty("role", "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setObjectName("still-there-countdown")
        self.countdown.setProperty("role", "figure")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card.setMinimumWidth(CARD_MIN_WIDTH)
        self.continue_button = ActionButton(
            "still-there-continue", "primary", min_height=CONTINUE_HEIGHT
        )
        self.continue_button.clicked.connect(self.continue_tapped)
        self.content.addWidget(self.heading)
        self.content.addWidget(self.countdown)
        self.content.addWidget(self.explanation)
        self.content.addWidget(self.continue_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Still there?"))
        self.continue_button.setText(self.tr("Continue"))
        self.explanation.setText(self.tr("At zero, this registration is cleared."))
        self.show_seconds(self._seconds)

    def show_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(str(seconds))
