"""The kiosk's one window: a stack of screens, full screen on the desk's touchscreen."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLayout, QMainWindow, QStackedWidget, QWidget

from kiosk.ui.first_run import FirstRun
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.registration_flow import RegistrationFlow, Timings
from kiosk.ui.screens import build_screens
from kiosk.ui.stylesheet import STYLESHEET

if TYPE_CHECKING:
    from kiosk.store.desk import Desk

REFERENCE_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    first_paint = Signal()

    def __init__(
        self,
        desk: "Desk",
        language: InterfaceLanguage,
        timings: Timings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._painted = False
        super().__init__(parent)
        self.setObjectName("main-window")
        self.setStyleSheet(STYLESHEET)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        self.setCentralWidget(self.stack)
        # Full screen on a known screen: the layout need not impose a minimum window size
        # (offscreen and some kiosk compositors cannot take size hints anyway).
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.screens = build_screens(needs_setup=desk.site() is None)
        self.screens.add_to(self.stack)
        self.flow = RegistrationFlow(desk, self.screens, self.stack, language, timings, self)
        self.first_run: FirstRun | None = None
        if self.screens.setup is not None:
            self.first_run = FirstRun(desk, self.screens.setup, self)
            self.first_run.finished.connect(self.flow.begin)
            self.stack.setCurrentWidget(self.screens.setup)
        else:
            self.flow.begin()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Startpunt Kiosk"))

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
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.showFullScreen()
