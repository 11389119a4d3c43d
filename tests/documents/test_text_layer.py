"""The PDFs' text layer: every sentence extracts whole, in logical order, in every language.

The extractor (tests/documents/extract.py) reads only the PDF: the glyphs' positions, their
order in the content stream and each font's /ToUnicode CMap. The expected sentences come from
resources/sheets/<lang>.json, with the site's values filled in.
"""

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.sheet_sentences import printed_paragraphs
from kiosk.core.sheet_text import fill
from kiosk.documents.font_subsets import subset_tag
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.sheet_pdf import render_sheet_pdf
from kiosk.documents.text_layer import (
    fix_text_layer,
    fixed_pdf,
    fixed_text,
    parse_cmap,
    write_cmap,
)
from kiosk.documents.texts import sheet_texts
from kiosk.documents.ticket import TicketPrint
from kiosk.documents.tickets_pdf import render_tickets_pdf
from kiosk.paths import resources_dir
from tests.documents.conftest import pdf_fonts
from tests.documents.extract import Glyph, Line, logical, pdf_text, squash

# (arrival language, official language): all sixteen beside Dutch, a few beside French
CASES = [(code, "nl") for code in LANGUAGE_CODES] + [
    (code, "fr") for code in ("ar", "ps", "ckb", "ti", "ur", "nl")
]
PUA = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


def sentences(language: str, info: PrintedInfo) -> list[str]:
    """The title, intro, headings and paragraphs of a language's sheet, in reading order."""
    texts = sheet_texts(language)
    values = info.placeholders(texts.day_names())
    found = [texts.title, fill(texts.intro, values, isolate=False)]
    for topic in texts.topics:
        found.append(topic.heading)
        found.extend(printed_paragraphs(topic.paragraphs, values, isolate=False))
    return [squash(s) for s in found]


def assert_in_order(text: str, expected: list[str], label: str) -> None:
    position = 0
    for sentence in expected:
        found = text.find(sentence, position)
        if found < 0:
            where = "out of order" if sentence in text else "not found whole"
            raise AssertionError(f"{label}: {where}: {sentence!r}")
        position = found + len(sentence)


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("text-layer")
    rendered = {}
    for language, official in CASES:
        pdf = folder / f"{language}-{official}.pdf"
        info = PrintedInfo(official_language=official)
        render_sheet_pdf(SheetRequest(language, "Startpunt Brussel", info, number=42), str(pdf))
        rendered[language, official] = pdf
    return rendered


@pytest.fixture(scope="module")
def extracted(sheets: dict[tuple[str, str], Path]) -> dict[tuple[str, str], str]:
    return {case: pdf_text(pdf) for case, pdf in sheets.items()}


@pytest.mark.slow  # extracts 22 sheets
@pytest.mark.parametrize(("language", "official"), CASES)
def test_every_sentence_of_the_arrivals_language_extracts_whole_and_in_order(
    extracted: dict[tuple[str, str], str], language: str, official: str
) -> None:
    """Title, intro, every heading and paragraph of the arrival's language come back from
    the PDF whole (no lost lam-alef, no contextual form missing) and in reading order."""
    info = PrintedInfo(official_language=official)
    assert_in_order(extracted[language, official], sentences(language, info), language)


@pytest.mark.slow  # extracts 22 sheets
@pytest.mark.parametrize(("language", "official"), CASES)
def test_the_official_languages_column_extracts_whole_and_in_order(
    extracted: dict[tuple[str, str], str], language: str, official: str
) -> None:
    """The Dutch or French column beside it reads back whole and in order too."""
    info = PrintedInfo(official_language=official)
    assert_in_order(
        extracted[language, official], sentences(official, info), f"{official} beside {language}"
    )


@pytest.mark.slow  # extracts 22 sheets
@pytest.mark.parametrize(("language", "official"), CASES)
def test_header_notice_and_footer_extract(
    extracted: dict[tuple[str, str], str], language: str, official: str
) -> None:
    """The QR caption, the not-reviewed notice, the content date and the page number too."""
    text = extracted[language, official]
    texts = sheet_texts(language)
    info = PrintedInfo(official_language=official)
    assert squash(texts.qr_caption_for(info.link_language(language))) in text
    if not texts.fully_reviewed:
        assert squash(texts.not_reviewed_notice) in text
    assert squash(texts.date_line()) in text
    pages = squash(fill(texts.page, {"page": "1", "pages": "PAGES"}, isolate=False))
    assert re.search(re.escape(pages).replace("PAGES", r"\d+"), text), pages
    assert "042" in text


@pytest.mark.slow  # extracts 22 sheets
@pytest.mark.parametrize(("language", "official"), CASES)
def test_no_private_use_or_missing_glyph_is_left(
    extracted: dict[tuple[str, str], str], language: str, official: str
) -> None:
    """Every glyph maps to real text: no Private Use Area code point and no U+FFFD (a glyph
    without any ToUnicode entry) is left in the extracted text."""
    text = extracted[language, official]
    assert not PUA.findall(text)
    assert "\ufffd" not in text


def test_an_arabic_meal_ticket_extracts_its_lines(qapp: object, tmp_path: Path) -> None:
    """The 'soup and bread' line of an Arabic ticket (and the Dutch one under it) extract."""
    pdf = tmp_path / "ticket.pdf"
    ticket = TicketPrint(
        "Startpunt Brussel", date(2026, 11, 26), 12, 7, "ar", "nl", "CODE-12", "K7R"
    )
    render_tickets_pdf([ticket], str(pdf))
    text = pdf_text(pdf)
    for line in (sheet_texts("ar").meal, sheet_texts("ar").valid_today, sheet_texts("nl").meal):
        assert squash(line) in text
    assert not PUA.findall(text) and "\ufffd" not in text


def test_pdfs_saved_by_the_print_service_get_the_text_too(qapp: object, tmp_path: Path) -> None:
    """Not only render_sheet_pdf: every PDF painted through page.pdf_writer (here the print
    service's save-to-folder fallback, sheet and A4 tickets) has its text completed."""
    from kiosk.core.printers import Paper
    from kiosk.printing.backends import FolderBackend
    from kiosk.printing.print_service import sheet_rendering, tickets_rendering

    info = PrintedInfo()
    folder = FolderBackend(tmp_path)
    sheet = Path(folder.send(sheet_rendering(SheetRequest("ckb", "Startpunt Brussel", info))))
    assert_in_order(pdf_text(sheet), sentences("ckb", info), "ckb saved")
    ticket = TicketPrint("Startpunt Brussel", date(2026, 11, 26), 3, 7, "ps", "nl", "CODE-3", "K7R")
    tickets = Path(folder.send(tickets_rendering([ticket], Paper.A4)))
    text = pdf_text(tickets)
    assert squash(sheet_texts("ps").meal) in text
    assert not PUA.findall(text) and "\ufffd" not in text


def test_the_cmaps_map_to_base_letters_and_the_pdf_stays_valid(
    sheets: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    """In the rewritten ToUnicode CMaps there is no PUA code point, no presentation form and
    no tab; every xref offset still points at its object; a second pass changes nothing."""
    pdf = sheets["ps", "nl"]
    data = pdf.read_bytes()
    for stream in re.findall(rb"stream\r?\n(/CIDInit.*?)endstream", data, re.S):
        for text in parse_cmap(stream).values():
            assert not PUA.search(text)
            assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff\t]", text)
    xref_at = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    table = data[xref_at:].split(b"trailer")[0].split(b"\n")
    first = int(table[1].split()[0])
    for number, entry in enumerate(table[2:], start=first):
        if entry.endswith(b"n ") or entry.endswith(b"n"):
            offset = int(entry[:10])
            assert data[offset:].startswith(b"%d 0 obj" % number), number
    assert fixed_pdf(data) is None
    copy = tmp_path / "again.pdf"
    shutil.copy(pdf, copy)
    assert fix_text_layer(copy) is False
    assert copy.read_bytes() == data


def test_the_prepared_fonts_match_their_table() -> None:
    """Every PUA code point in the prepared Naskh fonts has its text in naskh-pua.json, the
    table has no other, and no other shipped font maps a PUA code point."""
    ttlib = pytest.importorskip("fontTools.ttLib")
    folder = resources_dir() / "fonts"
    table = json.loads((folder / "naskh-pua.json").read_text(encoding="utf-8"))
    codes = {int(code, 16) for code in table["text"]}
    assert all(text and not PUA.search(text) for text in table["text"].values())
    for path in sorted(folder.glob("*.ttf")):
        cmap = ttlib.TTFont(path).getBestCmap()
        pua = {c for c in cmap if 0xE000 <= c <= 0xF8FF}
        if path.stem in table["fonts"]:
            assert pua == codes, path.name
        else:
            assert not pua, path.name


def glyphs(visual: str) -> list[Glyph]:
    """A line of glyphs 6 pt apart, left to right, spaces as gaps."""
    out = []
    x = 0.0
    for ch in visual:
        if ch != " ":
            out.append(Glyph(ch, x, x + 5.0, 0.0, 10.0, len(out)))
        x += 6.0 if ch != " " else 3.0
    return out


@pytest.mark.parametrize(
    ("visual", "expected"),
    [
        # "1. طلب الحماية (اللجوء)" as drawn: brackets mirrored, the number at the right
        ("(ءوجللا) ةيامحلا بلط .1", "1. طلب الحماية (اللجوء)"),
        # an address inside an Arabic sentence keeps its own order, the full stop goes after
        (
            "لاعت .Belliardstraat 68, 1040 Brussel :ةحوتفم",
            "مفتوحة: Belliardstraat 68, 1040 Brussel. تعال",
        ),
        # brackets of a left-to-right run are its own; hours keep their order
        ("يف Fedasil (Info Point) ةطقن 07:00–09:00", "07:00–09:00 نقطة Fedasil (Info Point) في"),
        # a run's comma, and a bracket closed from the line before, stay with it
        ("Rue Héger-Bordet 3, :لابقتسالاب يف Point)", "Point) في بالاستقبال: Rue Héger-Bordet 3,"),
    ],
)
def test_right_to_left_lines_come_back_in_logical_order(visual: str, expected: str) -> None:
    """The extractor turns a right-to-left line's visual order into logical order."""
    line = Line(glyphs(visual), page=0, rtl=True)
    assert logical(line) == expected


def test_cmaps_are_read_in_every_form_qt_writes_and_written_back() -> None:
    """bfchar, bfrange with a start code and with an array, several code points per CID."""
    stream = (
        b"2 beginbfrange\n<0001> <0003> <0041>\n<0004> <0005> [<0644> <FEFB>]\nendbfrange\n"
        b"1 beginbfchar\n<0006> <06440627>\nendbfchar\n"
    )
    mapping = {1: "A", 2: "B", 3: "C", 4: "ل", 5: "\ufefb", 6: "لا"}
    assert parse_cmap(stream) == mapping
    assert parse_cmap(write_cmap(mapping)) == mapping


def test_glyph_texts_become_real_letters() -> None:
    """PUA code points of a prepared font become their text, presentation forms their base
    letters, a tab a space; anything else stays as it is."""
    table = json.loads((resources_dir() / "fonts" / "naskh-pua.json").read_text(encoding="utf-8"))
    code, text = next(iter(table["text"].items()))
    pua = chr(int(code, 16))
    assert fixed_text(pua, "NotoNaskhArabic-Bold") == text
    assert fixed_text(pua, "NotoSans-Regular") == pua  # not a prepared font: left, and tested
    assert fixed_text("\ufefb", "NotoSans-Regular") == "لا"
    assert fixed_text("\ufedf", "NotoNaskhArabic-Regular") == "ل"
    assert fixed_text("\t", "NotoSans-Regular") == " "
    assert fixed_text("é", "NotoSans-Regular") == "é"


def test_a_pdf_laid_out_otherwise_is_left_alone(
    sheets: dict[tuple[str, str], Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A PDF that qpdf can read only by repairing it (here: a trailer whose /Prev points at
    no cross-reference table) is not touched, and a warning says so; a missing file is no
    error."""
    data, count = re.subn(rb"trailer\s*<<", b"trailer << /Prev 9 ", sheets["en", "nl"].read_bytes())
    assert count == 1
    data = data.replace(b"<0020>", b"<0009>")  # something that would need a fix
    assert b"<0009>" in data
    pdf = tmp_path / "updated.pdf"
    pdf.write_bytes(data)
    assert fix_text_layer(pdf) is False
    assert pdf.read_bytes() == data
    assert "left as Qt wrote it" in caplog.text
    assert fix_text_layer(tmp_path / "missing.pdf") is False


def type0_fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    return [
        font
        for font in pdf.objects
        if isinstance(font, pikepdf.Dictionary) and font.get("/Subtype") == "/Type0"
    ]


def test_every_embedded_subset_is_named_with_its_tag(
    sheets: dict[tuple[str, str], Path],
) -> None:
    """Qt names its subsets without a tag in /BaseFont: after the pass, the font, its CIDFont
    and its descriptor share one name `ABCDEF+Name`, the letters drawn from the embedded
    subset's bytes, so readers (here pdffonts) see a subset, and each subset has its own."""
    pdf_path = sheets["ps", "nl"]
    fonts = pdf_fonts(pdf_path)
    assert fonts and all(re.match(r"[A-Z]{6}\+", name) for name, _ in fonts), fonts
    with pikepdf.open(pdf_path) as pdf:
        tags = set()
        for font in type0_fonts(pdf):
            cid_font = font.DescendantFonts[0]
            descriptor = cid_font.FontDescriptor
            tag = subset_tag(descriptor.FontFile2.read_raw_bytes())
            assert str(font.BaseFont).startswith(f"/{tag}+")
            assert font.BaseFont == cid_font.BaseFont == descriptor.FontName
            tags.add(tag)
        assert len(tags) == len(fonts)
    assert subset_tag(b"same bytes") == subset_tag(b"same bytes") != subset_tag(b"other bytes")
    assert re.fullmatch("[A-Z]{6}", subset_tag(b""))


def test_a_compressed_cmap_is_completed_too(
    sheets: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    """Not only Qt's own layout: a Flate-compressed ToUnicode CMap with a lam-alef
    presentation form (as another writer might leave it) is read and completed, and the
    file stays one qpdf reads without repair."""
    pdf_path = tmp_path / "compressed.pdf"
    with pikepdf.open(sheets["en", "nl"]) as pdf:
        cmap = type0_fonts(pdf)[0].ToUnicode
        cmap.write(write_cmap({3: "\ufefb", 4: "A"}))
        pdf.save(pdf_path, compress_streams=True)
    with pikepdf.open(pdf_path) as pdf:
        assert type0_fonts(pdf)[0].ToUnicode.get("/Filter") == "/FlateDecode"
    assert fix_text_layer(pdf_path) is True
    with pikepdf.open(pdf_path) as pdf:
        assert not pdf.get_warnings()
        assert parse_cmap(type0_fonts(pdf)[0].ToUnicode.read_bytes()) == {3: "لا", 4: "A"}
