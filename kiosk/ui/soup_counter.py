"""The soup counter: scan a meal ticket (or type its number and check code) and see at once
if it is good.

A typed ticket is its serial and the check code printed beside it (`17‑K7R`): the keypad has
the digits and, below them, the letters of the check codes (no look-alikes, see
kiosk.core.meal_ticket). A number alone, or a wrong code, is refused with the reason.

USB scanners type the code followed by Enter, so the input field takes both. Each ticket is
accepted once; every refusal says why in plain words and stores nothing. The verdict flashes
over the whole screen (green with a tick, red with a cross) with the party's number and a
sound, and after about 4 s the counter is ready for the next ticket again. A scan that
arrives on another screen is caught by kiosk.ui.scan_catcher and brought here (`take_scan`).
"""

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.core.meal_ticket import CHECK_ALPHABET, MealTicket, Refusal, TicketRefused
from kiosk.ui.arrival_text import arrival_text, write_in
from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.touch import MIN_TARGET
from kiosk.ui.verdict_flash import Chime, Sound, VerdictFlash

MAX_SCAN = 200  # longer input is junk from a scanner, not a ticket
VERDICT_MIN_HEIGHT = 180
READY_AFTER_MS = 4_000  # how long a verdict stays before "ready" comes back
KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK")
LETTERS = tuple(key for key in CHECK_ALPHABET if key.isalpha())  # the check codes' letters
LETTER_COLUMNS = 6
KEY_HEIGHT = 72  # seven rows of keys fit the smallest screen


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
        party_number: Callable[[date, int], int | None] | None = None,
        sound: Sound | None = None,
        ready_timer: QTimer | None = None,
    ) -> None:
        """`ticket_language(day, serial)` is the holder's language, when still known;
        `party_number(day, serial)` the number of the day of the ticket's party. `sound` plays
        a verdict (default: Chime); `ready_timer` (single shot, for tests) puts it away."""
        super().__init__(parent)
        self.setObjectName("screen")
        self._redeem = redeem
        self._meals_today = meals_today
        self._local_time = local_time
        self._ticket_language = ticket_language
        self._party_number = party_number
        self._sound: Sound = sound if sound is not None else Chime()
        self._last: tuple[MealTicket | None, TicketRefused | None] | None = None
        self._holder_language: str | None = None
        self.scans = 0  # verdicts given since the counter was built
        self.ready_timer = ready_timer if ready_timer is not None else QTimer(self)
        self.ready_timer.setSingleShot(True)
        if ready_timer is None:
            self.ready_timer.setInterval(READY_AFTER_MS)
        self.ready_timer.timeout.connect(self.ready)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setProperty("role", "subtitle")
        self.hint.setWordWrap(True)
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
                f"key-{key}", "primary" if key == "OK" else "secondary", min_height=KEY_HEIGHT
            )
            button.setText(key)
            button.setAccessibleName({"⌫": "Delete", "OK": "OK"}.get(key, key))
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            pad.addWidget(button, index // 3, 2 * (index % 3), 1, 2)
            self.keys[key] = button
        letters = len(KEYS) // 3
        for index, key in enumerate(LETTERS):
            button = ActionButton(f"key-{key}", "secondary", min_height=MIN_TARGET)
            button.setMinimumHeight(KEY_HEIGHT)  # as tall as the digits, narrower
            button.setText(key)
            button.setAccessibleName(key)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            pad.addWidget(button, letters + index // LETTER_COLUMNS, index % LETTER_COLUMNS)
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
        self.flash = VerdictFlash(self)  # over everything, in no layout
        self.flash.tapped.connect(self.ready)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.input.setFocus()
        self._show_served()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Soup counter"))
        self.hint.setText(
            self.tr("Scan a meal ticket, or type its number and check code (e.g. 17‑K7R) and "
                    "tap OK.")
        )
        self.input.setPlaceholderText(self.tr("Ticket code, or number and check code"))
        self.input.setAccessibleName(self.tr("Ticket code, or number and check code"))
        self.back_button.setText("‹  " + self.tr("Back"))
        if self._last is not None:
            self._show(*self._last)
        if self._last is None or not self.flash.isVisible():
            self._show_ready()
        self._show_served()

    def _press(self, key: str) -> None:
        if key == "OK":
            self.submit()
        elif key == "⌫":
            self.input.backspace()
        else:
            self.input.insert(key)
        self.input.setFocus()

    def take_scan(self, code: str) -> None:
        """A code the scanner typed while another screen was shown."""
        self.input.setText(code[:MAX_SCAN])
        self.submit()

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
        self.scans += 1
        self._show(*self._last)
        self._show_served()
        self._flash(*self._last)

    def ready(self) -> None:
        """The verdict goes away: ready for the next ticket."""
        self.ready_timer.stop()
        self.flash.hide()
        self._show_ready()
        self.input.setFocus()

    def _show_ready(self) -> None:
        self.verdict.setProperty("verdict", "ready")
        self.verdict.setText(self.tr("Ready: scan the next ticket."))
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.holder_line.hide()

    def _number_of(self, day: date | None, serial: int | None) -> int | None:
        if self._party_number is None or day is None or serial is None:
            return None
        return self._party_number(day, serial)

    def _flash(self, ticket: MealTicket | None, refused: TicketRefused | None) -> None:
        flash = self.flash
        if ticket is not None:
            number = self._number_of(ticket.day, ticket.serial)
            flash.headline.setText(self.tr("Accepted"))
            flash.detail.setText(
                self.tr("Ticket %1 · meal %2 today")
                .replace("%1", ticket.label)
                .replace("%2", str(self._meals_today()))
            )
        else:
            assert refused is not None
            number = self._number_of(refused.day, refused.serial)
            flash.headline.setText(self.tr("Refused"))
            flash.detail.setText(self.reason(refused))
        flash.number.setText(
            self.tr("Number %1").replace("%1", f"{number:03d}") if number is not None else ""
        )
        flash.number.setVisible(number is not None)
        write_in(flash.holder, self._holder_language)
        flash.holder.setText(self.holder_line.text())
        flash.holder.setVisible(not self.holder_line.isHidden())
        flash.show_verdict(ticket is not None)
        self._sound(ticket is not None)
        self.ready_timer.start()

    def reason(self, refused: TicketRefused) -> str:
        reasons = {
            Refusal.UNREADABLE: self.tr("This is not a meal ticket, or the code is damaged."),
            Refusal.FORGED: self.tr("This ticket was not made by this desk."),
            Refusal.OTHER_SITE: self.tr("This ticket belongs to another site."),
            Refusal.OTHER_DAY: self.tr("This ticket was for another day."),
            Refusal.NOT_ISSUED: self.tr("No ticket with this number was handed out today."),
            Refusal.NO_CHECK_CODE: self.tr(
                "Type the check code printed beside the ticket number too, e.g. 17‑K7R."
            ),
            Refusal.WRONG_CHECK_CODE: self.tr(
                "The check code does not match this ticket number: look at the ticket again."
            ),
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
        self.flash.setGeometry(self.rect())

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
        self._holder_language = language
        write_in(self.holder_line, language)
        self.holder_line.setText(arrival_text(language, key))
        self.holder_line.setVisible(language is not None)

    def _show_served(self) -> None:
        self.served.setText(
            self.tr("Meals served today: %1").replace("%1", str(self._meals_today()))
        )
