"""The volunteer's view of today: people, parties, children, and people by language."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.labels import language_name
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.touch import make_kinetic

if TYPE_CHECKING:
    from kiosk.core.counts import DailyCounts
    from kiosk.core.desk_clock import ClockDoubt

SHORT = QLocale.FormatType.ShortFormat
PANEL_SIDE = 24  # px inside the panel, left and right

# Shown until the desk is open and the counts are known (a dash is not a count of zero).
NOT_YET_COUNTED = "–"


def _wrapped_height(label: QLabel, width: int) -> int:
    """The height `label` needs to show its text whole at `width`. Its heightForWidth is
    never less than its minimum height, set before for another width: that goes first.
    (Not QFontMetrics.boundingRect: it breaks "10:00 AM", with its narrow no-break space,
    elsewhere than the label does, and counts a line fewer.)"""
    label.ensurePolished()  # the style sheet's type and padding
    if not label.text() or width <= 0:
        return 0
    label.setMinimumHeight(0)
    return label.heightForWidth(width)


class _Figure(QWidget):
    """One big number with its name under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel(NOT_YET_COUNTED)
        self.value.setObjectName(f"today-{name}")
        self.value.setProperty("role", "figure")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setProperty("role", "figure-name")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class TodayPanel(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today-panel")
        self._counts: DailyCounts | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.date_label = QLabel()
        self.date_label.setObjectName("today-date")
        self.date_label.setProperty("role", "muted")
        self.date_label.setWordWrap(True)  # a long date (large text, French) takes two lines
        self._doubt: ClockDoubt | None = None
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("today-clock-warning")
        self.clock_warning.setProperty("role", "side-warning")  # the narrow panel's error
        self.clock_warning.setWordWrap(True)
        self.clock_warning.hide()  # until the clock cannot be right
        self.people = _Figure("people")
        self.parties = _Figure("parties")
        self.kids = _Figure("children")
        figures = QHBoxLayout()
        for figure in (self.people, self.parties, self.kids):
            figures.addWidget(figure)
        self.by_language_heading = QLabel()
        self.by_language_heading.setProperty("role", "section")
        self.by_language_heading.setWordWrap(True)  # "Personnes par langue" in large type
        self.nobody_yet = QLabel()
        self.nobody_yet.setObjectName("today-nobody-yet")
        self.nobody_yet.setProperty("role", "muted")
        self.nobody_yet.setWordWrap(True)
        self.nobody_yet.hide()  # until the counts say so

        self._rows = QWidget()
        self._rows.setObjectName("today-by-language")
        self._language_rows: list[tuple[QLabel, QLabel]] = []  # made once, then reused
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 8, 0)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 1)
        rows_layout = QVBoxLayout(self._rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addLayout(self._grid)
        rows_layout.addStretch(1)
        self._scroll = scroll = QScrollArea()
        scroll.setObjectName("today-scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._rows)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PANEL_SIDE, 20, PANEL_SIDE, 20)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.date_label)
        layout.addWidget(self.clock_warning)
        layout.addLayout(figures)
        layout.addSpacing(8)
        layout.addWidget(self.by_language_heading)
        layout.addWidget(self.nobody_yet)
        layout.addWidget(scroll, 1)
        layout.addStretch(0)  # takes the room when the list is hidden (see show_clock_doubt)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Today"))
        self.people.caption.setText(self.tr("people"))
        self.parties.caption.setText(self.tr("parties"))
        self.kids.caption.setText(self.tr("children"))
        self.by_language_heading.setText(self.tr("People by language"))
        self.nobody_yet.setText(self.tr("Nobody registered yet today."))
        if self._counts is not None:
            self.show_counts(self._counts)
        self.show_clock_doubt(self._doubt)

    def show_clock_doubt(self, doubt: "ClockDoubt | None") -> None:
        """Say so when the computer's clock cannot be right (kiosk.core.desk_clock):
        registrations are still saved, on the day the clock says."""
        from kiosk.core.desk_clock import Doubt

        self._doubt = doubt
        self.clock_warning.setVisible(doubt is not None)
        # The warning matters more than the list by language: it takes the list's place
        # (a narrow panel at 1024×768 has no room for both).
        self.by_language_heading.setVisible(doubt is None)
        self._scroll.setVisible(doubt is None)
        self.nobody_yet.setVisible(
            doubt is None and self._counts is not None and self._counts.people == 0
        )
        if doubt is None:
            self.clock_warning.clear()
            self._fit_wrapped()
            return
        locale = QLocale()
        says = locale.toString(QDateTime(doubt.says.replace(tzinfo=None)), SHORT)
        if doubt.doubt is Doubt.BEFORE_SET_UP:
            why = self.tr("The clock says %1, before this kiosk was set up.")
        else:
            assert doubt.last_registration is not None
            last = QDateTime(doubt.last_registration.replace(tzinfo=None))
            why = self.tr("The clock says %1, before the last registration (%2).").replace(
                "%2", locale.toString(last, SHORT)
            )
        self.clock_warning.setText(
            why.replace("%1", says)
            + " "
            + self.tr("Registrations get the wrong day. Ask a coordinator to set the clock.")
        )
        self._fit_wrapped()

    def _fit_wrapped(self) -> None:
        """Each wrapped text gets all of its lines at the panel's width, as its least
        height: the panel's layout gave a wrapped label with padding fewer lines than it
        needs and cut the words, and asked for one line of each (a long date in large type
        takes two) so that the panel was squeezed and the clock warning drawn over the
        figures."""
        width = self.contentsRect().width() - 2 * PANEL_SIDE
        changed = False
        for label in (self.date_label, self.clock_warning, self.by_language_heading,
                      self.nobody_yet):
            before = label.minimumHeight()
            least = 0 if label.isHidden() else _wrapped_height(label, width)
            label.setMinimumHeight(least)
            changed = changed or least != before
        if changed:
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        """No: its wrapped texts have their heights at its width (_fit_wrapped). A box
        layout around it would take the height it would like at its width as the least it
        may have, and squeeze it and its neighbours when there is less."""
        return False

    def make_kinetic(self) -> None:
        """Flick the list by language. Called once the desk is there: the first paint has
        no rows to flick, and QScroller's first use takes some 10 ms."""
        make_kinetic(self._scroll)

    def show_counts(self, counts: "DailyCounts") -> None:
        self._counts = counts
        locale = QLocale()
        self.date_label.setText(locale.toString(QDate(counts.day), QLocale.FormatType.LongFormat))
        self.people.value.setText(locale.toString(counts.people))
        self.parties.value.setText(locale.toString(counts.parties))
        self.kids.value.setText(locale.toString(counts.children))
        self.nobody_yet.setVisible(counts.people == 0 and self._doubt is None)
        ranked = sorted(counts.by_language.items(), key=lambda pair: (-pair[1], pair[0]))
        for row, (code, n) in enumerate(ranked):
            name, number = self._language_row(row)
            name.setObjectName(f"today-language-{code}")
            name.setText(language_name(code))
            number.setObjectName(f"today-language-{code}-count")
            number.setText(locale.toString(n))
            name.show()
            number.show()
        for name, number in self._language_rows[len(ranked) :]:
            for label in (name, number):
                label.hide()
                label.setObjectName("")  # no language's name stays on a hidden row
                label.clear()
        self._fit_list()
        self._fit_wrapped()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()  # the look (large type) may have changed since the counts came
        self._fit_wrapped()

    def _fit_list(self) -> None:
        """The list is never narrower than its longest name and number with the scroll bar
        beside them (the panel's width follows on a narrow screen)."""
        for name, number in self._language_rows:
            name.ensurePolished()
            number.ensurePolished()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(self._rows.minimumSizeHint().width() + bar)

    def _language_row(self, row: int) -> tuple[QLabel, QLabel]:
        """The labels of row `row` of the list by language, made the first time it is needed.

        The rows are kept and refilled, not made anew for every registration: replacing
        them each time cost a little memory each time (the QWidgetItem that PySide's
        QLayout.takeAt hands back is never deleted; about 3.6 KB per refresh with sixteen
        languages, a registration's worth) and time.
        """
        while len(self._language_rows) <= row:
            name = QLabel()
            number = QLabel()
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            at = len(self._language_rows)
            self._grid.addWidget(name, at, 0)
            self._grid.addWidget(number, at, 1)
            self._language_rows.append((name, number))
        return self._language_rows[row]
