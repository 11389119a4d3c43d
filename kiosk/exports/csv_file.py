"""CSV: UTF-8, one row per day, a `date` column and one column per count.

Column names are the paths of `kiosk counts --json` (`people`, `by_language.ar`), so a
script can read either and get the same numbers.
"""

import csv
from collections.abc import Sequence
from pathlib import Path

from kiosk.core.counts import DailyCounts
from kiosk.core.counts_json import columns, flat_row
from kiosk.exports.cell_text import cell_text


def write_csv(days: Sequence[DailyCounts], out: Path) -> None:
    names = columns(days)
    with out.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow([cell_text(name) for name in names])
        for counts in days:
            writer.writerow(flat_row(counts, names))
