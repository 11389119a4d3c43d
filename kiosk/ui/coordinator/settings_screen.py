"""Every site setting on one screen, a group at a time, and changing the coordinator PIN.

Each changed value is checked by the same rules as `kiosk settings set`; a refused one
stays typed in, marked, with the reason under it, and nothing else is lost.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import ValidationError
from kiosk.core.pin_lockout import Outcome, PinVerdict
from kiosk.core.settings import GROUPS, SETTINGS, Setting
from kiosk.ui.buttons import ActionButton, ToggleButton
from kiosk.ui.coordinator.notice import Notice
from kiosk.ui.coordinator.printer_row import PrinterRow, PrinterTools
from kiosk.ui.coordinator.scrolling import kinetic_page
from kiosk.ui.coordinator.setting_labels import (
    choice_label,
    group_label,
    setting_hint,
    setting_label,
)
from kiosk.ui.labels import field_label
from kiosk.ui.refusals import named, refusal_text
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.tasks import Tasks
from kiosk.ui.touch import MIN_TARGET

PIN_GROUP = "pin"


class SettingRow(QWidget):
    """A setting's name, its field (or its choices), a hint and the reason it was refused."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = setting
        self.caption = QLabel()
        self.caption.setProperty("role", "setting-name")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName(f"setting-{setting.key}-error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.edit: QLineEdit | None = None
        self.choices: dict[str, ToggleButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        if setting.choices:
            group = QButtonGroup(self)
            row = QHBoxLayout()
            for choice in setting.choices:
                button = ToggleButton(f"setting-{setting.key}-{choice}", min_height=MIN_TARGET + 8)
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                button.setMinimumWidth(120)
                group.addButton(button)
                row.addWidget(button)
                self.choices[choice] = button
            row.addStretch(1)
            layout.addLayout(row)
        else:
            self.edit = QLineEdit()
            self.edit.setObjectName(f"setting-{setting.key}")
            self.edit.setMinimumHeight(MIN_TARGET + 8)
            if setting.secret:
                self.edit.setEchoMode(QLineEdit.EchoMode.Password)
            if isinstance(setting.default, int) and not isinstance(setting.default, bool):
                self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)  # digits pad
            layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self._shown = ""

    def retranslate(self) -> None:
        self.caption.setText(setting_label(self.setting.key))
        if self.edit is not None:
            self.edit.setAccessibleName(self.caption.text())
        hint = setting_hint(self.setting.key)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        for choice, button in self.choices.items():
            button.set_label(choice_label(choice))

    def show_value(self, text: str) -> None:
        """The stored value (a secret: empty, with whether it is set as placeholder)."""
        self._shown = text
        if self.edit is not None:
            if self.setting.secret:
                self.edit.clear()
                self.edit.setPlaceholderText(text)
            else:
                self.edit.setText(text)
        elif text in self.choices:
            self.choices[text].setChecked(True)
        self.show_error(None)

    def typed(self) -> str:
        if self.edit is not None:
            return self.edit.text()
        return next((c for c, b in self.choices.items() if b.isChecked()), self._shown)

    def changed(self) -> bool:
        typed = self.typed()
        return bool(typed.strip()) if self.setting.secret else typed != self._shown

    def show_error(self, message: str | None) -> None:
        self.error.setVisible(message is not None)
        self.error.setText("" if message is None else f"⚠  {message}")
        if self.edit is not None:
            self.edit.setProperty("invalid", message is not None)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)


class SettingsScreen(Retranslating, QWidget):
    back = Signal()
    saved = Signal(str)  # the key of a setting that was changed

    def __init__(
        self,
        values: Callable[[], dict[str, str]],
        change: Callable[[str, str], str],
        change_pin: Callable[[str, str, str], PinVerdict],
        parent: QWidget | None = None,
        *,
        printers: PrinterTools | None = None,
    ) -> None:
        """`values` gives every setting as text (the desk's settings_shown), `change(key, text)`
        checks and stores one (change_setting, raising ValidationError), `change_pin(old, new,
        again)` changes the PIN (the desk's change_pin); `printers` lists the printers and
        prints test pages for the printer rows."""
        super().__init__(parent)
        self._printers = printers or PrinterTools(Tasks(self), Path("printed"))
        self.setObjectName("screen")
        self._values = values
        self._change = change
        self._change_pin = change_pin
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.status = Notice("settings-status")
        self.rows: dict[str, SettingRow | PrinterRow] = {}
        self.group_buttons: dict[str, ToggleButton] = {}
        self.pages = QStackedWidget()
        self._page_of: dict[str, QWidget] = {}
        nav_group = QButtonGroup(self)
        nav = QVBoxLayout()
        nav.setSpacing(8)
        for group in (*GROUPS, PIN_GROUP):
            button = ToggleButton(f"settings-group-{group}", min_height=MIN_TARGET + 8)
            button.setMinimumWidth(300)
            nav_group.addButton(button)
            button.clicked.connect(lambda _=False, g=group: self.show_group(g))
            nav.addWidget(button)
            self.group_buttons[group] = button
            page = self._pin_page() if group == PIN_GROUP else self._group_page(group)
            self.pages.addWidget(page)
            self._page_of[group] = page
        nav.addStretch(1)
        self.back_button = ActionButton("settings-back", "secondary")
        self.back_button.clicked.connect(self.back)
        self.save_button = ActionButton("settings-save", "primary")
        self.save_button.setMinimumWidth(240)
        self.save_button.clicked.connect(self.save)
        # The groups scroll when large type makes them taller than the screen (1024x768).
        self._nav = QWidget()
        self._nav.setLayout(nav)
        nav.setContentsMargins(0, 0, 0, 0)
        self._nav_area = kinetic_page(self._nav, "settings-groups")
        self._nav_area.setFrameShape(QFrame.Shape.NoFrame)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addWidget(self._nav_area)
        columns.addWidget(self.pages, 1)
        for action in (self.back_button, self.save_button):
            action.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.status, 100)  # takes the room when it says something
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self._group = GROUPS[0]
        self.group_buttons[self._group].setChecked(True)
        self.retranslate()

    def _group_page(self, group: str) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 16, 0)
        for setting in SETTINGS:
            if setting.group == group:
                row = self._row(setting)
                self.rows[setting.key] = row
                column.addWidget(row)
        column.addStretch(1)
        return kinetic_page(content, f"settings-page-{group}")

    def _row(self, setting: Setting) -> SettingRow | PrinterRow:
        if setting.key.startswith("printer."):  # a queue found, a folder or ESC/POS: tapped
            return PrinterRow(setting, self._printers)
        if setting.key == "frequent_nationalities":  # picked from the countries, not typed
            from kiosk.ui.coordinator.nationality_pin import NationalityPinRow

            return NationalityPinRow(setting)
        return SettingRow(setting)

    def _pin_page(self) -> QWidget:
        page = QFrame()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 16, 0)
        self.pin_intro = QLabel()
        self.pin_intro.setWordWrap(True)
        self.pin_intro.setProperty("role", "hint")
        column.addWidget(self.pin_intro)
        self.pin_fields: dict[str, QLineEdit] = {}
        self.pin_captions: dict[str, QLabel] = {}
        for name in ("old", "new", "again"):
            caption = QLabel()
            caption.setProperty("role", "setting-name")
            edit = QLineEdit()
            edit.setObjectName(f"pin-{name}")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)
            edit.setMinimumHeight(MIN_TARGET + 8)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)  # digits pad
            column.addWidget(caption)
            column.addWidget(edit)
            self.pin_fields[name] = edit
            self.pin_captions[name] = caption
        self.pin_message = Notice("pin-change-message")
        self.pin_button = ActionButton("settings-change-pin", "primary", min_height=MIN_TARGET + 16)
        self.pin_button.clicked.connect(self.change_pin)
        column.addSpacing(8)
        column.addWidget(self.pin_message)
        column.addWidget(self.pin_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_groups()
        self.load()

    def _fit_groups(self) -> None:
        """The groups' column as wide as its buttons in the type now shown (never squeezed
        by the scroll area around it)."""
        self._nav.ensurePolished()
        for button in self.group_buttons.values():
            button.ensurePolished()
        bar = self._nav_area.verticalScrollBar().sizeHint().width()
        self._nav_area.setMinimumWidth(self._nav.sizeHint().width() + bar)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        for group, button in self.group_buttons.items():
            button.set_label(group_label(group))
        for row in self.rows.values():
            row.retranslate()
        self.pin_intro.setText(
            self.tr(
                "The PIN protects the counts and the settings. Changing "
                "it needs the old one; a forgotten PIN is reset on the "
                "machine with: kiosk reset-pin"
            )
        )
        self.pin_captions["old"].setText(self.tr("Current PIN"))
        self.pin_captions["new"].setText(self.tr("New PIN (6 to 12 digits)"))
        self.pin_captions["again"].setText(self.tr("New PIN again"))
        for name, edit in self.pin_fields.items():
            edit.setAccessibleName(self.pin_captions[name].text())
        self.pin_button.setText(self.tr("Change the PIN"))
        self.back_button.setText("‹  " + self.tr("Back"))
        self.save_button.setText(self.tr("Save changes"))

    def load(self) -> None:
        """Show what is stored (typed but unsaved changes are dropped)."""
        values = self._values()
        for key, row in self.rows.items():
            row.show_value(values.get(key, ""))
        self.status.clear()

    def show_group(self, group: str) -> None:
        self._group = group
        self.group_buttons[group].setChecked(True)
        self.pages.setCurrentWidget(self._page_of[group])
        self.save_button.setVisible(group != PIN_GROUP)

    def current_group(self) -> str:
        return self._group

    def save(self) -> None:
        """Store every changed setting of every group; refused ones keep what was typed."""
        saved: list[str] = []
        refused: list[str] = []
        for key, row in self.rows.items():
            if not row.changed():
                row.show_error(None)
                continue
            try:
                shown = self._change(key, row.typed())
            except ValidationError as error:
                row.show_error(named(setting_label(key), refusal_text(error)))
                refused.append(key)
                continue
            row.show_value(shown)
            saved.append(key)
            self.saved.emit(key)
        if refused:
            first = self.rows[refused[0]].setting.group
            self.show_group(first)
            self._say(
                False,
                self.tr("Not saved: %1. The reason is under each.").replace(
                    "%1", ", ".join(setting_label(key) for key in refused)
                ),
            )
        elif saved:
            self._say(
                True,
                self.tr("Saved: %1").replace("%1", ", ".join(setting_label(key) for key in saved)),
            )
        else:
            self._say(True, self.tr("Nothing was changed."))

    def change_pin(self) -> None:
        old, new, again = (self.pin_fields[name].text() for name in ("old", "new", "again"))
        try:
            verdict = self._change_pin(old, new, again)
        except ValidationError as error:
            self._pin_said(False, named(field_label(error.field), refusal_text(error)))
            return
        for edit in self.pin_fields.values():
            edit.clear()
        if verdict.accepted:
            self._pin_said(True, self.tr("The PIN was changed."))
        elif verdict.outcome in (Outcome.WAIT, Outcome.LOCKED):
            self._pin_said(False, self.tr("Too many wrong PINs: try again later."))
        else:
            self._pin_said(False, self.tr("The current PIN is not right; nothing was changed."))

    def _pin_said(self, ok: bool, text: str) -> None:
        self.pin_message.say(ok, text)

    def _say(self, ok: bool, text: str) -> None:
        self.status.say(ok, text)
