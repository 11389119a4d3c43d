"""Today's parties, one row each: number, time, language, people, nationality, tickets used,
and whether the party was voided; each with Reprint and Void (asked once). Twenty to a
page, the newest page first.

The screen never touches the database: it is handed three callables (the desk's list of a
day's parties, its void and its reprint), and runs them on a worker of `tasks`, so a long
day's list or a busy database never freezes the screens.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import ValidationError
from kiosk.core.void import DayParty, VoidedBy
from kiosk.ui.buttons import ActionButton
from kiosk.ui.coordinator.notice import Notice
from kiosk.ui.coordinator.scrolling import kinetic_page
from kiosk.ui.labels import language_name, nationality_name
from kiosk.ui.refusals import refusal_text
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.tasks import Tasks
from kiosk.ui.touch import MIN_TARGET

type Load = Callable[[], list[DayParty]]  # today's parties (the desk's parties_of_day)
type Act = Callable[[int, date], object]  # void or reprint party N of a day

PAGE = 20  # parties on a page: the newest page comes first


class PartyRow(Retranslating, QFrame):
    """One party: its number large on the left, what it is beside it, its buttons right.

    Rows are made once per page place and shown another party with `show_party`: making a
    row costs milliseconds (the stylesheet), a long day has hundreds of parties."""

    reprint_tapped = Signal(object)  # the DayParty
    void_tapped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party: DayParty | None = None
        self.setProperty("role", "card")
        # Never squeezed to fit the page: the list scrolls instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.number = QLabel()
        self.number.setProperty("role", "section")
        self.number.setMinimumWidth(70)
        self.details = QLabel()
        self._details: tuple[str, str] = ("", "")  # when and language; country and people
        self._width = 0  # the list's, as the screen last gave it
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        self.reprint = ActionButton("party-reprint", "secondary", min_height=MIN_TARGET + 8)
        self.void = ActionButton("party-void", "secondary", min_height=MIN_TARGET + 8)
        self.reprint.clicked.connect(lambda: self.reprint_tapped.emit(self.party))
        self.void.clicked.connect(lambda: self.void_tapped.emit(self.party))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.details)
        text.addWidget(self.state)
        line = self._line = QHBoxLayout(self)
        line.setContentsMargins(16, 8, 12, 8)
        line.setSpacing(14)
        line.addWidget(self.number)
        line.addLayout(text, 1)
        self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._buttons.setSpacing(14)
        self._buttons.addWidget(self.reprint)
        self._buttons.addWidget(self.void)
        line.addLayout(self._buttons)

    def fit(self, width: int) -> None:
        """In a list `width` wide: the details on one line when they fit beside the number and
        the buttons (landscape), else on two (portrait, large type)."""
        self._width = width
        one_line = "  ·  ".join(self._details)
        two_lines = "\n".join(self._details)
        metrics = self.details.fontMetrics()
        buttons = self.reprint.sizeHint().width() + self.void.sizeHint().width() + 14
        self.ensurePolished()  # the card's border and padding come from the stylesheet
        frame, line = self.contentsMargins(), self._line.contentsMargins()
        edges = frame.left() + frame.right() + line.left() + line.right()
        room = width - edges - self.number.sizeHint().width() - 2 * self._line.spacing()
        longest = max(*(metrics.horizontalAdvance(part) for part in self._details),
                      self.state.fontMetrics().horizontalAdvance(self.state.text()))
        text = one_line if metrics.horizontalAdvance(one_line) <= room - buttons else two_lines
        # Still too narrow (1024 px in large type): the buttons go one above the other.
        side_by_side = longest <= room - buttons
        self._buttons.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if text != self.details.text():
            self.details.setText(text)

    def show_party(self, party: DayParty) -> None:
        self.party = party
        name = f"party-{party.number}"
        for widget, suffix in ((self, ""), (self.number, "-number"), (self.details, "-details"),
                               (self.state, "-state"), (self.reprint, "-reprint"),
                               (self.void, "-void")):
            widget.setObjectName(name + suffix)
        self.number.setText(party.label)
        for button in (self.reprint, self.void):
            button.setVisible(not party.voided)
        self.reprint.setEnabled(party.tickets > 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.reprint.setText(self.tr("Reprint"))
        self.void.setText(self.tr("Void"))
        party = self.party
        if party is None:
            return
        people = (self.tr("1 person") if party.people == 1
                  else self.tr("%1 people").replace("%1", str(party.people)))
        self._details = (
            f"{party.registered_at:%H:%M}  ·  {language_name(party.language)}",
            f"{nationality_name(party.nationality)}  ·  {people}",
        )
        if party.voided_at is not None:
            who = (self.tr("undone at the desk") if party.voided_by is VoidedBy.VOLUNTEER_UNDO
                   else self.tr("by a coordinator"))
            self.state.setText("✗ " + self.tr("Voided at %1, %2")
                               .replace("%1", f"{party.voided_at:%H:%M}").replace("%2", who))
        elif party.tickets:
            self.state.setText(
                self.tr("Meal tickets used: %1 of %2")
                .replace("%1", str(party.tickets_used)).replace("%2", str(party.tickets))
            )
        else:
            self.state.setText(self.tr("Typed in from paper: no tickets"))
        self.fit(self._width)


class PartiesScreen(Retranslating, QWidget):
    back = Signal()
    voided = Signal(int)  # a party's number: the counts changed

    def __init__(
        self,
        load: Load,
        void: Act,
        reprint: Act,
        parent: QWidget | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._load = load
        self._void = void
        self._reprint = reprint
        self._tasks = tasks if tasks is not None else Tasks(self)
        self._parties: list[DayParty] = []
        self._asked: DayParty | None = None
        self._page = 0
        self._pool: list[PartyRow] = []
        self.rows: dict[int, PartyRow] = {}  # the parties on the page shown, by number

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.summary = QLabel()
        self.summary.setObjectName("parties-summary")
        self.summary.setProperty("role", "muted")
        self.back_button = ActionButton("parties-back", "secondary", min_height=64)
        self.back_button.clicked.connect(self.back)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        self.result = Notice("parties-result")
        self.confirm = QFrame()
        self.confirm.setObjectName("void-confirm")
        self.confirm.setProperty("role", "card")
        self.confirm_text = QLabel()
        self.confirm_text.setObjectName("void-confirm-text")
        self.confirm_text.setWordWrap(True)
        self.confirm_yes = ActionButton("void-yes", "primary", min_height=MIN_TARGET + 8)
        self.confirm_no = ActionButton("void-no", "secondary", min_height=MIN_TARGET + 8)
        self.confirm_yes.clicked.connect(self._confirmed)
        self.confirm_no.clicked.connect(self._not_asked)
        confirm_row = QHBoxLayout(self.confirm)
        confirm_row.setContentsMargins(18, 10, 18, 10)
        confirm_row.addWidget(self.confirm_text, 1)
        confirm_row.addWidget(self.confirm_no)
        confirm_row.addWidget(self.confirm_yes)
        self.confirm.hide()

        self.empty = QLabel()
        self.empty.setObjectName("parties-empty")
        self.empty.setProperty("role", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list = QWidget()
        self.list.setObjectName("parties-list")
        self._lines = QVBoxLayout(self.list)
        self._lines.setContentsMargins(0, 0, 8, 0)
        self._lines.setSpacing(8)
        self._lines.addWidget(self.empty)
        self._lines.addStretch(1)
        self.scroller = kinetic_page(self.list, "parties-scroll")
        self.scroller.viewport().installEventFilter(self)  # rows fit the list's width
        self.scroller.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.pager = QWidget()
        self.pager.setObjectName("parties-pager")
        self.earlier = ActionButton("parties-earlier", "secondary", min_height=MIN_TARGET + 8)
        self.later = ActionButton("parties-later", "secondary", min_height=MIN_TARGET + 8)
        self.earlier.clicked.connect(lambda: self._turn(-1))
        self.later.clicked.connect(lambda: self._turn(1))
        self.page_label = QLabel()
        self.page_label.setObjectName("parties-page")
        self.page_label.setProperty("role", "muted")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pager = QHBoxLayout(self.pager)
        pager.setContentsMargins(0, 0, 0, 0)
        pager.addWidget(self.earlier)
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.later)
        self.pager.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.result)
        layout.addWidget(self.confirm)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.pager)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.result.clear()
        self._not_asked()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today's parties"))
        self.back_button.setText("‹  " + self.tr("Back"))
        self.confirm_yes.setText(self.tr("Void party"))
        self.confirm_no.setText(self.tr("Cancel"))
        self.empty.setText(self.tr("Nobody registered yet today."))
        self.earlier.setText("‹  " + self.tr("Earlier"))
        self.later.setText(self.tr("Later") + "  ›")
        self._show_page_label()
        self._show_question()
        self._show_summary()

    # -- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read today's parties on a worker; the list is shown when they come back."""
        self._tasks.run(self._load, self.show_parties, self._failed, name="parties-load")

    def show_parties(self, parties: list[DayParty]) -> None:
        """Show the parties; the first time (and when the day changed) the newest page."""
        day = parties[0].day if parties else None
        newest = not self._parties or self._parties[0].day != day
        self._parties = list(parties)
        pages = max(1, -(-len(self._parties) // PAGE))
        self._page = pages - 1 if newest else min(self._page, pages - 1)
        self._show_page()
        self.empty.setVisible(not self._parties)
        self._show_summary()

    def _show_page(self) -> None:
        shown = self._parties[self._page * PAGE:(self._page + 1) * PAGE]
        while len(self._pool) < len(shown):
            row = PartyRow()
            row.reprint_tapped.connect(self._reprint_party)
            row.void_tapped.connect(self._ask_void)
            self._lines.insertWidget(len(self._pool), row)
            self._pool.append(row)
        self.rows = {}
        for row, party in zip(self._pool, shown, strict=False):
            row.show_party(party)
            row.show()
            self.rows[party.number] = row
        for row in self._pool[len(shown):]:
            row.hide()
        pages = max(1, -(-len(self._parties) // PAGE))
        self.pager.setVisible(pages > 1)
        self.earlier.setEnabled(self._page > 0)
        self.later.setEnabled(self._page < pages - 1)
        self._show_page_label()
        self._fit_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        width = self.scroller.viewport().width() - self._lines.contentsMargins().right()
        for row in self._pool:
            row.fit(width)

    def _turn(self, step: int) -> None:
        self._page += step
        self._show_page()
        self.scroller.verticalScrollBar().setValue(0)

    def _show_page_label(self) -> None:
        first = self._page * PAGE + 1
        last = min(len(self._parties), first + PAGE - 1)
        self.page_label.setText(
            self.tr("Parties %1–%2 of %3").replace("%1", str(first)).replace("%2", str(last))
            .replace("%3", str(len(self._parties)))
        )

    def parties(self) -> list[DayParty]:
        return list(self._parties)

    def _show_summary(self) -> None:
        kept = [p for p in self._parties if not p.voided]
        text = self.tr("Parties counted: %1").replace("%1", str(len(kept))) + "  ·  " + self.tr(
            "People counted: %1"
        ).replace("%1", str(sum(p.people for p in kept)))
        voided = len(self._parties) - len(kept)
        if voided:
            text += "  ·  " + self.tr("Voided: %1").replace("%1", str(voided))
        if self._parties:
            day = QLocale().toString(QDate(self._parties[0].day), QLocale.FormatType.LongFormat)
            text = f"{day}\n{text}"  # two lines: the counts never squeezed beside the date
        self.summary.setText(text)

    # -- void, asked once ---------------------------------------------------------------

    def _ask_void(self, party: DayParty) -> None:
        self._asked = party
        self.result.clear()
        self._show_question()
        self.confirm.show()

    def _show_question(self) -> None:
        party = self._asked
        if party is None:
            return
        self.confirm_text.setText(
            self.tr("Void party %1 (people: %2)? It stays in the list but is no longer "
                    "counted, and its meal tickets are refused. Headquarters gets the corrected "
                    "day.")
            .replace("%1", party.label).replace("%2", str(party.people))
        )

    def _not_asked(self) -> None:
        self._asked = None
        self.confirm.hide()

    def _confirmed(self) -> None:
        party = self._asked
        self._not_asked()
        if party is None:
            return

        def done(_: object) -> None:
            self.result.say(True, self.tr("Party %1 is voided.").replace("%1", party.label))
            self.voided.emit(party.number)
            self.refresh()

        self._tasks.run(lambda: self._void(party.number, party.day), done, self._failed,
                        name="parties-void")

    # -- reprint ------------------------------------------------------------------------

    def _reprint_party(self, party: DayParty) -> None:
        def done(_: object) -> None:
            text = self.tr("Party %1's sheet and meal tickets are printed again.")
            self.result.say(True, text.replace("%1", party.label))

        self.result.clear()
        self._tasks.run(lambda: self._reprint(party.number, party.day), done, self._failed,
                        name="parties-reprint")

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, ValidationError):
            raise error  # a bug: the crash hook logs it and the kiosk recovers
        self.result.say(False, refusal_text(error))
        self.refresh()
