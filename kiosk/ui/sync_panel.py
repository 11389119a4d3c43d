"""Headquarters at a glance: last successful sync, days waiting, the last problem, "sync now".

Sending happens on the sync thread (kiosk.sync.background); its reports arrive here through a
queued signal, so this widget is only ever touched on the GUI thread.
"""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.core.outgoing import SyncStatus
from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.touch import MIN_TARGET


class SyncPanel(Retranslating, QFrame):
    sync_requested = Signal()
    report_arrived = Signal()  # emitted from the sync thread; Qt queues it to this thread

    def __init__(self, status: Callable[[], SyncStatus], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync-panel")
        self.setProperty("role", "card")
        self._status = status
        self._busy = False
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.state = QLabel()
        self.state.setObjectName("sync-state")
        self.state.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("sync-problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "hint")
        self.button = ActionButton("sync-now", "secondary", min_height=MIN_TARGET)
        self.button.clicked.connect(self._sync_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.problem)
        layout.addWidget(self.button)
        self.report_arrived.connect(self._finished)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Headquarters"))
        self.button.setText(self.tr("Sending…") if self._busy else self.tr("Sync now"))
        self.refresh()

    def _sync_now(self) -> None:
        self._busy = True
        self.button.setEnabled(False)
        self.retranslate()
        self.sync_requested.emit()

    def _finished(self) -> None:
        self._busy = False
        self.button.setEnabled(True)
        self.retranslate()

    def refresh(self) -> None:
        status = self._status()
        if not status.connected:
            self.state.setText(self.tr("Not connected. A coordinator can connect the kiosk."))
            self.problem.setVisible(False)
            self.button.setVisible(False)
            return
        self.button.setVisible(True)
        if status.last_success is None:
            sent = self.tr("Nothing sent yet.")
        else:
            sent = self.tr("Last sent: %1").replace(
                "%1", status.last_success.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        waiting = self.tr("Days waiting: %1").replace("%1", str(status.waiting))
        self.state.setText(f"{sent}\n{waiting}")
        self.problem.setVisible(bool(status.last_problem))
        if status.last_problem:
            self.problem.setText("⚠ " + status.last_problem)
