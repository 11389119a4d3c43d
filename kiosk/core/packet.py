"""The packet: one site's anonymised counts of one day, the only thing that leaves a kiosk.

Version 1 of the schema is written down in docs/packet-schema.md; its JSON Schema is
docs/packet-schema-v1.json (made by `kiosk.core.packet_schema`). A packet holds exact totals
and disclosure-controlled breakdowns (`kiosk.core.disclosure`), and nothing else: no number
of the day, no time finer than the day, no per-person row, no free text.
"""

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.countries import is_nationality
from kiosk.core.counts import DailyCounts, sex_age_key
from kiosk.core.disclosure import (
    MAX_K,
    MIN_K,
    OTHER,
    Protected,
    check_k,
    hides_every_cell,
    is_small,
    protect_closed,
    protect_open,
)
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.registration import MAX_PARTY
from kiosk.core.site import SITE_ID

SCHEMA = "startpunt/daily-counts"
SCHEMA_VERSION = 1
MAX_REVISION = 2**31 - 1
MAX_COUNT = 1_000_000
TOTALS = ("people", "parties", "meals_served", "sheets_printed")
# Optional fields (older desks do not send them); both are part of the content hash.
CLOSED = "closed"  # true once the day is over at the desk: only closed days are published
SET_UP_DAY = "set_up_day"  # the desk's set-up day: headquarters' window starts from it
FAMILY = "family-with-children"
OTHER_PARTY = "other-party"


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A breakdown of the packet: what its cells count and which codes it may hold."""

    name: str
    base: str  # "people" or "parties": the total its cells are part of
    additive: bool  # cells add up to the base (a person is in one cell only)
    categories: tuple[str, ...] | None  # closed: every category; None: open, merges rare ones
    is_code: Callable[[str], bool]

    @property
    def is_open(self) -> bool:
        return self.categories is None


SEX_AGE_BANDS: tuple[str, ...] = tuple(sex_age_key(s, b) for s in Sex for b in AgeBand)
FLAGS: tuple[str, ...] = tuple(f.value for f in Flag)
REFERRALS: tuple[str, ...] = tuple(r.value for r in Referral)
PARTY_KINDS: tuple[str, ...] = (FAMILY, OTHER_PARTY)


def _closed(name: str, base: str, additive: bool, categories: tuple[str, ...]) -> Breakdown:
    allowed = frozenset(categories)
    return Breakdown(name, base, additive, categories, allowed.__contains__)


BREAKDOWNS: tuple[Breakdown, ...] = (
    Breakdown("by_language", "people", True, None, frozenset(LANGUAGE_CODES).__contains__),
    Breakdown("by_nationality", "people", True, None, is_nationality),
    _closed("by_sex_age_band", "people", True, SEX_AGE_BANDS),
    _closed("by_flag", "parties", False, FLAGS),
    _closed("by_referral", "parties", False, REFERRALS),
    _closed("by_party_kind", "parties", True, PARTY_KINDS),
)
BY_NAME: dict[str, Breakdown] = {b.name: b for b in BREAKDOWNS}


def _raw_cells(counts: DailyCounts) -> dict[str, Mapping[str, int]]:
    return {
        "by_language": counts.by_language,
        "by_nationality": counts.by_nationality,
        "by_sex_age_band": counts.by_sex_age_band,
        "by_flag": counts.by_flag,
        "by_referral": counts.by_referral,
        "by_party_kind": {
            FAMILY: counts.families_with_children,
            OTHER_PARTY: counts.parties - counts.families_with_children,
        },
    }


def build_packet(
    site_id: str,
    counts: DailyCounts,
    k: int,
    revision: int = 1,
    *,
    closed: bool | None = None,
    set_up_day: date | None = None,
) -> dict[str, Any]:
    """The packet of a day: exact totals, and every breakdown protected with threshold k.

    `closed`: whether the desk's local day is over (the desk always says; None leaves the
    field out, as older desks did). `set_up_day`: the desk's set-up day, from which
    headquarters' window of days starts (left out when None).
    """
    k = check_k(k)
    totals = {
        "people": counts.people,
        "parties": counts.parties,
        "meals_served": counts.meals_served,
        "sheets_printed": counts.sheets_printed,
    }
    raw = _raw_cells(counts)
    breakdowns: dict[str, Any] = {}
    for spec in BREAKDOWNS:
        base = totals[spec.base]
        protected: Protected
        if spec.categories is None:
            protected = protect_open(raw[spec.name], base, k)
        else:
            protected = protect_closed(raw[spec.name], spec.categories, base, k, spec.additive)
        breakdowns[spec.name] = protected.to_json()
    packet = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "site_id": site_id,
        "date": counts.day.isoformat(),
        "revision": revision,
        "k": k,
        "totals": totals,
        "breakdowns": breakdowns,
    }
    if closed is not None:
        packet[CLOSED] = closed
    if set_up_day is not None:
        packet[SET_UP_DAY] = set_up_day.isoformat()
    holes = find_disclosure(packet)
    if holes:  # never expected: the desk does not send what headquarters must refuse
        raise DisclosureHole(holes[0])
    return packet


# -- the desk's audit chain head, sent along (not part of the day's content) -----------------

AUDIT = "audit"
MAX_PROOFS = 16
MAX_ENTRIES = 2**53


@dataclass(frozen=True, slots=True)
class ChainPoint:
    """After `entries` entries, the desk's audit chain had the hash `head`."""

    entries: int
    head: str

    def to_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "head": self.head}


@dataclass(frozen=True, slots=True)
class AuditAnchor:
    """The desk's audit chain head when the packet left, and the chain's hashes at the
    points it anchored before (`proofs`): headquarters holds those points, so a chain that
    was rewritten, or cut back, below them cannot give the same hashes there."""

    at: ChainPoint
    proofs: tuple[ChainPoint, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {**self.at.to_json(), "proofs": [point.to_json() for point in self.proofs]}


def with_audit(packet: Mapping[str, Any], anchor: AuditAnchor) -> dict[str, Any]:
    """The packet as it is sent: its content, and the audit anchor of the moment."""
    return {**packet, AUDIT: anchor.to_json()}


def canonical_json(packet: Mapping[str, Any]) -> bytes:
    """The one byte form of a packet: sorted keys, no spaces, ASCII only."""
    return json.dumps(packet, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def content_hash(packet: Mapping[str, Any]) -> str:
    """SHA-256 of what a packet says about the day, its revision and audit anchor left out.

    Two builds of the same day with the same counts and k have the same hash, so a new
    revision is made only when what leaves the kiosk changes.
    """
    content = {key: value for key, value in packet.items() if key not in ("revision", AUDIT)}
    return hashlib.sha256(canonical_json(content)).hexdigest()


def with_revision(packet: Mapping[str, Any], revision: int) -> dict[str, Any]:
    return {**packet, "revision": revision}


# -- reading a packet (headquarters) ---------------------------------------------------------


class PacketInvalid(ValueError):
    """A packet that does not follow the schema; `field` is where (e.g. breakdowns.by_flag)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class Packet:
    """A packet that passed every check."""

    site_id: str
    day: date
    revision: int
    k: int
    totals: dict[str, int]
    breakdowns: dict[str, dict[str, Any]]
    content_hash: str
    audit: AuditAnchor | None = None
    closed: bool | None = None  # None: an older desk that does not mark closed days
    set_up_day: date | None = None

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "schema": SCHEMA,
            "schema_version": SCHEMA_VERSION,
            "site_id": self.site_id,
            "date": self.day.isoformat(),
            "revision": self.revision,
            "k": self.k,
            "totals": self.totals,
            "breakdowns": self.breakdowns,
        }
        if self.closed is not None:
            found[CLOSED] = self.closed
        if self.set_up_day is not None:
            found[SET_UP_DAY] = self.set_up_day.isoformat()
        return found


def _keys(
    value: object, field: str, expected: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PacketInvalid(field, "must be an object")
    missing = [key for key in expected if key not in value]
    if missing:
        raise PacketInvalid(field, f"missing {', '.join(missing)}")
    extra = sorted(str(key) for key in value if key not in expected and key not in optional)
    if extra:
        raise PacketInvalid(field, f"unknown field {_shown(extra[0])}")
    return value


def _int(value: object, field: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise PacketInvalid(field, "must be a whole number")
    if not low <= value <= high:
        raise PacketInvalid(field, f"must be between {low} and {high}")
    return value


def _shown(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


PACKET_KEYS = (
    "schema",
    "schema_version",
    "site_id",
    "date",
    "revision",
    "k",
    "totals",
    "breakdowns",
)
BREAKDOWN_KEYS = ("cells", "suppressed", "withheld")


def parse_packet(data: object) -> Packet:
    """Check a received packet against every rule of the schema, or raise PacketInvalid.

    Beyond the JSON Schema: codes are known codes, no published cell is from 1 to k-1,
    suppressed cells are absent from the cells and never alone, cells fit their totals.
    """
    audit: AuditAnchor | None = None
    if isinstance(data, dict) and AUDIT in data:  # optional: older desks do not send it
        audit = parse_audit(data[AUDIT])
        data = {key: value for key, value in data.items() if key != AUDIT}
    packet = _keys(data, "packet", PACKET_KEYS, (CLOSED, SET_UP_DAY))
    if packet["schema"] != SCHEMA:
        raise PacketInvalid("schema", f"must be {SCHEMA!r}")
    if _int(packet["schema_version"], "schema_version", 0, 2**31) != SCHEMA_VERSION:
        raise PacketInvalid("schema_version", f"this server reads version {SCHEMA_VERSION}")
    site_id = packet["site_id"]
    if not isinstance(site_id, str) or not SITE_ID.fullmatch(site_id):
        raise PacketInvalid("site_id", "2 to 32 lowercase letters, digits or dashes")
    day = parse_date(packet["date"], "date")
    revision = _int(packet["revision"], "revision", 1, MAX_REVISION)
    k = _int(packet["k"], "k", MIN_K, MAX_K)
    totals_in = _keys(packet["totals"], "totals", TOTALS)
    totals = {name: _int(totals_in[name], f"totals.{name}", 0, MAX_COUNT) for name in TOTALS}
    if totals["parties"] > totals["people"]:
        raise PacketInvalid("totals.parties", "more parties than people")
    if totals["people"] > MAX_PARTY * totals["parties"]:
        raise PacketInvalid("totals.people", f"more than {MAX_PARTY} people per party")
    breakdowns_in = _keys(packet["breakdowns"], "breakdowns", tuple(BY_NAME))
    breakdowns = {
        spec.name: _breakdown(breakdowns_in[spec.name], spec, totals[spec.base], k)
        for spec in BREAKDOWNS
    }
    closed = packet.get(CLOSED)
    if closed is not None and not isinstance(closed, bool):
        raise PacketInvalid(CLOSED, "must be true or false")
    set_up_day = None
    if SET_UP_DAY in packet:
        set_up_day = parse_date(packet[SET_UP_DAY], SET_UP_DAY)
    checked = {**packet, "totals": totals, "breakdowns": breakdowns}
    return Packet(
        site_id,
        day,
        revision,
        k,
        totals,
        breakdowns,
        content_hash(checked),
        audit,
        closed,
        set_up_day,
    )


HEX64 = frozenset("0123456789abcdef")


def _point(value: object, field: str, keys: tuple[str, ...]) -> dict[str, Any]:
    found = _keys(value, field, keys)
    _int(found["entries"], f"{field}.entries", 0, MAX_ENTRIES)
    head = found["head"]
    if not isinstance(head, str) or len(head) != 64 or not set(head) <= HEX64:
        raise PacketInvalid(f"{field}.head", "must be 64 lowercase hexadecimal digits")
    return found


def parse_audit(value: object) -> AuditAnchor:
    """The optional `audit` field: the chain's entry count and head, and proofs."""
    found = _point(value, AUDIT, ("entries", "head", "proofs"))
    at = ChainPoint(found["entries"], found["head"])
    proofs_in = found["proofs"]
    if not isinstance(proofs_in, list) or len(proofs_in) > MAX_PROOFS:
        raise PacketInvalid(f"{AUDIT}.proofs", f"must be a list of at most {MAX_PROOFS}")
    proofs: list[ChainPoint] = []
    for index, item in enumerate(proofs_in):
        point = _point(item, f"{AUDIT}.proofs.{index}", ("entries", "head"))
        if point["entries"] > at.entries:
            raise PacketInvalid(f"{AUDIT}.proofs.{index}.entries", "beyond the chain's head")
        proofs.append(ChainPoint(point["entries"], point["head"]))
    return AuditAnchor(at, tuple(proofs))


def parse_date(value: object, field: str) -> date:
    if not isinstance(value, str) or len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise PacketInvalid(field, "must be a date like 2026-11-26")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PacketInvalid(field, "must be a date like 2026-11-26") from None


def _breakdown(value: object, spec: Breakdown, base: int, k: int) -> dict[str, Any]:
    field = f"breakdowns.{spec.name}"
    found = _keys(value, field, BREAKDOWN_KEYS)
    cells_in, suppressed_in, withheld = found["cells"], found["suppressed"], found["withheld"]
    if not isinstance(withheld, bool):
        raise PacketInvalid(f"{field}.withheld", "must be true or false")
    if not isinstance(cells_in, dict):
        raise PacketInvalid(f"{field}.cells", "must be an object")
    if not isinstance(suppressed_in, list):
        raise PacketInvalid(f"{field}.suppressed", "must be a list")
    cells: dict[str, int] = {}
    for code, n in cells_in.items():
        where = f"{field}.cells.{str(code)[:40]}"
        if not _known(spec, code):
            raise PacketInvalid(where, "not a code of this breakdown")
        cells[code] = _int(n, where, 0, base)
        if 1 <= n < k:
            raise PacketInvalid(where, f"a count from 1 to {k - 1} must not leave the kiosk")
        if spec.is_open and n == 0:
            raise PacketInvalid(where, "open breakdowns list non-zero cells only")
    suppressed: list[str] = []
    for code in suppressed_in:
        where = f"{field}.suppressed"
        if not isinstance(code, str) or not _known(spec, code) or spec.is_open:
            raise PacketInvalid(where, f"{_shown(code)} cannot be suppressed here")
        if code in cells:
            raise PacketInvalid(where, f"{code!r} is also published")
        if code in suppressed:
            raise PacketInvalid(where, f"{code!r} is named twice")
        suppressed.append(code)
    _check_shape(spec, field, cells, suppressed, withheld, base, k)
    if spec.categories is not None:  # the builder's order, so that hashes agree
        cells = {code: cells[code] for code in spec.categories if code in cells}
        suppressed = [code for code in spec.categories if code in suppressed]
    else:
        cells = dict(sorted(cells.items(), key=lambda item: (item[0] == OTHER, item[0])))
    return {"cells": cells, "suppressed": suppressed, "withheld": withheld}


def _known(spec: Breakdown, code: object) -> bool:
    if not isinstance(code, str):
        return False
    return (spec.is_open and code == OTHER) or spec.is_code(code)


def _check_shape(
    spec: Breakdown,
    field: str,
    cells: dict[str, int],
    suppressed: list[str],
    withheld: bool,
    base: int,
    k: int,
) -> None:
    small_base = 1 <= base < k
    if withheld:  # always safe; needed when the total is small or cells cannot be hidden
        if cells or suppressed:
            raise PacketInvalid(field, "a withheld breakdown has no cells")
        return
    if small_base:
        raise PacketInvalid(f"{field}.withheld", f"must be true when its total is below {k}")
    if spec.categories is not None and set(cells) | set(suppressed) != set(spec.categories):
        raise PacketInvalid(f"{field}.cells", "every category is either published or suppressed")
    if spec.additive and len(suppressed) == 1:
        raise PacketInvalid(f"{field}.suppressed", "one suppressed cell alone can be recovered")
    if spec.additive:
        rest = base - sum(cells.values())
        if rest < 0:
            raise PacketInvalid(f"{field}.cells", f"add up to more than {spec.base}")
        if not suppressed and rest != 0:
            raise PacketInvalid(f"{field}.cells", f"must add up to {spec.base}")
        if suppressed and (rest == 0 or rest == len(suppressed)):
            raise PacketInvalid(f"{field}.suppressed", "the suppressed cells can be recovered")


# -- what a finished packet reveals (desk and headquarters) ----------------------------------


class DisclosureHole(RuntimeError):
    """A packet the desk built reveals a small count (a bug: it is not sent)."""


def find_disclosure(packet: Mapping[str, Any], k: int | None = None) -> list[str]:
    """Every way a reader can work out a count from 1 to k-1 from the packet's own numbers,
    one line each naming the breakdown (empty: none). Independent of how it was built.

    For each breakdown not withheld (see kiosk.core.disclosure for why this is complete for
    sums and differences): its base is not from 1 to k-1; no published cell is; for an
    additive breakdown, base minus its published cells (the sum of the suppressed cells) is
    0 or at least k and, when not 0, differs from the number of suppressed cells; for flags
    and referrals, base minus each published cell (the parties without it) is 0 or at least
    k. `packet` has the shape `build_packet` gives (and `Packet.to_json`); k defaults to its k.
    """
    k = int(packet["k"]) if k is None else k
    totals: Mapping[str, int] = packet["totals"]
    found: list[str] = []
    for spec in BREAKDOWNS:
        field = f"breakdowns.{spec.name}"
        breakdown: Mapping[str, Any] = packet["breakdowns"][spec.name]
        if breakdown["withheld"]:
            continue
        base = totals[spec.base]
        small = f"a count from 1 to {k - 1}"
        if is_small(base, k):
            found.append(f"{field}: its total ({spec.base}) is {small}, so it must be withheld")
            continue
        cells: Mapping[str, int] = breakdown["cells"]
        for code, n in cells.items():
            if is_small(n, k):
                found.append(f"{field}.cells.{code}: {small} must not leave the kiosk")
            elif not spec.additive and is_small(base - n, k):
                found.append(f"{field}.cells.{code}: {spec.base} without it are {small}")
        if spec.additive:
            rest = base - sum(cells.values())
            if is_small(rest, k):
                where = field if spec.is_open else f"{field}.suppressed"
                found.append(f"{where}: {spec.base} minus the published cells leaves {small}")
            elif rest > 0 and not hides_every_cell(len(breakdown["suppressed"]), rest, k):
                found.append(
                    f"{field}.suppressed: the suppressed cells can be worked out from {spec.base}"
                )
    return found
