"""Coordinator mode as one widget: PIN first, then the dashboard, export, settings and
today's parties (void, reprint).

It locks itself after `coordinator_idle_seconds` (5 minutes) without a tap or key, and on
the Lock button; either way it emits `closed` so the window shows the volunteers' screens
again. Wiring it into a window is: add it to the stack, call `open()` to show it, and go
back to Start on `closed`.
"""

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.core.pin_lockout import AutoLock
from kiosk.core.void import VoidedBy
from kiosk.ui.coordinator.dashboard_screen import DashboardScreen
from kiosk.ui.coordinator.export_screen import ExportScreen
from kiosk.ui.coordinator.parties_screen import PartiesScreen
from kiosk.ui.coordinator.pin_screen import PinScreen
from kiosk.ui.coordinator.printer_row import PrinterTools
from kiosk.ui.coordinator.settings_screen import SettingsScreen
from kiosk.ui.idle_reset import ACTIVITY
from kiosk.ui.tasks import Tasks

if TYPE_CHECKING:
    from kiosk.store.desk import Desk


class CoordinatorMode(QStackedWidget):
    closed = Signal()  # locked or left: show the volunteers' screens
    quit_requested = Signal()  # a coordinator closes the kiosk (kiosk mode ends)
    setting_saved = Signal(str)  # e.g. "interface_language": the window may switch language

    def __init__(
        self,
        desk: "Desk",
        folders: Callable[[], list[Path]] | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        """`folders` lists where exports can go (default: USB sticks, then the data folder's
        `exports`); `clock` is for tests (default: the desk's local time); `tasks` runs the
        slow work (exports, closing the day) off the GUI thread (default: its own pool)."""
        super().__init__(parent)
        self.setObjectName("coordinator-mode")
        self._desk = desk
        self.tasks = tasks if tasks is not None else Tasks(self)
        now = clock or desk.local_now
        if folders is None:
            from kiosk.exports.folders import export_folders

            data_dir = desk.path.parent
            folders = lambda: export_folders(data_dir)  # noqa: E731
        self.pin = PinScreen(desk.access.login, desk.access.pin_state, now)
        self.dashboard = DashboardScreen(
            desk.registrations.dashboard, desk.days.close_day, tasks=self.tasks
        )
        self.export = ExportScreen(
            self._export,
            desk.today,
            folders,
            lambda: str(desk.settings.value("interface_language")),
            tasks=self.tasks,
        )
        self.settings = SettingsScreen(
            desk.settings.shown, desk.settings.change, desk.access.change_pin,
            printers=PrinterTools(self.tasks, desk.path.parent / "printed"),
        )
        self.parties = PartiesScreen(
            desk.registrations.parties_of_day,
            lambda number, day: desk.registrations.void(number, VoidedBy.COORDINATOR, day),
            lambda number, day: desk.print_queue.reprint_party(number, day),
            tasks=self.tasks,
        )
        for screen in (self.pin, self.dashboard, self.export, self.settings):
            self.addWidget(screen)
        self.addWidget(self.parties)
        self.dashboard.parties_requested.connect(lambda: self.setCurrentWidget(self.parties))
        self.parties.back.connect(lambda: self.setCurrentWidget(self.dashboard))
        self.pin.unlocked.connect(self._unlocked)
        self.pin.cancelled.connect(self.leave)
        self.dashboard.export_requested.connect(lambda: self.setCurrentWidget(self.export))
        self.dashboard.settings_requested.connect(lambda: self.setCurrentWidget(self.settings))
        self.dashboard.lock_requested.connect(self.leave)
        self.dashboard.quit_requested.connect(self.quit_requested)
        self.export.back.connect(lambda: self.setCurrentWidget(self.dashboard))
        self.settings.back.connect(lambda: self.setCurrentWidget(self.dashboard))
        self.settings.saved.connect(self.setting_saved)
        self.auto_lock = AutoLock(now)
        self._watch = QTimer(self)
        self._watch.setInterval(1000)
        self._watch.timeout.connect(self.check_idle)
        self._filtering = False

    def open(self) -> None:
        """Show the PIN screen (coordinator mode is locked until the PIN is typed)."""
        self.setCurrentWidget(self.pin)
        self.pin.reset()

    def is_unlocked(self) -> bool:
        return self.auto_lock.is_open

    def _unlocked(self) -> None:
        seconds = int(self._desk.settings.value("coordinator_idle_seconds"))
        self.auto_lock.timeout = timedelta(seconds=seconds)
        self.auto_lock.open()
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._watch.start()
        self.setCurrentWidget(self.dashboard)

    def leave(self) -> None:
        """Lock and hand the screen back to the volunteers."""
        self.auto_lock.close()
        self._watch.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False
        self.setCurrentWidget(self.pin)
        self.closed.emit()

    def check_idle(self) -> None:
        """Lock when nobody touched the screen for the idle time (a timer asks every second)."""
        if self.auto_lock.expired():
            self.leave()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.auto_lock.touch()
        return False

    def _export(self, first: date, last: date, format: str, folder: Path, language: str) -> Path:
        """Runs on a worker thread (see ExportScreen): no widget here."""
        from kiosk.exports import export_counts

        folder.mkdir(parents=True, exist_ok=True)
        return export_counts(self._desk, first, last, format, folder, language)
