"""The DHIS2 dataValueSets export: mapped counts only, suppressed cells left out."""

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.core.counts import count_parties
from kiosk.core.errors import ValidationError
from kiosk.core.packet import build_packet, parse_packet
from kiosk.core.registration import make_party
from kiosk.hq.dhis2 import data_value_set, load_mapping, parse_mapping
from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock
from tests.hq.pinned_time import clock_for_new_processes

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "dhis2-mapping.example.json"
DAY = date(2026, 11, 20)


def stored_day(site_id: str = "brussels-1") -> dict[str, object]:
    parties = [make_party(language="ar", nationality="SY", people=[("male", "26-59")])] * 7 + [
        make_party(language="ti", nationality="ER", people=[("female", "18-25")],
                   flags=["needs-shelter"])
    ] * 6 + [make_party(language="ka", nationality="GE", people=[("female", "60+")])] * 2
    packet = build_packet(site_id, count_parties(DAY, parties), k=5)
    row = {"site_id": site_id, "date": DAY.isoformat(), "revision": 1, **packet["totals"],
           "breakdowns": packet["breakdowns"]}
    return row


def test_example_mapping_gives_data_values() -> None:
    """Totals and mapped cells become dataValues with period yyyyMMdd and the orgUnit;
    the packet's `other` lands on the `other` combo; suppressed cells are not sent."""
    document, warnings = data_value_set([stored_day()], load_mapping(EXAMPLE))
    assert document["dataSet"] == "StrtPntDly1"
    values = {(v["dataElement"], v.get("categoryOptionCombo")): v for v in document["dataValues"]}
    assert values[("StrtPeople1", None)]["value"] == "15"
    assert values[("StrtPeople1", None)]["period"] == "20261120"
    assert values[("StrtPeople1", None)]["orgUnit"] == "BrsslsOU001"
    assert values[("StrtNation1", "CocNatSY001")]["value"] == "7"
    assert values[("StrtNation1", "CocNatOth01")]["value"] == "8"  # 2 GE, then 6 ER to reach k
    assert ("StrtNation1", "CocNatER001") not in values
    assert ("StrtSxAge01", "CocF60plaaa") not in values  # 2 women of 60+: suppressed
    assert all(isinstance(v["value"], str) for v in document["dataValues"])
    assert not [w for w in warnings if "by_sex_age_band" in w and "female:60+" in w]


def test_sites_without_an_org_unit_are_left_out_with_a_warning() -> None:
    """A site the mapping does not know is not exported, and the warning says so."""
    document, warnings = data_value_set([stored_day("antwerp-2")], load_mapping(EXAMPLE))
    assert document["dataValues"] == []
    assert warnings == ["site antwerp-2: no orgUnit in the mapping, left out"]


@pytest.mark.parametrize(
    ("mapping", "field"),
    [
        ({"orgUnits": {"s": "short"}, "dataElements": {}}, "orgUnits.s"),
        (
            {"orgUnits": {}, "dataElements": {"people_rows": "StrtPeople1"}},
            "dataElements.people_rows",
        ),
        ({"orgUnits": {}, "dataElements": {}, "password": "x"}, "mapping"),
        ({"orgUnits": {}, "dataElements": {"by_flag": {"dataElement": "StrtFlags01",
          "categoryOptionCombos": {"asleep": "CocFlagUam1"}}}},
         "dataElements.by_flag.categoryOptionCombos"),
    ],
)
def test_a_wrong_mapping_is_refused_naming_the_key(mapping: dict[str, object], field: str) -> None:
    """Bad UIDs, unknown counts, unknown keys and unknown codes are refused."""
    with pytest.raises(ValidationError) as refused:
        parse_mapping(mapping)
    assert refused.value.field == field


def test_export_dhis2_command(tmp_path: Path) -> None:
    """`kiosk-hq export-dhis2` writes the document of a stored (closed) day to a file. (It
    failed under libfaketime at 2026-09-30: an unmarked packet of a day after HQ's today is
    not published.)"""
    db = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    store = HqStore.open(db, FakeClock(datetime(2026, 11, 20, 12, 0, tzinfo=UTC)))
    store.add_site("brussels-1", "Brussel")
    row = stored_day()
    packet = {"schema": "startpunt/daily-counts", "schema_version": 1, "site_id": "brussels-1",
              "date": DAY.isoformat(), "revision": 1, "k": 5,
              "totals": {
                  n: row[n] for n in ("people", "parties", "meals_served", "sheets_printed")
              },
              "breakdowns": row["breakdowns"], "closed": True}
    store.receive(parse_packet(packet), "key-1", "0" * 64)
    store.close()
    out = tmp_path / "dhis2.json"
    with clock_for_new_processes():  # the command's "today", whatever the host's date
        ran = subprocess.run(
            [sys.executable, "-m", "kiosk.hq.cli", "export-dhis2", "--db", db, "--date",
             DAY.isoformat(), "--mapping", str(EXAMPLE), "--out", str(out)],
            capture_output=True, text=True, timeout=60,
        )
    assert ran.returncode == 0, ran.stderr
    document = json.loads(out.read_text())
    assert {v["period"] for v in document["dataValues"]} == {"20261120"}
    bad = subprocess.run(
        [sys.executable, "-m", "kiosk.hq.cli", "export-dhis2", "--db", db, "--date", "soon",
         "--mapping", str(EXAMPLE)], capture_output=True, text=True, timeout=60,
    )
    assert bad.returncode == 2 and bad.stderr.startswith("kiosk-hq: date: ")
