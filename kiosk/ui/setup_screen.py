"""First run: which site this kiosk serves, its time zone, and the coordinator PIN.

The form reads in Dutch, French or English (a switch at its top, as on Start); the language
chosen here becomes the desk's interface language once the set-up is done.
"""

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPolygonF
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.site import VOLUNTEER_LANGUAGES
from kiosk.core.site_day import DEFAULT_TIMEZONE
from kiosk.ui.buttons import ActionButton, ToggleButton
from kiosk.ui.interface_language import volunteer_locale
from kiosk.ui.labels import field_label
from kiosk.ui.on_screen_keyboard import focus_keeping_keyboard_down
from kiosk.ui.refusals import named
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.touch import MIN_TARGET, make_kinetic


class ZoneBox(QComboBox):
    """An editable list of time zones whose ▾ is drawn here, not taken from the host theme."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Text))
        x, y = self.width() - 26, self.height() / 2
        painter.drawPolygon(
            QPolygonF([QPointF(x - 9, y - 5), QPointF(x + 9, y - 5), QPointF(x, y + 6)])
        )
        painter.end()


class SetupScreen(Retranslating, QWidget):
    submitted = Signal()
    interface_language_chosen = Signal(str)

    def __init__(self, timezones: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.title = QLabel()
        self.title.setObjectName("setup-title")
        self.title.setProperty("role", "title")
        self.intro = QLabel()
        self.intro.setProperty("role", "subtitle")
        self.intro.setWordWrap(True)
        self.interface_buttons: dict[str, ToggleButton] = {}
        switch = QHBoxLayout()
        switch.setSpacing(6)
        switch_group = QButtonGroup(self)
        for code in VOLUNTEER_LANGUAGES:
            button = ToggleButton(f"setup-interface-{code}", min_height=MIN_TARGET)
            button.setProperty("role", "switch")
            button.set_label(code.upper())
            button.setMinimumWidth(76)
            button.clicked.connect(
                lambda _checked=False, c=code: self.interface_language_chosen.emit(c)
            )
            switch_group.addButton(button)
            switch.addWidget(button)
            self.interface_buttons[code] = button

        self.site_id = QLineEdit()
        self.site_id.setObjectName("setup-site-id")
        self.site_name = QLineEdit()
        self.site_name.setObjectName("setup-site-name")
        self.timezone = ZoneBox()
        self.timezone.setObjectName("setup-timezone")
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(timezones)
        self.timezone.setCurrentText(DEFAULT_TIMEZONE)
        self.timezone.setMaxVisibleItems(8)
        make_kinetic(self.timezone.view())
        completer = self.timezone.completer()
        assert completer is not None  # editable combos have one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = completer.popup()
        if popup is not None:
            make_kinetic(popup)
        self.pin = QLineEdit()
        self.pin.setObjectName("setup-pin")
        self.pin_again = QLineEdit()
        self.pin_again.setObjectName("setup-pin-again")
        for pin in (self.pin, self.pin_again):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setMaxLength(12)
            pin.setInputMethodHints(  # the on-screen keyboard shows its digits pad
                Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
            )
        self.fields: dict[str, QWidget] = {
            "site id": self.site_id,
            "site name": self.site_name,
            "timezone": self.timezone,
            "pin": self.pin,
        }
        for widget in (*self.fields.values(), self.pin_again):
            widget.setMinimumHeight(MIN_TARGET + 8)

        self.captions = {
            key: QLabel() for key in ("site id", "site name", "timezone", "pin", "pin again")
        }
        self.hints = {key: QLabel() for key in ("site id", "pin")}
        for hint in self.hints.values():
            hint.setProperty("role", "hint")
            hint.setWordWrap(False)
        for caption in self.captions.values():
            caption.setFixedHeight(MIN_TARGET + 8)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(24)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.captions["site id"], _with_hint(self.site_id, self.hints["site id"]))
        form.addRow(self.captions["site name"], self.site_name)
        form.addRow(self.captions["timezone"], self.timezone)
        form.addRow(self.captions["pin"], self.pin)
        form.addRow(self.captions["pin again"], _with_hint(self.pin_again, self.hints["pin"]))

        self.error = QLabel()
        self.error.setObjectName("setup-error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.submit_button = ActionButton("setup-submit", "primary")
        self.submit_button.setMinimumWidth(320)
        self.submit_button.clicked.connect(self.submitted)
        self.site_id.returnPressed.connect(self.submitted)
        self.pin_again.returnPressed.connect(self.submitted)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.submit_button)

        card = QFrame()
        card.setProperty("role", "card")
        card.setFixedWidth(940)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(36, 22, 36, 22)
        card_layout.setSpacing(12)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addLayout(switch)
        card_layout.addLayout(title_row)
        card_layout.addWidget(self.intro)
        card_layout.addLayout(form)
        card_layout.addWidget(self.error)
        card_layout.addSpacing(8)
        card_layout.addLayout(button_row)
        card_layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        outer.addWidget(card, 1, Qt.AlignmentFlag.AlignHCenter)
        self._error_field: str | None = None
        self._error_message = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.show_interface_language(volunteer_locale())
        self.title.setText(self.tr("Set up this kiosk"))
        self.intro.setText(
            self.tr(
                "First run: a coordinator fills this in once. The PIN protects the counts and "
                "the settings."
            )
        )
        for key in self.fields:
            self.captions[key].setText(field_label(key))
        self.captions["pin again"].setText(self.tr("PIN again"))
        for key, field in (*self.fields.items(), ("pin again", self.pin_again)):
            field.setAccessibleName(self.captions[key].text())
        self._name_zone_box_parts()
        self.hints["site id"].setText(
            self.tr("Lowercase letters, digits and dashes, e.g. brussels-centre")
        )
        self.hints["pin"].setText(self.tr("6 to 12 digits, not easy to guess."))
        self.submit_button.setText(self.tr("Set up") + "  ›")
        if self._error_field is not None:
            self.show_error(self._error_field, self._error_message)

    def show_interface_language(self, code: str) -> None:
        for each, button in self.interface_buttons.items():
            button.setChecked(each == code)
            button.setAccessibleName(self.tr("Screen language: %1").replace("%1", each.upper()))

    def _name_zone_box_parts(self) -> None:
        """The time zone box's typing field and list are read out under the box's name."""
        name = self.timezone.accessibleName()
        line = self.timezone.lineEdit()
        if line is not None:
            line.setAccessibleName(name)
        self.timezone.view().setAccessibleName(name)

    def values(self) -> tuple[str, str, str, str, str]:
        return (
            self.site_id.text(),
            self.site_name.text(),
            self.timezone.currentText(),
            self.pin.text(),
            self.pin_again.text(),
        )

    def show_error(self, field: str | None, message: str = "") -> None:
        """Name the field that is wrong, mark it, and put the cursor there; the on-screen
        keyboard stays down until the field is tapped, so the message and Set up stay in
        sight (at 1280x800 the keyboard would cover both)."""
        self._error_field, self._error_message = field, message
        for key, widget in self.fields.items():
            widget.setProperty("invalid", key == field)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if field is None:
            self.error.hide()
            return
        self.error.setText("⚠  " + named(field_label(field), message))
        self.error.show()
        focus = self.fields.get(field)
        if focus is not None:
            focus_keeping_keyboard_down(focus)


def _with_hint(field: QWidget, hint: QLabel) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(hint)
    return column
