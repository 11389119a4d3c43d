"""A keyboard on the screen for every text field: the desk has no physical one.

One keyboard per window, installed once (MainWindow does it). It follows the application's
focus: when a text field of the window gets focus (a line edit, an editable combo box, a
spin box, a text edit) it docks at the bottom of the window, and when focus leaves the
fields it goes away; Done hides it too, and a tap on the field brings it back. Screens need
no changes for it.

Keys type by sending key events to the focused field, as a physical keyboard does, so
validators, completers and signals (textEdited, returnPressed) work as usual.

Text fields get letters in AZERTY (Belgian) or QWERTY with a switch key, a digits row,
shift ("Aa": the shipped fonts have no arrows), a page of accented letters and signs
(é è à ç ë ï ô …: no long press needed), space, backspace, Enter and Done. Number fields
(a spin box, an integer validator, input method hints for digits, or the property
`onScreenKeyboard` = "digits") get a digits-only pad.
`onScreenKeyboard` = "none" on a field or one of its parents keeps the keyboard away (a
screen with its own keypad); "text" forces letters.

A screen that puts the cursor back in a refused field (`focus_keeping_keyboard_down`) keeps
the keyboard down until the field is tapped, so the refusal under the field stays in sight.

The keyboard never covers the field: when the field would sit under it, a scroll area that
holds the field scrolls, and what is left is made up by lifting the window's content (the
central widget) until the field sits just above the keyboard; hiding puts it back.
"""

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from kiosk.ui.interface_language import volunteer_locale
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.touch import MIN_TARGET, without_context_menu

PROPERTY = "onScreenKeyboard"  # "text", "digits" or "none" on a field or a parent
# Fields whose screen draws its own keypad (the soup counter's ticket number).
OWN_KEYPAD = frozenset({"ticket-input"})

AZERTY = "AZERTY"
QWERTY = "QWERTY"
LETTERS = {
    AZERTY: ("azertyuiop", "qsdfghjklm", "wxcvbn,.-"),
    QWERTY: ("qwertyuiop", "asdfghjkl", "zxcvbnm,.-"),
}
# The accents page: French and Dutch letters first, then signs names and addresses use.
ACCENTS = ("éèêëàâäçïî", "ôöûùüÿñœæ'", "@&/()_:;!?")
DIGITS = "1234567890"

BACKSPACE, SHIFT, ENTER, DONE, SPACE = "⌫", "shift", "enter", "done", " "
SWITCH, PAGE = "layout", "accents"
SHIFT_LABEL = "Aa"  # a capital and a small letter, the same in every language (no ⇧ ships)

GAP = 6  # px between keys
MARGIN = 8  # px around the keys
MAX_TEXT_WIDTH = 1240  # px: on a wide screen the keys stay a hand's width
DIGIT_KEY_WIDTH = 150


@dataclass(frozen=True, slots=True)
class Key:
    name: str  # a character to type, or one of the names above
    units: float = 1.0  # width in letter keys


def layout_for_language(code: str) -> str:
    """Belgian volunteers who work in Dutch or French type on AZERTY; in English, QWERTY."""
    return AZERTY if code in ("nl", "fr") else QWERTY


def text_rows(layout: str, accents: bool) -> list[list[Key]]:
    first, second, third = ACCENTS if accents else LETTERS[layout]
    return [
        [*(Key(c) for c in DIGITS), Key(BACKSPACE, 1.5)],
        [Key(c) for c in first],
        [Key(c) for c in second],
        [Key(SHIFT, 1.5), *(Key(c) for c in third), Key(ENTER, 1.5)],
        [Key(SWITCH, 2.0), Key(PAGE, 1.5), Key(SPACE, 5.0), Key(DONE, 2.5)],
    ]


DIGIT_ROWS = [
    [Key("1"), Key("2"), Key("3")],
    [Key("4"), Key("5"), Key("6")],
    [Key("7"), Key("8"), Key("9")],
    [Key(BACKSPACE), Key("0"), Key(DONE)],
]


def text_field(widget: QWidget | None) -> QWidget | None:
    """The field the keyboard types into when `widget` has focus (None: not a text field).
    A combo box's or spin box's own line edit counts as the box."""
    if widget is None:
        return None
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        widget = parent
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
        return None if _read_only(widget) else widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget
    return None


def _read_only(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
        return bool(widget.isReadOnly())
    return False


def chosen_keyboard(field: QWidget) -> str:
    """"none", "digits" or "text" for this field."""
    if field.objectName() in OWN_KEYPAD:
        return "none"
    widget: QWidget | None = field
    while widget is not None:
        chosen = widget.property(PROPERTY)
        if chosen in ("none", "digits", "text"):
            return str(chosen)
        widget = widget.parentWidget()
    if isinstance(field, QAbstractSpinBox) and not isinstance(field, QDoubleSpinBox):
        return "digits" if field.inherits("QSpinBox") else "text"
    digits = (
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhFormattedNumbersOnly
        | Qt.InputMethodHint.ImhDialableCharactersOnly
    )
    if field.inputMethodHints() & digits:
        return "digits"
    line = field.lineEdit() if isinstance(field, QComboBox) else field
    if isinstance(line, QLineEdit) and isinstance(line.validator(), QIntValidator):
        return "digits"
    return "text"


class KeyboardPanel(Retranslating, QFrame):
    """The keys, laid out by hand so that the rows line up at any width."""

    def __init__(self, keyboard: "OnScreenKeyboard", parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("on-screen-keyboard")
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Keys are narrow: no padding eats their label.
        self.setStyleSheet(
            "QFrame#on-screen-keyboard { border-radius: 0px; border-left: none;"
            " border-right: none; border-bottom: none; }"
            " QPushButton { padding: 0px; border-radius: 10px; }"
        )
        self._keyboard = keyboard
        self.keys: dict[str, QPushButton] = {}
        self._rows: list[list[Key]] = []
        self.mode = "text"

    # -- what the keys are ----------------------------------------------------------------

    def show_rows(self, rows: list[list[Key]], mode: str) -> None:
        self.mode = mode
        self._rows = rows
        wanted = {key.name for row in rows for key in row}
        for name in list(self.keys):
            if name not in wanted:
                self.keys.pop(name).deleteLater()
        for name in wanted:
            if name not in self.keys:
                self.keys[name] = self._make_key(name)
        self.retranslate()
        self.lay_out()

    def _make_key(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(f"osk-key-{KEY_NAMES.get(name, name)}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("role", "primary" if name in (DONE, ENTER) else "secondary")
        if name == BACKSPACE:
            button.setAutoRepeat(True)
            button.setAutoRepeatDelay(500)
            button.setAutoRepeatInterval(80)
        if name in (SHIFT, PAGE):
            button.setCheckable(True)
            button.setProperty("role", "switch")
        button.clicked.connect(lambda _=False, k=name: self._keyboard.press(k))
        button.show()
        return button

    def retranslate(self) -> None:
        keyboard = self._keyboard
        upper = keyboard.shifted
        for name, button in self.keys.items():
            if name == DONE:
                button.setText(self.tr("Done"))
                button.setAccessibleName(self.tr("Hide the keyboard"))
            elif name == SPACE:
                button.setText("")
                button.setAccessibleName(self.tr("Space"))
            elif name == BACKSPACE:
                button.setText(BACKSPACE)
                button.setAccessibleName(self.tr("Delete a character"))
            elif name == ENTER:
                button.setText(self.tr("Enter"))
                button.setAccessibleName(button.text())
            elif name == SHIFT:
                button.setText(SHIFT_LABEL)
                button.setAccessibleName(self.tr("Capital letter"))
                button.setChecked(keyboard.shifted)
            elif name == PAGE:
                button.setText("abc" if keyboard.accents else "àé?")
                button.setAccessibleName(
                    self.tr("Letters") if keyboard.accents else self.tr("Accents and signs")
                )
                button.setChecked(keyboard.accents)
            elif name == SWITCH:
                other = QWERTY if keyboard.layout == AZERTY else AZERTY
                button.setText(keyboard.layout)
                button.setAccessibleName(self.tr("Switch to %1").replace("%1", other))
            else:
                shown = name.upper() if upper else name
                button.setText(shown.replace("&", "&&"))  # & alone would be a mnemonic
                button.setAccessibleName(shown)

    # -- where the keys go ----------------------------------------------------------------

    @staticmethod
    def key_height(window_height: int) -> int:
        return max(MIN_TARGET + 4, min(72, round(window_height * 0.07)))

    def wanted_height(self, window_height: int) -> int:
        rows = len(self._rows)
        return rows * self.key_height(window_height) + (rows - 1) * GAP + 2 * MARGIN

    def lay_out(self) -> None:
        if not self._rows:
            return
        height = self.key_height(self.window().height())
        if self.mode == "digits":
            width = min(self.width() - 2 * MARGIN, 3 * DIGIT_KEY_WIDTH + 2 * GAP)
        else:
            width = min(self.width() - 2 * MARGIN, MAX_TEXT_WIDTH)
        left = (self.width() - width) // 2
        widest = max(sum(key.units for key in row) + GAP * 0 for row in self._rows)
        widest_count = max(len(row) for row in self._rows)
        unit = (width - (widest_count - 1) * GAP) / widest
        for index, row in enumerate(self._rows):
            units = sum(key.units for key in row)
            row_width = units * unit + (len(row) - 1) * GAP
            x = left + (width - row_width) / 2
            y = MARGIN + index * (height + GAP)
            for key in row:
                w = key.units * unit
                self.keys[key.name].setGeometry(round(x), y, round(x + w) - round(x), height)
                x += w + GAP

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.lay_out()

    def key_at(self, row: int, column: int) -> QPushButton:
        """The key in that row and place (tests, and people who count keys)."""
        return self.keys[self._rows[row][column].name]


KEY_NAMES = {
    BACKSPACE: "backspace",
    SPACE: "space",
    ",": "comma",
    ".": "period",
    "-": "dash",
}


class OnScreenKeyboard(QObject):
    """The keyboard of one window: shows for the window's focused text field."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.panel = KeyboardPanel(self, window)
        self.panel.hide()
        self.field: QWidget | None = None
        self.shifted = False
        self.accents = False
        self._chosen_layout: str | None = None  # the volunteer's choice, for this session
        self._lift = 0
        self._watched: set[int] = set()
        self._held: QWidget | None = None  # focused, but the keyboard waits for a tap on it
        app = QApplication.instance()
        assert isinstance(app, QApplication), "create the QApplication first"
        app.focusChanged.connect(self._focus_changed)
        window.installEventFilter(self)

    # -- state ----------------------------------------------------------------------------

    @property
    def layout(self) -> str:
        if self._chosen_layout is not None:
            return self._chosen_layout
        return layout_for_language(volunteer_locale())

    def is_shown(self) -> bool:
        return self.panel.isVisible()

    # -- following focus ------------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        field = text_field(new)
        if field is not None and field.window() is self._window:
            self._watch(field)
            if field is self._held:
                self.hide()
                return
            self._held = None
            if chosen_keyboard(field) != "none":
                self.show_for(field)
                return
        if new is not None and new.window() is not self._window:
            return  # another window (a dialog) took focus: this one is not typed in
        self.hide()

    def _watch(self, field: QWidget) -> None:
        """No context menu on the field, and a tap on it brings the keyboard back."""
        if id(field) in self._watched:
            return
        self._watched.add(id(field))
        field.destroyed.connect(lambda: self._watched.discard(id(field)))
        without_context_menu(field)
        field.installEventFilter(self)
        inner = field.lineEdit() if isinstance(field, QComboBox | QAbstractSpinBox) else None
        if inner is not None:
            inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.Resize and self.is_shown():
                self._place()
            return False
        if kind == QEvent.Type.ContextMenu:
            return True  # Qt's English Undo/Cut/Paste menu: never on a kiosk
        if kind == QEvent.Type.MouseButtonRelease and not self.is_shown():
            field = text_field(watched if isinstance(watched, QWidget) else None)
            if field is not None and field.hasFocus() and chosen_keyboard(field) != "none":
                self.show_for(field)
        return False

    # -- showing --------------------------------------------------------------------------

    def hold_down(self, field: QWidget) -> None:
        """Down now, and not raised when `field` gets focus, until the field is tapped."""
        self._held = text_field(field) or field
        self.hide()

    def show_for(self, field: QWidget) -> None:
        self._held = None
        mode = chosen_keyboard(field)
        changed = field is not self.field or mode != self.panel.mode or not self.is_shown()
        self.field = field
        if changed:
            self.shifted = False
            self.accents = False
            self._show_keys(mode)
        self.panel.show()
        self.panel.raise_()
        self._place()

    def _show_keys(self, mode: str) -> None:
        if mode == "digits":
            self.panel.show_rows(DIGIT_ROWS, "digits")
        else:
            self.panel.show_rows(text_rows(self.layout, self.accents), "text")

    def hide(self) -> None:
        self.field = None
        self.panel.hide()
        self._lower(0)

    def _place(self) -> None:
        """Dock at the bottom, then bring the field above the keyboard."""
        window = self._window
        height = self.panel.wanted_height(window.height())
        self.panel.setGeometry(0, window.height() - height, window.width(), height)
        self.panel.raise_()
        field = self.field
        if field is None:
            return
        top = window.height() - height - GAP  # the lowest a field may reach
        self._scroll_into_view(field, top)
        field_top = field.mapTo(window, QPoint(0, 0)).y() + self._lift
        field_bottom = field_top + field.height()
        lift = max(0, field_bottom - top)
        lift = min(lift, max(0, field_top - GAP))  # never push the field off the top
        self._lower(lift)

    def _scroll_into_view(self, field: QWidget, top: int) -> None:
        """In a scroll area, scroll until the field is above `top` (window coordinates,
        as it sits when nothing is lifted)."""
        parent = field.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if not isinstance(parent, QScrollArea):
            return
        bar = parent.verticalScrollBar()
        field_bottom = field.mapTo(self._window, QPoint(0, field.height())).y() + self._lift
        view_top = parent.viewport().mapTo(self._window, QPoint(0, 0)).y() + self._lift
        below = field_bottom - top
        room = field.mapTo(self._window, QPoint(0, 0)).y() + self._lift - view_top - GAP
        if below > 0:
            bar.setValue(bar.value() + min(below, max(0, room)))

    def _lower(self, lift: int) -> None:
        """Lift the window's content by `lift` px (0: back in place)."""
        if lift == self._lift:
            return
        self._lift = lift
        content = self._window.centralWidget() if isinstance(self._window, QMainWindow) else None
        if content is not None:
            content.move(0, -lift)

    # -- typing ---------------------------------------------------------------------------

    def press(self, name: str) -> None:
        if name == DONE:
            self.hide()
            return
        if name == SHIFT:
            self.shifted = not self.shifted
            self.panel.retranslate()
            return
        if name == PAGE:
            self.accents = not self.accents
            self._show_keys("text")
            return
        if name == SWITCH:
            self._chosen_layout = QWERTY if self.layout == AZERTY else AZERTY
            self._show_keys("text")
            return
        if name == BACKSPACE:
            self._send(Qt.Key.Key_Backspace, "")
        elif name == ENTER:
            self._send(Qt.Key.Key_Return, "\r")
        else:
            text = name.upper() if self.shifted else name
            key = Qt.Key(ord(text.upper())) if text.isascii() and text.isalnum() else None
            self._send(key if key is not None else Qt.Key.Key_unknown, text)
            if self.shifted:
                self.shifted = False
                self.panel.retranslate()

    def type_text(self, text: str) -> None:
        """Tap the keys that type `text` (what a volunteer does, letter by letter)."""
        for character in text:
            self.press(character)

    def _send(self, key: Qt.Key, text: str) -> None:
        field = self.field
        if field is None:
            return
        target = field.focusProxy() or field
        modifiers = (
            Qt.KeyboardModifier.ShiftModifier if text and text != text.lower()
            else Qt.KeyboardModifier.NoModifier
        )
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
        if self.is_shown():
            self._place()  # a field that grew or scrolled stays above the keys


def focus_keeping_keyboard_down(field: QWidget) -> None:
    """Put the cursor in `field` with its window's keyboard down (a tap on the field raises
    it): for a screen that names a refused field and must keep what it says in sight."""
    keyboard = field.window().findChild(OnScreenKeyboard)
    if keyboard is not None:
        keyboard.hold_down(field)
    field.setFocus()
