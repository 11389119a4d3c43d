"""Registered: the number of the day, called out to the arrival, in very large type.

Below it the volunteer can print the sheet and tickets again, or undo the registration
(a mistake seen at once): Undo asks once, in place, with "Keep it" where Undo was, so a
double tap on Undo keeps the party.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.registration import Receipt
from kiosk.ui.arrival_text import arrival_text, write_in
from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating


class DoneScreen(Retranslating, QWidget):
    next_arrival = Signal()
    print_again = Signal()  # the sheet and the same meal tickets, once more
    undo = Signal()  # confirmed: void the party just registered
    lingering = Signal()  # the volunteer is busy here: keep the screen a while longer

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
        self.action_row = self._action_row()
        self.undo_confirm = self._undo_confirm()
        self.notice = QLabel()
        self.notice.setObjectName("done-notice")
        self.notice.setProperty("role", "hint")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addWidget(self.your_number)
        layout.addWidget(self.number)
        layout.addWidget(self.wait_called)
        layout.addSpacing(8)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addWidget(self.action_row)
        layout.addWidget(self.undo_confirm)
        layout.addSpacing(12)  # a finger's gap between Undo and Next arrival
        layout.addLayout(button_row)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._even_widths()  # now in the window's stylesheet (bold primary text is wider)

    def _even_widths(self) -> None:
        """One width for the four buttons: "Keep it" then sits exactly where Undo was."""
        buttons = (self.print_button, self.undo_button, self.undo_yes, self.undo_no)
        for button in buttons:
            button.ensurePolished()
            button.setMinimumWidth(0)
        widest = max(button.sizeHint().width() for button in buttons)
        for button in buttons:
            button.setMinimumWidth(widest)

    def _action_row(self) -> QWidget:
        """Print again and Undo, side by side above Next arrival (never where the confirm
        screen's Register was)."""
        self.print_button = ActionButton("done-print-again", "secondary", min_height=64)
        self.undo_button = ActionButton("done-undo", "secondary", min_height=64)
        self.print_button.clicked.connect(self._print_again)
        self.undo_button.clicked.connect(self._ask_undo)
        row = QWidget()
        row.setObjectName("done-actions")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(24)
        line.addStretch(1)
        line.addWidget(self.print_button)
        line.addWidget(self.undo_button)
        line.addStretch(1)
        return row

    def _undo_confirm(self) -> QFrame:
        """Asked once: "Keep it" sits where Undo was, "Undo registration" where Print was."""
        frame = QFrame()
        frame.setObjectName("done-undo-confirm")
        frame.setProperty("role", "card")
        self.undo_question = QLabel()
        self.undo_question.setObjectName("done-undo-question")
        self.undo_question.setWordWrap(True)
        self.undo_question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.undo_yes = ActionButton("done-undo-yes", "primary", min_height=64)
        self.undo_no = ActionButton("done-undo-no", "secondary", min_height=64)
        self.undo_yes.clicked.connect(self._confirm_undo)
        self.undo_no.clicked.connect(self._keep)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_yes)
        buttons.addWidget(self.undo_no)
        buttons.addStretch(1)
        lines = QVBoxLayout(frame)
        lines.setContentsMargins(18, 10, 18, 12)
        lines.addWidget(self.undo_question)
        lines.addLayout(buttons)
        frame.hide()
        return frame

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Number of the day"))
        self.next_button.setText(self.tr("Next arrival") + "  ›")
        self.print_button.setText(self.tr("Print again"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_yes.setText(self.tr("Undo registration"))
        self.undo_no.setText(self.tr("Keep it"))
        self._even_widths()
        self._show_question()
        if self._receipt is not None:
            self.show_receipt(self._receipt, self._language)

    def show_receipt(self, receipt: Receipt | None, language: str | None = None) -> None:
        """The number of the day; `language` is the arrival's (the party's sheet language)."""
        self._receipt = receipt
        self._language = language if receipt is not None else None
        self.undo_confirm.hide()
        self.detail.show()
        self.action_row.setVisible(receipt is not None)
        self.notice.hide()
        self._show_question()
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

    # -- print again and undo -------------------------------------------------------------

    def _print_again(self) -> None:
        self.lingering.emit()
        self.print_again.emit()

    def _ask_undo(self) -> None:
        self.lingering.emit()
        self.notice.hide()
        self.action_row.hide()
        self.detail.hide()  # room for the question on a small screen
        self.undo_confirm.show()

    def _keep(self) -> None:
        self.lingering.emit()
        self.undo_confirm.hide()
        self.detail.show()
        self.action_row.show()

    def _confirm_undo(self) -> None:
        self.undo_confirm.hide()
        self.detail.show()
        self.action_row.show()
        self.undo.emit()

    def _show_question(self) -> None:
        number = self._receipt.label if self._receipt is not None else ""
        self.undo_question.setText(
            self.tr("Undo registration %1? It will not be counted.").replace("%1", number)
        )

    def show_notice(self, text: str, problem: bool = False) -> None:
        """How Print again or Undo went: ✓ queued, or ⚠ why not."""
        self.notice.setText(("⚠  " if problem else "✓ ") + text)
        self.notice.show()

    def show_printing_again(self) -> None:
        self.show_notice(self.tr("The sheet and meal tickets are printed again."))
