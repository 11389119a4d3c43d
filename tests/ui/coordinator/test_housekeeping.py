"""The housekeeping timer runs the desk's chores at start and on its interval, and reports
problems instead of letting them stop the kiosk."""

import pytest
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.coordinator.housekeeping import HousekeepingTimer


def test_it_runs_at_start_and_reports_what_the_desk_did(
    qtbot: QtBot, coordinator_desk: Desk
) -> None:
    """The first round makes the first hourly backup; `done` carries the report."""
    timer = HousekeepingTimer(coordinator_desk.days.housekeeping, every_ms=60_000)
    with qtbot.waitSignal(timer.done, timeout=3000) as done:
        timer.start()
    timer.stop()
    assert done.args[0].backup is not None and done.args[0].backup.exists()


@pytest.mark.parametrize("failure", [OSError("disk full"), RuntimeError("bug")])
def test_a_failing_round_is_reported_not_raised(qtbot: QtBot, failure: Exception) -> None:
    """An exception becomes a `problem` sentence; the timer keeps going."""

    def broken() -> None:
        raise failure

    timer = HousekeepingTimer(broken, every_ms=60_000)
    with qtbot.waitSignal(timer.problem, timeout=3000) as problem:
        timer.start()
    timer.stop()
    assert str(failure) in problem.args[0]
