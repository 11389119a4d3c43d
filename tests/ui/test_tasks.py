"""Slow work runs on workers, its results come back on the GUI thread, the same chore never
runs twice at once, and closing the window waits for every worker (no Qt warning about a
thread destroyed while running)."""

import threading
import time

from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.coordinator.housekeeping import HousekeepingTimer
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from kiosk.ui.tasks import Tasks
from tests.ui.conftest import open_window


def test_work_runs_on_a_worker_and_its_result_comes_back_on_the_gui_thread(
    qtbot: QtBot,
) -> None:
    """`done` gets the result, on the GUI thread; the work itself ran elsewhere."""
    tasks = Tasks()
    seen: list[tuple[str, bool]] = []

    def work() -> str:
        seen.append(("work", threading.current_thread() is threading.main_thread()))
        return "ready"

    def done(result: object) -> None:
        seen.append((str(result), threading.current_thread() is threading.main_thread()))

    assert tasks.run(work, done)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen == [("work", False), ("ready", True)]
    assert tasks.wait(3000)


def test_an_error_comes_back_to_failed_on_the_gui_thread(qtbot: QtBot) -> None:
    """An exception in the work is handed to `failed`, on the GUI thread."""
    tasks = Tasks()
    errors: list[tuple[Exception, bool]] = []

    def work() -> None:
        raise OSError("disk gone")

    tasks.run(
        work,
        failed=lambda error: errors.append(
            (error, threading.current_thread() is threading.main_thread())
        ),
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0][0], OSError) and errors[0][1]
    assert tasks.wait(3000)


def test_work_of_the_same_name_never_runs_twice_at_once(qtbot: QtBot) -> None:
    """A second run of a named work while the first is busy is refused; later it is fine."""
    tasks = Tasks()
    release = threading.Event()
    finished: list[object] = []
    assert tasks.run(lambda: release.wait(5), finished.append, name="backup")
    assert tasks.busy("backup")
    assert not tasks.run(lambda: None, finished.append, name="backup")
    release.set()
    qtbot.waitUntil(lambda: finished == [True], timeout=3000)
    assert not tasks.busy("backup")
    assert tasks.run(lambda: "again", finished.append, name="backup")
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=3000)
    assert tasks.wait(3000)


def test_inline_tasks_run_at_once_for_tests() -> None:
    """`Tasks(inline=True)` runs the work and its callback before `run` returns."""
    got: list[object] = []
    Tasks(inline=True).run(lambda: 42, got.append)
    assert got == [42]


def test_a_housekeeping_round_never_starts_while_the_last_one_runs(
    qtbot: QtBot, desk: Desk
) -> None:
    """The timer fires while a slow round is still at work: no second round starts."""
    release = threading.Event()
    rounds: list[int] = []

    def slow_round() -> object:
        rounds.append(1)
        release.wait(5)
        return desk.days.housekeeping()

    timer = HousekeepingTimer(slow_round, every_ms=60_000)
    assert timer.run_now()
    qtbot.waitUntil(lambda: rounds == [1], timeout=3000)
    assert timer.running() and not timer.run_now()
    with qtbot.waitSignal(timer.done, timeout=10_000):
        release.set()
    assert rounds == [1] and not timer.running()


def test_closing_the_window_waits_for_a_slow_worker(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """The kiosk closes while a slow chore runs: the window waits for it to end before the
    desk closes, and Qt warns of no thread destroyed while running (Qt warnings fail tests
    here: qt_log_level_fail = WARNING)."""
    window: MainWindow = open_window(qtbot, desk, language)
    started, ended = threading.Event(), threading.Event()

    def slow() -> None:
        started.set()
        time.sleep(0.5)
        desk.days.checkpoint()
        ended.set()

    assert window.tasks.run(slow, name="slow")
    assert started.wait(3)
    window.close()
    assert ended.is_set()
    assert window.printing is None
    assert not window.tasks.run(lambda: None)  # nothing new starts after shutdown
