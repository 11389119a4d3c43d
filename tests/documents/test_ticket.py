"""Meal tickets: the QR on paper decodes to a code that verifies; a flipped bit does not."""

from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.core.languages import LANGUAGES
from kiosk.core.meal_ticket import (
    MealTicket,
    TicketRefused,
    check_code,
    decode,
    encode,
    new_secret,
)
from kiosk.documents.ticket import TicketPrint, ticket_image
from kiosk.documents.ticket_texts import ticket_texts
from kiosk.documents.tickets_pdf import render_tickets_pdf
from tests.documents.conftest import biggest_words, pdf_fonts, pdf_text, render_png, squash

SECRET = new_secret()
DAY = date(2026, 11, 26)


def ticket(serial: int, language: str = "ti") -> TicketPrint:
    meal = MealTicket("brussels-1", DAY, serial)
    return TicketPrint(
        "Startpunt Brussel", DAY, serial, 7, language, "nl", encode(meal, SECRET),
        check_code(meal, SECRET),
    )


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
    """Receipt pages and the A4 cut-out sheet: the party's number is the biggest thing on
    the page, the date is written out, each serial has its check code, every QR decodes."""
    tickets = [ticket(n, "ar") for n in (1, 2, 3)]
    pdf = tmp_path / "tickets.pdf"
    render_tickets_pdf(tickets, str(pdf), a4=a4)
    text = pdf_text(pdf)
    assert all(t.typed_label in text for t in tickets)
    assert squash(ticket_texts("ar").written_date(DAY)) in text
    assert biggest_words(pdf) == ["007"] * 3
    codes = zxingcpp.read_barcodes(Image.open(render_png(pdf, 203)))
    expected = {t.code for t in tickets} if a4 else {tickets[0].code}
    assert {c.text for c in codes} == expected


@pytest.mark.parametrize("language", [language.code for language in LANGUAGES])
def test_every_language_labels_the_number_and_writes_the_date(
    qapp: object, tmp_path: Path, language: str
) -> None:
    """In each of the 16 languages the ticket says "your number" in the arrival's language
    and in Dutch and French, the date with the month's name, the serial with its check code;
    every glyph comes from an embedded subset of a shipped font."""
    pdf = tmp_path / "ticket.pdf"
    one = ticket(5, language)
    render_tickets_pdf([one], str(pdf))
    text = pdf_text(pdf)
    texts = ticket_texts(language)
    for line in (texts.your_number, texts.written_date(DAY), texts.meal, one.typed_label):
        assert squash(line) in text, line
    for official in ("nl", "fr"):
        assert squash(ticket_texts(official).your_number) in text
    assert biggest_words(pdf) == ["007"]
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded and "+" in name for name, embedded in fonts)
    assert "\ufffd" not in text
