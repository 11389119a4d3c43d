"""The kiosk's one window: a stack of screens, full screen on the desk's touchscreen.

The window can paint its first screen before the desk is open (from what the app peeked:
set up or not, the site's name); `attach_desk` then builds the other screens, connects
them and fills the today panel.
"""

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.on_screen_keyboard import OnScreenKeyboard
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.screens import Screens
from kiosk.ui.stylesheet import STYLESHEET, stylesheet

if TYPE_CHECKING:
    from kiosk.store.desk import Desk
    from kiosk.sync.background import BackgroundSync
    from kiosk.ui.ask_once import AskOnce
    from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode
    from kiosk.ui.coordinator.housekeeping import HousekeepingTimer
    from kiosk.ui.first_run import FirstRun
    from kiosk.ui.print_status import PrintStatus
    from kiosk.ui.print_worker import PrintQueueRunner
    from kiosk.ui.registration_flow import RegistrationFlow, Timings
    from kiosk.ui.scan_catcher import ScanCatcher
    from kiosk.ui.soup_counter import SoupCounterScreen
    from kiosk.ui.sync_panel import SyncPanel
    from kiosk.ui.tasks import Tasks

REFERENCE_SIZE = (1280, 800)
HOUSEKEEPING_DELAY_MS = 20_000
NO_MINIMISE = (
    Qt.WindowType.Window
    | Qt.WindowType.CustomizeWindowHint
    | Qt.WindowType.WindowTitleHint
    | Qt.WindowType.WindowCloseButtonHint
    | Qt.WindowType.WindowMaximizeButtonHint
)


class MainWindow(Retranslating, QMainWindow):
    first_paint = Signal()
    desk_attached = Signal()  # the desk is open, every screen is connected, the counts show

    def __init__(
        self,
        desk: "Desk | None",
        language: InterfaceLanguage,
        timings: "Timings | None" = None,
        parent: QWidget | None = None,
        *,
        needs_setup: bool = False,
        site_name: str = "",
    ) -> None:
        """With a desk, everything is ready at once. Without one, only the first screen is
        built (the set-up when `needs_setup`, else Start with `site_name`) until
        `attach_desk`."""
        self._painted = False
        self._locked_down = False  # full-screen kiosk mode: closing needs the coordinator
        super().__init__(parent)
        self.setObjectName("main-window")
        self.setStyleSheet(STYLESHEET)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.printing: PrintQueueRunner | None = None
        self.print_status: PrintStatus | None = None
        self._soup_counter: SoupCounterScreen | None = None
        self.scan_catcher: ScanCatcher | None = None
        self._coordinator: CoordinatorMode | None = None
        self.housekeeping: HousekeepingTimer | None = None
        self.syncing: BackgroundSync | None = None
        self.sync_panel: SyncPanel | None = None
        self._tasks: Tasks | None = None
        self._ask_close: AskOnce | None = None
        # No minimise button: an iconified kiosk may never come back under some window managers.
        self.setWindowFlags(NO_MINIMISE)
        # Full screen on a known screen: the layout need not impose a minimum window size
        # (offscreen and some kiosk compositors cannot take size hints anyway).
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._language = language
        self._timings = timings
        self._flow: RegistrationFlow | None = None
        self.first_run: FirstRun | None = None
        self.screens = Screens(self.stack)
        self.keyboard = OnScreenKeyboard(self)  # for every text field of every screen
        if desk is not None:
            self.attach_desk(desk)
        elif needs_setup:
            self.stack.setCurrentWidget(self.screens.build_setup())
        else:
            start = self.screens.start
            start.show_site(site_name)
            start.show_interface_language(language.code())
        self.retranslate()

    @property
    def flow(self) -> "RegistrationFlow":
        if self._flow is None:
            raise RuntimeError("the desk is not open yet: attach_desk first")
        return self._flow

    @property
    def tasks(self) -> "Tasks":
        """The workers of slow work (housekeeping, exports, closing the day): the GUI thread
        only paints and answers taps."""
        if self._tasks is None:
            from kiosk.ui.tasks import Tasks

            self._tasks = Tasks(self)
        return self._tasks

    def has_desk(self) -> bool:
        return self._flow is not None

    def attach_desk(self, desk: "Desk") -> None:
        """The desk is open: build and connect every screen, then show the desk's own state
        (it has the last word over what was peeked before)."""
        from kiosk.ui.registration_flow import RegistrationFlow

        self._flow = RegistrationFlow(
            desk, self.screens, self.stack, self._language, self._timings, self
        )
        self.screens.start.make_kinetic()
        self._start_printing(desk)
        self.screens.start.soup_counter_chosen.connect(lambda: self.open_soup_counter(desk))
        self._catch_scans(desk)
        self.screens.start.coordinator_chosen.connect(lambda: self.open_coordinator(desk))
        if desk.site() is None:
            from kiosk.ui.first_run import FirstRun

            self.first_run = FirstRun(desk, self.screens.build_setup(), self, self._language)
            self.first_run.finished.connect(self._flow.begin)
            self.first_run.finished.connect(lambda: self._start_housekeeping(desk))
            self.stack.setCurrentWidget(self.screens.build_setup())
        else:
            self._flow.begin()
            self._start_housekeeping(desk)
        self.apply_look(desk)
        self.desk_attached.emit()

    def _start_printing(self, desk: "Desk") -> None:
        """Documents print on their own thread; problems show on a card over the volunteer's
        screens (never over Start and Done, which the arrival reads), moving nothing."""
        from kiosk.printing.print_service import PrintService
        from kiosk.ui.print_status import PrintStatus
        from kiosk.ui.print_worker import PrintQueueRunner

        self.print_status = PrintStatus(self.centralWidget())
        self.print_status.follow(  # the soup counter's verdict is the holder's too
            self.stack, lambda s: self.screens.read_by_arrivals(s) or s is self._soup_counter
        )
        self.printing = PrintQueueRunner(
            PrintService(desk.print_queue, desk.path.parent / "printed"), self
        )
        self.printing.printed.connect(self.print_status.show_outcome)
        runner = self.printing

        def reprint(job_id: int) -> None:
            desk.print_queue.reprint(job_id)
            runner.wake()

        self.print_status.reprint.connect(reprint)
        # After Done is painted: the printing thread's database work would otherwise take
        # turns with the GUI thread (one Python lock) while Done is drawn.
        self.flow.registered.connect(lambda _receipt: QTimer.singleShot(0, runner.wake))
        runner.wake()  # jobs left from before a restart or a power cut

    def _catch_scans(self, desk: "Desk") -> None:
        """A ticket scanned on another screen opens the soup counter with its verdict."""
        from kiosk.ui.scan_catcher import ScanCatcher

        catcher = self.scan_catcher = ScanCatcher(self)
        catcher.scanned.connect(lambda code: self.open_soup_counter(desk, code))

        def changed(_index: int) -> None:
            shown = self.stack.currentWidget()
            catcher.enabled = shown is not self._soup_counter and shown is not self.screens.setup

        self.stack.currentChanged.connect(changed)
        catcher.watch()

    def open_soup_counter(self, desk: "Desk", scanned: str | None = None) -> None:
        if self._soup_counter is None:
            from kiosk.ui.soup_counter import SoupCounterScreen

            self._soup_counter = SoupCounterScreen(
                desk.tickets.redeem,
                lambda: desk.registrations.counts(desk.today()).meals_served,
                lambda moment: moment.astimezone(desk.tz),
                ticket_language=desk.tickets.ticket_language,
                party_number=desk.tickets.ticket_party_number,
            )
            self._soup_counter.setObjectName("soup-counter")
            self._soup_counter.back.connect(self.flow.next_arrival)
            self.stack.addWidget(self._soup_counter)
        self.stack.setCurrentWidget(self._soup_counter)
        if scanned is not None:
            self._soup_counter.take_scan(scanned)

    def _start_syncing(self, desk: "Desk") -> None:
        """Counts go to headquarters by themselves when online; the panel shows how it goes."""
        from kiosk.sync.background import BackgroundSync
        from kiosk.sync.service import SyncService
        from kiosk.ui.sync_panel import SyncPanel

        panel = SyncPanel(desk.outbox.sync_status)
        self.screens.start.add_side_panel(panel)
        self.sync_panel = panel
        every = self._timings.sync_s if self._timings is not None else 300.0
        if every is None:
            return
        self.syncing = BackgroundSync(
            SyncService(desk.outbox),
            on_report=lambda _report, _error: panel.report_arrived.emit(),
            interval=every,
        )
        panel.sync_requested.connect(self.syncing.sync_now)
        self.syncing.start()

    def _start_housekeeping(self, desk: "Desk") -> None:
        """Closing the day at its hour, purging what is due, hourly backups."""
        self._start_syncing(desk)
        every = self._timings.housekeeping_ms if self._timings is not None else 5 * 60_000
        if every is None or self.housekeeping is not None:
            return
        from kiosk.ui.coordinator.housekeeping import HousekeepingTimer

        self.housekeeping = HousekeepingTimer(desk.days.housekeeping, every, self, self.tasks)
        self.housekeeping.problem.connect(
            lambda text: logging.getLogger("kiosk.housekeeping").warning("%s", text)
        )
        # The first round (it may back up the file) waits until the desk is in use.
        QTimer.singleShot(HOUSEKEEPING_DELAY_MS, self.housekeeping.start)

    def open_coordinator(self, desk: "Desk") -> None:
        """Coordinator mode behind the PIN; it locks itself and comes back to Start."""
        if self._coordinator is None:
            from kiosk.ui.coordinator.coordinator_mode import CoordinatorMode

            self._coordinator = CoordinatorMode(desk, tasks=self.tasks)
            self._coordinator.closed.connect(self.flow.forget_frequent)
            self._coordinator.closed.connect(self.flow.next_arrival)
            self._coordinator.parties.voided.connect(lambda _number: self.flow.refresh_today())
            self._coordinator.quit_requested.connect(self.ask_to_leave)
            self._coordinator.setting_saved.connect(lambda key: self._setting_saved(desk, key))
            self.stack.addWidget(self._coordinator)
        self.stack.setCurrentWidget(self._coordinator)
        self._coordinator.open()

    def _setting_saved(self, desk: "Desk", key: str) -> None:
        if key == "interface_language":
            self.flow.switch_interface_language(str(desk.settings.value("interface_language")))
        elif key in ("high_contrast", "large_text"):
            self.apply_look(desk)

    def apply_look(self, desk: "Desk") -> None:
        """The desk's high-contrast and large-text settings, on every screen at once."""
        sheet = stylesheet(
            high_contrast=desk.settings.value("high_contrast") is True,
            large_text=desk.settings.value("large_text") is True,
        )
        if sheet != self.styleSheet():  # setting it again would re-polish every widget
            self.setStyleSheet(sheet)

    def shutdown(self) -> None:
        """Stop housekeeping, syncing and printing, and wait for every worker to end (before
        the desk closes: a worker may be in the middle of a backup or an export)."""
        if self.scan_catcher is not None:
            self.scan_catcher.stop()
        if self.housekeeping is not None:
            self.housekeeping.stop()
            self.housekeeping = None
        if self._tasks is not None:
            self._tasks.wait()
        if self.syncing is not None:
            self.syncing.stop()
            self.syncing = None
        if self.printing is not None:
            self.printing.stop()
            self.printing = None

    def allow_close(self) -> None:
        """The program itself is ending (a start-up check, a fatal database problem)."""
        self._locked_down = False

    def ask_to_leave(self) -> None:
        """Close kiosk (coordinator mode) asks first: the desk stops for everybody."""
        if self._ask_close is None:
            from kiosk.ui.ask_once import AskOnce

            self._ask_close = AskOnce(
                self.stack,
                "close-kiosk",
                lambda: self.tr("Close the kiosk?"),
                lambda: self.tr("Yes, close"),
                lambda: self.tr("No, stay open"),
            )
            self._ask_close.yes.connect(self.leave_kiosk)
        self._ask_close.ask()

    def leave_kiosk(self) -> None:
        """A coordinator (behind the PIN) ends kiosk mode: the window may close now."""
        self.allow_close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._locked_down:  # Alt+F4 and the like: only a coordinator closes the kiosk
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Startpunt Kiosk"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            # Iconified anyway (a window manager's key, xdotool): come back at once.
            QTimer.singleShot(0, self._restore)

    def _restore(self) -> None:
        if not self.isMinimized():
            return
        if self._locked_down:
            self.showFullScreen()
        else:
            self.setWindowState(
                (self.windowState() & ~Qt.WindowState.WindowMinimized)
                | Qt.WindowState.WindowMaximized
            )
            self.show()
        self.activateWindow()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_paint.emit()
        return handled

    def show_on_desk(self, windowed: bool) -> None:
        if windowed:
            self.resize(*REFERENCE_SIZE)
            self.show()
        else:
            # Frameless alone (with the title hints of NO_MINIMISE, Qt would drop it): no
            # buttons at all, so nothing to minimise.
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
            self._locked_down = True
            # Without a window manager (a desk started by xinit alone) nothing makes a
            # full-screen window as big as the screen: give it the screen's size first.
            screen = self.screen()
            if screen is not None:
                self.setGeometry(screen.geometry())
            self.showFullScreen()
