"""The way into coordinator mode: a PIN typed on a big numeric keypad.

Digits show as dots. After wrong PINs the screen says how many tries are left before a
wait, then counts the wait down with the keypad off; after ten it says until when
coordinator mode is locked. The lockout itself is kept by the desk, not by this screen.
"""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.errors import ValidationError
from kiosk.core.pin import MAX_DIGITS, MIN_DIGITS
from kiosk.core.pin_lockout import Outcome, PinVerdict
from kiosk.ui.buttons import ActionButton
from kiosk.ui.coordinator.notice import Notice
from kiosk.ui.refusals import refusal_text
from kiosk.ui.retranslating import Retranslating

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK")
KEY_NAMES = {"⌫": "delete", "OK": "ok"}


class PinScreen(Retranslating, QWidget):
    unlocked = Signal()
    cancelled = Signal()

    def __init__(
        self,
        login: Callable[[str], PinVerdict],
        state: Callable[[], PinVerdict],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        """`login` tries a PIN (the desk's coordinator_login), `state` tells the lockout before
        anything is typed, `now` is the site's local time (the desk's local_now): the
        countdown reads it."""
        super().__init__(parent)
        self.setObjectName("screen")
        self._login = login
        self._state = state
        self._now = now
        self._digits = ""
        self._verdict: PinVerdict | None = None
        # "short" when OK was tapped with too few digits; else a refusal of the desk to show
        self._note: str | None = None
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setProperty("role", "subtitle")
        self.hint.setWordWrap(True)
        self.dots = QLabel()
        self.dots.setObjectName("pin-dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(80)
        self.message = Notice("pin-message", done_role="hint")
        self.message.setMinimumHeight(90)
        self.back_button = ActionButton("pin-back", "secondary")
        self.back_button.clicked.connect(self.cancelled)
        self.keys: dict[str, ActionButton] = {}
        pad = QGridLayout()
        pad.setSpacing(12)
        for index, key in enumerate(KEYS):
            button = ActionButton(
                f"pin-key-{KEY_NAMES.get(key, key)}",
                "primary" if key == "OK" else "secondary",
                min_height=92,
            )
            button.setMinimumWidth(120)
            button.setText(key)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            pad.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.hint)
        left.addSpacing(24)
        left.addWidget(self.dots)
        left.addWidget(self.message)
        left.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        left.addLayout(bottom)
        keypad = QVBoxLayout()
        keypad.addStretch(1)
        keypad.addLayout(pad)
        keypad.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 32)
        layout.setSpacing(56)
        layout.addLayout(left, 3)
        layout.addLayout(keypad, 2)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reset()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Coordinator mode"))
        self.hint.setText(
            self.tr("Type the coordinator PIN. It opens the counts, exports and settings.")
        )
        self.back_button.setText("‹  " + self.tr("Back"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete a digit"))
        self.keys["OK"].setAccessibleName(self.tr("Open coordinator mode"))
        self._show()

    def reset(self) -> None:
        """Forget typed digits and ask the desk where the lockout stands."""
        self._digits = ""
        self._note = None
        self._verdict = self._state()
        self.refresh()

    def press(self, key: str) -> None:
        if not self.keys[key].isEnabled():
            return
        self._note = None
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "OK":
            self.submit()
            return
        elif len(self._digits) < MAX_DIGITS:
            self._digits += key
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        else:
            super().keyPressEvent(event)

    def submit(self) -> None:
        if len(self._digits) < MIN_DIGITS:
            self._note = "short"
            self._show()
            return
        pin, self._digits = self._digits, ""
        try:
            self._verdict = self._login(pin)
        except ValidationError as refused:  # no PIN was ever set on this kiosk
            self._note = refusal_text(refused)
            self._show()
            return
        if self._verdict.accepted:
            self._timer.stop()
            self._verdict = None
            self._show()
            self.unlocked.emit()
            return
        self.refresh()

    def waiting_seconds(self) -> int:
        return 0 if self._verdict is None else self._verdict.seconds_left(self._now())

    def refresh(self) -> None:
        """Count a wait down (the timer calls this every second)."""
        waiting = self.waiting_seconds() > 0
        for button in self.keys.values():
            button.setEnabled(not waiting)
        if waiting and not self._timer.isActive():
            self._timer.start()
        elif not waiting:
            self._timer.stop()
        self._show()

    def _show(self) -> None:
        shown = "●" * len(self._digits) + "○" * max(0, MIN_DIGITS - len(self._digits))
        self.dots.setText(shown)
        self.dots.setAccessibleName(
            self.tr("%1 digits typed").replace("%1", str(len(self._digits)))
        )
        text, problem = self._message()
        if not text:
            self.message.clear()
        elif problem:
            self.message.say(False, text)
        else:
            self.message.say(True, text)

    def _message(self) -> tuple[str, bool]:
        if self._note == "short":
            return self.tr("The PIN has at least %1 digits.").replace("%1", str(MIN_DIGITS)), True
        if self._note is not None:
            return self._note, True
        verdict = self._verdict
        if verdict is None or verdict.outcome is Outcome.ACCEPTED:
            return "", False
        left = self.waiting_seconds()
        if verdict.locked and left:
            until = verdict.wait_until
            assert until is not None
            local = until.astimezone(self._now().tzinfo).strftime("%H:%M")
            return self.tr(
                "Too many wrong PINs. Coordinator mode is locked for 30 minutes, until %1. "
                "A forgotten PIN is reset on the machine with: kiosk reset-pin"
            ).replace("%1", local), True
        if left:
            minutes, seconds = divmod(left, 60)
            wait = (
                f"{minutes}:{seconds:02d}"
                if minutes
                else self.tr("%1 s").replace("%1", str(seconds))
            )
            return self.tr("Wrong PIN. Wait %1 before the next try.").replace("%1", wait), True
        if verdict.outcome is Outcome.WRONG:
            tries = verdict.tries_before_wait
            if tries:
                return self.tr("Wrong PIN. Tries left before a wait: %1.").replace(
                    "%1", str(tries)
                ), True
            return self.tr("Wrong PIN. Another wrong PIN makes you wait longer."), True
        if verdict.failures:
            return self.tr("You can try again."), False
        return "", False
