"""Every font embedded in a sheet or a ticket is named as a subset (`ABCDEF+Name`), and the
PDF still opens in poppler's tools."""

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kiosk.core.printed_info import PrintedInfo
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.sheet_pdf import render_sheet_pdf
from kiosk.documents.ticket import TicketPrint
from kiosk.documents.tickets_pdf import render_tickets_pdf
from tests.documents.conftest import need

DAY = date(2026, 11, 26)


def pdffonts_rows(pdf: Path) -> list[tuple[str, str, str]]:
    """(name, emb, sub) of every font, as `pdffonts` prints them."""
    lines = subprocess.run(
        [need("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5], line.split()[-4]) for line in lines]


def written(kind: str, language: str, target: Path) -> Path:
    if kind == "sheet":
        request = SheetRequest(language, "Startpunt Brussel", PrintedInfo(), number=4)
        render_sheet_pdf(request, str(target))
    else:
        tickets = [
            TicketPrint("Startpunt", DAY, serial, 4, language, "fr", f"CODE-{serial}", "K7R")
            for serial in (1, 2)
        ]
        render_tickets_pdf(tickets, str(target), a4=kind == "a4 tickets")
    return target


@pytest.mark.parametrize("kind", ["sheet", "tickets", "a4 tickets"])
@pytest.mark.parametrize("language", ["ur", "am", "ka", "ru"])
def test_every_embedded_font_is_a_tagged_subset(
    qapp: object, tmp_path: Path, kind: str, language: str
) -> None:
    """pdffonts says "emb yes, sub yes" for every font, each named with six capitals and a
    plus; the same document written again has the same names; pdftotext and pdftoppm open it.
    (A sheet written again is the kept sheet's PDF with the card laid over it,
    kiosk/documents/sheet_pdf.py: its card's fonts are subsets of their own, tagged too.)"""
    first = written(kind, language, tmp_path / "first.pdf")
    second = written(kind, language, tmp_path / "second.pdf")
    for pdf in (first, second):
        rows = pdffonts_rows(pdf)
        assert rows
        for name, embedded, subset in rows:
            assert (embedded, subset) == ("yes", "yes"), name
            assert re.fullmatch(r"[A-Z]{6}\+[A-Za-z0-9-]+", name), name
    again = written(kind, language, tmp_path / "again.pdf")
    assert sorted(pdffonts_rows(again)) == sorted(pdffonts_rows(second))
    text = subprocess.run([need("pdftotext"), str(first), "-"], capture_output=True, check=True)
    assert b"Startpunt" in text.stdout
    subprocess.run(
        [need("pdftoppm"), "-r", "20", "-png", "-singlefile", str(first), str(tmp_path / "page")],
        check=True, capture_output=True,
    )
    assert (tmp_path / "page.png").stat().st_size > 0
