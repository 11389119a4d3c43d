"""What a dashboard page shows, as CSV or XLSX: one row per figure (section, site, item,
value). A value is a number, `>=N` (at least N: a suppressed cell is part of it) or
`suppressed`; text that a spreadsheet could take for a formula (= + - @ at the start) is
quoted with a leading apostrophe."""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from fastapi.responses import Response

from kiosk.core.packet_sums import SUMMARY, Cell, PeriodSums

type Value = int | str
type Row = Sequence[Value]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe(value: Value) -> Value:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def cell_value(cell: Cell) -> Value:
    return cell.known if not cell.partial else cell.plain()


def overview_rows(sums: PeriodSums, names: dict[str, str]) -> list[Row]:
    """`names`: site id to its name, for the per-site rows."""
    rows: list[Row] = [("section", "site", "item", "value")]
    period = f"{sums.first.isoformat()}..{sums.last.isoformat()}"
    for name in SUMMARY:
        rows.append(("all-sites " + period, "", name, cell_value(sums.all_sites[name])))
    for site, figures in sums.by_site.items():
        label = f"{site} {names.get(site, '')}".strip()
        for name in SUMMARY:
            rows.append(("site " + period, label, name, cell_value(figures[name])))
    for day, figures in sums.by_day.items():
        rows.append(("day", "", day.isoformat(), cell_value(figures["people"])))
    for week, figures in sums.by_week.items():
        rows.append(("week", "", week.isoformat(), cell_value(figures["people"])))
    for breakdown, cells in sums.breakdowns.items():
        for code, cell in sorted(cells.items()):
            rows.append((breakdown, "", code, cell_value(cell)))
    return rows


def as_csv(rows: Iterable[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe(value) for value in row])
    return out.getvalue()


def as_xlsx(rows: Iterable[Row], title: str, day: date) -> bytes:
    """The rows as one sheet, dated `day` (headquarters' today) inside and in its zip: the
    same figures give the same bytes all day, and nothing reads the machine's clock."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    for row in rows:
        sheet.append([safe(value) for value in row])
    moment = datetime.combine(day, time())
    book.properties.created = book.properties.modified = moment
    written = io.BytesIO()
    ExcelWriter(book, ZipFile(written, "w", ZIP_DEFLATED, allowZip64=True)).save()
    return dated_zip(written.getvalue(), moment)


def dated_zip(content: bytes, moment: datetime) -> bytes:
    """The zip again with every entry dated `moment` (zipfile dates entries by the
    machine's clock at writing, openpyxl's worksheets by their temporary file's)."""
    out = io.BytesIO()
    with ZipFile(io.BytesIO(content)) as source, ZipFile(out, "w", ZIP_DEFLATED) as target:
        for entry in source.infolist():
            dated = ZipInfo(entry.filename, moment.timetuple()[:6])
            dated.compress_type = ZIP_DEFLATED
            target.writestr(dated, source.read(entry.filename))
    return out.getvalue()


def download(content: str | bytes, name: str, kind: str) -> Response:
    media = {
        "csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }[kind]
    return Response(
        content,
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{name}.{kind}"',
            "Cache-Control": "no-store",
        },
    )
