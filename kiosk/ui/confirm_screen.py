"""Step 5, confirm: everything the desk will store, and the big Register button."""

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.errors import ValidationError
from kiosk.core.languages import BY_CODE
from kiosk.core.registration import PartyDraft
from kiosk.ui.labels import (
    age_band_label,
    field_label,
    flag_label,
    language_name,
    nationality_name,
    referral_label,
    sex_label,
)
from kiosk.ui.refusals import refusal_text
from kiosk.ui.step_screen import StepScreen

AGE_ORDER = {band: i for i, band in enumerate(AgeBand)}
SEX_ORDER = {sex: i for i, sex in enumerate(Sex)}
SEPARATE_LINES = 5


class ConfirmScreen(StepScreen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("confirm", 5, parent)
        self._draft: PartyDraft | None = None
        self._error: ValidationError | None = None
        self.next_button.setObjectName("register")
        self.next_button.setMinimumSize(340, 88)

        self.names = {
            key: QLabel() for key in ("language", "nationality", "people", "flags", "referrals")
        }
        self.values = {key: QLabel() for key in self.names}
        self.endonym = QLabel()
        self.endonym.setObjectName("confirm-endonym")
        self.endonym.setProperty("role", "endonym")
        card = QFrame()
        card.setProperty("role", "card")
        grid = QGridLayout(card)
        grid.setContentsMargins(28, 20, 28, 20)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(1, 1)
        for row, key in enumerate(self.names):
            name, value = self.names[key], self.values[key]
            name.setProperty("role", "muted")
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setObjectName(f"confirm-{key}")
            value.setWordWrap(True)
            grid.addWidget(name, row, 0)
            if key == "language":
                language_row = QHBoxLayout()
                language_row.setSpacing(16)
                language_row.addWidget(self.endonym)
                language_row.addWidget(value, 1)
                grid.addLayout(language_row, row, 1)
            else:
                grid.addWidget(value, row, 1)
        self.error = QLabel()
        self.error.setObjectName("confirm-error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.body.addWidget(card)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Check and register"))
        self.next_button.setText("✓  " + self.tr("Register"))
        self.names["language"].setText(self.tr("Sheet language"))
        self.names["nationality"].setText(self.tr("Nationality"))
        self.names["people"].setText(self.tr("People"))
        self.names["flags"].setText(self.tr("Needs"))
        self.names["referrals"].setText(self.tr("Referrals given"))
        if self._draft is not None:
            self.show_draft(self._draft)
        if self._error is not None:
            self.show_error(self._error)

    def show_draft(self, draft: PartyDraft | None) -> None:
        """Show what will be stored; None empties the screen."""
        self._draft = draft
        self.show_error(None)
        if draft is None:
            self.endonym.clear()
            for value in self.values.values():
                value.clear()
            return
        language = BY_CODE.get(draft.language or "")
        self.endonym.setText(language.endonym if language else "")
        self.endonym.setProperty("script", language.script if language else "")
        self.endonym.style().unpolish(self.endonym)
        self.endonym.style().polish(self.endonym)
        self.endonym.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language and language.rtl
            else Qt.LayoutDirection.LeftToRight
        )
        self.values["language"].setText(
            f"({language_name(language.code)})" if language else self.tr("not chosen")
        )
        self.values["nationality"].setText(
            nationality_name(draft.nationality) if draft.nationality else self.tr("not chosen")
        )
        groups = Counter(draft.people)
        lines = [
            f"{n} × {sex_label(person.sex)} · {age_band_label(person.age_band)}"
            for person, n in sorted(
                groups.items(),
                key=lambda g: (AGE_ORDER[g[0].age_band], SEX_ORDER[g[0].sex]),
            )
        ]
        total = self.tr("%1 in total").replace("%1", str(len(draft.people)))
        # One per line for a family; a long party wraps as one paragraph, so it still fits.
        shown = "\n".join(lines) if len(lines) <= SEPARATE_LINES else ";  ".join(lines)
        self.values["people"].setText(f"{shown}\n{total}")
        none = self.tr("none")
        self.values["flags"].setText(
            ", ".join(flag_label(f) for f in Flag if f in draft.flags) or none
        )
        self.values["referrals"].setText(
            ", ".join(referral_label(r) for r in Referral if r in draft.referrals) or none
        )

    def show_error(self, error: ValidationError | None) -> None:
        """A registration the core refused: say which field, and that nothing was stored."""
        self._error = error
        if error is None:
            self.error.hide()
            return
        self.error.setText(
            "⚠  "
            + self.tr("Not registered. %1: %2")
            .replace("%1", field_label(error.field))
            .replace("%2", refusal_text(error))
        )
        self.error.show()
