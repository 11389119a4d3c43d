"""Step 5, confirm: everything the desk will store, and the big Register button."""

from collections import Counter

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.errors import ValidationError
from kiosk.core.languages import BY_CODE
from kiosk.core.registration import PartyDraft
from kiosk.ui.buttons import at_least
from kiosk.ui.labels import (
    age_band_label,
    field_label,
    flag_label,
    language_name,
    nationality_name,
    person_label,
    referral_label,
)
from kiosk.ui.refusals import refusal_text
from kiosk.ui.step_screen import StepScreen
from kiosk.ui.touch import BIG_TARGET

AGE_ORDER = {band: i for i, band in enumerate(AgeBand)}
SEX_ORDER = {sex: i for i, sex in enumerate(Sex)}
SEPARATE_LINES = 5
ROW_HEIGHT = BIG_TARGET - 8  # a line of the review is a button too
# Which step a tapped line of the review goes back to.
EDIT_STEP = {
    "language": "start",
    "nationality": "nationality",
    "people": "party",
    "flags": "needs",
    "referrals": "needs",
}


class ReviewRow(QPushButton):
    """One line of the review (a name and what was chosen); tapping it goes to its step."""

    def __init__(self, key: str, name: QLabel, value: QWidget | QLayout) -> None:
        super().__init__()
        self.setObjectName(f"confirm-edit-{key}")
        self.setProperty("role", "review")
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.edit_mark = QLabel("›")
        self.edit_mark.setProperty("role", "muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 16, 10)
        row.setSpacing(24)
        row.addWidget(name, 0, Qt.AlignmentFlag.AlignTop)
        if isinstance(value, QLayout):
            row.addLayout(value, 1)
        else:
            row.addWidget(value, 1)
        row.addWidget(self.edit_mark, 0, Qt.AlignmentFlag.AlignVCenter)
        for label in self.findChildren(QLabel):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _laid_out(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:
        return at_least(self._laid_out(), ROW_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.totalMinimumSize() if layout is not None else QSize(0, 0)
        return at_least(hint, ROW_HEIGHT)


class ConfirmScreen(StepScreen):
    edit = Signal(str)  # the step to go back to: "start", "party", "nationality", "needs"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("confirm", 5, parent)
        self._draft: PartyDraft | None = None
        self._error: ValidationError | None = None
        # Register is not in the footer: it must never sit where the Needs screen's Next was
        # (a double tap there would register without review).
        self.footer.removeWidget(self.next_button)
        self.footer.addSpacing(self.next_button.minimumWidth())
        self.next_button.setObjectName("register")
        self.next_button.setMinimumSize(340, 88)

        self.names = {
            key: QLabel() for key in ("language", "nationality", "people", "flags", "referrals")
        }
        self.values = {key: QLabel() for key in self.names}
        self.endonym = QLabel()
        self.endonym.setObjectName("confirm-endonym")
        self.endonym.setProperty("role", "endonym")
        self.rows: dict[str, ReviewRow] = {}
        rows = QVBoxLayout()
        rows.setSpacing(10)
        for key in self.names:
            name, value = self.names[key], self.values[key]
            name.setProperty("role", "muted")
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setObjectName(f"confirm-{key}")
            value.setWordWrap(True)
            shown: QWidget | QLayout = value
            if key == "language":
                language_row = QHBoxLayout()
                language_row.setSpacing(16)
                language_row.addWidget(self.endonym)
                language_row.addWidget(value, 1)
                shown = language_row
            row = ReviewRow(key, name, shown)
            row.clicked.connect(lambda _checked=False, step=EDIT_STEP[key]: self.edit.emit(step))
            rows.addWidget(row)
            self.rows[key] = row
        self.error = QLabel()
        self.error.setObjectName("confirm-error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel()
        self.hint.setObjectName("confirm-hint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        register_column = QVBoxLayout()
        register_column.addWidget(self.next_button)
        register_column.addStretch(1)
        review = QVBoxLayout()
        review.addWidget(self.hint)
        review.addLayout(rows)
        review.addWidget(self.error)
        review.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(review, 1)
        columns.addLayout(register_column)
        self.body.addLayout(columns, 1)
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
        self.hint.setText(self.tr("Tap a line to change it."))
        width = max(name.sizeHint().width() for name in self.names.values())
        for name in self.names.values():
            name.setMinimumWidth(width)
        self._name_rows()
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
            self._name_rows()
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
            f"{n} × {person_label(person.sex, person.age_band)} · {age_band_label(person.age_band)}"
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
        self._name_rows()

    def _name_rows(self) -> None:
        """What a screen reader says for a line: its name, what was chosen, how to change it."""
        change = self.tr("tap to change")
        for key, row in self.rows.items():
            value = self.values[key].text().replace("\n", ", ")
            row.setAccessibleName(f"{self.names[key].text()}: {value} ({change})")

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
