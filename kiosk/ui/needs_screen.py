"""Step 4, needs and referrals: big toggles, each marked ✓ when on.

Needs that do not fit the party (kiosk.core.plausibility) are said under the toggles, in the
volunteer's language, and Next waits until they are fixed. A party of minors only is offered
the unaccompanied-minor flag and the guardianship referral in one tap. Both sit below the
toggles, so that nothing the volunteer taps moves when they come and go.
"""

from collections.abc import Sequence, Set

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.core.codes import Flag, Referral
from kiosk.core.errors import ValidationError
from kiosk.core.plausibility import Suggestion
from kiosk.ui.buttons import CHECK_MARK, ActionButton, ToggleButton
from kiosk.ui.labels import flag_label, referral_label
from kiosk.ui.refusals import refusal_text
from kiosk.ui.step_screen import StepScreen

FLAG_COLUMNS = 2
REFERRAL_COLUMNS = 2  # three to a row do not fit 1024 px in large type


class NeedsScreen(StepScreen):
    flag_toggled = Signal(Flag, bool)
    referral_toggled = Signal(Referral, bool)
    suggestion_accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("needs", 4, parent)
        self.flags_heading = QLabel()
        self.flags_heading.setProperty("role", "section")
        self.referrals_heading = QLabel()
        self.referrals_heading.setProperty("role", "section")
        self.flag_buttons: dict[Flag, ToggleButton] = {}
        self.referral_buttons: dict[Referral, ToggleButton] = {}
        self._refusals: list[ValidationError] = []
        self._suggestion: Suggestion | None = None

        flags = QGridLayout()
        flags.setSpacing(12)
        for index, flag in enumerate(Flag):
            button = ToggleButton(f"flag-{flag.value}")
            button.clicked.connect(lambda checked, f=flag: self.flag_toggled.emit(f, checked))
            flags.addWidget(button, index // FLAG_COLUMNS, index % FLAG_COLUMNS)
            self.flag_buttons[flag] = button
        referrals = QGridLayout()
        referrals.setSpacing(12)
        for index, referral in enumerate(Referral):
            button = ToggleButton(f"referral-{referral.value}")
            button.clicked.connect(
                lambda checked, r=referral: self.referral_toggled.emit(r, checked)
            )
            referrals.addWidget(button, index // REFERRAL_COLUMNS, index % REFERRAL_COLUMNS)
            self.referral_buttons[referral] = button

        self.suggestion_card = QFrame()
        self.suggestion_card.setObjectName("needs-suggestion")
        self.suggestion_card.setProperty("role", "card")
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        self.accept_button = ActionButton("needs-suggestion-accept", "primary")
        self.accept_button.clicked.connect(self.suggestion_accepted)
        card = QHBoxLayout(self.suggestion_card)
        card.setContentsMargins(18, 8, 18, 8)
        card.setSpacing(16)
        card.addWidget(self.suggestion_text, 1)
        card.addWidget(self.accept_button)
        self.suggestion_card.hide()
        self.refusal = QLabel()
        self.refusal.setObjectName("needs-refusal")
        self.refusal.setProperty("role", "error")
        self.refusal.setWordWrap(True)
        self.refusal.hide()

        self.body.addWidget(self.flags_heading)
        self.body.addLayout(flags)
        self.body.addSpacing(6)
        self.body.addWidget(self.referrals_heading)
        self.body.addLayout(referrals)
        self.body.addWidget(self.suggestion_card)
        self.body.addWidget(self.refusal)
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
        self._show_suggestion()
        self._show_refusals()

    def show_choices(self, flags: Set[Flag], referrals: Set[Referral]) -> None:
        for flag, button in self.flag_buttons.items():
            button.setChecked(flag in flags)
        for referral, button in self.referral_buttons.items():
            button.setChecked(referral in referrals)

    def show_plausibility(
        self,
        refusals: Sequence[ValidationError],
        suggestion: Suggestion | None,
        minors_only: bool,
    ) -> None:
        """The needs refused for this party, and the suggestion for a party of minors only
        (`minors_only` keeps the card on screen, marked done, once it is taken)."""
        self._refusals = list(refusals)
        self._suggestion = suggestion
        self.suggestion_card.setVisible(minors_only)
        self._show_suggestion()
        self._show_refusals()
        self.next_button.setEnabled(not self._refusals)

    def _show_suggestion(self) -> None:
        pending = self._suggestion is not None
        if pending:
            self.suggestion_text.setText(
                self.tr(
                    "Under 18 and without an adult: mark as unaccompanied minor and refer to "
                    "the guardianship service?"
                )
            )
            self.accept_button.setText(self.tr("Yes, mark and refer"))
        else:
            self.suggestion_text.setText(
                self.tr("Marked as unaccompanied minor, referred to the guardianship service.")
            )
            self.accept_button.setText(f"{CHECK_MARK} " + self.tr("Done"))
        self.accept_button.setEnabled(pending)

    def _show_refusals(self) -> None:
        lines = [f"⚠  {refusal_text(error)}" for error in self._refusals]
        self.refusal.setText("\n".join(lines))
        self.refusal.setVisible(bool(lines))
