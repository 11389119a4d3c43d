"""Tickets as a PDF are a kept frame with each ticket's own lines laid over it
(kiosk/documents/tickets_pdf.py): they read and look as tickets drawn whole."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from kiosk.documents.page import pdf_writer
from kiosk.documents.ticket import TicketPart, TicketPrint, paint_tickets, tickets_setup
from kiosk.documents.tickets_pdf import _part_pdf, render_tickets_pdf
from tests.documents.conftest import pdf_fonts, pdf_text
from tests.documents.test_sheet_pdf import differing_pixels, pages


def party(language: str, serials: range) -> list[TicketPrint]:
    return [
        TicketPrint(
            "Startpunt Brussel",
            date(2026, 11, 26),
            serial,
            42,
            language,
            "nl",
            f"CODE-{serial}",
            "K7R",
        )
        for serial in serials
    ]


@pytest.mark.parametrize(("language", "a4"), [("ur", False), ("ti", True), ("nl", True)])
def test_tickets_read_and_look_as_tickets_drawn_whole(
    tmp_path: Path, qapp: object, language: str, a4: bool
) -> None:
    tickets = party(language, range(12, 19))  # 7: two A4 pages
    copy, whole = tmp_path / "copy.pdf", tmp_path / "whole.pdf"
    count = render_tickets_pdf(tickets, str(copy), a4)
    assert count == (2 if a4 else 7)
    assert paint_tickets(tickets, pdf_writer(str(whole), tickets_setup(a4)), a4) == count
    assert pdf_text(copy) == pdf_text(whole)
    assert "018-K7R" in pdf_text(copy)
    copied, drawn = pages(copy), pages(whole)
    assert len(copied) == len(drawn) == count
    for a, b in zip(copied, drawn, strict=True):
        assert differing_pixels(a, b) <= 12


def test_a_tickets_own_lines_are_in_one_font(tmp_path: Path, qapp: object) -> None:
    """The number, the QR and the serial: what Qt draws for each print (Urdu's frame, with
    Nastaliq and its Naskh copies, is kept)."""
    own, frame = tmp_path / "own.pdf", tmp_path / "frame.pdf"
    rect = QRectF(0, 0, 850, 1087)
    own.write_bytes(_part_pdf(party("ur", range(5, 7)), rect, TicketPart.OWN))
    frame.write_bytes(_part_pdf(party("ur", range(5, 6)), rect, TicketPart.FRAME))
    assert [name.split("+")[1] for name, _ in pdf_fonts(own)] == ["NotoSans-Bold"]
    assert pdf_text(own).split() == ["042", "005-K7R", "042", "006-K7R"]
    assert "042" not in pdf_text(frame) and "Startpunt Brussel" in pdf_text(frame)
