"""The soup counter screen: scanner input and typed numbers, each ticket accepted once."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from kiosk.core.registration import Receipt, make_party
from kiosk.documents.texts import sheet_texts
from kiosk.store.desk import Desk
from kiosk.ui.soup_counter import SoupCounterScreen
from kiosk.ui.stylesheet import STYLESHEET

# The offscreen platform warns when a top-level window's size constraints are passed on.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


FAMILY = make_party(language="ti", nationality="ER", people=[("female", "26-59"), ("male", "5-11")])


@pytest.fixture
def counter(qtbot: QtBot, desk: Desk, kiosk_app: object) -> Iterator[SoupCounterScreen]:
    screen = SoupCounterScreen(
        desk.tickets.redeem,
        lambda: desk.registrations.counts(desk.today()).meals_served,
        lambda moment: moment.astimezone(desk.tz),
    )
    frame = QMainWindow()  # a top-level QWidget makes the offscreen platform warn
    frame.setCentralWidget(screen)
    qtbot.addWidget(frame)
    frame.resize(1280, 800)
    frame.show()
    yield screen


@pytest.fixture
def receipt(desk: Desk) -> Receipt:
    return desk.registrations.register(FAMILY, hand_out=True)


def scan(qtbot: QtBot, screen: SoupCounterScreen, code: str) -> str:
    """A USB scanner types the code and Enter into the focused field."""
    if code.isascii():
        qtbot.keyClicks(screen.input, code)
    else:  # QTest can only type ASCII; text pasted by an input method arrives like this
        screen.input.insert(code)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    return screen.verdict.text()


def test_a_scanned_ticket_is_accepted_once(
    qtbot: QtBot, counter: SoupCounterScreen, desk: Desk, receipt: Receipt
) -> None:
    """First scan: accepted and counted as a meal; second scan of the same code: refused."""
    code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
    assert scan(qtbot, counter, code).startswith("✓")
    assert counter.served.text().endswith("1")
    second = scan(qtbot, counter, code)
    assert second.startswith("✗") and "already used" in second
    assert desk.registrations.counts(receipt.day).meals_served == 1
    assert counter.input.text() == ""


def test_typed_number_on_the_keypad(
    qtbot: QtBot, counter: SoupCounterScreen, desk: Desk, receipt: Receipt
) -> None:
    """Tapping 0, 2 and OK on the keypad accepts ticket 002."""
    for key in ("0", "2", "OK"):
        qtbot.mouseClick(counter.keys[key], Qt.MouseButton.LeftButton)
    assert "002" in counter.verdict.text() and counter.verdict.text().startswith("✓")
    assert desk.registrations.counts(receipt.day).meals_served == 1


@pytest.mark.parametrize(
    "junk",
    [
        "https://example.org/other-app",
        "M1.BRUSSELS-TEST.20261126.1.AAAAAAAAAAAAAAAA",
        "x" * 500,
        "‏٤٢‎",
        "99",
    ],
)
def test_junk_is_refused_with_a_reason_and_stores_nothing(
    qtbot: QtBot, counter: SoupCounterScreen, desk: Desk, receipt: Receipt, junk: str
) -> None:
    """Another app's QR, a forged code, a very long string, Arabic digits, an unknown number."""
    verdict = scan(qtbot, counter, junk)
    assert verdict.startswith("✗") and len(verdict.splitlines()) == 2
    assert desk.registrations.counts(receipt.day).meals_served == 0


@pytest.fixture
def counter_with_languages(
    qtbot: QtBot, desk: Desk, kiosk_app: object
) -> Iterator[SoupCounterScreen]:
    screen = SoupCounterScreen(
        desk.tickets.redeem,
        lambda: desk.registrations.counts(desk.today()).meals_served,
        lambda moment: moment.astimezone(desk.tz),
        ticket_language=desk.tickets.ticket_language,
    )
    frame = QMainWindow()
    frame.setCentralWidget(screen)
    qtbot.addWidget(frame)
    frame.resize(1280, 800)
    frame.show()
    yield screen


def test_the_holder_reads_the_verdict_in_their_own_language(
    qtbot: QtBot, counter_with_languages: SoupCounterScreen, desk: Desk
) -> None:
    """An Arabic holder's ticket: accepted in Arabic, right to left; scanned again: refused
    in Arabic. The volunteer's verdict stays in the interface language."""
    receipt = desk.registrations.register(make_party(language="ar", nationality="SY",
                                       people=[("male", "18-25")]), hand_out=True)
    texts = sheet_texts("ar").screen
    line = counter_with_languages.holder_line
    code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
    assert scan(qtbot, counter_with_languages, code).startswith("✓ Accepted")
    assert line.isVisible() and line.text() == texts["ticket_accepted"]
    assert line.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert scan(qtbot, counter_with_languages, code).startswith("✗ Refused")
    assert line.isVisible() and line.text() == texts["ticket_refused"]


def test_no_holder_line_when_the_holder_is_unknown(
    qtbot: QtBot, counter_with_languages: SoupCounterScreen, desk: Desk, receipt: Receipt
) -> None:
    """Junk and never-issued numbers have no holder: only the volunteer's verdict shows;
    a Tigrinya ticket typed by number then answers in Tigrinya, left to right."""
    scan(qtbot, counter_with_languages, "not a ticket")
    assert not counter_with_languages.holder_line.isVisible()
    scan(qtbot, counter_with_languages, "99")
    assert not counter_with_languages.holder_line.isVisible()
    scan(qtbot, counter_with_languages, str(receipt.tickets[0]))
    line = counter_with_languages.holder_line
    assert line.isVisible() and line.text() == sheet_texts("ti").screen["ticket_accepted"]
    assert line.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_without_a_language_lookup_the_counter_works_as_before(
    qtbot: QtBot, counter: SoupCounterScreen, desk: Desk, receipt: Receipt
) -> None:
    """A counter built without `ticket_language` never shows the holder's line."""
    assert scan(qtbot, counter, str(receipt.tickets[0])).startswith("✓")
    assert not counter.holder_line.isVisible()


def test_a_long_refusal_is_never_cut_off(
    qtbot: QtBot, counter: SoupCounterScreen, desk: Desk, receipt: Receipt
) -> None:
    """"Refused", "already used" and "used at" take three lines at the counter's width: the
    verdict box grows to hold them all (it was cut off at its first 180 px)."""
    counter.window().setStyleSheet(STYLESHEET)  # the kiosk's type sizes
    code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
    scan(qtbot, counter, code)
    scan(qtbot, counter, code)
    qtbot.wait(1)
    verdict = counter.verdict
    assert "Used at" in verdict.text()
    assert verdict.heightForWidth(verdict.width()) > 180
    assert verdict.height() >= verdict.heightForWidth(verdict.width())
