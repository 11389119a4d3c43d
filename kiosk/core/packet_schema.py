"""The packet's JSON Schema, made from the same tables the builder and the reader use.

docs/packet-schema-v1.json is this schema, written out (a test keeps them equal); the
headquarters server publishes it in its OpenAPI description. Rules that need the packet's
own k or totals (no cell from 1 to k-1, cells that fit their totals) are checked by
`kiosk.core.packet.parse_packet` and described in docs/packet-schema.md.
"""

from typing import Any

from kiosk.core.countries import nationalities
from kiosk.core.disclosure import MAX_K, MIN_K, OTHER
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.packet import (
    AUDIT,
    BREAKDOWNS,
    CLOSED,
    MAX_COUNT,
    MAX_ENTRIES,
    MAX_PROOFS,
    MAX_REVISION,
    SCHEMA,
    SCHEMA_VERSION,
    SET_UP_DAY,
    TOTALS,
    Breakdown,
)
from kiosk.core.registration_window import GRACE_BEFORE_SET_UP

SCHEMA_ID = f"urn:startpunt:{SCHEMA.split('/')[1]}:{SCHEMA_VERSION}"
SITE_ID_PATTERN = "^[a-z0-9][a-z0-9-]{1,31}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _codes(spec: Breakdown) -> list[str]:
    if spec.categories is not None:
        return list(spec.categories)
    if spec.name == "by_language":
        return [*LANGUAGE_CODES, OTHER]
    return [*sorted(n.code for n in nationalities()), OTHER]


def _breakdown(spec: Breakdown) -> dict[str, Any]:
    codes = _codes(spec)
    cell: dict[str, Any] = {"type": "integer", "maximum": MAX_COUNT}
    if spec.is_open:
        cell["minimum"] = MIN_K
    else:
        cell["minimum"] = 0
        cell["not"] = {"minimum": 1, "maximum": MIN_K - 1}
    suppressed: dict[str, Any] = {"type": "array", "uniqueItems": True}
    if spec.is_open:
        suppressed["maxItems"] = 0
    else:
        suppressed["items"] = {"enum": codes}
    base = "person" if spec.base == "people" else "party"
    return {
        "type": "object",
        "description": f"{spec.name}: counts of {spec.base}"
        + (" (each in one cell)" if spec.additive else f" (a {base} may be in several cells)"),
        "additionalProperties": False,
        "required": ["cells", "suppressed", "withheld"],
        "properties": {
            "cells": {
                "type": "object",
                "propertyNames": {"enum": codes},
                "additionalProperties": cell,
            },
            "suppressed": suppressed,
            "withheld": {"type": "boolean"},
        },
    }


def _chain_point(*extra: str) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["entries", "head", *extra],
        "properties": {
            "entries": {"type": "integer", "minimum": 0, "maximum": MAX_ENTRIES},
            "head": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        },
    }


def _audit() -> dict[str, Any]:
    """The optional audit anchor: the desk's audit chain head, nothing personal."""
    anchor = _chain_point("proofs")
    anchor["description"] = (
        "Optional: the desk's audit chain (entry count and hash of the last entry) when the "
        "packet left, and the chain's hashes at the points it anchored before. Not part of "
        "the content hash."
    )
    anchor["properties"]["proofs"] = {
        "type": "array",
        "maxItems": MAX_PROOFS,
        "items": _chain_point(),
    }
    return anchor


def packet_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a version-1 packet."""
    count = {"type": "integer", "minimum": 0, "maximum": MAX_COUNT}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Startpunt daily counts packet, version 1",
        "description": "One site's anonymised counts of one day. See docs/packet-schema.md.",
        "type": "object",
        "additionalProperties": False,
        "required": [
            "schema",
            "schema_version",
            "site_id",
            "date",
            "revision",
            "k",
            "totals",
            "breakdowns",
        ],
        "properties": {
            "schema": {"const": SCHEMA},
            "schema_version": {"const": SCHEMA_VERSION},
            "site_id": {"type": "string", "pattern": SITE_ID_PATTERN},
            "date": {"type": "string", "format": "date", "pattern": DATE_PATTERN},
            "revision": {"type": "integer", "minimum": 1, "maximum": MAX_REVISION},
            "k": {"type": "integer", "minimum": MIN_K, "maximum": MAX_K},
            "totals": {
                "type": "object",
                "additionalProperties": False,
                "required": list(TOTALS),
                "properties": {name: dict(count) for name in TOTALS},
            },
            "breakdowns": {
                "type": "object",
                "additionalProperties": False,
                "required": [spec.name for spec in BREAKDOWNS],
                "properties": {spec.name: _breakdown(spec) for spec in BREAKDOWNS},
            },
            CLOSED: {
                "type": "boolean",
                "description": "Optional (older desks leave it out): true once the day is "
                "over at the desk. Headquarters publishes only closed days, so that two "
                "revisions of a day still being registered cannot be subtracted.",
            },
            SET_UP_DAY: {
                "type": "string",
                "format": "date",
                "pattern": DATE_PATTERN,
                "description": "Optional (older desks leave it out): the desk's set-up day; "
                f"headquarters accepts days from {GRACE_BEFORE_SET_UP.days} days before it.",
            },
            AUDIT: _audit(),
        },
    }
