"""Back on every step returns one step and keeps what was entered."""

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.registration import ADULT, Person
from kiosk.store.desk import Desk
from kiosk.ui.main_window import MainWindow
from kiosk.ui.nationality_screen import CODE_ROLE
from tests.ui.conftest import Finger


def test_back_on_every_step_keeps_what_was_entered(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """Forward to Confirm and back to Start, one step at a time; then forward again."""
    screens = window.screens
    family = [Person(Sex.FEMALE, AgeBand.AGE_26_59), Person(Sex.UNKNOWN, AgeBand.AGE_12_17)]

    finger.tap("language-ka")
    finger.tap("count-unknown-26-59-remove")
    finger.tap("count-female-26-59-add")
    finger.tap("count-unknown-12-17-add")
    finger.tap("party-next")
    finger.tap("frequent-ER")
    finger.tap("flag-medical-need")
    finger.tap("referral-legal-aid")
    finger.tap("needs-next")
    assert window.stack.currentWidget() is screens.confirm

    finger.tap("confirm-back")
    assert window.stack.currentWidget() is screens.needs
    assert screens.needs.flag_buttons[Flag.MEDICAL_NEED].isChecked()
    assert screens.needs.referral_buttons[Referral.LEGAL_AID].isChecked()

    finger.tap("needs-back")
    assert window.stack.currentWidget() is screens.nationality
    assert screens.nationality.next_button.isEnabled()
    chosen = [b for b in screens.nationality.frequent_buttons if b.isChecked()]
    assert [b.objectName() for b in chosen] == ["frequent-ER"]
    assert chosen[0].text().startswith("✓")
    assert [i.data(CODE_ROLE) for i in screens.nationality.list.selectedItems()] == ["ER"]

    finger.tap("nationality-back")
    assert window.stack.currentWidget() is screens.party
    assert screens.party.people() == family
    assert screens.party.counters[(Sex.FEMALE, AgeBand.AGE_26_59)].count.text() == "1"
    assert screens.party.count_label.text().endswith("2")

    finger.tap("party-back")
    assert window.stack.currentWidget() is screens.start
    assert screens.start.language_buttons["ka"].isChecked()
    assert screens.start.language_buttons["ka"].name.text().startswith("✓")

    assert window.flow.draft is not None
    assert window.flow.draft.people == family
    assert window.flow.draft.nationality == "ER"
    assert window.flow.draft.flags == {Flag.MEDICAL_NEED}
    assert window.flow.draft.referrals == {Referral.LEGAL_AID}

    finger.tap("language-ru")  # the arrival reads Russian better after all
    finger.tap("party-next")
    finger.tap("nationality-next")  # the chosen nationality stands
    finger.tap("needs-next")
    finger.tap("register")
    counts = desk.registrations.counts(desk.today())
    assert counts.by_language == {"ru": 2}
    assert counts.by_nationality == {"ER": 2}
    assert counts.by_age_band == {"26-59": 1, "12-17": 1}
    assert counts.by_flag == {"medical-need": 1}


def test_cancel_throws_the_registration_away(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """Cancel on a step clears everything and returns to Start; the next one starts afresh."""
    finger.tap("language-ar")
    finger.tap("count-male-26-59-add")
    finger.tap("party-next")
    finger.tap("frequent-SY")
    finger.tap("flag-needs-shelter")
    finger.tap("needs-cancel")
    finger.tap("discard-yes")  # five taps in this draft: Cancel asks once
    assert window.stack.currentWidget() is window.screens.start
    assert window.flow.draft is None
    assert not any(b.isChecked() for b in window.screens.start.language_buttons.values())

    finger.tap("language-ar")
    assert window.flow.draft is not None
    assert window.flow.draft.people == [ADULT]
    assert window.flow.draft.nationality is None
    assert window.flow.draft.flags == set()
    assert window.screens.party.people() == [ADULT]
    assert desk.registrations.counts(desk.today()).parties == 0


def test_a_party_keeps_between_one_and_twenty_people(window: MainWindow, finger: Finger) -> None:
    """Next is off while nobody is counted; every + is off at twenty."""
    finger.tap("language-fr")
    finger.tap("count-unknown-26-59-remove")
    assert not finger.find("count-unknown-26-59-remove").isEnabled()
    assert not finger.find("party-next").isEnabled()
    for _ in range(20):
        finger.tap("count-female-18-25-add")
    assert window.flow.draft is not None and len(window.flow.draft.people) == 20
    assert not finger.find("count-male-0-4-add").isEnabled()
    finger.tap("count-female-18-25-remove")
    assert len(window.flow.draft.people) == 19
    assert finger.find("count-male-0-4-add").isEnabled()
    assert finger.find("party-next").isEnabled()
