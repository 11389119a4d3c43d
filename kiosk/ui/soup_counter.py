"""The soup counter: scan a meal ticket (or type its number) and see at once if it is good.

USB scanners type the code followed by Enter, so the input field takes both. Each ticket is
accepted once; every refusal says why in plain words and stores nothing.
"""

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.core.meal_ticket import MealTicket, Refusal, TicketRefused
from kiosk.ui.arrival_text import arrival_text, write_in
from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating

MAX_SCAN = 200  # longer input is junk from a scanner, not a ticket
VERDICT_MIN_HEIGHT = 180
KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK")


class SoupCounterScreen(Retranslating, QWidget):
    back = Signal()

    def __init__(
        self,
        redeem: Callable[[str], MealTicket],
        meals_today: Callable[[], int],
        local_time: Callable[[datetime], datetime],
        parent: QWidget | None = None,
        *,
        ticket_language: Callable[[date, int], str | None] | None = None,
    ) -> None:
        """`ticket_language(day, serial)` is the holder's language, when still known."""
        super().__init__(parent)
        self.setObjectName("screen")
        self._redeem = redeem
        self._meals_today = meals_today
        self._local_time = local_time
        self._ticket_language = ticket_language
        self._last: tuple[MealTicket | None, TicketRefused | None] | None = None
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setProperty("role", "subtitle")
        self.input = QLineEdit()
        self.input.setObjectName("ticket-input")
        self.input.setMaxLength(MAX_SCAN)
        self.input.setMinimumHeight(64)
        self.input.returnPressed.connect(self.submit)
        self.verdict = QLabel()
        self.verdict.setObjectName("ticket-verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setMinimumHeight(VERDICT_MIN_HEIGHT)
        self.holder_line = QLabel()  # the verdict for the ticket's holder, in their language
        self.holder_line.setObjectName("ticket-holder-line")
        self.holder_line.setProperty("role", "title")
        self.holder_line.setWordWrap(True)
        self.holder_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.holder_line.hide()
        self.served = QLabel()
        self.served.setObjectName("meals-served")
        self.served.setProperty("role", "hint")
        self.back_button = ActionButton("soup-back", "secondary")
        self.back_button.clicked.connect(self.back)
        pad = QGridLayout()
        pad.setSpacing(10)
        self.keys: dict[str, ActionButton] = {}
        for index, key in enumerate(KEYS):
            button = ActionButton(
                f"key-{key}", "primary" if key == "OK" else "secondary", min_height=88
            )
            button.setText(key)
            button.setAccessibleName({"⌫": "Delete", "OK": "OK"}.get(key, key))
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            pad.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.hint)
        left.addSpacing(16)
        left.addWidget(self.input)
        left.addSpacing(16)
        left.addWidget(self.verdict, 1)
        left.addWidget(self.holder_line)
        left.addWidget(self.served)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        left.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(40)
        keypad = QVBoxLayout()
        keypad.addStretch(1)
        keypad.addLayout(pad)
        keypad.addStretch(1)
        layout.addLayout(left, 3)
        layout.addLayout(keypad, 2)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.input.setFocus()
        self._show_served()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Soup counter"))
        self.hint.setText(self.tr("Scan a meal ticket, or type its number and tap OK."))
        self.input.setPlaceholderText(self.tr("Ticket code or number"))
        self.input.setAccessibleName(self.tr("Ticket code or number"))
        self.back_button.setText("‹  " + self.tr("Back"))
        if self._last is not None:
            self._show(*self._last)
        self._show_served()

    def _press(self, key: str) -> None:
        if key == "OK":
            self.submit()
        elif key == "⌫":
            self.input.backspace()
        else:
            self.input.insert(key)
        self.input.setFocus()

    def submit(self) -> None:
        text = self.input.text()
        self.input.clear()
        if not text.strip():
            return
        try:
            ticket = self._redeem(text)
        except TicketRefused as refused:
            self._last = (None, refused)
        else:
            self._last = (ticket, None)
        self._show(*self._last)
        self._show_served()

    def reason(self, refused: TicketRefused) -> str:
        reasons = {
            Refusal.UNREADABLE: self.tr("This is not a meal ticket, or the code is damaged."),
            Refusal.FORGED: self.tr("This ticket was not made by this desk."),
            Refusal.OTHER_SITE: self.tr("This ticket belongs to another site."),
            Refusal.OTHER_DAY: self.tr("This ticket was for another day."),
            Refusal.NOT_ISSUED: self.tr("No ticket with this number was handed out today."),
            Refusal.ALREADY_USED: self.tr("This ticket was already used."),
            Refusal.VOIDED: self.tr("This ticket's registration was voided."),
        }
        text = reasons[refused.refusal]
        if refused.used_at is not None:
            used = self._local_time(refused.used_at)
            text += " " + self.tr("Used at %1.").replace("%1", used.strftime("%H:%M"))
        return text

    def _show(self, ticket: MealTicket | None, refused: TicketRefused | None) -> None:
        if ticket is not None:
            self.verdict.setProperty("verdict", "accepted")
            self.verdict.setText("✓ " + self.tr("Accepted: ticket %1").replace("%1", ticket.label))
        elif refused is not None:
            self.verdict.setProperty("verdict", "refused")
            self.verdict.setText("✗ " + self.tr("Refused") + "\n" + self.reason(refused))
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self._fit_verdict()
        self._show_holder_line(ticket, refused)

    def _fit_verdict(self) -> None:
        """Tall enough for every wrapped line of the verdict: the box layout gives a wrapping
        label only its size hint, so a long reason ("already used, at 19:04") was cut off."""
        needed = self.verdict.heightForWidth(self.verdict.width())
        self.verdict.setMinimumHeight(max(VERDICT_MIN_HEIGHT, needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_verdict()

    def _show_holder_line(self, ticket: MealTicket | None, refused: TicketRefused | None) -> None:
        language: str | None = None
        key = "ticket_accepted"
        if ticket is not None:
            where: tuple[date | None, int | None] = (ticket.day, ticket.serial)
        elif refused is not None:
            where, key = (refused.day, refused.serial), "ticket_refused"
        else:
            where = (None, None)
        day, serial = where
        if self._ticket_language is not None and day is not None and serial is not None:
            language = self._ticket_language(day, serial)
        write_in(self.holder_line, language)
        self.holder_line.setText(arrival_text(language, key))
        self.holder_line.setVisible(language is not None)

    def _show_served(self) -> None:
        self.served.setText(
            self.tr("Meals served today: %1").replace("%1", str(self._meals_today()))
        )
