"""A day's stored packets as a DHIS2 `dataValueSets` document, for organisations that report
through DHIS2.

The mapping settings file (JSON) says which DHIS2 data element, category option combo and
organisation unit each count goes to; see docs/dhis2-mapping.example.json:

    {
      "dataSet": "UID (optional)",
      "attributeOptionCombo": "UID (optional)",
      "orgUnits": {"brussels-1": "UID"},
      "dataElements": {
        "people": "UID",
        "meals_served": {"dataElement": "UID", "categoryOptionCombo": "UID"},
        "by_nationality": {"dataElement": "UID",
                           "categoryOptionCombos": {"SY": "UID", "other": "UID"}}
      }
    }

A breakdown cell whose code has no combo goes to the breakdown's `other` combo when there
is one, and is left out otherwise. Suppressed cells and withheld breakdowns are left out:
DHIS2 receives only what the packet published.
"""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.disclosure import OTHER
from kiosk.core.errors import ValidationError
from kiosk.core.packet import BY_NAME, TOTALS

UID = re.compile(r"[A-Za-z][A-Za-z0-9]{10}")


@dataclass(frozen=True, slots=True)
class Target:
    data_element: str
    combo: str | None = None


@dataclass(frozen=True, slots=True)
class BreakdownTarget:
    data_element: str
    combos: dict[str, str]


@dataclass(frozen=True, slots=True)
class Mapping:
    org_units: dict[str, str]
    totals: dict[str, Target]
    breakdowns: dict[str, BreakdownTarget]
    data_set: str | None = None
    attribute_option_combo: str | None = None
    warnings: list[str] = field(default_factory=list)


def _uid(value: object, where: str) -> str:
    if not isinstance(value, str) or not UID.fullmatch(value):
        raise ValidationError(where, "expected a DHIS2 UID (11 letters and digits)")
    return value


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(where, "expected an object")
    return value


def parse_mapping(data: object) -> Mapping:
    top = _object(data, "mapping")
    unknown = set(top) - {"dataSet", "attributeOptionCombo", "orgUnits", "dataElements"}
    if unknown:
        raise ValidationError("mapping", f"unknown key {sorted(unknown)[0]!r}")
    org_units = {
        str(site): _uid(uid, f"orgUnits.{site}")
        for site, uid in _object(top.get("orgUnits"), "orgUnits").items()
    }
    totals: dict[str, Target] = {}
    breakdowns: dict[str, BreakdownTarget] = {}
    for name, value in _object(top.get("dataElements"), "dataElements").items():
        where = f"dataElements.{name}"
        if name in TOTALS:
            if isinstance(value, str):
                totals[name] = Target(_uid(value, where))
            else:
                entry = _object(value, where)
                combo = entry.get("categoryOptionCombo")
                totals[name] = Target(
                    _uid(entry.get("dataElement"), f"{where}.dataElement"),
                    None if combo is None else _uid(combo, f"{where}.categoryOptionCombo"),
                )
        elif name in BY_NAME:
            entry = _object(value, where)
            combos_in = _object(entry.get("categoryOptionCombos"), f"{where}.categoryOptionCombos")
            spec = BY_NAME[name]
            combos = {}
            for code, uid in combos_in.items():
                if not ((spec.is_open and code == OTHER) or spec.is_code(code)):
                    raise ValidationError(f"{where}.categoryOptionCombos", f"unknown code {code!r}")
                combos[code] = _uid(uid, f"{where}.categoryOptionCombos.{code}")
            breakdowns[name] = BreakdownTarget(
                _uid(entry.get("dataElement"), f"{where}.dataElement"), combos
            )
        else:
            raise ValidationError(where, "not a count of the packet")
    data_set = top.get("dataSet")
    combo = top.get("attributeOptionCombo")
    return Mapping(
        org_units,
        totals,
        breakdowns,
        None if data_set is None else _uid(data_set, "dataSet"),
        None if combo is None else _uid(combo, "attributeOptionCombo"),
    )


def load_mapping(path: Path) -> Mapping:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ValidationError("mapping", f"cannot read {path}: {error.strerror}") from None
    except ValueError as error:
        raise ValidationError("mapping", f"{path} is not JSON ({error})") from None
    return parse_mapping(data)


def _value(
    mapping: Mapping, element: str, combo: str | None, period: str, org_unit: str, value: int
) -> dict[str, str]:
    entry = {"dataElement": element, "period": period, "orgUnit": org_unit}
    if combo is not None:
        entry["categoryOptionCombo"] = combo
    if mapping.attribute_option_combo is not None:
        entry["attributeOptionCombo"] = mapping.attribute_option_combo
    entry["value"] = str(value)
    return entry


def data_value_set(
    rows: Iterable[dict[str, Any]], mapping: Mapping
) -> tuple[dict[str, Any], list[str]]:
    """The dataValueSets document of stored day rows, and warnings about what was left out."""
    values: list[dict[str, str]] = []
    warnings: list[str] = []
    for row in rows:
        org_unit = mapping.org_units.get(row["site_id"])
        if org_unit is None:
            warnings.append(f"site {row['site_id']}: no orgUnit in the mapping, left out")
            continue
        period = row["date"].replace("-", "")
        for name, total in mapping.totals.items():
            values.append(
                _value(mapping, total.data_element, total.combo, period, org_unit, row[name])
            )
        for name, target in mapping.breakdowns.items():
            merged: dict[str, int] = {}
            for code, n in row["breakdowns"][name]["cells"].items():
                combo_code = code if code in target.combos else OTHER
                if combo_code not in target.combos:
                    warnings.append(f"{row['site_id']} {row['date']} {name}.{code}: no combo")
                    continue
                merged[combo_code] = merged.get(combo_code, 0) + n
            for code, n in merged.items():
                values.append(
                    _value(mapping, target.data_element, target.combos[code], period, org_unit, n)
                )
    document: dict[str, Any] = {}
    if mapping.data_set is not None:
        document["dataSet"] = mapping.data_set
    document["dataValues"] = values
    return document, warnings
