"""Meal tickets scanned while another screen is shown: caught, not lost.

The USB scanner is a keyboard: it types the ticket's code and Enter into whatever has the
keyboard focus. Watching the application's key presses and taps (through the desk's one
input watch, kiosk.ui.input_watch), this notices a ticket code being
typed (it starts with `M<digit>.` in capitals, then only the QR code's alphanumeric
characters) and, on its Enter, hands the whole code on (`scanned`). From the code's fourth
character on, its keys are kept from the widget below (a search field gets at most "M1.").
"""

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.ui.input_watch import Turn, event_types, input_watch
from kiosk.ui.soup_counter import MAX_SCAN

_START = re.compile(r"M(\d(\.)?)?")  # what a code looks like while its first keys arrive
_PREFIX = re.compile(r"M\d\.")
_CODE_CHARS = re.compile(r"[A-Z0-9 $%*+\-./:]")  # the QR alphanumeric mode
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PRESS = int(QEvent.Type.MouseButtonPress)
KEYS_AND_TAPS = event_types((QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress))


class ScanCatcher(QObject):
    scanned = Signal(str)  # a whole ticket code, typed by the scanner on another screen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self.enabled = True  # off while the soup counter itself is shown

    def watch(self) -> None:
        input_watch().watch(self, self._input, KEYS_AND_TAPS, Turn.KEYS)

    def stop(self) -> None:
        input_watch().unwatch(self)

    def _input(self, watched: QObject, event: QEvent) -> bool:
        if int(event.type()) == _PRESS:
            self._typed = ""
            return False
        if not self.enabled or not isinstance(event, QKeyEvent):
            return False
        # A key press travels from the window to the focus widget and up its parents: take
        # it once, where it is first given to a widget.
        focus = QApplication.focusWidget()
        if watched is not (focus if focus is not None else QApplication.activeWindow()):
            return False
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() in _ENTER:
            code, self._typed = self._typed, ""
            if _PREFIX.match(code) and len(code) > 8:
                self.scanned.emit(code)
                return True
            return False
        text = event.text()
        if not text:  # Shift and other modifiers, typed by the scanner for capitals
            return event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock) and bool(self._typed)
        typed = self._typed + text
        if len(typed) > MAX_SCAN or not (
            _START.fullmatch(typed) or (_PREFIX.match(typed) and _CODE_CHARS.fullmatch(text))
        ):
            self._typed = text if _START.fullmatch(text) else ""
            return False
        self._typed = typed
        return _PREFIX.match(typed) is not None and len(typed) > 3
