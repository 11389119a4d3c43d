"""How many taps a registration takes, from Start to Register, on the real widgets.

Every tap is a QTest click through the Finger, and every QTest.mouseClick is counted as well,
so a tap cannot go uncounted. The counts are printed (run with
-s to see them): `pytest tests/ui/test_tap_counts.py -q -s -p no:cacheprovider`.
"""

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtTest import QTest

from kiosk.core.countries import UNKNOWN
from kiosk.store.desk import Desk
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import Finger


class ClickCounter:
    """Counts every QTest.mouseClick, whoever sends it."""

    def __init__(self, click: Callable[..., None]) -> None:
        self.presses = 0
        self._click = click

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.presses += 1
        self._click(*args, **kwargs)


@pytest.fixture
def presses(monkeypatch: pytest.MonkeyPatch) -> ClickCounter:
    counter = ClickCounter(QTest.mouseClick)
    monkeypatch.setattr(QTest, "mouseClick", counter)
    return counter


def tap_through(finger: Finger, names: list[str], presses: ClickCounter, what: str) -> int:
    for name in names:
        finger.tap(name)
    assert presses.presses == finger.taps, "a click was sent around the finger"
    print(f"\ntaps: {what}: {finger.taps}")
    return finger.taps


def test_one_adult_of_a_frequent_nationality_takes_at_most_five_taps(
    window: MainWindow, finger: Finger, desk: Desk, presses: ClickCounter
) -> None:
    """Language, Next, a frequent nationality, Next, Register: one adult is stored."""
    frequent = desk.registrations.frequent_nationalities(8)[0]
    assert window.stack.currentWidget() is window.screens.start
    taps = tap_through(
        finger,
        ["language-ti", "party-next", f"frequent-{frequent}", "needs-next", "register"],
        presses,
        "one adult, frequent nationality",
    )
    assert taps <= 5
    assert window.stack.currentWidget() is window.screens.done
    counts = desk.registrations.counts(desk.today())
    assert (counts.people, counts.parties, counts.children) == (1, 1, 0)
    assert counts.by_nationality == {frequent: 1}


def test_two_adults_and_three_children_take_at_most_nine_taps(
    window: MainWindow, finger: Finger, desk: Desk, presses: ClickCounter
) -> None:
    """A woman joins the first adult; a girl and a boy of 5-11 and a boy of 0-4: nine taps."""
    frequent = desk.registrations.frequent_nationalities(8)[0]
    taps = tap_through(
        finger,
        [
            "language-ar",
            "count-female-26-59-add",
            "count-female-5-11-add",
            "count-male-5-11-add",
            "count-male-0-4-add",
            "party-next",
            f"frequent-{frequent}",
            "needs-next",
            "register",
        ],
        presses,
        "2 adults and 3 children, frequent nationality",
    )
    assert taps <= 9
    counts = desk.registrations.counts(desk.today())
    assert (counts.people, counts.parties, counts.children) == (5, 1, 3)
    assert counts.by_age_band == {"26-59": 2, "5-11": 2, "0-4": 1}
    assert counts.by_sex == {"unknown": 1, "female": 2, "male": 2}


def test_one_adult_of_unknown_nationality_takes_at_most_five_taps(
    window: MainWindow, finger: Finger, desk: Desk, presses: ClickCounter
) -> None:
    """"Unknown" has its own button beside the frequent ones: no list to scroll."""
    taps = tap_through(
        finger,
        ["language-so", "party-next", f"nationality-{UNKNOWN}", "needs-next", "register"],
        presses,
        "one adult, unknown nationality",
    )
    assert taps <= 5
    assert desk.registrations.counts(desk.today()).by_nationality == {UNKNOWN: 1}
