"""Daily counts written to a file for the coordinator's reports: CSV, XLSX or a PDF report.

Counts only: a per-person export does not exist. Each export is written beside its target
and renamed into place when complete, and leaves one entry in the audit trail.
"""

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.errors import ValidationError
from kiosk.exports.report_texts import REPORT_LANGUAGES, check_report_language

if TYPE_CHECKING:
    from kiosk.store.desk import Desk

FORMATS = ("csv", "xlsx", "pdf")
MAX_DAYS = 3 * 366

__all__ = ["FORMATS", "REPORT_LANGUAGES", "check_period", "export_counts", "suggested_name"]


def check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError(
            "to", f"{last.isoformat()} is before {first.isoformat()}", reason="ends_before_start",
            first=first.isoformat(), last=last.isoformat(),
        )
    if (last - first).days + 1 > MAX_DAYS:
        raise ValidationError(
            "to", f"a period of at most {MAX_DAYS} days", reason="period_too_long", limit=MAX_DAYS
        )


def suggested_name(site_id: str, first: date, last: date, format: str) -> str:
    span = first.isoformat() if first == last else f"{first.isoformat()}_{last.isoformat()}"
    return f"startpunt-{site_id}-{span}.{format}"


def export_counts(
    desk: "Desk", first: date, last: date, format: str, out: Path, language: str = "nl"
) -> Path:
    """Write the daily counts of `first`..`last` to `out`; returns the file written."""
    if format not in FORMATS:
        raise ValidationError("format", f"{format!r} is not one of {', '.join(FORMATS)}")
    check_report_language(language)
    check_period(first, last)
    if out.is_dir():
        out = out / suggested_name(desk.require_site().site_id, first, last, format)
    if not out.parent.is_dir():
        raise ValidationError(
            "out", f"the folder {out.parent} does not exist", reason="no_folder",
            folder=str(out.parent),
        )
    site = desk.require_site()
    days = desk.registrations.counts_by_day(first, last)
    made = desk.local_now()
    partial = out.with_name(out.name + ".partial")
    try:
        if format == "csv":
            from kiosk.exports.csv_file import write_csv

            write_csv(days, partial)
        elif format == "xlsx":
            from kiosk.exports.xlsx_file import write_xlsx

            write_xlsx(days, site, language, made, partial)
        else:
            from kiosk.exports.pdf_report import write_pdf

            write_pdf(days, site, language, made, partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    desk.access.record_export(first, last, format, out)
    return out

