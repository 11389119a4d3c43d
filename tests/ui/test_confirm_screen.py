"""The confirm screen's review: the people in the party's own words."""

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kiosk.core.codes import AgeBand, Sex
from kiosk.core.registration import PartyDraft, Person
from kiosk.ui.confirm_screen import ConfirmScreen
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.party_screen import PartyScreen

PARTY = [
    Person(Sex.FEMALE, AgeBand.AGE_26_59),
    Person(Sex.MALE, AgeBand.AGE_18_25),
    Person(Sex.FEMALE, AgeBand.AGE_5_11),
    Person(Sex.MALE, AgeBand.AGE_0_4),
    Person(Sex.MALE, AgeBand.AGE_12_17),
]
# Each person's line, as the volunteer reads it: boys and girls under 18, men and women from 18.
EXPECTED = {
    "en": ["1 × boy · 0–4 years", "1 × girl · 5–11 years", "1 × boy · 12–17 years",
           "1 × man · 18–25 years", "1 × woman · 26–59 years", "5 in total"],
    "nl": ["1 × jongen · 0–4 jaar", "1 × meisje · 5–11 jaar", "1 × jongen · 12–17 jaar",
           "1 × man · 18–25 jaar", "1 × vrouw · 26–59 jaar", "5 in totaal"],
    "fr": ["1 × garçon · 0–4 ans", "1 × fille · 5–11 ans", "1 × garçon · 12–17 ans",
           "1 × homme · 18–25 ans", "1 × femme · 26–59 ans", "5 au total"],
}


@pytest.mark.parametrize("code", ["en", "nl", "fr"])
def test_children_are_boys_and_girls_adults_men_and_women(
    qtbot: QtBot, shipped_language: InterfaceLanguage, code: str
) -> None:
    """A boy of 0-4 is a boy on the review, not a man; in nl and fr too."""
    shipped_language.switch(code)
    screen = ConfirmScreen()
    qtbot.addWidget(screen)
    screen.show_draft(PartyDraft(language="ar", nationality="SY", people=list(PARTY)))
    assert screen.values["people"].text().split("\n") == EXPECTED[code]


@pytest.mark.parametrize("code", ["en", "nl", "fr"])
def test_the_review_uses_the_party_screens_words(
    qtbot: QtBot, shipped_language: InterfaceLanguage, code: str
) -> None:
    """Each line names the person as the party screen's counter for that cell does."""
    shipped_language.switch(code)
    party, confirm = PartyScreen(), ConfirmScreen()
    qtbot.addWidget(party)
    qtbot.addWidget(confirm)
    for sex in Sex:
        for band in AgeBand:
            confirm.show_draft(PartyDraft(people=[Person(sex, band)]))
            line = confirm.values["people"].text().split("\n")[0]
            word = line.removeprefix("1 × ").split(" · ")[0]
            said = party.counters[(sex, band)].plus.accessibleName()
            assert f"{word}, " in said, (sex, band, line, said)


def test_the_review_follows_a_language_switch(
    qtbot: QtBot, shipped_language: InterfaceLanguage
) -> None:
    """Shown in English, then switched to Dutch: the lines read in Dutch at once."""
    shipped_language.switch("en")
    screen = ConfirmScreen()
    qtbot.addWidget(screen)
    screen.show_draft(PartyDraft(people=[Person(Sex.MALE, AgeBand.AGE_0_4)]))
    assert screen.values["people"].text().startswith("1 × boy · 0–4 years")
    shipped_language.switch("nl")
    QCoreApplication.processEvents()
    assert screen.values["people"].text().startswith("1 × jongen · 0–4 jaar")
