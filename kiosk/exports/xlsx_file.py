"""XLSX (openpyxl): a sheet of totals and a sheet per breakdown, one row per day.

Each sheet's first row holds stable names (`people`; the codes of a breakdown, e.g. `ar`);
a sheet is named by the breakdown's name in `kiosk counts --json`. The `about` sheet says
which site and period, and that the counts stay private.
"""

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from kiosk.core.counts import DailyCounts
from kiosk.core.counts_json import BREAKDOWNS, SEPARATOR, TOTALS, columns, flat_row
from kiosk.core.site import Site
from kiosk.exports.cell_text import cell_text
from kiosk.exports.report_texts import code_label, word

BOLD = Font(bold=True)


def write_xlsx(
    days: Sequence[DailyCounts], site: Site, language: str, made: datetime, out: Path
) -> None:
    book = Workbook()
    about = book.active
    assert about is not None
    about.title = "about"
    first, last = days[0].day.isoformat(), days[-1].day.isoformat()
    about_rows: tuple[tuple[str, str], ...] = (
        (word("title", language), ""),
        (word("site", language), f"{site.name} ({site.site_id})"),
        (word("period", language), f"{first} – {last}"),
        (word("made", language), made.strftime("%Y-%m-%d %H:%M")),
        ("", ""),
        (word("private", language), ""),
    )
    for line in about_rows:
        about.append([cell_text(text) for text in line])
    about["A1"].font = BOLD
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 40
    names = columns(days)
    rows = [flat_row(counts, names) for counts in days]
    sheets: list[tuple[str, list[str]]] = [("totals", ["date", *TOTALS])]
    for breakdown in BREAKDOWNS:
        prefix = breakdown + SEPARATOR
        sheets.append((breakdown, ["date", *(n for n in names if n.startswith(prefix))]))
    for title, wanted in sheets:
        sheet = book.create_sheet(title)
        indexes = [names.index(name) for name in wanted]
        header = [name.partition(SEPARATOR)[2] or name for name in wanted]
        sheet.append([cell_text(text) for text in header])
        if title != "totals":  # the codes' names, under the codes
            sheet.append(
                ["", *(cell_text(code_label(title, code, language)) for code in header[1:])]
            )
        for row in rows:
            sheet.append([row[i] for i in indexes])
        for cell in sheet[1]:
            cell.font = BOLD
        sheet.freeze_panes = "B3" if title != "totals" else "B2"
        sheet.column_dimensions["A"].width = 12
    book.save(out)
