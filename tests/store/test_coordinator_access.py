"""Coordinator mode's PIN at the desk: lockout that survives a restart, changing and
resetting the PIN, each leaving its audit entry."""

from pathlib import Path

import pytest

from kiosk.core.errors import ValidationError
from kiosk.core.pin_lockout import Outcome
from tests.fake_clock import PIN, FakeClock, clocked_desk


def test_the_right_pin_opens_coordinator_mode(data_dir: Path) -> None:
    """The PIN set at first run opens it; a login entry is written."""
    desk = clocked_desk(data_dir, FakeClock())
    try:
        assert desk.access.login(PIN).accepted
        set_up, login = desk.access.audit_entries()
        assert (set_up.action, login.action) == ("setting-changed", "login")
    finally:
        desk.close()


def test_lockout_timings_with_a_fake_clock(data_dir: Path) -> None:
    """Five wrong PINs: the next try waits 30 s (even the right PIN); ten: locked 30 minutes."""
    clock = FakeClock()
    desk = clocked_desk(data_dir, clock)
    try:
        for n in range(1, 5):
            verdict = desk.access.login("135790")
            assert (verdict.outcome, verdict.failures, verdict.wait_until) == (
                Outcome.WRONG, n, None)
        fifth = desk.access.login("135790")
        assert fifth.outcome is Outcome.WRONG and fifth.failures == 5
        assert fifth.seconds_left(clock.now) == 30
        clock.advance(seconds=29)
        assert desk.access.login(PIN).outcome is Outcome.WAIT  # not even tried
        clock.advance(seconds=1)
        for wait in (60, 120, 240, 480):
            verdict = desk.access.login("135790")
            assert verdict.seconds_left(clock.now) == wait
            clock.advance(seconds=wait)
        tenth = desk.access.login("135790")
        assert tenth.failures == 10 and tenth.locked
        assert tenth.seconds_left(clock.now) == 30 * 60
        clock.advance(minutes=29)
        assert desk.access.pin_state().outcome is Outcome.LOCKED
        clock.advance(minutes=1)
        assert desk.access.login(PIN).accepted
        assert desk.access.pin_state().failures == 0
    finally:
        desk.close()


def test_a_restart_does_not_lift_the_lockout(data_dir: Path) -> None:
    """The count of wrong PINs is kept in the database, not in the screen."""
    clock = FakeClock()
    desk = clocked_desk(data_dir, clock)
    for _ in range(5):
        desk.access.login("135790")
    desk.close()
    again = clocked_desk(data_dir, clock)
    try:
        assert again.access.pin_state().outcome is Outcome.WAIT
    finally:
        again.close()


def test_changing_the_pin_needs_the_old_one(data_dir: Path) -> None:
    """A wrong old PIN changes nothing and counts as a wrong try; the right one changes it."""
    desk = clocked_desk(data_dir, FakeClock())
    try:
        assert not desk.access.change_pin("135790", "975310").accepted
        assert desk.access.check_pin(PIN)
        with pytest.raises(ValidationError) as refused:
            desk.access.change_pin(PIN, "111111")
        assert refused.value.field == "pin"
        assert desk.access.change_pin(PIN, "975310", "975310").accepted
        assert desk.access.check_pin("975310") and not desk.access.check_pin(PIN)
        after_set_up = desk.access.audit_entries()[1:]
        assert [e.action for e in after_set_up] == ["pin-failed", "pin-changed"]
    finally:
        desk.close()


def test_a_reset_lifts_the_lockout_and_is_logged(data_dir: Path) -> None:
    """`kiosk reset-pin` sets a new PIN without the old one, ends the lockout, and is audited."""
    clock = FakeClock()
    desk = clocked_desk(data_dir, clock)
    try:
        for _ in range(10):
            desk.access.login("135790")
            clock.advance(minutes=10)
        clock.advance(seconds=-clock.now.second)
        desk.access.reset_pin("975310")
        assert desk.access.pin_state().outcome is Outcome.READY
        assert desk.access.login("975310").accepted
        assert desk.access.audit_entries(2)[0].action == "pin-reset"
    finally:
        desk.close()
