"""The sheet on one sheet of paper: two pages in every language, nothing split, page 1 first."""

import subprocess
from datetime import date
from pathlib import Path

import pytest

from kiosk.core.codes import Referral
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.printed_info import make_printed_info
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.sheet_pdf import render_sheet_pdf
from tests.documents.conftest import need

# The worst realistic case: every site setting filled in, long opening hours (two groups,
# two time ranges a day), and three referrals ticked, each with its address and hours.
INFO = make_printed_info({
    "startpunt_address": "Boulevard du Roi Albert II 27, 1000 Brussel",
    "soup_hours": "mon-fri 08:00-10:00,12:00-14:00; sat 09:00-12:00",
    "info_point_hours": "mon-fri 09:00-17:00",
    "legal_aid_hours": "mon-fri 09:00-12:00,13:30-16:30",
    "medical_point_hours": "mon-fri 09:00-17:00; sat 10:00-13:00",
    "humanitarian_hub_hours": "mon-sun 08:00-20:00",
    "help_line_phone": "02 213 44 00",
    "help_line_hours": "mon-fri 09:00-17:00",
})
DAY = date(2026, 11, 26)  # a Thursday
TICKED = (Referral.MEDICAL_POINT, Referral.LEGAL_AID, Referral.GUARDIANSHIP)
TICKED_WITH_HOURS = (Referral.MEDICAL_POINT, Referral.LEGAL_AID, Referral.HUMANITARIAN_HUB)
TIMES = ["08:00–10:00", "12:00–14:00", "09:00–12:00", "13:30–16:30", "10:00–13:00",
         "08:00–20:00", "09:00–17:00"]
WHOLE = [
    INFO.registration_address,
    INFO.info_point_address,
    INFO.legal_aid_address,
    INFO.medical_point_address,
    INFO.humanitarian_hub_address,
    INFO.shelter_phone,
    INFO.guardianship_phone,
    INFO.startpunt_address,
    INFO.help_line_phone,
]


def page_lines(pdf: Path, page: int) -> list[str]:
    """pdftotext -layout of one page, line by line, no-break spaces as spaces."""
    out = subprocess.run(
        [need("pdftotext"), "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
         str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    return [" ".join(line.replace("\u00a0", " ").split()) for line in out.splitlines()]


def page_count(pdf: Path) -> int:
    out = subprocess.run([need("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in out.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


def render_all(folder: Path, ticked: tuple[Referral, ...]) -> dict[str, Path]:
    pdfs = {}
    for language in LANGUAGE_CODES:
        pdf = folder / f"{language}.pdf"
        request = SheetRequest(language, "Startpunt Brussel", INFO, 42, DAY, ticked)
        render_sheet_pdf(request, str(pdf))
        pdfs[language] = pdf
    return pdfs


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[str, Path]:
    return render_all(tmp_path_factory.mktemp("layout"), TICKED)


@pytest.fixture(scope="module")
def sheets_with_hours(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[str, Path]:
    return render_all(tmp_path_factory.mktemp("hours"), TICKED_WITH_HOURS)


@pytest.mark.slow  # renders all 16 sheets, twice
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_sheet_is_two_pages(
    sheets: dict[str, Path], sheets_with_hours: dict[str, Path], language: str
) -> None:
    """With every site setting filled in, the number, the date and three referrals ticked
    (with and without opening hours of their own), every language fits one sheet of paper:
    two A4 pages."""
    assert page_count(sheets[language]) == 2
    assert page_count(sheets_with_hours[language]) == 2


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_times_are_never_split(sheets_with_hours: dict[str, Path], language: str) -> None:
    """Each opening time span stands whole on a line wherever a week's hours wrap (a line
    breaks after a comma or semicolon of the hours, never inside "13:30–16:30")."""
    lines = page_lines(sheets_with_hours[language], 1) + page_lines(sheets_with_hours[language], 2)
    text = "\n".join(lines).replace("\u2060", "")
    for span in TIMES:
        assert span in text, f"{language}: {span!r} is not whole on one line"


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_numbers_and_addresses_are_never_split(sheets: dict[str, Path], language: str) -> None:
    """Every phone number and address of the site stands whole on one line wherever it is
    printed: a line holding the start of one (its first half) holds all of it."""
    lines = page_lines(sheets[language], 1) + page_lines(sheets[language], 2)
    for value in WHOLE:
        whole = [line for line in lines if value in line]
        assert whole, f"{language}: {value!r} is nowhere whole on one line"
        words = value.split()
        head = " ".join(words[: max(1, len(words) // 2)])
        for line in lines:
            if head in line and value not in line and len(head) > 3:
                pytest.fail(f"{language}: {value!r} is split: {line!r}")


@pytest.mark.slow
def test_page_one_carries_the_number_the_date_and_the_referrals(sheets: dict[str, Path]) -> None:
    """Page 1 has the labelled number of the day with its date, the ticked referrals with
    where to go, in the arrival's language and in Dutch, and the key numbers."""
    first = "\n".join(page_lines(sheets["en"], 1))
    for words in (
        "Your number today", "Uw nummer vandaag", "042", "Thursday 26.11.2026",
        "donderdag 26.11.2026", "For you: where you were sent today",
        "Medical point: Rue Héger-Bordet 3, 1000 Brussel",
        "Medisch punt: Rue Héger-Bordet 3, 1000 Brussel",
        "Guardianship Service: 078 15 43 24", "Emergency",
        "112", "0800 99 340", "Free lawyer (legal aid):", "We call people by this number.",
    ):
        assert words in first, words
    assert "Humanitarian Hub:" not in first  # not ticked


def test_no_for_you_box_when_nothing_was_ticked(tmp_path: Path, qapp: object) -> None:
    """A party without referrals gets no empty box."""
    pdf = tmp_path / "fr.pdf"
    render_sheet_pdf(SheetRequest("fr", "Startpunt Brussel", INFO, 7, DAY), str(pdf))
    first = "\n".join(page_lines(pdf, 1))
    assert "Votre numéro" in first and "jeudi 26.11.2026" in first
    assert "Pour vous" not in first and "Voor u" not in first
    assert page_count(pdf) == 2


def test_paragraphs_are_parted_where_the_sheet_has_room(qapp: object) -> None:
    """A sheet with room (Dutch, two referrals, no hours) parts its body's paragraphs by
    PARAGRAPH_GAP_MM; the longest sheet (every setting, three referrals with hours) may go
    without, but not below 10 pt."""
    from PySide6.QtGui import QImage, QTextFormat, QTextTable

    from kiosk.core.printed_info import PrintedInfo
    from kiosk.documents import sheet
    from kiosk.documents.sheet_formats import PARAGRAPH_GAP_MM

    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(300 / 0.0254))
    device.setDotsPerMeterY(round(300 / 0.0254))
    roomy = SheetRequest("nl", "Startpunt Brussel", PrintedInfo(), 42, DAY, TICKED[:1])
    document = sheet.build_sheet(roomy, device)
    assert sheet._fitted[sheet._fit_key(roomy, 300)][3] == PARAGRAPH_GAP_MM
    body = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    below = QTextFormat.Property.TableCellBottomPadding
    paddings = {body[-1].cellAt(row, 0).format().property(below) for row in (2, 5, 6)}
    assert all(isinstance(padding, float) and padding > 0 for padding in paddings)
    longest = SheetRequest("ur", "Startpunt Brussel", INFO, 42, DAY, TICKED_WITH_HOURS)
    sheet.build_sheet(longest, device)
    assert sheet._fitted[sheet._fit_key(longest, 300)][0] >= 10.0
