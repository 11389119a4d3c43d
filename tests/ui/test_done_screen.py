"""The Done screen's Undo reads differently from the step screens' Cancel, in every language."""

from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.registration import Receipt
from kiosk.ui.done_screen import DoneScreen
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.party_screen import PartyScreen

RECEIPT = Receipt(7, date(2026, 11, 26), datetime(2026, 11, 26, 10, 40, tzinfo=UTC), 3)
# What the volunteer reads on the Done screen's buttons and question, per language.
UNDO = {
    "en": ("Undo", "Undo registration", "Undo registration 007? It will not be counted."),
    "nl": ("Ongedaan maken", "Ja, ongedaan maken",
           "Registratie 007 ongedaan maken? Ze telt dan niet mee."),
    "fr": ("Défaire", "Oui, défaire", "Défaire l'enregistrement 007\u00a0? Il ne sera pas compté."),
}


def word(text: str) -> str:
    """A button's words without its sign (✕, ›) and case."""
    return text.replace("✕", "").replace("›", "").strip().casefold()


@pytest.mark.parametrize("code", ["en", "nl", "fr"])
def test_undo_is_not_the_word_for_cancel(
    qtbot: QtBot, shipped_language: InterfaceLanguage, code: str
) -> None:
    """Undo (void the party just registered) and Cancel (drop the registration being filled
    in) do different things: no Undo text may use the Cancel button's word."""
    shipped_language.switch(code)
    done, step = DoneScreen(), PartyScreen()
    qtbot.addWidget(done)
    qtbot.addWidget(step)
    done.show_receipt(RECEIPT, "ar")
    done.undo_button.click()
    shown = (done.undo_button.text(), done.undo_yes.text(), done.undo_question.text())
    assert shown == UNDO[code]
    cancel = word(step.cancel_button.text())
    assert cancel
    for text in shown:
        assert cancel not in text.casefold().replace("\u00a0", " "), (code, text, cancel)
