"""Packets as headquarters receives them, fuzzed: `parse_packet` accepts a packet or raises
PacketInvalid naming the field (its only documented error), for any JSON at all and for
genuine packets with one field replaced, removed or added."""

import copy
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.counts import count_parties
from kiosk.core.packet import Packet, PacketInvalid, build_packet, find_disclosure, parse_packet
from kiosk.core.registration import make_party
from tests.fuzz.strange_text import strange_text

pytestmark = pytest.mark.slow  # long fuzzing: `make test-slow`, and CI

FUZZ = settings(max_examples=200, deadline=None)

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | strange_text("2026-11-26", "ar"),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(strange_text("people", "cells"), children, max_size=4),
    max_leaves=12,
)


def genuine() -> dict[str, Any]:
    parties = [
        make_party(language="ar", nationality="SY", people=[("female", "26-59")] * 3),
        make_party(language="ti", nationality="ER", people=[("male", "18-25"), ("male", "0-4")]),
        *[make_party(language="ps", nationality="AF", people=[("male", "26-59")])] * 6,
    ]
    return build_packet("brussels-1", count_parties(date(2026, 11, 26), parties), k=3)


GENUINE = genuine()


def paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a packet that holds a value, as a path of keys and indexes."""
    found = [here] if here else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths(inner, (*here, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += paths(inner, (*here, index))
    return found


PATHS = paths(GENUINE)


def parsed(data: object) -> Packet | PacketInvalid:
    try:
        packet = parse_packet(data)
    except PacketInvalid as invalid:
        assert invalid.field and invalid.message
        return invalid
    holes = find_disclosure(packet.to_json())  # HQ's next check never raises on a parsed one
    assert all(hole.startswith("breakdowns.") and "\n" not in hole for hole in holes)
    return packet


def test_the_genuine_packet_is_accepted() -> None:
    """The packet the fuzzing starts from is itself a good one."""
    assert isinstance(parsed(copy.deepcopy(GENUINE)), Packet)


@FUZZ
@given(data=json_values)
def test_any_json_is_a_packet_or_packet_invalid(data: Any) -> None:
    """Any JSON document (nested lists and objects, strange strings, huge numbers)."""
    parsed(data)


@FUZZ
@given(
    where=st.sampled_from(PATHS),
    how=st.sampled_from(["replace", "remove", "add"]),
    value=json_values,
    key=strange_text("extra", "people"),
)
def test_a_genuine_packet_with_one_field_changed(
    where: tuple[Any, ...], how: str, value: Any, key: str
) -> None:
    """One field of a genuine packet replaced, removed or given a neighbour."""
    packet = copy.deepcopy(GENUINE)
    parent = packet
    for step in where[:-1]:
        parent = parent[step]
    last = where[-1]
    if how == "replace":
        parent[last] = value
    elif how == "remove":
        del parent[last]
    elif isinstance(parent, dict):
        parent[key] = value
    else:
        parent.append(value)
    parsed(packet)
