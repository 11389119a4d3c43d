"""A card over the volunteer's screens when a document did not print; it moves nothing.

The card is a child of the window raised over the screens, in no layout, so no button moves
when it comes or goes. Arrivals never see it: it hides on the screens they read (Start, where
they tap their language, and Done with their number) and comes back on the next volunteer
screen. Everything on it is in the volunteer's language; the printer's own English words only
appear as a small "technical detail". Dismissed, it stays away until a new kind of problem
happens, or the same one again after a document printed.

It starts small, over the screen's title (which document did not print; Print again,
Dismiss, Details), so the counters and choices below stay free to tap; Details opens the
cause, what to do and the printer's own words.

The registration is saved whatever the printer does; this only says what is waiting and why.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.print_job import Document, PrintJob
from kiosk.printing.backends import Problem
from kiosk.printing.print_service import Outcome
from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.touch import MIN_TARGET

MARGIN = 16  # px between the card and the window's sides
TOP = 4  # px above the card: over the screen's title, not its first row of buttons
MAX_WIDTH = 820
NO_JOB = -1  # the key of a problem that is not a job's (the print worker met an error)


def problem_text(problem: Problem | None) -> str:
    """What went wrong, in the volunteer's language, with what to do about it."""
    texts = {
        Problem.NO_CUPS: QCoreApplication.translate(
            "print_problem", "Printing is not installed on this computer."
        ),
        Problem.UNKNOWN_PRINTER: QCoreApplication.translate(
            "print_problem",
            "The chosen printer is not found. Check its cable and that it is on, or choose "
            "another printer in the settings.",
        ),
        Problem.PAUSED: QCoreApplication.translate(
            "print_problem", "The printer is paused or offline. Check that it is on."
        ),
        Problem.NO_ANSWER: QCoreApplication.translate(
            "print_problem", "The printer did not answer in time. Check that it is on."
        ),
        Problem.REFUSED: QCoreApplication.translate(
            "print_problem", "The printer refused the document. Check its paper and lights."
        ),
        Problem.NOT_CONNECTED: QCoreApplication.translate(
            "print_problem", "The receipt printer is not connected. Check its cable and power."
        ),
        Problem.PAPER: QCoreApplication.translate(
            "print_problem", "The receipt printer stopped. Check its paper and its cover."
        ),
        Problem.WRONG_PAPER: QCoreApplication.translate(
            "print_problem",
            "A receipt printer cannot print A4 sheets. Choose another printer in the settings.",
        ),
        Problem.FOLDER: QCoreApplication.translate(
            "print_problem", "The folder for PDF files cannot be written (missing or full)."
        ),
        Problem.DRAWING: QCoreApplication.translate(
            "print_problem", "The document could not be prepared for printing."
        ),
    }
    return texts.get(
        problem if problem is not None else Problem.OTHER,
        QCoreApplication.translate("print_problem", "Something went wrong while printing."),
    )


class PrintStatus(Retranslating, QFrame):
    reprint = Signal(int)  # a job id
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """`parent` is the widget the card floats over (the window's central widget)."""
        super().__init__(parent)
        self.setObjectName("print-status")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._failed: dict[int, Outcome] = {}
        self._dismissed: set[Problem] = set()  # kinds put away since the last print
        self._alerting: set[Problem] = set()  # kinds that happened and were not put away
        self._for_volunteer = True
        self._expanded = False  # Details open: the cause, what to do, the printer's words
        self.sign = QLabel("⚠")
        self.sign.setObjectName("print-problem-sign")
        self.sign.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel()
        self.title.setObjectName("print-problem-title")
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("print-problem")
        self.message.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("print-problem-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.button = ActionButton("reprint", "primary", min_height=MIN_TARGET + 8)
        self.button.clicked.connect(self._reprint_latest)
        self.dismiss_button = ActionButton(
            "print-problem-dismiss", "secondary", min_height=MIN_TARGET + 8
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        self.details_button = ActionButton(
            "print-problem-details", "secondary", min_height=MIN_TARGET + 8
        )
        self.details_button.clicked.connect(self._toggle_details)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.title)
        words.addWidget(self.message)
        words.addWidget(self.detail)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addStretch(1)
        actions.addWidget(self.details_button)
        actions.addWidget(self.button)
        actions.addWidget(self.dismiss_button)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.sign)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)  # the words get the card's whole width, the buttons below
        layout.setContentsMargins(14, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(actions)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setVisible(False)
        if parent is not None:
            parent.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Print again"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.details_button.setText(self.tr("Less") if self._expanded else self.tr("Details"))
        self._refresh()

    def failed_jobs(self) -> list[int]:
        return list(self._failed)

    def follow(self, stack: QStackedWidget, read_by_arrivals: Callable[[QWidget], bool]) -> None:
        """Show only over the stack's screens that `read_by_arrivals` says are not theirs."""

        def changed(_index: int) -> None:
            current = stack.currentWidget()
            self.for_volunteer(current is None or not read_by_arrivals(current))

        stack.currentChanged.connect(changed)
        changed(stack.currentIndex())

    def for_volunteer(self, shown: bool) -> None:
        """Whether the screen below is the volunteer's (True) or read by an arrival."""
        self._for_volunteer = shown
        self._refresh()

    def show_outcome(self, outcome: object) -> None:
        """Take a worker's result: a failure is shown, a success clears that job's problem
        (and lets a dismissed problem come back if it happens again)."""
        if isinstance(outcome, Outcome):
            if outcome.printed:
                self._failed.pop(outcome.job.id, None)
                self._dismissed.clear()
                self._alerting &= {_kind(failure) for failure in self._failed.values()}
            else:
                self._failed[outcome.job.id] = outcome
                self._alert(_kind(outcome))
        elif isinstance(outcome, Exception):
            self._failed[NO_JOB] = Outcome(_NO_JOB, False, str(outcome), Problem.OTHER)
            self._alert(Problem.OTHER)
        self._refresh()

    def _alert(self, kind: Problem) -> None:
        if kind not in self._dismissed:
            self._alerting.add(kind)

    def dismiss(self) -> None:
        """Put the card away until a new kind of problem (or this one after a print)."""
        self._dismissed.update(_kind(outcome) for outcome in self._failed.values())
        self._alerting.clear()
        self._expanded = False
        self._refresh()
        self.dismissed.emit()

    def _toggle_details(self) -> None:
        self._expanded = not self._expanded
        self._refresh()

    def wanted(self) -> bool:
        """A problem the volunteer has not put away yet."""
        return bool(self._failed) and bool(self._alerting)

    def _describe(self, job: PrintJob) -> str:
        label = f"{job.number:03d}"
        if job.document is Document.SHEET:
            return self.tr("The sheet for number %1 did not print.").replace("%1", label)
        return self.tr("The meal tickets for number %1 did not print.").replace("%1", label)

    def _refresh(self) -> None:
        if not self._failed:
            self.setVisible(False)
            return
        latest = list(self._failed.values())[-1]
        lines = []
        if latest.job.id >= 0:
            self.title.setText(self._describe(latest.job))
        else:
            self.title.setText(self.tr("A document did not print"))
        lines.append(problem_text(latest.problem))
        waiting = sum(1 for job_id in self._failed if job_id >= 0)
        if waiting > 1:
            lines.append(self.tr("%1 documents are waiting.").replace("%1", str(waiting)))
        lines.append(self.tr("The registration is saved; the kiosk tries again by itself."))
        self.message.setText(" ".join(lines))
        self.detail.setText(self.tr("Technical detail: %1").replace("%1", latest.where))
        self.button.setVisible(latest.job.id >= 0)
        self.message.setVisible(self._expanded)
        self.detail.setVisible(self._expanded)
        self.details_button.setText(self.tr("Less") if self._expanded else self.tr("Details"))
        shown = self._for_volunteer and self.wanted()
        if shown:
            self.place()
            self.raise_()
        self.setVisible(shown)

    def place(self) -> None:
        """At the top of the window over the screen's title, centred, as tall as its words
        need."""
        host = self.parentWidget()
        if host is None:
            return
        width = min(MAX_WIDTH, host.width() - 2 * MARGIN)
        # The wrapped words' height at this width (a size hint guesses another width, and
        # made the card twice as tall as its words over the screen's counters).
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        if height <= 0:
            height = self.sizeHint().height()
        height = max(height, self.minimumSizeHint().height())
        self.setGeometry((host.width() - width) // 2, TOP, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def _reprint_latest(self) -> None:
        for job_id in reversed(list(self._failed)):
            if job_id >= 0:
                self.reprint.emit(job_id)
                return


def _kind(outcome: Outcome) -> Problem:
    return outcome.problem if outcome.problem is not None else Problem.OTHER


def _placeholder_job() -> PrintJob:
    from datetime import UTC, date, datetime

    from kiosk.core.print_job import JobStatus

    return PrintJob(
        NO_JOB,
        Document.SHEET,
        date.min,
        0,
        "en",
        (),
        JobStatus.WAITING,
        0,
        None,
        datetime.min.replace(tzinfo=UTC),
    )


_NO_JOB = _placeholder_job()
