"""The number card: each party's sheet shows its own number and date, also when the sheet's
document is the one kept from the last party of the same words."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.core.codes import Referral
from kiosk.core.printed_info import PrintedInfo
from kiosk.documents import sheet
from kiosk.documents.number_card import room, room_height
from kiosk.documents.sheet import SheetRequest, lay_out_sheet, sheet_image
from kiosk.documents.sheet_pdf import render_sheet_pdf
from tests.documents.conftest import pdf_text

TICKED = (Referral.MEDICAL_POINT,)


def device(dpi: int = 300) -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image


def party(language: str, number: int, day: date) -> SheetRequest:
    return SheetRequest(language, "Startpunt Brussel", PrintedInfo(), number, day, TICKED)


@pytest.mark.parametrize("language", ["en", "ar", "ur", "ti"])
def test_the_next_party_of_the_same_words_gets_its_own_number_and_date(
    tmp_path: Path, qapp: object, language: str
) -> None:
    """The second sheet reuses the first one's document, with its own card."""
    sheet.forget_kept_sheets()
    first, second = (
        party(language, 42, date(2026, 11, 26)),
        party(language, 117, date(2026, 11, 27)),
    )
    laid = lay_out_sheet(first, device())
    assert lay_out_sheet(second, device()).document is laid.document  # kept, not laid out
    pdfs = []
    for request in (first, second):
        pdf = tmp_path / f"{language}-{request.number}.pdf"
        assert render_sheet_pdf(request, str(pdf)) == 2
        pdfs.append(pdf_text(pdf))
    assert "042" in pdfs[0] and "117" not in pdfs[0] and "26.11.2026" in pdfs[0]
    assert "117" in pdfs[1] and "042" not in pdfs[1] and "27.11.2026" in pdfs[1]
    assert "26.11.2026" not in pdfs[1]
    assert "donderdag 26.11.2026" in pdfs[0] and "vrijdag 27.11.2026" in pdfs[1]


def test_the_room_is_as_wide_as_its_cell_and_as_tall_as_the_card(qapp: object) -> None:
    """The first sheet at a resolution guesses the room's width; the room and the card are
    made to agree before the pages are cut."""
    sheet.forget_kept_sheets()
    sheet._card_widths.clear()
    laid = lay_out_sheet(party("fr", 7, date(2026, 11, 30)), device(203))
    where = room(laid.document)
    assert laid.card is not None and where is not None
    assert laid.card.width == where.width()
    assert laid.card.height == room_height(laid.document) == where.height()
    assert where.left() >= 0 and where.right() <= laid.document.pageSize().width() / 3


def test_a_sheet_without_a_number_has_no_card(qapp: object) -> None:
    laid = lay_out_sheet(SheetRequest("nl", "Startpunt Brussel", PrintedInfo()), device())
    assert laid.card is None and room(laid.document) is None


def test_the_card_is_painted_on_the_sheets_images(qapp: object) -> None:
    """A printer without PDF gets the card too: the number's corner of page 1 has ink, and
    another number gives other ink there."""
    images = [sheet_image(party("en", number, date(2026, 11, 26)), 60)[0] for number in (1, 888)]
    corner = [image.copy(0, 0, image.width() // 4, image.height() // 6) for image in images]
    assert all(not image.isNull() for image in corner)
    inked = [
        sum(
            1
            for x in range(c.width())
            for y in range(c.height())
            if c.pixelColor(x, y).value() < 128
        )
        for c in corner
    ]
    assert inked[0] > 0 and inked[1] > inked[0]  # 888 has more ink than 001
