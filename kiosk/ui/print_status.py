"""A calm line at the bottom of the screen when a document did not print, with a reprint button.

The registration is saved whatever the printer does; this only says what is waiting and why.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.core.print_job import Document, PrintJob
from kiosk.printing.print_service import Outcome
from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating


class PrintStatus(Retranslating, QFrame):
    reprint = Signal(int)  # a job id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print-status")
        self._failed: dict[int, Outcome] = {}
        self.message = QLabel()
        self.message.setObjectName("print-problem")
        self.message.setWordWrap(True)
        self.button = ActionButton("reprint", "primary", min_height=56)
        self.button.clicked.connect(self._reprint_latest)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Print again"))
        self._refresh()

    def failed_jobs(self) -> list[int]:
        return list(self._failed)

    def show_outcome(self, outcome: object) -> None:
        """Take a worker's result: a failure is shown, a success clears that job's problem."""
        if isinstance(outcome, Outcome):
            if outcome.printed:
                self._failed.pop(outcome.job.id, None)
            else:
                self._failed[outcome.job.id] = outcome
        elif isinstance(outcome, Exception):
            self._failed[-1] = Outcome(_NO_JOB, False, str(outcome))
        self._refresh()

    def _describe(self, job: PrintJob) -> str:
        label = f"{job.number:03d}"
        if job.document is Document.SHEET:
            return self.tr("The sheet for %1").replace("%1", label)
        return self.tr("The meal tickets for %1").replace("%1", label)

    def _refresh(self) -> None:
        if not self._failed:
            self.setVisible(False)
            return
        latest = list(self._failed.values())[-1]
        waiting = len(self._failed)
        what = self._describe(latest.job) if latest.job.id >= 0 else self.tr("Printing")
        text = "⚠ " + self.tr("%1 did not print: %2.").replace("%1", what).replace(
            "%2", latest.where
        )
        if waiting > 1:
            text += " " + self.tr("%1 documents are waiting.").replace("%1", str(waiting))
        text += " " + self.tr("The registration is saved; it will be tried again.")
        self.message.setText(text)
        self.button.setVisible(latest.job.id >= 0)
        self.setVisible(True)

    def _reprint_latest(self) -> None:
        for job_id in reversed(list(self._failed)):
            if job_id >= 0:
                self.reprint.emit(job_id)
                return


def _placeholder_job() -> PrintJob:
    from datetime import UTC, date, datetime

    from kiosk.core.print_job import JobStatus

    return PrintJob(
        -1,
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
