"""The coordinator PIN: Argon2id hashing parameters, lockout timings and auto-lock (pure)."""

from datetime import timedelta

import pytest
from argon2 import extract_parameters
from argon2.low_level import Type

from kiosk.core.pin import hash_pin, pin_matches
from kiosk.core.pin_lockout import (
    AUTO_LOCK,
    LOCK_FOR,
    AutoLock,
    Outcome,
    PinAttempts,
    after_wrong,
    before_try,
    current,
    wait_after,
)
from tests.fake_clock import START, FakeClock


def test_the_pin_is_kept_as_an_argon2id_hash_of_19_mib_and_2_passes() -> None:
    """The stored hash says Argon2id, at least 19 MiB and 2 passes; the PIN is not in it."""
    stored = hash_pin("246810")
    parameters = extract_parameters(stored)
    assert parameters.type is Type.ID
    assert parameters.memory_cost >= 19 * 1024
    assert parameters.time_cost >= 2
    assert "246810" not in stored
    assert pin_matches(stored, "246810") and not pin_matches(stored, "246811")


def test_five_wrong_pins_are_free_then_the_wait_grows_then_30_minutes_lock() -> None:
    """No wait for the first four; 30 s, 1, 2, 4, 8 minutes from the fifth; 30 from the tenth."""
    waits = [wait_after(n) for n in range(1, 13)]
    assert waits[:4] == [None] * 4
    assert waits[4:9] == [timedelta(seconds=s) for s in (30, 60, 120, 240, 480)]
    assert waits[9:] == [LOCK_FOR] * 3
    assert timedelta(minutes=30) == LOCK_FOR


def test_a_try_during_a_wait_is_refused_without_looking_at_the_pin() -> None:
    """After the fifth wrong PIN, a try 29 s later is refused (WAIT); at 30 s it is taken."""
    attempts = PinAttempts()
    for _ in range(5):
        attempts = after_wrong(attempts, START)
    early = before_try(attempts, START + timedelta(seconds=29))
    assert early is not None and early.outcome is Outcome.WAIT
    assert early.seconds_left(START + timedelta(seconds=29)) == 1
    assert before_try(attempts, START + timedelta(seconds=30)) is None


def test_ten_wrong_pins_lock_for_30_minutes_and_the_next_wrong_one_again() -> None:
    """The tenth wrong PIN locks coordinator mode for 30 minutes; so does every one after it."""
    attempts = PinAttempts()
    moment = START
    for _ in range(10):
        moment = attempts.wait_until or moment
        attempts = after_wrong(attempts, moment)
    state = current(attempts, moment + timedelta(minutes=29, seconds=59))
    assert state.outcome is Outcome.LOCKED and state.locked
    assert current(attempts, moment + LOCK_FOR).outcome is Outcome.READY
    again = after_wrong(attempts, moment + LOCK_FOR)
    assert again.wait_until == moment + 2 * LOCK_FOR


def test_coordinator_mode_locks_itself_after_five_minutes_without_input() -> None:
    """Touches keep it open; 5 minutes after the last one it has expired."""
    clock = FakeClock()
    lock = AutoLock(clock)
    assert lock.timeout == AUTO_LOCK == timedelta(minutes=5)
    assert not lock.expired()  # not open yet
    lock.open()
    clock.advance(minutes=4)
    lock.touch()
    clock.advance(minutes=4, seconds=59)
    assert not lock.expired()
    clock.advance(seconds=1)
    assert lock.expired()
    lock.close()
    assert not lock.expired() and not lock.is_open


@pytest.mark.parametrize("failures", [0, 4])
def test_before_five_wrong_pins_there_is_nothing_to_wait_for(failures: int) -> None:
    """The screen shows no countdown while tries are still free."""
    attempts = PinAttempts()
    for _ in range(failures):
        attempts = after_wrong(attempts, START)
    state = current(attempts, START)
    assert state.outcome is Outcome.READY and state.seconds_left(START) == 0
    assert state.tries_before_wait == 5 - failures
