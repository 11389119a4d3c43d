"""The sheet's text rules: inserted values and known patterns never break inside, and keep
their left-to-right order inside right-to-left sentences."""

from kiosk.core.sheet_text import (
    FSI,
    LRI,
    NBSP,
    PDI,
    WJ,
    fill,
    keep_together,
    unbreakable,
    unbreakable_items,
)


def test_a_value_has_no_break_opportunity_left() -> None:
    """Spaces become no-break spaces and hyphens, dashes and slashes are held by word joiners."""
    assert unbreakable("Rue Héger-Bordet 3, 1000 Brussel") == (
        f"Rue{NBSP}Héger{WJ}-{WJ}Bordet{NBSP}3,{NBSP}1000{NBSP}Brussel"
    )
    assert unbreakable("078 15 43 / 24") == f"078{NBSP}15{NBSP}43{NBSP}{WJ}/{WJ}{NBSP}24"


def test_filled_values_are_isolated_and_unbreakable() -> None:
    """Each placeholder value is wrapped in FSI ... PDI, unbreakable; without isolate the
    plain words come back (what tests and search compare against)."""
    text = "Call {shelter_phone}."
    assert fill(text, {"shelter_phone": "0800 99 340"}) == (
        f"Call {FSI}0800{NBSP}99{NBSP}340{PDI}."
    )
    assert fill(text, {"shelter_phone": "0800 99 340"}, isolate=False) == "Call 0800 99 340."


def test_patterns_in_the_text_are_kept_together() -> None:
    """Acronym pairs (inside their brackets), times and time spans and phone numbers written
    in a translation are isolated left to right and unbreakable; plain counts are not."""
    out = keep_together("Office (DVZ / OE), open 08:30–12:00, call 078 15 43 24, within 8 days")
    assert f"({LRI}DVZ{NBSP}{WJ}/{WJ}{NBSP}OE{PDI})" in out
    assert f"{LRI}08:30{WJ}–{WJ}12:00{PDI}" in out
    assert f"{LRI}078{NBSP}15{NBSP}43{NBSP}24{PDI}" in out
    assert "within 8 days" in out


def test_opening_hours_break_only_between_items() -> None:
    """A week's hours may wrap after a comma or semicolon, never inside a day range or a
    time span; filled in as a list (`lists`), a value is kept whole item by item."""
    hours = "Monday–Friday 09:00–12:00, 13:30–16:30; Saturday 10:00–13:00"
    items = unbreakable_items(hours)
    assert items.count(" ") == 2  # the two places a line may break
    assert items.split(" ") == [unbreakable(part) for part in
                                ("Monday–Friday 09:00–12:00,", "13:30–16:30;",
                                 "Saturday 10:00–13:00")]
    filled = fill("Open: {h}.", {"h": hours}, lists=frozenset({"h"}))
    assert filled == f"Open: {FSI}{items}{PDI}."
    assert fill("Open: {h}.", {"h": hours}) == f"Open: {FSI}{unbreakable(hours)}{PDI}."


def test_bare_acronym_pairs_are_kept_together() -> None:
    """"CGVS / CGRA" without brackets is held together like "(DVZ / OE)"."""
    assert keep_together("tell DVZ / OE and CGVS / CGRA") == (
        f"tell {LRI}DVZ{NBSP}{WJ}/{WJ}{NBSP}OE{PDI} and {LRI}CGVS{NBSP}{WJ}/{WJ}{NBSP}CGRA{PDI}"
    )
