"""The soup counter screen: scanner input and typed numbers with their check codes, each
ticket accepted once."""

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.registration import Receipt, make_party
from kiosk.documents.texts import sheet_texts
from kiosk.store.desk import Desk
from kiosk.ui.soup_counter import READY_AFTER_MS, SoupCounterScreen
from kiosk.ui.stylesheet import STYLESHEET
from kiosk.ui.verdict_flash import ACCEPTED_COLOUR, REFUSED_COLOUR
from tests.ui.conftest import Finger

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

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
    """Tapping 0, 2 and OK on the keypad is refused: the check code is missing. Tapping
    0, 2, the check code's keys and OK accepts ticket 002, once; a wrong code is refused."""
    def tap(keys: str) -> str:
        for key in [*keys, "OK"]:
            qtbot.mouseClick(counter.keys[key], Qt.MouseButton.LeftButton)
        return counter.verdict.text()

    missing = tap("02")
    assert missing.startswith("✗") and "check code" in missing
    code = desk.tickets.typed_label(2).split("-")[1]
    wrong = code[:2] + ("A" if code[2] != "A" else "C")
    assert "does not match" in tap("02" + wrong)
    assert desk.registrations.counts(receipt.day).meals_served == 0
    accepted = tap("02" + code)
    assert "002" in accepted and accepted.startswith("✓")
    assert "already used" in tap("2" + code)
    assert desk.registrations.counts(receipt.day).meals_served == 1


def test_typed_ticket_with_dash_and_small_letters(
    qtbot: QtBot, counter: SoupCounterScreen, desk: Desk, receipt: Receipt
) -> None:
    """Typed on a keyboard as printed, or in small letters with a space: accepted once."""
    label = desk.tickets.typed_label(1)
    assert scan(qtbot, counter, " " + label.lower().replace("-", " ")).startswith("✓")
    assert "already used" in scan(qtbot, counter, label)


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
    scan(qtbot, counter_with_languages, desk.tickets.typed_label(receipt.tickets[0]))
    line = counter_with_languages.holder_line
    assert line.isVisible() and line.text() == sheet_texts("ti").screen["ticket_accepted"]
    assert line.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_without_a_language_lookup_the_counter_works_as_before(
    qtbot: QtBot, counter: SoupCounterScreen, desk: Desk, receipt: Receipt
) -> None:
    """A counter built without `ticket_language` never shows the holder's line."""
    assert scan(qtbot, counter, desk.tickets.typed_label(receipt.tickets[0])).startswith("✓")
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


@pytest.fixture
def flashing(
    qtbot: QtBot, desk: Desk, kiosk_app: object
) -> Iterator[tuple[SoupCounterScreen, list[bool], QTimer]]:
    """A counter with the party lookup, a recorded sound and a timer the test fires."""
    sounds: list[bool] = []
    timer = QTimer()
    timer.setInterval(600_000)  # never by itself: the test fires it
    screen = SoupCounterScreen(
        desk.tickets.redeem,
        lambda: desk.registrations.counts(desk.today()).meals_served,
        lambda moment: moment.astimezone(desk.tz),
        ticket_language=desk.tickets.ticket_language,
        party_number=desk.tickets.ticket_party_number,
        sound=sounds.append,
        ready_timer=timer,
    )
    frame = QMainWindow()
    frame.setCentralWidget(screen)
    frame.setStyleSheet(STYLESHEET)
    qtbot.addWidget(frame)
    frame.resize(1280, 800)
    frame.show()
    yield screen, sounds, timer


def test_the_verdict_flashes_the_whole_screen_with_a_shape_and_a_sound(
    qtbot: QtBot, flashing: tuple[SoupCounterScreen, list[bool], QTimer], desk: Desk,
    receipt: Receipt,
) -> None:
    """Accepted: green over the whole screen, a tick, the party's number, a sound; scanned
    again: red, a cross, the same number, the refusal's sound."""
    screen, sounds, _timer = flashing
    code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
    scan(qtbot, screen, code)
    flash = screen.flash
    assert flash.isVisible() and flash.geometry() == screen.rect()
    assert flash.accepted and flash.shape.accepted
    assert flash.number.text() == f"Number {receipt.number:03d}"
    assert flash.headline.text() == "Accepted"
    image = flash.grab().toImage()
    assert image.pixelColor(5, 5).name() == ACCEPTED_COLOUR
    scan(qtbot, screen, code)
    assert flash.isVisible() and not flash.accepted and not flash.shape.accepted
    assert flash.number.text() == f"Number {receipt.number:03d}"
    assert "already used" in flash.detail.text()
    assert flash.grab().toImage().pixelColor(5, 5).name() == REFUSED_COLOUR
    assert sounds == [True, False]


def test_the_shape_is_drawn_not_only_coloured(
    qtbot: QtBot, flashing: tuple[SoupCounterScreen, list[bool], QTimer], desk: Desk,
    receipt: Receipt,
) -> None:
    """The tick and the cross are white strokes on the colour, and differ from each other."""
    screen, _sounds, _timer = flashing
    scan(qtbot, screen, desk.tickets.typed_label(receipt.tickets[0]))
    tick = screen.flash.shape.grab().toImage()
    scan(qtbot, screen, "99")
    cross = screen.flash.shape.grab().toImage()

    def white(image: QImage) -> set[tuple[int, int]]:
        return {
            (x, y)
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
            if image.pixelColor(x, y).lightness() > 240
        }

    assert len(white(tick)) > 50 and len(white(cross)) > 50
    assert white(tick) != white(cross)


def test_back_to_ready_after_the_timer(
    qtbot: QtBot, flashing: tuple[SoupCounterScreen, list[bool], QTimer], desk: Desk,
    receipt: Receipt,
) -> None:
    """After about 4 s the flash goes and the counter says it is ready for the next ticket;
    a stale verdict never stays."""
    screen, _sounds, timer = flashing
    scan(qtbot, screen, desk.tickets.typed_label(receipt.tickets[0]))
    assert timer.isActive() and timer.isSingleShot()
    timer.timeout.emit()
    assert not screen.flash.isVisible()
    assert screen.verdict.text() == "Ready: scan the next ticket."
    assert not screen.holder_line.isVisible()
    assert screen.input.hasFocus()


def test_the_counter_waits_about_four_seconds_by_default(
    qtbot: QtBot, counter: SoupCounterScreen
) -> None:
    """Without an injected timer, the verdict stays 4 s."""
    assert counter.ready_timer.interval() == READY_AFTER_MS == 4_000


def test_a_tap_on_the_flash_puts_it_away(
    qtbot: QtBot, flashing: tuple[SoupCounterScreen, list[bool], QTimer], desk: Desk,
    receipt: Receipt,
) -> None:
    """The volunteer need not wait: a tap anywhere on the flash shows the counter again."""
    screen, _sounds, timer = flashing
    scan(qtbot, screen, desk.tickets.typed_label(receipt.tickets[0]))
    qtbot.mouseClick(screen.flash, Qt.MouseButton.LeftButton)
    assert not screen.flash.isVisible() and not timer.isActive()


def test_two_accepted_scans_in_a_row_look_different(
    qtbot: QtBot, flashing: tuple[SoupCounterScreen, list[bool], QTimer], desk: Desk,
    receipt: Receipt,
) -> None:
    """The family's two tickets: both accepted, but the ticket and meal count differ."""
    screen, sounds, _timer = flashing
    scan(qtbot, screen, desk.tickets.typed_label(receipt.tickets[0]))
    first = (screen.flash.detail.text(), screen.flash.number.text())
    scan(qtbot, screen, desk.tickets.typed_label(receipt.tickets[1]))
    second = (screen.flash.detail.text(), screen.flash.number.text())
    assert first != second and first[1] == second[1]
    assert "meal 1 today" in first[0] and "meal 2 today" in second[0]
    assert sounds == [True, True]


def test_a_scan_on_another_screen_opens_the_soup_counter(
    qtbot: QtBot, desk: Desk, window: "MainWindow", finger: Finger
) -> None:
    """The scanner types a code and Enter while the party screen is shown: the soup counter
    opens with the verdict, and the party screen's keys got nothing past "M1."."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    finger.tap("language-ar")
    assert window.stack.currentWidget() is window.screens.party
    code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
    target = QApplication.focusWidget() or window
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    counter = finger.find("soup-counter")
    assert window.stack.currentWidget() is counter
    assert counter.flash.isVisible() and counter.flash.accepted  # type: ignore[attr-defined]
    assert desk.registrations.counts(receipt.day).meals_served == 1


def test_typing_on_another_screen_is_left_alone(
    qtbot: QtBot, desk: Desk, window: "MainWindow", finger: Finger
) -> None:
    """Keys that are not a ticket code (a nationality search) go where they were typed."""
    catcher = window.scan_catcher
    assert catcher is not None
    finger.tap("language-ar")
    target = QApplication.focusWidget() or window
    qtbot.keyClicks(target, "Mali")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is not finger.window.findChild(QWidget, "soup-counter")
