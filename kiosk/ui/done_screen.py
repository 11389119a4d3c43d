"""Registered: the number of the day, called out to the arrival, in very large type."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.registration import Receipt
from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating


class DoneScreen(Retranslating, QWidget):
    next_arrival = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._receipt: Receipt | None = None
        self.heading = QLabel()
        self.heading.setObjectName("done-heading")
        self.heading.setProperty("role", "title")
        self.number = QLabel()
        self.number.setObjectName("number-of-the-day")
        self.detail = QLabel()
        self.detail.setObjectName("done-detail")
        self.detail.setProperty("role", "subtitle")
        for label in (self.heading, self.number, self.detail):
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
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addLayout(button_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Number of the day"))
        self.next_button.setText(self.tr("Next arrival") + "  ›")
        if self._receipt is not None:
            self.show_receipt(self._receipt)

    def show_receipt(self, receipt: Receipt | None) -> None:
        self._receipt = receipt
        if receipt is None:
            self.number.clear()
            self.detail.clear()
            return
        self.number.setText(receipt.label)
        self.detail.setText(self.tr("People registered: %1").replace("%1", str(receipt.people)))
