"""Meal tickets: the QR on paper decodes to a code that verifies; a flipped bit does not."""

from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.core.meal_ticket import MealTicket, TicketRefused, decode, encode, new_secret
from kiosk.documents.ticket import TicketPrint, render_tickets_pdf, ticket_image
from tests.documents.conftest import pdf_text, render_png

SECRET = new_secret()
DAY = date(2026, 11, 26)


def ticket(serial: int, language: str = "ti") -> TicketPrint:
    code = encode(MealTicket("brussels-1", DAY, serial), SECRET)
    return TicketPrint("Startpunt Brussel", DAY, serial, 7, language, "nl", code)


@pytest.mark.parametrize("language", ["ar", "ti", "ka", "prs", "fr"])
def test_receipt_raster_qr_decodes_and_verifies(
    qapp: object, tmp_path: Path, language: str
) -> None:
    """The 203 dpi raster a receipt printer gets carries a QR whose code verifies."""
    image = ticket_image(ticket(12, language))
    assert image.width() == 576  # 72 mm at 203 dpi
    path = tmp_path / "ticket.png"
    image.save(str(path))
    codes = zxingcpp.read_barcodes(Image.open(path))
    assert len(codes) == 1
    assert decode(codes[0].text, SECRET, "brussels-1") == MealTicket("brussels-1", DAY, 12)


def test_a_flipped_bit_in_the_scanned_code_is_refused(qapp: object, tmp_path: Path) -> None:
    """Any single flipped bit of the scanned text makes the ticket refused."""
    path = tmp_path / "ticket.png"
    ticket_image(ticket(3)).save(str(path))
    scanned = zxingcpp.read_barcodes(Image.open(path))[0].text.encode()
    for index in range(len(scanned)):
        damaged = bytearray(scanned)
        damaged[index] ^= 0x01
        with pytest.raises(TicketRefused):
            decode(damaged.decode("latin-1"), SECRET, "brussels-1")


@pytest.mark.parametrize("a4", [False, True])
def test_ticket_pdfs_show_number_date_and_decode(qapp: object, tmp_path: Path, a4: bool) -> None:
    """Receipt pages and the A4 cut-out sheet: big number, date, and every QR decodes."""
    tickets = [ticket(n, "ar") for n in (1, 2, 3)]
    pdf = tmp_path / "tickets.pdf"
    render_tickets_pdf(tickets, str(pdf), a4=a4)
    text = pdf_text(pdf)
    assert all(f"{n:03d}" in text for n in (1, 2, 3)) and "2026-11-26" in text
    codes = zxingcpp.read_barcodes(Image.open(render_png(pdf, 203)))
    expected = {t.code for t in tickets} if a4 else {tickets[0].code}
    assert {c.text for c in codes} == expected
