"""`kiosk sheet`, `kiosk tickets`, `kiosk redeem`, `kiosk printers` and `kiosk print-test`."""

import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk, stored
from tests.fake_clock import FakeClock


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """The commands lay documents out with Qt; in one test process that is the test suite's
    QApplication (a command run alone makes a windowless QGuiApplication of its own)."""


FAMILY = make_party(language="ka", nationality="GE", people=[("female", "26-59"), ("male", "5-11")])


def test_sheet_writes_a_pdf_in_the_language(kiosk: Kiosk, desk: Desk, tmp_path: Path) -> None:
    """The Georgian sheet comes out as a PDF with the site's name and the Dutch text beside it."""
    out = tmp_path / "ka.pdf"
    ran = kiosk("sheet", "--language", "ka", "--out", str(out), "--number", "7")
    assert ran.code == 0 and str(out) in ran.out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Startpunt Test" in text and "007" in text and "Welkom in België" in text


def test_tickets_reprints_a_partys_meal_tickets(kiosk: Kiosk, desk: Desk, tmp_path: Path) -> None:
    """The party's two tickets, as receipt pages or on A4."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    out = tmp_path / "t.pdf"
    day = receipt.day.isoformat()
    ran = kiosk("tickets", "--date", day, "--number", str(receipt.number), "--out", str(out))
    assert ran.code == 0 and "2 meal tickets" in ran.out
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Pages:           2" in info
    ran = kiosk("tickets", "--date", day, "--number", "1", "--out", str(out), "--a4")
    assert ran.code == 0


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["sheet", "--language", "xx", "--out", "x.pdf"], "language"),
        (["sheet", "--language", "ar", "--out", "x.txt"], "out"),
        (["sheet", "--language", "ar", "--out", "/no/such/folder/x.pdf"], "out"),
        (["tickets", "--date", "2026-13-01", "--number", "1", "--out", "x.pdf"], "date"),
        (["tickets", "--date", "2026-11-26", "--number", "999", "--out", "x.pdf"], "number"),
        (["redeem", ""], "code"),
    ],
)
def test_unusable_arguments_are_refused(
    kiosk: Kiosk, desk: Desk, data_dir: Path, args: list[str], field: str
) -> None:
    """Exit 2, one line naming the field, nothing stored."""
    before = stored(data_dir)
    ran = kiosk(*args)
    assert ran.code == 2 and ran.out == ""
    assert len(ran.err_lines) == 1 and ran.err_lines[0].startswith(f"kiosk: {field}: ")
    assert stored(data_dir) == before


def test_redeem_typed_needs_the_check_code(kiosk: Kiosk, desk: Desk, clock: FakeClock) -> None:
    """`kiosk redeem 17` without the check code, or with a wrong one, is bad input (exit 2,
    naming the field); with the code it is accepted once, then refused as used (exit 1);
    yesterday's ticket typed today is refused as another day's."""
    old = desk.registrations.register(FAMILY, at=clock() - timedelta(days=1), hand_out=True)
    desk.registrations.register(FAMILY, hand_out=True)
    typed = desk.tickets.typed_label(1)
    wrong = typed[:-1] + ("A" if typed[-1] != "A" else "C")
    for text in ("1", "001", wrong):
        ran = kiosk("redeem", text)
        assert ran.code == 2 and ran.out == "", text
        assert ran.err_lines[0].startswith("kiosk: code: ") and len(ran.err_lines) == 1
    assert "check code" in kiosk("redeem", "1").err
    assert kiosk("redeem", typed).code == 0
    again = kiosk("redeem", typed)
    assert again.code == 1 and "already used" in again.out
    yesterday = kiosk("redeem", desk.tickets.typed_label(2, old.day), "--json")
    assert yesterday.code == 1 and json.loads(yesterday.out)["refusal"] == "other-day"
    assert desk.registrations.counts(desk.today()).meals_served == 1


def test_redeem_accepts_once_then_refuses(kiosk: Kiosk, desk: Desk) -> None:
    """Exit 0 when accepted, 1 when refused, with a reason; JSON says the same."""
    receipt = desk.registrations.register(FAMILY, hand_out=True)
    code = desk.tickets.ticket_code(receipt.day, receipt.tickets[0])
    first = kiosk("redeem", code, "--json")
    assert first.code == 0
    assert json.loads(first.out) == {"accepted": True, "ticket": 1, "date": receipt.day.isoformat()}
    again = kiosk("redeem", code, "--json")
    answer = json.loads(again.out)
    assert again.code == 1 and answer["accepted"] is False and answer["refusal"] == "already-used"
    assert kiosk("redeem", "junk").code == 1
    assert kiosk("redeem", desk.tickets.typed_label(2).lower().replace("-", " ")).code == 0
    assert desk.registrations.counts(receipt.day).meals_served == 2


def test_printers_and_print_test_to_the_folder(kiosk: Kiosk, desk: Desk, data_dir: Path) -> None:
    """Without a printer chosen, documents go to the folder; the test page lands there."""
    listing = kiosk("printers", "--json")
    assert listing.code == 0
    found = json.loads(listing.out)
    assert found["chosen"]["sheet"]["kind"] == "folder"
    ran = kiosk("print-test")
    assert ran.code == 0, ran.out
    assert len(list((data_dir / "printed").glob("*.pdf"))) == 2
