"""The packet: what it holds, its JSON Schema, and how headquarters reads it."""

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from kiosk.core.counts import DailyCounts, count_parties
from kiosk.core.outgoing import OutgoingPacket, reconcile
from kiosk.core.packet import (
    BREAKDOWNS,
    PacketInvalid,
    build_packet,
    content_hash,
    parse_packet,
    with_revision,
)
from kiosk.core.packet_schema import packet_json_schema
from kiosk.core.registration import make_party

DOCS = Path(__file__).resolve().parents[2] / "docs"
DAY = date(2026, 11, 24)


def busy_day() -> DailyCounts:
    parties = [
        make_party(language="ar", nationality="SY", people=[("male", "26-59")]),
        make_party(
            language="ti",
            nationality="ER",
            people=[("female", "26-59"), ("female", "0-4")],
            flags=["needs-shelter"],
        ),
    ] * 6 + [make_party(language="ka", nationality="GE", people=[("female", "60+")])]
    return count_parties(DAY, parties)


def test_packet_holds_totals_and_breakdowns_only() -> None:
    """Exact totals under the names `kiosk counts --json` uses, and six breakdowns."""
    packet = build_packet("brussels-1", busy_day(), k=5, revision=3)
    assert set(packet) == {
        "schema", "schema_version", "site_id", "date", "revision", "k", "totals", "breakdowns",
    }
    assert packet["totals"] == {"people": 19, "parties": 13, "meals_served": 0, "sheets_printed": 0}
    assert set(packet["breakdowns"]) == {spec.name for spec in BREAKDOWNS}
    assert set(packet["totals"]) <= set(busy_day().to_json())


def test_no_small_cell_leaves_and_the_lonely_one_merges() -> None:
    """The single Georgian joins "other", and so do the (fewest) Syrians, to reach k."""
    packet = build_packet("brussels-1", busy_day(), k=5)
    assert packet["breakdowns"]["by_nationality"]["cells"] == {"ER": 12, "other": 7}
    assert all(n == 0 or n >= 5 for b in packet["breakdowns"].values() for n in b["cells"].values())


def test_revision_is_not_part_of_the_content_hash() -> None:
    """A new revision of the same counts has the same hash; other counts another hash."""
    packet = build_packet("brussels-1", busy_day(), k=5)
    assert content_hash(packet) == content_hash(with_revision(packet, 9))
    assert content_hash(packet) != content_hash(build_packet("brussels-1", busy_day(), k=6))


def test_json_schema_file_is_the_one_the_code_makes() -> None:
    """docs/packet-schema-v1.json is written from kiosk.core.packet_schema."""
    written = json.loads((DOCS / "packet-schema-v1.json").read_text(encoding="utf-8"))
    assert written == packet_json_schema()


def test_built_packets_follow_the_json_schema() -> None:
    """A built packet is valid under the published JSON Schema (formats checked)."""
    validator = Draft202012Validator(packet_json_schema(), format_checker=FormatChecker())
    for k in (3, 5, 10):
        assert not list(validator.iter_errors(build_packet("brussels-1", busy_day(), k)))


def test_parse_accepts_what_is_built_with_the_same_hash() -> None:
    """Headquarters reads a kiosk's packet back to the same content hash."""
    packet = build_packet("brussels-1", busy_day(), k=5, revision=2)
    read = parse_packet(json.loads(json.dumps(packet)))
    assert (read.site_id, read.day, read.revision) == ("brussels-1", DAY, 2)
    assert read.content_hash == content_hash(packet)
    assert read.to_json() == packet


def _mutated(change: str) -> dict[str, Any]:
    packet = build_packet("brussels-1", busy_day(), k=5)
    cells = packet["breakdowns"]["by_sex_age_band"]["cells"]
    if change == "extra field":
        packet["number_of_the_day"] = 7
    elif change == "small cell":
        cells["male:26-59"] = 2
    elif change == "negative":
        packet["totals"]["meals_served"] = -1
    elif change == "suppressed and published":
        packet["breakdowns"]["by_sex_age_band"]["suppressed"] = ["male:26-59", "female:0-4"]
    elif change == "lonely suppressed":  # the secondary cell published again
        cells["female:0-4"] = 6
        packet["breakdowns"]["by_sex_age_band"]["suppressed"] = ["female:60+"]
    elif change == "free text":
        packet["breakdowns"]["by_flag"]["cells"]["called Ahmed"] = 5
    elif change == "time":
        packet["date"] = "2026-11-24T08:15"
    elif change == "bool count":
        packet["totals"]["people"] = True
    elif change == "sum":
        packet["breakdowns"]["by_party_kind"]["cells"]["other-party"] = 12
    return packet


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ("extra field", "packet"),
        ("small cell", "breakdowns.by_sex_age_band.cells.male:26-59"),
        ("negative", "totals.meals_served"),
        ("suppressed and published", "breakdowns.by_sex_age_band.suppressed"),
        ("lonely suppressed", "breakdowns.by_sex_age_band.suppressed"),
        ("free text", "breakdowns.by_flag.cells.called Ahmed"),
        ("time", "date"),
        ("bool count", "totals.people"),
        ("sum", "breakdowns.by_party_kind.cells"),
    ],
)
def test_parse_refuses_what_the_schema_does_not_allow(change: str, field: str) -> None:
    """Every departure from the schema is refused, naming where it is."""
    with pytest.raises(PacketInvalid) as refused:
        parse_packet(_mutated(change))
    assert refused.value.field == field


def _outgoing(revision: int, digest: str, confirmed: int | None = None) -> OutgoingPacket:
    return OutgoingPacket(DAY, revision, digest, {"site_id": "s1"}, confirmed)


def test_reconcile_confirms_same_content_and_raises_over_other() -> None:
    """Same content: confirmed (at headquarters' revision if higher); other content at the
    same or a higher revision: sent again above it; a lower revision: still waiting."""
    assert reconcile(_outgoing(2, "a"), 2, "a").confirmed_revision == 2
    assert reconcile(_outgoing(2, "a"), 5, "a") == reconcile(_outgoing(5, "a"), 5, "a")
    assert reconcile(_outgoing(2, "a"), 5, "b").revision == 6
    assert reconcile(_outgoing(2, "a"), 2, "b").revision == 3
    assert reconcile(_outgoing(3, "a", 1), 2, "b").confirmed_revision == 1
    assert _outgoing(3, "a", 1).waiting and not _outgoing(3, "a", 3).waiting


def test_idempotency_key_follows_revision_and_content() -> None:
    """The same revision and content give the same key; anything else another key."""
    def key(revision: int, digest: str) -> str:
        return OutgoingPacket(DAY, revision, digest, {"site_id": "s1"}).idempotency_key

    assert key(1, "ab" * 32) == key(1, "ab" * 32)
    assert key(1, "ab" * 32) != key(2, "ab" * 32)
    assert key(1, "ab" * 32) != key(1, "cd" * 32)
