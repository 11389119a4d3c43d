"""A kiosk must come back by itself: an unexpected error is logged, the registration in
progress is thrown away (nothing half-done is stored), Start shows with a calm message.

PySide6 hands exceptions raised in slots and Qt virtuals to `sys.excepthook`, so one hook
catches both; exceptions on Python threads (`threading.excepthook`) come to the same hook.
An error on a thread other than the GUI thread is logged there, and the recovery (which
touches widgets) is sent to the GUI thread as a queued signal. The log gets the exception's
type and traceback only, never its message: a message may quote a nationality, a language
or a typed text.
"""

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

log = logging.getLogger("kiosk.crash")
NOTICE_MS = 20_000  # the message goes by itself after this long

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def describe(error: BaseException) -> str:
    """The error's type and where it happened, for each error in its chain; no messages."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        frames = "".join(traceback.format_tb(current.__traceback__))
        name = f"{kind.__module__}.{kind.__qualname__}"
        parts.append(f"Traceback (most recent call last):\n{frames}{name}")
        current = current.__cause__ or current.__context__
    return "\n\nwhile handling, or caused by:\n".join(parts)


class CrashNotice(Retranslating, QFrame):
    """The calm line over the screens after a recovery; a tap or a wait closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash-notice")
        self.message = QLabel()
        self.message.setObjectName("crash-message")
        self.message.setWordWrap(True)
        self.button = ActionButton("crash-ok", "primary", min_height=56)
        self.button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(
            self.tr(
                "Something went wrong. The kiosk has started again at the first screen. "
                "Nothing half-done was saved."
            )
        )
        self.button.setText(self.tr("OK"))

    def show_for(self, milliseconds: int) -> None:
        self.setVisible(True)
        self._timer.start(milliseconds)


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


class _ToTheGuiThread(QObject):
    """Lives on the GUI thread: a recovery asked for on another thread runs here."""

    recover = Signal()

    def __init__(self, recovery: "CrashRecovery") -> None:
        super().__init__()
        self._recovery = recovery
        self.recover.connect(self._recover, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _recover(self) -> None:
        self._recovery.recover_safely()


class CrashRecovery:
    """`install()` makes `handle` the excepthook (and the threads' excepthook); `uninstall()`
    puts the previous ones back."""

    def __init__(self, window: "MainWindow", notice_ms: int = NOTICE_MS) -> None:
        self._window = window
        self._notice_ms = notice_ms
        self._previous: ExceptHook | None = None
        self._previous_threads: Callable[[threading.ExceptHookArgs], object] | None = None
        self._recovering = False
        self._relay = _ToTheGuiThread(self)
        self.notice = CrashNotice()
        central = window.centralWidget()
        column = central.layout() if central is not None else None
        if isinstance(column, QVBoxLayout):
            column.insertWidget(0, self.notice)

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        self._previous_threads = threading.excepthook
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None
        if self._previous_threads is not None and threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_threads
        self._previous_threads = None

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or not issubclass(args.exc_type, Exception):
            (self._previous_threads or threading.__excepthook__)(args)
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # Ctrl+C, SystemExit: not ours to swallow
            (self._previous or sys.__excepthook__)(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        log.error("unexpected error, back to Start\n%s", describe(error))
        if not on_gui_thread():  # widgets belong to the GUI thread: recover there
            self._relay.recover.emit()
            return
        self.recover_safely()

    def recover_safely(self) -> None:
        """On the GUI thread: recover once; a failing recovery is logged, not repeated."""
        if self._recovering:  # the recovery itself failed: logged, nothing more to try
            return
        self._recovering = True
        try:
            self.recover()
        except Exception as again:  # a kiosk keeps running whatever happens
            log.error("the recovery failed too\n%s", describe(again))
        finally:
            self._recovering = False

    def recover(self) -> None:
        """Throw the draft away, show Start and the calm message."""
        if self._window.has_desk():
            self._window.flow.discard()
        self.notice.show_for(self._notice_ms)
