"""PIN tries from separate processes on one database file wait for each other, so every
failure counts and the lockout holds across processes."""

import multiprocessing
from datetime import UTC, datetime
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path

from kiosk.core.audit_chain import Action
from kiosk.core.pin_lockout import FREE_TRIES, Outcome
from kiosk.store.desk import Desk

PROCESSES = 9
MOMENT = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)  # every process tries at the same instant


def _try_wrong_pin(path: str, ready: "Queue[str]", go: Event, results: "Queue[str]") -> None:
    desk = Desk.open(Path(path), clock=lambda: MOMENT)
    try:
        ready.put("ready")
        go.wait()
        results.put(desk.access.login("000000").outcome.value)
    finally:
        desk.close()


def test_parallel_wrong_pins_from_processes_are_all_counted_and_locked_out(desk: Desk) -> None:
    """Nine processes try a wrong PIN at the same instant: the first five are tried and
    counted (the fifth starts the wait), the other four wait and are not tried at all; the
    database says five failures and the audit trail has five failed tries."""
    path = desk.path
    desk.close()
    context = multiprocessing.get_context("fork")
    ready: Queue[str] = context.Queue()
    results: Queue[str] = context.Queue()
    go = context.Event()
    workers = [context.Process(target=_try_wrong_pin, args=(str(path), ready, go, results))
               for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    for _ in workers:
        ready.get(timeout=120)
    go.set()
    outcomes = sorted(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert outcomes.count(Outcome.WRONG.value) == FREE_TRIES
    assert outcomes.count(Outcome.WAIT.value) == PROCESSES - FREE_TRIES
    after = Desk.open(path, clock=lambda: MOMENT)
    try:
        state = after.access.pin_state()
        assert (state.outcome, state.failures) == (Outcome.WAIT, FREE_TRIES)
        failed = [e for e in after.access.audit_entries() if e.action == Action.PIN_FAILED]
        assert [e.details["failures"] for e in failed] == list(range(1, FREE_TRIES + 1))
    finally:
        after.close()
