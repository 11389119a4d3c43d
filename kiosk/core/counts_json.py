"""A day's counts as the JSON of `kiosk counts --json`, nested or flat, and back.

The frozen daily summary stores the nested form; exports write the flat form, one column per
count, named by its path in the JSON (`people`, `by_language.ar`, `by_sex_age_band.male:5-11`)
so that a spreadsheet column and `kiosk counts --json` always say the same thing.
"""

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.counts import DailyCounts, sex_age_key
from kiosk.core.languages import LANGUAGE_CODES

TOTALS: tuple[str, ...] = (
    "people",
    "parties",
    "children",
    "families_with_children",
    "unaccompanied_minors",
    "meals_served",
    "sheets_printed",
)
BREAKDOWNS: tuple[str, ...] = (
    "by_language",
    "by_nationality",
    "by_sex",
    "by_age_band",
    "by_sex_age_band",
    "by_flag",
    "by_referral",
    "sheets_by_language",
)
SEPARATOR = "."

# Every code a breakdown can have, in its natural order; nationalities are only those seen.
_KNOWN_CODES: dict[str, tuple[str, ...]] = {
    "by_language": LANGUAGE_CODES,
    "by_sex": tuple(s.value for s in Sex),
    "by_age_band": tuple(b.value for b in AgeBand),
    "by_sex_age_band": tuple(sex_age_key(s.value, b.value) for s in Sex for b in AgeBand),
    "by_flag": tuple(f.value for f in Flag),
    "by_referral": tuple(r.value for r in Referral),
    "sheets_by_language": LANGUAGE_CODES,
}


def known_codes(breakdown: str) -> tuple[str, ...]:
    """Every code of a breakdown in its natural order (empty for nationalities)."""
    return _KNOWN_CODES.get(breakdown, ())


def counts_from_json(data: Mapping[str, Any]) -> DailyCounts:
    """The DailyCounts that `to_json` came from (zero cells are dropped, as the store has none)."""

    def cells(name: str) -> dict[str, int]:
        return {str(code): int(n) for code, n in dict(data.get(name, {})).items() if int(n)}

    return DailyCounts(
        date.fromisoformat(str(data["date"])),
        people=int(data["people"]),
        parties=int(data["parties"]),
        children=int(data["children"]),
        families_with_children=int(data["families_with_children"]),
        by_language=cells("by_language"),
        by_nationality=cells("by_nationality"),
        by_sex=cells("by_sex"),
        by_age_band=cells("by_age_band"),
        by_sex_age_band=cells("by_sex_age_band"),
        by_flag=cells("by_flag"),
        by_referral=cells("by_referral"),
        meals_served=int(data["meals_served"]),
        sheets_printed=int(data["sheets_printed"]),
        sheets_by_language=cells("sheets_by_language"),
    )


def columns(days: Iterable[DailyCounts]) -> list[str]:
    """`date`, the totals, then every breakdown cell; nationalities are those of the period."""
    nationalities: set[str] = set()
    for counts in days:
        nationalities.update(code for code, n in counts.by_nationality.items() if n)
    found = ["date", *TOTALS]
    for name in BREAKDOWNS:
        codes = sorted(nationalities) if name == "by_nationality" else _KNOWN_CODES[name]
        found += [f"{name}{SEPARATOR}{code}" for code in codes]
    return found


def flat_row(counts: DailyCounts, names: Sequence[str]) -> list[str | int]:
    """One day's cells for the given columns (the date as YYYY-MM-DD, the rest as numbers)."""
    data = counts.to_json()
    row: list[str | int] = []
    for name in names:
        if name == "date":
            row.append(data["date"])
        elif SEPARATOR in name:
            breakdown, _, code = name.partition(SEPARATOR)
            row.append(int(data[breakdown].get(code, 0)))
        else:
            row.append(int(data[name]))
    return row


def from_flat(row: Mapping[str, str | int]) -> dict[str, Any]:
    """The nested JSON of one flat row (as read back from a CSV or a spreadsheet)."""
    nested: dict[str, Any] = {name: {} for name in BREAKDOWNS}
    for name, value in row.items():
        if name == "date":
            nested["date"] = str(value)
        elif SEPARATOR in name:
            breakdown, _, code = name.partition(SEPARATOR)
            nested[breakdown][code] = int(value)
        else:
            nested[name] = int(value)
    return nested
