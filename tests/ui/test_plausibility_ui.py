"""The needs screen says which needs do not fit the party, and offers a lone minor's."""

from kiosk.core.codes import Flag, Referral
from kiosk.store.desk import Desk
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import Finger


def test_an_adult_cannot_be_marked_unaccompanied_minor(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """The reason shows under the toggles in the volunteer's words; Next waits for a fix."""
    for name in ("language-ar", "party-next", "frequent-SY", "flag-unaccompanied-minor"):
        finger.tap(name)
    needs = window.screens.needs
    assert needs.refusal.isVisible()
    assert "under 18" in needs.refusal.text()
    assert not needs.next_button.isEnabled()
    assert not needs.suggestion_card.isVisible()  # an adult: nothing to suggest
    finger.tap("flag-unaccompanied-minor")
    assert not needs.refusal.isVisible() and needs.next_button.isEnabled()


def test_a_lone_minor_gets_the_flag_and_the_referral_in_one_tap(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """A boy of 12-17 alone: one tap on the suggestion ticks both; nothing else moves."""
    for name in ("language-ti", "count-unknown-26-59-remove", "count-male-12-17-add",
                 "party-next", "frequent-ER"):
        finger.tap(name)
    needs = window.screens.needs
    assert needs.suggestion_card.isVisible()
    shelter = needs.flag_buttons[Flag.NEEDS_SHELTER]
    where = shelter.mapTo(window, shelter.rect().topLeft())
    finger.tap("needs-suggestion-accept")
    assert needs.flag_buttons[Flag.UNACCOMPANIED_MINOR].isChecked()
    assert needs.referral_buttons[Referral.GUARDIANSHIP].isChecked()
    assert not needs.accept_button.isEnabled()  # done, and still in its place
    assert shelter.mapTo(window, shelter.rect().topLeft()) == where
    finger.tap("needs-next")
    finger.tap("register")
    counts = desk.registrations.counts(desk.today())
    assert counts.by_flag == {"unaccompanied-minor": 1}
    assert counts.by_referral == {"guardianship": 1}


def test_a_lone_minor_may_also_be_registered_without_the_flag(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """The suggestion is not a block."""
    for name in ("language-ti", "count-unknown-26-59-remove", "count-female-12-17-add",
                 "party-next", "frequent-ER", "needs-next", "register"):
        finger.tap(name)
    assert desk.registrations.counts(desk.today()).parties == 1
