"""Step 4, needs and referrals: big toggles, each marked ✓ when on."""

from collections.abc import Set

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.core.codes import Flag, Referral
from kiosk.ui.buttons import ToggleButton
from kiosk.ui.labels import flag_label, referral_label
from kiosk.ui.step_screen import StepScreen

COLUMNS = 2


class NeedsScreen(StepScreen):
    flag_toggled = Signal(Flag, bool)
    referral_toggled = Signal(Referral, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("needs", 4, parent)
        self.flags_heading = QLabel()
        self.flags_heading.setProperty("role", "section")
        self.referrals_heading = QLabel()
        self.referrals_heading.setProperty("role", "section")
        self.flag_buttons: dict[Flag, ToggleButton] = {}
        self.referral_buttons: dict[Referral, ToggleButton] = {}

        flags = QGridLayout()
        flags.setSpacing(12)
        for index, flag in enumerate(Flag):
            button = ToggleButton(f"flag-{flag.value}")
            button.clicked.connect(lambda checked, f=flag: self.flag_toggled.emit(f, checked))
            flags.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.flag_buttons[flag] = button
        referrals = QGridLayout()
        referrals.setSpacing(12)
        for index, referral in enumerate(Referral):
            button = ToggleButton(f"referral-{referral.value}")
            button.clicked.connect(
                lambda checked, r=referral: self.referral_toggled.emit(r, checked)
            )
            referrals.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.referral_buttons[referral] = button

        self.body.addWidget(self.flags_heading)
        self.body.addLayout(flags)
        self.body.addSpacing(10)
        self.body.addWidget(self.referrals_heading)
        self.body.addLayout(referrals)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Needs and referrals"))
        self.flags_heading.setText(self.tr("Needs (tap all that apply)"))
        self.referrals_heading.setText(self.tr("Referrals given"))
        for flag, button in self.flag_buttons.items():
            button.set_label(flag_label(flag))
        for referral, button in self.referral_buttons.items():
            button.set_label(referral_label(referral))

    def show_choices(self, flags: Set[Flag], referrals: Set[Referral]) -> None:
        for flag, button in self.flag_buttons.items():
            button.setChecked(flag in flags)
        for referral, button in self.referral_buttons.items():
            button.setChecked(referral in referrals)
