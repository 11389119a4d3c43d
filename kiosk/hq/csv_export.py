"""Stored packets as CSV: one row per site and day, one column per count.

Columns are named by their path in the JSON (`people`, `by_language.ar`,
`by_sex_age_band.female:26-59`), as the kiosk's own exports name them. A suppressed cell is
`x`; an empty field is a count that was not sent (a withheld breakdown, or a category merged
into `other`).
"""

import csv
import io
from collections.abc import Iterable
from typing import Any

from kiosk.core.disclosure import OTHER
from kiosk.core.packet import BREAKDOWNS, TOTALS

SUPPRESSED = "x"
FIRST_COLUMNS = ("site_id", "date", "revision", "k", *TOTALS)


def _cell_columns(rows: list[dict[str, Any]]) -> list[str]:
    columns: list[str] = []
    for spec in BREAKDOWNS:
        if spec.categories is not None:
            codes = list(spec.categories)
        else:
            seen = {code for row in rows for code in row["breakdowns"][spec.name]["cells"]}
            codes = sorted(seen - {OTHER}) + ([OTHER] if OTHER in seen else [])
        columns += [f"{spec.name}.{code}" for code in codes]
    return columns


def _values(row: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {name: row[name] for name in FIRST_COLUMNS}
    for name, breakdown in row["breakdowns"].items():
        for code, n in breakdown["cells"].items():
            values[f"{name}.{code}"] = n
        for code in breakdown["suppressed"]:
            values[f"{name}.{code}"] = SUPPRESSED
    return values


def days_csv(rows: Iterable[dict[str, Any]]) -> str:
    found = list(rows)
    out = io.StringIO()
    writer = csv.DictWriter(
        out, [*FIRST_COLUMNS, *_cell_columns(found)], restval="", lineterminator="\r\n"
    )
    writer.writeheader()
    for row in found:
        writer.writerow(_values(row))
    return out.getvalue()
