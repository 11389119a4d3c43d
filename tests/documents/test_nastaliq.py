"""Urdu in Nastaliq: the sheet shows Noto Nastaliq Urdu, and its text reads back whole.

The Nastaliq glyphs stand for no text in the PDF; the invisible Naskh copy of each run
(kiosk/documents/nastaliq.py) is what the extractor (tests/documents/extract.py) reads.
"""

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from kiosk.core.codes import Referral
from kiosk.documents import sheet
from kiosk.documents.fonts import NASTALIQ, families_for, font, load_fonts
from kiosk.documents.nastaliq import drawn_runs, nastaliq_runs
from kiosk.documents.page import A4, pdf_writer
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.sheet_pdf import render_sheet_pdf
from tests.documents.conftest import pdf_fonts, pdf_text
from tests.documents.test_sheet import INFO, expected_sentences
from tests.documents.test_sheet_layout import DAY, TICKED_WITH_HOURS, page_count
from tests.documents.test_sheet_layout import INFO as WORST_CASE

# Latin words with brackets and slashes beside Urdu: each mark is a run of its own whose
# direction only the bidi algorithm knows (the closing bracket goes right-to-left)
HARD = [
    "اگر پتہ بدل جائے تو فوراً DVZ / OE اور CGVS / CGRA کو بتائیں۔",
    "6. کسی دوسرے یورپی ملک میں انگلیوں کے نشانات (Dublin)",
]


@pytest.fixture(scope="module")
def urdu(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    pdf = tmp_path_factory.mktemp("nastaliq") / "ur.pdf"
    render_sheet_pdf(SheetRequest("ur", "Startpunt Brussel", INFO, number=42), str(pdf))
    return pdf


def test_urdu_is_set_in_nastaliq(qapp: object) -> None:
    """Urdu's first font is Noto Nastaliq Urdu, with Naskh right after it for what Nastaliq
    lacks; the other Arabic-script languages keep Naskh."""
    assert families_for("Arabic", "ur")[:2] == [NASTALIQ, "Noto Naskh Arabic"]
    assert families_for("Arabic", "prs")[0] == "Noto Naskh Arabic"
    assert NASTALIQ in load_fonts()


def test_the_sheet_embeds_nastaliq(urdu: Path) -> None:
    """pdffonts lists Noto Nastaliq Urdu, regular and bold, embedded as subsets."""
    fonts = {re.sub(r"^[A-Z]{6}\+", "", name): embedded for name, embedded in pdf_fonts(urdu)}
    assert fonts.get("NotoNastaliqUrdu-Regular") is True
    assert fonts.get("NotoNastaliqUrdu-Bold") is True


@pytest.mark.slow  # extracts a sheet
def test_every_urdu_sentence_extracts_whole(urdu: Path) -> None:
    """All 34 headings and paragraphs come back whole and in order, the two with Latin
    words between brackets and slashes too."""
    text = pdf_text(urdu)
    expected = expected_sentences("ur")
    assert len(expected) == 34
    position = 0
    for sentence in expected:
        found = text.find(sentence, position)
        assert found >= 0, f"not found whole, in order: {sentence!r}"
        position = found + len(sentence)
    for sentence in HARD:
        assert sentence in text


@pytest.mark.parametrize("text", HARD)
def test_runs_take_their_direction_from_the_layout(qapp: object, text: str) -> None:
    """Each Nastaliq run of a right-to-left line gets the direction Qt drew it in: the
    Urdu words and the brackets beside them right-to-left, a slash between Latin words and
    a topic's number left-to-right; the runs' extents do not overlap and leave the spaces out."""
    layout = QTextLayout(text, font("Arabic", 11, language="ur"))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    runs = [
        run for a, b in nastaliq_runs(text, 0, len(text)) for run in drawn_runs(line, text, a, b)
    ]
    for a, b, rtl, left, right in runs:
        piece = text[a:b]
        assert piece == piece.strip() and left < right
        assert rtl == (piece not in ("/", "6")), piece  # "6" of "6.": digits go left to right
    spans = sorted((left, right) for _, _, _, left, right in runs)
    assert all(one[1] <= other[0] + 0.01 for one, other in pairwise(spans))


# Words Qt once set wrongly (a word floating above its line, letters piled up) and the
# vertical offsets HarfBuzz's own `hb-shape` (6.0.0) gives their glyphs with the shipped
# fonts, regular and bold, in thousandths of an em
SHAPED = {
    "جگہ": ({-34, 0, 2, 65}, {-33, 0, 3, 72}),
    "ای میل": ({0, 300, 384, 529}, {0, 216, 297, 442}),
    "وکیل": ({0, 300, 384, 529}, {0, 216, 297, 442}),
    "کی جگہ نہیں": (
        {-88, -34, 0, 2, 65, 72, 304, 335, 375, 384, 471},
        {-75, -33, 0, 3, 72, 292, 298, 329, 383, 411, 533},
    ),
}


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("word", list(SHAPED))
def test_qt_places_nastaliq_glyphs_where_harfbuzz_does(
    qapp: object, word: str, bold: bool
) -> None:
    """Qt puts each glyph of these words at the height HarfBuzz puts it (the shipped fonts'
    anchors carry coordinates only: resources/fonts/README.md). With Debian's fonts, Qt
    raised the hah of جگہ 1227 thousandths of an em instead of 65, and the glyphs of ای میل
    and وکیل piled up."""
    load_fonts()
    shaped = QFont(NASTALIQ)
    shaped.setPixelSize(1000)
    shaped.setBold(bold)
    layout = QTextLayout(word, shaped)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    rises = {
        round(line.ascent() - point.y()) for run in layout.glyphRuns() for point in run.positions()
    }
    assert rises == SHAPED[word][bold]


@pytest.mark.slow  # renders the sheet twice
def test_the_worst_case_stays_on_two_pages(tmp_path: Path, qapp: object) -> None:
    """With every setting filled in and three referrals with hours, the Urdu sheet is
    still one sheet of paper, beside Dutch and beside French."""
    for official in ("nl", "fr"):
        info = replace(WORST_CASE, official_language=official)
        pdf = tmp_path / f"ur-{official}.pdf"
        request = SheetRequest("ur", "Startpunt Brussel", info, 42, DAY, TICKED_WITH_HOURS)
        render_sheet_pdf(request, str(pdf))
        assert page_count(pdf) == 2, official


def whole_pdf(request: SheetRequest, pdf: Path) -> None:
    """The sheet drawn whole by Qt (as a printer is), not a copy of a kept sheet's PDF."""
    sheet.paint_sheet(request, pdf_writer(str(pdf), A4))


def page_contents(pdf: Path) -> list[bytes]:
    with pikepdf.open(pdf) as document:
        return [page.Contents.read_bytes() for page in document.pages]


@pytest.mark.slow  # renders five sheets
def test_a_sheet_laid_out_with_the_rows_found_last_time_is_the_one_found_afresh(
    tmp_path: Path, qapp: object
) -> None:
    """The rows that need room for Nastaliq's ink are kept from the last sheet of the same
    words (sheet._inked): a sheet of another day and number drawn with them has the very
    pages it has when they are found afresh, and kept rows that no longer fit where the
    body starts are not used."""
    ticked = (Referral.MEDICAL_POINT, Referral.GUARDIANSHIP)
    first = SheetRequest("ur", "Startpunt Brussel", INFO, 42, DAY, ticked)
    other = replace(first, number=7, day=date(2026, 11, 30))
    whole_pdf(first, tmp_path / "first.pdf")
    sheet.forget_kept_sheets()  # laid out again, with the rows found last time
    whole_pdf(other, tmp_path / "kept.pdf")
    sheet.forget_kept_sheets()
    sheet._fitted.clear()
    sheet._inked.clear()
    whole_pdf(other, tmp_path / "afresh.pdf")
    assert page_contents(tmp_path / "kept.pdf") == page_contents(tmp_path / "afresh.pdf")
    for words, (top, rows) in list(sheet._inked.items()):
        sheet._inked[words] = (top + 3.0, rows | {2, 5})  # as if the header had grown
    sheet.forget_kept_sheets()
    whole_pdf(other, tmp_path / "moved.pdf")
    assert page_contents(tmp_path / "moved.pdf") == page_contents(tmp_path / "afresh.pdf")
