"""The next party's sheet is the kept sheet's PDF with its own card laid over it
(kiosk/documents/sheet_pdf.py): it reads and looks as the sheet drawn whole."""

import gc
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.core.codes import Referral
from kiosk.core.printed_info import PrintedInfo
from kiosk.documents import sheet, sheet_pdf
from kiosk.documents.number_card import CardPart
from kiosk.documents.page import PDF_DPI, metrics_device
from kiosk.documents.sheet import SheetRequest, lay_out_sheet
from kiosk.documents.sheet_pdf import render_sheet_pdf
from tests.documents.conftest import need, pdf_fonts, pdf_text

TICKED = (Referral.MEDICAL_POINT, Referral.GUARDIANSHIP)


def party(language: str, number: int, day: date) -> SheetRequest:
    return SheetRequest(language, "Startpunt Brussel", PrintedInfo(), number, day, TICKED)


def pages(pdf: Path, dpi: int = 50) -> list[QImage]:
    stem = pdf.with_suffix("")
    subprocess.run([need("pdftoppm"), "-r", str(dpi), "-png", str(pdf), str(stem)], check=True)
    return [QImage(str(path)) for path in sorted(pdf.parent.glob(stem.name + "-*.png"))]


def differing_pixels(a: QImage, b: QImage) -> int:
    """Pixels whose grey differs by more than a quarter (anti-aliasing aside)."""
    assert a.size() == b.size()
    grey_a = a.convertToFormat(QImage.Format.Format_Grayscale8)
    grey_b = b.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(a.height())
        for x in range(a.width())
        if abs(grey_a.pixelColor(x, y).value() - grey_b.pixelColor(x, y).value()) > 64
    )


@pytest.mark.parametrize("language", ["en", "ar", "ur", "ti", "ka"])
def test_the_next_partys_sheet_reads_and_looks_as_the_sheet_drawn_whole(
    tmp_path: Path, qapp: object, language: str
) -> None:
    sheet.forget_kept_sheets()
    render_sheet_pdf(party(language, 42, date(2026, 11, 26)), str(tmp_path / "first.pdf"))
    second = party(language, 117, date(2026, 11, 27))
    assert lay_out_sheet(second, metrics_device(PDF_DPI, PDF_DPI)).kept
    copy, whole = tmp_path / "copy.pdf", tmp_path / "whole.pdf"
    assert render_sheet_pdf(second, str(copy)) == 2
    sheet.forget_kept_sheets()
    assert render_sheet_pdf(second, str(whole)) == 2  # drawn whole: nothing kept
    assert pdf_text(copy) == pdf_text(whole)
    assert "117" in pdf_text(copy) and "27.11.2026" in pdf_text(copy)
    copied, drawn = pages(copy), pages(whole)
    assert len(copied) == len(drawn) == 2
    for a, b in zip(copied, drawn, strict=True):
        assert differing_pixels(a, b) <= 12  # an edge of a glyph or two, at 50 dpi


def test_a_party_gets_its_number_drawn_and_the_rest_of_its_card_is_kept(
    tmp_path: Path, qapp: object
) -> None:
    """The number's own PDF holds the number alone, in one font; the frame (labels, note,
    date) holds everything else and no digit of the number."""
    sheet.forget_kept_sheets()
    laid = lay_out_sheet(party("ar", 117, date(2026, 11, 27)), metrics_device(300, 300))
    assert laid.card is not None
    number, frame = tmp_path / "number.pdf", tmp_path / "frame.pdf"
    number.write_bytes(sheet_pdf._card_part(laid.card, CardPart.NUMBER))
    frame.write_bytes(sheet_pdf._card_part(laid.card, CardPart.FRAME))
    assert [name.split("+")[1] for name, _ in pdf_fonts(number)] == ["NotoSans-Bold"]
    assert pdf_text(number) == "117"
    framed = pdf_text(frame)
    assert "117" not in framed
    assert "Uw nummer vandaag" in framed and "vrijdag 27.11.2026" in framed


def test_a_kept_sheets_pdf_goes_with_its_document(tmp_path: Path, qapp: object) -> None:
    sheet.forget_kept_sheets()
    for number in (1, 2):
        render_sheet_pdf(party("nl", number, date(2026, 11, 27)), str(tmp_path / "s.pdf"))
    assert len(sheet_pdf._kept.sheets) == 1
    sheet.forget_kept_sheets()
    gc.collect()
    assert len(sheet_pdf._kept.sheets) == 0


def test_a_sheet_without_a_number_is_the_kept_pdf_itself(tmp_path: Path, qapp: object) -> None:
    sheet.forget_kept_sheets()
    request = SheetRequest("fr", "Startpunt Brussel", PrintedInfo())
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    render_sheet_pdf(request, str(first))
    render_sheet_pdf(request, str(second))
    assert pdf_text(first) == pdf_text(second)
    assert not list(tmp_path.glob("*.part"))  # written whole, then moved into place
