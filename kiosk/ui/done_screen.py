"""Registered: the number of the day, called out to the arrival, in very large type."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.registration import Receipt
from kiosk.ui.arrival_text import arrival_text, write_in
from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating


class DoneScreen(Retranslating, QWidget):
    next_arrival = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._receipt: Receipt | None = None
        self._language: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("done-heading")
        self.heading.setProperty("role", "title")
        # What the arrival reads, in the arrival's language: above and below the number.
        self.your_number = QLabel()
        self.your_number.setObjectName("done-your-number")
        self.your_number.setProperty("role", "title")
        self.number = QLabel()
        self.number.setObjectName("number-of-the-day")
        self.wait_called = QLabel()
        self.wait_called.setObjectName("done-wait-called")
        self.wait_called.setProperty("role", "title")
        self.wait_called.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("done-detail")
        self.detail.setProperty("role", "subtitle")
        labels = (self.heading, self.your_number, self.number, self.wait_called, self.detail)
        for label in labels:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = ActionButton("next-arrival", "primary", min_height=96)
        self.next_button.setMinimumWidth(420)
        self.next_button.clicked.connect(self.next_arrival)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.next_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 48, 40, 56)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addSpacing(24)
        layout.addWidget(self.your_number)
        layout.addWidget(self.number)
        layout.addWidget(self.wait_called)
        layout.addSpacing(16)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addLayout(button_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Number of the day"))
        self.next_button.setText(self.tr("Next arrival") + "  ›")
        if self._receipt is not None:
            self.show_receipt(self._receipt, self._language)

    def show_receipt(self, receipt: Receipt | None, language: str | None = None) -> None:
        """The number of the day; `language` is the arrival's (the party's sheet language)."""
        self._receipt = receipt
        self._language = language if receipt is not None else None
        for label in (self.your_number, self.wait_called):
            write_in(label, self._language)
        self.your_number.setText(arrival_text(self._language, "your_number"))
        self.wait_called.setText(arrival_text(self._language, "wait_called"))
        if receipt is None:
            self.number.clear()
            self.detail.clear()
            return
        self.number.setText(receipt.label)
        self.detail.setText(self.tr("People registered: %1").replace("%1", str(receipt.people)))
