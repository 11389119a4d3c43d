"""The soup counter refuses a voided party's ticket and says why, in the volunteer's words."""

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from kiosk.core.registration import make_party
from kiosk.core.void import VoidedBy
from kiosk.store.desk import Desk
from kiosk.ui.soup_counter import SoupCounterScreen

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_a_voided_partys_ticket_is_refused_as_voided(
    qtbot: QtBot, desk: Desk, kiosk_app: object
) -> None:
    """Scanned after the party was voided: refused, the reason names the void."""
    receipt = desk.registrations.register(
        make_party(language="ti", nationality="ER", people=[("male", "18-25")]), hand_out=True
    )
    desk.registrations.void(receipt.number, VoidedBy.COORDINATOR)
    screen = SoupCounterScreen(
        desk.tickets.redeem,
        lambda: desk.registrations.counts(desk.today()).meals_served,
        lambda moment: moment.astimezone(desk.tz),
    )
    frame = QMainWindow()
    frame.setCentralWidget(screen)
    qtbot.addWidget(frame)
    frame.show()
    screen.input.setText(desk.tickets.ticket_code(receipt.day, receipt.tickets[0]))
    screen.submit()
    assert screen.verdict.text().startswith("✗")
    assert "This ticket's registration was voided." in screen.verdict.text()
    assert desk.registrations.counts(receipt.day).meals_served == 0
