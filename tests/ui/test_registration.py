"""Registering arrivals by tapping through the real screens."""

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.core.codes import Flag, Referral
from kiosk.core.languages import LANGUAGES
from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import CALM, Finger, open_window


def test_one_adult_of_a_frequent_nationality_takes_five_taps(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """Language, Next, a frequent nationality, Next, Register: five taps store one adult."""
    frequent = desk.registrations.frequent_nationalities(8)[0]
    finger.tap("language-ti")
    finger.tap("party-next")
    finger.tap(f"frequent-{frequent}")
    finger.tap("needs-next")
    finger.tap("register")

    assert finger.taps == 5
    assert window.stack.currentWidget() is window.screens.done
    assert window.screens.done.number.text() == "001"
    counts = desk.registrations.counts(desk.today())
    assert (counts.people, counts.parties, counts.children) == (1, 1, 0)
    assert counts.by_language == {"ti": 1}
    assert counts.by_nationality == {frequent: 1}
    assert counts.by_sex == {"unknown": 1}
    assert counts.by_age_band == {"26-59": 1}
    assert counts.by_flag == {} and counts.by_referral == {}


def test_family_of_four_in_arabic_with_needs_and_referrals(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """A mother, father and two children reading Arabic: every count lands where it belongs."""
    finger.tap("language-ar")
    finger.tap("count-unknown-26-59-remove")  # the first adult, sex not said
    finger.tap("count-female-26-59-add")
    finger.tap("count-male-26-59-add")
    finger.tap("count-female-5-11-add")
    finger.tap("count-male-0-4-add")
    assert window.screens.party.count_label.text().endswith("4")
    finger.tap("party-next")
    finger.tap("frequent-SY")
    for name in ("flag-pregnant", "flag-needs-shelter", "referral-medical-point",
                 "referral-shelter"):
        finger.tap(name)
    finger.tap("needs-next")
    assert window.screens.confirm.endonym.text() == "العربية"
    assert "4" in window.screens.confirm.values["people"].text()
    finger.tap("register")

    counts = desk.registrations.counts(desk.today())
    assert (counts.people, counts.parties, counts.children) == (4, 1, 2)
    assert counts.families_with_children == 1
    assert counts.by_language == {"ar": 4}
    assert counts.by_nationality == {"SY": 4}
    assert counts.by_sex == {"female": 2, "male": 2}
    assert counts.by_age_band == {"26-59": 2, "5-11": 1, "0-4": 1}
    assert counts.by_flag == {"pregnant": 1, "needs-shelter": 1}
    assert counts.by_referral == {"medical-point": 1, "shelter": 1}


def test_right_to_left_languages_are_shown_right_to_left(window: MainWindow) -> None:
    """Arabic, Dari, Pashto, Sorani and Urdu buttons run right to left; the others do not."""
    buttons = window.screens.start.language_buttons
    for language in LANGUAGES:
        expected = (Qt.LayoutDirection.RightToLeft if language.rtl
                    else Qt.LayoutDirection.LeftToRight)
        assert buttons[language.code].layoutDirection() == expected, language.code
        assert buttons[language.code].endonym.text() == language.endonym
    assert buttons["ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_refused_registration_names_the_field_and_stores_nothing(
    window: MainWindow, finger: Finger, desk: Desk
) -> None:
    """'Pregnant' for a party of men only is refused by the core: the needs screen says why
    and Next waits until it is fixed."""
    finger.tap("language-en")
    finger.tap("count-unknown-26-59-remove")
    finger.tap("count-male-26-59-add")
    finger.tap("party-next")
    finger.tap("frequent-SY")
    finger.tap("flag-pregnant")

    refusal = window.screens.needs.refusal
    assert refusal.isVisible()
    assert "Pregnant" in refusal.text()
    assert not finger.find("needs-next").isEnabled()
    assert desk.registrations.counts(desk.today()).parties == 0

    finger.tap("flag-pregnant")  # off again
    assert not refusal.isVisible()
    finger.tap("needs-next")
    finger.tap("register")
    assert desk.registrations.counts(desk.today()).parties == 1


def test_chosen_toggles_show_a_check_mark_not_only_colour(
    window: MainWindow, finger: Finger
) -> None:
    """A toggle that is on says so in its text (✓), for people who cannot tell colours apart."""
    finger.tap("language-en")
    finger.tap("party-next")
    finger.tap("frequent-SY")
    button = window.screens.needs.flag_buttons[Flag.MEDICAL_NEED]
    assert not button.text().startswith("✓")
    finger.tap("flag-medical-need")
    assert button.text().startswith("✓")
    assert button.text().endswith(button.label())
    finger.tap("flag-medical-need")
    assert not button.text().startswith("✓")
    assert not window.screens.needs.referral_buttons[Referral.LEGAL_AID].isChecked()


def test_the_number_of_the_day_goes_away_by_itself(
    qtbot: QtBot, desk: Desk, language: InterfaceLanguage
) -> None:
    """After a registration, Start comes back without a tap, and the number is gone."""
    window = open_window(qtbot, desk, language, replace(CALM, done_ms=100))
    finger = Finger(qtbot, window)
    for name in ("language-so", "party-next", "frequent-SY", "needs-next", "register"):
        finger.tap(name)
    assert window.screens.done.number.text() == "001"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens.start, timeout=5000)
    assert window.screens.done.number.text() == ""


def test_next_arrival_goes_back_to_start(window: MainWindow, finger: Finger) -> None:
    """The volunteer can also tap on to the next arrival at once; the numbers go on."""
    for name in ("language-so", "party-next", "frequent-SY", "needs-next", "register"):
        finger.tap(name)
    finger.tap("next-arrival")
    assert window.stack.currentWidget() is window.screens.start
    for name in ("language-so", "party-next", "frequent-SY", "needs-next", "register"):
        finger.tap(name)
    assert window.screens.done.number.text() == "002"


def test_a_party_of_twenty_still_fits_on_the_confirm_screen(
    window: MainWindow, finger: Finger
) -> None:
    """The largest, most mixed party: the summary and Register stay on screen."""
    finger.tap("language-prs")
    bands = ["0-4", "5-11", "12-17", "18-25", "26-59", "60+"]
    sexes = ["female", "male", "other", "unknown"]
    for n in range(19):
        finger.tap(f"count-{sexes[(n // 6) % 4]}-{bands[n % 6]}-add")
    assert not finger.find("count-female-0-4-add").isEnabled()  # twenty: the most
    finger.tap("party-next")
    finger.tap("frequent-AF")
    for flag in ("flag-pregnant", "flag-medical-need", "flag-needs-shelter"):
        finger.tap(flag)
    finger.tap("needs-next")
    register = window.screens.confirm.next_button
    people = window.screens.confirm.values["people"]
    assert "20" in people.text()
    # Register stands beside the summary (not in the footer, where Needs had Next).
    summary = people.rect().translated(people.mapTo(window, people.rect().topLeft()))
    button = register.rect().translated(register.mapTo(window, register.rect().topLeft()))
    assert not summary.intersects(button)
    assert summary.bottom() < window.screens.confirm.back_button.mapTo(window, QPoint(0, 0)).y()
    assert button.bottom() <= window.height()
    finger.tap("register")
    assert window.stack.currentWidget() is window.screens.done
