"""A small PDF laid over a page of another lands where it is asked to, unscaled, and leaves
the page's own content as it was."""

import subprocess
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QMarginsF, QPointF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.documents.fonts import families_for, load_fonts
from kiosk.documents.page import A4, memory_pdf, page_layout
from kiosk.documents.pdf_overlay import Part, lay_over
from tests.documents.conftest import need


def words_at(pdf: Path) -> dict[str, tuple[float, float]]:
    """Each word's top left, in points from the page's top left (pdftotext -bbox)."""
    html = subprocess.run(
        [need("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = {}
    for line in html.splitlines():
        if "<word " in line:
            x = float(line.split('xMin="')[1].split('"')[0])
            y = float(line.split('yMin="')[1].split('"')[0])
            found[line.split(">")[1].split("<")[0]] = (x, y)
    return found


def text_pdf(layout: QPageLayout, word: str, at: QPointF) -> bytes:
    def draw(writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        font = QFont()
        font.setFamilies(families_for("Latin"))
        font.setPointSize(12)
        painter.setFont(font)
        painter.drawText(at, word)
        painter.end()

    return memory_pdf(layout, "", draw)


def test_a_part_is_drawn_where_asked_and_the_page_keeps_its_streams(
    tmp_path: Path, qapp: object
) -> None:
    load_fonts()
    base = text_pdf(page_layout(A4), "Base", QPointF(300, 300))
    small = QPageLayout(
        QPageSize(
            QSizeF(40, 15), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
        ),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    part = text_pdf(small, "Part", QPointF(0, 100))
    alone, under, laid = tmp_path / "part.pdf", tmp_path / "base.pdf", tmp_path / "laid.pdf"
    alone.write_bytes(part)
    under.write_bytes(base)
    laid.write_bytes(lay_over(base, [Part(part, 0, 100.0, 200.0)]))
    x, y = words_at(alone)["Part"]
    assert words_at(laid)["Part"] == pytest.approx((x + 100.0, y + 200.0), abs=0.01)
    assert words_at(laid)["Base"] == words_at(under)["Base"]
    with pikepdf.open(laid) as pdf, pikepdf.open(under) as original:
        own = original.pages[0].Contents.read_raw_bytes()
        contents = pdf.pages[0].Contents
        assert isinstance(contents, pikepdf.Array)
        # the page's own stream, as it was (compressed), between the q and the Q
        assert [stream.read_raw_bytes() == own for stream in contents] == [False, True, False]
