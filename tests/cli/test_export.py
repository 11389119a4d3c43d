"""`kiosk export`: CSV and XLSX read back equal `kiosk counts --json` of every day; the PDF
report has the totals in its text; bad input is refused on one line."""

import csv
import json
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kiosk.core.counts_json import BREAKDOWNS, TOTALS, from_flat
from kiosk.core.demo import demo_party
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk

FIRST, LAST = date(2026, 11, 16), date(2026, 11, 22)


@pytest.fixture
def filled(kiosk: Kiosk, data_dir: Path) -> Path:
    """A kiosk with a week of synthetic arrivals, a day without any, meals and sheets."""
    assert kiosk("init", "--site-id", "brussels-1", "--site-name", "Startpunt Brussel",
                 "--pin", "246810").code == 0
    desk = Desk.open(database_path(data_dir))
    rng = random.Random(11)
    for offset in range(7):
        if offset == 3:
            continue  # a day nobody came
        start = datetime(2026, 11, 16, 7, tzinfo=UTC) + timedelta(days=offset)
        desk.registrations.register_many(
            (start + timedelta(minutes=i), demo_party(rng)) for i in range(30)
        )
    desk.close()
    return data_dir


def counts_json(kiosk: Kiosk, day: date) -> dict[str, object]:
    ran = kiosk("counts", "--date", day.isoformat(), "--json")
    assert ran.code == 0
    data: dict[str, object] = json.loads(ran.out)
    return data


def days() -> list[date]:
    return [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]


def test_csv_reads_back_as_the_counts_of_every_day(kiosk: Kiosk, filled: Path,
                                                   tmp_path: Path) -> None:
    """One row per day, a date column, columns named as in `kiosk counts --json`."""
    out = tmp_path / "week.csv"
    ran = kiosk("export", "--from", FIRST.isoformat(), "--to", LAST.isoformat(),
                "--format", "csv", "--out", str(out))
    assert ran.code == 0 and str(out) in ran.out
    with out.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["date"] for row in rows] == [d.isoformat() for d in days()]
    assert list(rows[0])[:8] == ["date", *TOTALS]
    for row, day in zip(rows, days(), strict=True):
        expected = counts_json(kiosk, day)
        read = from_flat(row)
        for name in ("by_nationality", "by_sex_age_band"):  # only the cells that are there
            expected_cells = {k: v for k, v in dict(expected[name]).items() if v}  # type: ignore[call-overload]
            assert {k: v for k, v in read[name].items() if v} == expected_cells
            read[name], expected[name] = {}, {}
        assert read == expected


def test_xlsx_has_a_sheet_per_breakdown_that_reads_back(kiosk: Kiosk, filled: Path,
                                                        tmp_path: Path) -> None:
    """Totals and each breakdown in their own sheet; together they are `counts --json`."""
    out = tmp_path / "week.xlsx"
    assert kiosk("export", "--from", FIRST.isoformat(), "--to", LAST.isoformat(),
                 "--out", str(out), "--language", "fr").code == 0
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["about", "totals", *BREAKDOWNS]
    sheets = {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    for i, day in enumerate(days()):
        expected = counts_json(kiosk, day)
        totals = dict(zip(sheets["totals"][0], sheets["totals"][1 + i], strict=True))
        assert totals.pop("date") == day.isoformat()
        assert totals == {name: expected[name] for name in TOTALS}
        for name in BREAKDOWNS:
            header, _labels, *rows = sheets[name]
            cells = dict(zip(header, rows[i], strict=True))
            assert cells.pop("date") == day.isoformat()
            wanted = {k: v for k, v in dict(expected[name]).items() if v}  # type: ignore[call-overload]
            assert {k: v for k, v in cells.items() if v} == wanted, name
    assert "Personnes" in str(sheets["about"]) or "Comptages" in str(sheets["about"])


@pytest.mark.parametrize("language,people", [("nl", "Mensen"), ("fr", "Personnes"),
                                             ("en", "People")])
def test_the_pdf_report_has_the_totals_in_its_text(
    kiosk: Kiosk, filled: Path, tmp_path: Path, language: str, people: str
) -> None:
    """Title, site, period and every total of the period, in the chosen language."""
    out = tmp_path / f"week-{language}.pdf"
    assert kiosk("export", "--from", FIRST.isoformat(), "--to", LAST.isoformat(),
                 "--format", "pdf", "--out", str(out), "--language", language).code == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    text = " ".join(text.replace("\u202f", "").split())
    totals = {name: 0 for name in TOTALS}
    for day in days():
        data = counts_json(kiosk, day)
        for name in TOTALS:
            totals[name] += int(data[name])  # type: ignore[call-overload]
    assert "Startpunt Brussel" in text and FIRST.isoformat() in text and LAST.isoformat() in text
    assert f"{people} {totals['people']}" in text
    assert str(totals["parties"]) in text and str(totals["children"]) in text


def test_an_export_to_a_folder_gets_a_name_and_is_audited(
    kiosk: Kiosk, filled: Path, tmp_path: Path
) -> None:
    """--out a folder (a USB stick): the file is named after the site and period."""
    ran = kiosk("export", "--from", FIRST.isoformat(), "--to", LAST.isoformat(),
                "--format", "csv", "--out", str(tmp_path))
    assert ran.code == 0
    assert (tmp_path / "startpunt-brussels-1-2026-11-16_2026-11-22.csv").is_file()
    listing = kiosk("audit", "list", "--json")
    entries = json.loads(listing.out)
    assert entries[-1]["action"] == "export"
    assert entries[-1]["details"]["where"].endswith(".csv")


@pytest.mark.parametrize(
    "argv,field",
    [
        (["--from", "2026-11-22", "--to", "2026-11-16", "--format", "csv"], "to:"),
        (["--from", "16/11/2026", "--format", "csv"], "from:"),
        (["--from", "2026-11-16", "--format", "docx"], "invalid choice"),
        (["--from", "2026-11-16"], "format:"),
    ],
)
def test_bad_exports_are_refused_on_one_line(
    kiosk: Kiosk, filled: Path, tmp_path: Path, argv: list[str], field: str
) -> None:
    """Each refusal names what is wrong, exit 2, and no file is written."""
    out = tmp_path / "usb"
    out.mkdir()
    ran = kiosk("export", *argv, "--out", str(out / "x"))
    assert ran.code == 2 and len(ran.err_lines) == 1 and field in ran.err
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_refused(kiosk: Kiosk, filled: Path, tmp_path: Path) -> None:
    """A USB stick that is not there: refused, naming --out."""
    ran = kiosk("export", "--from", "2026-11-16", "--out", str(tmp_path / "usb" / "x.csv"))
    assert ran.code == 2 and ran.err.startswith("kiosk: out:")


@pytest.mark.parametrize("name", ["Startpunt <Noord>", "Startpunt <b>Noord & Zuid",
                                  "=HYPERLINK(\"http://x\",\"y\")", "+32 Noord", "-1+1",
                                  "@SUM(A1)"])
def test_the_site_name_is_text_in_every_export(
    kiosk: Kiosk, data_dir: Path, tmp_path: Path, name: str
) -> None:
    """A site name with markup prints whole in the PDF (read back with pdftotext), an
    unbalanced tag does not break it, and one that starts like a formula is text in the XLSX
    (read back with openpyxl): a leading apostrophe, never a formula."""
    import subprocess

    assert kiosk("init", "--site-id", "noord-1", f"--site-name={name}").code == 0
    assert kiosk("register", "--language", "fr", "--nationality", "CD",
                 "--person", "male:26-59").code == 0
    day = "2026-11-20"
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    for out, kind in ((pdf, "pdf"), (xlsx, "xlsx")):
        ran = kiosk("export", "--from", day, "--to", day, "--format", kind, "--out", str(out),
                    "--language", "en")
        assert ran.code == 0, ran.err
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert f"Site: {name} (noord-1)" in " ".join(text.split())
    book = load_workbook(xlsx)
    cell = book["about"]["B2"]
    assert cell.data_type == "s"
    starts_like_a_formula = name[0] in "=+-@"
    assert cell.value == ("'" if starts_like_a_formula else "") + f"{name} (noord-1)"
    assert all(c.data_type != "f" for sheet in book for row in sheet.iter_rows() for c in row)
