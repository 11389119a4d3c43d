"""An unexpected error comes back to Start by itself: logged (type and traceback only),
the draft thrown away, a calm message shown, nothing half-saved."""

import logging
import re
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.logs import BACKUP_COUNT, LOGGER, MAX_BYTES, log_path, set_up_logging
from kiosk.store.desk import Desk
from kiosk.ui.buttons import ActionButton
from kiosk.ui.crash_recovery import CrashRecovery
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import Finger


@pytest.fixture
def log_file(data_dir: Path) -> Iterator[Path]:
    handler = set_up_logging(data_dir)
    yield log_path(data_dir)
    logging.getLogger(LOGGER).removeHandler(handler)
    handler.close()


@pytest.fixture
def recovery(window: MainWindow) -> Iterator[CrashRecovery]:
    installed = CrashRecovery(window)
    installed.install()
    yield installed
    installed.uninstall()


def broken_button(window: MainWindow, message: str) -> ActionButton:
    """A button on the party screen whose slot fails, as a bug in a screen would."""
    button = ActionButton("broken", "secondary")
    button.setText("Broken")

    def fail() -> None:
        raise ValueError(message)

    button.clicked.connect(fail)
    window.screens.party.layout().addWidget(button)
    button.show()
    return button


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_returns_to_start_and_logs_no_registration_data(
    window: MainWindow, finger: Finger, desk: Desk, recovery: CrashRecovery, log_file: Path,
    qtbot: QtBot,
) -> None:
    """Mid-registration (Georgian, a nationality chosen) a slot raises: Start shows with the
    calm message, the draft is gone, nothing is stored; the log has the traceback but not
    the exception's message, the language or the nationality."""
    assert sys.excepthook == recovery.handle
    nationality = desk.registrations.frequent_nationalities(8)[0]
    finger.tap("language-ka")
    finger.tap("party-next")
    finger.tap(f"frequent-{nationality}")
    finger.tap("needs-back")
    finger.tap("nationality-back")  # on the party screen, draft in hand
    assert window.flow.draft is not None
    secret = f"draft language=ka nationality={nationality}"
    broken_button(window, secret)
    finger.tap("broken")

    assert window.stack.currentWidget() is window.screens.start
    assert window.flow.draft is None
    assert recovery.notice.isVisible()
    assert recovery.notice.message.text().startswith("Something went wrong.")
    counts = desk.registrations.counts(desk.today())
    assert (counts.people, counts.parties) == (0, 0)
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "builtins.ValueError" in text and "in fail" in text
    assert secret not in text and "language=" not in text
    assert not re.search(rf"\b{nationality}\b", text)
    assert not re.search(r"\bka\b", text)
    finger.tap("crash-ok")
    assert not recovery.notice.isVisible()
    finger.tap("language-ar")  # the kiosk takes the next arrival as usual
    assert window.stack.currentWidget() is window.screens.party


def test_the_hook_called_directly_recovers_and_hands_ctrl_c_on(
    window: MainWindow, finger: Finger, recovery: CrashRecovery, log_file: Path,
) -> None:
    """The hook itself (as Python calls it): an Exception recovers; KeyboardInterrupt goes to
    the previous hook untouched and the draft stays."""
    finger.tap("language-ti")
    draft = window.flow.draft
    assert draft is not None
    said = f"draft in {draft.language}"
    try:
        raise RuntimeError(said)
    except RuntimeError as error:
        recovery.handle(type(error), error, error.__traceback__)
    assert window.stack.currentWidget() is window.screens.start
    assert window.flow.draft is None
    text = log_file.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in text and said not in text

    handed_on: list[type[BaseException]] = []
    recovery._previous = lambda kind, _error, _tb: handed_on.append(kind)
    finger.tap("language-ti")
    recovery.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert handed_on == [KeyboardInterrupt]
    assert window.flow.draft is not None


def test_the_log_rotates(log_file: Path) -> None:
    """The log file is DATA_DIR/logs/kiosk.log, 1 MB × 5 copies; set up twice, one handler."""
    handlers = [h for h in logging.getLogger(LOGGER).handlers
                if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1
    assert set_up_logging(log_file.parent.parent) is handlers[0]
    assert (handlers[0].maxBytes, handlers[0].backupCount) == (MAX_BYTES, BACKUP_COUNT)
    assert (MAX_BYTES, BACKUP_COUNT) == (1_000_000, 5)
    assert Path(handlers[0].baseFilename) == log_file
    handlers[0].maxBytes = 2_000  # shrink to see a rotation happen
    for _ in range(60):
        logging.getLogger("kiosk.test").error("x" * 100)
    assert log_file.with_name("kiosk.log.1").exists()
    assert log_file.stat().st_size <= 2_000


def test_an_error_on_another_thread_recovers_on_the_gui_thread(
    window: MainWindow, finger: Finger, recovery: CrashRecovery, log_file: Path, qtbot: QtBot
) -> None:
    """A Python thread dies of an unexpected error: it is logged there, and the recovery
    (the draft thrown away, the calm message) happens on the GUI thread, which alone may
    touch widgets."""
    import threading

    finger.tap("language-ka")
    assert window.flow.draft is not None
    recovered_on: list[bool] = []
    real_recover = recovery.recover

    def recover() -> None:
        recovered_on.append(threading.current_thread() is threading.main_thread())
        real_recover()

    recovery.recover = recover  # type: ignore[method-assign]

    def fail() -> None:
        raise RuntimeError("worker broke")

    worker = threading.Thread(target=fail, name="failing-worker")
    worker.start()
    worker.join(5)
    qtbot.waitUntil(lambda: recovery.notice.isVisible(), timeout=3000)
    assert recovered_on == [True]
    assert window.flow.draft is None
    assert window.stack.currentWidget() is window.screens.start
    assert "builtins.RuntimeError" in log_file.read_text(encoding="utf-8")
